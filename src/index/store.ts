/**
 * Holds the current NewsIndex snapshot and keeps it up to date without stopping the bot.
 *
 * Every article is kept analysed (index/records.ts). A change — from `reload()` (the corpus folder) or
 * `update()` (articles from elsewhere) — analyses only the changed articles and is served at once as a
 * delta on the last full build (index/delta.ts); a full build from the kept analyses follows in the
 * background and is swapped in when done, so the snapshot served is again exactly the one a build from
 * scratch makes. Long loops run in slices (steps.ts) or on build workers: the event loop is never held for
 * long, at 10,000 articles too. Snapshots are swapped whole: requests in flight keep the one they took.
 * A file that fails on reload keeps its previous good version, and a folder that cannot be read keeps the
 * whole previous snapshot.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import { compileCleaningRules } from '../corpus/clean.ts';
import {
  countArticleFiles,
  inBatches,
  isArticleFileName,
  type LoadOptions,
  loadCorpus,
  loadFiles,
} from '../corpus/load.ts';
import type { Article, LoadError, LoadResult } from '../corpus/types.ts';
import { ErrorCode } from '../errors.ts';
import type { Logger } from '../log.ts';
import { commonWordSteps } from '../people/commonWords.ts';
import type { ArticleAnalysis } from '../quotes/catalog.ts';
import { inSlices, SharedTurns, STEP, type SliceOptions, type Steps, sortSteps, turn } from '../steps.ts';
import { BuildPool, buildWorkers } from './buildPool.ts';
import { type AnalysedEntry, deltaSteps } from './delta.ts';
import { lastQuoteSteps } from './deltaQuotes.ts';
import { buildIndex, compareArticles, type NewsIndex, withAnswers } from './newsIndex.ts';
import {
  type ArticleRecord,
  buildFromRecords,
  entryOf,
  recordOf,
  reorderSteps,
  staleArticles,
} from './records.ts';
import { namedFileChange } from './namedFiles.ts';
import { SearchTerms } from './searchTerms.ts';
import { type AnalysedArticle, analyzeHere } from './shard.ts';

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
  /** What was looked at: the files named in `ReloadOptions.files`, or every file of the folder. */
  scope: 'files' | 'folder';
}

export interface ReloadOptions {
  /**
   * A changed file is read only once its size and modification time have stayed the same for this long
   * (the watcher passes its debounce), so a file still being written is never indexed half.
   */
  settleMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * The names of the files that changed (as fs.watch reports them): only these are looked at, not the
   * whole folder. A change these names cannot settle alone (a shared article id, an unreadable folder) is
   * looked for in the whole folder; changes to files not named are not seen (the watcher rescans).
   */
  files?: readonly string[];
}

/**
 * A change of articles, for `IndexStore.update`: parsed articles to add or replace (by id; as
 * `parseArticle` makes them), and ids to remove. An id both removed and upserted is upserted.
 */
export interface ArticleChange {
  upserts: readonly Article[];
  removals: readonly string[];
}

export interface UpdateReport {
  added: string[];
  updated: string[];
  removed: string[];
  /** Removals of ids the index does not hold: nothing was done for them. */
  unknown: string[];
  /**
   * How the change reached the snapshot served: `delta` (at once, on the last full build; a full build
   * follows in the background), `rebuild` (too large a change: built in full before the promise resolved),
   * `none` (nothing changed).
   */
  applied: 'delta' | 'rebuild' | 'none';
}

/** Whether the corpus can serve answers: readable and not empty. */
export interface CorpusHealth {
  ok: boolean;
  /** Why not, for /healthz and the log. */
  reason?: string;
}

/**
 * Derives the answers that depend only on a snapshot (commands/answers.ts supplies it). The store does not
 * know what they are. `derive` runs on the first snapshot before it is served; `deriveLater` on every later
 * snapshot, after it is served, ideally off the event loop (a worker thread): until it is done the snapshot
 * carries the previous answers.
 */
export interface AnswerDeriver {
  derive(index: NewsIndex): ReadonlyMap<string, Briefing>;
  /** `slices` (steps.ts): its work on the event loop waits while the store applies a change. */
  deriveLater?(index: NewsIndex, slices?: SliceOptions): Promise<ReadonlyMap<string, Briefing>>;
  close?(): Promise<void>;
}

export interface StoreOptions {
  now?: () => Date;
  /** Told when a build worker fails (and the work is redone on the main thread) or a rebuild fails. */
  log?: Pick<Logger, 'warn'>;
  derive?: AnswerDeriver;
  /** Told when a background rebuild's snapshot is swapped in. */
  onRebuilt?: () => void;
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

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** Analyses in the order of `articles`, from those of the same articles in `sorted` order. */
function* inOrderOf<T>(
  articles: readonly Article[],
  sorted: readonly Article[],
  results: readonly T[],
): Steps<T[]> {
  const byId = new Map<string, T>();
  for (let i = 0; i < sorted.length; i++) {
    byId.set((sorted[i] as Article).id, results[i] as T);
    if (i % STEP === STEP - 1) yield;
  }
  const out: T[] = [];
  for (let i = 0; i < articles.length; i++) {
    out.push(byId.get((articles[i] as Article).id) as T);
    if (i % STEP === STEP - 1) yield;
  }
  return out;
}

/** Each article by its file. */
function* byPathSteps(articles: readonly Article[]): Steps<Map<string, Article>> {
  const byPath = new Map<string, Article>();
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i] as Article;
    byPath.set(a.path, a);
    if (i % STEP === STEP - 1) yield;
  }
  return byPath;
}

/**
 * What a load of the whole folder changes: the articles to upsert and remove (an article whose file is
 * still being written, or broke, keeps its previous version; articles given to `update` from elsewhere are
 * left alone), and the load's errors without those of files still being written.
 */
function* folderChangeSteps(input: {
  loaded: LoadResult;
  pending: ReadonlySet<string>;
  byPath: ReadonlyMap<string, Article>;
  previous: ReadonlyMap<string, Article>;
  dir: string;
}): Steps<ArticleChange & { errors: LoadError[]; keptPrevious: string[] }> {
  const { loaded, pending, byPath, previous } = input;
  const next = new Map<string, Article>();
  for (let i = 0; i < loaded.articles.length; i++) {
    const a = loaded.articles[i] as Article;
    if (!pending.has(a.path)) next.set(a.id, a);
    if (i % STEP === STEP - 1) yield;
  }
  for (const file of pending) {
    const old = byPath.get(file);
    if (old) next.set(old.id, old);
  }
  const errors = loaded.errors.filter((e) => !pending.has(e.file));
  const keptPrevious: string[] = [];
  for (const error of errors) {
    const old = byPath.get(error.file);
    if (old && !next.has(old.id)) {
      next.set(old.id, old);
      keptPrevious.push(old.id);
    }
  }
  yield;
  const upserts: Article[] = [];
  let n = 0;
  for (const [id, a] of next) {
    if (previous.get(id) !== a) upserts.push(a);
    if (++n % STEP === 0) yield;
  }
  // Only articles whose file is in this folder can be gone from it (one resolve per distinct folder).
  const folder = path.resolve(input.dir);
  const inFolder = new Map<string, boolean>();
  const removals: string[] = [];
  for (const [id, a] of previous) {
    if (!next.has(id)) {
      const parent = path.dirname(a.path);
      if (!inFolder.has(parent)) inFolder.set(parent, path.resolve(parent) === folder);
      if (inFolder.get(parent)) removals.push(id);
    }
    if (++n % STEP === 0) yield;
  }
  return { upserts, removals, errors, keptPrevious };
}

/** The last full build and the records it was built from. */
interface Base {
  index: NewsIndex;
  records: ReadonlyMap<string, ArticleRecord>;
  /** The common words of its articles: what a change's articles are analysed with. */
  common: ReadonlySet<string>;
  /** Its highest quote number: a delta numbers new quotes after it (index/deltaQuotes.ts). */
  lastQuote: number;
}

/** A background rebuild under way: its changes-since list, and how to call it off. */
interface RebuildRun {
  /** Ids changed since it took its records: still dirty once it has swapped its build in. */
  dirtySince: Set<string>;
  controller: AbortController;
}

function sameErrors(a: readonly LoadError[], b: readonly LoadError[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, i) => e.file === b[i]?.file && e.code === b[i]?.code && e.reason === b[i]?.reason)
  );
}

export class IndexStore {
  #current: NewsIndex;
  #pool: BuildPool | undefined;
  #unavailable: LoadError | undefined;
  /** The stamp of each broken file when its error was last reported, so it is reported once per change. */
  #reported = new Map<string, { code: LoadError['code']; stamp: FileStamp | undefined }>();
  /** Every article served, analysed. */
  #records = new Map<string, ArticleRecord>();
  /** Word ids of every record's tokens. */
  readonly #terms = new SearchTerms();
  #base: Base;
  /** Ids whose record differs from the base's (added, replaced, removed): what a delta applies. */
  #dirty = new Set<string>();
  #errors: readonly LoadError[] = [];
  /** Changes are applied one at a time, in order; `#queued` counts those not done. */
  #applying: Promise<unknown> = Promise.resolve();
  #queued = 0;
  #rebuildTimer: NodeJS.Timeout | undefined;
  /** When the pending background rebuild must start at the latest (performance.now() ms). */
  #rebuildDue: number | undefined;
  #run: RebuildRun | undefined;
  #rebuilding: Promise<void> | undefined;
  #rebuildError: unknown;
  /** Counts snapshots served; `#answersFor` is the one whose answers the snapshot served carries. */
  #serial = 0;
  #answersFor = 0;
  #deriving: Promise<void> | undefined;
  #closed = false;
  /** One slice per turn of the event loop among the store's computations (rebuild, deltas, answers). */
  readonly #turns = new SharedTurns();
  readonly #sliced: SliceOptions = { turns: this.#turns };

  private constructor(
    readonly dir: string,
    readonly config: Config,
    readonly options: StoreOptions,
  ) {
    this.#current = buildIndex([], [], new Date(0));
    this.#base = { index: this.#current, records: new Map(), common: new Set(), lastQuote: 0 };
  }

  /** Loads `dir` and builds the first snapshot. */
  static async open(dir: string, config: Config, options: StoreOptions = {}): Promise<IndexStore> {
    const store = new IndexStore(dir, config, options);
    // Workers start before the files are read, so they have booted by the time the build needs them.
    store.#poolFor(await countArticleFiles(dir));
    const { articles, errors } = await loadCorpus(dir, store.#loadOptions());
    store.#unavailable = errors.find((e) => e.code === ErrorCode.CorpusUnreadable);
    await store.#freshErrors(errors);
    store.#errors = errors;
    const now = (options.now ?? (() => new Date()))();
    const sorted = await inSlices(sortSteps(articles, compareArticles), store.#sliced);
    const { index, common, lastQuote } = await store.#build(
      sorted,
      store.#records,
      new Map(),
      now,
      store.#sliced,
    );
    store.#current = options.derive ? withAnswers(index, options.derive.derive(index)) : index;
    store.#base = { index: store.#current, records: new Map(store.#records), common, lastQuote };
    return store;
  }

  /** False while the folder cannot be read (the last good snapshot is served meanwhile). */
  get readable(): boolean {
    return this.#unavailable === undefined;
  }

  /** Why the folder cannot be read ("cannot read corpus folder (ENOENT …)"), while it cannot. */
  get unreadableReason(): string | undefined {
    return this.#unavailable?.reason;
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

  /** Stops the background rebuild, the answer deriver and the build workers. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#rebuildTimer);
    this.#run?.controller.abort();
    await Promise.allSettled([this.#applying, this.#rebuilding, this.#deriving]);
    await this.options.derive?.close?.();
    await this.#pool?.close();
  }

  /** The snapshot to answer from; take it once per request. */
  get current(): NewsIndex {
    return this.#current;
  }

  /**
   * Resolves once the snapshot served is a full build of every change applied so far, with its answers:
   * no change being applied, no rebuild pending or running, no answers being derived. For tests and tools
   * (a bot never waits for it). Rejects if the rebuild it waited for failed.
   */
  async settled(): Promise<void> {
    for (;;) {
      await this.#applying;
      if (this.#closed) return;
      if (this.#rebuildTimer || (!this.#rebuilding && this.#dirty.size > 0)) {
        clearTimeout(this.#rebuildTimer);
        this.#rebuildTimer = undefined;
        this.#rebuildError = undefined;
        this.#startRebuild();
      }
      const running = this.#rebuilding ?? this.#deriving;
      if (!running) return;
      await running;
      if (this.#rebuildError !== undefined) throw this.#rebuildError;
    }
  }

  /**
   * Applies parsed articles without reading the folder (an article source other than files, such as a
   * database, calls this). Only the upserted articles are analysed; a change of up to
   * `index.deltaMaxArticles` articles since the last full build is served as soon as the promise resolves
   * (a full build follows in the background, see `settled`).
   */
  update(
    change: ArticleChange,
    now: Date = (this.options.now ?? (() => new Date()))(),
  ): Promise<UpdateReport> {
    return this.#apply(change, this.#errors, now);
  }

  /**
   * Re-reads the folder and applies what changed through `update`'s path. Never throws for bad files; a
   * folder that cannot be read (deleted, permissions) keeps the current snapshot and is reported as
   * `unavailable`. Articles that did not come from the folder (given to `update` with another path) are
   * left alone.
   */
  async reload(now: Date = new Date(), options: ReloadOptions = {}): Promise<ReloadReport> {
    if (options.files && !this.#unavailable && (await isFolder(this.dir))) {
      const report = await this.#reloadFiles(options.files, now, options);
      if (report) return report;
    }
    return this.#reloadFolder(now, options);
  }

  /** `reload` of the named files only; undefined when they cannot be judged alone (see namedFileChange). */
  async #reloadFiles(
    names: readonly string[],
    now: Date,
    options: ReloadOptions,
  ): Promise<ReloadReport | undefined> {
    const fileOptions = IndexStore.loadOptions(this.config);
    // A few files are read here at once, not queued behind a background build's work on the workers.
    const loader = this.#loadOptions().loadFiles;
    const change = await namedFileChange({
      dir: this.dir,
      names,
      byId: this.#current.byId,
      errors: this.#errors,
      reportedStamp: (file) => this.#reported.get(file)?.stamp,
      load: (files, o) =>
        loader && files.length >= this.config.index.parallelFromArticles
          ? loader(files, o)
          : loadFiles(files, o),
      fileOptions,
      settleMs: options.settleMs ?? 0,
      sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    });
    if (!change) return undefined;
    const freshErrors = await this.#freshErrors(change.errors);
    const applied = await this.#apply(
      { upserts: change.upserts, removals: change.removals },
      change.errors,
      now,
    );
    return {
      added: applied.added,
      updated: applied.updated,
      removed: applied.removed,
      errors: change.errors,
      freshErrors,
      keptPrevious: change.keptPrevious,
      pending: change.pending,
      scope: 'files',
    };
  }

  async #reloadFolder(now: Date, options: ReloadOptions): Promise<ReloadReport> {
    const previous = this.#current;
    const byPath = await inSlices(byPathSteps(previous.articles), this.#sliced);
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
      scope: 'folder',
    };
    if (unavailable) {
      report.freshErrors = this.#unavailable?.reason === unavailable.reason ? [] : [unavailable];
      this.#unavailable = unavailable;
      return { ...report, errors: [unavailable], unavailable };
    }
    this.#unavailable = undefined;
    const change = await inSlices(
      folderChangeSteps({ loaded, pending, byPath, previous: previous.byId, dir: this.dir }),
      this.#sliced,
    );
    report.keptPrevious = change.keptPrevious;
    report.errors = change.errors;
    report.freshErrors = await this.#freshErrors(change.errors);
    const applied = await this.#apply(change, change.errors, now);
    return { ...report, added: applied.added, updated: applied.updated, removed: applied.removed };
  }

  /** Runs `job` after the changes queued before it. */
  #serially<T>(job: () => Promise<T>): Promise<T> {
    this.#queued++;
    const run = this.#applying.then(job, job).finally(() => {
      this.#queued--;
    });
    this.#applying = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  #apply(change: ArticleChange, errors: readonly LoadError[], now: Date): Promise<UpdateReport> {
    return this.#serially(async () => {
      const report: UpdateReport = { added: [], updated: [], removed: [], unknown: [], applied: 'none' };
      const upserts = new Map(change.upserts.map((a) => [a.id, a]));
      for (const id of new Set(change.removals)) {
        if (upserts.has(id)) continue;
        if (this.#records.has(id)) report.removed.push(id);
        else report.unknown.push(id);
      }
      for (const id of upserts.keys()) (this.#records.has(id) ? report.updated : report.added).push(id);
      const errorsChanged = !sameErrors(errors, this.#errors);
      this.#errors = errors;
      const fresh = [...upserts.values()];
      const touched = [...upserts.keys(), ...report.removed];
      if (touched.length === 0) {
        if (errorsChanged)
          this.#serve(Object.freeze({ ...this.#current, errors: Object.freeze([...errors]) }));
        return report;
      }
      const dirty = new Set([...this.#dirty, ...touched]).size;
      // A delta is for a change small beside the corpus: a larger one is built in full.
      if (dirty > this.config.index.deltaMaxArticles || 2 * dirty > this.#base.index.articles.length + 1) {
        // A large change is built in full, its articles analysed with the changed corpus's common words.
        report.applied = 'rebuild';
        this.#run?.controller.abort();
        const sorted = await inSlices(
          reorderSteps(this.#current.articles, new Set(touched), fresh),
          this.#sliced,
        );
        const common = await inSlices(commonWordSteps(sorted), this.#sliced);
        const analyses = await this.#keep(fresh, common);
        for (const id of report.removed) this.#records.delete(id);
        this.#markDirty(touched);
        await this.#rebuild(analyses, { now });
        return report;
      }
      report.applied = 'delta';
      await this.#keep(fresh, this.#base.common);
      for (const id of report.removed) this.#records.delete(id);
      this.#markDirty(touched);
      await this.#serveDelta(now);
      this.#scheduleRebuild();
      return report;
    });
  }

  /** While a change is queued or being applied: the promise of its end (background work waits for it). */
  #changePending(): Promise<unknown> | undefined {
    return this.#queued > 0 ? this.#applying : undefined;
  }

  #markDirty(ids: readonly string[]): void {
    for (const id of ids) {
      this.#dirty.add(id);
      this.#run?.dirtySince.add(id);
    }
  }

  /** Analyses articles (with the pool when there are many) with the given common words. */
  async #analyze(articles: readonly Article[], common: ReadonlySet<string>): Promise<AnalysedArticle[]> {
    const sorted = await inSlices(sortSteps(articles, compareArticles), this.#sliced);
    // A few articles (an add) are analysed here at once, not queued behind a background build's job.
    const pool =
      articles.length >= this.config.index.parallelFromArticles ? this.#poolFor(articles.length) : undefined;
    const results = await (pool
      ? pool.analyze(sorted, common, this.#terms, this.#sliced)
      : inSlices(analyzeHere(sorted, common, this.#terms), this.#sliced));
    return inSlices(inOrderOf(articles, sorted, results), this.#sliced);
  }

  /** Analyses articles and keeps their records; returns the analyses still at hand (not to decode again). */
  async #keep(
    articles: readonly Article[],
    common: ReadonlySet<string>,
  ): Promise<Map<string, ArticleAnalysis>> {
    const analysed = await this.#analyze(articles, common);
    const made = await inSlices(
      (function* () {
        const records: ArticleRecord[] = [];
        const objects = new Map<string, ArticleAnalysis>();
        for (let i = 0; i < articles.length; i++) {
          const a = articles[i] as Article;
          const result = analysed[i] as AnalysedArticle;
          records.push(recordOf(a, result, common));
          if (result.analysis) objects.set(a.id, result.analysis);
          if (i % STEP === STEP - 1) yield;
        }
        return { records, objects };
      })(),
      this.#sliced,
    );
    // In one go: a background rebuild starting in between must see all of them or none.
    for (const record of made.records) this.#records.set(record.article.id, record);
    return made.objects;
  }

  /** Serves the base with every dirty record applied as a delta, carrying `answers` until its own are derived. */
  async #serveDelta(
    now: Date,
    answers: ReadonlyMap<string, Briefing> = this.#current.answers,
  ): Promise<void> {
    const base = this.#base;
    const records = this.#records;
    const dirty = [...this.#dirty];
    const steps = function* (store: IndexStore) {
      const removed: AnalysedEntry[] = [];
      const added: AnalysedEntry[] = [];
      for (const id of dirty) {
        const before = base.records.get(id);
        const after = records.get(id);
        if (before === after) continue;
        if (before) removed.push(entryOf(before));
        if (after) added.push(entryOf(after));
        yield;
      }
      return yield* deltaSteps({
        base: base.index,
        removed,
        added,
        terms: store.#terms,
        errors: store.#errors,
        now,
        lastQuote: base.lastQuote,
      });
    };
    const index = await inSlices(steps(this), this.#sliced);
    this.#serve(withAnswers(index, answers));
    this.#deriveAnswers();
  }

  #serve(index: NewsIndex): void {
    this.#current = index;
    this.#serial++;
  }

  /**
   * Derives answers for the snapshot served (one derivation at a time; the newest snapshot wins). It starts
   * after a turn of the event loop: the change that served the snapshot is done (and answerable) first.
   */
  #deriveAnswers(): void {
    const deriver = this.options.derive;
    if (!deriver || this.#deriving || this.#closed) return;
    this.#deriving = (async () => {
      try {
        await turn();
        if (this.#closed) return;
        const serial = this.#serial;
        const index = this.#current;
        const answers = deriver.deriveLater
          ? await deriver.deriveLater(index, { pause: () => this.#changePending(), turns: this.#turns })
          : deriver.derive(index);
        // Newer than those the snapshot served carries (a delta carries its predecessor's): taken.
        if (serial > this.#answersFor) {
          this.#answersFor = serial;
          this.#current = withAnswers(this.#current, answers);
        }
      } catch (error) {
        this.options.log?.warn({ err: error }, 'deriving answers failed; serving the previous ones');
      } finally {
        this.#deriving = undefined;
      }
      if (this.#serial > this.#answersFor) this.#deriveAnswers();
    })();
  }

  /**
   * (Re)starts the wait for the background rebuild: `rebuildDelayMs` after this change, and no later than
   * `rebuildMaxDelayMs` after the first change since the last rebuild started.
   */
  #scheduleRebuild(): void {
    if (this.#closed) return;
    clearTimeout(this.#rebuildTimer);
    const { rebuildDelayMs, rebuildMaxDelayMs } = this.config.index;
    const now = performance.now();
    this.#rebuildDue ??= now + rebuildMaxDelayMs;
    this.#rebuildTimer = setTimeout(
      () => {
        this.#rebuildTimer = undefined;
        this.#startRebuild();
      },
      Math.max(0, Math.min(rebuildDelayMs, this.#rebuildDue - now)),
    );
    this.#rebuildTimer.unref();
  }

  /** Starts a background rebuild unless one runs (it schedules another when changes came meanwhile). */
  #startRebuild(): void {
    if (this.#rebuilding || this.#closed || this.#dirty.size === 0) return;
    this.#rebuildDue = undefined;
    this.#rebuilding = (async () => {
      try {
        await this.#rebuild(new Map(), { background: true });
        this.options.onRebuilt?.();
      } catch (error) {
        if (!(error instanceof Error && error.name === 'AbortError')) {
          this.#rebuildError = error;
          this.options.log?.warn(
            { err: error },
            'background index rebuild failed; serving the delta snapshot',
          );
        }
      } finally {
        this.#rebuilding = undefined;
      }
      if (this.#dirty.size > 0 && this.#rebuildError === undefined) this.#scheduleRebuild();
    })();
  }

  /**
   * Builds the snapshot of every record in full and serves it, with the changes applied meanwhile as a
   * delta on it. In the background its slices wait while a change is applied, and the swap waits its turn
   * among the changes; a change too large for a delta calls a background rebuild off.
   */
  async #rebuild(
    fresh: ReadonlyMap<string, ArticleAnalysis>,
    options: { background?: boolean; now?: Date } = {},
  ): Promise<void> {
    const run: RebuildRun = { dirtySince: new Set(), controller: new AbortController() };
    this.#run = run;
    const records = new Map(this.#records);
    const dirty = new Set(this.#dirty);
    const now = options.now ?? (this.options.now ?? (() => new Date()))();
    const ordered = this.#base.index.articles;
    /** The base's articles with the dirty ones put in, out or in anew (from the copies, so in steps). */
    const reordered = function* () {
      const changed: Article[] = [];
      let n = 0;
      for (const id of dirty) {
        const record = records.get(id);
        if (record) changed.push(record.article);
        if (++n % STEP === 0) yield;
      }
      return yield* reorderSteps(ordered, dirty, changed);
    };
    const slices = options.background
      ? { pause: () => this.#changePending(), signal: run.controller.signal, turns: this.#turns }
      : this.#sliced;
    try {
      const sorted = await inSlices(reordered(), slices);
      const { index, common, lastQuote } = await this.#build(sorted, records, fresh, now, slices);
      const deriver = this.options.derive;
      const answers = deriver
        ? await (deriver.deriveLater?.(index, slices) ?? deriver.derive(index))
        : undefined;
      const built = answers ? withAnswers(index, answers) : index;
      const swap = async () => {
        run.controller.signal.throwIfAborted();
        this.#base = { index: built, records, common, lastQuote };
        this.#dirty = run.dirtySince;
        this.#run = undefined;
        if (this.#dirty.size > 0) await this.#serveDelta(now, built.answers);
        else {
          this.#serve(built);
          this.#answersFor = this.#serial;
        }
      };
      if (options.background) await this.#serially(swap);
      else await swap();
    } finally {
      if (this.#run === run) this.#run = undefined;
    }
  }

  /**
   * The full build of `sorted` from `records`: common words of these articles first; records analysed with
   * other common words are analysed again where a changed word may matter to them, and records missing are
   * made (the first build). Re-analysed records replace the live ones unless the article changed since.
   */
  async #build(
    sorted: Article[],
    records: Map<string, ArticleRecord>,
    fresh: ReadonlyMap<string, ArticleAnalysis>,
    now: Date,
    slices: SliceOptions = {},
  ): Promise<{ index: NewsIndex; common: ReadonlySet<string>; lastQuote: number }> {
    const common = await inSlices(commonWordSteps(sorted), slices);
    const objects = new Map(fresh);
    const again = await inSlices(
      (function* () {
        const missing: Article[] = [];
        for (let i = 0; i < sorted.length; i++) {
          const a = sorted[i] as Article;
          if (!records.has(a.id)) missing.push(a);
          if (i % STEP === STEP - 1) yield;
        }
        for (const a of yield* staleArticles(records.values(), common)) missing.push(a);
        return missing;
      })(),
      slices,
    );
    if (again.length > 0) {
      const analysed = await this.#analyze(again, common);
      slices.signal?.throwIfAborted();
      again.forEach((a, i) => {
        const result = analysed[i] as AnalysedArticle;
        const record = recordOf(a, result, common);
        if (records !== this.#records && this.#records.get(a.id)?.article === a)
          this.#records.set(a.id, record);
        records.set(a.id, record);
        if (result.analysis) objects.set(a.id, result.analysis);
      });
    }
    const index = await inSlices(
      buildFromRecords(sorted, records, this.#terms, this.#errors, now, objects),
      slices,
    );
    const lastQuote = await inSlices(lastQuoteSteps(index.quotes), slices);
    return { index, common, lastQuote };
  }

  /**
   * Article files that changed since the last snapshot and may still be being written: stamped twice,
   * `settleMs` apart, unless their modification time is already `settleMs` old (the watcher's debounce
   * has usually waited that long, so a new file is read at once). Only changed files are stamped again.
   */
  async #unsettledFiles(byPath: ReadonlyMap<string, Article>, options: ReloadOptions): Promise<Set<string>> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter(isArticleFileName);
    } catch {
      return new Set(); // the load that follows reports the folder
    }
    const settleMs = options.settleMs ?? 0;
    const files = names.map((name) => path.join(this.dir, name));
    const first = await inBatches(files, (file) => stat(file).catch(() => undefined));
    const now = Date.now();
    const reported = this.#reported;
    const changed = await inSlices(
      (function* () {
        const out: { file: string; stamp: string | undefined }[] = [];
        for (let i = 0; i < files.length; i++) {
          if (i % STEP === STEP - 1) yield;
          const file = files[i] as string;
          const info = first[i];
          const stamp = info ? `${info.size}:${info.mtimeMs}` : undefined;
          const old = byPath.get(file);
          // A broken file seen before, unchanged since, is not waited for again.
          if (stamp === (old ? `${old.bytes}:${old.mtimeMs}` : reported.get(file)?.stamp)) continue;
          // Unchanged for settleMs already (and not dated in the future): settled.
          if (info && now - info.mtimeMs >= settleMs && info.mtimeMs <= now) continue;
          out.push({ file, stamp });
        }
        return out;
      })(),
      this.#sliced,
    );
    if (changed.length === 0) return new Set();
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    await sleep(settleMs);
    const second = await inBatches(changed, ({ file }) => stampOf(file));
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
