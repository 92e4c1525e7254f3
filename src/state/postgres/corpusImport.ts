/**
 * The leader's import of a story's corpus folder into the shared `articles` table, under that story (one
 * import per story): each file's bytes, again when
 * its size or time changes (and has held still for the debounce, so half a file is never stored), and a
 * corpus file deleted from the folder is deleted from the table. A folder that cannot be read changes
 * nothing. Feed articles (source "feed") are never touched here.
 */
import { type FSWatcher, watch } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isArticleFileName } from '../../corpus/load.ts';
import type { Logger } from '../../log.ts';
import type { PgArticleStore } from './articles.ts';

export interface CorpusImport {
  /** Resolves when no import is running or pending (tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface ImportOptions {
  /** The story's keyword: its articles in the table are the folder's. */
  story: string;
  dir: string;
  articles: PgArticleStore;
  log: Pick<Logger, 'info' | 'warn'>;
  debounceMs: number;
  maxFileBytes: number;
  /** Watch the folder (reload.watch); otherwise imported once. */
  watch: boolean;
}

async function stampOf(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? `${info.size}:${info.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Imports the folder now, then (with `watch`) after each change; the folder is looked at again every few seconds too. */
export async function importCorpus(options: ImportOptions): Promise<CorpusImport> {
  const { dir, story, articles, log } = options;
  const stamps = new Map<string, string>();
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let closed = false;

  // Said once per reason, not on every rescan (a story fed only by feeds may have no folder at all).
  let unreadable: string | undefined;
  const pass = async (): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(dir)).filter(isArticleFileName).sort();
    } catch (error) {
      const reason = (error as Error).message;
      if (reason !== unreadable)
        log.warn({ story, dir, err: { message: reason } }, 'corpus folder cannot be read; nothing imported');
      unreadable = reason;
      return;
    }
    unreadable = undefined;
    const present = new Set(names);
    const changed: { name: string; file: string; stamp: string }[] = [];
    for (const name of names) {
      const file = path.join(dir, name);
      const stamp = await stampOf(file);
      if (stamp === undefined || stamps.get(name) === stamp) continue;
      if (Number(stamp.split(':')[0]) > options.maxFileBytes) {
        stamps.set(name, stamp);
        log.warn({ story, file, maxFileBytes: options.maxFileBytes }, 'corpus file too large; not imported');
        continue;
      }
      changed.push({ name, file, stamp });
    }
    // Read only what has held still over the debounce: a file still being copied is not stored half.
    if (changed.length > 0) await sleep(options.debounceMs);
    let stored = 0;
    for (const { name, file, stamp } of changed) {
      if ((await stampOf(file)) !== stamp) {
        pending = true;
        continue;
      }
      const body = await readFile(file).catch(() => undefined);
      if (!body) continue;
      if (await articles.put({ story, file: name, body, source: 'corpus' })) stored++;
      stamps.set(name, stamp);
    }
    const gone = (await articles.list({ story, source: 'corpus' }))
      .map((r) => r.file)
      .filter((f) => !present.has(f));
    await articles.remove(story, gone);
    for (const f of gone) stamps.delete(f);
    if (stored + gone.length > 0)
      log.info({ story, dir, stored, removed: gone.length }, 'corpus folder imported');
  };

  const run = () => {
    running = running
      .then(async () => {
        do {
          pending = false;
          await pass();
        } while (pending && !closed);
      })
      .catch((error: unknown) =>
        log.warn(
          { story, dir, err: { message: (error as Error).message } },
          'corpus import failed; tried again on the next change',
        ),
      );
    return running;
  };

  await run();
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let rescan: NodeJS.Timeout | undefined;
  if (options.watch) {
    const schedule = () => {
      if (closed) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(), options.debounceMs);
    };
    try {
      watcher = watch(dir, { persistent: false }, schedule);
      watcher.on('error', () => undefined);
    } catch {
      // No folder yet: the rescan finds it.
    }
    // A watch dies with its folder (replaced, remounted): look again every few seconds whatever happens.
    rescan = setInterval(schedule, Math.max(5_000, options.debounceMs));
    rescan.unref();
  }
  return {
    async idle() {
      await running;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(rescan);
      watcher?.close();
      await running;
    },
  };
}
