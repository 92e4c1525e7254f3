/**
 * JSON state files in the state folder, as the digest ledger keeps its own: every change is a short
 * read-modify-write under proper-lockfile's lock (`<file>.lock`, an atomic mkdir, refreshed while held and
 * taken over when stale), written atomically (a temp file, then a rename), so several processes may share a
 * folder and a crash never leaves half a file. A corrupt file is set aside (`<file>.corrupt-<time>`),
 * never overwritten.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ErrorCode, StateError } from '../errors.ts';
import type { Logger } from '../log.ts';

export type JsonRead<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; value: T }
  /** The file is not what `parse` expects; it is left where it is. */
  | { kind: 'corrupt'; reason: string };

const LOCK_RETRIES = { retries: 60, factor: 1.3, minTimeout: 25, maxTimeout: 250 };

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * Reads and parses `file` (`parse` returns the value, or a string saying what is wrong). Missing: `missing`.
 * Unreadable (permissions, a folder in the way): a StateError naming `what`.
 */
export async function readJsonFile<T>(
  file: string,
  what: string,
  parse: (raw: unknown) => T | string,
): Promise<JsonRead<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw new StateError(
      ErrorCode.StateUnwritable,
      file,
      `cannot read the ${what} ${file} (${errnoOf(error)})`,
      {
        cause: error,
      },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: 'corrupt', reason: (error as Error).message };
  }
  const value = parse(raw);
  return typeof value === 'string' ? { kind: 'corrupt', reason: value } : { kind: 'ok', value };
}

/** Writes `value` as JSON atomically: a temp file in the same folder, then a rename over the old one. */
export async function writeJsonFile(file: string, what: string, value: unknown): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new StateError(
      ErrorCode.StateUnwritable,
      file,
      `cannot write the ${what} ${file} (${errnoOf(error)})`,
      {
        cause: error,
      },
    );
  }
}

/** Moves a corrupt file aside as `<file>.corrupt-<time>`; resolves with the new name. */
export async function setAside(file: string, what: string, now: Date): Promise<string> {
  const keptAs = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(file, keptAs);
  } catch (error) {
    throw new StateError(
      ErrorCode.StateCorrupt,
      file,
      `the ${what} ${file} is corrupt and cannot be set aside (${errnoOf(error)})`,
      {
        cause: error,
      },
    );
  }
  return keptAs;
}

/**
 * Runs `work` holding the file's lock. The state folder is created first; a lock that cannot be taken is a
 * StateError naming `what`.
 */
export async function withFileLock<T>(
  file: string,
  options: { what: string; log: Pick<Logger, 'error'>; staleMs?: number },
  work: () => Promise<T>,
): Promise<T> {
  const lockPath = `${file}.lock`;
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  } catch (error) {
    throw new StateError(
      ErrorCode.StateUnwritable,
      file,
      `cannot create the folder of the ${options.what} ${file} (${errnoOf(error)})`,
      { cause: error },
    );
  }
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: lockPath,
      stale: options.staleMs ?? 10_000,
      retries: LOCK_RETRIES,
      // The default throws from a timer and takes the process down; a lost lock is logged instead.
      onCompromised: (error: Error) =>
        options.log.error({ err: error, lock: lockPath }, `${options.what} lock compromised`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StateError(
      ErrorCode.StateLockFailed,
      lockPath,
      code === 'ELOCKED'
        ? `the ${options.what} lock ${lockPath} stayed held by another process`
        : `cannot take the ${options.what} lock ${lockPath} (${code ?? (error as Error).message})`,
      { cause: error },
    );
  }
  try {
    return await work();
  } finally {
    await release();
  }
}
