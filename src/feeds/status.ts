/** Each followed feed's health for `/summit sources`: last success, last error, when it is tried again. */
import { allFeeds, type Config, type FeedConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { openFeedState } from './fileState.ts';
import type { FeedRecord } from './state.ts';

/** The shape `/summit sources` shows (commands/context.ts); platform-neutral, plain values. */
export interface FeedHealth {
  url: string;
  outlet?: string;
  /** The story the feed carries (absent: the first story's, or several by their match terms). */
  story?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  lastError?: string;
  /** True while the last poll failed. */
  failing: boolean;
  nextPollAfter?: string;
}

/** One entry per configured feed, in config order; a feed never polled yet has no times. */
export function feedHealth(feeds: readonly FeedConfig[], records: readonly FeedRecord[]): FeedHealth[] {
  const byUrl = new Map(records.map((r) => [r.url, r]));
  return feeds.map((feed) => {
    const r = byUrl.get(feed.url);
    const health: FeedHealth = { url: feed.url, failing: (r?.failures ?? 0) > 0 };
    if (feed.outlet) health.outlet = feed.outlet;
    if (feed.story) health.story = feed.story;
    if (r?.lastSuccessAt) health.lastSuccessAt = r.lastSuccessAt;
    if (r?.lastErrorAt) health.lastErrorAt = r.lastErrorAt;
    if (r?.lastError) health.lastError = r.lastError;
    if (r?.nextPollAfter) health.nextPollAfter = r.nextPollAfter;
    return health;
  });
}

/** The configured feeds' health as the state file last recorded it (for `/summit sources` from the CLI). */
export async function readFeedHealth(config: Config, log: Pick<Logger, 'warn'>): Promise<FeedHealth[]> {
  const feeds = allFeeds(config);
  if (feeds.length === 0) return [];
  const state = await openFeedState(config.polling.stateFile, log, { lock: false });
  return feedHealth(feeds, await state.feeds());
}
