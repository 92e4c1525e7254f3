/** `/summit help` and the answer to anything not understood. */
import type { Briefing } from '../briefing.ts';

export interface HelpOptions {
  /** What was not understood. */
  unknown?: string;
  /** What was wrong with an argument, and how to say it: the note, in place of "I don't know". */
  problem?: string;
  /** Every story's keyword, when there are several. */
  stories?: readonly string[];
}

export function helpBriefing(keyword: string, options: HelpOptions = {}): Briefing {
  const k = `/${keyword}`;
  const others = (options.stories ?? []).filter((s) => s !== keyword);
  const lines = [
    `${k} status — the latest state of the story, every sentence sourced`,
    `${k} search <words> — sentences that mention the words (typos are fine)`,
    `${k} sources — the articles behind the answers`,
    `${k} timeline — dated events in order`,
    `${k} who — the people in the story and their roles`,
    `${k} quote <name> — what a person said in this story`,
    `${k} digest — preview of the daily digest`,
    `${k} subscribe digest [HH:MM] [zone] — post the daily digest in this channel (at that time)`,
    `${k} subscribe alerts — post each new development in this channel as it breaks`,
    `${k} unsubscribe [digest | alerts] — stop them in this channel`,
    `${k} subscriptions — what this channel is subscribed to`,
    `${k} help — this list`,
    others.length > 0
      ? '/quote <name> — what a person said, in every story, with sources (typos are fine)'
      : '/quote <name> — what a person said, with sources (typos are fine)',
    '/quote — everyone who is quoted',
    ...(others.length > 0 ? [`Other stories: ${others.map((o) => `/${o}`).join(', ')}`] : []),
  ];
  const note =
    options.problem ??
    (options.unknown !== undefined ? `I don't know '${options.unknown}'. Here is what I can do:` : undefined);
  return {
    kind: 'help',
    title: 'newsdesk commands',
    items: lines.map((text) => ({ text, sources: [] })),
    ...(note !== undefined ? { note } : {}),
  };
}
