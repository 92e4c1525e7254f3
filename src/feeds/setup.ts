/**
 * Wiring the feed fetcher and the poller from the config, for the bot (main.ts) and the CLI (`fetch`).
 * Imported on demand: the HTML and XML libraries cost a second of start-up a bot without feeds need not pay.
 */
import { allFeeds, type Config } from '../config.ts';
import { compileCleaningRules } from '../corpus/clean.ts';
import type { Logger } from '../log.ts';
import { ExtractorThread } from './extractor.ts';
import { FeedStateInUse, openFeedState } from './fileState.ts';
import { FeedFetcher, type FeedRouting, type FetcherOptions } from './poll.ts';
import { FeedPoller } from './poller.ts';
import { abortableSleep } from './sleep.ts';
import type { FeedStateStore } from './state.ts';
import type { ArticleSink } from './corpusFile.ts';

export interface FeedSetupOptions {
  corpusDir: string;
  /** Each story's folder for the feeds that carry it (several stories); without it, `corpusDir`. */
  routing?: FeedRouting;
  log: Logger;
  /**
   * The feed state and the article sinks of a state layer (PostgreSQL; a sink per story folder): used
   * instead of the state file and the folders, and left open by `close()` (the state layer owns them).
   */
  shared?: { state: FeedStateStore; sinkFor: (dir: string) => ArticleSink };
  now?: () => Date;
  lookup?: FetcherOptions['lookup'];
}

/**
 * The state store and a fetcher over it, configured from `polling` and the cleaning rules, extracting pages
 * in a worker thread. `close()` releases the state's lock and stops the worker.
 */
export async function openFeedFetcher(
  config: Config,
  options: FeedSetupOptions,
): Promise<{ fetcher: FeedFetcher; state: FeedStateStore; close: () => Promise<void> }> {
  const { log } = options;
  const state = options.shared?.state ?? (await openFeedState(config.polling.stateFile, log));
  const extractor = new ExtractorThread({ timeoutMs: config.polling.timeoutSeconds * 1000, log });
  // The corpus cleaner's whole-line furniture ("Advertisement") is dropped before the file is written.
  const furniture = compileCleaningRules(config.cleaning).boilerplate;
  const fetcher = new FeedFetcher({
    settings: config.polling,
    corpusDir: options.corpusDir,
    state,
    log,
    isFurniture: (paragraph) => furniture.test(paragraph),
    extractor,
    ...(options.shared ? { sinkFor: options.shared.sinkFor } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
    ...(options.routing ? { routing: options.routing } : {}),
  });
  const close = async () => {
    await extractor.close();
    if (!options.shared) await state.close();
  };
  return { fetcher, state, close };
}

/**
 * Starts polling the configured feeds on the configured schedule; undefined when no feed is configured, or
 * when another process polls on the same state file (logged: the bot answers without polling).
 */
export async function startFeedPolling(
  config: Config,
  options: FeedSetupOptions & { onStored?: () => void },
): Promise<FeedPoller | undefined> {
  const feeds = allFeeds(config);
  if (feeds.length === 0) return undefined;
  let opened: Awaited<ReturnType<typeof openFeedFetcher>>;
  try {
    opened = await openFeedFetcher(config, options);
  } catch (error) {
    if (!(error instanceof FeedStateInUse)) throw error;
    options.log.error({ file: error.file }, `feeds not polled: ${error.message}`);
    return undefined;
  }
  const { fetcher, state, close } = opened;
  const poller = new FeedPoller({
    feeds,
    fetcher,
    state,
    close,
    intervalMs: config.polling.intervalMinutes * 60_000,
    jitter: config.polling.jitter,
    log: options.log,
    sleep: abortableSleep,
    random: Math.random,
    ...(options.onStored ? { onStored: options.onStored } : {}),
  });
  await poller.start();
  options.log.info(
    { feeds: feeds.length, intervalMinutes: config.polling.intervalMinutes },
    'feed polling started',
  );
  return poller;
}
