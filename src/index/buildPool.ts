/**
 * Loads corpus files and builds index snapshots with worker threads. Loading: the files are split between
 * the main thread and the workers, and each reads and parses its part. Building: the corpus is cut into
 * consecutive shards; the main thread and each worker analyse one (each article's people and quotes, and
 * its sentences' tokens); the main thread links the people across articles, merges the quotes and
 * assembles the snapshot. The result is the same snapshot `buildIndex` makes on one thread
 * (tests/index/buildPool.test.ts compares them).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config.ts';
import { type FileOptions, loadFiles, toSentences } from '../corpus/load.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import { commonWords } from '../people/commonWords.ts';
import type { ArticleAnalysis } from '../quotes/catalog.ts';
import { assembleIndex, buildIndex, type NewsIndex, snapshotOrder } from './newsIndex.ts';
import { SentenceSearch, type TokenizedRun } from './sentenceSearch.ts';
import { analyzeShard, type ShardArticle, splitByWeight, splitShards, toShardArticle } from './shard.ts';

export type WorkerRequest =
  | { kind: 'load'; files: string[]; options: FileOptions }
  | { kind: 'analyze'; articles: ShardArticle[]; commonWords: string[] };

export type WorkerReply =
  | { kind: 'loaded'; results: (Article | LoadError)[] }
  | { kind: 'analyzed'; analyses: ArticleAnalysis[]; run: TokenizedRun }
  | { kind: 'failed'; message: string };

/** Build workers for a config: "auto" is one per core beyond the main thread's, at most four. */
export function buildWorkers(setting: Config['index']['buildWorkers']): number {
  if (setting !== 'auto') return setting;
  return Math.max(0, Math.min(4, os.availableParallelism() - 1));
}

/**
 * The main thread's share of the articles relative to one worker's. Measured at 10,000 articles: with this
 * share both finish scanning together; a worker's copying (receiving its shard, sending its results) costs
 * more than the main thread's sending and merging.
 */
const MAIN_SHARE = 1.2;

class BuildWorker {
  readonly #worker: Worker;
  #failure: Error | undefined;
  #waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | undefined;

  constructor(entry: URL) {
    this.#worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { entry: entry.href },
    });
    // Idle workers must not keep a process (the CLI, a test) alive; ask() holds a reference while busy.
    this.#worker.unref();
    this.#worker.on('message', (reply: WorkerReply) => this.#settle(reply));
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`build worker exited (code ${code})`)));
  }

  #settle(reply: WorkerReply): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    this.#worker.unref();
    if (reply.kind === 'failed') waiting?.reject(new Error(`build worker failed: ${reply.message}`));
    else waiting?.resolve(reply);
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    waiting?.reject(error);
  }

  ask(request: WorkerRequest): Promise<WorkerReply> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#worker.ref();
      this.#worker.postMessage(request);
    });
  }

  async terminate(): Promise<void> {
    this.#failure ??= new Error('build pool closed');
    await this.#worker.terminate();
  }
}

function expect<K extends WorkerReply['kind']>(
  reply: WorkerReply,
  kind: K,
): Extract<WorkerReply, { kind: K }> {
  if (reply.kind !== kind) throw new Error(`build worker answered "${reply.kind}", expected "${kind}"`);
  return reply as Extract<WorkerReply, { kind: K }>;
}

export interface BuildPoolOptions {
  /** Worker threads besides the main thread. */
  workers: number;
  /** Smaller jobs (articles to build, files to load) stay on the main thread: sharding them costs more than it saves. */
  minArticles: number;
  /** Told when a worker fails and a job falls back to the main thread. */
  onFallback?: (error: Error) => void;
  /** The worker module (tests point it at a failing one). */
  entry?: URL;
}

export class BuildPool {
  readonly #workers: BuildWorker[];
  readonly #options: BuildPoolOptions;
  /** Jobs run one at a time, in order. */
  #queue: Promise<unknown> = Promise.resolve();
  #broken = false;

  /** Starts the workers now, so they boot while the corpus is being read. */
  constructor(options: BuildPoolOptions) {
    this.#options = options;
    const entry = options.entry ?? new URL('./buildWorker.ts', import.meta.url);
    this.#workers = Array.from({ length: Math.max(0, options.workers) }, () => new BuildWorker(entry));
  }

  get workers(): number {
    return this.#broken ? 0 : this.#workers.length;
  }

  /**
   * Reads and parses files (in order, one result per file), part on this thread and part on each worker,
   * when there are enough of them; on this thread alone otherwise, or if a worker fails.
   */
  loadFiles(files: readonly string[], options: FileOptions): Promise<(Article | LoadError)[]> {
    return this.#enqueue(
      files.length,
      () => loadFiles(files, options),
      () => this.#loadSharded(files, options),
    );
  }

  /**
   * Builds a snapshot, on the workers when the corpus is large enough. If a worker fails, the build is
   * redone on the main thread (and the pool stops using workers): a snapshot is never lost to a worker.
   */
  build(articles: readonly Article[], errors: readonly LoadError[], now: Date): Promise<NewsIndex> {
    return this.#enqueue(
      articles.length,
      () => buildIndex(articles, errors, now),
      () => this.#buildSharded(articles, errors, now),
    );
  }

  /**
   * Runs a job after the previous ones (a worker holds one job's data at a time): sharded when the pool has
   * workers and the job is large enough, on this thread otherwise, and again on this thread if a worker
   * fails (the pool then stops using its workers).
   */
  #enqueue<T>(size: number, local: () => T | Promise<T>, sharded: () => Promise<T>): Promise<T> {
    const run = async () => {
      if (this.workers === 0 || size < this.#options.minArticles) return local();
      try {
        return await sharded();
      } catch (error) {
        this.#broken = true;
        this.#options.onFallback?.(error as Error);
        return local();
      }
    };
    const next = this.#queue.then(run, run);
    // Only the order is kept: the queue must not hold on to a snapshot.
    this.#queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  async #loadSharded(files: readonly string[], options: FileOptions): Promise<(Article | LoadError)[]> {
    const [own = [], ...theirs] = splitByWeight(files, this.#weights(), () => 1);
    const fileOptions: FileOptions = { rules: options.rules, maxFileBytes: options.maxFileBytes };
    const asked = this.#workers
      .slice(0, theirs.length)
      .map((w, i) => w.ask({ kind: 'load', files: theirs[i] as string[], options: fileOptions }));
    const mine = await loadFiles(own, fileOptions);
    const replies = (await Promise.all(asked)).map((r) => expect(r, 'loaded'));
    // Workers send articles without their sentences (the paragraphs' text again): rebuilt here.
    for (const reply of replies) {
      for (const r of reply.results) if (!('reason' in r)) r.sentences = toSentences(r.id, r.paragraphs);
    }
    return mine.concat(...replies.map((r) => r.results));
  }

  async #buildSharded(
    articles: readonly Article[],
    errors: readonly LoadError[],
    now: Date,
  ): Promise<NewsIndex> {
    const sorted = snapshotOrder(articles);
    const common = commonWords(sorted);
    const [own = [], ...theirs] = splitShards(sorted, this.#weights());
    const workers = this.#workers.slice(0, theirs.length);
    // Every shard analyses its articles and tokenises its sentences; the main thread takes the first shard.
    const analysing = workers.map((w, i) =>
      w.ask({
        kind: 'analyze',
        articles: (theirs[i] as Article[]).map(toShardArticle),
        commonWords: [...common],
      }),
    );
    const mine = analyzeShard(own, common);
    const analysed = (await Promise.all(analysing)).map((r) => expect(r, 'analyzed'));
    return assembleIndex(sorted, errors, now, {
      analyses: mine.analyses.concat(...analysed.map((a) => a.analyses)),
      search: SentenceSearch.fromRuns([mine.run, ...analysed.map((a) => a.run)]),
    });
  }

  /** Shares of the work: the main thread's, then each worker's. */
  #weights(): number[] {
    return [MAIN_SHARE, ...this.#workers.map(() => 1)];
  }

  /** Stops the workers; later builds run on the main thread. */
  async close(): Promise<void> {
    this.#broken = true;
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
