/** Briefing → Slack Block Kit: a header, one section per item with its sources in a context block. */
import type { Briefing, BriefingItem, SourceRef } from '../briefing.ts';
import { SLACK } from './limits.ts';
import { encodePageToken, pageLabel } from './paging.ts';
import {
  isQuoteItem,
  noteGoesFirst,
  outletLinks,
  outletsShown,
  truncate,
  truncateEscaped,
} from './sources.ts';

/** The action id of the "next page" button (the Slack adapter listens for it). */
export const PAGE_ACTION = 'newsdesk_page';

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji?: boolean };
  value: string;
}

export interface SlackBlock {
  type: 'header' | 'section' | 'context' | 'divider' | 'actions';
  block_id?: string;
  text?: { type: 'plain_text' | 'mrkdwn'; text: string; emoji?: boolean };
  elements?: ({ type: 'mrkdwn'; text: string } | SlackButton)[];
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

/**
 * "— <url|Al Jazeera>, VOA (+2) · /strike": the first `shown` outlets, each linking its article when the URL
 * is known, and the item's story when the answer spans several.
 */
function sourceLine(sources: readonly SourceRef[], shown: number, story?: string): string {
  const names = outletLinks(sources);
  const linked = names.slice(0, shown).map(({ outlet, url }) => {
    const label = escapeMrkdwn(outlet).replace(/[|]/g, '/');
    return url ? `<${url.replace(/&/g, '&amp;')}|${label}>` : label;
  });
  const more = names.length > shown ? ` (+${names.length - shown})` : '';
  return `— ${linked.join(', ')}${more}${story ? ` · /${story}` : ''}`;
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
    (n, b) =>
      n +
      (b.text?.text.length ?? 0) +
      (b.elements ?? []).reduce((m, e) => m + (e.type === 'button' ? e.text.text.length : e.text.length), 0),
    0,
  );
}

/** The "next page" button, when the answer has more and its token fits. */
function pageBlock(briefing: Briefing): SlackBlock | undefined {
  const token = briefing.next ? encodePageToken(briefing.next) : undefined;
  if (!briefing.next || !token) return undefined;
  return {
    type: 'actions',
    block_id: PAGE_ACTION,
    elements: [
      {
        type: 'button',
        action_id: PAGE_ACTION,
        text: { type: 'plain_text', text: escapePlain(pageLabel(briefing.next)), emoji: false },
        value: token,
      },
    ],
  };
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
  const page = pageBlock(briefing);
  const reserve = (note && !noteFirst ? 1 : 0) + (page ? 1 : 0);
  const shownOutlets = outletsShown(briefing, 3);
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
              elements: [
                {
                  type: 'mrkdwn',
                  text: truncate(sourceLine(item.sources, shownOutlets, item.story), SLACK.contextText),
                },
              ],
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
  if (page) blocks.push(page);
  // The top-level text is what notifications show, and Slack parses it as mrkdwn: escaped like the rest.
  return { text: truncateEscaped(briefing.title, SLACK.fallbackText, escapeMrkdwn), blocks };
}
