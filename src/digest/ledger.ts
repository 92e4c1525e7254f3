/**
 * A story's digest ledger: who posts which (slot, target), and what was posted. A claim carries an owner
 * and a lease; a live lease keeps every other owner off, a lapsed one (its holder died) may be taken over,
 * and a posted slot is never posted again. The scheduler only talks to this interface: the file
 * implementation (fileLedger.ts, one file per story in the state folder) and the PostgreSQL one
 * (state/postgres/digestLedger.ts, one row per story and key) share the rules of claims.ts.
 */
import type { PreviousDigest } from './compose.ts';

export type SlotStatus = 'claimed' | 'posted' | 'failed' | 'skipped';

export interface SlotRecord {
  /** `<slot>|<target>`. */
  key: string;
  slot: string;
  target: string;
  status: SlotStatus;
  /** The owner of the latest claim. */
  owner?: string;
  /** ISO time the claim's lease runs out, while `claimed`. */
  leaseUntil?: string;
  /** Claims made so far: more than zero means a post may have reached the channel. */
  attempts: number;
  postedAt?: string;
  /** The platform's reference of the posted message. */
  ref?: string;
  /** How the post was confirmed: by this owner's post, or found in the channel's history after a crash. */
  confirmedBy?: 'post' | 'history';
  lastError?: string;
  /** Article ids the digest covered (kept on the newest posted record only: what changed since). */
  articleIds?: string[];
}

export interface Claim {
  key: string;
  slot: string;
  target: string;
  owner: string;
  leaseUntil: string;
  /**
   * An earlier attempt at this slot may have reached the channel (its holder died, or failed after
   * sending), or the ledger lost its memory of it (a corrupt state file): check the channel first.
   */
  uncertain: boolean;
}

export type ClaimOutcome =
  | { kind: 'claimed'; claim: Claim }
  /** Posted or skipped already: nothing to do. */
  | { kind: 'done'; record: SlotRecord }
  /** Another owner holds a live lease. */
  | { kind: 'held'; record: SlotRecord };

export type ClaimResult =
  | { claim: Claim; outcome: 'posted'; ref: string; confirmedBy: 'post' | 'history'; articleIds: string[] }
  | { claim: Claim; outcome: 'failed'; error: string }
  | { claim: Claim; outcome: 'skipped'; reason: string };

export interface ClaimRequest {
  slot: string;
  targets: readonly string[];
  owner: string;
  leaseMs: number;
  now: Date;
  /** A slot that failed this many times is given up (a wrong channel does not fix itself). */
  maxAttempts: number;
}

export interface DigestLedger {
  /** Where the state lives, for messages ("data/digest-state.json"). */
  readonly location: string;
  /** Creates what the state needs and checks it can be written; throws a StateError otherwise. */
  open(): Promise<void>;
  /** Claims (slot, target) for every target at once: one write, whatever the number of targets. */
  claim(request: ClaimRequest): Promise<ClaimOutcome[]>;
  /** Extends the leases of claims still held; returns the claims another owner has taken over. */
  renew(claims: readonly Claim[], options: { leaseMs: number; now: Date }): Promise<Claim[]>;
  /** Records how each claim ended: one write for the whole run. */
  finish(results: readonly ClaimResult[], now: Date): Promise<void>;
  /** The most recent posted digest, for "what changed since". */
  previous(): Promise<PreviousDigest | undefined>;
}
