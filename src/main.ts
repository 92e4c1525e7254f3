/**
 * `npm start`: loads the corpus, then starts every adapter whose variables are set (Slack, Discord); with
 * none, the console. Also the corpus watcher (hot reload) and the digest scheduler. Stops cleanly on
 * SIGTERM/SIGINT: the scheduler first (an in-flight digest post finishes), then the adapters together (they
 * stop accepting at once and finish what is in flight, at most `shutdown.drainSeconds`), then the watcher
 * and build workers; logs flush and the process exits 0.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { runConsole } from './adapters/console.ts';
import { createDiscordAdapter, type DiscordAdapter } from './adapters/discord.ts';
import { digestPosters } from './adapters/digestPosters.ts';
import { createSlackAdapter, type SlackAdapter } from './adapters/slack.ts';
import type { CommandContext } from './commands/context.ts';
import { RateLimiter } from './commands/rateLimit.ts';
import { parseEnv } from './config.ts';
import type { DigestLedger } from './digest/ledger.ts';
import { digestComposer, digestFor } from './digest/preview.ts';
import { DigestScheduler, ownerId } from './digest/scheduler.ts';
import { ConfigError, ErrorCode, StartupError, StateError } from './errors.ts';
import { watchCorpus } from './index/watch.ts';
import { startRuntime } from './runtime.ts';
import { rolesOf } from './roles.ts';
import { type Instance, openInstance } from './state/instance.ts';

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const roles = rolesOf(env, process.env);
  const consoleOnly = !roles.slack && !roles.discord && !roles.shardManager;
  // Unique per process and host (containers are all pid 1): digest claims and duty leases carry it.
  const owner = ownerId(hostname(), process.pid, randomUUID().slice(0, 8));
  let instance: Instance | undefined;
  const runtime = await startRuntime({
    env,
    logLevel: consoleOnly ? 'warn' : 'info',
    // The state first: with DATABASE_URL the index loads this process's copy of the shared articles.
    corpusDir: async (config, log) => {
      instance = await openInstance({ config, env, log, owner, duties: roles.duties });
      return instance.corpusDir;
    },
  });
  const { config, store, log } = runtime;
  const shared = instance as Instance;
  shared.attach(store);
  // Stopped last: the build workers, once nothing can trigger a reload any more; before them the state.
  const stops: (() => Promise<void> | void)[] = [() => store.close()];
  // A library promise nobody awaited must not take the bot down; log it (secrets are scrubbed) and go on.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));

  // With the database, the shared articles' notifications reload the index; the corpus folder is the
  // leader's to import.
  if (config.reload.watch && shared.state.kind === 'folder') {
    const watcher = watchCorpus(store, { debounceMs: config.reload.debounceMs, log });
    stops.push(() => watcher.close());
  }
  // Before the watcher's stop: the leader's duties (feed polling) end, then the database's connections.
  stops.push(() => shared.stop());
  const feeds = config.feeds.length > 0 ? { status: () => shared.feeds() } : undefined;

  const previous = await shared.state.previousDigest().catch(() => undefined);
  let scheduler: DigestScheduler | undefined;
  const digest = digestComposer(config, () => scheduler?.previous ?? previous);
  const context = (): CommandContext => ({
    config,
    now: new Date(),
    digest,
    ...(feeds ? { feeds: () => feeds.status() } : {}),
  });
  const limiter = new RateLimiter(config.rateLimit.commands, config.rateLimit.windowSeconds * 1000);
  const health = () => scheduler?.health;
  const deps = {
    state: () => shared.state.health(),
    store,
    context,
    log,
    limiter,
    keyword: config.story.keyword,
    health,
    drainMs: config.shutdown.drainSeconds * 1000,
  };

  if (consoleOnly) {
    const interactive = process.stdin.isTTY === true;
    // SIGTERM/SIGINT end the console as the end of input does: the line being answered finishes first.
    const ended = new AbortController();
    process.on('SIGTERM', () => ended.abort());
    process.on('SIGINT', () => ended.abort());
    await runConsole({
      store,
      context,
      input: process.stdin,
      output: process.stdout,
      log,
      interactive,
      signal: ended.signal,
    });
    for (const stop of stops.reverse()) await stop();
    return;
  }

  // The digest state is checked before any adapter starts: a folder that cannot be written stops start-up.
  const digestWanted = roles.digest.slack !== undefined || roles.digest.discord !== undefined;
  const ledger = shared.state.digestLedger({ owner, keepMs: config.digest.keepDays * 86_400_000 });
  if (digestWanted) await openLedger(ledger);

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
    const shards = await startShards({ env: runtime.env, log, keyword: config.story.keyword });
    stops.push(() => shards.stop());
  }
  // Both adapters stop accepting at once and drain side by side, so one's drain does not keep the other open.
  const adapters = [slack, discord].filter((a) => a !== undefined);
  stops.push(() => Promise.all(adapters.map((a) => a.stop())).then(() => undefined));

  // A shard process posts only to Discord and its manager only to Slack; each target is claimed all the same.
  const posters = digestPosters(
    {
      ...runtime.env,
      DIGEST_SLACK_CHANNEL: roles.digest.slack,
      DIGEST_DISCORD_CHANNEL: roles.digest.discord,
    },
    { ...(slack ? { slack } : {}), ...(discord ? { discord } : {}) },
    log,
  );
  if (posters.length === 0 && roles.shardManager && env.DIGEST_DISCORD_CHANNEL) {
    log.info('the Discord digest is posted by the shard processes');
  } else if (posters.length === 0) {
    log.info('digest disabled: set DIGEST_SLACK_CHANNEL and/or DIGEST_DISCORD_CHANNEL to post one');
  } else {
    const running = new DigestScheduler({
      digest: config.digest,
      index: () => store.current,
      compose: digestFor(config),
      posters,
      ledger,
      owner,
      log,
    });
    await running.start();
    scheduler = running;
    stops.push(() => running.stop());
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
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** Creates what the digest state needs, or stops start-up with one message saying what to change. */
async function openLedger(ledger: DigestLedger): Promise<void> {
  try {
    await ledger.open();
  } catch (error) {
    if (!(error instanceof StateError)) throw error;
    const fix =
      error.code === ErrorCode.DatabaseUnavailable
        ? 'The digest needs the database: check DATABASE_URL and that the server is up'
        : 'The digest needs a writable state folder: fix its permissions, set digest.stateFile to a writable path';
    throw new StartupError(
      `${error.message}. ${fix}, or unset DIGEST_SLACK_CHANNEL and DIGEST_DISCORD_CHANNEL`,
    );
  }
}

main().catch((error: unknown) => {
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
