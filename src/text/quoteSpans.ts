/** Locating double-quoted passages in a paragraph (straight or curly marks). */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark, or -1 when the quote runs on past the paragraph. */
  close: number;
}

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
const STRAIGHT = '"';
const MARKS = /["\u201C\u201D\u201E\u00AB\u00BB]/g;

/** Whether a straight quote at `i` opens a quotation, judged by the character before it. */
function straightOpens(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text[i - 1] ?? ' ';
  return /[\s([{\u2014\u2013:,-]/.test(before);
}

/**
 * Finds double-quoted spans in one paragraph. Nested single quotes are left inside their span. A quote
 * that opens and never closes (the first paragraph of a multi-paragraph quote) gets `close: -1`.
 * Runs in one linear pass, so hostile input with thousands of marks costs O(n).
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // Jump from mark to mark: most characters are not quote marks, and this runs on every sentence.
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const isStraight = ch === STRAIGHT;
    const opens = OPENERS.has(ch) || (isStraight && open < 0 && straightOpens(text, i));
    if (open < 0) {
      if (opens) open = i;
      // A closing mark with no opener is a stray: ignore it.
    } else if (CLOSERS.has(ch) || isStraight) {
      spans.push({ open, close: i + 1 });
      open = -1;
    } else {
      // A second opener before a close: the first quote was never closed; restart here.
      open = i;
    }
  }
  if (open >= 0) spans.push({ open, close: -1 });
  return spans;
}
