import { describe, expect, it } from 'vitest';
import type { FeedReport } from '../../src/feeds/poll.ts';
import { FeedPoller } from '../../src/feeds/poller.ts';
import type { FeedStateStore } from '../../src/feeds/state.ts';
import { memoryLogger } from '../helpers/logs.ts';

const FEEDS = [{ url: 'https://a.test/rss' }, { url: 'https://b.test/rss', outlet: 'B News' }];

function stateWith(records: Awaited<ReturnType<FeedStateStore['feeds']>> = []): FeedStateStore {
  return {
    feed: async (url) => records.find((r) => r.url === url),
    feeds: async () => records,
    saveFeed: async () => {},
    articleByUrlKey: async () => undefined,
    articleByTextHash: async () => undefined,
    saveArticle: async () => {},
    close: async () => {},
  };
}

const ok = (url: string, added = 0): FeedReport => ({
  url,
  status: 'ok',
  added,
  updated: 0,
  unchanged: 0,
  skipped: [],
});

/** A sleep the test releases by hand, recording each wait. */
function manualSleep() {
  const waits: number[] = [];
  let release: (() => void) | undefined;
  return {
    waits,
    sleep: (ms: number, signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        waits.push(ms);
        release = resolve;
        signal.addEventListener('abort', () => resolve());
      }),
    next: () => release?.(),
  };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('FeedPoller', () => {
  it('polls at once, then after the interval spread by the jitter, until stopped', async () => {
    const calls: number[] = [];
    const sleep = manualSleep();
    const { log } = memoryLogger();
    const poller = new FeedPoller({
      feeds: FEEDS,
      fetcher: {
        fetchAll: async (feeds) => {
          calls.push(feeds.length);
          return feeds.map((f) => ok(f.url));
        },
      },
      close: async () => {},
      state: stateWith(),
      intervalMs: 600_000,
      jitter: 0.1,
      log,
      sleep: sleep.sleep,
      random: () => 1,
    });
    await poller.start();
    await until(() => sleep.waits.length === 1);
    expect(calls).toEqual([2]);
    expect(sleep.waits).toEqual([660_000]);
    sleep.next();
    await until(() => sleep.waits.length === 2);
    expect(calls).toEqual([2, 2]);
    await poller.stop();
    expect(poller.rounds).toBe(2);
  });

  it('goes on after a round that throws, and logs it', async () => {
    let round = 0;
    const sleep = manualSleep();
    const { log, lines } = memoryLogger();
    const poller = new FeedPoller({
      feeds: FEEDS,
      fetcher: {
        fetchAll: async (feeds) => {
          round++;
          if (round === 1) throw new Error('disk full');
          return feeds.map((f) => ok(f.url));
        },
      },
      close: async () => {},
      state: stateWith(),
      intervalMs: 1000,
      jitter: 0,
      log,
      sleep: sleep.sleep,
      random: () => 0.5,
    });
    await poller.start();
    await until(() => sleep.waits.length === 1);
    sleep.next();
    await until(() => round === 2);
    await poller.stop();
    expect(lines.some((l) => l.includes('feed poll round failed') && l.includes('disk full'))).toBe(true);
  });

  it('stops promptly in the middle of a wait, and tells onStored about rounds that stored something', async () => {
    const stored: number[] = [];
    const sleep = manualSleep();
    const { log } = memoryLogger();
    const poller = new FeedPoller({
      feeds: FEEDS,
      fetcher: { fetchAll: async (feeds) => feeds.map((f) => ok(f.url, 1)) },
      close: async () => {},
      state: stateWith(),
      intervalMs: 3_600_000,
      jitter: 0,
      log,
      sleep: sleep.sleep,
      random: () => 0.5,
      onStored: (reports) => stored.push(reports.length),
    });
    await poller.start();
    await until(() => sleep.waits.length === 1);
    await poller.stop();
    expect(stored).toEqual([2]);
  });

  it('reports each feed’s last success and last error from the state', async () => {
    const { log } = memoryLogger();
    const sleep = manualSleep();
    const poller = new FeedPoller({
      feeds: FEEDS,
      fetcher: { fetchAll: async () => [] },
      close: async () => {},
      state: stateWith([
        { url: 'https://a.test/rss', failures: 0, lastSuccessAt: '2026-11-30T09:00:00.000Z', items: {} },
        {
          url: 'https://b.test/rss',
          failures: 2,
          lastError: 'HTTP 500 from https://b.test/rss',
          lastErrorAt: '2026-11-30T09:00:00.000Z',
          nextPollAfter: '2026-11-30T09:20:00.000Z',
          items: {},
        },
      ]),
      intervalMs: 1000,
      jitter: 0,
      log,
      sleep: sleep.sleep,
      random: () => 0.5,
    });
    await poller.start();
    expect(poller.status()).toEqual([
      { url: 'https://a.test/rss', failing: false, lastSuccessAt: '2026-11-30T09:00:00.000Z' },
      {
        url: 'https://b.test/rss',
        outlet: 'B News',
        failing: true,
        lastError: 'HTTP 500 from https://b.test/rss',
        lastErrorAt: '2026-11-30T09:00:00.000Z',
        nextPollAfter: '2026-11-30T09:20:00.000Z',
      },
    ]);
    await poller.stop();
  });
});
