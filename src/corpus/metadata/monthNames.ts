/**
 * Month names of the languages chrono-node has no parser for ("14 Şubat 2026, Cumartesi", "14 lutego 2026",
 * "14. února 2026"), taken from the platform's CLDR data (`Intl.DateTimeFormat`) rather than written here,
 * so that a date line in such a language can be read as the English date it writes.
 */
import { comparable } from '../../text/normalize.ts';

/** Languages written in Latin letters whose outlets' English editions keep a date line in their own tongue. */
const LOCALES = [
  'tr',
  'az',
  'pl',
  'cs',
  'sk',
  'hu',
  'ro',
  'hr',
  'sl',
  'sr-Latn',
  'bs',
  'sq',
  'da',
  'nb',
  'is',
  'et',
  'lv',
  'lt',
  'ca',
  'gl',
  'ms',
  'sw',
  'fil',
  'af',
  'cy',
  'ga',
  'uz',
] as const;

/** The English month names chrono reads, by month (0–11). */
const ENGLISH = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, m, 14)),
);

/**
 * The forms a locale writes month `m` in, alone and in a date ("luty", "lutego"). Not the abbreviations,
 * which include English words ("set", "out", "ago").
 */
function monthForms(locale: string, m: number): string[] {
  const at = Date.UTC(2026, m, 14);
  const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(at);
  const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
    .formatToParts(at)
    .find((part) => part.type === 'month')?.value;
  // Catalan "de febrer": the month's own word.
  return [alone, inDate ?? ''].map((form) => form.replace(/^(?:de |d’|d')/u, ''));
}

/**
 * Folded month word → month (0–11), over `LOCALES`: words of three letters or more, and none two
 * languages give to different months ("listopad" is November in Polish and Czech, October in Croatian).
 */
function buildMonthTable(): ReadonlyMap<string, number> {
  const months = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const locale of LOCALES)
    for (let m = 0; m < 12; m++)
      for (const form of monthForms(locale, m)) {
        // Folded as `comparable` folds any text: lower case, no marks, dotless "ı" as "i" ("ŞUBAT", "Subat").
        const key = comparable(form);
        if (!/^\p{L}{3,}$/u.test(key)) continue;
        const known = months.get(key);
        if (known !== undefined && known !== m) ambiguous.add(key);
        months.set(key, m);
      }
  for (const key of ambiguous) months.delete(key);
  return months;
}

const MONTHS: ReadonlyMap<string, number> = buildMonthTable();

/** A word. */
const WORD = /\p{L}+/gu;

const MONTH = `(?:${ENGLISH.join('|')})`;
/** "14. February 2026" (Czech, Croatian, Danish): the day's ordinal stop, which English does not write. */
const DAY_WITH_STOP = new RegExp(`\\b(\\d{1,2})\\.\\s+(${MONTH})\\b`, 'g');
/** "2026. February 14." (Hungarian): the year first, each number with its stop. */
const YEAR_FIRST = new RegExp(`\\b(\\d{4})\\.\\s+(${MONTH})\\s+(\\d{1,2})\\.?`, 'g');
/** "14 de February de 2026" (Catalan, Galician): the "de" around the month. */
const DE_AROUND = new RegExp(`\\b(\\d{1,2}) de (${MONTH}) de (\\d{4})\\b`, 'g');

/**
 * The line with each month name of a language in `LOCALES` written as the English month, in an order
 * English reads ("14 Şubat 2026, Cumartesi - 13:10" → "14 February 2026, Cumartesi - 13:10", "2026.
 * február 14." → "February 14, 2026"); undefined when it names no such month.
 */
export function withEnglishMonths(line: string): string | undefined {
  let found = false;
  const english = line.replace(WORD, (word) => {
    const month = MONTHS.get(comparable(word));
    if (month === undefined) return word;
    found = true;
    return ENGLISH[month] as string;
  });
  if (!found) return undefined;
  return english
    .replace(YEAR_FIRST, '$2 $3, $1')
    .replace(DAY_WITH_STOP, '$1 $2')
    .replace(DE_AROUND, '$1 $2 $3');
}
