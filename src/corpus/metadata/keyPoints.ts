/**
 * Key points: the short list an editor puts above a live page or a long report under a heading of its own
 * ("Key points", "Summary", "Key events", "What we know so far"), one fact per line and written without a
 * full stop ("Confirmed cases up to 64, with 12 people in hospital"). Cleaning drops the list with the
 * page's other lines that do not end like prose; the status reads it, as it reads the standfirst, as the
 * editors' own summary of the article.
 */
import { comparable, wordCount } from '../../text/normalize.ts';
import { LABELLED_BRACKET_CREDIT, TRAILING_PHOTO_CREDIT } from '../clean.ts';
import { isBylineOrStamp, KEY_POINTS_HEADING, LIST_ITEM } from './headline.ts';

/** A key point says something: a clause of a few words, not a button ("Show key events only") or a paragraph. */
const MIN_WORDS = 5;
const MAX_WORDS = 40;
/** Lists are short; what runs on is the article itself. */
const MAX_POINTS = 8;
/** A live page's time before an event's title ("16:48 Judge adjourns", "3h ago Player cleared"): when, not what. */
const TIME_PREFIX =
  /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|BST|CET|ET|UTC))?|\d{1,3}\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago)\s*[-\u2013\u2014:]?\s+/iu;
/** A time alone on its line opens a live page's first entry: the list has ended. */
const TIME_ALONE = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|BST|CET|ET|UTC))?$/iu;

/** A picture's or a clip's label opening its caption or promotion ("Watch: …", "Photo: …"). */
const MEDIA_LABEL = /^(?:watch|video|listen|audio|photo|photograph|picture|image|gallery)s?\s*:\s/i;

/** A line of prose: the article (or an entry of it) has begun, and a list above it has ended. */
const PROSE_END = /[.!?:]["'\u201D\u2019]?$/u;

/**
 * The key points under the raw page's key-points heading above the article's first sentence, in order,
 * each without its bullet (`LIST_ITEM`) or time; none when the page has no such list. A list lower down is a box of
 * other stories' headlines ("Highlights"). Furniture (`isFurniture`: "Please turn on JavaScript") is
 * skipped; a point that is also a sentence of the article is left to the article.
 */
export function findKeyPoints(
  page: string,
  sentences: readonly string[],
  isFurniture: (line: string) => boolean = () => false,
): string[] {
  // The page's own lines: a list without blank lines between its points is still one point per line.
  const lines = page.split(/\r?\n/);
  const start = lines.findIndex((l) => KEY_POINTS_HEADING.test(l.trim()));
  if (start < 0 || start > firstSentenceLine(lines, sentences)) return [];
  const inBody = new Set(sentences.map(comparable));
  const points: string[] = [];
  for (let i = start + 1; i < lines.length && points.length < MAX_POINTS; i++) {
    const text = (lines[i] as string).trim();
    if (text === '' || isFurniture(text)) continue;
    // The list ends at a live page's first entry, another heading, the byline or date under it, or prose.
    // (So does a photo's caption under it: "… outside the factory on Friday. Photograph: Ana Roe/Vantage",
    // "… on Friday. (Supplied: Ana Roe)", and a clip's or a picture's label: "Watch: Aerial footage …".)
    if (TIME_ALONE.test(text) || KEY_POINTS_HEADING.test(text) || isBylineOrStamp(text)) break;
    if (TRAILING_PHOTO_CREDIT.test(text) || LABELLED_BRACKET_CREDIT.test(text) || MEDIA_LABEL.test(text))
      break;
    const point = text.replace(LIST_ITEM, '').replace(TIME_PREFIX, '');
    const words = wordCount(point);
    // ("Key points" / "The body of the last missing guide was recovered on Tuesday." / … / "3:48 p.m. ET":
    // points written as sentences are a list still when a live page's first entry closes them.)
    // (Not one sentence after points without stops: "… Insurers declare a catastrophe" / "Times are NZDT.")
    const sentenceList =
      PROSE_END.test(point) && points.every((p) => PROSE_END.test(p)) && closedByEntry(lines, i);
    if (words > MAX_WORDS || (PROSE_END.test(point) && !sentenceList)) break;
    if (words < MIN_WORDS || (inBody.has(comparable(point)) && !sentenceList)) continue;
    points.push(point);
  }
  return points;
}

/**
 * Whether the lines from `from` on are a few short ones (`MAX_POINTS`, `MAX_WORDS` each) and then a live
 * page's first entry, a time on its own line.
 */
function closedByEntry(lines: readonly string[], from: number): boolean {
  let count = 0;
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] as string).trim();
    if (text === '') continue;
    if (TIME_ALONE.test(text)) return count > 0;
    if (++count > MAX_POINTS || wordCount(text) > MAX_WORDS) return false;
  }
  return false;
}

/** Where the article's first sentence stands among the page's lines (the end when it is not found). */
function firstSentenceLine(lines: readonly string[], sentences: readonly string[]): number {
  const opening = sentences[0]?.slice(0, 40);
  if (!opening) return lines.length;
  const at = lines.findIndex((l) => l.includes(opening));
  return at < 0 ? lines.length : at;
}
