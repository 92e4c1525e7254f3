/**
 * Hot reload: watches the corpus folder (fs.watch, debounced) and swaps in a new snapshot after changes.
 * One reload at a time; changes that arrive during a reload trigger one more.
 */
import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from '../log.ts';
import type { IndexStore, ReloadReport } from './store.ts';

export interface CorpusWatcher {
  close(): void;
  /** Resolves when no reload is pending or running (tests). */
  idle(): Promise<void>;
}

export function watchCorpus(
  store: IndexStore,
  options: { debounceMs: number; log: Logger; onReload?: (report: ReloadReport) => void },
): CorpusWatcher {
  const { log } = options;
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  let running: Promise<void> | undefined;
  let again = false;

  const reload = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const report = await store.reload();
          const changed = report.added.length + report.updated.length + report.removed.length;
          log.info(
            {
              added: report.added,
              updated: report.updated,
              removed: report.removed,
              keptPrevious: report.keptPrevious,
              errors: report.errors.length,
              articles: store.current.articles.length,
            },
            changed > 0 ? 'corpus reloaded' : 'corpus checked, no article changed',
          );
          for (const e of report.errors) log.warn({ file: e.file, reason: e.reason }, 'skipped corpus file');
          options.onReload?.(report);
        } catch (error) {
          log.error({ err: error }, 'corpus reload failed; still serving the previous snapshot');
        }
      } while (again);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    pending = true;
    timer = setTimeout(() => {
      pending = false;
      void reload();
    }, options.debounceMs);
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(store.dir, { persistent: false }, schedule);
    watcher.on('error', (error) => log.warn({ err: error, dir: store.dir }, 'corpus watcher error'));
  } catch (error) {
    log.warn({ err: error, dir: store.dir }, 'cannot watch the corpus folder; hot reload is off');
  }

  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
    async idle() {
      while (pending || running) {
        await (running ?? new Promise((r) => setTimeout(r, 20)));
      }
    },
  };
}
