/** Briefing → Discord messages with embeds, split to stay within every embed and message limit. */
import type { Briefing, BriefingItem, SourceRef } from '../briefing.ts';
import { DISCORD } from './limits.ts';
import { encodePageToken, pageLabel } from './paging.ts';
import {
  isQuoteItem,
  noteGoesFirst,
  outletLinks,
  outletsShown,
  truncate,
  truncateEscaped,
} from './sources.ts';

export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  footer?: { text: string };
}

/** A button (component type 2, style 2: secondary) whose custom_id the adapter reads back. */
export interface DiscordButton {
  type: 2;
  style: 2;
  label: string;
  custom_id: string;
}

/** A row of components (type 1). */
export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  /** Article text must never ping anyone. */
  allowed_mentions: { parse: [] };
  /** The "next page" button, on the last message of an answer that has more. */
  components?: DiscordActionRow[];
}

const COLORS: Record<Briefing['kind'], number> = {
  status: 0x2b6cb0,
  quotes: 0x6b46c1,
  search: 0x2f855a,
  sources: 0x4a5568,
  timeline: 0xb7791f,
  who: 0x2c7a7b,
  digest: 0x2b6cb0,
  help: 0x718096,
  error: 0xc53030,
  alert: 0xdd6b20,
  subscriptions: 0x718096,
};

/**
 * Makes mentions and Discord's other `<…>` tokens inert with a zero-width space: "@everyone", "<@123>",
 * "<@&1>", "<#1>", "</cmd:1>", "<:emoji:1>", "<t:1>" stay text even if a client ignored allowed_mentions,
 * and "[text](url)" cannot become a masked link. For fields shown without markdown (embed titles, footers).
 */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(?=everyone|here)/gi, '@\u200b')
    .replace(/<(?=[@#:/]|a:|t:)/g, '<\u200b')
    .replace(/\]\(/g, ']\u200b(');
}

/** Escapes Discord markdown in user or article text (a backslash before each mark) and defuses mentions. */
export function escapeDiscord(text: string): string {
  return defuseMentions(
    text.replace(/([\\*_~`|>[\]()#-])/g, (m, ch: string, offset: number, all: string) =>
      // Only escape "-" and "#" where they would start a list or heading; elsewhere they are plain text.
      (ch === '-' || ch === '#') && offset > 0 && all[offset - 1] !== '\n' ? m : `\\${ch}`,
    ),
  );
}

/**
 * "Al Jazeera, VOA (+2)" with each outlet a Markdown link to its article when the URL is known (the label
 * escaped; the URL http(s) with nothing that could end the link), and the story when an answer spans several.
 */
function sourceLine(sources: readonly SourceRef[], shown: number, story?: string): string {
  const names = outletLinks(sources);
  const linked = names
    .slice(0, shown)
    .map(({ outlet, url }) =>
      url && outlet.trim() !== '' ? `[${escapeDiscord(outlet)}](${url})` : escapeDiscord(outlet),
    );
  const more = names.length > shown ? ` \\(+${names.length - shown}\\)` : '';
  return `${linked.join(', ')}${more}${story ? ` · /${story}` : ''}`;
}

function itemLine(item: BriefingItem, shownOutlets: number): string {
  const text = escapeDiscord(item.text);
  const sources =
    item.sources.length > 0 ? `\n— *${sourceLine(item.sources, shownOutlets, item.story)}*` : '';
  if (isQuoteItem(item)) {
    return `“${text}” — **${escapeDiscord(item.speaker)}**${sources}`;
  }
  return `${item.when ? `**${escapeDiscord(item.when)}** ` : ''}${text}${sources}`;
}

function embedChars(e: DiscordEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
}

/**
 * Renders a briefing as one or more Discord messages. Items go into embed descriptions (≤ 4096 each);
 * embeds are packed into messages of ≤ 10 embeds and ≤ 6000 characters. `footer` is shown on the last embed.
 */
export function renderDiscord(briefing: Briefing, footer = 'newsdesk'): DiscordMessage[] {
  const color = COLORS[briefing.kind];
  const shownOutlets = outletsShown(briefing, 3);
  const lines = briefing.items.map((i) =>
    truncate(`• ${itemLine(i, shownOutlets)}`, DISCORD.embedDescription),
  );
  const note = briefing.note ? `*${truncate(escapeDiscord(briefing.note), 1000)}*` : undefined;
  const noteFirst = noteGoesFirst(briefing);
  if (note && noteFirst) lines.unshift(note);
  if (note && !noteFirst) lines.push(note);
  if (lines.length === 0) lines.push('*Nothing to show.*');
  // A budget per embed that leaves room for the title and footer inside the per-message total.
  const title = truncateEscaped(briefing.title, DISCORD.embedTitle, defuseMentions);
  const footerText = truncateEscaped(footer, DISCORD.footer, defuseMentions);
  const descriptionBudget = Math.min(
    DISCORD.embedDescription,
    DISCORD.charsPerMessage - title.length - footerText.length - 10,
  );
  const embeds: DiscordEmbed[] = [];
  let current = '';
  for (const line of lines) {
    const candidate = current === '' ? line : `${current}\n\n${line}`;
    if (candidate.length <= descriptionBudget) current = candidate;
    else {
      embeds.push({ description: current, color });
      current = line;
    }
  }
  if (current !== '') embeds.push({ description: current, color });
  (embeds[0] as DiscordEmbed).title = title;
  (embeds[embeds.length - 1] as DiscordEmbed).footer = { text: footerText };
  const messages: DiscordMessage[] = [];
  let batch: DiscordEmbed[] = [];
  let chars = 0;
  for (const embed of embeds) {
    const size = embedChars(embed);
    if (
      batch.length > 0 &&
      (batch.length >= DISCORD.embedsPerMessage || chars + size > DISCORD.charsPerMessage)
    ) {
      messages.push({ embeds: batch, allowed_mentions: { parse: [] } });
      batch = [];
      chars = 0;
    }
    batch.push(embed);
    chars += size;
  }
  const token = briefing.next ? encodePageToken(briefing.next) : undefined;
  const components: DiscordActionRow[] | undefined =
    briefing.next && token
      ? [
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: defuseMentions(pageLabel(briefing.next)), custom_id: token },
            ],
          },
        ]
      : undefined;
  messages.push({ embeds: batch, allowed_mentions: { parse: [] }, ...(components ? { components } : {}) });
  return messages;
}
