/**
 * Which way a page writes a numeric date: "04/05/2025" is 4 May in Britain and April 5 in the US. chrono-node
 * reads either way (its `GB` parser day first, `casual` month first) and settles a part above 12 itself; for
 * the rest the page decides. The first rule that finds evidence wins:
 * 0. dots ("12.06.2025") are day first; the day a wire dateline names ("WASHINGTON, March 4 (Wire) -") is
 *    the reading with that month and day;
 * 1. the date line's own time zone ("14:05 BST" day first, "2:05 PM EDT" month first), or its time on the
 *    24-hour clock past noon ("12/03/2025 - 21:30" is day first: American pages write "9:30 PM");
 * 2. the same date written out with its month name on the page, in the same order ("Sunday 4 May 2025"),
 *    else the one reading within a month of the dates the page writes out ("02/10/2020" over photos of
 *    "Sept. 29, 2020");
 * 3. the page's other numeric dates with a part above 12 ("21/03/2025" is day first);
 * 4. the order of the page's written-out dates: "2 March" against "March 2";
 * 5. the page's style: "£", "Mr", "Dr" without a period and British spellings ("colour", "apologise") are
 *    British; "Mr.", "Dr." and American spellings American;
 * and with no evidence at all, month first (chrono's default, and what American pages write), unless the
 * story's other articles are dated nearer the other reading (`settleDateReadings`, when a corpus is loaded).
 */
import * as chronoEn from 'chrono-node/en';
import { MONTHS } from '../../lexicon/words.ts';

export type DateOrder = 'day-first' | 'month-first';

/** The two readings of one numeric date, as YYYY-MM-DD. */
export interface Readings {
  dayFirst: string;
  monthFirst: string;
}

/** Time zones of places that write the day first: "08/10/2018 14:05 GMT" is 8 October. */
const DAY_FIRST_ZONE =
  /\b(?:GMT|BST|CET|CEST|EET|EEST|WET|WEST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|IST)\b/;
/** North American zones: "10/08/2018 2:05 PM EDT" is October 8. */
const MONTH_FIRST_ZONE = /\b(?:[ECMP][SD]T|AK[SD]T|HST|ET|PT)\b/;

/**
 * A numeric date "dd/mm/yyyy", "mm.dd.yy" or "dd-mm-yyyy": two small numbers, then a year (not in
 * "v1.13.05.10"; with dashes only before a year of four digits, since "12-03-26" may be a score).
 */
const NUMERIC_DATE =
  /(?<![\p{L}\p{N}.-])(\d{1,2})(?:[/.](\d{1,2})[/.](?:\d{4}|\d{2})|-(\d{1,2})-\d{4})(?![\p{N}]|[.-]\p{N})/u;

const MONTH_NAME = `(?:${MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const ORDINAL = '(?:st|nd|rd|th)?';
/** "2 March", "Tuesday 11th of March": the day before the month. */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}${ORDINAL} (?:of )?${MONTH_NAME}(?![\\p{L}])`, 'u');
/** "March 2", "Mar. 11th": the month before the day (not "March 2025", a month and a year). */
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME} \\d{1,2}${ORDINAL}(?![\\p{N}])`, 'u');
const HAS_MONTH = new RegExp(MONTH_NAME, 'u');
const YEAR = /\b(?:19|20)\d{2}\b/;

/** Contracted titles: British style writes them without a period ("Mr Hale"), American with one. */
const TITLE_WITHOUT_PERIOD = /\b(?:Mr|Mrs|Ms|Dr) \p{Lu}/u;
const TITLE_WITH_PERIOD = /\b(?:Mr|Mrs|Ms|Dr)\. \p{Lu}/u;
const POUNDS = /£\s?\d/u;
/** Spellings that tell British from American English ("colour", "apologise", "centre" / "color", …). */
const BRITISH_SPELLING =
  /\b(?:colour|favour|honour|labour|neighbour|behaviour|centre|theatre|defence|apologis|organis|realis|recognis|criticis|mum)\w*/giu;
const AMERICAN_SPELLING =
  /\b(?:color|favor|honor|labor|neighbor|behavior|center|theater|defense|apologiz|organiz|realiz|recogniz|criticiz|mom)\w*/giu;

/**
 * "GENEVA, March 10 (CPA) - …", "THOMPSON, Man., July 14 (NP) - …": a wire story's dateline, its place in
 * capitals (and a region, or two places: "DOROHUSK, Poland/KYIV,"), the day without its year, the agency in
 * brackets and a dash: the day it was filed.
 */
export const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu} .'\u2019/-]+,(?: [\p{L}./]+(?: [\p{L}./]+)?,)? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}) \([^)]{1,40}\) (?:-|--|\u2013|\u2014) /u;

/** The day ("03-04", month and day) a line's wire dateline says the story was filed, if it opens with one. */
export function datelineDay(line: string): string | undefined {
  const dateline = WIRE_DATELINE.exec(line);
  if (!dateline) return undefined;
  const month = MONTHS.findIndex((m) => m.startsWith((dateline[1] as string).toLowerCase())) + 1;
  return `${pad(month)}-${pad(Number(dateline[2]))}`;
}

/** The days the page's wire datelines say it was filed. */
function filedDays(lines: readonly string[]): Set<string> {
  const days = new Set<string>();
  for (const line of lines) {
    const day = datelineDay(line);
    if (day !== undefined) days.add(day);
  }
  return days;
}

/**
 * The reading whose day is the one the page's wire dateline names ("WASHINGTON, March 4 (Wire) -" and
 * "Updated 03/04/2026 21:17 UTC"), when only one reading's is.
 */
function filedOn(readings: Readings, filed: ReadonlySet<string>): DateOrder | undefined {
  const day = filed.has(readings.dayFirst.slice(5));
  const month = filed.has(readings.monthFirst.slice(5));
  if (day === month) return undefined;
  return day ? 'day-first' : 'month-first';
}

/** What the page as a whole says about its dates, gathered once per page. */
export interface PageDateEvidence {
  /** The days (month and day) the page's wire datelines name. */
  filed: ReadonlySet<string>;
  /** Full dates the page writes out with a month name, by the order they are written in. */
  written: { dayFirst: ReadonlySet<string>; monthFirst: ReadonlySet<string> };
  /** From numeric dates with a part above 12. */
  numeric?: DateOrder;
  /** From the order of written-out dates, with or without a year. */
  writtenOrder?: DateOrder;
  /** From pounds and titles with or without a period. */
  style?: DateOrder;
}

/** How often a pattern occurs in a text. */
const count = (re: RegExp, text: string) =>
  text.match(new RegExp(re.source, re.flags.includes('i') ? 'giu' : 'gu'))?.length ?? 0;

/** The order more votes say, or undefined on a tie. */
function majority(dayFirst: number, monthFirst: number): DateOrder | undefined {
  if (dayFirst === monthFirst) return undefined;
  return dayFirst > monthFirst ? 'day-first' : 'month-first';
}

/** A month or day of two digits ("03"). */
export const pad = (n: number) => String(n).padStart(2, '0');

/** Full dates written out with a month name and a year, sorted by the order they are written in. */
function writtenDates(lines: readonly string[]): PageDateEvidence['written'] {
  const dayFirst = new Set<string>();
  const monthFirst = new Set<string>();
  for (const line of lines) {
    if (!YEAR.test(line) || !HAS_MONTH.test(line)) continue;
    for (const result of chronoEn.casual.parse(line, new Date(0))) {
      const start = result.start;
      if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
      const iso = `${start.get('year')}-${pad(start.get('month') as number)}-${pad(start.get('day') as number)}`;
      if (DAY_MONTH.test(result.text)) dayFirst.add(iso);
      else if (MONTH_DAY.test(result.text)) monthFirst.add(iso);
    }
  }
  return { dayFirst, monthFirst };
}

/** Votes of the numeric dates whose day is above 12, on either side. */
function numericOrder(text: string): DateOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const [, a, b, dashed] of text.matchAll(new RegExp(NUMERIC_DATE.source, 'gu'))) {
    const [first, second] = [Number(a), Number(b ?? dashed)];
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
  }
  return majority(dayFirst, monthFirst);
}

/** Gathers the page's evidence; only called for a page whose date can be read both ways. */
export function pageDateEvidence(lines: readonly string[]): PageDateEvidence {
  const text = lines.join('\n');
  const numeric = numericOrder(text);
  const writtenOrder = majority(count(DAY_MONTH, text), count(MONTH_DAY, text));
  const style = majority(
    count(POUNDS, text) + count(TITLE_WITHOUT_PERIOD, text) + count(BRITISH_SPELLING, text),
    count(TITLE_WITH_PERIOD, text) + count(AMERICAN_SPELLING, text),
  );
  return {
    filed: filedDays(lines),
    written: writtenDates(lines),
    ...(numeric ? { numeric } : {}),
    ...(writtenOrder ? { writtenOrder } : {}),
    ...(style ? { style } : {}),
  };
}

const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b/;

/** A time on the 24-hour clock past noon, with no am/pm ("12/03/2025 - 21:30"): not how the US writes time. */
const AFTERNOON_24H = /\b(?:1[3-9]|2[0-3])[:.][0-5]\d\b(?!\s*[ap]\.?m\b)/i;

/** The order a line's own time zone (or 24-hour clock) says, if it has one. */
export function zoneOrder(line: string): DateOrder | undefined {
  if (DAY_FIRST_ZONE.test(line)) return 'day-first';
  if (MONTH_FIRST_ZONE.test(line)) return 'month-first';
  if (AFTERNOON_24H.test(line)) return 'day-first';
  return undefined;
}

/** The reading the page writes out in full, in the reading's own order, when only one of them is. */
function writtenOut(readings: Readings, written: PageDateEvidence['written']): DateOrder | undefined {
  const day = written.dayFirst.has(readings.dayFirst);
  const month = written.monthFirst.has(readings.monthFirst);
  if (day === month) return undefined;
  return day ? 'day-first' : 'month-first';
}

/** Days within which a page's own dated events make one reading of its date the plausible one. */
const NEAR_DAYS = 31;

/** Days between two ISO dates, either way round. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * The reading near the dates the page writes out, when only one is: "02/10/2020" on a page whose photos
 * are of "Sept. 29, 2020" is 2 October, not 10 February, whatever order the captions write dates in.
 */
function nearWrittenDates(readings: Readings, written: PageDateEvidence['written']): DateOrder | undefined {
  const dates = [...written.dayFirst, ...written.monthFirst];
  const near = (iso: string) => dates.some((d) => daysApart(d, iso) <= NEAR_DAYS);
  const [day, month] = [near(readings.dayFirst), near(readings.monthFirst)];
  if (day === month) return undefined;
  return day ? 'day-first' : 'month-first';
}

/** Decides how to read a numeric date that can be read both ways (see the module comment for the rules). */
export function decideDateOrder(
  line: string,
  readings: Readings,
  evidence: () => PageDateEvidence,
): DateOrder {
  return pageDateOrder(line, readings, evidence) ?? weakDateOrder(evidence) ?? 'month-first';
}

/**
 * The order the page's own dates say for a numeric date (rules 1–3), or undefined where they say nothing:
 * then its style (`weakDateOrder`) and the story's other articles decide.
 */
export function pageDateOrder(
  line: string,
  readings: Readings,
  evidence: () => PageDateEvidence,
): DateOrder | undefined {
  // "12.06.2025": dates written with dots are day first wherever they are written so.
  if (DOTTED_DATE.test(line)) return 'day-first';
  // The day the page says it was filed outweighs a time zone, which the page may print for its readers.
  const page = evidence();
  const filed = filedOn(readings, page.filed);
  if (filed) return filed;
  const zone = zoneOrder(line);
  if (zone) return zone;
  return writtenOut(readings, page.written) ?? nearWrittenDates(readings, page.written) ?? page.numeric;
}

/** The order the page's written-out dates and style suggest (rules 4–5), if any. */
export function weakDateOrder(evidence: () => PageDateEvidence): DateOrder | undefined {
  const page = evidence();
  return page.writtenOrder ?? page.style;
}

/**
 * Articles of one story whose numeric date the page could not settle ("Newsroom | 10/03/2026"): each takes
 * the reading nearer the dates the story's other articles settled ("March 9", "Thu 12 Mar 2026"), where one
 * is; the rest keep the page's default reading (month first). A story's pages run over days, not months.
 * A page whose wire dateline gives only the day ("March 11 (CPW)") and no year anywhere takes the year that
 * puts that day nearest the settled dates, when that is within a month of one.
 */
export function settleDateReadings<
  T extends { published?: string; publishedOtherReading?: string; publishedMonthDay?: string },
>(articles: readonly T[]): T[] {
  const settled = articles.flatMap((a) =>
    a.published !== undefined && a.publishedOtherReading === undefined ? [a.published] : [],
  );
  if (settled.length === 0) return [...articles];
  const distance = (iso: string) => Math.min(...settled.map((d) => daysApart(d, iso)));
  const years = settled.map((d) => Number(d.slice(0, 4)));
  const [first, last] = [Math.min(...years) - 1, Math.max(...years) + 1];
  return articles.map((a) => {
    if (a.published === undefined && a.publishedMonthDay !== undefined) {
      const { publishedMonthDay: day, ...rest } = a;
      const nearest = yearsBetween(first, last)
        .map((year) => `${year}-${day}`)
        .filter((iso) => !Number.isNaN(Date.parse(iso)))
        .sort((x, y) => distance(x) - distance(y))[0];
      return nearest !== undefined && distance(nearest) <= NEAR_DAYS
        ? ({ ...rest, published: nearest } as T)
        : a;
    }
    const other = a.publishedOtherReading;
    if (a.published === undefined || other === undefined || distance(other) >= distance(a.published))
      return a;
    return { ...a, published: other, publishedOtherReading: a.published };
  });
}

/** The years from `first` to `last`. */
function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Whether a line holds a numeric date ("11/03/2025") that chrono might read either way. */
export function hasNumericDate(line: string): boolean {
  return NUMERIC_DATE.test(line);
}
