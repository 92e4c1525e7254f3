// Entry of the page-extraction worker thread. Node 20 does not hand the parent's module hooks (tsx) to
// workers, so the worker registers tsx itself before loading its TypeScript module (workerData.entry).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
