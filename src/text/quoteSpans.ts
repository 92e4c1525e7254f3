/** Locating double-quoted passages in a paragraph (straight or curly marks). */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark, or -1 when the quote runs on past the paragraph. */
  close: number;
}

/** Whether an offset lies inside one of the quotations (a quotation that runs on reaches the paragraph's end). */
export function isQuoted(spans: readonly QuoteSpan[], at: number): boolean {
  for (const s of spans) if (s.open <= at && (s.close < 0 || at < s.close)) return true;
  return false;
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

/** A mark with a space before it and a letter after it: it can only open a quotation. */
function onlyOpens(text: string, i: number): boolean {
  return /\s/.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
}

/**
 * A mark that can only open a quotation, after a sentence's end, where one is already open: the open one ran
 * on to the end of that sentence.
 */
function reopensAfterSentence(text: string, i: number): boolean {
  return i >= 2 && onlyOpens(text, i) && /[.!?]/.test(text[i - 2] ?? '');
}

/**
 * A nickname set in quotation marks inside a name ("Darren 'Dazza' Pickersgill", "Jacob “Jake” Hale"): one
 * or two capitalised words, right between two capitalised words. It is part of the name, not a quotation.
 */
const NICKNAME = /^\p{Lu}[\p{L}'\u2019.-]*(?: \p{Lu}[\p{L}'\u2019.-]*)?$/u;
const CAPITALISED_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'\u2019.-]*\s$/u;
const CAPITALISED_AFTER = /^\s\p{Lu}/u;

function isNickname(text: string, span: QuoteSpan): boolean {
  if (span.close < 0 || span.close - span.open > 40) return false;
  return (
    NICKNAME.test(text.slice(span.open + 1, span.close - 1)) &&
    CAPITALISED_BEFORE.test(text.slice(Math.max(0, span.open - 30), span.open)) &&
    CAPITALISED_AFTER.test(text.slice(span.close, span.close + 2))
  );
}

/**
 * A name the writer puts in quotation marks because it is all a person would give ("his name was “Perry”",
 * "“Perry” chimed in:", "“Perry” countered"): one or two capitalised words, after "name was" or "known as", or
 * right before a speech verb. It is the person's name, not a quotation.
 */
const NAME_GIVEN_BEFORE = /\b(?:name (?:was|is|as)|known as|calls? (?:himself|herself)|goes by)\s*$/i;
const SPEECH_VERB_AFTER =
  /^\s+(?:said|says|told|tells|added|adds|asked|asks|replied|replies|countered|counters|chimed in|explained|insisted|recalled|continued|laughed)\b/;

function isQuotedName(text: string, span: QuoteSpan): boolean {
  if (span.close < 0 || span.close - span.open > 40) return false;
  const inside = text.slice(span.open + 1, span.close - 1);
  if (!NICKNAME.test(inside.replace(/[,.]$/, ''))) return false;
  // ("“Rubbish,” said one protester": a word of speech ends in its comma inside the marks; a name does not.)
  return (
    NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, span.open - 30), span.open)) ||
    (NICKNAME.test(inside) && SPEECH_VERB_AFTER.test(text.slice(span.close, span.close + 20)))
  );
}

/** Nicknames inside names and names given in quotation marks: no quotations. */
function isName(text: string, span: QuoteSpan): boolean {
  return isNickname(text, span) || isQuotedName(text, span);
}

/** The spans that are quotations: nicknames inside names left out (most paragraphs have no span). */
function quotations(text: string, spans: QuoteSpan[]): QuoteSpan[] {
  return spans.some((span) => isName(text, span)) ? spans.filter((span) => !isName(text, span)) : spans;
}

/**
 * Finds double-quoted spans in one paragraph. Nested single quotes are left inside their span. A quote
 * that opens and never closes (the first paragraph of a multi-paragraph quote) gets `close: -1`.
 * Runs in one linear pass, so hostile input with thousands of marks costs O(n).
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // A straight-quoted word inside a straight quotation ('"… he was going to "fake" an injury …"').
  let inner = false;
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
    } else if ((OPENERS.has(ch) || isStraight) && reopensAfterSentence(text, i)) {
      // '"… bigger than this club. "No individual is …"': a quotation running over paragraphs printed as
      // one (each part opens a mark, only the last closes) ends with its sentence, and the next part opens.
      spans.push({ open, close: i - 1 });
      open = i;
      inner = false;
    } else if (isStraight && inner) {
      inner = false;
    } else if (isStraight && text[open] === STRAIGHT && opensInside(text, i)) {
      inner = true;
    } else if (
      ch === '\u201D' &&
      i === open + 1 &&
      text[open] === '\u201C' &&
      /\p{L}/u.test(text[i + 1] ?? '')
    ) {
      // "“”This is a very unfair trial,” he said": an opening mark doubled by mistake; the quotation opens
      // at the second.
      open = i;
    } else if (CLOSERS.has(ch) || isStraight || (ch === '\u201C' && text[open] === '\u201E')) {
      // German marks open low and close with the high "66" („…“), which elsewhere opens.
      spans.push({ open, close: i + 1 });
      open = -1;
    } else {
      // A second opener before a close: the first quote was never closed; restart here.
      open = i;
    }
  }
  if (open >= 0) spans.push({ open, close: misclosed(text, open) });
  return quotations(text, spans);
}

/**
 * "“This approach is … endemic,’ he says.": a curly quotation the page closed by mistake with a single
 * mark, right before its cue (a pronoun or a name, then a speech verb).
 */
const SINGLE_CLOSE_BEFORE_CUE =
  /[,.!?]\u2019(?=\s+(?:he|she|they|\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+)?)\s+(?:said|says|told|tells|added|adds|asked|asks|replied|explained|insisted)\b)/u;

/** Where an unclosed curly quotation ends at a mistaken single closing mark (see above); else -1 (unclosed). */
function misclosed(text: string, open: number): number {
  if (text[open] !== '\u201C') return -1;
  const rest = text.slice(open);
  const found = SINGLE_CLOSE_BEFORE_CUE.exec(rest);
  // A single mark opened inside is a quotation within the quotation, closed by this one.
  if (found === null || rest.slice(0, found.index).includes('\u2018')) return -1;
  return open + found.index + 2;
}

/**
 * A straight mark inside a straight quotation that can only open (a space before it, a letter after it,
 * and a closing mark of its own before the quotation's sentence ends): the quotation quotes a word.
 */
function opensInside(text: string, i: number): boolean {
  if (!onlyOpens(text, i)) return false;
  const close = text.indexOf(STRAIGHT, i + 1);
  return (
    close > 0 && /[\p{L}\p{N}.,!?]/u.test(text[close - 1] ?? '') && !/[.!?]\s/.test(text.slice(i, close))
  );
}

const SINGLE_MARKS = /['\u2018\u2019]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand before an opening single quote, and after a closing one. */
const BEFORE_OPEN = /[\s([{\u2014\u2013"\u201C-]/u;
const AFTER_CLOSE = /[\s,.;:!?)\]}\u2014\u2013"\u201D-]/u;

/** "Dame Celia said: ‘Graham has served …": a quotation a colon introduces, running on past the paragraph. */
const COLON_BEFORE = /:\s*$/;

/** A sentence ended just before a mark: "…,’ said Dr Varga. ‘We have a new virus…" opens a quotation. */
const SENTENCE_END_BEFORE = /[.!?]\s+$/;

/**
 * Finds quotations marked with single quotes, straight or curly ('…', ‘…’), as British outlets print them.
 * Apostrophes are told from quote marks by their neighbours: a mark between two letters ("don't",
 * "Harper’s") is an apostrophe, as is one before a digit ("the '90s"). A closing candidate after an "s"
 * and before a lower-case word ("the workers’ union") is taken for a plural possessive unless the quotation
 * finds no later close. An unclosed quotation counts only when it opens the paragraph, a sentence after a
 * quotation closed in it, or follows a colon (a quotation that runs on into the next paragraph). Linear in
 * the text.
 */
export function findSingleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Most paragraphs have no single mark at all: indexOf finds that faster than the regular expression.
  if (text.indexOf("'") < 0 && text.indexOf('\u2018') < 0 && text.indexOf('\u2019') < 0) return spans;
  let open = -1;
  let possessive = -1;
  const close = (at: number) => {
    spans.push({ open, close: at + 1 });
    open = -1;
    possessive = -1;
  };
  SINGLE_MARKS.lastIndex = 0;
  for (let m = SINGLE_MARKS.exec(text); m !== null; m = SINGLE_MARKS.exec(text)) {
    const i = m.index;
    const before = i > 0 ? (text[i - 1] as string) : '';
    const after = text[i + 1] ?? '';
    if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) continue;
    const canOpen =
      m[0] !== '\u2019' &&
      (before === '' || BEFORE_OPEN.test(before)) &&
      after !== '' &&
      !/[\s\p{N}]/u.test(after);
    const canClose =
      m[0] !== '\u2018' && before !== '' && !/\s/.test(before) && (after === '' || AFTER_CLOSE.test(after));
    if (open < 0) {
      if (canOpen) open = i;
    } else if (canClose) {
      if (before === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) {
        if (possessive < 0) possessive = i;
      } else close(i);
    } else if (canOpen) {
      // A second opener: the first quotation ended at a possessive-looking mark, or it never closed (and
      // is dropped); the new one starts here.
      if (possessive >= 0) close(possessive);
      open = i;
    }
  }
  if (open >= 0 && possessive >= 0) close(possessive);
  else if (
    open === 0 ||
    (open > 0 && spans.length > 0 && SENTENCE_END_BEFORE.test(text.slice(0, open))) ||
    COLON_BEFORE.test(text.slice(Math.max(0, open - 3), open))
  )
    spans.push({ open, close: -1 });
  return quotations(text, spans);
}
