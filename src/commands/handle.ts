/** Dispatch: every command is a pure function of (index, command, context) returning a Briefing. */
import { type Briefing, errorBriefing } from '../briefing.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { snapshotAnswer } from './answers.ts';
import type { CommandContext } from './context.ts';
import { helpBriefing } from './help.ts';
import type { Command } from './parse.ts';
import { quoteBriefing } from './quote.ts';
import { searchBriefing } from './search.ts';
import { withFeedHealth } from './sources.ts';

/** The status summary of a snapshot (derived with the snapshot; computed now for a bare one). */
export function statusOf(index: NewsIndex, ctx: Pick<CommandContext, 'config'>): Briefing {
  return snapshotAnswer(index, 'status', ctx.config);
}

export function handleCommand(index: NewsIndex, command: Command, ctx: CommandContext): Briefing {
  const { limits, story } = ctx.config;
  switch (command.name) {
    case 'status':
    case 'timeline':
    case 'who':
      return snapshotAnswer(index, command.name, ctx.config);
    case 'sources':
      // Feed health changes between snapshots: added to the snapshot's answer on each request.
      return withFeedHealth(snapshotAnswer(index, 'sources', ctx.config), ctx.feeds?.() ?? []);
    case 'search':
      return searchBriefing(index, command.query, limits.searchItems);
    case 'quote':
      return quoteBriefing(index, command.query, command.limit ?? limits.quoteItems, story.keyword);
    case 'digest':
      return ctx.digest
        ? ctx.digest(index, ctx.now)
        : errorBriefing('Digest', 'The digest is not configured in this process.');
    case 'help':
      return helpBriefing(story.keyword, command.unknown);
  }
}
