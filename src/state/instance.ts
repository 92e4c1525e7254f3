/**
 * What one bot process runs on top of the state layer: the single-instance duties while it leads (feed
 * polling; with PostgreSQL also importing each story's corpus folder into the shared articles, under its
 * story), and, with PostgreSQL, the mirror of the shared articles that each story's index loads, updated the
 * moment another instance (or the leader's import) changes one of the story's articles.
 */
import path from 'node:path';
import { allFeeds, type Config, type Env } from '../config.ts';
import type { ArticleSink } from '../feeds/corpusFile.ts';
import type { FeedRouting } from '../feeds/poll.ts';
import type { FeedPoller } from '../feeds/poller.ts';
import { type FeedHealth, feedHealth } from '../feeds/status.ts';
import type { IndexStore } from '../index/store.ts';
import type { Logger } from '../log.ts';
import { type StateLayer, openState } from './layer.ts';
import type { Leadership } from './leadership.ts';
import type { PostgresState } from './postgres/layer.ts';
// Static: it needs only the loader and the index, which every process has loaded (no pg).
import { type StoryUpdate, StoryUpdates } from './postgres/storyUpdates.ts';

/** The duty's name in the lease table. */
export const FEEDS_DUTY = 'feeds';

/** A story as the instance needs it: its keyword and its corpus folder. */
export interface InstanceStory {
  keyword: string;
  dir: string;
}

export interface Instance {
  state: StateLayer;
  /**
   * The folder each story's index loads, by keyword: its corpus folder, or (PostgreSQL) this process's
   * mirror of the story's shared articles.
   */
  corpusDirs: ReadonlyMap<string, string>;
  /** Whether this process leads the single-instance duties now. */
  readonly leading: boolean;
  /** Feed health for `/summit sources`: the poller's while leading, the shared state's otherwise. */
  feeds(): readonly FeedHealth[];
  /** Hands the stories' indexes over: changes of the shared articles update them from now on. */
  attach(stores: readonly { story: { keyword: string }; store: IndexStore }[]): void;
  stop(): Promise<void>;
}

export interface InstanceOptions {
  config: Config;
  env: Env;
  log: Logger;
  owner: string;
  /** Whether this process may lead the single-instance duties (a Discord shard process may not). */
  duties: boolean;
  /** Every story, in config order (the first: feeds without routing, rows from before several stories). */
  stories: readonly InstanceStory[];
  /** Each story's folder for the feeds that carry it (several stories). */
  feedRouting?: FeedRouting;
  /** Told after a story's index changed because its shared articles did (tests, logs, alerts). */
  onChanged?: (story: string, update: StoryUpdate) => void;
  /**
   * Told after a feed round stored articles when nothing else reloads (the state folder without a watcher);
   * by default the attached indexes reload.
   */
  onFeedsStored?: () => void;
}

export async function openInstance(options: InstanceOptions): Promise<Instance> {
  const { config, env, log, owner, stories } = options;
  const first = stories[0];
  if (!first) throw new Error('openInstance needs at least one story');
  const state = await openState({
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    firstStory: first.keyword,
    digestStateFile: config.digest.stateFile,
    feedStateFile: config.polling.stateFile,
    subscriptionsFile: config.subscriptions.stateFile,
    alertStateFile: config.alerts.stateFile,
    installationsDir: config.state.slackInstallationsDir,
    log,
    leaseSeconds: config.state.leaderLeaseSeconds,
  });
  if (state.kind === 'postgres') log.info({ database: state.location }, 'state in PostgreSQL');
  const stores = new Map<string, IndexStore>();
  let poller: FeedPoller | undefined;
  let sharedFeeds: readonly FeedHealth[] = [];
  const shared = state.kind === 'postgres' ? (state as PostgresState) : undefined;
  let importers: { close(): Promise<void> }[] = [];
  const feeds = allFeeds(config);

  const updates = new StoryUpdates({
    log,
    several: stories.length > 1,
    ...(options.onChanged ? { onChanged: options.onChanged } : {}),
  });
  /** Without the database and without watchers, a feed round that stored articles reloads every story. */
  const reloadAll = () => {
    for (const store of stores.values())
      void store
        .reload(new Date())
        .catch((error: unknown) =>
          log.error({ err: { message: (error as Error).message } }, 'reload after a feed round failed'),
        );
  };

  // With the database, feeds store into the table under the story whose folder the routing chose.
  const storyOfDir = new Map(stories.map((s) => [path.resolve(s.dir), s.keyword]));
  const sinkFor =
    (byStory: (story: string) => ArticleSink) =>
    (dir: string): ArticleSink => {
      const story = storyOfDir.get(path.resolve(dir));
      if (!story) throw new Error(`no story has the folder ${dir}`);
      return byStory(story);
    };
  const duties = async () => {
    if (shared) {
      const { importCorpus } = await import('./postgres/corpusImport.ts');
      for (const story of stories)
        importers.push(
          await importCorpus({
            story: story.keyword,
            dir: story.dir,
            articles: shared.articles,
            log,
            debounceMs: config.reload.debounceMs,
            maxFileBytes: config.corpus.maxFileBytes,
            watch: config.reload.watch,
          }),
        );
    }
    if (feeds.length === 0) return;
    const { startFeedPolling } = await import('../feeds/setup.ts');
    const feedState = shared ? await state.feedState() : undefined;
    poller = await startFeedPolling(config, {
      corpusDir: first.dir,
      ...(options.feedRouting ? { routing: options.feedRouting } : {}),
      log,
      ...(feedState?.sinkFor
        ? { shared: { state: feedState.state, sinkFor: sinkFor(feedState.sinkFor) } }
        : {}),
      // Without a watcher (and without the database's notifications) a round that stored something reloads.
      ...(!shared && !config.reload.watch ? { onStored: options.onFeedsStored ?? reloadAll } : {}),
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
          const i = importers;
          poller = undefined;
          importers = [];
          await p?.stop();
          for (const importer of i) await importer.close();
        },
      });

  let mirror: { dirs: ReadonlyMap<string, string>; close(): Promise<void> } | undefined;
  let refresh: NodeJS.Timeout | undefined;
  if (shared) {
    const { openMirror } = await import('./postgres/mirror.ts');
    mirror = await openMirror({
      articles: shared.articles,
      url: shared.url,
      stories: stories.map((s) => s.keyword),
      log,
      onChanged: (story, change) => updates.changed(story, change),
    });
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
    corpusDirs: mirror?.dirs ?? new Map(stories.map((s) => [s.keyword, s.dir])),
    get leading() {
      return leadership?.leading ?? false;
    },
    feeds: () => poller?.status() ?? sharedFeeds,
    attach(entries) {
      for (const { story, store } of entries) stores.set(story.keyword, store);
      updates.attach(entries);
    },
    async stop() {
      clearInterval(refresh);
      await leadership?.stop();
      await mirror?.close();
      await state.close();
    },
  };
}
