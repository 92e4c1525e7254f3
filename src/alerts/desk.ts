/**
 * The alert desk: after each reload of a story (and every minute), the articles not looked at before are
 * read for new developments (detect.ts), recorded in the AlertLedger, and each development's alert is
 * posted to the channels subscribed to the story's alerts, or updated with the outlets that reported it
 * since. Every post is claimed in the ledger first, so a restart (or a second process) never posts one
 * twice; a claim whose holder died may have posted, so the channel's history is asked before posting again.
 */
import type { Config } from '../config.ts';
import { DEFAULT_RETRY, type RetryOptions, withRetry } from '../digest/retry.ts';
import type { Logger } from '../log.ts';
import type { StoryEntry, StoryStores } from '../stories/stores.ts';
import { type Platform, type SubscriptionStore, targetOf } from '../subscriptions/store.ts';
import { compareText } from '../text/compare.ts';
import { composeAlert } from './compose.ts';
import { detectDevelopments } from './detect.ts';
import type { AlertClaim, AlertLedger, AlertResult, Development } from './ledger.ts';
import type { AlertPoster } from './poster.ts';

/** Claims of one post before it is given up. */
const MAX_ATTEMPTS = 3;
/** An alert is news: a few quick retries, not the digest's patient minutes. */
const ALERT_RETRY = { attempts: 3, baseMs: 1000, maxMs: 10_000 } as const;
/** Developments older than this get no first post any more (a failed one is not posted hours late). */
const DELIVER_WITHIN_MS = 6 * 3_600_000;
/** New articles read for developments in one go; more wait for the next batch (see #reviewBatch). */
const FRESH_PER_REVIEW = 8;
/** Times a review is read and recorded again when another process recorded one meanwhile. */
const RECORD_TRIES = 3;

export interface AlertDeskDeps {
  stories: StoryStores;
  ledger: AlertLedger;
  subscriptions: SubscriptionStore;
  /** A poster for a channel, or undefined when that platform's adapter is not running here. */
  posterFor: (platform: Platform, channel: string) => AlertPoster | undefined;
  settings: Config['alerts'];
  /** How many of a story's newest articles a new one is compared with. */
  poolSize: number;
  /** Unique per process and host; claims carry it. */
  owner: string;
  log: Logger;
  /** New articles read for developments in one go (default 8); the rest wait for the next batch. */
  freshPerReview?: number;
  /** How often every story is reviewed again: takeovers, retries (default one minute). */
  reviewMs?: number;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

function platformOf(target: string): { platform: Platform; channel: string } | undefined {
  const at = target.indexOf(':');
  const platform = target.slice(0, at);
  return platform === 'slack' || platform === 'discord'
    ? { platform, channel: target.slice(at + 1) }
    : undefined;
}

export class AlertDesk {
  readonly #deps: AlertDeskDeps;
  readonly #clock: () => Date;
  #queue: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #stopping = false;

  constructor(deps: AlertDeskDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
  }

  /** Reviews every story once, then every `reviewMs`. */
  async start(): Promise<void> {
    await this.review();
    this.#timer = setInterval(() => void this.review(), this.#deps.reviewMs ?? 60_000);
    this.#timer.unref();
  }

  /**
   * Queues a review of one story (or every story): its new articles, then its posts. Reviews run one at a
   * time; a failing one is logged and the next runs as usual.
   */
  review(keyword?: string): Promise<void> {
    if (this.#stopping) return this.#queue;
    const entries = keyword
      ? this.#deps.stories.all.filter((e) => e.story.keyword === keyword)
      : this.#deps.stories.all;
    for (const entry of entries) {
      this.#queue = this.#queue.then(() =>
        this.#reviewStory(entry).catch((error: unknown) =>
          this.#deps.log.error(
            {
              story: entry.story.keyword,
              err: { message: (error as Error).message, code: (error as { code?: string }).code },
            },
            'alert review failed; the next one runs as usual',
          ),
        ),
      );
    }
    return this.#queue;
  }

  /** Resolves when the reviews queued so far are done. */
  settled(): Promise<void> {
    return this.#queue;
  }

  /** Stops the timer and lets the review in progress finish. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearInterval(this.#timer);
    await this.#queue;
  }

  /** The channels subscribed to a story's alerts whose platform runs here. */
  async #targets(keyword: string): Promise<string[]> {
    const subscriptions = await this.#deps.subscriptions.list();
    const targets = subscriptions
      .filter(
        (s) => s.kind === 'alerts' && s.story === keyword && this.#deps.posterFor(s.platform, s.channel),
      )
      .map(targetOf);
    return [...new Set(targets)];
  }

  async #reviewStory(entry: StoryEntry): Promise<void> {
    const { keyword } = entry.story;
    // A folder that cannot be read serves its last snapshot: nothing in it is new.
    if (!entry.store.health.ok) return;
    const targets = await this.#targets(keyword);
    // A large arrival (a feed round of many articles) is read a batch at a time, recorded after each, with
    // the event loop free in between: commands are acknowledged meanwhile.
    while (!this.#stopping && (await this.#reviewBatch(entry, targets)))
      await new Promise((resolve) => setImmediate(resolve));
    await this.#deliver(entry, new Set(targets));
  }

  /**
   * Reads the next batch of a story's new articles for developments and records it (read again when
   * another process recorded meanwhile); true when more new articles wait.
   */
  async #reviewBatch(entry: StoryEntry, targets: readonly string[]): Promise<boolean> {
    const { ledger, log } = this.#deps;
    const { keyword } = entry.story;
    for (let attempt = 0; attempt < RECORD_TRIES; attempt++) {
      const now = this.#clock();
      const state = await ledger.read(keyword, now);
      // Alerts never ran for this story: nothing to do until a channel subscribes.
      if (state.version === 0 && targets.length === 0) return false;
      const index = entry.store.current;
      if (state.version === 0) {
        // What the story holds when alerts start is not news: it is the baseline.
        if (
          await ledger.record(
            { story: keyword, version: 0, seen: index.articles.map((a) => a.id), opened: [], extended: [] },
            now,
          )
        ) {
          log.info(
            { story: keyword, articles: index.articles.length },
            'alerts started for the story; its articles so far are the baseline',
          );
          return false;
        }
        continue;
      }
      const fresh = index.articles
        .filter((a) => !state.seen.has(a.id))
        .sort((a, b) => a.mtimeMs - b.mtimeMs || compareText(a.id, b.id));
      if (fresh.length === 0) return false;
      const batch = fresh.slice(0, this.#deps.freshPerReview ?? FRESH_PER_REVIEW);
      const inBatch = new Set(batch.map((a) => a.id));
      const detected = detectDevelopments({
        story: keyword,
        // Articles of later batches are not known yet: an earlier article is not compared with them.
        articles: index.articles.filter((a) => state.seen.has(a.id) || inBatch.has(a.id)),
        fresh: batch,
        open: state.developments.filter((d) => Date.parse(d.until) > now.getTime()),
        now,
        windowMs: this.#deps.settings.windowMinutes * 60_000,
        targets,
        poolSize: this.#deps.poolSize,
      });
      const recorded = await ledger.record(
        {
          story: keyword,
          version: state.version,
          seen: batch.map((a) => a.id),
          opened: detected.opened,
          extended: detected.extended,
        },
        now,
      );
      if (!recorded) continue;
      for (const d of detected.opened)
        log.info(
          { story: keyword, development: d.id, article: d.fact.articleId, fact: d.fact.text },
          'new development',
        );
      for (const e of detected.extended)
        log.info(
          { story: keyword, development: e.id, articles: e.articles.map((a) => a.id) },
          'development reported by more outlets',
        );
      if (detected.quiet.length > 0)
        log.info({ story: keyword, articles: detected.quiet }, 'new articles add nothing new');
      return fresh.length > batch.length;
    }
    return false;
  }

  /** Claims and makes every post the story's recent developments still need. */
  async #deliver(entry: StoryEntry, subscribed: ReadonlySet<string>): Promise<void> {
    const { ledger, log, settings } = this.#deps;
    const now = this.#clock();
    const state = await ledger.read(entry.story.keyword, now);
    const developments = state.developments.filter(
      (d) => now.getTime() - Date.parse(d.openedAt) <= DELIVER_WITHIN_MS,
    );
    if (developments.length === 0) return;
    const posts = new Map((await ledger.posts(developments.map((d) => d.id))).map((p) => [p.key, p]));
    // A first post only where the story is still subscribed; a posted alert is kept up to date regardless.
    const items = developments.flatMap((d) =>
      d.targets
        .filter((target) => subscribed.has(target) || posts.get(`${d.id}|${target}`)?.ref !== undefined)
        .map((target) => ({ development: d.id, target })),
    );
    if (items.length === 0) return;
    const outcomes = await ledger.claim({
      items,
      owner: this.#deps.owner,
      leaseMs: settings.leaseSeconds * 1000,
      now,
      perHour: settings.perChannelPerHour,
      maxAttempts: MAX_ATTEMPTS,
    });
    const byId = new Map(developments.map((d) => [d.id, d]));
    const results: AlertResult[] = [];
    for (const outcome of outcomes) {
      if (outcome.kind === 'capped')
        log.warn(
          {
            story: entry.story.keyword,
            development: outcome.post.development,
            target: outcome.post.target,
            perHour: settings.perChannelPerHour,
          },
          'alert not posted: the channel had its alerts for this hour; the development waits for the digest',
        );
      if (outcome.kind !== 'claimed') continue;
      const development = outcome.claim.shows ?? (byId.get(outcome.claim.development) as Development);
      results.push(await this.#post(outcome.claim, development, entry));
    }
    await ledger.finish(results, this.#clock());
  }

  #retry(claim: AlertClaim): RetryOptions {
    return {
      ...DEFAULT_RETRY,
      ...ALERT_RETRY,
      sleep: this.#deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: this.#deps.random ?? Math.random,
      onRetry: (info) =>
        this.#deps.log.warn(
          { development: claim.development, target: claim.target, ...info },
          'alert call failed; retrying',
        ),
    };
  }

  /** Posts (or updates) one claimed alert; a failure is the result, never thrown. */
  async #post(claim: AlertClaim, development: Development, entry: StoryEntry): Promise<AlertResult> {
    const { log } = this.#deps;
    const where = platformOf(claim.target);
    const poster = where ? this.#deps.posterFor(where.platform, where.channel) : undefined;
    if (!poster)
      return { claim, outcome: 'failed', error: `no ${where?.platform ?? 'known'} adapter runs here` };
    const briefing = composeAlert(development, entry.story);
    const marker = { key: claim.key, development: development.id };
    const retry = this.#retry(claim);
    const fields = { story: entry.story.keyword, development: development.id, target: claim.target };
    try {
      let ref = claim.ref;
      let confirmedBy: 'post' | 'history' = 'post';
      if (!ref && claim.uncertain) {
        ref = await withRetry(() => poster.findPosted(marker, new Date(development.openedAt)), retry);
        if (ref) {
          confirmedBy = 'history';
          log.warn(
            { ...fields, ref },
            'alert found in the channel history (an earlier attempt reached it); not posting again',
          );
        }
      }
      if (ref) {
        const posted = ref;
        await withRetry(() => poster.update(posted, briefing, marker), retry);
        if (confirmedBy === 'post')
          log.info({ ...fields, ref, articles: development.articles.length }, 'alert updated');
      } else {
        ref = await withRetry(() => poster.post(briefing, marker), retry);
        log.info({ ...fields, ref, articles: development.articles.length }, 'alert posted');
      }
      return { claim, outcome: 'posted', ref, shown: development.articles.length, confirmedBy };
    } catch (error) {
      const message = (error as Error).message;
      log.error({ ...fields, reason: message }, 'alert post failed; tried again at the next review');
      return { claim, outcome: 'failed', error: message };
    }
  }
}
