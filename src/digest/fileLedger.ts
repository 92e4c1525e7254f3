/**
 * The digest ledger in the state folder: a JSON file (state.ts) whose every read-modify-write happens under
 * proper-lockfile's lock (`<file>.lock`, a folder made with mkdir, which is atomic on local and network
 * file systems; its time is refreshed while held and a lock older than `staleMs` is taken over). That lock is
 * held for milliseconds; the claims inside the file carry the long leases. No pid is involved, so processes
 * in different containers (both pid 1) on one volume never mistake each other for themselves.
 */
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ErrorCode, StateError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { PreviousDigest } from './compose.ts';
import { claimRecord, finishedRecord, stillHeld } from './claims.ts';
import type { Claim, ClaimOutcome, ClaimRequest, ClaimResult, DigestLedger } from './ledger.ts';
import { type DigestState, previousDigest, pruneState, readState, writeState } from './state.ts';

export interface FileLedgerOptions {
  file: string;
  /** Written into temp file names; unique per process. */
  owner: string;
  log: Pick<Logger, 'warn' | 'error'>;
  /** Records older than this are pruned (each target's newest posted record is always kept). */
  keepMs: number;
  /** A lock not refreshed for this long belongs to a dead process and is taken over (proper-lockfile). */
  staleMs?: number;
}

const LOCK_RETRIES = { retries: 60, factor: 1.3, minTimeout: 25, maxTimeout: 250 };

export class FileLedger implements DigestLedger {
  readonly #options: FileLedgerOptions;

  constructor(options: FileLedgerOptions) {
    this.#options = options;
  }

  get location(): string {
    return this.#options.file;
  }

  get #lockPath(): string {
    return `${this.#options.file}.lock`;
  }

  /** Creates the state folder and file if missing, and proves both can be written. */
  async open(): Promise<void> {
    const folder = path.dirname(path.resolve(this.#options.file));
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw new StateError(
        ErrorCode.StateUnwritable,
        folder,
        `cannot create the digest state folder ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        { cause: error },
      );
    }
    await this.#clearForeignLock();
    await this.#update(() => true, new Date());
  }

  async claim(request: ClaimRequest): Promise<ClaimOutcome[]> {
    const outcomes: ClaimOutcome[] = [];
    await this.#update((state) => {
      let changed = false;
      for (const target of request.targets) {
        const outcome = claimOne(state, request, target);
        outcomes.push(outcome);
        if (outcome.kind === 'claimed') changed = true;
      }
      return changed;
    }, request.now);
    return outcomes;
  }

  async renew(claims: readonly Claim[], options: { leaseMs: number; now: Date }): Promise<Claim[]> {
    const lost: Claim[] = [];
    await this.#update((state) => {
      for (const claim of claims) {
        const record = state.slots[claim.key];
        if (!record || !stillHeld(record, claim)) {
          lost.push(claim);
          continue;
        }
        record.leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
      }
      return lost.length < claims.length;
    }, options.now);
    return lost;
  }

  async finish(results: readonly ClaimResult[], now: Date): Promise<void> {
    if (results.length === 0) return;
    await this.#update((state) => {
      for (const result of results) finishOne(state, result, now);
      return true;
    }, now);
  }

  async previous(): Promise<PreviousDigest | undefined> {
    let found: PreviousDigest | undefined;
    await this.#update((state) => {
      found = previousDigest(state);
      return false;
    }, new Date());
    return found;
  }

  /**
   * Reads the state under the lock, lets `change` edit it, and writes it back (pruned) when `change` says
   * it changed something. A corrupt file is set aside and the fresh state written at once, so the memory
   * of the loss (`uncertainBefore`) survives.
   */
  async #update(change: (state: DigestState) => boolean, now: Date): Promise<void> {
    const release = await this.#lock();
    try {
      const read = await readState(this.#options.file, now);
      if (read.kind === 'corrupt')
        this.#options.log.error(
          { file: this.#options.file, reason: read.reason, keptAs: read.keptAs },
          'digest state file is corrupt; kept aside, and recent slots are checked against the channel before posting',
        );
      const changed = change(read.state);
      if (changed || read.kind !== 'ok')
        await writeState(
          this.#options.file,
          pruneState(read.state, now, this.#options.keepMs),
          this.#options.owner,
        );
    } finally {
      await release();
    }
  }

  async #lock(): Promise<() => Promise<void>> {
    // The folder may have gone since open() (or open() was never called, as in a one-off run).
    await mkdir(path.dirname(path.resolve(this.#options.file)), { recursive: true }).catch(
      (error: unknown) => {
        throw new StateError(
          ErrorCode.StateUnwritable,
          this.#options.file,
          `cannot create the digest state folder of ${this.#options.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
          { cause: error },
        );
      },
    );
    const options = {
      realpath: false,
      lockfilePath: this.#lockPath,
      stale: this.#options.staleMs ?? 10_000,
      retries: LOCK_RETRIES,
      // The default throws from a timer and takes the process down; the claims' leases are what guard posts.
      onCompromised: (error: Error) =>
        this.#options.log.error({ err: error, lock: this.#lockPath }, 'digest state lock compromised'),
    };
    try {
      return await lockfile.lock(this.#options.file, options);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR' && (await this.#clearForeignLock()))
        return lockfile.lock(this.#options.file, options);
      throw new StateError(
        ErrorCode.StateLockFailed,
        this.#lockPath,
        code === 'ELOCKED'
          ? `the digest state lock ${this.#lockPath} stayed held by another process`
          : `cannot take the digest state lock ${this.#lockPath} (${code ?? (error as Error).message})`,
        { cause: error },
      );
    }
  }

  /**
   * A plain file where the lock folder goes (an older version's pid lock, an empty or garbage file) is not
   * a lock anyone holds: remove it, say so.
   */
  async #clearForeignLock(): Promise<boolean> {
    try {
      if ((await stat(this.#lockPath)).isDirectory()) return false;
    } catch {
      return false;
    }
    this.#options.log.warn({ lock: this.#lockPath }, 'removed a lock file that is not a digest state lock');
    await rm(this.#lockPath, { force: true });
    return true;
  }
}

/** Claims one (slot, target) in `state`, or says why not. */
function claimOne(state: DigestState, request: ClaimRequest, target: string): ClaimOutcome {
  const key = `${request.slot}|${target}`;
  const forgotten = state.uncertainBefore !== undefined && request.slot <= state.uncertainBefore;
  const { outcome, record } = claimRecord(state.slots[key], request, target, forgotten);
  if (record) state.slots[key] = record;
  return outcome;
}

function finishOne(state: DigestState, result: ClaimResult, now: Date): void {
  const record = finishedRecord(state.slots[result.claim.key], result, now);
  if (record) state.slots[result.claim.key] = record;
}
