/**
 * Hands a story's changed mirror files to its index through `IndexStore.update` (the public contract for
 * article sources): only the changed files are read and parsed, where a reload would look at every file of
 * the folder. A file that cannot become an article is skipped with a message naming it, and the article's
 * previous version (if any) stays served, as a broken file in a corpus folder does. `StoryUpdates` keeps
 * one queue per story, so each story's bursts are applied in order and one story never waits for another.
 */
import path from 'node:path';
import { loadArticleFile } from '../../corpus/load.ts';
import type { Article } from '../../corpus/types.ts';
import { IndexStore } from '../../index/store.ts';
import type { Logger } from '../../log.ts';
import type { MirrorChange } from './mirror.ts';

export interface StoryUpdate {
  added: string[];
  updated: string[];
  removed: string[];
}

/** Applies one burst of a story's mirror changes to its store (a reload when an id is shared by two files). */
export async function applyMirrorChange(options: {
  story: string;
  store: IndexStore;
  change: MirrorChange;
  log: Pick<Logger, 'warn'>;
  now?: Date;
}): Promise<StoryUpdate> {
  const { story, store, change, log } = options;
  const now = options.now ?? new Date();
  // Which of "a.md" and "a.txt" is served is the loader's rule: let it read the folder.
  if (change.ambiguous) {
    const report = await store.reload(now);
    return { added: report.added, updated: report.updated, removed: report.removed };
  }
  const fileOptions = IndexStore.loadOptions(store.config);
  const upserts: Article[] = [];
  for (const file of change.written) {
    const loaded = await loadArticleFile(file, fileOptions);
    if ('code' in loaded) {
      log.warn(
        { story, file: path.basename(file), code: loaded.code, reason: loaded.reason },
        'skipped article from the database',
      );
      continue;
    }
    upserts.push(loaded);
  }
  const removals = change.removed.map((file) => path.basename(file, path.extname(file)));
  const report = await store.update({ upserts, removals }, now);
  return { added: report.added, updated: report.updated, removed: report.removed };
}

/** Several bursts of one story as one change (the latest of a file's changes counts). */
export function mergedChanges(changes: readonly MirrorChange[]): MirrorChange {
  const last = new Map<string, 'written' | 'removed'>();
  let ambiguous = false;
  for (const change of changes) {
    for (const file of change.written) last.set(file, 'written');
    for (const file of change.removed) last.set(file, 'removed');
    ambiguous ||= change.ambiguous;
  }
  const of = (kind: 'written' | 'removed') => [...last].filter(([, k]) => k === kind).map(([f]) => f);
  return { written: of('written'), removed: of('removed'), ambiguous };
}

export interface StoryUpdatesOptions {
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Log lines name the story (several stories). */
  several: boolean;
  /** Told after a story's index changed. */
  onChanged?: (story: string, update: StoryUpdate) => void;
}

/** Each story's changes, applied to its store once attached; changes heard before that reload it then. */
export class StoryUpdates {
  readonly #options: StoryUpdatesOptions;
  readonly #stores = new Map<string, IndexStore>();
  readonly #pending = new Map<string, MirrorChange[]>();
  readonly #running = new Map<string, Promise<void>>();
  /** Stories told of a change before their store was attached. */
  readonly #missed = new Set<string>();

  constructor(options: StoryUpdatesOptions) {
    this.#options = options;
  }

  /** A burst of a story's mirror changes (mirror.ts `onChanged`). */
  changed(story: string, change: MirrorChange): void {
    const list = this.#pending.get(story) ?? [];
    list.push(change);
    this.#pending.set(story, list);
    this.#start(story);
  }

  #start(story: string): void {
    if (this.#running.has(story)) return;
    // Removed once settled (a microtask later, so after the set); a change that came meanwhile starts again.
    const run = this.#drain(story).finally(() => {
      this.#running.delete(story);
      if (this.#pending.has(story)) this.#start(story);
    });
    this.#running.set(story, run);
  }

  /**
   * Hands the stores over. A story changed before (while its store loaded the folder, possibly before the
   * change was written) is reloaded from its folder once.
   */
  attach(entries: readonly { story: { keyword: string }; store: IndexStore }[]): void {
    for (const { story, store } of entries) this.#stores.set(story.keyword, store);
    for (const story of [...this.#missed]) {
      this.#missed.delete(story);
      const store = this.#stores.get(story);
      if (!store) continue;
      void store
        .reload(new Date())
        .then((report) =>
          this.#options.onChanged?.(story, {
            added: report.added,
            updated: report.updated,
            removed: report.removed,
          }),
        )
        .catch((error: unknown) =>
          this.#options.log.error(
            { story, err: { message: (error as Error).message } },
            'reload after an article change failed',
          ),
        );
    }
  }

  /** Resolves when every change heard so far is applied (tests). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running.values());
  }

  /** Applies the story's pending changes, and what arrives meanwhile, then stops. */
  async #drain(story: string): Promise<void> {
    const { log, several } = this.#options;
    for (let changes = this.#take(story); changes.length > 0; changes = this.#take(story)) {
      const store = this.#stores.get(story);
      if (!store) {
        this.#missed.add(story);
        continue;
      }
      try {
        const update = await applyMirrorChange({ story, store, change: mergedChanges(changes), log });
        log.info(
          {
            ...(several ? { story } : {}),
            added: update.added,
            updated: update.updated,
            removed: update.removed,
            articles: store.current.articles.length,
          },
          'articles changed in the database; index updated',
        );
        this.#options.onChanged?.(story, update);
      } catch (error) {
        log.error(
          { story, err: { message: (error as Error).message } },
          'index update after an article change failed',
        );
      }
    }
  }

  #take(story: string): MirrorChange[] {
    const changes = this.#pending.get(story) ?? [];
    this.#pending.delete(story);
    return changes;
  }
}
