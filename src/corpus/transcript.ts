/**
 * A court transcript's headings, which name who speaks in the "Q." / "A." lines under them: the witness
 * ("INGRID SOLVIK, recalled", "JOHN HALE, sworn") and the barrister who asks ("Cross-examined by MR ASQUELL
 * KC (continued)", "Examined by MS PENNICK"). Cleaning keeps them (they do not end like prose); the quotes
 * read them (quotes/interview.ts).
 */
export const WITNESS_HEADING =
  /^\s*((?:\p{Lu}[\p{Lu}'\u2019.-]+\s){0,3}\p{Lu}[\p{Lu}'\u2019-]+),\s+(?:sworn|affirmed|recalled|called)\b/u;
export const EXAMINER_HEADING =
  /^\s*(?:(?:Cross|Re)-?)?[Ee]xamined by ((?:(?:MR|MRS|MS|MISS|DR)\.?\s)?\p{Lu}[\p{Lu}'\u2019-]+(?:\s\p{Lu}[\p{Lu}'\u2019-]+){0,2}?)(?:\s+(?:KC|QC|SC))?(?:\s*\(continued\))?\s*$/u;

/** Whether a line is one of those headings. */
export function isTranscriptHeading(line: string): boolean {
  return WITNESS_HEADING.test(line) || EXAMINER_HEADING.test(line);
}
