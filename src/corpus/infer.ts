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

/** Two or more spaced separators: a menu or breadcrumb ("News | Business | Tech"), not a headline. */
const MENU = /\s[|\u2022\u00B7\u203A\u00BB>/]\s.*\s[|\u2022\u00B7\u203A\u00BB>/]\s/u;

/** A line that reads like a headline: several words, some capitalised, not a sentence fragment or a menu. */
export function isHeadlineLike(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || words > 25) return false;
  if (!/\p{Lu}/u.test(line)) return false;
  return !/[:;]$/.test(line) && !MENU.test(line);
}

/** A capitalised word or an initialism ("U.S."); any other period before a space ends the name. */
const NAME_WORD = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}\\p{N}'\u2019&-]*)";
/** A proper name: capitalised words, with "of", "and", "&" between them ("The Associated Press"). */
const PROPER_NAME = `${NAME_WORD}(?: (?:${NAME_WORD}|of|and|&))*`;
/** "Copyright 2018 The Associated Press. All rights reserved.", "© 2025 Harbor Times Media". */
const COPYRIGHT = new RegExp(
  `^(?:\u00A9|\\([Cc]\\)|[Cc]opyright\\b|COPYRIGHT\\b)\\s*\u00A9?\\s*(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?,?\\s+)?(${PROPER_NAME})`,
  'u',
);
/** An author bio's employer: "… is a correspondent for the Harbor Times", "… a staff writer at The Monthly". */
const BIO_EMPLOYER = new RegExp(`\\b(?:for|at|with) (?:the )?(${PROPER_NAME})`, 'u');
/** A byline naming the outlet after the writers: "By Jane Doe and Sam Lee, CNN". */
const BYLINE = new RegExp(`^By [^,]{2,80}, (${PROPER_NAME})$`, 'u');
/** A wire dateline: "SEOUL, South Korea (AP) —", "ISTANBUL, Aug 10 (Reuters) -", "New York (CNN) —". */
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'-]*(?: (?:\\p{Lu}[\\p{L}.'-]*|de|del|da|do|of|la|le|el)){0,3}(?:,[^()]{1,40})? \\((${PROPER_NAME})\\) ?[-\u2013\u2014]`,
  'u',
);

/** The name without the punctuation that ends its sentence; undefined when it is too long to be a name. */
function outletName(match: RegExpExecArray | null): string | undefined {
  const name = match?.[1]?.replace(/(?: (?:of|and|&))+$|['\u2019-]+$/u, '');
  return name && wordCount(name) <= 6 ? name : undefined;
}

/**
 * The outlet a scraped page names when front matter does not: a copyright line, a byline, an author bio's
 * employer (only lines `isBio` accepts), or a wire dateline, in that order of trust.
 */
export function inferOutlet(lines: readonly string[], isBio: (line: string) => boolean): string | undefined {
  const first = (find: (line: string) => string | undefined) => {
    for (const line of lines) {
      const found = find(line);
      if (found) return found;
    }
    return undefined;
  };
  return (
    first((l) => outletName(COPYRIGHT.exec(l))) ??
    first((l) => outletName(BYLINE.exec(l))) ??
    first((l) => (isBio(l) ? outletName(BIO_EMPLOYER.exec(l)) : undefined)) ??
    first((l) => outletName(DATELINE.exec(l)))
  );
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
