/**
 * The bot's feed schedule: poll every configured feed, wait the interval (± jitter), again, until stopped.
 * Clock, sleep and random are injected. `stop()` aborts the requests in flight and waits for the round.
 */
import type { FeedConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import type { FeedFetcher, FeedReport } from './poll.ts';
import type { FeedStateStore } from './state.ts';
import { type FeedHealth, feedHealth } from './status.ts';

export interface PollerOptions {
  feeds: readonly FeedConfig[];
  fetcher: Pick<FeedFetcher, 'fetchAll'>;
  state: FeedStateStore;
  /** Releases what the fetcher holds (state lock, extraction worker), after the last round. */
  close: () => Promise<void>;
  intervalMs: number;
  jitter: number;
  log: Logger;
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  /** Told after each round in which an article was added or updated (e.g. to reload without a watcher). */
  onStored?: (reports: FeedReport[]) => void;
}

export class FeedPoller {
  readonly #options: PollerOptions;
  readonly #stop = new AbortController();
  #loop: Promise<void> | undefined;
  #health: FeedHealth[] = [];
  #rounds = 0;

  constructor(options: PollerOptions) {
    this.#options = options;
  }

  /** Reads the last known state (for `/summit sources`), then starts polling at once. */
  async start(): Promise<void> {
    await this.#refreshHealth();
    this.#loop = this.#run();
  }

  /** Each feed's last success and last error, as of the last round. */
  status(): readonly FeedHealth[] {
    return this.#health;
  }

  /** Completed rounds (tests). */
  get rounds(): number {
    return this.#rounds;
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#loop;
    await this.#options.close();
  }

  /** The wait before the next round: the interval spread by ± jitter. */
  nextWaitMs(): number {
    const { intervalMs, jitter, random } = this.#options;
    return Math.round(intervalMs * (1 + jitter * (2 * random() - 1)));
  }

  async #run(): Promise<void> {
    const { log, fetcher, feeds } = this.#options;
    const signal = this.#stop.signal;
    while (!signal.aborted) {
      try {
        const reports = await fetcher.fetchAll(feeds, signal);
        if (!signal.aborted && reports.some((r) => r.added + r.updated > 0))
          this.#options.onStored?.(reports);
        await this.#refreshHealth();
      } catch (error) {
        // A bug in one round must not end the schedule: log it and try again next time.
        log.error({ err: error }, 'feed poll round failed');
      }
      this.#rounds++;
      if (signal.aborted) break;
      await this.#options.sleep(this.nextWaitMs(), signal);
    }
  }

  async #refreshHealth(): Promise<void> {
    const records = await this.#options.state.feeds();
    this.#health = feedHealth(this.#options.feeds, records);
  }
}
