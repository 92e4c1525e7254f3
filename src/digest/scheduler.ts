/**
 * The daily digest: node-cron fires at `digest.cron` in `digest.timezone`; each (slot, target) is posted
 * exactly once, recorded in the state file (pending → posted) with an idempotency key. On start-up a slot
 * missed while the bot was down is posted if younger than `digest.maxCatchUpHours`, else skipped and logged.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import type { Logger } from '../log.ts';
import type { PreviousDigest } from './compose.ts';
import { acquireLock, type LockHandle } from './lock.ts';
import { DEFAULT_RETRY, withRetry } from './retry.ts';
import { type DigestState, previousDigest, readState, type SlotRecord, writeState } from './state.ts';

/** How far back start-up looks for a missed slot to report (not post). */
const LOOK_BACK_HOURS = 48;

export interface DigestTarget {
  /** e.g. "slack:C123", "discord:456": part of the idempotency key. */
  name: string;
  post(briefing: Briefing): Promise<void>;
}

export interface DigestDeps {
  digest: Config['digest'];
  index: () => NewsIndex;
  compose: (index: NewsIndex, previous: PreviousDigest | undefined, now: Date) => Briefing;
  targets: DigestTarget[];
  log: Logger;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  pid?: number;
}

/** The slot a firing belongs to: its minute, as an ISO timestamp. */
export function slotOf(date: Date): string {
  const d = new Date(date);
  d.setUTCSeconds(0, 0);
  return d.toISOString();
}

export class DigestScheduler {
  readonly #deps: DigestDeps;
  readonly #clock: () => Date;
  readonly #sleep: (ms: number) => Promise<void>;
  #task: ScheduledTask | undefined;
  #lock: LockHandle | undefined;
  #inFlight: Promise<void> = Promise.resolve();
  #stopping = false;
  /** The previous digest, for "what changed"; kept in step with the state file. */
  #previous: PreviousDigest | undefined;

  constructor(deps: DigestDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? (() => new Date());
    this.#sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get previous(): PreviousDigest | undefined {
    return this.#previous;
  }

  get #stateFile(): string {
    return this.#deps.digest.stateFile;
  }

  /** A task that matches the schedule, used both to fire and to find missed slots. */
  #createTask(): ScheduledTask {
    return cron.createTask(this.#deps.digest.cron, (ctx) => this.#fire(ctx.date), {
      timezone: this.#deps.digest.timezone,
      name: 'newsdesk-digest',
      noOverlap: true,
    });
  }

  /**
   * Takes the lock, posts a recently missed slot, and starts the schedule. Returns false (and logs why)
   * when another live process holds the lock.
   */
  async start(): Promise<boolean> {
    const lock = await acquireLock(`${this.#stateFile}.lock`, this.#deps.pid);
    if ('heldBy' in lock) {
      this.#deps.log.error(
        { lock: `${this.#stateFile}.lock`, pid: lock.heldBy },
        'another newsdesk process holds the digest lock; this one will not post digests',
      );
      return false;
    }
    this.#lock = lock;
    const state = await this.#read();
    this.#previous = previousDigest(state);
    this.#task = this.#createTask();
    await this.#catchUp(state);
    await this.#task.start();
    this.#deps.log.info(
      {
        cron: this.#deps.digest.cron,
        timezone: this.#deps.digest.timezone,
        next: this.#task.getNextRun()?.toISOString(),
        targets: this.#deps.targets.map((t) => t.name),
      },
      'digest scheduled',
    );
    return true;
  }

  /** Resolves when the digest posts started so far have finished. */
  settled(): Promise<void> {
    return this.#inFlight;
  }

  /** Stops the schedule, lets an in-flight post finish, and releases the lock. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#task?.stop();
    await this.#task?.destroy();
    await this.#inFlight;
    await this.#lock?.release();
    this.#lock = undefined;
  }

  /** The most recent slot in the `hours` before now, found minute by minute with node-cron's own matcher. */
  #lastSlotBefore(now: Date, task: ScheduledTask, hours: number): Date | undefined {
    const minutes = Math.ceil(hours * 60);
    const start = new Date(slotOf(now));
    for (let m = 0; m <= minutes; m++) {
      const candidate = new Date(start.getTime() - m * 60_000);
      if (candidate.getTime() > now.getTime()) continue;
      if (task.match(candidate)) return candidate;
    }
    return undefined;
  }

  async #catchUp(state: DigestState): Promise<void> {
    const now = this.#clock();
    const task = this.#task as ScheduledTask;
    const slot = this.#lastSlotBefore(now, task, this.#deps.digest.maxCatchUpHours);
    // Pending slots from an earlier run that failed: retry them if still recent, else mark them skipped.
    const maxAgeMs = this.#deps.digest.maxCatchUpHours * 3_600_000;
    for (const record of Object.values(state.slots)) {
      if (record.status !== 'pending') continue;
      const age = now.getTime() - Date.parse(record.slot);
      if (age > maxAgeMs) {
        record.status = 'skipped';
        this.#deps.log.warn(
          { slot: record.slot, target: record.target },
          'pending digest is too old to post; skipped',
        );
      }
    }
    await writeState(this.#stateFile, state);
    const unposted = (d: Date) =>
      this.#deps.targets.some((t) => state.slots[`${slotOf(d)}|${t.name}`]?.status !== 'posted');
    if (slot && unposted(slot)) {
      this.#deps.log.info({ slot: slotOf(slot) }, 'posting a digest slot missed while the bot was down');
      await this.runSlot(slot);
      return;
    }
    // A slot missed longer ago than maxCatchUpHours is not posted late: say so once.
    const older = slot ? undefined : this.#lastSlotBefore(now, task, LOOK_BACK_HOURS);
    if (older && unposted(older)) {
      this.#deps.log.warn(
        { slot: slotOf(older), maxCatchUpHours: this.#deps.digest.maxCatchUpHours },
        'digest slot missed while the bot was down is too old to post; skipped',
      );
    }
  }

  #fire(date: Date): void {
    if (this.#stopping) return;
    this.#inFlight = this.#inFlight.then(() => this.runSlot(date));
  }

  async #read(): Promise<DigestState> {
    return readState(this.#stateFile, (reason) =>
      this.#deps.log.warn(
        { file: this.#stateFile, reason },
        'digest state file is corrupt; starting a new one',
      ),
    );
  }

  /** Posts the digest of `date`'s slot to every target that has not received it yet. */
  async runSlot(date: Date): Promise<void> {
    const slot = slotOf(date);
    const state = await this.#read();
    const index = this.#deps.index();
    const briefing = this.#deps.compose(index, previousDigest(state), this.#clock());
    const articleIds = index.articles.map((a) => a.id);
    for (const target of this.#deps.targets) {
      const key = `${slot}|${target.name}`;
      const record: SlotRecord = state.slots[key] ?? {
        key,
        slot,
        target: target.name,
        status: 'pending',
        attempts: 0,
      };
      if (record.status === 'posted' || record.status === 'skipped') continue;
      record.status = 'pending';
      state.slots[key] = record;
      await writeState(this.#stateFile, state);
      try {
        await withRetry(
          async () => {
            record.attempts++;
            await target.post(briefing);
          },
          {
            ...DEFAULT_RETRY,
            sleep: this.#sleep,
            random: this.#deps.random ?? Math.random,
            onRetry: (info) =>
              this.#deps.log.warn({ slot, target: target.name, ...info }, 'digest post failed; retrying'),
          },
        );
        record.status = 'posted';
        record.postedAt = this.#clock().toISOString();
        record.articleIds = articleIds;
        delete record.lastError;
        this.#deps.log.info({ slot, target: target.name, attempts: record.attempts }, 'digest posted');
      } catch (error) {
        record.lastError = (error as Error).message;
        this.#deps.log.error(
          { slot, target: target.name, reason: record.lastError },
          'digest post failed; left pending for the next start',
        );
      }
      await writeState(this.#stateFile, state);
    }
    this.#previous = previousDigest(state);
  }
}
