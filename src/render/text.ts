/** Briefing → plain text, for the console and the CLI. */
import type { Briefing, BriefingItem } from '../briefing.ts';
import { compactSources, isQuoteItem, noteGoesFirst, outletsShown } from './sources.ts';

function itemLine(item: BriefingItem, shownOutlets: number): string {
  const sources = compactSources(item.sources, shownOutlets);
  const story = item.story ? ` [/${item.story}]` : '';
  if (isQuoteItem(item)) {
    return `• “${item.text}” — ${item.speaker} (${sources})${story}`;
  }
  const when = item.when ? `[${item.when}] ` : '';
  return `• ${when}${item.text}${sources ? ` — ${sources}` : ''}${story}`;
}

export function renderText(briefing: Briefing): string {
  const lines = [briefing.title, '-'.repeat(Math.min(briefing.title.length, 60))];
  const noteFirst = noteGoesFirst(briefing);
  if (briefing.note && noteFirst) lines.push(briefing.note);
  const shownOutlets = outletsShown(briefing, 3);
  for (const item of briefing.items) lines.push(itemLine(item, shownOutlets));
  if (briefing.note && !noteFirst) lines.push('', briefing.note);
  return lines.join('\n');
}
