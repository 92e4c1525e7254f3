/**
 * The daily digest: node-cron fires at `digest.cron` in `digest.timezone`, and every (slot, target) is
 * claimed in the ledger before it is posted, so it is posted once however many processes share the state.
 * A claim whose holder died is taken over once its lease runs out (every process looks again each lease
 * period), and a slot that may already have reached the channel is first looked up in the channel's
 * history. A run that fails is logged and the next slot runs as usual.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import { ClaimLostError, StateError } from '../errors.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import type { Logger } from '../log.ts';
import type { PreviousDigest } from './compose.ts';
import type { Claim, ClaimResult, DigestLedger } from './ledger.ts';
import type { Poster } from './poster.ts';
import { DEFAULT_RETRY, type RetryOptions, withRetry } from './retry.ts';
import { lastSlotAtOrBefore, slotOf } from './slots.ts';

/** How far back start-up looks for a missed slot to report (not post). */
const LOOK_BACK_HOURS = 48;

/** Runs of one slot (each with its own retries) before it is given up. */
const MAX_ATTEMPTS = 3;

export interface DigestDeps {
  digest: Config['digest'];
  index: () => NewsIndex;
  compose: (index: NewsIndex, previous: PreviousDigest | undefined, now: Date) => Briefing;
  posters: Poster[];
  ledger: DigestLedger;
  /** Unique per process and host (see ownerId); claims carry it. */
  owner: string;
  /**
   * The story's keyword, carried by each post's marker: two stories' digests of one slot in one channel
   * are told apart in its history.
   */
  story?: string;
  log: Logger;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** What /healthz says about the digest. */
export interface DigestHealth {
  ok: boolean;
  /** Why not ok: the state cannot be read or written. */
  reason?: string;
  owner: string;
  targets: string[];
  next?: string;
  lastPosted?: { slot: string; target: string; confirmedBy: 'post' | 'history' };
  lastFailure?: { slot: string; target: string; reason: string };
}

export class DigestScheduler {
  readonly #deps: DigestDeps;
  readonly #clock: () => Date;
  readonly #sleep: (ms: number) => Promise<void>;
  #task: ScheduledTask | undefined;
  #review: NodeJS.Timeout | undefined;
  #reviewQueued = false;
  #inFlight: Promise<void> = Promise.resolve();
  #stopping = false;
  #previous: PreviousDigest | undefined;
  #stateError: StateError | undefined;
  #lastPosted: DigestHealth['lastPosted'];
  #lastFailure: DigestHealth['lastFailure'];

  constructor(deps: DigestDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
    this.#sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** The previous digest, for "what changed"; kept in step with the ledger. */
  get previous(): PreviousDigest | undefined {
    return this.#previous;
  }

  get #leaseMs(): number {
    return this.#deps.digest.leaseSeconds * 1000;
  }

  get health(): DigestHealth {
    return {
      ok: this.#stateError === undefined,
      ...(this.#stateError ? { reason: this.#stateError.message } : {}),
      owner: this.#deps.owner,
      targets: this.#deps.posters.map((p) => p.target),
      ...(this.#task?.getNextRun() ? { next: this.#task.getNextRun()?.toISOString() } : {}),
      ...(this.#lastPosted ? { lastPosted: this.#lastPosted } : {}),
      ...(this.#lastFailure ? { lastFailure: this.#lastFailure } : {}),
    };
  }

  /**
   * Opens the ledger (creating the state folder; a StateError if it cannot be written stops start-up),
   * posts a recently missed slot, starts the schedule and the lease review.
   */
  async start(): Promise<void> {
    await this.#deps.ledger.open();
    this.#previous = await this.#deps.ledger.previous();
    this.#task = cron.createTask(this.#deps.digest.cron, (ctx) => this.#fire(ctx.date), {
      timezone: this.#deps.digest.timezone,
      name: 'newsdesk-digest',
    });
    await this.#guarded('catch-up', () => this.#catchUp());
    await this.#task.start();
    // Every lease period: take over a slot whose holder died (or finish one this process could not).
    this.#review = setInterval(() => this.#queueReview(), this.#leaseMs);
    this.#review.unref();
    this.#deps.log.info(
      {
        cron: this.#deps.digest.cron,
        timezone: this.#deps.digest.timezone,
        next: this.#task.getNextRun()?.toISOString(),
        targets: this.#deps.posters.map((p) => p.target),
        owner: this.#deps.owner,
        state: this.#deps.ledger.location,
      },
      'digest scheduled',
    );
  }

  /** Resolves when the digest runs started so far have finished. */
  settled(): Promise<void> {
    return this.#inFlight;
  }

  /** Stops the schedule and the review, and lets an in-flight post finish. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearInterval(this.#review);
    await this.#task?.stop();
    await this.#task?.destroy();
    await this.#inFlight;
  }

  async #catchUp(): Promise<void> {
    const now = this.#clock();
    const { digest } = this.#deps;
    const schedule = { cron: digest.cron, timezone: digest.timezone };
    const slot = lastSlotAtOrBefore(now, schedule, digest.maxCatchUpHours);
    if (slot) {
      await this.runSlot(slot, 'catch-up');
      return;
    }
    // A slot missed longer ago than maxCatchUpHours is not posted late: say so once.
    const older = lastSlotAtOrBefore(now, schedule, LOOK_BACK_HOURS);
    if (older && (!this.#previous || this.#previous.postedAt < older.toISOString())) {
      this.#deps.log.warn(
        { slot: slotOf(older), maxCatchUpHours: digest.maxCatchUpHours },
        'digest slot missed while the bot was down is too old to post; skipped',
      );
    }
  }

  #fire(date: Date): void {
    if (this.#stopping) return;
    this.#inFlight = this.#inFlight.then(() => this.#guarded(slotOf(date), () => this.runSlot(date)));
  }

  #queueReview(): void {
    if (this.#stopping || this.#reviewQueued) return;
    this.#reviewQueued = true;
    this.#inFlight = this.#inFlight.then(() =>
      this.#guarded('review', async () => {
        this.#reviewQueued = false;
        const { digest } = this.#deps;
        const slot = lastSlotAtOrBefore(
          this.#clock(),
          { cron: digest.cron, timezone: digest.timezone },
          digest.maxCatchUpHours,
        );
        if (slot) await this.runSlot(slot, 'review');
      }),
    );
  }

  /** Runs `work`; a failure is logged (and shown by /healthz) and never stops later slots. */
  async #guarded(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
      this.#stateError = undefined;
    } catch (error) {
      if (error instanceof StateError) this.#stateError = error;
      this.#deps.log.error(
        { run: what, err: { message: (error as Error).message, code: (error as { code?: string }).code } },
        'digest run failed; the next slot runs as usual',
      );
    }
  }

  #retryOptions(slot: string, target: string): RetryOptions {
    return {
      ...DEFAULT_RETRY,
      sleep: this.#sleep,
      random: this.#deps.random ?? Math.random,
      onRetry: (info) => this.#deps.log.warn({ slot, target, ...info }, 'digest call failed; retrying'),
    };
  }

  /**
   * Claims `date`'s slot for every target and posts it where the claim succeeded. Targets already posted,
   * or claimed by a live owner, are left alone. Throws only when the ledger cannot be used.
   */
  async runSlot(date: Date, reason: 'scheduled' | 'catch-up' | 'review' = 'scheduled'): Promise<void> {
    const slot = slotOf(date);
    const { ledger, owner, log } = this.#deps;
    const outcomes = await ledger.claim({
      slot,
      targets: this.#deps.posters.map((p) => p.target),
      owner,
      leaseMs: this.#leaseMs,
      now: this.#clock(),
      maxAttempts: MAX_ATTEMPTS,
    });
    const claims: Claim[] = [];
    for (const outcome of outcomes) {
      if (outcome.kind === 'claimed') claims.push(outcome.claim);
      else if (outcome.kind === 'held' && reason !== 'review')
        log.info(
          { slot, target: outcome.record.target, owner: outcome.record.owner },
          'digest slot claimed by another process; not posting',
        );
    }
    if (claims.length === 0) return;
    if (reason === 'catch-up') log.info({ slot }, 'posting a digest slot missed while the bot was down');
    if (reason === 'review')
      log.warn({ slot, targets: claims.map((c) => c.target) }, 'taking over a digest slot');
    const index = this.#deps.index();
    const briefing = this.#deps.compose(index, this.#previous, this.#clock());
    const articleIds = index.articles.map((a) => a.id);
    const renewal = this.#keepLeases(claims);
    const results: ClaimResult[] = [];
    try {
      for (const claim of claims) {
        const result = await this.#post(claim, briefing, articleIds);
        if (result) results.push(result);
      }
    } finally {
      clearInterval(renewal);
    }
    await ledger.finish(results, this.#clock());
    this.#previous = (await ledger.previous()) ?? this.#previous;
  }

  /** Refreshes the leases of `claims` every third of a lease while they are being posted. */
  #keepLeases(claims: Claim[]): NodeJS.Timeout {
    const timer = setInterval(() => {
      this.#deps.ledger
        .renew(claims, { leaseMs: this.#leaseMs, now: this.#clock() })
        .then((lost) => {
          for (const claim of lost)
            this.#deps.log.error(
              { slot: claim.slot, target: claim.target },
              'digest claim was taken over by another process while posting (lease too short?)',
            );
        })
        .catch((error: unknown) =>
          this.#deps.log.error(
            { err: { message: (error as Error).message } },
            'cannot renew the digest claim',
          ),
        );
    }, this.#leaseMs / 3);
    timer.unref();
    return timer;
  }

  /**
   * Fencing, right before each send: extends the claim's lease from now, or throws ClaimLostError if
   * another process took the slot over meanwhile (this one stalled past its lease: a saturated host, a
   * long pause, a slow database), which then posts it or has posted it. The renewal timer only logs a loss.
   */
  async #fence(claim: Claim): Promise<void> {
    const lost = await this.#deps.ledger.renew([claim], { leaseMs: this.#leaseMs, now: this.#clock() });
    if (lost.length > 0)
      throw new ClaimLostError('digest claim was taken over by another process before posting; not posting');
  }

  /** Posts one claim; undefined when the claim was lost before posting (its record is the new owner's). */
  async #post(claim: Claim, briefing: Briefing, articleIds: string[]): Promise<ClaimResult | undefined> {
    const { log } = this.#deps;
    const poster = this.#deps.posters.find((p) => p.target === claim.target) as Poster;
    const { story } = this.#deps;
    const marker = story
      ? { slot: claim.slot, key: `${claim.key}|${story}`, story }
      : { slot: claim.slot, key: claim.key };
    const retry = this.#retryOptions(claim.slot, claim.target);
    try {
      if (claim.uncertain) {
        const found = await withRetry(() => poster.findPosted(marker, new Date(claim.slot)), retry);
        if (found) {
          log.warn(
            { slot: claim.slot, target: claim.target, ref: found },
            'digest found in the channel history (an earlier attempt reached it); not posting again',
          );
          this.#lastPosted = { slot: claim.slot, target: claim.target, confirmedBy: 'history' };
          return { claim, outcome: 'posted', ref: found, confirmedBy: 'history', articleIds };
        }
      }
      const ref = await withRetry(async () => {
        await this.#fence(claim);
        return poster.post(briefing, marker);
      }, retry);
      log.info({ slot: claim.slot, target: claim.target, ref }, 'digest posted');
      this.#lastPosted = { slot: claim.slot, target: claim.target, confirmedBy: 'post' };
      return { claim, outcome: 'posted', ref, confirmedBy: 'post', articleIds };
    } catch (error) {
      if (error instanceof ClaimLostError) {
        log.warn({ slot: claim.slot, target: claim.target }, error.message);
        return undefined;
      }
      const message = (error as Error).message;
      this.#lastFailure = { slot: claim.slot, target: claim.target, reason: message };
      log.error(
        { slot: claim.slot, target: claim.target, reason: message },
        'digest post failed; tried again later while the slot is recent',
      );
      return { claim, outcome: 'failed', error: message };
    }
  }
}

/** A claim owner id unique per process and host: containers all run as pid 1, so a pid alone is not. */
export function ownerId(host: string, pid: number, random: string): string {
  return `${host}:${pid}:${random}`;
}
