/** Scores quote attribution against hand-annotated gold (tests/fixtures/.../gold.json). */
import { readFileSync } from 'node:fs';
import type { NewsIndex } from '../../src/index/newsIndex.ts';
import type { Quote } from '../../src/quotes/catalog.ts';
import { comparable } from '../../src/text/normalize.ts';

type GoldSpeaker = string | { org: string[] };

interface GoldQuote {
  article: string;
  quote: string;
  speaker: GoldSpeaker;
}

export interface Score {
  /** Named attributions the program made, and how many were right. */
  attributed: number;
  correct: number;
  /** Gold quotes with a named speaker, and how many the program attributed correctly. */
  goldNamed: number;
  found: number;
  precision: number;
  recall: number;
  errors: string[];
}

export function readGold(file: string): GoldQuote[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { quotes: GoldQuote[] }).quotes;
}

/** Same quote: equal when short (scare quotes); otherwise the longer holds four consecutive words of the other. */
function sameQuote(gold: string, text: string): boolean {
  const g = comparable(gold);
  const t = comparable(text);
  if (g.split(' ').length < 3 || t.split(' ').length < 3) return g === t;
  const [shorter, longer] = g.length <= t.length ? [g, t] : [t, g];
  const words = shorter.split(' ');
  const n = Math.min(4, words.length);
  for (let i = 0; i + n <= words.length; i++)
    if (longer.includes(words.slice(i, i + n).join(' '))) return true;
  return false;
}

function speakerMatches(gold: GoldSpeaker, quote: Quote): boolean {
  if (gold === 'unknown') return quote.speakerKind === 'unknown';
  if (typeof gold === 'string')
    return quote.speakerKind === 'person' && comparable(quote.speaker) === comparable(gold);
  return (
    quote.speakerKind === 'org' &&
    gold.org.some((part) => comparable(quote.speaker).includes(comparable(part)))
  );
}

/** Precision over the program's named attributions; recall over the gold's named quotes. */
export function scoreAttribution(index: NewsIndex, gold: GoldQuote[]): Score {
  const errors: string[] = [];
  let attributed = 0;
  let correct = 0;
  for (const quote of index.quotes) {
    if (quote.speakerKind === 'unknown') continue;
    for (const articleId of quote.articleIds) {
      attributed++;
      const g = gold.find((x) => x.article === articleId && sameQuote(x.quote, quote.text));
      if (g && speakerMatches(g.speaker, quote)) correct++;
      else
        errors.push(
          `${articleId}: "${quote.text.slice(0, 60)}" → ${quote.speaker} (gold: ${g ? JSON.stringify(g.speaker) : 'no such quote'})`,
        );
    }
  }
  const named = gold.filter((g) => g.speaker !== 'unknown');
  let found = 0;
  for (const g of named) {
    const hit = index.quotes.find((q) => q.articleIds.includes(g.article) && sameQuote(g.quote, q.text));
    if (hit && speakerMatches(g.speaker, hit)) found++;
    else
      errors.push(
        `missed: ${g.article}: "${g.quote}" (${JSON.stringify(g.speaker)}) → ${hit ? hit.speaker : 'not extracted'}`,
      );
  }
  return {
    attributed,
    correct,
    goldNamed: named.length,
    found,
    precision: attributed === 0 ? 1 : correct / attributed,
    recall: named.length === 0 ? 1 : found / named.length,
    errors,
  };
}
