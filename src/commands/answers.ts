/**
 * Answers that depend only on the snapshot (status, timeline, who, sources), derived once per snapshot by
 * the store's `derive` hook, so no command computes them on the event loop. The first snapshot's are
 * derived before it is served; a later snapshot's after it is served, without holding the event loop:
 * status and timeline in a worker thread from the newest articles (windowAnswers.ts), who and sources here,
 * in slices of the event loop (steps.ts). Until they are done the store serves the previous snapshot's.
 */
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import type { AnswerDeriver } from '../index/store.ts';
import type { Logger } from '../log.ts';
import { inSlices } from '../steps.ts';
import { AnswerThread } from './answerThread.ts';
import type { Command } from './parse.ts';
import { sourcesBriefing, sourcesSteps } from './sources.ts';
import { whoBriefing, whoSteps } from './who.ts';
import { answerWindow, windowAnswer } from './windowAnswers.ts';

/** The commands whose answer is a function of the snapshot and the configuration alone. */
export const SNAPSHOT_COMMANDS = ['status', 'timeline', 'who', 'sources'] as const;
export type SnapshotCommand = (typeof SNAPSHOT_COMMANDS)[number];

/** Computes one snapshot answer (what `deriveAnswers` stores; also the fallback for a bare snapshot). */
export function computeAnswer(index: NewsIndex, name: SnapshotCommand, config: Config): Briefing {
  const { limits } = config;
  switch (name) {
    case 'status':
    case 'timeline':
      return windowAnswer(index, name, config);
    case 'who':
      return whoBriefing(index, limits.whoItems);
    case 'sources':
      return sourcesBriefing(index, limits.sourcesItems);
  }
}

/**
 * The store's derive hook: every snapshot answer, computed once for a new snapshot (see the module
 * comment). `close` stops its worker thread.
 */
export function deriveAnswers(config: Config, options: { log?: Pick<Logger, 'warn'> } = {}): AnswerDeriver {
  const thread = new AnswerThread(config, options.log);
  return {
    derive: (index) => new Map(SNAPSHOT_COMMANDS.map((name) => [name, computeAnswer(index, name, config)])),
    async deriveLater(index, slices) {
      const windowed = thread.answer({
        articles: answerWindow(index, config),
        errors: index.errors,
        builtAt: index.builtAt,
      });
      const who = await inSlices(whoSteps(index, config.limits.whoItems), slices);
      const sources = await inSlices(sourcesSteps(index, config.limits.sourcesItems), slices);
      const window = await windowed;
      return new Map<string, Briefing>([
        ['status', window.get('status') as Briefing],
        ['timeline', window.get('timeline') as Briefing],
        ['who', who],
        ['sources', sources],
      ]);
    },
    close: () => thread.close(),
  };
}

/** The snapshot's answer for `name`: derived with the snapshot, or computed now for a bare snapshot. */
export function snapshotAnswer(index: NewsIndex, name: SnapshotCommand, config: Config): Briefing {
  return index.answers.get(name) ?? computeAnswer(index, name, config);
}

function isSnapshotCommand(name: string): name is SnapshotCommand {
  return (SNAPSHOT_COMMANDS as readonly string[]).includes(name);
}

/**
 * Whether answering may take long enough to defer first: the digest (it reads every quote), and a snapshot
 * answer the snapshot was built without. Everything else answers in a few milliseconds.
 */
export function mayBeSlow(index: NewsIndex, command: Command): boolean {
  if (command.name === 'digest') return true;
  return isSnapshotCommand(command.name) && !index.answers.has(command.name);
}
