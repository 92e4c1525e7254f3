/**
 * The publication date a page shows: on a short date line near the headline ("Published 30th December
 * 2014", "5:00PM GMT 31 Dec 2014", "By Jane Doe on December 4, 2014"), parsed by chrono-node. Dates in the
 * running text ("a video dated May 23, 2015"), in embedded tweets and in copyright lines are not the
 * page's date; a date without a year ("Jun 13, 4:03 PM EDT") is no full date, unless a labelled stamp's and
 * the copyright line gives the year (`yearlessStampDate`). No date: undefined. A
 * numeric date ("11/03/2025") is read day or month first as the page writes dates (dateOrder.ts).
 */
// The English locale, then the European and Indonesian ones for a date line in the outlet's own language
// ("14. März 2026", "14 de febrero de 2026"); the package's root module would load every language.
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoFi from 'chrono-node/fi';
import * as chronoFr from 'chrono-node/fr';
import * as chronoId from 'chrono-node/id';
import * as chronoIt from 'chrono-node/it';
import * as chronoNl from 'chrono-node/nl';
import * as chronoPt from 'chrono-node/pt';
import * as chronoSv from 'chrono-node/sv';
import { wordCount } from '../../text/normalize.ts';
import {
  datelineDay,
  type DateOrder,
  pageDateOrder,
  weakDateOrder,
  hasNumericDate,
  type PageDateEvidence,
  pad,
  pageDateEvidence,
  WIRE_DATELINE,
  zoneOrder,
} from './dateOrder.ts';
import { withEnglishMonths } from './monthNames.ts';

const YEAR = /\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}/;
/**
 * "10/04/16 05:19 PM EDT", "Updated 10/04/16 …": a stamp with a two-digit year and a time; or a dotted date
 * alone on its line ("12.22.14", as some magazines stamp an article).
 */
const SHORT_YEAR_STAMP = /^(?:updated\s+)?\d{1,2}\/\d{1,2}\/\d{2}\s+\d{1,2}:\d{2}|^\d{1,2}\.\d{1,2}\.\d{2}$/i;
/** A stamp's label; a broadcaster's page stamps when the piece aired ("First broadcast: …", "Aired …"). */
const LABEL =
  /^(?:published|posted|updated|first published|last updated|by|on|date|first broadcast|broadcast|first aired|aired)\b/i;
/**
 * "Reporting from the court: Ann Roe Published 03/03/2026, 09:02": a stamp's label, capitalised, after a
 * byline the page ran into it, then the date.
 */
const INNER_LABEL =
  /\s(?:Published|Posted|Updated|First published|Last updated):?\s+(?:\d|\p{Lu}\p{Ll}+\.?,?\s+\d)/u;
/**
 * "This story was published on Monday, March 2, 2026 at 17:05 WIB.", "This article appeared in the print
 * edition on 19/03/2026.": a page's note of its own stamp.
 */
const THIS_STORY_PUBLISHED =
  /^This (?:story|article|report|piece|page) (?:was (?:first |originally |last )?(?:published|posted|updated)|(?:first )?appeared)\b/i;
/**
 * "By Sage Lazzaro • 12/16/16 12:21pm", "Published: 15.03.26 | 11:20": a short-year stamp after a label, not
 * opening the line.
 */
const LABELLED_SHORT_YEAR = /\b\d{1,2}([/.])\d{1,2}\1\d{2}(?:,?\s+|\s+\|\s+)\d{1,2}:\d{2}/;
/**
 * Dates that are not the page's: a tweet's credit line ("— Jo Roe (@joroe) March 9, 2026") or an embedded
 * post's footer ("10:52 PM · Mar 9, 2026"), a timeline's entry ("- June 2, 2026: hearing in Lausanne"), a
 * copyright line, and the day a citation was "retrieved" or "accessed" (the reader's day, not the publisher's).
 */
const NOT_THE_PAGE_DATE =
  /^[\u2014\u2013-]\s.*\(@\w+\)|^[-\u2022*\u2013\u2014]\s+[^:]{3,30}\b(?:19|20)\d{2}:\s|^\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*\u00B7|\u00A9|\bcopyright\b|^(?:retrieved|accessed|last accessed)\b/i;
const MAX_DATE_LINE_WORDS = 16;
/** Bars or dots between the parts of a row of the page ("05/03/2026, 09:47 | Author: …"). */
const ROW_SEPARATOR = /\s[|\u00B7\u2022]\s/;
/** Most words of a stamp opening such a row. */
const MAX_STAMP_PART_WORDS = 6;
/** An unlabelled line of this many words that ends like a sentence is the story's prose. */
const PROSE_WORDS = 12;
/** "… 9:15 a.m.": a line ending on a time of day, whose last period is the abbreviation's. */
const ENDS_ON_TIME = /\d\s*[ap]\.m\.$/i;

/**
 * "December 15, 20163:33 PM ET": a page's stamp whose year ran into the time when the copy lost the space
 * between them (two elements of the page, one line of text).
 */
const YEAR_RUN_INTO_TIME = /(\b\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2})(?=\d{1,2}:\d{2}\b)/u;

/** The line with a space put back between a date's year and the time run into it. */
export function withYearApart(line: string): string {
  return line.replace(YEAR_RUN_INTO_TIME, '$1 ');
}

/**
 * "April 17, 2015 -- Imagine being sick …", "RIDGEPORT, Sept. 15, 2025 — Westmark Electric today …": a
 * paragraph opened by its date (after a dateline's place in capitals) and a dash, as wire copy and press
 * releases are.
 */
const DATE_THEN_DASH =
  /^(?:\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,})*, )?(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? (?:19|20)\d{2}|\d{1,2} \p{Lu}\p{Ll}{2,8} (?:19|20)\d{2}) (?:--|[\u2014\u2013]) /u;

/**
 * "Board of Education meeting summary: March 9, 2026": a title of some length, then its colon and a date, as
 * a list of links names a meeting or a report by its day (not "Meeting date: …", "Published: …").
 */
const TITLED_DATE =
  /^(?!.*\b(?:published|posted|updated)\b)[^:\d]{20,}:\s+(?:\p{Lu}\p{Ll}+,?\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+)?\d/iu;

/** Whether a line reads as a date line rather than a sentence that happens to hold a date. */
function isDateLine(line: string): boolean {
  const shortYear = SHORT_YEAR_STAMP.test(line) || (LABEL.test(line) && LABELLED_SHORT_YEAR.test(line));
  if (!(YEAR.test(line) || shortYear) || NOT_THE_PAGE_DATE.test(line)) return false;
  if (TITLED_DATE.test(line) && !LABEL.test(line)) return false;
  if (DATE_THEN_DASH.test(line)) return true;
  if (LABEL.test(line) || THIS_STORY_PUBLISHED.test(line)) return wordCount(line) <= 2 * MAX_DATE_LINE_WORDS;
  // "05/03/2026, 09:47 | Author: Irina Semyonova | Translated from Russian by …": a row whose first part is
  // a stamp, however long the parts after it.
  const first = line.split(ROW_SEPARATOR)[0] as string;
  if (first !== line && YEAR.test(first) && wordCount(first) <= MAX_STAMP_PART_WORDS) return true;
  // "In a video dated May 23, 2015, he declared …": a sentence of the story, not a stamp. (A stamp may end
  // on a time's period: "Nov. 7, 2025, 10:52 p.m. | Updated Nov. 8, 2025, 9:15 a.m.")
  if (wordCount(line) >= PROSE_WORDS && /[.!?]["\u201D]?$/.test(line) && !ENDS_ON_TIME.test(line))
    return false;
  return wordCount(line) <= (INNER_LABEL.test(line) ? 2 : 1) * MAX_DATE_LINE_WORDS;
}

const UNIX_EPOCH = '1970-01-01';

/** A year written out in a date ("2016", or the "16" of "10/04/16"), not worked out from "today". */
const WRITTEN_YEAR = /\b\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;

/**
 * The first complete date (year, month and day all written) on a line, as YYYY-MM-DD. A numeric date is
 * read in `order`; without one, as the line's time zone says, else month first.
 */
export function dateOnLine(line: string, options: { order?: DateOrder } = {}): string | undefined {
  const order = options.order ?? zoneOrder(line) ?? 'month-first';
  const english = order === 'day-first' ? chronoEn.GB : chronoEn.casual;
  for (const parser of [english, ...OTHER_LANGUAGES]) {
    const date = completeDate(parser.parse(line, new Date(0)));
    if (date !== undefined) return date;
  }
  // "14 Şubat 2026, Cumartesi", "14 lutego 2026": a language chrono has no parser for, its month named in English.
  const translated = withEnglishMonths(line);
  return translated === undefined ? undefined : completeDate(english.parse(translated, new Date(0)));
}

/** Date lines in an outlet's own language, read when English finds no date on the line. */
const OTHER_LANGUAGES = [
  chronoDe,
  chronoFr,
  chronoEs,
  chronoIt,
  chronoPt,
  chronoNl,
  chronoSv,
  chronoFi,
  chronoId,
].map((locale) => locale.casual);

/** The first of chrono's results that writes a whole date (year, month and day), as YYYY-MM-DD. */
function completeDate(results: readonly chronoEn.ParsedResult[]): string | undefined {
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    // "today", "7 hours ago", "last week": chrono counts them certain, from its reference date (1970).
    if (!WRITTEN_YEAR.test(result.text)) continue;
    const year = start.get('year') as number;
    if (year < 1900 || year > 2100) continue;
    const date = `${year}-${pad(start.get('month') as number)}-${pad(start.get('day') as number)}`;
    // "Jan 1, 1970": the Unix epoch, what a page template prints for a timestamp it does not have.
    if (date === UNIX_EPOCH) continue;
    return date;
  }
  return undefined;
}

/** A date as read, and the other reading of a numeric date the page's evidence could not settle. */
export interface DateReading {
  date: string;
  other?: string;
}

/** A line's date, a numeric one read both ways and settled by the page's evidence when the two differ. */
function pageDateOnLine(line: string, evidence: () => PageDateEvidence): DateReading | undefined {
  if (!hasNumericDate(line)) {
    const date = dateOnLine(line);
    return date === undefined ? undefined : { date };
  }
  const dayFirst = dateOnLine(line, { order: 'day-first' });
  const monthFirst = dateOnLine(line, { order: 'month-first' });
  if (dayFirst === undefined || monthFirst === undefined || dayFirst === monthFirst) {
    const date = monthFirst ?? dayFirst;
    return date === undefined ? undefined : { date };
  }
  const order = pageDateOrder(line, { dayFirst, monthFirst }, evidence);
  if (order !== undefined) return { date: order === 'day-first' ? dayFirst : monthFirst };
  // Only the page's style, or nothing, says which: the story's other articles may settle it.
  return weakDateOrder(evidence) === 'day-first'
    ? { date: dayFirst, other: monthFirst }
    : { date: monthFirst, other: dayFirst };
}

/** A time of day ("14:05", "9.12 BST", "10.52 p.m."); not the day and month of a dotted date ("06.03.2026"). */
const CLOCK = /\b\d{1,2}[:.]\d{2}(?![.\d]\d)\s*(?:[ap]\.?m\b|GMT|BST|UTC|[ECMP][SD]T|ET)?|\dT\d{2}:\d{2}/i;

/**
 * How much a date line looks like the article's own stamp: a label ("Published", "By …") or a time of day
 * beats a bare date, which may be the masthead's "today" ("Saturday 03 January 2015").
 */
function stampWeight(line: string): number {
  return LABEL.test(line) || CLOCK.test(line) ? 1 : 0;
}

/**
 * The page's publication date: among the date lines, the best-stamped one at or after the headline
 * (`from`), else the best-stamped before it; the first such line wins. The headline's own line is none.
 */
export function inferPublished(
  lines: readonly string[],
  from: number,
  headline?: string,
): string | undefined {
  return inferPublishedReading(lines, from, headline)?.date;
}

/** `inferPublished`, with the other reading of a numeric date the page could not settle. */
export function inferPublishedReading(
  lines: readonly string[],
  from: number,
  headline?: string,
): DateReading | undefined {
  let best: { reading: DateReading; score: number } | undefined;
  // Gathered at most once, and only for a page with a numeric date that reads both ways.
  let gathered: PageDateEvidence | undefined;
  const evidence = () => {
    gathered ??= pageDateEvidence(lines);
    return gathered;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = withYearApart(lines[i] as string);
    // "Minutes - Full Council - Monday, 10th March, 2025 7.00 pm": a date in the headline (or the title line
    // that holds it) is what the page is about, not when it was published.
    if (headline !== undefined && line.startsWith(headline)) continue;
    if (!isDateLine(line)) continue;
    const reading = pageDateOnLine(line, evidence);
    if (reading === undefined) continue;
    const score = 2 * Number(i >= from) + stampWeight(line);
    if (!best || score > best.score) best = { reading, score };
  }
  if (best) return best.reading;
  const yearless = yearlessStampDate(lines, from);
  return yearless === undefined ? undefined : { date: yearless };
}

/**
 * Stamps a page prints without the year ("By Erin Cole March 18 at 3:57 PM"): labelled, with a time, or a
 * byline's name followed straight by the month ("By David A. Farrow November 22 Follow @Farrow").
 */
const MAX_STAMP_WORDS = 12;
const BYLINE_THEN_DAY =
  /^By (?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/u;

/**
 * "By Erin Cole March 18 at 3:57 PM" on a page whose copyright line reads "© 1996-2015": a site prints a
 * stamp without its year while the year is the current one, which the copyright line of the same copy of
 * the page shows. Only a labelled stamp with a time of day, or a wire dateline, at or after the headline;
 * undefined otherwise.
 */
function yearlessStampDate(lines: readonly string[], from: number): string | undefined {
  const year = copyrightYear(lines);
  if (year === undefined) return undefined;
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const line = lines[i] as string;
    const dateline = WIRE_DATELINE.exec(line)?.[0];
    const stamp =
      LABEL.test(line) &&
      (CLOCK.test(line) || BYLINE_THEN_DAY.test(line)) &&
      !YEAR.test(line) &&
      wordCount(line) <= MAX_STAMP_WORDS;
    if (!stamp && dateline === undefined) continue;
    for (const result of chronoEn.casual.parse(dateline ?? line, new Date(Date.UTC(year, 0, 1)))) {
      const start = result.start;
      if (!start.isCertain('month') || !start.isCertain('day') || start.isCertain('year')) continue;
      return `${year}-${pad(start.get('month') as number)}-${pad(start.get('day') as number)}`;
    }
  }
  return undefined;
}

/**
 * "CHELMIEC, Poland, March 11 (CPW) - …" on a page that gives no year anywhere (no stamp, no copyright line):
 * the day the wire dateline names, as "MM-DD", for the story's other articles to give the year
 * (`settleDateReadings`); undefined when no dateline at or after the headline names one.
 */
export function datelineMonthDay(lines: readonly string[], from: number): string | undefined {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const day = datelineDay(lines[i] as string);
    if (day !== undefined) return day;
  }
  return undefined;
}

/** The latest year a copyright line of the page names ("© 1996-2015 The Post" → 2015, "(c) 2026 …"). */
function copyrightYear(lines: readonly string[]): number | undefined {
  let latest: number | undefined;
  for (const line of lines) {
    // ("(c) 2026 …": the sign as plain text writes it.)
    if (!/\u00A9|\bcopyright\b|^\(c\)\s/i.test(line)) continue;
    for (const m of line.matchAll(/\b(?:19|20)\d{2}\b/g)) latest = Math.max(latest ?? 0, Number(m[0]));
  }
  return latest;
}
