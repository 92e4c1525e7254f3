/**
 * Holds the current NewsIndex snapshot. Reload builds a new one off to the side and swaps one reference:
 * requests in flight keep the snapshot they started with. A file that fails on reload keeps its previous
 * good version in the new snapshot.
 */
import type { Config } from '../config.ts';
import { compileCleaningRules } from '../corpus/clean.ts';
import { loadCorpus } from '../corpus/load.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import { statusOf } from '../commands/handle.ts';
import { buildIndex, type NewsIndex } from './newsIndex.ts';

export interface ReloadReport {
  added: string[];
  updated: string[];
  removed: string[];
  errors: LoadError[];
  /** Articles kept at their previous version because the new file is broken. */
  keptPrevious: string[];
}

export class IndexStore {
  #current: NewsIndex;

  private constructor(
    readonly dir: string,
    readonly config: Config,
    index: NewsIndex,
  ) {
    this.#current = index;
  }

  /** Loads `dir` and builds the first snapshot. */
  static async open(dir: string, config: Config, now: () => Date = () => new Date()): Promise<IndexStore> {
    const { articles, errors } = await loadCorpus(dir, IndexStore.loadOptions(config));
    return new IndexStore(dir, config, IndexStore.#build(articles, errors, now(), config));
  }

  /** Builds a snapshot and warms its status cache before anyone can see it, so no request pays for it. */
  static #build(articles: Article[], errors: LoadError[], now: Date, config: Config): NewsIndex {
    const index = buildIndex(articles, errors, now);
    statusOf(index, { config });
    return index;
  }

  static loadOptions(config: Config) {
    return { rules: compileCleaningRules(config.cleaning), maxFileBytes: config.corpus.maxFileBytes };
  }

  /** The snapshot to answer from; take it once per request. */
  get current(): NewsIndex {
    return this.#current;
  }

  /** Re-reads the folder, builds a new snapshot and swaps it in. Never throws for bad files. */
  async reload(now: Date = new Date()): Promise<ReloadReport> {
    const previous = this.#current;
    const { articles, errors } = await loadCorpus(this.dir, IndexStore.loadOptions(this.config));
    const next = new Map<string, Article>(articles.map((a) => [a.id, a]));
    const keptPrevious: string[] = [];
    for (const error of errors) {
      const old = previous.articles.find((a) => a.path === error.file);
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
    this.#current = IndexStore.#build([...next.values()], errors, now, this.config);
    return report;
  }
}
