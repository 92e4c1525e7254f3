/**
 * The digest state file's format: one record per (slot, target), written atomically (temp file + rename)
 * so a crash never leaves half a file. A corrupt file is set aside as `<file>.corrupt-<time>`, never
 * overwritten, and the new state remembers that it lost its memory (`uncertainBefore`).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ErrorCode, StateError } from '../errors.ts';
import type { PreviousDigest } from './compose.ts';
import type { SlotRecord } from './ledger.ts';

export interface DigestState {
  version: 2;
  slots: Record<string, SlotRecord>;
  /** Set when a corrupt file was set aside: slots up to then may have been posted without a record. */
  uncertainBefore?: string;
}

/**
 * The digest state file of a story: `file` itself for the first story (so a one-story bot keeps its file),
 * `<name>.<keyword><ext>` beside it for the others ("data/digest-state.strike.json"), so that each story's
 * claims and "what changed since the last digest" are its own.
 */
export function storyStateFile(file: string, keyword: string, first: boolean): string {
  if (first) return file;
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.${keyword}${ext || '.json'}`;
}

export function emptyState(): DigestState {
  return { version: 2, slots: {} };
}

export type StateRead =
  | { kind: 'ok'; state: DigestState }
  | { kind: 'missing'; state: DigestState }
  | { kind: 'corrupt'; state: DigestState; reason: string; keptAs: string };

function isRecord(value: unknown): value is SlotRecord {
  const r = value as SlotRecord;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.key === 'string' &&
    typeof r.slot === 'string' &&
    typeof r.target === 'string' &&
    ['claimed', 'posted', 'failed', 'skipped', 'pending'].includes(r.status)
  );
}

/** Parses the file's text; version 1 files (pending/posted/skipped) are read as version 2. */
function parseState(text: string): DigestState | string {
  let parsed: { version?: unknown; slots?: unknown; uncertainBefore?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  if (typeof parsed !== 'object' || parsed === null) return 'not a JSON object';
  if (parsed.version !== 1 && parsed.version !== 2) return `unknown version ${String(parsed.version)}`;
  if (typeof parsed.slots !== 'object' || parsed.slots === null) return 'no "slots" object';
  const slots: Record<string, SlotRecord> = {};
  for (const [key, value] of Object.entries(parsed.slots)) {
    if (!isRecord(value)) return `slot "${key}" is not a slot record`;
    // Version 1 "pending": a post was attempted and may have landed; failed is how version 2 says that.
    const status = (value.status as string) === 'pending' ? 'failed' : value.status;
    slots[key] = { ...value, status, attempts: Number(value.attempts) || 0 };
  }
  return {
    version: 2,
    slots,
    ...(typeof parsed.uncertainBefore === 'string' ? { uncertainBefore: parsed.uncertainBefore } : {}),
  };
}

/**
 * Reads the state. Missing: empty. Corrupt: the file is renamed to `<file>.corrupt-<time>` and an empty
 * state that remembers the loss is returned. Unreadable (permissions, a folder in the way): StateError.
 */
export async function readState(file: string, now: Date): Promise<StateRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing', state: emptyState() };
    throw new StateError(
      ErrorCode.StateUnwritable,
      file,
      `cannot read the digest state ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { cause: error },
    );
  }
  const parsed = parseState(text);
  if (typeof parsed !== 'string') return { kind: 'ok', state: parsed };
  const keptAs = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(file, keptAs);
  } catch (error) {
    throw new StateError(
      ErrorCode.StateCorrupt,
      file,
      `the digest state ${file} is corrupt (${parsed}) and cannot be set aside (${(error as Error).message})`,
      { cause: error },
    );
  }
  return {
    kind: 'corrupt',
    state: { ...emptyState(), uncertainBefore: now.toISOString() },
    reason: parsed,
    keptAs,
  };
}

/** Writes the state atomically: a temp file in the same folder, then rename over the old one. */
export async function writeState(file: string, state: DigestState, owner: string): Promise<void> {
  const temp = `${file}.${owner.replace(/[^\w.-]/g, '_')}.tmp`;
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    await rename(temp, file);
  } catch (error) {
    throw new StateError(
      ErrorCode.StateUnwritable,
      file,
      `cannot write the digest state ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { cause: error },
    );
  }
}

/**
 * Drops records older than `keepMs` (except each target's newest posted one) and keeps article ids only on
 * the newest posted record, so the file stays small whatever the schedule.
 */
export function pruneState(state: DigestState, now: Date, keepMs: number): DigestState {
  const newestPosted = new Map<string, SlotRecord>();
  for (const r of Object.values(state.slots)) {
    if (r.status !== 'posted') continue;
    const best = newestPosted.get(r.target);
    if (!best || best.slot < r.slot) newestPosted.set(r.target, r);
  }
  const newest = previousRecord(state);
  const slots: Record<string, SlotRecord> = {};
  for (const [key, r] of Object.entries(state.slots)) {
    const young = now.getTime() - Date.parse(r.slot) <= keepMs;
    if (!young && newestPosted.get(r.target) !== r) continue;
    const { articleIds, ...rest } = r;
    slots[key] = r === newest && articleIds ? { ...rest, articleIds } : rest;
  }
  const uncertain =
    state.uncertainBefore && now.getTime() - Date.parse(state.uncertainBefore) <= keepMs
      ? { uncertainBefore: state.uncertainBefore }
      : {};
  return { version: 2, slots, ...uncertain };
}

function previousRecord(state: DigestState): SlotRecord | undefined {
  let best: SlotRecord | undefined;
  for (const r of Object.values(state.slots)) {
    if (r.status !== 'posted' || !r.postedAt) continue;
    if (!best || (best.postedAt as string) < r.postedAt) best = r;
  }
  return best;
}

/** The most recent posted digest, for "what changed since". */
export function previousDigest(state: DigestState): PreviousDigest | undefined {
  const best = previousRecord(state);
  return best ? { postedAt: best.postedAt as string, articleIds: best.articleIds ?? [] } : undefined;
}

/**
 * The previous digest recorded in `file`, read without the lock and without changing anything (the CLI's
 * preview): none when the file is missing, unreadable or corrupt (logged).
 */
export async function readPreviousDigest(
  file: string,
  log: { warn: (fields: object, msg: string) => void },
): Promise<PreviousDigest | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      log.warn(
        { file, reason: (error as Error).message },
        'cannot read the digest state; previewing without it',
      );
    return undefined;
  }
  const parsed = parseState(text);
  if (typeof parsed === 'string') {
    log.warn({ file, reason: parsed }, 'digest state file is corrupt; previewing without it');
    return undefined;
  }
  return previousDigest(parsed);
}
