/** Compact source lines shared by all renderers: "— Al Jazeera, VOA (+2)". */
import type { Briefing, BriefingItem, SourceRef } from '../briefing.ts';

/** Distinct outlets in order of first appearance. */
export function outlets(sources: readonly SourceRef[]): string[] {
  return [...new Set(sources.map((s) => s.outlet))];
}

/** "Al Jazeera, VOA (+2)": the first `shown` outlets, then how many more. */
export function compactSources(sources: readonly SourceRef[], shown = 2): string {
  const names = outlets(sources);
  if (names.length === 0) return '';
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} (+${names.length - shown})` : head;
}

/** How many outlets a source line names before "(+N)": an alert lists everyone who reported it. */
export function outletsShown(briefing: Pick<Briefing, 'kind'>, usual: number): number {
  return briefing.kind === 'alert' ? 12 : usual;
}

/**
 * An article URL as a link target: http(s) only, normalised by the URL parser, with every character that
 * could end a Slack link (`|`, `>`) or a Markdown link (`(`, `)`, `]`), a space or a backslash
 * percent-encoded (Slack's `&` entity is the Slack renderer's).
 */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(
    /[<>|\s()[\]\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Each distinct outlet with the URL of its first article that has one. */
export function outletLinks(sources: readonly SourceRef[]): { outlet: string; url?: string }[] {
  return outlets(sources).map((outlet) => {
    const url = linkTarget(sources.find((s) => s.outlet === outlet && linkTarget(s.url))?.url);
    return url ? { outlet, url } : { outlet };
  });
}

/** Cuts text to `max` characters at a word boundary, adding an ellipsis when it cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '\u2026'.slice(0, max);
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}\u2026`;
}

/** An item shown as a quote with its speaker (the speaker's list from `/quote` shows names, not quotes). */
export function isQuoteItem(item: BriefingItem): item is BriefingItem & { speaker: string } {
  return item.speaker !== undefined && item.sources.length > 0 && !item.text.startsWith(item.speaker);
}

/** A note that explains the answer (no results, "I don't know 'x'") goes first; a footnote goes last. */
export function noteGoesFirst(briefing: Briefing): boolean {
  return briefing.items.length === 0 || briefing.kind === 'help' || briefing.kind === 'error';
}

/**
 * Escapes text and cuts it to `max` characters without cutting inside an escape (an entity, a mark's
 * zero-width spaces): the raw text is cut until its escaped form fits.
 */
export function truncateEscaped(text: string, max: number, escapeText: (raw: string) => string): string {
  let limit = max;
  for (;;) {
    const cut = truncate(text, limit);
    const ellipsis = cut.length < text.length;
    const escaped = escapeText(ellipsis ? cut.slice(0, -1) : cut) + (ellipsis ? '\u2026' : '');
    if (escaped.length <= max || limit <= 1) return escaped.length <= max ? escaped : '';
    limit = Math.max(1, limit - Math.max(1, escaped.length - max));
  }
}
