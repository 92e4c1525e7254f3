/**
 * What one bot process runs on top of the state layer: the single-instance duties while it leads (feed
 * polling; with PostgreSQL also importing the corpus folder into the shared articles), and, with
 * PostgreSQL, the mirror of the shared articles that its index loads, reloaded the moment another instance
 * (or the leader's import) changes an article.
 */
import { allFeeds, type Config, type Env } from '../config.ts';
import type { FeedRouting } from '../feeds/poll.ts';
import type { FeedPoller } from '../feeds/poller.ts';
import { type FeedHealth, feedHealth } from '../feeds/status.ts';
import type { IndexStore, ReloadReport } from '../index/store.ts';
import type { Logger } from '../log.ts';
import { type StateLayer, openState } from './layer.ts';
import type { Leadership } from './leadership.ts';
import type { PostgresState } from './postgres/layer.ts';

/** The duty's name in the lease table. */
export const FEEDS_DUTY = 'feeds';

export interface Instance {
  state: StateLayer;
  /** The folder the index loads: the corpus folder, or (PostgreSQL) this process's mirror of the articles. */
  corpusDir: string;
  /** Whether this process leads the single-instance duties now. */
  readonly leading: boolean;
  /** Feed health for `/summit sources`: the poller's while leading, the shared state's otherwise. */
  feeds(): readonly FeedHealth[];
  /** Hands the index over: article changes reload it from now on. */
  attach(store: IndexStore): void;
  stop(): Promise<void>;
}

export interface InstanceOptions {
  config: Config;
  env: Env;
  log: Logger;
  owner: string;
  /** Whether this process may lead the single-instance duties (a Discord shard process may not). */
  duties: boolean;
  /** Told after a reload caused by a change of the shared articles (tests, logs, alerts). */
  onReload?: (report: ReloadReport) => void;
  /** The first story's folder: what the leader imports and polls feeds into (default `corpus.dir`). */
  corpusDir?: string;
  /** Each story's folder for the feeds that carry it (several stories). */
  feedRouting?: FeedRouting;
  /**
   * Told after a feed round stored articles when nothing else reloads (the state folder without a watcher);
   * by default the attached index reloads.
   */
  onFeedsStored?: () => void;
}

export async function openInstance(options: InstanceOptions): Promise<Instance> {
  const { config, env, log, owner } = options;
  const state = await openState({
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    digestStateFile: config.digest.stateFile,
    feedStateFile: config.polling.stateFile,
    subscriptionsFile: config.subscriptions.stateFile,
    alertStateFile: config.alerts.stateFile,
    installationsDir: config.state.slackInstallationsDir,
    log,
    leaseSeconds: config.state.leaderLeaseSeconds,
  });
  if (state.kind === 'postgres') log.info({ database: state.location }, 'state in PostgreSQL');
  let store: IndexStore | undefined;
  let poller: FeedPoller | undefined;
  let sharedFeeds: readonly FeedHealth[] = [];
  const shared = state.kind === 'postgres' ? (state as PostgresState) : undefined;
  let importer: { close(): Promise<void> } | undefined;
  const corpusDir = options.corpusDir ?? config.corpus.dir;
  const feeds = allFeeds(config);

  // A change heard before the index is attached (while it loads from the mirror) may have come after the
  // loader read the folder: the attach reloads once for it.
  let missed = false;
  const reload = coalesced(async () => {
    if (!store) {
      missed = true;
      return;
    }
    const report = await store.reload(new Date());
    log.info(
      {
        added: report.added,
        updated: report.updated,
        removed: report.removed,
        articles: store.current.articles.length,
      },
      'articles changed in the database; index reloaded',
    );
    options.onReload?.(report);
  }, log);

  const duties = async () => {
    if (shared) {
      const { importCorpus } = await import('./postgres/corpusImport.ts');
      importer = await importCorpus({
        dir: corpusDir,
        articles: shared.articles,
        log,
        debounceMs: config.reload.debounceMs,
        maxFileBytes: config.corpus.maxFileBytes,
        watch: config.reload.watch,
      });
    }
    if (feeds.length === 0) return;
    const { startFeedPolling } = await import('../feeds/setup.ts');
    const feedState = shared ? await state.feedState() : undefined;
    poller = await startFeedPolling(config, {
      corpusDir,
      ...(options.feedRouting ? { routing: options.feedRouting } : {}),
      log,
      ...(feedState?.sink ? { shared: { state: feedState.state, sink: feedState.sink } } : {}),
      // Without a watcher (and without the database's notifications) a round that stored something reloads.
      ...(!shared && !config.reload.watch ? { onStored: options.onFeedsStored ?? (() => reload()) } : {}),
    });
  };
  const leadership: Leadership | undefined = !options.duties
    ? undefined
    : await state.lead({
        name: FEEDS_DUTY,
        holder: owner,
        log,
        onElected: duties,
        onDeposed: async () => {
          const p = poller;
          const i = importer;
          poller = undefined;
          importer = undefined;
          await p?.stop();
          await i?.close();
        },
      });

  let mirror: { dir: string; close(): Promise<void> } | undefined;
  let refresh: NodeJS.Timeout | undefined;
  if (shared) {
    const { openMirror } = await import('./postgres/mirror.ts');
    mirror = await openMirror({ articles: shared.articles, url: shared.url, log, onChanged: () => reload() });
    if (feeds.length > 0) {
      // Followers show the feeds' health as the leader last recorded it.
      const read = async () => {
        const { state: feedState } = await state.feedState();
        sharedFeeds = feedHealth(feeds, await feedState.feeds());
      };
      await read().catch(() => undefined);
      refresh = setInterval(() => void read().catch(() => undefined), 15_000);
      refresh.unref();
    }
  }

  return {
    state,
    corpusDir: mirror?.dir ?? corpusDir,
    get leading() {
      return leadership?.leading ?? false;
    },
    feeds: () => poller?.status() ?? sharedFeeds,
    attach(next) {
      store = next;
      if (missed) {
        missed = false;
        reload();
      }
    },
    async stop() {
      clearInterval(refresh);
      await leadership?.stop();
      await mirror?.close();
      await state.close();
    },
  };
}

/** Runs `work` once at a time; calls that arrive meanwhile make one more run after it. */
function coalesced(work: () => Promise<void>, log: Pick<Logger, 'error'>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await work().catch((error: unknown) =>
          log.error({ err: { message: (error as Error).message } }, 'reload after an article change failed'),
        );
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => void run();
}
