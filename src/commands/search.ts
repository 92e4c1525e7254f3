/** `/summit search <words>`: ranked sentences, typos tolerated, identical sentences from several outlets merged. */
import { type Briefing, type BriefingItem, sourceRef } from '../briefing.ts';
import type { Article } from '../corpus/types.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { comparable, contentTokens } from '../text/normalize.ts';
import { plural } from '../text/plural.ts';

export function searchBriefing(index: NewsIndex, query: string, limit: number): Briefing {
  const hits = index.search.search(query, limit * 3);
  const items: BriefingItem[] = [];
  const byText = new Map<string, BriefingItem>();
  for (const hit of hits) {
    const sentence = index.sentences.at(hit.ordinal);
    if (!sentence) continue;
    const ref = sourceRef(index.byId.get(sentence.articleId) as Article);
    const key = comparable(sentence.text);
    const same = byText.get(key);
    if (same) {
      if (!same.sources.some((s) => s.articleId === ref.articleId)) same.sources.push(ref);
      continue;
    }
    if (items.length >= limit) continue;
    const item = { text: sentence.text, sources: [ref] };
    byText.set(key, item);
    items.push(item);
  }
  return {
    kind: 'search',
    title: `Search: ${query}`,
    items,
    note:
      items.length > 0
        ? `${plural(items.length, 'best match', 'best matches')}.`
        : contentTokens(query).length === 0
          ? `'${query}' has only common words, which are not indexed. Search for names, places or topics.`
          : `No sentences match '${query}'. Try fewer or different words.`,
  };
}
