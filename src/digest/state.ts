/**
 * The digest state file: one record per (slot, target) with an idempotency key, written atomically
 * (temp file + rename) so a crash never leaves half a file. Meant for one process; see lock.ts.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log.ts';
import type { PreviousDigest } from './compose.ts';

export type SlotStatus = 'pending' | 'posted' | 'skipped';

export interface SlotRecord {
  /** `<slot ISO>|<target>`: the same digest is never posted twice to the same place. */
  key: string;
  slot: string;
  target: string;
  status: SlotStatus;
  attempts: number;
  postedAt?: string;
  lastError?: string;
  articleIds?: string[];
}

export interface DigestState {
  version: 1;
  slots: Record<string, SlotRecord>;
}

export function emptyState(): DigestState {
  return { version: 1, slots: {} };
}

/** Reads the state; a missing file is an empty state, a corrupt one is reported and treated as empty. */
export async function readState(
  file: string,
  onCorrupt: (reason: string) => void = () => {},
): Promise<DigestState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as DigestState;
    if (parsed?.version === 1 && typeof parsed.slots === 'object' && parsed.slots !== null) return parsed;
    onCorrupt('unexpected shape');
  } catch (error) {
    onCorrupt((error as Error).message);
  }
  return emptyState();
}

/** Writes the state atomically: a temp file in the same folder, then rename over the old one. */
export async function writeState(file: string, state: DigestState): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await rename(temp, file);
}

/** The most recent posted digest, for "what changed since". */
export function previousDigest(state: DigestState): PreviousDigest | undefined {
  let best: SlotRecord | undefined;
  for (const r of Object.values(state.slots)) {
    if (r.status !== 'posted' || !r.postedAt) continue;
    if (!best || (best.postedAt as string) < r.postedAt) best = r;
  }
  return best ? { postedAt: best.postedAt as string, articleIds: best.articleIds ?? [] } : undefined;
}

/** The previous digest recorded in `file` (none if the file is missing; a corrupt file is logged and ignored). */
export async function readPreviousDigest(file: string, log: Logger): Promise<PreviousDigest | undefined> {
  const state = await readState(file, (reason) =>
    log.warn({ file, reason }, 'digest state file is corrupt; ignoring it'),
  );
  return previousDigest(state);
}
