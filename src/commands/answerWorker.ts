/**
 * The worker thread's side of `AnswerThread` (commands/answerThread.ts): computes the answers that read only
 * the newest articles (status, timeline) from the window of them it is sent.
 */
import { parentPort } from 'node:worker_threads';
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import { computeWindowAnswers } from './windowAnswers.ts';

export interface WindowRequest {
  id: number;
  config: Config;
  /** The newest articles of the snapshot, in its order (`answerWindow`). */
  articles: Article[];
  errors: readonly LoadError[];
  builtAt: string;
}

export type WindowReply = { id: number; answers: [string, Briefing][] } | { id: number; error: string };

parentPort?.on('message', (request: WindowRequest) => {
  try {
    const answers = computeWindowAnswers(request.articles, request.errors, request.builtAt, request.config);
    parentPort?.postMessage({ id: request.id, answers: [...answers] } satisfies WindowReply);
  } catch (error) {
    parentPort?.postMessage({
      id: request.id,
      error: (error as Error).stack ?? String(error),
    } satisfies WindowReply);
  }
});
