/** The worker thread's side of ExtractorThread: extracts each page it is sent and replies with the result. */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extract.ts';

export interface ExtractRequest {
  id: number;
  html: string;
  url: string;
}

parentPort?.on('message', (request: ExtractRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, page: extractArticle(request.html, request.url) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: (error as Error).message });
  }
});
