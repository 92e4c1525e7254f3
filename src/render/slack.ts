/** Briefing → Slack Block Kit: a header, one section per item with its sources in a context block. */
import type { Briefing, BriefingItem, SourceRef } from '../briefing.ts';
import { SLACK } from './limits.ts';
import { isQuoteItem, noteGoesFirst, outlets, truncate, truncateEscaped } from './sources.ts';

export interface SlackBlock {
  type: 'header' | 'section' | 'context' | 'divider';
  text?: { type: 'plain_text' | 'mrkdwn'; text: string; emoji?: boolean };
  elements?: { type: 'mrkdwn'; text: string }[];
}

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Zero-width space: splits a formatting mark from its neighbours without changing what a reader sees. */
const ZWSP = '\u200b';
/** Word joiner: keeps "@here" and "<!here>" inert where entities cannot be used (plain_text). */
const JOINER = '\u2060';
/** Slack mrkdwn's formatting marks: *bold*, _italic_, ~strike~, `code`. Slack has no escape character. */
const MARKS = new Set(['*', '_', '~', '`']);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * A formatting mark can open a span (after a non-word character, before a non-space) or close one (after a
 * non-space, before a non-word character). Only such marks get a zero-width space on each side, which
 * stops the span whether Slack reads that space as a space or as a letter; "2 * 3" and "snake_case" stay.
 */
function inertMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (!MARKS.has(c)) {
      out += c;
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    const opens = !isWordChar(prev) && !isSpace(next);
    const closes = !isSpace(prev) && !isWordChar(next);
    out += opens || closes ? `${ZWSP}${c}${ZWSP}` : c;
  }
  return out;
}

/**
 * Escapes user or article text for mrkdwn: &, <, > become entities (so "<!channel>", "<@U123>" or
 * "<http://x|y>" can never be a mention or link), a word joiner after "@" keeps "@here"-style words inert,
 * formatting marks that would open or close a span are split off, and a line cannot start a block quote.
 */
export function escapeMrkdwn(text: string): string {
  const entities = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=here|channel|everyone)/gi, `@${JOINER}`)
    .replace(/^&gt;/gm, `${ZWSP}&gt;`);
  return inertMarks(entities);
}

/** Makes text for a plain_text field inert: Slack does not parse it, but nothing in it may look like a mention. */
export function escapePlain(text: string): string {
  return text.replace(/<(?=\S)/g, `<${JOINER}`).replace(/@(?=here|channel|everyone)/gi, `@${JOINER}`);
}

/** An article URL as a Slack link target: http(s) only, normalised, with nothing that could end the link. */
function linkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/&/g, '&amp;').replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
}

function sourceLine(sources: readonly SourceRef[]): string {
  const names = outlets(sources);
  const linked = names.slice(0, 3).map((name) => {
    const url = linkTarget(sources.find((s) => s.outlet === name)?.url);
    const label = escapeMrkdwn(name).replace(/[|]/g, '/');
    return url ? `<${url}|${label}>` : label;
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
      text: {
        type: 'plain_text',
        text: truncateEscaped(briefing.title, SLACK.headerText, escapePlain),
        emoji: false,
      },
    },
  ];
  const noteFirst = noteGoesFirst(briefing);
  const note = briefing.note
    ? {
        type: 'context' as const,
        elements: [
          { type: 'mrkdwn' as const, text: truncateEscaped(briefing.note, SLACK.contextText, escapeMrkdwn) },
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
  // The top-level text is what notifications show, and Slack parses it as mrkdwn: escaped like the rest.
  return { text: truncateEscaped(briefing.title, SLACK.fallbackText, escapeMrkdwn), blocks };
}
