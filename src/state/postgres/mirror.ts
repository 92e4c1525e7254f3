/**
 * Each instance's copy of the shared articles: a private folder per story holding each of the story's rows
 * of `articles` as a file. The index loads it at start-up like any corpus folder (so the database's
 * articles are parsed exactly as files are); later changes arrive through the `newsdesk_articles`
 * notifications and are handed on per story, as the files written and removed. After a lost connection the
 * whole table is compared.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isArticleFileName } from '../../corpus/load.ts';
import type { Logger } from '../../log.ts';
import type { ArticleChange, ArticleListing, PgArticleStore } from './articles.ts';

/** What changed in one story's folder during a burst of notifications. */
export interface MirrorChange {
  /** Full paths of files written (new or changed). */
  written: string[];
  /** Full paths of files removed. */
  removed: string[];
  /**
   * A changed file shares its id (name without extension) with another file of the folder ("a.md" and
   * "a.txt"): which one is served is the loader's decision, so the folder must be read again.
   */
  ambiguous: boolean;
}

export interface ArticleMirror {
  /** The folder each story's index loads, by keyword. */
  readonly dirs: ReadonlyMap<string, string>;
  /** Files written or removed since the mirror opened (tests, logs). */
  readonly changes: number;
  close(): Promise<void>;
}

export interface MirrorOptions {
  articles: PgArticleStore;
  url: string;
  /** The stories configured here: rows of other stories are not copied. */
  stories: readonly string[];
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Told after a story's files changed (coalesced: one call per story and burst of notifications). */
  onChanged: (story: string, change: MirrorChange) => void;
}

/** Only plain article file names become files: nothing stored in the table can name a path elsewhere. */
export function isMirrorName(file: string): boolean {
  return path.basename(file) === file && isArticleFileName(file);
}

const idOf = (file: string) => path.basename(file, path.extname(file));

/** One story's folder and the hash of each file in it. */
interface StoryFolder {
  dir: string;
  hashes: Map<string, string>;
  pending: MirrorChange;
}

export async function openMirror(options: MirrorOptions): Promise<ArticleMirror> {
  const { articles, log } = options;
  const root = await mkdtemp(path.join(tmpdir(), 'newsdesk-articles-'));
  const folders = new Map<string, StoryFolder>();
  for (const [i, story] of options.stories.entries()) {
    // Numbered, not named by keyword: a keyword is checked by the config, but a folder name need not trust it.
    const dir = path.join(root, String(i));
    await mkdir(dir);
    folders.set(story, { dir, hashes: new Map(), pending: { written: [], removed: [], ambiguous: false } });
  }
  const ignored = new Set<string>();
  let changes = 0;
  let queue: Promise<void> = Promise.resolve();
  let burst = false;

  /** The folder of a configured story; rows of another story (configured on other instances) are left. */
  const folderOf = (story: string): StoryFolder | undefined => {
    const folder = folders.get(story);
    if (!folder && !ignored.has(story)) {
      ignored.add(story);
      log.warn({ story }, 'the database holds articles of a story not configured here; not served');
    }
    return folder;
  };
  const note = (folder: StoryFolder, file: string, kind: 'written' | 'removed') => {
    const full = path.join(folder.dir, file);
    // The latest of a burst's changes to a file is the one that counts.
    const other = kind === 'written' ? 'removed' : 'written';
    folder.pending[other] = folder.pending[other].filter((f) => f !== full);
    if (!folder.pending[kind].includes(full)) folder.pending[kind].push(full);
    const id = idOf(file);
    for (const other of folder.hashes.keys())
      if (other !== file && idOf(other) === id) folder.pending.ambiguous = true;
    changes++;
  };
  const write = async (story: string, file: string): Promise<void> => {
    const folder = folderOf(story);
    if (!folder) return;
    const row = await articles.get(story, file);
    if (!row) return remove(story, file);
    if (folder.hashes.get(file) === row.sha256) return;
    const temp = path.join(folder.dir, `.${file}.tmp`);
    await writeFile(temp, row.body);
    await rename(temp, path.join(folder.dir, file));
    folder.hashes.set(file, row.sha256);
    note(folder, file, 'written');
  };
  const remove = async (story: string, file: string): Promise<void> => {
    const folder = folders.get(story);
    if (!folder?.hashes.has(file)) return;
    await rm(path.join(folder.dir, file), { force: true });
    folder.hashes.delete(file);
    note(folder, file, 'removed');
  };
  const syncAll = async (): Promise<void> => {
    const rows: ArticleListing[] = await articles.list();
    const present = new Set<string>();
    for (const row of rows) {
      if (!isMirrorName(row.file)) continue;
      const folder = folderOf(row.story);
      if (!folder) continue;
      present.add(`${row.story}/${row.file}`);
      if (folder.hashes.get(row.file) !== row.sha256) await write(row.story, row.file);
    }
    for (const [story, folder] of folders)
      for (const file of [...folder.hashes.keys()])
        if (!present.has(`${story}/${file}`)) await remove(story, file);
  };
  /** Hands each story's pending change on, and starts the next burst. */
  const tell = () => {
    for (const [story, folder] of folders) {
      const change = folder.pending;
      if (change.written.length + change.removed.length === 0) continue;
      folder.pending = { written: [], removed: [], ambiguous: false };
      options.onChanged(story, change);
    }
  };
  /** Runs `work` after what is queued, then tells the stories once the queue is empty. */
  const enqueue = (work: () => Promise<void>) => {
    queue = queue
      .then(work)
      .catch((error: unknown) =>
        log.error({ err: { message: (error as Error).message } }, 'cannot copy an article from the database'),
      )
      .then(() => {
        if (burst) return;
        burst = true;
        // Notifications that arrived together are read before the stories are told.
        setImmediate(() => {
          burst = false;
          tell();
        });
      });
  };

  await syncAll();
  // What the first copy wrote is loaded by the index as a folder, not handed on as a change.
  for (const folder of folders.values()) folder.pending = { written: [], removed: [], ambiguous: false };
  const listener = await articles.listen({
    url: options.url,
    log,
    onChange: (change: ArticleChange) => {
      if (!isMirrorName(change.file)) return;
      enqueue(() =>
        change.op === 'delete' ? remove(change.story, change.file) : write(change.story, change.file),
      );
    },
    onReconnect: () => enqueue(syncAll),
  });
  // What changed between the first copy and the listening connection (a leader importing at start-up) was
  // notified to no one here: copy again now that every later change is heard.
  enqueue(syncAll);
  log.info(
    {
      dir: root,
      articles: Object.fromEntries([...folders].map(([story, f]) => [story, f.hashes.size])),
    },
    'articles copied from the database',
  );
  return {
    dirs: new Map([...folders].map(([story, f]) => [story, f.dir])),
    get changes() {
      return changes;
    },
    async close() {
      await listener.close();
      await queue;
      await rm(root, { recursive: true, force: true });
    },
  };
}
