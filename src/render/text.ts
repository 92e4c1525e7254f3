/** Briefing → plain text, for the console and the CLI. */
import type { Briefing, BriefingItem } from '../briefing.ts';
import { compactSources, isQuoteItem, noteGoesFirst } from './sources.ts';

function itemLine(item: BriefingItem): string {
  const sources = compactSources(item.sources, 3);
  if (isQuoteItem(item)) {
    return `• “${item.text}” — ${item.speaker} (${sources})`;
  }
  const when = item.when ? `[${item.when}] ` : '';
  return `• ${when}${item.text}${sources ? ` — ${sources}` : ''}`;
}

export function renderText(briefing: Briefing): string {
  const lines = [briefing.title, '-'.repeat(Math.min(briefing.title.length, 60))];
  const noteFirst = noteGoesFirst(briefing);
  if (briefing.note && noteFirst) lines.push(briefing.note);
  for (const item of briefing.items) lines.push(itemLine(item));
  if (briefing.note && !noteFirst) lines.push('', briefing.note);
  return lines.join('\n');
}
