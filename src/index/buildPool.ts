/**
 * Loads corpus files and analyses articles with worker threads. Loading: the files are split between the
 * main thread and the workers, and each reads and parses its part. Analysing: the articles (in snapshot
 * order) are cut into small chunks of consecutive articles, handed out as the main thread (in slices,
 * index/steps.ts: the event loop keeps running) and the workers ask for them, so all finish together and
 * copying a chunk never holds the main thread up for long. A worker answers with each article's analysis
 * as a string (index/analysisCodec.ts) and its tokens as typed arrays (moved, not copied). The result is the
 * same as analysing everything on the main thread (tests/index/buildPool.test.ts compares the snapshots).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config.ts';
import { type FileOptions, loadFiles, toSentences } from '../corpus/load.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import { commonWordSteps } from '../people/commonWords.ts';
import { inSlices, type SliceOptions } from '../steps.ts';
import { decodeAnalysis } from './analysisCodec.ts';
import { assembleSteps, type NewsIndex, snapshotOrder } from './newsIndex.ts';
import { SearchTerms } from './searchTerms.ts';
import {
  type AnalysedArticle,
  type AnalysedChunk,
  analyzeHere,
  type ShardArticle,
  splitByWeight,
  toShardArticle,
} from './shard.ts';

export type WorkerRequest =
  | { kind: 'load'; files: string[]; options: FileOptions }
  /**
   * `commonWords` come with a job's first chunk to each worker (it keeps them for the job's later chunks,
   * which leave them out): copying them with every chunk cost as much as a chunk's own articles.
   */
  | { kind: 'analyze'; job: number; articles: ShardArticle[]; commonWords?: string[] };

export type WorkerReply =
  | { kind: 'loaded'; results: (Article | LoadError)[] }
  | ({ kind: 'analyzed' } & AnalysedChunk)
  | { kind: 'failed'; message: string };

/** Files or articles per message to a worker: each message is copied on the main thread in one go. */
const CHUNK = 64;
/** Messages a worker holds at once: one it works on, one waiting, so it is never idle for a round trip. */
const IN_FLIGHT = 2;

/** Build workers for a config: "auto" is one per core beyond the main thread's, at most four. */
export function buildWorkers(setting: Config['index']['buildWorkers']): number {
  if (setting !== 'auto') return setting;
  return Math.max(0, Math.min(4, os.availableParallelism() - 1));
}

/** The main thread's share of the files to load relative to one worker's (it also rebuilds their sentences). */
const MAIN_SHARE = 1.2;

class BuildWorker {
  readonly #worker: Worker;
  #failure: Error | undefined;
  /** Requests sent and not answered yet, oldest first: a worker answers in order. */
  readonly #waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }[] = [];

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
    const waiting = this.#waiting.shift();
    if (this.#waiting.length === 0) this.#worker.unref();
    if (reply.kind === 'failed') waiting?.reject(new Error(`build worker failed: ${reply.message}`));
    else waiting?.resolve(reply);
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiting of this.#waiting.splice(0)) waiting.reject(error);
  }

  ask(request: WorkerRequest): Promise<WorkerReply> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage(request);
    });
  }

  /**
   * Asks for every request in order, at most IN_FLIGHT at a time, handing each reply to `take` as it
   * comes (in order); rejects on the first failure.
   */
  askAll(requests: readonly WorkerRequest[], take: (reply: WorkerReply, i: number) => void): Promise<void> {
    let next = 0;
    return this.pull(
      () => (next < requests.length ? next++ : -1),
      (i) => requests[i] as WorkerRequest,
      take,
    );
  }

  /**
   * Asks for chunks as long as `take` hands out one (its index; -1 when none is left), at most IN_FLIGHT at
   * a time, handing each reply to `done` with its chunk's index; rejects on the first failure.
   */
  async pull(
    take: () => number,
    request: (chunk: number) => WorkerRequest,
    done: (reply: WorkerReply, chunk: number) => void,
  ): Promise<void> {
    const pending: { chunk: number; reply: Promise<WorkerReply> }[] = [];
    for (;;) {
      while (pending.length < IN_FLIGHT) {
        const chunk = take();
        if (chunk < 0) break;
        pending.push({ chunk, reply: this.ask(request(chunk)) });
      }
      const first = pending.shift();
      if (first === undefined) return;
      done(await first.reply, first.chunk);
    }
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

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export class BuildPool {
  readonly #workers: BuildWorker[];
  readonly #options: BuildPoolOptions;
  /** Jobs run one at a time, in order. */
  #queue: Promise<unknown> = Promise.resolve();
  #broken = false;
  /** Analysis jobs sent so far: a worker keeps a job's common words for its later chunks. */
  #jobs = 0;

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
   * Analyses and tokenises articles (in snapshot order; one result per article, in order), on the workers
   * when there are enough of them. `common` are the corpus's lower-case words (people/commonWords.ts);
   * tokens come with ids of `terms`. If a worker fails, the job is redone on the main thread (and the pool
   * stops using workers): an analysis is never lost to a worker.
   */
  analyze(
    sorted: readonly Article[],
    common: ReadonlySet<string>,
    terms: SearchTerms,
    slices: SliceOptions = {},
  ): Promise<AnalysedArticle[]> {
    return this.#enqueue(
      sorted.length,
      () => inSlices(analyzeHere(sorted, common, terms), slices),
      () => this.#analyzeSharded(sorted, common, terms, slices),
    );
  }

  /**
   * Builds a snapshot of `articles` as the index store builds one (the same as `buildIndex`), with the
   * workers, leaving the event loop free between slices.
   */
  async build(articles: readonly Article[], errors: readonly LoadError[], now: Date): Promise<NewsIndex> {
    const sorted = snapshotOrder(articles);
    const terms = new SearchTerms();
    const common = await inSlices(commonWordSteps(sorted));
    const analysed = await this.analyze(sorted, common, terms);
    return inSlices(
      (function* () {
        const analyses = [];
        for (const a of analysed) {
          analyses.push(a.analysis ?? decodeAnalysis(a.encoded));
          if (analyses.length % 64 === 0) yield;
        }
        const tokens = analysed.map((a) => a.tokens);
        return yield* assembleSteps({ sorted, analyses, tokens, terms }, errors, now);
      })(),
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
    const results: (Article | LoadError)[][] = theirs.map(() => []);
    const asked = this.#workers.slice(0, theirs.length).map((w, i) =>
      w.askAll(
        chunks(theirs[i] as string[]).map((part) => ({ kind: 'load', files: part, options: fileOptions })),
        (reply) => {
          const loaded = expect(reply, 'loaded').results;
          // Workers send articles without their sentences (the paragraphs' text again): rebuilt here.
          for (const r of loaded) if (!('reason' in r)) r.sentences = toSentences(r.id, r.paragraphs);
          (results[i] as (Article | LoadError)[]).push(...loaded);
        },
      ),
    );
    const mine = await loadFiles(own, fileOptions);
    await Promise.all(asked);
    return mine.concat(...results);
  }

  /**
   * Chunks of consecutive articles handed out as they are asked for: each worker takes the next one when it
   * has room, and so does the main thread when it has finished its last (in slices, so the workers'
   * answers are taken in between), so all finish together however fast each one is.
   */
  async #analyzeSharded(
    sorted: readonly Article[],
    common: ReadonlySet<string>,
    terms: SearchTerms,
    slices: SliceOptions,
  ): Promise<AnalysedArticle[]> {
    const parts = chunks(sorted);
    const commonWords = [...common];
    const job = ++this.#jobs;
    const results: AnalysedArticle[][] = parts.map(() => []);
    let next = 0;
    let failed = false;
    const take = () => (failed || next === parts.length ? -1 : next++);
    const asked = Promise.all(
      this.#workers.map((w) => {
        let first = true;
        return w.pull(
          take,
          (chunk) => {
            const articles = (parts[chunk] as Article[]).map(toShardArticle);
            if (!first) return { kind: 'analyze', job, articles };
            first = false;
            return { kind: 'analyze', job, articles, commonWords };
          },
          (reply, chunk) => {
            const analysed = expect(reply, 'analyzed');
            const ids = terms.idsOf(analysed.words);
            // Decoded as each chunk arrives, while the worker goes on with the next: the main thread takes
            // fewer chunks of its own instead of decoding them all once both are done.
            results[chunk] = analysed.tokens.map((tokens, k) => {
              const encoded = analysed.encoded[k] as string;
              return { encoded, analysis: decodeAnalysis(encoded), tokens: terms.adopt(tokens, ids) };
            });
          },
        );
      }),
    );
    // A failed worker ends the main thread's share too: the whole job is redone on this thread.
    asked.catch(() => {
      failed = true;
    });
    for (let chunk = take(); chunk >= 0; chunk = take())
      results[chunk] = await inSlices(analyzeHere(parts[chunk] as Article[], common, terms), slices);
    await asked;
    return results.flat();
  }

  /** Shares of the work: the main thread's, then each worker's. */
  #weights(): number[] {
    return [MAIN_SHARE, ...this.#workers.map(() => 1)];
  }

  /** Stops the workers; later jobs run on the main thread. */
  async close(): Promise<void> {
    this.#broken = true;
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
