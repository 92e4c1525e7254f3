/** `/summit help` and the answer to anything not understood. */
import type { Briefing } from '../briefing.ts';

export function helpBriefing(keyword: string, unknown?: string): Briefing {
  const k = `/${keyword}`;
  const lines = [
    `${k} status — the latest state of the story, every sentence sourced`,
    `${k} search <words> — sentences that mention the words (typos are fine)`,
    `${k} sources — the articles behind the answers`,
    `${k} timeline — dated events in order`,
    `${k} who — the people in the story and their roles`,
    `${k} digest — preview of the daily digest`,
    `${k} help — this list`,
    '/quote <name> — what a person said, with sources (typos are fine)',
    '/quote — everyone who is quoted',
  ];
  return {
    kind: 'help',
    title: 'newsdesk commands',
    items: lines.map((text) => ({ text, sources: [] })),
    ...(unknown !== undefined ? { note: `I don't know '${unknown}'. Here is what I can do:` } : {}),
  };
}
