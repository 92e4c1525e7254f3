/**
 * `npm start [-- --config FILE]`: opens the state layer, loads every story's corpus, then starts every
 * adapter whose variables are set (Slack, Discord); with none, the console. Also the corpus watchers (hot
 * reload), feed polling (the leader's duty), the digests (environment channels and subscriptions from chat)
 * and the alerts. Stops cleanly on SIGTERM/SIGINT: alerts and digests first (an in-flight post finishes),
 * then the adapters together (they stop accepting at once and finish what is in flight, at most
 * `shutdown.drainSeconds`), then the state, the watchers and build workers; logs flush and the process
 * exits 0.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { AlertDesk } from './alerts/desk.ts';
import { alertPosterFor } from './adapters/alertPosters.ts';
import type { AnswerDeps } from './adapters/answer.ts';
import { runConsole } from './adapters/console.ts';
import { createDiscordAdapter, type DiscordAdapter } from './adapters/discord.ts';
import { digestPosterFor, digestPosters } from './adapters/digestPosters.ts';
import { createSlackAdapter, type SlackAdapter } from './adapters/slack.ts';
import type { CommandContext } from './commands/context.ts';
import { RateLimiter } from './commands/rateLimit.ts';
import { allFeeds, parseEnv } from './config.ts';
import type { PreviousDigest } from './digest/compose.ts';
import type { DigestLedger } from './digest/ledger.ts';
import { digestComposer, digestFor } from './digest/preview.ts';
import { type DigestHealth, ownerId } from './digest/scheduler.ts';
import { SubscribedDigests } from './digest/subscribed.ts';
import { ConfigError, ErrorCode, StartupError, StateError } from './errors.ts';
import { watchCorpus } from './index/watch.ts';
import type { Logger } from './log.ts';
import { rolesOf } from './roles.ts';
import { startRuntime } from './runtime.ts';
import { type Instance, openInstance } from './state/instance.ts';
import { feedRouting } from './stories/routing.ts';
import type { StoryEntry } from './stories/stores.ts';
import { type Story, storiesOf } from './stories/story.ts';

async function main(argv: string[]): Promise<void> {
  let configFile: string | undefined;
  try {
    configFile = parseArgs({ args: argv, options: { config: { type: 'string' } } }).values.config;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (npm start takes --config FILE)`);
  }
  const env = parseEnv(process.env);
  const roles = rolesOf(env, process.env);
  const consoleOnly = !roles.slack && !roles.discord && !roles.shardManager;
  // Unique per process and host (containers are all pid 1): digest and alert claims and duty leases carry it.
  const owner = ownerId(hostname(), process.pid, randomUUID().slice(0, 8));
  // Assigned once the adapters run: a reload with new articles asks the alerts to look at them.
  let alerts: AlertDesk | undefined;
  const reviewAlerts = (keyword?: string) => void alerts?.review(keyword);
  let instance: Instance | undefined;
  const runtime = await startRuntime({
    env,
    logLevel: consoleOnly ? 'warn' : 'info',
    ...(configFile ? { configFile } : {}),
    // The state first: with DATABASE_URL each story's index loads this process's copy of its shared articles.
    storyDirs: async (config, log) => {
      const stories = storiesOf(config);
      instance = await openInstance({
        config,
        env,
        log,
        owner,
        duties: roles.duties,
        stories: stories.map((s) => ({ keyword: s.keyword, dir: s.dir })),
        feedRouting: feedRouting(stories),
        onFeedsStored: () => reloadAll(),
        onChanged: (story, update) => {
          if (update.added.length + update.updated.length > 0) reviewAlerts(story);
        },
      });
      return instance.corpusDirs;
    },
  });
  const { config, stories, log } = runtime;
  const shared = instance as Instance;
  shared.attach(stories.all);
  const several = stories.all.length > 1;
  // Stopped last: the build workers, once nothing can trigger a reload any more; before them the state.
  const stops: (() => Promise<void> | void)[] = [() => stories.close()];
  // A library promise nobody awaited must not take the bot down; log it (secrets are scrubbed) and go on.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));

  /** Without watchers, a feed round that stored articles reloads every story (each only reads its folder). */
  function reloadAll(): void {
    for (const { story, store } of stories.all)
      void store
        .reload()
        .then((report) => {
          if (report.added.length + report.updated.length > 0) reviewAlerts(story.keyword);
        })
        .catch((error: unknown) =>
          log.error({ err: error, story: story.keyword }, 'reload after feed poll failed'),
        );
  }
  // With the database, the shared articles' notifications reload the index; the corpus folder is the
  // leader's to import.
  if (config.reload.watch && shared.state.kind === 'folder') {
    for (const { story, store } of stories.all) {
      const watcher = watchCorpus(store, {
        debounceMs: config.reload.debounceMs,
        rescanMs: config.reload.rescanMinutes * 60_000,
        log: several ? log.child({ story: story.keyword }) : log,
        onReload: (report) => {
          if (report.added.length + report.updated.length > 0) reviewAlerts(story.keyword);
        },
      });
      stops.push(() => watcher.close());
    }
  }
  // Before the watchers' stop: the leader's duties (feed polling) end, then the database's connections.
  stops.push(() => shared.stop());
  const feeds = allFeeds(config).length > 0 ? { status: () => shared.feeds() } : undefined;

  const isFirst = (story: Story) => story.keyword === stories.first.story.keyword;
  // The last digest of each story as its state says, until its schedule runs here.
  const recorded = new Map<string, PreviousDigest | undefined>();
  for (const { story } of stories.all)
    recorded.set(
      story.keyword,
      await shared.state
        .previousDigest({ keyword: story.keyword, first: isFirst(story) })
        .catch(() => undefined),
    );
  let digests: SubscribedDigests | undefined;
  const context = ({ story }: StoryEntry): CommandContext => ({
    config: story.config,
    now: new Date(),
    digest: digestComposer(
      story.config,
      () => digests?.previous(story.keyword) ?? recorded.get(story.keyword),
    ),
    // A feed that names no story may feed any of them.
    ...(feeds
      ? { feeds: () => feeds.status().filter((f) => f.story === undefined || f.story === story.keyword) }
      : {}),
  });
  const limiter = new RateLimiter(config.rateLimit.commands, config.rateLimit.windowSeconds * 1000);

  if (consoleOnly) {
    const interactive = process.stdin.isTTY === true;
    // SIGTERM/SIGINT end the console as the end of input does: the line being answered finishes first.
    const ended = new AbortController();
    process.on('SIGTERM', () => ended.abort());
    process.on('SIGINT', () => ended.abort());
    await runConsole({
      deps: { stories, context, log },
      input: process.stdin,
      output: process.stdout,
      interactive,
      signal: ended.signal,
    });
    for (const stop of stops.reverse()) await stop();
    return;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        log.warn({ err: error }, 'error while stopping');
      }
    }
    log.info('stopped');
    log.flush();
    process.exit(0);
  };
  // `on`, not `once`: a second signal (npm and a terminal both pass Ctrl-C on) must not kill the drain.
  // Registered before the adapters start, so a signal during start-up (the alerts' first review, a digest
  // catch-up) also stops what has started so far, cleanly.
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  // The digest state is checked before any adapter starts: a folder that cannot be written stops start-up.
  const keepMs = config.digest.keepDays * 86_400_000;
  // Each story's digest claims are its own (a file per story in the state folder; the story's rows in the
  // database), so two stories' digests of one slot never stand for each other.
  const ledgers = new Map<string, DigestLedger>();
  const ledgerFor = (story: Story, first: boolean): DigestLedger => {
    const known = ledgers.get(story.keyword);
    if (known) return known;
    const ledger = shared.state.digestLedger({ owner, keepMs, story: { keyword: story.keyword, first } });
    ledgers.set(story.keyword, ledger);
    return ledger;
  };
  if (roles.digest.slack !== undefined || roles.digest.discord !== undefined)
    await openLedger(ledgerFor(stories.first.story, true));
  const subscriptions = shared.state.subscriptions();
  const alertLedger = shared.state.alertLedger({ keepMs: config.alerts.keepDays * 86_400_000 });
  await openAlertLedger(alertLedger, log);
  const deps: AnswerDeps & {
    health: () => DigestHealth | undefined;
    state: () => ReturnType<typeof shared.state.health>;
    drainMs: number;
  } = {
    stories,
    context,
    log,
    limiter,
    health: () => digests?.health,
    state: () => shared.state.health(),
    drainMs: config.shutdown.drainSeconds * 1000,
    subscriptions: {
      store: subscriptions,
      digest: config.digest,
      alertsPerHour: config.alerts.perChannelPerHour,
      // A new subscription is served at once: its digest schedule starts, its story's alerts look at it.
      changed: () => {
        void digests?.refresh();
        reviewAlerts();
      },
      log,
    },
  };

  let slack: SlackAdapter | undefined;
  if (roles.slack) {
    slack = createSlackAdapter(runtime.env, {
      ...deps,
      ...(roles.slackOAuth ? { installationStore: await shared.state.installations() } : {}),
    });
    await slack.start(runtime.env.PORT);
  }
  let discord: DiscordAdapter | undefined;
  if (roles.discord) {
    // A shard process leaves registration to its manager.
    discord = createDiscordAdapter(runtime.env, { ...deps, register: !roles.shard });
    await discord.start();
  }
  if (roles.shardManager) {
    const { startShards } = await import('./adapters/discordShards.ts');
    const shards = await startShards({ env: runtime.env, log, stories: stories.all.map((e) => e.story) });
    stops.push(() => shards.stop());
  }
  // Both adapters stop accepting at once and drain side by side, so one's drain does not keep the other open.
  const running = [slack, discord].filter((a) => a !== undefined);
  stops.push(() => Promise.all(running.map((a) => a.stop())).then(() => undefined));
  const adapters = { ...(slack ? { slack } : {}), ...(discord ? { discord } : {}) };

  // A shard process posts only to Discord and its manager only to Slack; each target is claimed all the same.
  const fixed = digestPosters(
    {
      ...runtime.env,
      DIGEST_SLACK_CHANNEL: roles.digest.slack,
      DIGEST_DISCORD_CHANNEL: roles.digest.discord,
    },
    adapters,
    log,
  );
  if (fixed.length === 0 && roles.shardManager && env.DIGEST_DISCORD_CHANNEL)
    log.info('the Discord digest is posted by the shard processes');
  const subscribed = new SubscribedDigests({
    stories,
    digest: config.digest,
    subscriptions,
    fixed,
    posterFor: digestPosterFor(adapters),
    ledgerFor,
    compose: (story) => digestFor(story.config),
    owner,
    log,
    refreshMs: config.subscriptions.refreshSeconds * 1000,
  });
  await subscribed.start();
  digests = subscribed;
  stops.push(() => subscribed.stop());
  if (!subscribed.health)
    log.info(
      'digest off for now: set DIGEST_SLACK_CHANNEL and/or DIGEST_DISCORD_CHANNEL, or subscribe a channel with /<story> subscribe digest',
    );

  const desk = new AlertDesk({
    stories,
    ledger: alertLedger,
    subscriptions,
    posterFor: alertPosterFor(adapters),
    settings: config.alerts,
    poolSize: config.limits.statusArticles,
    owner,
    log,
  });
  await desk.start();
  alerts = desk;
  stops.push(() => desk.stop());
}

/** What to change when the state cannot be used, by where it lives. */
function stateFix(error: StateError, setting: string): string {
  return error.code === ErrorCode.DatabaseUnavailable
    ? 'check DATABASE_URL and that the server is up'
    : `fix the state folder's permissions, or set ${setting} to a writable path`;
}

/** Creates what the digest state needs, or stops start-up with one message saying what to change. */
async function openLedger(ledger: DigestLedger): Promise<void> {
  try {
    await ledger.open();
  } catch (error) {
    if (!(error instanceof StateError)) throw error;
    throw new StartupError(
      `${error.message}. The digest needs its state: ${stateFix(error, 'digest.stateFile')}, or unset DIGEST_SLACK_CHANNEL and DIGEST_DISCORD_CHANNEL`,
    );
  }
}

/** Alerts without their state cannot post: said once at start-up, while everything else is served. */
async function openAlertLedger(ledger: { open(): Promise<void> }, log: Logger): Promise<void> {
  try {
    await ledger.open();
  } catch (error) {
    if (!(error instanceof StateError)) throw error;
    log.error(
      { code: error.code },
      `${error.message}. Alerts cannot be posted until their state is usable: ${stateFix(error, 'alerts.stateFile')}`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `invalid configuration:\n${error.message}`
      : error instanceof StartupError
        ? `cannot start: ${error.message}`
        : // The database unreachable or its migration failed: what and where, without the password.
          error instanceof StateError
          ? `cannot start: ${error.message}`
          : (error as Error).stack;
  process.stderr.write(`${message}\n`);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
