/** `/summit sources`: the loaded articles and the state of the index. */
import { type Briefing, sourceRef } from '../briefing.ts';
import type { FeedHealth } from '../feeds/status.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import type { Quote } from '../quotes/catalog.ts';
import { finish, STEP, type Steps } from '../steps.ts';
import { plural } from '../text/plural.ts';

/** Skipped files named in the note; the rest are counted (the log and `cli index` name them all). */
const NAMED_ERRORS = 5;

/** The newest `limit` articles from `offset` on with their counts, and how many more there are. */
export function sourcesBriefing(index: NewsIndex, limit: number, offset = 0): Briefing {
  return finish(sourcesSteps(index, limit, offset));
}

/** `sourcesBriefing` in steps (steps.ts): counting quotes reads every quote of the corpus. */
export function* sourcesSteps(index: NewsIndex, limit: number, offset = 0): Steps<Briefing> {
  const shown = index.articles.slice(offset, offset + limit);
  const quoteCounts = new Map<string, number>(shown.map((a) => [a.id, 0]));
  const { quotes } = index;
  for (let i = 0; i < quotes.length; i++) {
    for (const id of (quotes[i] as Quote).articleIds) {
      const count = quoteCounts.get(id);
      if (count !== undefined) quoteCounts.set(id, count + 1);
    }
    if (i % STEP === STEP - 1) yield;
  }
  const skipped = index.errors.length;
  const hidden = Math.max(0, index.articles.length - offset - limit);
  return {
    kind: 'sources',
    title: `Sources: ${plural(index.articles.length, 'article')}`,
    items: shown.map((a) => ({
      text:
        `${a.outlet}: ${a.title} (${a.published ? `${a.published}${a.publishedInferred ? ', date from the page' : ''}` : 'undated'}) · ` +
        `${plural(a.sentences.length, 'sentence')}, ${plural(quoteCounts.get(a.id) ?? 0, 'quote')}${a.url ? ` · ${a.url}` : ''}`,
      sources: [sourceRef(a)],
    })),
    note:
      (hidden > 0 ? `${hidden} more not shown (npm run -s cli -- index lists them all). ` : '') +
      `Index loaded ${index.builtAt}.` +
      (skipped > 0
        ? ` ${plural(skipped, 'file')} skipped: ${index.errors
            .slice(0, NAMED_ERRORS)
            .map((e) => `${e.file} (${e.reason})`)
            .join('; ')}${skipped > NAMED_ERRORS ? `; and ${skipped - NAMED_ERRORS} more` : ''}.`
        : ''),
    ...(hidden > 0 ? { next: { command: 'sources', offset: offset + limit, remaining: hidden } } : {}),
  };
}

/** "2026-11-30T10:04:05.000Z" → "2026-11-30 10:04 UTC". */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * Adds the followed feeds to the note: every failing feed with its error and last success, and when the
 * others last succeeded. Feed status changes between polls, so it is added per request, not cached.
 */
export function withFeedHealth(briefing: Briefing, feeds: readonly FeedHealth[]): Briefing {
  if (feeds.length === 0) return briefing;
  const failing = feeds.filter((f) => f.failing);
  const ok = feeds.filter((f) => !f.failing && f.lastSuccessAt);
  const waiting = feeds.length - failing.length - ok.length;
  const latest = ok
    .map((f) => f.lastSuccessAt as string)
    .sort()
    .at(-1);
  const parts = [
    `Feeds: ${feeds.length} followed, ${ok.length} ok${failing.length ? `, ${failing.length} failing` : ''}${waiting ? `, ${waiting} not polled yet` : ''}` +
      (latest ? ` (last success ${when(latest)})` : '') +
      '.',
    ...failing.map(
      (f) =>
        `Failing: ${f.outlet ? `${f.outlet} (${f.url})` : f.url}: ${f.lastError ?? 'error'}` +
        `${f.lastErrorAt ? ` at ${when(f.lastErrorAt)}` : ''}; last success ${f.lastSuccessAt ? when(f.lastSuccessAt) : 'never'}` +
        `${f.nextPollAfter ? `; next try after ${when(f.nextPollAfter)}` : ''}.`,
    ),
  ];
  return { ...briefing, note: [briefing.note, ...parts].filter(Boolean).join(' ') };
}
