/**
 * A build worker: reads and parses corpus files, and analyses the chunks of articles the main thread sends
 * (index/shard.ts). Started by BuildPool through worker.mjs; holds nothing between requests.
 */
import { parentPort } from 'node:worker_threads';
import { loadFiles } from '../corpus/load.ts';
import type { WorkerReply, WorkerRequest } from './buildPool.ts';
import { analyzeChunk } from './shard.ts';

const port = parentPort;
if (!port) throw new Error('buildWorker.ts runs as a worker thread (see BuildPool)');

port.on('message', async (request: WorkerRequest) => {
  try {
    if (request.kind === 'load') {
      const results = await loadFiles(request.files, request.options);
      // Sentences repeat the paragraphs' text: the main thread rebuilds them instead of receiving them.
      for (const r of results) if (!('reason' in r)) r.sentences = [];
      const reply: WorkerReply = { kind: 'loaded', results };
      port.postMessage(reply);
    } else {
      const chunk = analyzeChunk(request.articles, new Set(request.commonWords));
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
