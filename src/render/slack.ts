/** Briefing → Slack Block Kit: a header, one section per item with its sources in a context block. */
import type { Briefing, BriefingItem, SourceRef } from '../briefing.ts';
import { SLACK } from './limits.ts';
import { isQuoteItem, noteGoesFirst, outlets, truncate } from './sources.ts';

export interface SlackBlock {
  type: 'header' | 'section' | 'context' | 'divider';
  text?: { type: 'plain_text' | 'mrkdwn'; text: string; emoji?: boolean };
  elements?: { type: 'mrkdwn'; text: string }[];
}

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/**
 * Escapes article text for mrkdwn: &, <, > become entities (so "<!channel>" or "<@U123>" can never be a
 * mention or link), and a word-joiner after "@" keeps "@here"-style words inert.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=(?:here|channel|everyone)\b)/gi, '@\u2060');
}

function sourceLine(sources: readonly SourceRef[]): string {
  const names = outlets(sources);
  const linked = names.slice(0, 3).map((name) => {
    const url = sources.find((s) => s.outlet === name)?.url;
    const label = escapeMrkdwn(name).replace(/[|]/g, '/');
    return url && /^https?:\/\//.test(url) ? `<${url.replace(/[<>|]/g, '')}|${label}>` : label;
  });
  return `— ${linked.join(', ')}${names.length > 3 ? ` (+${names.length - 3})` : ''}`;
}

function itemText(item: BriefingItem): string {
  const text = escapeMrkdwn(item.text);
  if (isQuoteItem(item)) {
    return `“${text}” — *${escapeMrkdwn(item.speaker)}*`;
  }
  return item.when ? `*${escapeMrkdwn(item.when)}* ${text}` : text;
}

function blockChars(blocks: SlackBlock[]): number {
  return blocks.reduce(
    (n, b) => n + (b.text?.text.length ?? 0) + (b.elements ?? []).reduce((m, e) => m + e.text.length, 0),
    0,
  );
}

/** Renders a briefing as one Slack message within Block Kit and message-size limits. */
export function renderSlack(briefing: Briefing): SlackMessage {
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(briefing.title, SLACK.headerText), emoji: false },
    },
  ];
  const noteFirst = noteGoesFirst(briefing);
  const note = briefing.note
    ? {
        type: 'context' as const,
        elements: [
          { type: 'mrkdwn' as const, text: truncate(escapeMrkdwn(briefing.note), SLACK.contextText) },
        ],
      }
    : undefined;
  if (note && noteFirst) blocks.push(note);
  const reserve = note && !noteFirst ? 1 : 0;
  let shown = 0;
  for (const item of briefing.items) {
    const section: SlackBlock = {
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(itemText(item), SLACK.sectionText) },
    };
    const context: SlackBlock[] =
      item.sources.length > 0
        ? [
            {
              type: 'context',
              elements: [{ type: 'mrkdwn', text: truncate(sourceLine(item.sources), SLACK.contextText) }],
            },
          ]
        : [];
    const next = [section, ...context];
    const tooMany = blocks.length + next.length + reserve + 1 > SLACK.blocks;
    const tooLong =
      blockChars(blocks) + blockChars(next) + (note?.elements?.[0]?.text.length ?? 0) + 80 >
      SLACK.messageChars;
    if (tooMany || tooLong) break;
    blocks.push(...next);
    shown++;
  }
  if (shown < briefing.items.length) {
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `${briefing.items.length - shown} more not shown (message size limit).` },
      ],
    });
  }
  if (note && !noteFirst) blocks.push(note);
  return { text: truncate(briefing.title, SLACK.fallbackText), blocks };
}
