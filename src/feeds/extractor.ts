/**
 * Where pages are extracted. Parsing a large page with linkedom and Readability takes up to a second or
 * more (measured: 0.3–1.5 s for 30–600 KB pages on this machine), far too long for the bot's event loop,
 * which must acknowledge a Slack command within 3 s: so the bot extracts in a worker thread, one page at a
 * time, each within a time limit (a pathological page is abandoned and the worker restarted).
 */
import { ErrorCode } from '../errors.ts';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { Logger } from '../log.ts';
import { type FeedError, feedError } from './errors.ts';
import { type ExtractedPage, extractArticle } from './extract.ts';
import type { ExtractRequest } from './extractWorker.ts';

export interface Extractor {
  extract(html: string, url: string): Promise<ExtractedPage | FeedError>;
  close(): Promise<void>;
}

/** Extraction on the calling thread (the CLI's one-off fetch may block; tests). */
export const inlineExtractor: Extractor = {
  async extract(html, url) {
    return extractArticle(html, url);
  },
  async close() {},
};

type Reply = { id: number; page: ExtractedPage } | { id: number; error: string };

/** One worker thread, started on first use; a failed worker falls back to the calling thread, with a warning. */
export class ExtractorThread implements Extractor {
  readonly #timeoutMs: number;
  readonly #log: Pick<Logger, 'warn'>;
  readonly #one = pLimit(1);
  #worker: Worker | undefined;
  #broken = false;
  #next = 0;

  constructor(options: { timeoutMs: number; log: Pick<Logger, 'warn'> }) {
    this.#timeoutMs = options.timeoutMs;
    this.#log = options.log;
  }

  extract(html: string, url: string): Promise<ExtractedPage | FeedError> {
    return this.#one(() => (this.#broken ? inlineExtractor.extract(html, url) : this.#send(html, url)));
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }

  #start(): Worker {
    const entry = new URL('./extractWorker.ts', import.meta.url);
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { entry: entry.href },
    });
    worker.unref();
    return worker;
  }

  #send(html: string, url: string): Promise<ExtractedPage | FeedError> {
    this.#worker ??= this.#start();
    const worker = this.#worker;
    const id = this.#next++;
    return new Promise((resolve) => {
      const done = (result: ExtractedPage | FeedError) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
        worker.unref();
        resolve(result);
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        done(
          'page' in reply
            ? reply.page
            : feedError(ErrorCode.FeedNoArticle, `cannot extract ${url} (${reply.error})`),
        );
      };
      const onFailure = (error: unknown) => {
        // A worker that cannot run (or died) is not retried: this and later pages are extracted here.
        this.#broken = true;
        this.#worker = undefined;
        this.#log.warn(
          { err: error },
          'page extraction worker failed; extracting on the main thread from now on',
        );
        void worker.terminate();
        resolve(inlineExtractor.extract(html, url).finally(() => clearTimeout(timer)));
      };
      const timer = setTimeout(() => {
        // The page holds the worker hostage: drop the worker; the next page starts a fresh one.
        this.#worker = undefined;
        void worker.terminate();
        done(
          feedError(
            ErrorCode.FeedTooSlow,
            `extracting ${url} took longer than ${this.#timeoutMs} ms; skipped`,
          ),
        );
      }, this.#timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onFailure);
      worker.once('exit', onFailure);
      worker.ref();
      worker.postMessage({ id, html, url } satisfies ExtractRequest);
    });
  }
}
