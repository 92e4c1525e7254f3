/** `/summit timeline`: dated events in order, each cited; the same event from several outlets merged. */
import { type Briefing, type BriefingItem, sourceRef } from '../briefing.ts';
import type { Article } from '../corpus/types.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { resolveEventDate } from './dates.ts';
import { candidates, FUTURE, isSomeonesWords, overlap, quotedShare, spokenIn } from './features.ts';
import { compareText } from '../text/compare.ts';

const SAME_EVENT = 0.5;
/**
 * Openings that lean on the sentence before. Shorter than the status list (features.ts) on purpose: a dated
 * event such as "His visit on Sunday …" or "There were talks in June …" still places an event in time.
 */
const DANGLING = /^["'\u201C(]*(?:he|she|it|they|this|that|these|those|but|and|also|so|which)\b/i;

interface Event {
  key: string;
  label: string;
  text: string;
  tokens: Set<string>;
  articles: Article[];
  position: number;
}

export function timelineBriefing(index: NewsIndex, limit: number, window: number, title: string): Briefing {
  const articles = index.articles.slice(0, window);
  const spoken = spokenIn(index, articles);
  const pool = candidates(articles, (s) => {
    const words = s.text.split(/\s+/).length;
    return (
      words >= 6 &&
      words <= 60 &&
      !DANGLING.test(s.text) &&
      quotedShare(s.text) < 0.4 &&
      !FUTURE.test(s.text) &&
      !isSomeonesWords(s.text) &&
      !spoken(s.articleId, s.text)
    );
  });
  const events: Event[] = [];
  for (const c of pool) {
    // Dates are resolved against the article's own date: an undated article places nothing in time.
    const published = c.article.published;
    if (published === undefined) continue;
    const date = resolveEventDate(c.sentence.text, published);
    if (!date || date.key > published) continue;
    const same = events.find((e) => e.key === date.key && overlap(e.tokens, c.tokens) >= SAME_EVENT);
    if (same) {
      if (!same.articles.includes(c.article)) same.articles.push(c.article);
      continue;
    }
    events.push({
      ...date,
      text: c.sentence.text,
      tokens: c.tokens,
      articles: [c.article],
      position: c.sentence.position,
    });
  }
  // Keep the best-corroborated, earliest-in-article events, then show them in date order.
  const kept = [...events]
    .sort(
      (a, b) => b.articles.length - a.articles.length || a.position - b.position || compareText(a.key, b.key),
    )
    .slice(0, limit)
    .sort((a, b) => compareText(a.key, b.key) || compareText(a.text, b.text));
  const items: BriefingItem[] = kept.map((e) => ({
    text: e.text,
    when: e.label,
    sources: e.articles.map(sourceRef),
  }));
  return {
    kind: 'timeline',
    title,
    items,
    note:
      items.length === 0
        ? 'No dated events found in the loaded articles.'
        : `${items.length} dated events, oldest first.`,
  };
}
