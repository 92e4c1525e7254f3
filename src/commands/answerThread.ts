/**
 * Where the window answers (status, timeline) of a new snapshot are computed: a worker thread, started on
 * first use. Status alone takes 0.15–0.35 s at every corpus size (it compares the sentences of the newest
 * articles pairwise), too long for the event loop of a bot that must acknowledge a command within 3 s. A
 * worker that cannot run is logged once and the answers are computed on the calling thread from then on.
 */
import { Worker } from 'node:worker_threads';
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import type { Logger } from '../log.ts';
import type { WindowReply, WindowRequest } from './answerWorker.ts';
import { computeWindowAnswers, type WindowCommand } from './windowAnswers.ts';

export interface WindowInput {
  articles: Article[];
  errors: readonly LoadError[];
  builtAt: string;
}

export class AnswerThread {
  readonly #config: Config;
  readonly #log: Pick<Logger, 'warn'> | undefined;
  #worker: Worker | undefined;
  #broken = false;
  #next = 0;
  /** Requests sent and not answered, by id. */
  readonly #waiting = new Map<number, (reply: WindowReply | undefined) => void>();

  constructor(config: Config, log?: Pick<Logger, 'warn'>) {
    this.#config = config;
    this.#log = log;
  }

  /** Status and timeline of a window of a snapshot, computed in the worker. */
  async answer(input: WindowInput): Promise<Map<WindowCommand, Briefing>> {
    if (this.#broken) return this.#here(input);
    const worker = this.#start();
    const id = this.#next++;
    const reply = await new Promise<WindowReply | undefined>((resolve) => {
      this.#waiting.set(id, resolve);
      worker.ref();
      worker.postMessage({ id, config: this.#config, ...input } satisfies WindowRequest);
    });
    if (!reply) return this.#here(input);
    if ('error' in reply) throw new Error(`answer worker failed: ${reply.error}`);
    return new Map(reply.answers as [WindowCommand, Briefing][]);
  }

  #here(input: WindowInput): Map<WindowCommand, Briefing> {
    return computeWindowAnswers(input.articles, input.errors, input.builtAt, this.#config);
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const entry = new URL('./answerWorker.ts', import.meta.url);
    const worker = new Worker(new URL('../index/worker.mjs', import.meta.url), {
      workerData: { entry: entry.href },
    });
    worker.unref();
    worker.on('message', (reply: WindowReply) => {
      const resolve = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if (this.#waiting.size === 0) worker.unref();
      resolve?.(reply);
    });
    const failed = (error: unknown) => {
      if (this.#worker !== worker) return;
      this.#broken = true;
      this.#worker = undefined;
      this.#log?.warn(
        { err: error },
        'answer worker failed; deriving answers on the main thread from now on',
      );
      // Those waiting are answered here instead (undefined: compute on the calling thread).
      for (const resolve of this.#waiting.values()) resolve(undefined);
      this.#waiting.clear();
    };
    worker.once('error', failed);
    worker.once('exit', (code) => failed(new Error(`answer worker exited (code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }
}
