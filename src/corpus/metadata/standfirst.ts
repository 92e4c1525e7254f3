/**
 * The standfirst: the line under a headline that sums the article up in one sentence written without a full
 * stop ("Coastguard switches to recovery operation with three people still missing, as inspectors say …").
 * Cleaning drops it with the page's other lines that do not end like prose; the status reads it as the
 * editors' own summary of the article.
 */
import { wordCount } from '../../text/normalize.ts';
import {
  comparableLine,
  FIRST_OR_SECOND_PERSON,
  type Headline,
  isMenuRow,
  LIST_ITEM,
  opensArticle,
  type PageLine,
} from './headline.ts';

/** A standfirst states something: a clause of some length, not a kicker or a label. */
const MIN_WORDS = 8;
const MAX_WORDS = 60;
/** How far under the headline it stands (share buttons or a section label may come between). */
const REACH = 3;
/** Share of capitalised words above which a line is a title or a list of names, not a sentence. */
const TITLE_CASE_SHARE = 0.6;

function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * words.length;
}

/**
 * A sentence's end, a colon that opens something else, a caption's bracketed credit ("(Jane Doe/The
 * Ledger)") or a link's arrow ("… communities »"): not a standfirst.
 */
const ENDS_OTHERWISE = /(?:[.!?\u2026:;,]["'\u201D\u2019)\]]*|[)\]\u00BB\u203A>])$/u;

/** The standfirst under the headline, if the page has one before its byline, date or first paragraph. */
export function findStandfirst(lines: readonly PageLine[], headline: Headline): string | undefined {
  if (headline.text === undefined) return undefined;
  const title = comparableLine(headline.text);
  for (let i = headline.at + 1; i < lines.length && i <= headline.at + REACH; i++) {
    const line = lines[i] as PageLine;
    if (opensArticle(line.text)) return undefined;
    if (line.furniture || comparableLine(line.text) === title) continue;
    const words = wordCount(line.text);
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    if (ENDS_OTHERWISE.test(line.text) || isMenuRow(line.text) || isTitleCase(line.text)) continue;
    // A point of a key-points list is read as one (keyPoints.ts), not as the standfirst.
    if (LIST_ITEM.test(line.text)) continue;
    // The site speaking to its readers ("Discover one of our …", "We spoke to her …"): a promo or a blurb.
    if (FIRST_OR_SECOND_PERSON.test(line.text)) continue;
    return line.text;
  }
  return undefined;
}
