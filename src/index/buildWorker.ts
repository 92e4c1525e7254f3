/**
 * A build worker: runs the per-article phases of an index build (index/shard.ts) for the shard the main
 * thread sends, and keeps that shard between the two phases. Started by BuildPool through worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { draftShard, type ShardArticle, scanShard } from './shard.ts';
import type { WorkerReply, WorkerRequest } from './buildPool.ts';

const port = parentPort;
if (!port) throw new Error('buildWorker.ts runs as a worker thread (see BuildPool)');

let shard: readonly ShardArticle[] = [];

port.on('message', (request: WorkerRequest) => {
  try {
    if (request.kind === 'scan') {
      shard = request.articles;
      const { tally, run } = scanShard(shard, new Set(request.commonWords));
      const reply: WorkerReply = { kind: 'scanned', tally, run };
      port.postMessage(reply, [run.stream.buffer, run.ends.buffer, run.lengths.buffer, run.df.buffer]);
    } else {
      const reply: WorkerReply = { kind: 'drafted', drafts: draftShard(shard, request.tally) };
      shard = [];
      port.postMessage(reply);
    }
  } catch (error) {
    shard = [];
    const reply: WorkerReply = { kind: 'failed', message: (error as Error).stack ?? String(error) };
    port.postMessage(reply);
  }
});
