/**
 * Answers that depend only on the snapshot (status, timeline, who, sources), derived once per snapshot by
 * the store's `derive` hook before the snapshot is swapped in, so no command computes them on the event loop.
 */
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { summarizeStatus } from '../summary/status.ts';
import { storyTitle } from '../summary/storyName.ts';
import { timelineBriefing } from '../summary/timeline.ts';
import type { Command } from './parse.ts';
import { sourcesBriefing } from './sources.ts';
import { whoBriefing } from './who.ts';

/** The commands whose answer is a function of the snapshot and the configuration alone. */
export const SNAPSHOT_COMMANDS = ['status', 'timeline', 'who', 'sources'] as const;
export type SnapshotCommand = (typeof SNAPSHOT_COMMANDS)[number];

/** Computes one snapshot answer (what `deriveAnswers` stores; also the fallback for a bare snapshot). */
export function computeAnswer(index: NewsIndex, name: SnapshotCommand, config: Config): Briefing {
  const { limits } = config;
  switch (name) {
    case 'status':
      return summarizeStatus(index, {
        maxItems: limits.statusItems,
        maxChars: limits.statusChars,
        window: limits.statusArticles,
        title: storyTitle('latest', index, config),
      });
    case 'timeline':
      return timelineBriefing(
        index,
        limits.timelineItems,
        limits.statusArticles,
        storyTitle('timeline', index, config),
      );
    case 'who':
      return whoBriefing(index, limits.whoItems);
    case 'sources':
      return sourcesBriefing(index, limits.sourcesItems);
  }
}

/** The store's derive hook: every snapshot answer, computed once for a new snapshot. */
export function deriveAnswers(config: Config): (index: NewsIndex) => ReadonlyMap<string, Briefing> {
  return (index) => new Map(SNAPSHOT_COMMANDS.map((name) => [name, computeAnswer(index, name, config)]));
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
