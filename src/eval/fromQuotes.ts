/**
 * The test fixtures' gold lists every quote with its speaker (`{ quotes: [{ article, quote, speaker }] }`);
 * scoring `/quote` against them needs the shared format: per named speaker, the queries a user would type
 * (surname, full name, a one-letter typo) and each quote to find. Organisations and "unknown" quotes must
 * be returned for nobody.
 */
import { z } from 'zod';
import type { Gold } from './gold.ts';

export const QuoteGoldSchema = z.object({
  quotes: z.array(
    z.object({
      article: z.string(),
      quote: z.string(),
      speaker: z.union([z.string(), z.object({ org: z.array(z.string()) })]),
    }),
  ),
});

export type QuoteGold = z.infer<typeof QuoteGoldSchema>;

/** A one-letter typo of a word: its last vowel changed (or its last letter dropped). */
export function typoOf(word: string): string {
  const lower = word.toLowerCase();
  for (let i = lower.length - 1; i > 0; i--) {
    const c = lower[i] as string;
    if ('aeiou'.includes(c)) return lower.slice(0, i) + (c === 'e' ? 'a' : 'e') + lower.slice(i + 1);
  }
  return lower.slice(0, -1);
}

/** At most eight words of a quote, lower-cased: the substring a correct answer must contain. */
function mustOf(quote: string): string {
  return quote.toLowerCase().split(/\s+/).slice(0, 8).join(' ');
}

/** Converts a per-quote gold into the shared per-speaker format. */
export function goldFromQuotes(gold: QuoteGold): Gold {
  const speakers: Gold['speakers'] = {};
  const unattributed: string[] = [];
  for (const q of gold.quotes) {
    if (typeof q.speaker !== 'string' || q.speaker === 'unknown') {
      unattributed.push(mustOf(q.quote));
      continue;
    }
    const name = q.speaker;
    const surname = name.split(/\s+/).pop() as string;
    const key = name.toLowerCase();
    const speaker = speakers[key] ?? {
      name,
      queries: [surname.toLowerCase(), key, typoOf(surname)],
      must: [],
      never: [],
    };
    speaker.must.push(mustOf(q.quote));
    speakers[key] = speaker;
  }
  return { articles: {}, speakers, unattributed };
}
