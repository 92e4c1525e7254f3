/** The daily digest: the status, what is new since the previous digest, the top quotes, the sources. */
import { type Briefing, type BriefingItem, sourceRef } from '../briefing.ts';
import { quoteItem } from '../commands/quote.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { plural } from '../text/plural.ts';
import { compareNewestFirst, compareText } from '../text/compare.ts';

export interface PreviousDigest {
  /** When the previous digest was posted (ISO). */
  postedAt: string;
  /** Article ids the previous digest had seen. */
  articleIds: string[];
}

export interface DigestOptions {
  /** The whole briefing title. */
  title: string;
  status: Briefing;
  topQuotes: number;
}

/** Composes the digest. With no previous digest, every article counts as new. */
export function composeDigest(
  index: NewsIndex,
  previous: PreviousDigest | undefined,
  options: DigestOptions,
): Briefing {
  const seen = new Set(previous?.articleIds ?? []);
  const fresh = index.articles.filter((a) => !seen.has(a.id));
  const freshIds = new Set(fresh.map((a) => a.id));
  const items: BriefingItem[] = [...options.status.items];
  for (const a of fresh.slice(0, 5)) {
    items.push({
      text: `New: ${a.title} (${a.outlet}${a.published ? `, ${a.published}` : ''})`,
      sources: [sourceRef(a)],
    });
  }
  const quotes = index.quotes
    .filter((q) => q.speakerKind !== 'unknown' && !q.fragment && q.articleIds.some((id) => freshIds.has(id)))
    .sort(
      (a, b) =>
        b.articleIds.length - a.articleIds.length ||
        compareNewestFirst(a.published, b.published) ||
        compareText(a.id, b.id),
    )
    .slice(0, options.topQuotes);
  items.push(...quotes.map((q) => quoteItem(index, q)));
  const since = previous ? previous.postedAt.slice(0, 10) : undefined;
  const outlets = [...new Set(index.articles.map((a) => a.outlet))].join(', ');
  const news =
    fresh.length === 0 && since
      ? `No new reporting since ${since}.`
      : `${plural(fresh.length, 'new article')}${since ? ` since ${since}` : ''}.`;
  return {
    kind: 'digest',
    title: options.title,
    items,
    note: `${news} Sources: ${outlets || 'none'}.`,
  };
}
