/**
 * A story's match terms: an article belongs to the story when its headline or text contains one of them as
 * whole words, case, accents and punctuation aside. Whole words only ("strike" does not match "strikes"):
 * list every form that should count.
 */
import { comparable } from '../text/normalize.ts';

/** Whether an article with this headline and paragraphs contains any of `terms` (no terms: it always does). */
export function matchesTerms(
  terms: readonly string[],
  article: { title?: string; paragraphs: readonly string[] },
): boolean {
  if (terms.length === 0) return true;
  const text = ` ${comparable([article.title ?? '', ...article.paragraphs].join(' '))} `;
  return terms.some((term) => {
    const needle = comparable(term);
    return needle !== '' && text.includes(` ${needle} `);
  });
}
