/** Dispatch: every command is a pure function of (index, command, context) returning a Briefing. */
import { type Briefing, errorBriefing } from '../briefing.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { snapshotAnswer } from './answers.ts';
import type { CommandContext } from './context.ts';
import { helpBriefing } from './help.ts';
import type { Command } from './parse.ts';
import { quoteBriefing } from './quote.ts';
import { searchBriefing } from './search.ts';
import { sourcesBriefing, withFeedHealth } from './sources.ts';
import { whoBriefing } from './who.ts';

/** The status summary of a snapshot (derived with the snapshot; computed now for a bare one). */
export function statusOf(index: NewsIndex, ctx: Pick<CommandContext, 'config'>): Briefing {
  return snapshotAnswer(index, 'status', ctx.config);
}

/** A briefing whose next page names the story it came from, so that its button asks the same story. */
function inStory(briefing: Briefing, keyword: string): Briefing {
  return briefing.next && briefing.next.story === undefined
    ? { ...briefing, next: { ...briefing.next, story: keyword } }
    : briefing;
}

/** Answers `command` from one story's snapshot; `ctx.config.story` is that story. */
export function handleCommand(index: NewsIndex, command: Command, ctx: CommandContext): Briefing {
  const { limits, story } = ctx.config;
  const keyword = story.keyword;
  switch (command.name) {
    case 'status':
    case 'timeline':
      return snapshotAnswer(index, command.name, ctx.config);
    case 'who':
      return inStory(
        command.offset
          ? whoBriefing(index, limits.whoItems, command.offset)
          : snapshotAnswer(index, 'who', ctx.config),
        keyword,
      );
    case 'sources':
      // Feed health changes between snapshots: added to the snapshot's answer on each request.
      return inStory(
        withFeedHealth(
          command.offset
            ? sourcesBriefing(index, limits.sourcesItems, command.offset)
            : snapshotAnswer(index, 'sources', ctx.config),
          ctx.feeds?.() ?? [],
        ),
        keyword,
      );
    case 'search':
      return searchBriefing(index, command.query, limits.searchItems);
    case 'quote':
      return quoteBriefing(index, command.query, command.limit ?? limits.quoteItems, {
        keyword,
        ...(command.offset ? { offset: command.offset } : {}),
      });
    case 'digest':
      return ctx.digest
        ? ctx.digest(index, ctx.now)
        : errorBriefing('Digest', 'The digest is not configured in this process.');
    case 'help':
      return helpBriefing(keyword, {
        ...(command.unknown !== undefined ? { unknown: command.unknown } : {}),
        ...(command.problem !== undefined ? { problem: command.problem } : {}),
        ...(ctx.stories ? { stories: ctx.stories } : {}),
      });
    case 'subscribe':
    case 'unsubscribe':
    case 'subscriptions':
      return errorBriefing(
        'Subscriptions',
        `Subscriptions belong to a chat channel: type /${keyword} ${command.name}${command.name === 'subscribe' ? ` ${command.kind}` : ''} in the Slack or Discord channel that should get them.`,
      );
  }
}
