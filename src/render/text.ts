/** Briefing → plain text, for the console and the CLI. */
import type { Briefing, BriefingItem } from '../briefing.ts';
import { compactSources } from './sources.ts';

function itemLine(item: BriefingItem): string {
  const sources = compactSources(item.sources, 3);
  if (item.speaker && item.sources.length > 0 && !item.text.startsWith(item.speaker)) {
    return `• “${item.text}” — ${item.speaker} (${sources})`;
  }
  const when = item.when ? `[${item.when}] ` : '';
  return `• ${when}${item.text}${sources ? ` — ${sources}` : ''}`;
}

export function renderText(briefing: Briefing): string {
  const lines = [briefing.title, '-'.repeat(Math.min(briefing.title.length, 60))];
  // A note that explains the answer (no results, "I don't know 'x'") goes first; a footnote goes last.
  const noteFirst = briefing.items.length === 0 || briefing.kind === 'help' || briefing.kind === 'error';
  if (briefing.note && noteFirst) lines.push(briefing.note);
  for (const item of briefing.items) lines.push(itemLine(item));
  if (briefing.note && !noteFirst) lines.push('', briefing.note);
  return lines.join('\n');
}
