/** Resolving the time expressions of a news sentence against the article's publication date. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export interface EventDate {
  /** Sortable key: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  key: string;
  /** How to show it. */
  label: string;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
}

/** The year that puts a month (and day) on or before the publication date. */
function yearFor(published: Date, month: number, day = 1): number {
  const y = published.getUTCFullYear();
  return Date.UTC(y, month, day) > published.getTime() + 86_400_000 ? y - 1 : y;
}

const PATTERNS: { re: RegExp; resolve: (m: RegExpExecArray, pub: Date) => EventDate | undefined }[] = [
  {
    re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'i'),
    resolve: (m, pub) => {
      const month = monthIndex(m[1] as string);
      const day = Number(m[2]);
      if (day < 1 || day > 31) return undefined;
      const year = m[3] ? Number(m[3]) : yearFor(pub, month, day);
      const key = iso(new Date(Date.UTC(year, month, day)));
      return { key, label: key };
    },
  },
  {
    re: /\b(?:(last|this past) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i,
    resolve: (m, pub) => {
      const target = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
      let back = (pub.getUTCDay() - target + 7) % 7;
      if (back === 0 && m[1]) back = 7;
      const key = iso(new Date(pub.getTime() - back * 86_400_000));
      return { key, label: key };
    },
  },
  {
    re: /\b(yesterday|today|this morning|last night)\b/i,
    resolve: (m, pub) => {
      const key = iso(
        new Date(
          pub.getTime() -
            ((m[1] as string).toLowerCase() === 'today' || (m[1] as string).toLowerCase() === 'this morning'
              ? 0
              : 86_400_000),
        ),
      );
      return { key, label: key };
    },
  },
  {
    re: /\blast week\b/i,
    resolve: (_m, pub) => {
      const key = iso(new Date(pub.getTime() - 7 * 86_400_000));
      return { key, label: `week of ${key}` };
    },
  },
  {
    re: new RegExp(
      `\\b(?:in|since|during|from|earlier in|late|early|mid-?) ${MONTH_RE}(?: (\\d{4}))?\\b`,
      'i',
    ),
    resolve: (m, pub) => {
      const month = monthIndex(m[1] as string);
      const year = m[2] ? Number(m[2]) : yearFor(pub, month);
      const key = `${year}-${String(month + 1).padStart(2, '0')}`;
      return { key, label: key };
    },
  },
  {
    re: /\blast month\b/i,
    resolve: (_m, pub) => {
      const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - 1, 1));
      const key = iso(d).slice(0, 7);
      return { key, label: key };
    },
  },
];

/** The first time expression in a sentence, resolved against the publication date (YYYY-MM-DD). */
export function resolveEventDate(sentence: string, published: string): EventDate | undefined {
  const pub = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(pub.getTime())) return undefined;
  let best: { index: number; date: EventDate } | undefined;
  for (const { re, resolve } of PATTERNS) {
    const m = re.exec(sentence);
    if (!m) continue;
    const date = resolve(m, pub);
    if (date && (!best || m.index < best.index)) best = { index: m.index, date };
  }
  return best?.date;
}
