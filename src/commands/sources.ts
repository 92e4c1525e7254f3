/** `/summit sources`: the loaded articles and the state of the index. */
import { type Briefing, sourceRef } from '../briefing.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { plural } from '../text/plural.ts';

export function sourcesBriefing(index: NewsIndex): Briefing {
  const quoteCounts = new Map<string, number>();
  for (const q of index.quotes)
    for (const id of q.articleIds) quoteCounts.set(id, (quoteCounts.get(id) ?? 0) + 1);
  const skipped = index.errors.length;
  return {
    kind: 'sources',
    title: `Sources: ${plural(index.articles.length, 'article')}`,
    items: index.articles.map((a) => ({
      text:
        `${a.outlet}: ${a.title} (${a.published ? `${a.published}${a.publishedInferred ? ', date from the page' : ''}` : 'undated'}) · ` +
        `${plural(a.sentences.length, 'sentence')}, ${plural(quoteCounts.get(a.id) ?? 0, 'quote')}${a.url ? ` · ${a.url}` : ''}`,
      sources: [sourceRef(a)],
    })),
    note:
      `Index loaded ${index.builtAt}.` +
      (skipped > 0
        ? ` ${plural(skipped, 'file')} skipped: ${index.errors.map((e) => `${e.file} (${e.reason})`).join('; ')}.`
        : ''),
  };
}
