/**
 * A build worker: reads and parses corpus files, and analyses the chunks of articles the main thread sends
 * (index/shard.ts). Started by BuildPool through worker.mjs; holds nothing between requests but the common
 * words of the analysis job under way.
 */
import { type MessagePort, parentPort } from 'node:worker_threads';
import { loadFiles } from '../corpus/load.ts';
import type { WorkerReply, WorkerRequest } from './buildPool.ts';
import { analyzeChunk } from './shard.ts';

const port = parentPort;
if (!port) throw new Error('buildWorker.ts runs as a worker thread (see BuildPool)');

/** Answers the main thread's requests, one at a time, in order. */
function serve(port: MessagePort): void {
  /** The common words of the job being analysed (sent with its first chunk only). */
  let job: { id: number; common: ReadonlySet<string> } | undefined;
  port.on('message', async (request: WorkerRequest) => {
    try {
      if (request.kind === 'load') {
        const results = await loadFiles(request.files, request.options);
        // Sentences repeat the paragraphs' text: the main thread rebuilds them instead of receiving them.
        for (const r of results) if (!('reason' in r)) r.sentences = [];
        const reply: WorkerReply = { kind: 'loaded', results };
        port.postMessage(reply);
      } else {
        if (request.commonWords) job = { id: request.job, common: new Set(request.commonWords) };
        if (job?.id !== request.job)
          throw new Error(`chunk of job ${request.job} came without its common words`);
        const chunk = analyzeChunk(request.articles, job.common);
        const reply: WorkerReply = { kind: 'analyzed', ...chunk };
        port.postMessage(
          reply,
          chunk.tokens.map((t) => t.buffer),
        );
      }
    } catch (error) {
      const reply: WorkerReply = { kind: 'failed', message: (error as Error).stack ?? String(error) };
      port.postMessage(reply);
    }
  });
}

serve(port);
