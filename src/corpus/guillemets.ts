/**
 * Guillemets, as copy translated from French (or Russian, Spanish, Italian) keeps them: « words », often
 * with a space inside each mark, and “ ” for a quotation inside one. Cleaning sets them as English copy does
 * (“words”, with ‘ ’ inside), so a quotation within a quotation stays inside it for the quotes.
 */

/** An opening guillemet and the spaces after it; the spaces before a closing one, and the mark. */
const OPENING = /\u00AB[\s\u00A0\u202F]*/g;
const CLOSING = /[\s\u00A0\u202F]*\u00BB/g;

/** The line with its guillemets set as English quotation marks; the line itself when it has none. */
export function withEnglishQuotationMarks(line: string): string {
  if (!line.includes('\u00AB')) return line;
  let depth = 0;
  let out = '';
  for (const ch of line) {
    if (ch === '\u00AB') depth++;
    else if (ch === '\u00BB') depth = Math.max(0, depth - 1);
    // A quotation inside a guillemet's quotation takes single marks.
    if (depth > 0 && ch === '\u201C') out += '\u2018';
    else if (depth > 0 && ch === '\u201D') out += '\u2019';
    else out += ch;
  }
  return out.replace(OPENING, '\u201C').replace(CLOSING, '\u201D');
}
