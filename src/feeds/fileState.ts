/**
 * FeedStateStore in one JSON file next to the digest state (`polling.stateFile`, default
 * `data/feeds-state.json`), written atomically (temp file + rename) after each change. One process per file:
 * proper-lockfile's lock (`<file>.lock`, refreshed while held, taken over when stale) keeps a `fetch` run
 * and the bot from polling on one state (each would keep its own copy and store the other's articles twice).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { type CodedError, ErrorCode } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { ArticleRecord, FeedRecord, FeedStateStore } from './state.ts';

interface FileShape {
  version: 1;
  feeds: Record<string, FeedRecord>;
  articles: Record<string, ArticleRecord>;
}

/** Another live process holds the state file's lock. */
export class FeedStateInUse extends Error implements CodedError {
  override name = 'FeedStateInUse';
  readonly code = ErrorCode.FeedStateInUse;
  constructor(readonly file: string) {
    super(
      `${file} is in use by another process (the bot, or another fetch); stop it or wait for it to finish`,
    );
  }
}

export interface OpenOptions {
  onCorrupt?: (reason: string) => void;
  /** False to read without polling (`/summit sources` from the CLI): no lock is taken. */
  lock?: boolean;
  /** Told when the lock was lost while held (its folder removed, or not refreshed in time). */
  log?: Pick<Logger, 'warn'>;
}

/** The lock is refreshed every `update` ms while held; one not refreshed for `stale` ms is taken over. */
const LOCK = { stale: 30_000, update: 10_000 } as const;

export class FileFeedStateStore implements FeedStateStore {
  readonly #file: string;
  readonly #data: FileShape;
  readonly #byUrlKey = new Map<string, ArticleRecord>();
  readonly #byTextHash = new Map<string, ArticleRecord>();
  /** Writes run one after another; a change made during a write is saved by the next one. */
  #writing: Promise<void> = Promise.resolve();
  #dirty = false;
  #release: (() => Promise<void>) | undefined;

  private constructor(file: string, data: FileShape) {
    this.#file = file;
    this.#data = data;
    for (const a of Object.values(data.articles)) this.#indexArticle(a);
  }

  /**
   * Opens the state file and takes its lock (throws FeedStateInUse when a live process holds it); a missing
   * file is an empty state. A corrupt one is reported through `onCorrupt` and set aside as
   * `<file>.corrupt-<time>` (nothing is lost), then the state starts empty.
   */
  static async open(file: string, options: OpenOptions = {}): Promise<FileFeedStateStore> {
    let release: (() => Promise<void>) | undefined;
    if (options.lock !== false) {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      try {
        release = await lockfile.lock(file, {
          ...LOCK,
          realpath: false,
          lockfilePath: `${file}.lock`,
          onCompromised: (error) =>
            options.log?.warn({ file, err: error }, 'feed state lock lost; another process may poll on it'),
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new FeedStateInUse(file);
        throw error;
      }
    }
    const store = await FileFeedStateStore.#read(file, options.onCorrupt ?? (() => {}));
    store.#release = release;
    return store;
  }

  static async #read(file: string, onCorrupt: (reason: string) => void): Promise<FileFeedStateStore> {
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const empty: FileShape = { version: 1, feeds: {}, articles: {} };
    if (text === undefined) return new FileFeedStateStore(file, empty);
    try {
      const parsed = JSON.parse(text) as FileShape;
      if (parsed?.version === 1 && isObject(parsed.feeds) && isObject(parsed.articles))
        return new FileFeedStateStore(file, parsed);
      onCorrupt('unexpected shape');
    } catch (error) {
      onCorrupt((error as Error).message);
    }
    await rename(file, `${file}.corrupt-${Date.now()}`);
    return new FileFeedStateStore(file, empty);
  }

  #indexArticle(record: ArticleRecord): void {
    for (const key of record.urlKeys) this.#byUrlKey.set(key, record);
    this.#byTextHash.set(record.textHash, record);
  }

  async feed(url: string): Promise<FeedRecord | undefined> {
    const record = this.#data.feeds[url];
    return record ? structuredClone(record) : undefined;
  }

  async feeds(): Promise<FeedRecord[]> {
    return Object.values(this.#data.feeds).map((r) => structuredClone(r));
  }

  async saveFeed(record: FeedRecord): Promise<void> {
    this.#data.feeds[record.url] = structuredClone(record);
    await this.#save();
  }

  async articleByUrlKey(key: string): Promise<ArticleRecord | undefined> {
    const record = this.#byUrlKey.get(key);
    return record ? structuredClone(record) : undefined;
  }

  async articleByTextHash(hash: string): Promise<ArticleRecord | undefined> {
    const record = this.#byTextHash.get(hash);
    return record ? structuredClone(record) : undefined;
  }

  async saveArticle(record: ArticleRecord): Promise<void> {
    const old = this.#data.articles[record.file];
    if (old) {
      for (const key of old.urlKeys) if (this.#byUrlKey.get(key) === old) this.#byUrlKey.delete(key);
      if (this.#byTextHash.get(old.textHash) === old) this.#byTextHash.delete(old.textHash);
    }
    const copy = structuredClone(record);
    this.#data.articles[record.file] = copy;
    this.#indexArticle(copy);
    await this.#save();
  }

  async close(): Promise<void> {
    await this.#writing;
    const release = this.#release;
    this.#release = undefined;
    await release?.();
  }

  #save(): Promise<void> {
    this.#dirty = true;
    const next = this.#writing.then(() => this.#write());
    // The caller sees a failed write; the queue goes on, so the next change still saves everything.
    this.#writing = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  async #write(): Promise<void> {
    if (!this.#dirty) return;
    this.#dirty = false;
    await mkdir(path.dirname(path.resolve(this.#file)), { recursive: true });
    const temp = `${this.#file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, `${JSON.stringify(this.#data, null, 2)}\n`, 'utf8');
    await rename(temp, this.#file);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Opens the state file at `file`; a corrupt one is logged, set aside and replaced by an empty state. */
export function openFeedState(
  file: string,
  log: Pick<Logger, 'warn'>,
  options: { lock?: boolean } = {},
): Promise<FileFeedStateStore> {
  return FileFeedStateStore.open(file, {
    ...options,
    log,
    onCorrupt: (reason) =>
      log.warn({ file, reason }, 'feed state file is corrupt; set aside, starting afresh'),
  });
}
