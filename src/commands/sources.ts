/** `/summit sources`: the loaded articles and the state of the index. */
import { type Briefing, sourceRef } from '../briefing.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { plural } from '../text/plural.ts';

/** Skipped files named in the note; the rest are counted (the log and `cli index` name them all). */
const NAMED_ERRORS = 5;

/** The newest `limit` articles with their counts, and how many more there are. */
export function sourcesBriefing(index: NewsIndex, limit: number): Briefing {
  const quoteCounts = new Map<string, number>();
  for (const q of index.quotes)
    for (const id of q.articleIds) quoteCounts.set(id, (quoteCounts.get(id) ?? 0) + 1);
  const skipped = index.errors.length;
  const hidden = Math.max(0, index.articles.length - limit);
  return {
    kind: 'sources',
    title: `Sources: ${plural(index.articles.length, 'article')}`,
    items: index.articles.slice(0, limit).map((a) => ({
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
  };
}
