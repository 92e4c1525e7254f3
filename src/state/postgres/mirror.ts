/**
 * Each instance's copy of the shared articles: a private folder holding every row of `articles` as a file,
 * which the IndexStore loads like any corpus folder (so the database's articles are parsed exactly as files
 * are). Kept current from the `newsdesk_articles` notifications; after a lost connection, compared in full.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isArticleFileName } from '../../corpus/load.ts';
import type { Logger } from '../../log.ts';
import type { ArticleChange, PgArticleStore } from './articles.ts';

export interface ArticleMirror {
  /** The folder the index loads. */
  readonly dir: string;
  /** Files written or removed since the mirror opened (tests, logs). */
  readonly changes: number;
  close(): Promise<void>;
}

export interface MirrorOptions {
  articles: PgArticleStore;
  url: string;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Told after files changed (coalesced: one call per burst of notifications). */
  onChanged: () => void;
}

/** Only plain article file names become files: nothing stored in the table can name a path elsewhere. */
export function isMirrorName(file: string): boolean {
  return path.basename(file) === file && isArticleFileName(file);
}

export async function openMirror(options: MirrorOptions): Promise<ArticleMirror> {
  const { articles, log } = options;
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-articles-'));
  const hashes = new Map<string, string>();
  let changes = 0;
  let queue: Promise<void> = Promise.resolve();
  let burst = false;

  const write = async (file: string): Promise<void> => {
    const row = await articles.get(file);
    if (!row) return remove(file);
    if (hashes.get(file) === row.sha256) return;
    const temp = path.join(dir, `.${file}.tmp`);
    await writeFile(temp, row.body);
    await rename(temp, path.join(dir, file));
    hashes.set(file, row.sha256);
    changes++;
  };
  const remove = async (file: string): Promise<void> => {
    if (!hashes.has(file)) return;
    await rm(path.join(dir, file), { force: true });
    hashes.delete(file);
    changes++;
  };
  const syncAll = async (): Promise<void> => {
    const rows = await articles.list();
    const present = new Set<string>();
    for (const row of rows) {
      if (!isMirrorName(row.file)) continue;
      present.add(row.file);
      if (hashes.get(row.file) !== row.sha256) await write(row.file);
    }
    for (const file of [...hashes.keys()]) if (!present.has(file)) await remove(file);
  };
  /** Runs `work` after what is queued, then tells the index once the queue is empty. */
  const enqueue = (work: () => Promise<void>) => {
    const before = changes;
    queue = queue
      .then(work)
      .catch((error: unknown) =>
        log.error({ err: { message: (error as Error).message } }, 'cannot copy an article from the database'),
      )
      .then(() => {
        if (changes === before) return;
        if (burst) return;
        burst = true;
        // Notifications that arrived together are read before the index is told.
        setImmediate(() => {
          burst = false;
          options.onChanged();
        });
      });
  };

  await syncAll();
  const listener = await articles.listen({
    url: options.url,
    log,
    onChange: (change: ArticleChange) => {
      if (!isMirrorName(change.file)) return;
      enqueue(() => (change.op === 'delete' ? remove(change.file) : write(change.file)));
    },
    onReconnect: () => enqueue(syncAll),
  });
  log.info({ dir, articles: hashes.size }, 'articles copied from the database');
  return {
    dir,
    get changes() {
      return changes;
    },
    async close() {
      await listener.close();
      await queue;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
