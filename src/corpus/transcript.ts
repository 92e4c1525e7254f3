/**
 * Transcript headings that name who speaks in the lines under them. A court transcript's: the witness
 * ("INGRID SOLVIK, recalled", "JOHN HALE, sworn") and the barrister who asks ("Cross-examined by MR ASQUELL
 * KC (continued)", "Examined by MS PENNICK"); an earnings call's speaker lines. Cleaning keeps them (they
 * do not end like prose); the quotes read them (quotes/interview.ts).
 */
export const WITNESS_HEADING =
  /^\s*((?:\p{Lu}[\p{Lu}'\u2019.-]+\s){0,3}\p{Lu}[\p{Lu}'\u2019-]+),\s+(?:sworn|affirmed|recalled|called)\b/u;
export const EXAMINER_HEADING =
  /^\s*(?:(?:Cross|Re)-?)?[Ee]xamined by ((?:(?:MR|MRS|MS|MISS|DR)\.?\s)?\p{Lu}[\p{Lu}'\u2019-]+(?:\s\p{Lu}[\p{Lu}'\u2019-]+){0,2}?)(?:\s+(?:KC|QC|SC))?(?:\s*\(continued\))?\s*$/u;

/**
 * An earnings call's speaker line above the remarks: "Ingrid Halvorsen -- Chief Executive Officer", "Tom
 * Reyes -- Pellbridge Bank -- Analyst".
 */
export const CALL_SPEAKER_LINE =
  /^\s*(\p{Lu}[\p{L}'\u2019.-]+(?:\s\p{Lu}[\p{L}'\u2019.-]+){1,3})\s+(?:--|\u2014|\u2013)\s+\p{Lu}[^\n]{1,80}$/u;
/**
 * A speaker line that runs into the remarks after a colon: "Åsa Lindgren -- Chief Financial Officer: Thank
 * you. …"; what follows the colon is the turn.
 */
export const CALL_SPEAKER_INLINE =
  /^\s*(\p{Lu}[\p{L}'\u2019.-]+(?:\s\p{Lu}[\p{L}'\u2019.-]+){1,3})\s+(?:--|\u2014|\u2013)\s+\p{Lu}[^:\n]{1,80}:\s+(?=\S)/u;
/** A call's turn labelled with no one's name: "Operator: Good afternoon …", "Unidentified Analyst: …". */
export const UNNAMED_CALL_TURN = /^\s*(?:Operator|(?:Unidentified|Unknown)(?:\s+\p{L}+){1,2})\s*:\s+\S/iu;
/** … and the operator's, whose lines are nobody's quotation. */
export const OPERATOR_LINE = /^\s*Operator:\s*$/i;
/** An interviewer's question labelled as such ("Q: Is the deal done?", "Question: …"). */
export const QUESTION_LABEL = /^\s*(?:Q|Question)\s*[:.]\s+\S/;

/**
 * A turn of a transcript in capitals that introduces what follows: "Ms FAIRLIE: I move:", "MR HALE: I
 * will read it:". It ends in a colon like a heading, but it is someone speaking.
 */
const INTRODUCING_TURN =
  /^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|The)\.?\s)?\p{Lu}[\p{Lu}'\u2019-]+(?:\s\p{Lu}[\p{Lu}'\u2019-]+){0,3}(?:\s*\([^)]{1,60}\)){0,2}:\s+\S.*:\s*$/u;

/**
 * Whether line `i` is one of those headings (or a turn introducing what follows, above prose): a court
 * transcript's anywhere; a call's speaker or operator line only above the words they speak (a list of
 * "Name -- Headline" links, or of the call's participants, is none).
 */
export function isTranscriptHeading(
  lines: readonly { text: string }[],
  i: number,
  isProse: (line: string) => boolean,
): boolean {
  const line = (lines[i] as { text: string }).text;
  if (WITNESS_HEADING.test(line) || EXAMINER_HEADING.test(line)) return true;
  const next = lines[i + 1]?.text;
  if (INTRODUCING_TURN.test(line)) return next !== undefined && isProse(next);
  if (!CALL_SPEAKER_LINE.test(line) && !OPERATOR_LINE.test(line)) return false;
  return next !== undefined && isProse(next) && !CALL_SPEAKER_LINE.test(next);
}
