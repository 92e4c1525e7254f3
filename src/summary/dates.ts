/** Resolving the time expressions of a news sentence against the article's publication date. */
import { MONTHS, WEEKDAYS } from '../lexicon/index.ts';

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

/**
 * A clause about what is still to come ("talks will resume on Friday", "Friday's talks are expected",
 * "Deliberations resume on Wednesday", "plans for Saturday's service").
 */
const FUTURE_TENSE =
  /\b(?:will|would|shall|is due|are due|is set to|are set to|is expected|are expected|plans? (?:to|for)|scheduled|upcoming|next)\b|\bto (?:resume|meet|hold|vote|decide|begin|start)\b|\b(?:resumes?|reconvenes?|begins?|starts?|opens?) on\b/i;
/** A sentence about what happened ("talks collapsed on Friday"). */
const PAST_TENSE =
  /\b(?:was|were|had|did|said|told)\b|\b\w{3,}ed\b(?<!\b(?:expected|scheduled|planned|proposed|set|due)\b)/i;
const DAY_MS = 86_400_000;
/** The length of a day's key (YYYY-MM-DD), as against a month's (YYYY-MM). */
const DAY_KEY_LENGTH = 10;

/**
 * The clause of a sentence around `at`, between stops, semicolons and colons: its tense is the weekday's
 * ("… was sent home at 4:30 p.m. Deliberations resume on Wednesday", read as one sentence).
 */
function clause(sentence: string, at: number): string {
  const stop = /[.;:!?]\s/g;
  let from = 0;
  let to = sentence.length;
  for (let m = stop.exec(sentence); m !== null; m = stop.exec(sentence)) {
    if (m.index < at) from = m.index + 1;
    else {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

/**
 * The day a weekday name means: "last Friday" is past, "next Friday" to come; otherwise the tense of its
 * clause decides, and with no tense the nearest Friday (news names days within a week of the dateline).
 */
function weekday(m: RegExpExecArray, pub: Date, sentence: string): EventDate {
  const target = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
  const back = (pub.getUTCDay() - target + 7) % 7;
  const ahead = (target - pub.getUTCDay() + 7) % 7;
  const modifier = (m[1] ?? '').toLowerCase();
  const own = clause(sentence, m.index);
  let offset: number;
  if (modifier === 'last' || modifier === 'this past') offset = -(back === 0 ? 7 : back);
  else if (modifier === 'next' || modifier === 'this coming') offset = ahead === 0 ? 7 : ahead;
  else if (FUTURE_TENSE.test(own)) offset = ahead;
  else if (PAST_TENSE.test(own)) offset = -back;
  else offset = ahead < back ? ahead : -back;
  const key = iso(new Date(pub.getTime() + offset * DAY_MS));
  return { key, label: key };
}

const PATTERNS: {
  re: RegExp;
  resolve: (m: RegExpExecArray, pub: Date, sentence: string) => EventDate | undefined;
}[] = [
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
    re: /\b(?:(last|this past|next|this coming) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i,
    resolve: weekday,
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
    const date = resolve(m, pub, sentence);
    if (date && (!best || m.index < best.index)) best = { index: m.index, date };
  }
  return best?.date;
}

/**
 * The newest day a sentence says something happened on, up to the publication date ("placed on suspension
 * on Wednesday, and on Friday the provost lifted …" is Friday's): days named by weekday, date, "yesterday"
 * or "today", resolved against `published`. A day still to come is the publication date's (the news is
 * that it was announced). Undefined when the sentence names no day.
 */
export function latestEventDay(sentence: string, published: string): string | undefined {
  const pub = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(pub.getTime())) return undefined;
  let latest: string | undefined;
  for (const { re, resolve } of PATTERNS) {
    const all = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    for (let m = all.exec(sentence); m !== null; m = all.exec(sentence)) {
      const key = resolve(m, pub, sentence)?.key;
      if (key === undefined || key.length !== DAY_KEY_LENGTH) continue;
      const day = key > published ? published : key;
      if (latest === undefined || day > latest) latest = day;
    }
  }
  return latest;
}
