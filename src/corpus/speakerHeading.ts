/**
 * A speaker heading in capitals over a report's paragraphs, as council and inquiry reports head each
 * speaker's section: "CLLR HUW JONES (LLANFEIRIOG)", "DR MEIRION PUGH, DIRECTOR OF EDUCATION". Cleaning keeps
 * it, written as a name is ("Cllr Huw Jones (Llanfeiriog)"), so the paragraphs under it can refer back to
 * the person it names ("He added: …"), where a heading of the report ("OPENING THE MEETING") is dropped.
 */
import { FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES } from '../lexicon/index.ts';
import { titleCased } from '../text/normalize.ts';

/** A title, two to four words of a name, a place in brackets and a role after a comma, all in capitals. */
const HEADING =
  /^(\p{Lu}+\.?)\s+(\p{Lu}[\p{Lu}'\u2019-]*(?:\s+\p{Lu}[\p{Lu}'\u2019-]*){1,3})(\s*\([\p{Lu}\s'\u2019-]+\))?(,\s+[\p{Lu}\s,'\u2019&-]+)?$/u;

/** Titles of the members such reports head sections with, besides honorifics ("CLLR", "SEN."). */
const HEADING_TITLES: ReadonlySet<string> = new Set([
  'cllr',
  'councillor',
  'councilor',
  'sen',
  'senator',
  'rep',
]);

/** A word in capitals written as a name's word is ("LLEWELYN-JONES" → "Llewelyn-Jones"; "AP" → "ap"). */
function nameWord(word: string, first: boolean): string {
  return !first && NAME_PARTICLES.has(word.toLowerCase()) ? word.toLowerCase() : titleCased(word);
}

/** The heading written as a name with its title, place and role, if the line is a speaker heading. */
export function speakerHeading(line: string): string | undefined {
  const m = HEADING.exec(line.trim());
  if (m === null) return undefined;
  const [, title, name, place, role] = m as unknown as [string, string, string, string?, string?];
  // (An honorific, or a legislator's title: "JUDGE TO LEAD INQUIRY", "MINISTER PLEDGES SUPPORT" are headlines.)
  const titleWord = title.replace(/\.$/, '').toLowerCase();
  if (!HONORIFICS.has(titleWord) && !HEADING_TITLES.has(titleWord)) return undefined;
  const parts = name.split(/\s+/);
  if (parts.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return undefined;
  const words = parts.map((w, k) => nameWord(w, k === 0));
  const shownTitle = nameWord(title, true);
  const shownPlace =
    place === undefined ? '' : place.replace(/[\p{Lu}'\u2019-]+/gu, (w) => nameWord(w, true));
  const shownRole = role === undefined ? '' : role.toLowerCase();
  // (Ended as a sentence is, so no rule reads it as the credit line of a quotation above it.)
  return `${shownTitle} ${words.join(' ')}${shownPlace}${shownRole}.`;
}
