/**
 * Holds the current NewsIndex snapshot. Reload builds a new one off to the side and swaps one reference:
 * requests in flight keep the snapshot they started with. A file that fails on reload keeps its previous
 * good version in the new snapshot.
 */
import type { Config } from '../config.ts';
import { compileCleaningRules } from '../corpus/clean.ts';
import { countArticleFiles, type LoadOptions, loadCorpus } from '../corpus/load.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import type { Briefing } from '../briefing.ts';
import type { Logger } from '../log.ts';
import { BuildPool, buildWorkers } from './buildPool.ts';
import { buildIndex, type NewsIndex, withAnswers } from './newsIndex.ts';

export interface ReloadReport {
  added: string[];
  updated: string[];
  removed: string[];
  errors: LoadError[];
  /** Articles kept at their previous version because the new file is broken. */
  keptPrevious: string[];
}

export interface StoreOptions {
  now?: () => Date;
  /** Told when a build worker fails and the corpus is loaded and built on the main thread instead. */
  log?: Pick<Logger, 'warn'>;
  /**
   * Derives the answers that depend only on a snapshot (commands/answers.ts supplies it), run on each new
   * snapshot before it is swapped in, so no request pays for them. The store does not know what they are.
   */
  derive?: (index: NewsIndex) => ReadonlyMap<string, Briefing>;
}

export class IndexStore {
  #current: NewsIndex;
  #pool: BuildPool | undefined;

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
    store.#current = await store.#build(articles, errors, (options.now ?? (() => new Date()))());
    return store;
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

  /** Builds a snapshot with its derived answers before anyone can see it. */
  async #build(articles: Article[], errors: LoadError[], now: Date): Promise<NewsIndex> {
    const pool = this.#poolFor(articles.length);
    const index = pool ? await pool.build(articles, errors, now) : buildIndex(articles, errors, now);
    const { derive } = this.options;
    return derive ? withAnswers(index, derive(index)) : index;
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

  /** Re-reads the folder, builds a new snapshot and swaps it in. Never throws for bad files. */
  async reload(now: Date = new Date()): Promise<ReloadReport> {
    const previous = this.#current;
    const byPath = new Map(previous.articles.map((a) => [a.path, a]));
    // Unchanged files (same size and modification time) keep their parsed article.
    const { articles, errors } = await loadCorpus(this.dir, { ...this.#loadOptions(), previous: byPath });
    const next = new Map<string, Article>(articles.map((a) => [a.id, a]));
    const keptPrevious: string[] = [];
    for (const error of errors) {
      const old = byPath.get(error.file);
      if (old && !next.has(old.id)) {
        next.set(old.id, old);
        keptPrevious.push(old.id);
      }
    }
    const report: ReloadReport = { added: [], updated: [], removed: [], errors, keptPrevious };
    for (const [id, a] of next) {
      const old = previous.byId.get(id);
      if (!old) report.added.push(id);
      else if (old.mtimeMs !== a.mtimeMs || old.path !== a.path) report.updated.push(id);
    }
    for (const a of previous.articles) if (!next.has(a.id)) report.removed.push(a.id);
    this.#current = await this.#build([...next.values()], errors, now);
    return report;
  }
}
