/**
 * `npm start [-- --config FILE]`: loads every story's corpus, then starts every adapter whose variables are
 * set (Slack, Discord); with none, the console. Also the corpus watchers (hot reload), feed polling, the
 * digests (environment channels and subscriptions from chat) and the alerts. Stops cleanly on
 * SIGTERM/SIGINT: alerts and digests first (an in-flight post finishes), then the adapters together (they
 * stop accepting at once and finish what is in flight, at most `shutdown.drainSeconds`), then feeds, the
 * watchers and build workers; logs flush and the process exits 0.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { AlertDesk } from './alerts/desk.ts';
import { FileAlertLedger } from './alerts/fileLedger.ts';
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
import { FileLedger } from './digest/fileLedger.ts';
import { digestComposer, digestFor } from './digest/preview.ts';
import { type DigestHealth, ownerId } from './digest/scheduler.ts';
import { readPreviousDigest } from './digest/state.ts';
import { digestStateFile, SubscribedDigests } from './digest/subscribed.ts';
import { ConfigError, StartupError, StateError } from './errors.ts';
import { watchCorpus } from './index/watch.ts';
import { startRuntime } from './runtime.ts';
import { feedRouting } from './stories/routing.ts';
import type { StoryEntry } from './stories/stores.ts';
import type { Story } from './stories/story.ts';
import { FileSubscriptionStore } from './subscriptions/fileStore.ts';

async function main(argv: string[]): Promise<void> {
  let configFile: string | undefined;
  try {
    configFile = parseArgs({ args: argv, options: { config: { type: 'string' } } }).values.config;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (npm start takes --config FILE)`);
  }
  const env = parseEnv(process.env);
  const slackWanted = env.SLACK_BOT_TOKEN !== undefined && env.SLACK_SIGNING_SECRET !== undefined;
  const discordWanted = env.DISCORD_TOKEN !== undefined && env.DISCORD_APP_ID !== undefined;
  const consoleOnly = !slackWanted && !discordWanted;
  const runtime = await startRuntime({
    env,
    logLevel: consoleOnly ? 'warn' : 'info',
    ...(configFile ? { configFile } : {}),
  });
  const { config, stories, log } = runtime;
  const several = stories.all.length > 1;
  // Stopped last: the build workers, once nothing can trigger a reload any more.
  const stops: (() => Promise<void> | void)[] = [() => stories.close()];
  // A library promise nobody awaited must not take the bot down; log it (secrets are scrubbed) and go on.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));

  // Assigned once the adapters run: a reload with new articles asks the alerts to look at them.
  let alerts: AlertDesk | undefined;
  const reviewAlerts = (keyword: string) => void alerts?.review(keyword);
  if (config.reload.watch) {
    for (const { story, store } of stories.all) {
      const watcher = watchCorpus(store, {
        debounceMs: config.reload.debounceMs,
        log: several ? log.child({ story: story.keyword }) : log,
        onReload: (report) => {
          if (report.added.length + report.updated.length > 0) reviewAlerts(story.keyword);
        },
      });
      stops.push(() => watcher.close());
    }
  }

  // Feed articles land in their story's folder; the watchers (or, without them, a reload per round) pick them up.
  const reloadAfterFeeds = () => {
    for (const { story, store } of stories.all)
      void store
        .reload()
        .then((report) => {
          if (report.added.length + report.updated.length > 0) reviewAlerts(story.keyword);
        })
        .catch((error: unknown) =>
          log.error({ err: error, story: story.keyword }, 'reload after feed poll failed'),
        );
  };
  const feeds =
    allFeeds(config).length === 0
      ? undefined
      : await (await import('./feeds/setup.ts')).startFeedPolling(config, {
          corpusDir: stories.first.story.dir,
          routing: feedRouting(stories.all.map((e) => e.story)),
          log,
          ...(config.reload.watch ? {} : { onStored: reloadAfterFeeds }),
        });
  if (feeds) stops.push(() => feeds.stop());

  const isFirst = (story: Story) => story.keyword === stories.first.story.keyword;
  // The last digest of each story as its state file says, until its schedule runs here.
  const recorded = new Map<string, PreviousDigest | undefined>();
  for (const { story } of stories.all)
    recorded.set(
      story.keyword,
      await readPreviousDigest(digestStateFile(config, story.keyword, isFirst(story)), log),
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

  // The digest state is checked before any adapter starts: a folder that cannot be written stops start-up.
  const owner = ownerId(hostname(), process.pid, randomUUID().slice(0, 8));
  const keepMs = config.digest.keepDays * 86_400_000;
  const ledgerFor = (story: Story, first: boolean) =>
    new FileLedger({ file: digestStateFile(config, story.keyword, first), owner, log, keepMs });
  if (env.DIGEST_SLACK_CHANNEL !== undefined || env.DIGEST_DISCORD_CHANNEL !== undefined)
    await openLedger(ledgerFor(stories.first.story, true));
  const subscriptions = new FileSubscriptionStore({ file: config.subscriptions.stateFile, log });
  const deps: AnswerDeps & { health: () => DigestHealth | undefined; drainMs: number } = {
    stories,
    context,
    log,
    limiter,
    health: () => digests?.health,
    drainMs: config.shutdown.drainSeconds * 1000,
    subscriptions: {
      store: subscriptions,
      digest: config.digest,
      alertsPerHour: config.alerts.perChannelPerHour,
      // A new subscription is served at once: its digest schedule starts, its story's alerts look at it.
      changed: () => {
        void digests?.refresh();
        void alerts?.review();
      },
      log,
    },
  };

  let slack: SlackAdapter | undefined;
  if (slackWanted) {
    slack = createSlackAdapter(runtime.env, deps);
    await slack.start(runtime.env.PORT);
  }
  let discord: DiscordAdapter | undefined;
  if (discordWanted) {
    discord = createDiscordAdapter(runtime.env, deps);
    await discord.start();
  }
  // Both adapters stop accepting at once and drain side by side, so one's drain does not keep the other open.
  const running = [slack, discord].filter((a) => a !== undefined);
  stops.push(() => Promise.all(running.map((a) => a.stop())).then(() => undefined));
  const adapters = { ...(slack ? { slack } : {}), ...(discord ? { discord } : {}) };

  const subscribed = new SubscribedDigests({
    stories,
    digest: config.digest,
    subscriptions,
    fixed: digestPosters(runtime.env, adapters, log),
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
    ledger: new FileAlertLedger({
      file: config.alerts.stateFile,
      log,
      keepMs: config.alerts.keepDays * 86_400_000,
    }),
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
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** Creates what the digest state needs, or stops start-up with one message saying what to change. */
async function openLedger(ledger: FileLedger): Promise<void> {
  try {
    await ledger.open();
  } catch (error) {
    if (!(error instanceof StateError)) throw error;
    throw new StartupError(
      `${error.message}. The digest needs a writable state folder: fix its permissions, set digest.stateFile to a writable path, or unset DIGEST_SLACK_CHANNEL and DIGEST_DISCORD_CHANNEL`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `invalid configuration:\n${error.message}`
      : error instanceof StartupError
        ? `cannot start: ${error.message}`
        : (error as Error).stack;
  process.stderr.write(`${message}\n`);
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
