/** Wiring the feed fetcher and the poller from the config, for the bot (main.ts) and the CLI (`fetch`). */
import type { Config } from '../config.ts';
import { compileCleaningRules } from '../corpus/clean.ts';
import type { Logger } from '../log.ts';
import { FileFeedStateStore } from './fileState.ts';
import { FeedFetcher, type FetcherOptions } from './poll.ts';
import { FeedPoller } from './poller.ts';
import { abortableSleep } from './sleep.ts';
import type { FeedStateStore } from './state.ts';
import { type FeedHealth, feedHealth } from './status.ts';

export interface FeedSetupOptions {
  corpusDir: string;
  log: Logger;
  now?: () => Date;
  lookup?: FetcherOptions['lookup'];
}

/** The state store and a fetcher over it, configured from `polling` and the cleaning rules. */
export async function openFeedFetcher(
  config: Config,
  options: FeedSetupOptions,
): Promise<{ fetcher: FeedFetcher; state: FeedStateStore }> {
  const { log } = options;
  const stateFile = config.polling.stateFile;
  const state = await FileFeedStateStore.open(stateFile, (reason) =>
    log.warn({ file: stateFile, reason }, 'feed state file is corrupt; set aside, starting afresh'),
  );
  // The corpus cleaner's whole-line furniture ("Advertisement") is dropped before the file is written.
  const furniture = compileCleaningRules(config.cleaning).boilerplate;
  const fetcher = new FeedFetcher({
    settings: config.polling,
    corpusDir: options.corpusDir,
    state,
    log,
    isFurniture: (paragraph) => furniture.test(paragraph),
    ...(options.now ? { now: options.now } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
  });
  return { fetcher, state };
}

/** Starts polling the configured feeds on the configured schedule; undefined when no feed is configured. */
export async function startFeedPolling(
  config: Config,
  options: FeedSetupOptions & { onStored?: () => void },
): Promise<FeedPoller | undefined> {
  if (config.feeds.length === 0) return undefined;
  const { fetcher, state } = await openFeedFetcher(config, options);
  const poller = new FeedPoller({
    feeds: config.feeds,
    fetcher,
    state,
    intervalMs: config.polling.intervalMinutes * 60_000,
    jitter: config.polling.jitter,
    log: options.log,
    sleep: abortableSleep,
    random: Math.random,
    ...(options.onStored ? { onStored: options.onStored } : {}),
  });
  await poller.start();
  options.log.info(
    { feeds: config.feeds.length, intervalMinutes: config.polling.intervalMinutes },
    'feed polling started',
  );
  return poller;
}

/** The configured feeds' health as the state file last recorded it (for `/summit sources` from the CLI). */
export async function readFeedHealth(config: Config, log: Logger): Promise<FeedHealth[]> {
  if (config.feeds.length === 0) return [];
  const state = await FileFeedStateStore.open(config.polling.stateFile, (reason) =>
    log.warn({ file: config.polling.stateFile, reason }, 'feed state file is corrupt; set aside, starting afresh'),
  );
  return feedHealth(config.feeds, await state.feeds());
}
