/**
 * Hot reload: watches the corpus folder (fs.watch, debounced) and swaps in a new snapshot after changes.
 * One reload at a time; changes that arrive during a reload trigger one more. A watch dies with its folder
 * (deleted, or replaced by a new one of the same name), so the folder is also polled while it is missing or
 * after a watch error, and the watch is attached again to whatever folder the path names now.
 */
import { type FSWatcher, statSync, watch } from 'node:fs';
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
}

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
  let pending = false;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let watcher: FSWatcher | undefined;
  let attachedTo: string | undefined;

  const detach = () => {
    watcher?.close();
    watcher = undefined;
    attachedTo = undefined;
  };

  const attach = (): void => {
    const id = folderId(store.dir);
    if (closed || id === undefined || (watcher && id === attachedTo)) return;
    detach();
    try {
      watcher = watch(store.dir, { persistent: false }, schedule);
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
        schedule();
      } else if (!store.readable) {
        // Same folder, still unreadable (permissions): try again; a chmod may not raise a watch event.
        schedule();
      } else {
        clearInterval(poller);
        poller = undefined;
      }
    }, pollMs);
    poller.unref();
  };

  const reload = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const report = await store.reload(new Date(), { settleMs: debounceMs });
          logReport(log, store, report);
          options.onReload?.(report);
          if (report.unavailable) {
            // A watch of a deleted folder stays open but sees nothing, and a folder made again under the
            // name may get the same inode (so the same id): drop it, and attach anew when the folder is back.
            detach();
            startPolling();
          }
          // The folder may have been replaced while we were not looking: watch the one the path names now.
          else if (folderId(store.dir) !== attachedTo) attach();
          if (report.pending.length > 0) schedule();
        } catch (error) {
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

  attach();
  if (!watcher) startPolling();

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
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
