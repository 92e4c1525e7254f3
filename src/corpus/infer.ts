/** Inferring metadata that front matter leaves out: title, publication date, outlet. */
import { wordCount } from '../text/normalize.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1] as string, m[2] as string, m[3] as string] },
  {
    re: new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`),
    parts: (m) => [m[3] as string, monthNumber(m[1] as string), m[2] as string],
  },
  {
    re: new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`),
    parts: (m) => [m[3] as string, monthNumber(m[2] as string), m[1] as string],
  },
];

function monthNumber(name: string): string {
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, '0');
}

/** Formats a Date as YYYY-MM-DD (UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first plausible calendar date written in the text, as YYYY-MM-DD. */
export function inferDate(text: string): string | undefined {
  let best: { index: number; iso: string } | undefined;
  for (const { re, parts } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const iso = `${y}-${mo}-${d.padStart(2, '0')}`;
    if (Number.isNaN(Date.parse(iso))) continue;
    if (!best || m.index < best.index) best = { index: m.index, iso };
  }
  return best?.iso;
}

/** A line that reads like a headline: several words, some capitalised, not a sentence fragment of a menu. */
export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || words > 25) return false;
  if (!/\p{Lu}/u.test(line)) return false;
  return !/[:;]$/.test(line);
}

/** Derives an outlet name from a URL's host ("www.voanews.com" → "voanews.com"). */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
