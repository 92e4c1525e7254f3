/**
 * A lock file next to the digest state (`<state>.lock`, holding the owner's pid) so that two processes
 * started by mistake on the same state never both post. A lock whose pid is no longer running is stale and
 * is taken over. For more than one host, use a database lock instead (README, "Scale").
 */
import { open, readFile, rm } from 'node:fs/promises';

export interface LockHandle {
  path: string;
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock, or returns the pid of the live process that holds it. `pid` is this process's (injectable
 * for tests).
 */
export async function acquireLock(path: string, pid = process.pid): Promise<LockHandle | { heldBy: number }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(JSON.stringify({ pid, since: new Date().toISOString() }));
      await file.close();
      return { path, release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(
        (JSON.parse(await readFile(path, 'utf8').catch(() => '{}')) as { pid?: number }).pid,
      );
      if (Number.isInteger(holder) && holder > 0 && holder !== pid && isRunning(holder))
        return { heldBy: holder };
      // Stale (owner gone, unreadable, or our own leftover): remove and try once more.
      await rm(path, { force: true });
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
