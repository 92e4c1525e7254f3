/**
 * Hands a story's changed mirror files to its index through `IndexStore.update` (the public contract for
 * article sources): only the changed files are read and parsed, where a reload would look at every file of
 * the folder. A file that cannot become an article is skipped with a message naming it, and the article's
 * previous version (if any) stays served, as a broken file in a corpus folder does.
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
