/**
 * A build worker: reads and parses corpus files, and runs the per-article phases of an index build
 * (index/shard.ts) for the shard the main thread sends, keeping that shard between the two phases. Started by BuildPool through worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { loadFiles } from '../corpus/load.ts';
import { draftQuotes } from '../quotes/catalog.ts';
import { PeopleDirectory } from '../quotes/people.ts';
import { type ShardArticle, scanShard } from './shard.ts';
import type { WorkerReply, WorkerRequest } from './buildPool.ts';

const port = parentPort;
if (!port) throw new Error('buildWorker.ts runs as a worker thread (see BuildPool)');

let shard: readonly ShardArticle[] = [];

port.on('message', async (request: WorkerRequest) => {
  try {
    if (request.kind === 'load') {
      const results = await loadFiles(request.files, request.options);
      // Sentences repeat the paragraphs' text: the main thread rebuilds them instead of receiving them.
      for (const r of results) if (!('reason' in r)) r.sentences = [];
      const reply: WorkerReply = { kind: 'loaded', results };
      port.postMessage(reply);
    } else if (request.kind === 'scan') {
      shard = request.articles;
      const { tally, run } = scanShard(shard, new Set(request.commonWords));
      const reply: WorkerReply = { kind: 'scanned', tally, run };
      port.postMessage(reply, [run.stream.buffer, run.ends.buffer, run.lengths.buffer, run.df.buffer]);
    } else {
      const reply: WorkerReply = {
        kind: 'drafted',
        drafts: draftQuotes(shard, new PeopleDirectory(request.tally)),
      };
      shard = [];
      port.postMessage(reply);
    }
  } catch (error) {
    shard = [];
    const reply: WorkerReply = { kind: 'failed', message: (error as Error).stack ?? String(error) };
    port.postMessage(reply);
  }
});
