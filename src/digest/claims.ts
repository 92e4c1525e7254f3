/**
 * The claim rules of the digest ledger, on one record at a time, shared by every ledger (the state file's
 * and PostgreSQL's) so that both decide alike: posted or skipped is done; a live lease is held; a slot
 * that failed too often is given up; otherwise the caller takes the claim, and an earlier attempt (or a
 * forgotten record) makes it uncertain.
 */
import type { Claim, ClaimOutcome, ClaimRequest, ClaimResult, SlotRecord } from './ledger.ts';

/** What claiming `target` for `request.slot` does to its record: the outcome, and the record to store. */
export function claimRecord(
  existing: SlotRecord | undefined,
  request: ClaimRequest,
  target: string,
  /** The ledger lost its memory of this slot (a corrupt state file): check the channel first. */
  forgotten = false,
): { outcome: ClaimOutcome; record?: SlotRecord } {
  const key = `${request.slot}|${target}`;
  if (existing && (existing.status === 'posted' || existing.status === 'skipped'))
    return { outcome: { kind: 'done', record: existing } };
  const live =
    existing?.status === 'claimed' &&
    existing.leaseUntil !== undefined &&
    Date.parse(existing.leaseUntil) > request.now.getTime();
  if (existing && live) return { outcome: { kind: 'held', record: existing } };
  if (existing?.status === 'failed' && existing.attempts >= request.maxAttempts)
    return { outcome: { kind: 'done', record: existing } };
  const leaseUntil = new Date(request.now.getTime() + request.leaseMs).toISOString();
  const record: SlotRecord = {
    ...(existing ?? { key, slot: request.slot, target, attempts: 0 }),
    status: 'claimed',
    owner: request.owner,
    leaseUntil,
    attempts: (existing?.attempts ?? 0) + 1,
  };
  const claim: Claim = {
    key,
    slot: request.slot,
    target,
    owner: request.owner,
    leaseUntil,
    uncertain: (existing?.attempts ?? 0) > 0 || (!existing && forgotten),
  };
  return { outcome: { kind: 'claimed', claim }, record };
}

/** The record after a claim's run ended, or undefined to leave it as it is (taken over, or posted already). */
export function finishedRecord(
  record: SlotRecord | undefined,
  result: ClaimResult,
  now: Date,
): SlotRecord | undefined {
  const { claim } = result;
  // Taken over meanwhile: the new owner's record stands, unless this post is the one that landed.
  if (!record || (record.owner !== claim.owner && result.outcome !== 'posted')) return undefined;
  if (record.status === 'posted') return undefined;
  const { leaseUntil: _lease, lastError: _error, ...rest } = record;
  if (result.outcome === 'posted')
    return {
      ...rest,
      status: 'posted',
      owner: claim.owner,
      postedAt: now.toISOString(),
      ref: result.ref,
      confirmedBy: result.confirmedBy,
      articleIds: result.articleIds,
    };
  if (result.outcome === 'failed') return { ...rest, status: 'failed', lastError: result.error };
  return { ...rest, status: 'skipped', lastError: result.reason };
}

/** Whether `record` is still held by `claim`'s owner (a renewal may extend it). */
export function stillHeld(record: SlotRecord | undefined, claim: Claim): boolean {
  return record?.status === 'claimed' && record.owner === claim.owner;
}
