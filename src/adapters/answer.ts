/** What every chat adapter does with a command: rate-limit, answer from the current snapshot, never throw. */
import { type Briefing, errorBriefing } from '../briefing.ts';
import type { CommandContext } from '../commands/context.ts';
import { handleCommand } from '../commands/handle.ts';
import type { Command } from '../commands/parse.ts';
import type { RateLimiter } from '../commands/rateLimit.ts';
import type { IndexStore } from '../index/store.ts';
import type { Logger } from '../log.ts';

export interface AnswerDeps {
  store: IndexStore;
  context: () => CommandContext;
  log: Logger;
  /** The story command ("summit"): answers that point to help name it. */
  keyword: string;
  limiter?: RateLimiter;
}

/** Commands whose answers are posted for the whole channel; the others (help, errors, digest) only to the asker. */
export function isPublic(briefing: Briefing): boolean {
  return ['status', 'quotes', 'search', 'sources', 'timeline', 'who'].includes(briefing.kind);
}

/** The polite answer to a user over the rate limit, or undefined when the command may run (and is counted). */
export function rateLimited(deps: Pick<AnswerDeps, 'limiter'>, user: string): Briefing | undefined {
  const verdict = deps.limiter?.take(user);
  if (!verdict || verdict.allowed) return undefined;
  const seconds = Math.ceil(verdict.retryAfterMs / 1000);
  return errorBriefing('Slow down a little', `You have sent a lot of commands. Try again in ${seconds} s.`);
}

/** Answers a command that has passed the rate limit. A request keeps the snapshot it started with. */
export function answerAllowed(deps: AnswerDeps, command: Command): Briefing {
  const index = deps.store.current;
  try {
    return handleCommand(index, command, deps.context());
  } catch (error) {
    deps.log.error({ err: error, command: command.name }, 'command failed');
    return errorBriefing(
      'Something went wrong',
      `That command failed on our side. Try /${deps.keyword} help.`,
    );
  }
}

/** Answers a command for a user: the rate limit first, then the answer. Never throws. */
export function answerCommand(deps: AnswerDeps, command: Command, user: string): Briefing {
  return rateLimited(deps, user) ?? answerAllowed(deps, command);
}
