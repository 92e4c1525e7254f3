/**
 * Key points: the short list an editor puts above a live page or a long report under a heading of its own
 * ("Key points", "Summary", "Key events", "What we know so far"), one fact per line and written without a
 * full stop ("Confirmed cases up to 64, with 12 people in hospital"). Cleaning drops the list with the
 * page's other lines that do not end like prose; the status reads it, as it reads the standfirst, as the
 * editors' own summary of the article.
 */
import { comparable, wordCount } from '../../text/normalize.ts';

/** The heading of a list of key points, alone on its line. */
const KEY_POINTS_HEADING =
  /^(?:key (?:points|events|facts|developments)|(?:quick )?summary|at a glance|in brief|main points|highlights|what we know(?: so far)?|the story so far)\s*:?$/i;

/** A key point says something: a clause of a few words, not a button ("Show key events only") or a paragraph. */
const MIN_WORDS = 5;
const MAX_WORDS = 40;
/** Lists are short; what runs on is the article itself. */
const MAX_POINTS = 8;
/** A live page's time before an event's title ("16:48 Judge adjourns"): when, not what. */
const TIME_PREFIX =
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|BST|CET|ET|UTC))?\s*[-\u2013\u2014:]?\s+/iu;
/** A time alone on its line opens a live page's first entry: the list has ended. */
const TIME_ALONE = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|BST|CET|ET|UTC))?$/iu;

/**
 * The key points under the raw page's first key-points heading, in order, each without its time; none when the
 * page has no such list. A line that is also a sentence of the article is left to the article.
 */
export function findKeyPoints(page: string, sentences: readonly string[]): string[] {
  // The page's own lines: a list without blank lines between its points is still one point per line.
  const lines = page.split(/\r?\n/);
  const start = lines.findIndex((l) => KEY_POINTS_HEADING.test(l.trim()));
  if (start < 0) return [];
  const inBody = new Set(sentences.map(comparable));
  const points: string[] = [];
  for (let i = start + 1; i < lines.length && points.length < MAX_POINTS; i++) {
    const text = (lines[i] as string).trim();
    if (text === '') continue;
    if (TIME_ALONE.test(text) || KEY_POINTS_HEADING.test(text)) break;
    const point = text.replace(TIME_PREFIX, '');
    const words = wordCount(point);
    if (words > MAX_WORDS) break;
    if (words < MIN_WORDS || inBody.has(comparable(point))) continue;
    points.push(point);
  }
  return points;
}
