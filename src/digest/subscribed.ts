/**
 * Digests for every story and channel that wants one: the channels of the environment (`DIGEST_*_CHANNEL`,
 * the first story, the configured schedule) and the digest subscriptions made from chat (their story, at
 * their own time and zone, or the configured schedule). Targets that share a story and a schedule are one
 * DigestScheduler, so every (slot, target) is still claimed in that story's DigestLedger and posted once.
 * When subscriptions change, the schedules whose targets changed are started again.
 */
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import type { Logger } from '../log.ts';
import type { StoryStores } from '../stories/stores.ts';
import type { Story } from '../stories/story.ts';
import {
  type Platform,
  type Subscription,
  type SubscriptionStore,
  targetOf,
} from '../subscriptions/store.ts';
import type { PreviousDigest } from './compose.ts';
import type { DigestLedger } from './ledger.ts';
import type { Poster } from './poster.ts';
import { type DigestHealth, DigestScheduler } from './scheduler.ts';
import { lastSlotAtOrBefore, slotOf } from './slots.ts';
import { storyStateFile } from './state.ts';

/** Runs of one slot before it is given up (as the scheduler does). */
const MAX_ATTEMPTS = 3;

/** Where a story's digest state lives in the state folder (see `storyStateFile`). */
export function digestStateFile(config: Config, keyword: string, first: boolean): string {
  return storyStateFile(config.digest.stateFile, keyword, first);
}

/** The cron of a digest subscription: its daily time, or the configured schedule. */
export function scheduleOf(
  subscription: Pick<Subscription, 'time' | 'timezone'>,
  digest: Pick<Config['digest'], 'cron' | 'timezone'>,
): { cron: string; timezone: string } {
  if (!subscription.time) return { cron: digest.cron, timezone: digest.timezone };
  const [hour = '0', minute = '0'] = subscription.time.split(':');
  return {
    cron: `${Number(minute)} ${Number(hour)} * * *`,
    timezone: subscription.timezone ?? digest.timezone,
  };
}

export interface SubscribedDigestsDeps {
  stories: StoryStores;
  digest: Config['digest'];
  subscriptions: SubscriptionStore;
  /** The environment's digest channels: the first story's, on the configured schedule. */
  fixed: readonly Poster[];
  /** A poster for a channel, or undefined when that platform's adapter is not running here. */
  posterFor: (platform: Platform, channel: string) => Poster | undefined;
  /** The digest ledger of a story (one per story: "what changed" is per story). */
  ledgerFor: (story: Story, first: boolean) => DigestLedger;
  /** Composes a story's digest (digest/preview.ts `digestFor` with the story's configuration). */
  compose: (story: Story) => (index: NewsIndex, previous: PreviousDigest | undefined, now: Date) => Briefing;
  owner: string;
  log: Logger;
  /** How often the subscriptions are read again (changes made by another process). */
  refreshMs: number;
  clock?: () => Date;
}

interface Group {
  key: string;
  story: Story;
  cron: string;
  timezone: string;
  posters: Poster[];
  /** When each target subscribed (the environment's targets: never). */
  since: Map<string, string>;
}

interface Running {
  group: Group;
  signature: string;
  scheduler: DigestScheduler;
}

export class SubscribedDigests {
  readonly #deps: SubscribedDigestsDeps;
  readonly #running = new Map<string, Running>();
  readonly #ledgers = new Map<string, DigestLedger>();
  /** Subscriptions whose platform or story is missing here, warned about once. */
  readonly #warned = new Set<string>();
  #refreshing: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(deps: SubscribedDigestsDeps) {
    this.#deps = deps;
  }

  /** Starts a schedule per story and time, and reads the subscriptions again every `refreshMs`. */
  async start(): Promise<void> {
    await this.refresh();
    this.#timer = setInterval(() => void this.refresh(), this.#deps.refreshMs);
    this.#timer.unref();
  }

  /** Reads the subscriptions again and restarts the schedules whose targets changed. One at a time. */
  refresh(): Promise<void> {
    this.#refreshing = this.#refreshing.then(() =>
      this.#refresh().catch((error: unknown) =>
        this.#deps.log.error(
          { err: { message: (error as Error).message } },
          'cannot read the digest subscriptions; the schedules stay as they were',
        ),
      ),
    );
    return this.#refreshing;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#refreshing;
    await Promise.all([...this.#running.values()].map((r) => r.scheduler.stop()));
    this.#running.clear();
  }

  /** Every schedule's health as one (undefined when no digest is configured or subscribed). */
  get health(): DigestHealth | undefined {
    const all = [...this.#running.values()].map((r) => r.scheduler.health);
    if (all.length <= 1) return all[0];
    const failing = all.find((h) => !h.ok);
    const latest = <T extends { slot: string }>(list: (T | undefined)[]) =>
      list.filter((x): x is T => x !== undefined).sort((a, b) => b.slot.localeCompare(a.slot))[0];
    const next = all
      .map((h) => h.next)
      .filter((n): n is string => n !== undefined)
      .sort()[0];
    const lastPosted = latest(all.map((h) => h.lastPosted));
    const lastFailure = latest(all.map((h) => h.lastFailure));
    return {
      ok: failing === undefined,
      ...(failing?.reason ? { reason: failing.reason } : {}),
      owner: this.#deps.owner,
      targets: [...new Set(all.flatMap((h) => h.targets))],
      ...(next ? { next } : {}),
      ...(lastPosted ? { lastPosted } : {}),
      ...(lastFailure ? { lastFailure } : {}),
    };
  }

  /** The last digest posted for a story (by any of its schedules), for previews. */
  previous(keyword: string): PreviousDigest | undefined {
    return [...this.#running.values()]
      .filter((r) => r.group.story.keyword === keyword)
      .map((r) => r.scheduler.previous)
      .filter((p): p is PreviousDigest => p !== undefined)
      .sort((a, b) => b.postedAt.localeCompare(a.postedAt))[0];
  }

  #ledger(story: Story): DigestLedger {
    let ledger = this.#ledgers.get(story.keyword);
    if (!ledger) {
      ledger = this.#deps.ledgerFor(story, story.keyword === this.#deps.stories.first.story.keyword);
      this.#ledgers.set(story.keyword, ledger);
    }
    return ledger;
  }

  #warnOnce(key: string, fields: object, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    this.#deps.log.warn(fields, message);
  }

  /** The schedules wanted now: the environment's targets, then each digest subscription's. */
  #groups(subscriptions: readonly Subscription[]): Map<string, Group> {
    const { stories, digest } = this.#deps;
    const groups = new Map<string, Group>();
    const groupOf = (story: Story, cron: string, timezone: string): Group => {
      const key = `${story.keyword}|${cron}|${timezone}`;
      let group = groups.get(key);
      if (!group) {
        group = { key, story, cron, timezone, posters: [], since: new Map() };
        groups.set(key, group);
      }
      return group;
    };
    if (this.#deps.fixed.length > 0) {
      const group = groupOf(stories.first.story, digest.cron, digest.timezone);
      group.posters.push(...this.#deps.fixed);
    }
    for (const s of subscriptions) {
      if (s.kind !== 'digest') continue;
      const target = targetOf(s);
      const entry = stories.get(s.story);
      if (!entry) {
        this.#warnOnce(
          `story:${s.story}`,
          { story: s.story, target },
          'digest subscription names a story that is not configured; skipped',
        );
        continue;
      }
      const poster = this.#deps.posterFor(s.platform, s.channel);
      if (!poster) {
        this.#warnOnce(
          `platform:${target}`,
          { story: s.story, target },
          `digest subscription on ${s.platform}, whose adapter is not running here; skipped`,
        );
        continue;
      }
      const { cron, timezone } = scheduleOf(s, digest);
      const group = groupOf(entry.story, cron, timezone);
      if (group.posters.some((p) => p.target === poster.target)) continue;
      group.posters.push(poster);
      group.since.set(poster.target, s.createdAt);
    }
    return groups;
  }

  async #refresh(): Promise<void> {
    if (this.#stopped) return;
    const wanted = this.#groups(await this.#deps.subscriptions.list());
    for (const [key, running] of this.#running) {
      if (wanted.has(key)) continue;
      this.#running.delete(key);
      await running.scheduler.stop();
      this.#deps.log.info(
        { story: running.group.story.keyword, cron: running.group.cron },
        'digest schedule stopped: no target left',
      );
    }
    for (const [key, group] of wanted) {
      const signature = group.posters
        .map((p) => p.target)
        .sort()
        .join(',');
      const running = this.#running.get(key);
      if (running?.signature === signature) continue;
      if (running) {
        this.#running.delete(key);
        await running.scheduler.stop();
      }
      try {
        await this.#start(group, signature);
      } catch (error) {
        this.#deps.log.error(
          { story: group.story.keyword, cron: group.cron, err: { message: (error as Error).message } },
          'digest schedule could not start',
        );
      }
    }
  }

  async #start(group: Group, signature: string): Promise<void> {
    const deps = this.#deps;
    const ledger = this.#ledger(group.story);
    await ledger.open();
    await this.#skipSlotsBefore(group, ledger);
    const entry = deps.stories.get(group.story.keyword);
    const store = (entry ?? deps.stories.first).store;
    const scheduler = new DigestScheduler({
      digest: { ...deps.digest, cron: group.cron, timezone: group.timezone },
      index: () => store.current,
      compose: deps.compose(group.story),
      posters: group.posters,
      ledger,
      owner: deps.owner,
      story: group.story.keyword,
      log: deps.log.child({ story: group.story.keyword }),
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
    await scheduler.start();
    this.#running.set(group.key, { group, signature, scheduler });
  }

  /**
   * A channel that subscribed after the schedule's latest slot does not get that slot late (the scheduler
   * would post a recent missed slot at start): the slot is recorded as skipped for it.
   */
  async #skipSlotsBefore(group: Group, ledger: DigestLedger): Promise<void> {
    const now = (this.#deps.clock ?? (() => new Date()))();
    const slot = lastSlotAtOrBefore(now, group, this.#deps.digest.maxCatchUpHours);
    if (!slot) return;
    const targets = [...group.since].filter(([, since]) => since > slot.toISOString()).map(([t]) => t);
    if (targets.length === 0) return;
    const outcomes = await ledger.claim({
      slot: slotOf(slot),
      targets,
      owner: this.#deps.owner,
      leaseMs: this.#deps.digest.leaseSeconds * 1000,
      now,
      maxAttempts: MAX_ATTEMPTS,
    });
    const skipped = outcomes.flatMap((o) =>
      o.kind === 'claimed'
        ? [{ claim: o.claim, outcome: 'skipped' as const, reason: 'subscribed after this slot' }]
        : [],
    );
    await ledger.finish(skipped, now);
  }
}
