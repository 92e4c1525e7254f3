/** Dispatch: every command is a pure function of (index, command, context) returning a Briefing. */
import { type Briefing, errorBriefing } from '../briefing.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { summarizeStatus } from '../summary/status.ts';
import { storyTitle } from '../summary/storyName.ts';
import { timelineBriefing } from '../summary/timeline.ts';
import type { CommandContext } from './context.ts';
import { helpBriefing } from './help.ts';
import type { Command } from './parse.ts';
import { quoteBriefing } from './quote.ts';
import { searchBriefing } from './search.ts';
import { sourcesBriefing, withFeedHealth } from './sources.ts';
import { whoBriefing } from './who.ts';

/** Answers that depend only on the snapshot are computed once per snapshot. */
function cached(index: NewsIndex, key: string, compute: () => Briefing): Briefing {
  const hit = index.cache.get(key);
  if (hit) return hit;
  const value = compute();
  index.cache.set(key, value);
  return value;
}

/** The status summary of a snapshot (cached on the snapshot). */
export function statusOf(index: NewsIndex, ctx: Pick<CommandContext, 'config'>): Briefing {
  const { limits } = ctx.config;
  return cached(index, 'status', () =>
    summarizeStatus(index, {
      maxItems: limits.statusItems,
      maxChars: limits.statusChars,
      window: limits.statusArticles,
      title: storyTitle('latest', index, ctx.config),
    }),
  );
}

export function handleCommand(index: NewsIndex, command: Command, ctx: CommandContext): Briefing {
  const { limits, story } = ctx.config;
  switch (command.name) {
    case 'status':
      return statusOf(index, ctx);
    case 'search':
      return searchBriefing(index, command.query, limits.searchItems);
    case 'sources':
      return withFeedHealth(sourcesBriefing(index), ctx.feeds?.() ?? []);
    case 'timeline':
      return cached(index, 'timeline', () =>
        timelineBriefing(
          index,
          limits.timelineItems,
          limits.statusArticles,
          storyTitle('timeline', index, ctx.config),
        ),
      );
    case 'who':
      return cached(index, 'who', () => whoBriefing(index, limits.whoItems));
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
