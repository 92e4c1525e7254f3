/**
 * Holds the current NewsIndex snapshot. Reload builds a new one off to the side and swaps one reference:
 * requests in flight keep the snapshot they started with. A file that fails on reload keeps its previous
 * good version in the new snapshot, and a folder that cannot be read keeps the whole previous snapshot.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { compileCleaningRules } from '../corpus/clean.ts';
import { countArticleFiles, isArticleFileName, type LoadOptions, loadCorpus } from '../corpus/load.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import { statusOf } from '../commands/handle.ts';
import { ErrorCode } from '../errors.ts';
import type { Logger } from '../log.ts';
import { BuildPool, buildWorkers } from './buildPool.ts';
import { buildIndex, type NewsIndex } from './newsIndex.ts';

export interface ReloadReport {
  added: string[];
  updated: string[];
  removed: string[];
  errors: LoadError[];
  /** Errors that are new, or whose file changed since it was last reported: log these, not all of `errors`. */
  freshErrors: LoadError[];
  /** Articles kept at their previous version because the new file is broken. */
  keptPrevious: string[];
  /** Files still being written (size or time changed within the settle time): not read yet. */
  pending: string[];
  /** Set when the folder could not be read: the previous snapshot stays in service. */
  unavailable?: LoadError;
}

export interface ReloadOptions {
  /**
   * A changed file is read only once its size and modification time have stayed the same for this long
   * (the watcher passes its debounce), so a file still being written is never indexed half.
   */
  settleMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Whether the corpus can serve answers: readable and not empty. */
export interface CorpusHealth {
  ok: boolean;
  /** Why not, for /healthz and the log. */
  reason?: string;
}

export interface StoreOptions {
  now?: () => Date;
  /** Told when a build worker fails and the corpus is loaded and built on the main thread instead. */
  log?: Pick<Logger, 'warn'>;
}

/** Size and modification time: how a file is told unchanged without reading it. */
type FileStamp = string;

async function stampOf(file: string): Promise<FileStamp | undefined> {
  try {
    const info = await stat(file);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    // Gone between listing and stat: no stamp, so it counts as changed and the loader reports it.
    return undefined;
  }
}

export class IndexStore {
  #current: NewsIndex;
  #pool: BuildPool | undefined;
  #unavailable: LoadError | undefined;
  /** The stamp of each broken file when its error was last reported, so it is reported once per change. */
  #reported = new Map<string, { code: LoadError['code']; stamp: FileStamp | undefined }>();

  private constructor(
    readonly dir: string,
    readonly config: Config,
    readonly options: StoreOptions,
  ) {
    this.#current = buildIndex([], [], new Date(0));
  }

  /** Loads `dir` and builds the first snapshot. */
  static async open(dir: string, config: Config, options: StoreOptions = {}): Promise<IndexStore> {
    const store = new IndexStore(dir, config, options);
    // Workers start before the files are read, so they have booted by the time the build needs them.
    store.#poolFor(await countArticleFiles(dir));
    const { articles, errors } = await loadCorpus(dir, store.#loadOptions());
    store.#unavailable = errors.find((e) => e.code === ErrorCode.CorpusUnreadable);
    await store.#freshErrors(errors);
    store.#current = await store.#build(articles, errors, (options.now ?? (() => new Date()))());
    return store;
  }

  /** False while the folder cannot be read (the last good snapshot is served meanwhile). */
  get readable(): boolean {
    return this.#unavailable === undefined;
  }

  /** Readable and not empty; otherwise the reason, for /healthz. */
  get health(): CorpusHealth {
    if (this.#unavailable)
      return {
        ok: false,
        reason: `${this.#unavailable.reason}; serving the last good snapshot (${this.#current.articles.length} articles)`,
      };
    if (this.#current.articles.length === 0) return { ok: false, reason: `no article in ${this.dir}` };
    return { ok: true };
  }

  /** The build pool for a corpus of this size, started on first need (none for small corpora). */
  #poolFor(articles: number): BuildPool | undefined {
    const { parallelFromArticles } = this.config.index;
    const workers = buildWorkers(this.config.index.buildWorkers);
    if (!this.#pool && workers > 0 && articles >= parallelFromArticles) {
      this.#pool = new BuildPool({
        workers,
        minArticles: parallelFromArticles,
        onFallback: (error) =>
          this.options.log?.warn(
            { err: error },
            'a build worker failed; loading and building on the main thread from now on',
          ),
      });
    }
    return this.#pool;
  }

  /** Builds a snapshot and warms its status cache before anyone can see it, so no request pays for it. */
  async #build(articles: Article[], errors: LoadError[], now: Date): Promise<NewsIndex> {
    const pool = this.#poolFor(articles.length);
    const index = pool ? await pool.build(articles, errors, now) : buildIndex(articles, errors, now);
    statusOf(index, { config: this.config });
    return index;
  }

  /** Files are read and parsed by the build pool too, when there is one and enough of them. */
  #loadOptions(): LoadOptions {
    const pool = this.#pool;
    return {
      ...IndexStore.loadOptions(this.config),
      ...(pool ? { loadFiles: (files, options) => pool.loadFiles(files, options) } : {}),
    };
  }

  static loadOptions(config: Config) {
    return { rules: compileCleaningRules(config.cleaning), maxFileBytes: config.corpus.maxFileBytes };
  }

  /** Stops the build workers, if any (later reloads build on the main thread). */
  async close(): Promise<void> {
    await this.#pool?.close();
  }

  /** The snapshot to answer from; take it once per request. */
  get current(): NewsIndex {
    return this.#current;
  }

  /**
   * Re-reads the folder, builds a new snapshot and swaps it in. Never throws for bad files; a folder that
   * cannot be read (deleted, permissions) keeps the current snapshot and is reported as `unavailable`.
   */
  async reload(now: Date = new Date(), options: ReloadOptions = {}): Promise<ReloadReport> {
    const previous = this.#current;
    const byPath = new Map(previous.articles.map((a) => [a.path, a]));
    const pending = options.settleMs ? await this.#unsettledFiles(byPath, options) : new Set<string>();
    // Unchanged files (same size and modification time) keep their parsed article.
    const loaded = await loadCorpus(this.dir, { ...this.#loadOptions(), previous: byPath });
    const unavailable = loaded.errors.find((e) => e.code === ErrorCode.CorpusUnreadable);
    const report: ReloadReport = {
      added: [],
      updated: [],
      removed: [],
      errors: loaded.errors,
      freshErrors: [],
      keptPrevious: [],
      pending: [...pending],
    };
    if (unavailable) {
      report.freshErrors = this.#unavailable?.reason === unavailable.reason ? [] : [unavailable];
      this.#unavailable = unavailable;
      return { ...report, errors: [unavailable], unavailable };
    }
    this.#unavailable = undefined;
    // A file still being written keeps its previous version (if any) until it settles.
    const articles = loaded.articles.filter((a) => !pending.has(a.path));
    const errors = loaded.errors.filter((e) => !pending.has(e.file));
    for (const file of pending) {
      const old = byPath.get(file);
      if (old) articles.push(old);
    }
    const next = new Map<string, Article>(articles.map((a) => [a.id, a]));
    for (const error of errors) {
      const old = byPath.get(error.file);
      if (old && !next.has(old.id)) {
        next.set(old.id, old);
        report.keptPrevious.push(old.id);
      }
    }
    report.errors = errors;
    report.freshErrors = await this.#freshErrors(errors);
    for (const [id, a] of next) {
      const old = previous.byId.get(id);
      if (!old) report.added.push(id);
      else if (old.mtimeMs !== a.mtimeMs || old.path !== a.path) report.updated.push(id);
    }
    for (const a of previous.articles) if (!next.has(a.id)) report.removed.push(a.id);
    this.#current = await this.#build([...next.values()], errors, now);
    return report;
  }

  /**
   * Article files that changed since the last snapshot and changed again within `settleMs`: still being
   * written. Stamps are taken twice, `settleMs` apart; only changed files are stamped a second time.
   */
  async #unsettledFiles(byPath: ReadonlyMap<string, Article>, options: ReloadOptions): Promise<Set<string>> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter(isArticleFileName);
    } catch {
      return new Set(); // the load that follows reports the folder
    }
    const files = names.map((name) => path.join(this.dir, name));
    const first = await Promise.all(files.map(stampOf));
    const changed = files
      .map((file, i) => ({ file, stamp: first[i] }))
      .filter(({ file, stamp }) => {
        const old = byPath.get(file);
        if (old) return stamp !== `${old.bytes}:${old.mtimeMs}`;
        // A broken file seen before, unchanged since, is not waited for again.
        return this.#reported.get(file)?.stamp !== stamp;
      });
    if (changed.length === 0) return new Set();
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    await sleep(options.settleMs ?? 0);
    const second = await Promise.all(changed.map(({ file }) => stampOf(file)));
    return new Set(changed.filter(({ stamp }, i) => stamp !== second[i]).map(({ file }) => file));
  }

  /** The errors not reported before for the file as it is now (a broken file is reported once per change). */
  async #freshErrors(errors: readonly LoadError[]): Promise<LoadError[]> {
    const stamps = await Promise.all(errors.map((e) => stampOf(e.file)));
    const fresh: LoadError[] = [];
    const next = new Map<string, { code: LoadError['code']; stamp: FileStamp | undefined }>();
    errors.forEach((error, i) => {
      const seen = { code: error.code, stamp: stamps[i] };
      const before = this.#reported.get(error.file);
      next.set(error.file, seen);
      if (!before || before.code !== seen.code || before.stamp !== seen.stamp) fresh.push(error);
    });
    // Files that are fine again (or gone) are forgotten: breaking again is news.
    this.#reported = next;
    return fresh;
  }
}
