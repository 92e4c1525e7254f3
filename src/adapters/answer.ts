/** What every chat adapter does with a command: rate-limit, answer from its story's snapshot, never throw. */
import { type Briefing, errorBriefing } from '../briefing.ts';
import type { CommandContext } from '../commands/context.ts';
import { handleCommand } from '../commands/handle.ts';
import type { Command } from '../commands/parse.ts';
import { quoteAcrossStories } from '../commands/quoteStories.ts';
import type { RateLimiter } from '../commands/rateLimit.ts';
import type { SubscriptionDeps } from '../commands/subscriptions.ts';
import type { Logger } from '../log.ts';
import type { StoryEntry, StoryStores } from '../stories/stores.ts';

export interface AnswerDeps {
  stories: StoryStores;
  /** The command context of a story: its configuration, the clock, its digest preview and feeds. */
  context: (entry: StoryEntry) => CommandContext;
  log: Logger;
  limiter?: RateLimiter;
  /** Subscriptions from chat; absent: the subscription commands say they are not available here. */
  subscriptions?: Omit<SubscriptionDeps, 'now'>;
}

/** Commands whose answers are posted for the whole channel; the others (help, errors, digest) only to the asker. */
export function isPublic(briefing: Briefing): boolean {
  return ['status', 'quotes', 'search', 'sources', 'timeline', 'who', 'subscriptions'].includes(
    briefing.kind,
  );
}

/** The story a command asks (its own, else the first): answers that point to help name it. */
export function storyOf(deps: Pick<AnswerDeps, 'stories'>, command: Command): StoryEntry {
  return deps.stories.get(command.story) ?? deps.stories.first;
}

/** The polite answer to a user over the rate limit, or undefined when the command may run (and is counted). */
export function rateLimited(deps: Pick<AnswerDeps, 'limiter'>, user: string): Briefing | undefined {
  const verdict = deps.limiter?.take(user);
  if (!verdict || verdict.allowed) return undefined;
  const seconds = Math.ceil(verdict.retryAfterMs / 1000);
  return errorBriefing('Slow down a little', `You have sent a lot of commands. Try again in ${seconds} s.`);
}

/**
 * Answers a command that has passed the rate limit from its story's current snapshot (a request keeps the
 * snapshot it started with); `/quote` without a story reads every story.
 */
export function answerAllowed(deps: AnswerDeps, command: Command): Briefing {
  const entry = storyOf(deps, command);
  try {
    const keywords = deps.stories.keywords;
    const ctx = { ...deps.context(entry), ...(keywords.length > 1 ? { stories: keywords } : {}) };
    if (command.name === 'quote' && command.story === undefined && keywords.length > 1) {
      return quoteAcrossStories(
        deps.stories.all.map((e) => ({ keyword: e.story.keyword, index: e.store.current })),
        command.query,
        {
          limit: command.limit ?? ctx.config.limits.quoteItems,
          ...(command.offset ? { offset: command.offset } : {}),
        },
      );
    }
    return handleCommand(entry.store.current, command, ctx);
  } catch (error) {
    deps.log.error({ err: error, command: command.name }, 'command failed');
    return errorBriefing(
      'Something went wrong',
      `That command failed on our side. Try /${entry.story.keyword} help.`,
    );
  }
}

/** Answers a command for a user: the rate limit first, then the answer. Never throws. */
export function answerCommand(deps: AnswerDeps, command: Command, user: string): Briefing {
  return rateLimited(deps, user) ?? answerAllowed(deps, command);
}
