/**
 * Hot reload: watches the corpus folder (fs.watch, debounced) and swaps in a new snapshot after changes.
 * One reload at a time; changes that arrive during a reload trigger one more. A reload looks only at the
 * files the events named (a new file in a 10,000-file folder is a few stat() calls, not 20,000); the whole
 * folder is looked at when an event names no file, when very many files changed, when the folder was
 * replaced or came back, and every `rescanMs`, so a change whose event was lost (fs.watch coalesces and
 * drops events under load, and sees nothing on some network file systems) is found within that time.
 * A watch dies with its folder (deleted, or replaced by a new one of the same name), so the folder is also
 * polled while it is missing or after a watch error, and the watch is attached again to whatever folder
 * the path names now.
 */
import { type FSWatcher, statSync, watch } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.ts';
import type { IndexStore, ReloadReport } from './store.ts';

export interface CorpusWatcher {
  close(): void;
  /** Resolves when no reload is pending or running (tests). */
  idle(): Promise<void>;
}

export interface WatchOptions {
  debounceMs: number;
  log: Logger;
  onReload?: (report: ReloadReport) => void;
  /** How often a missing folder is looked for again (default: the larger of 1 s and the debounce). */
  pollMs?: number;
  /** How often the whole folder is looked at, events or not (`reload.rescanMinutes`); none when absent or 0. */
  rescanMs?: number;
}

/**
 * Past this many files named since the last reload, the whole folder is looked at: stat()ing every file
 * in batches then costs about what stat()ing the named ones would.
 */
const MAX_NAMED_FILES = 1000;

/**
 * The folder's identity: a folder deleted and made again under the same name is another folder. (One stat
 * of one folder; sync so that the first watch is in place when watchCorpus returns.)
 */
function folderId(dir: string): string | undefined {
  try {
    const info = statSync(dir);
    return info.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
  } catch {
    return undefined;
  }
}

function logReport(log: Logger, store: IndexStore, report: ReloadReport): void {
  if (report.unavailable) {
    if (report.freshErrors.length > 0)
      log.error(
        { dir: store.dir, reason: report.unavailable.reason, articles: store.current.articles.length },
        'corpus folder cannot be read; still serving the last good snapshot',
      );
    return;
  }
  const changed = report.added.length + report.updated.length + report.removed.length;
  log.info(
    {
      looked: report.scope,
      added: report.added,
      updated: report.updated,
      removed: report.removed,
      keptPrevious: report.keptPrevious,
      pending: report.pending,
      errors: report.errors.length,
      articles: store.current.articles.length,
    },
    changed > 0 ? 'corpus reloaded' : 'corpus checked, no article changed',
  );
  for (const e of report.freshErrors)
    log.warn({ file: e.file, code: e.code, reason: e.reason }, 'skipped corpus file');
}

export function watchCorpus(store: IndexStore, options: WatchOptions): CorpusWatcher {
  const { log, debounceMs } = options;
  const pollMs = options.pollMs ?? Math.max(1000, debounceMs);
  let timer: NodeJS.Timeout | undefined;
  let poller: NodeJS.Timeout | undefined;
  let rescanner: NodeJS.Timeout | undefined;
  let pending = false;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let watcher: FSWatcher | undefined;
  let attachedTo: string | undefined;
  /** Files named by events since the last reload took them, and whether the whole folder must be looked at. */
  const named = new Set<string>();
  let wholeFolder = false;

  const detach = () => {
    watcher?.close();
    watcher = undefined;
    attachedTo = undefined;
  };

  const onEvent = (_event: string, filename: string | Buffer | null) => {
    // No name (some platforms), or the folder itself (deleted or moved): only the whole folder tells.
    const name = filename?.toString();
    if (name === undefined || name === path.basename(store.dir)) wholeFolder = true;
    else named.add(name);
    if (named.size > MAX_NAMED_FILES) wholeFolder = true;
    schedule();
  };

  const attach = (): void => {
    const id = folderId(store.dir);
    if (closed || id === undefined || (watcher && id === attachedTo)) return;
    detach();
    try {
      watcher = watch(store.dir, { persistent: false }, onEvent);
      attachedTo = id;
      watcher.on('error', (error) => {
        log.warn(
          { err: error, dir: store.dir },
          'corpus watcher error; watching again when the folder is back',
        );
        detach();
        startPolling();
      });
    } catch (error) {
      log.warn({ err: error, dir: store.dir }, 'cannot watch the corpus folder; looking again shortly');
      startPolling();
    }
  };

  /** Looks for the folder until it is there and watched again; finding it again triggers a reload. */
  const startPolling = () => {
    if (poller || closed) return;
    poller = setInterval(() => {
      const id = folderId(store.dir);
      if (id === undefined) return;
      if (id !== attachedTo) {
        attach();
        scheduleFolder();
      } else if (!store.readable) {
        // Same folder, still unreadable (permissions): try again; a chmod may not raise a watch event.
        scheduleFolder();
      } else {
        clearInterval(poller);
        poller = undefined;
      }
    }, pollMs);
    poller.unref();
  };

  /** The names heard since the last reload (undefined: look at the whole folder); forgets them. */
  const takeNames = (): string[] | undefined => {
    const files = wholeFolder ? undefined : [...named];
    named.clear();
    wholeFolder = false;
    return files;
  };

  const reload = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        // A folder swapped in under the name since the watch was attached: every file of it is new.
        if (folderId(store.dir) !== attachedTo) wholeFolder = true;
        const files = takeNames();
        if (files?.length === 0) continue;
        try {
          const report = await store.reload(new Date(), {
            settleMs: debounceMs,
            ...(files ? { files } : {}),
          });
          logReport(log, store, report);
          options.onReload?.(report);
          if (report.unavailable) {
            // A watch of a deleted folder stays open but sees nothing, and a folder made again under the
            // name may get the same inode (so the same id): drop it, and attach anew when the folder is back.
            detach();
            startPolling();
          }
          // The folder may have been replaced while we were not looking: watch the one the path names now.
          else if (folderId(store.dir) !== attachedTo) {
            attach();
            scheduleFolder();
          }
          if (report.pending.length > 0) {
            for (const file of report.pending) named.add(path.basename(file));
            schedule();
          }
        } catch (error) {
          // What these names changed is not lost: the next reload looks at the whole folder.
          wholeFolder = true;
          log.error({ err: error }, 'corpus reload failed; still serving the previous snapshot');
        }
      } while (again && !closed);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  function schedule(): void {
    if (closed) return;
    clearTimeout(timer);
    pending = true;
    timer = setTimeout(() => {
      pending = false;
      void reload();
    }, debounceMs);
  }

  function scheduleFolder(): void {
    wholeFolder = true;
    schedule();
  }

  attach();
  if (!watcher) startPolling();
  if (options.rescanMs) {
    rescanner = setInterval(scheduleFolder, options.rescanMs);
    rescanner.unref();
  }

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
      clearInterval(rescanner);
      pending = false;
      detach();
    },
    async idle() {
      while (pending || running) {
        await (running ?? new Promise((r) => setTimeout(r, 20)));
      }
    },
  };
}
