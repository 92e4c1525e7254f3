/**
 * Quotations set as dialogue, as copy translated from Russian, Ukrainian or Kazakh prints them: a line that
 * opens with a dash, the words spoken, then a dash and who speaks ("— We were not paid, — says Serik Abenov,
 * 52."). Cleaning gives them quotation marks ("“We were not paid,” says Serik Abenov, 52."), so the quotes
 * read them as they read any other quotation.
 */
import { SPEECH_VERB_WORDS } from '../lexicon/index.ts';
import { wordCount } from '../text/normalize.ts';

/** A line opening with a dash and a space: a line of dialogue (or of a list, whose items have no cue). */
const OPENING_DASH = /^[\u2014\u2013]\s+(?=\S)/u;
/** Where the words may end and the cue begin: their last mark, a space, the dash, a space. */
const CLOSING_DASH = /([,.!?\u2026])\s+[\u2014\u2013]\s+(?=\S)/gu;
/** Most words of the cue's sentence after the closing dash ("the colonel replied with a question."). */
const MAX_CUE_WORDS = 10;
/** Verbs of thinking a dialogue cue uses as it uses "says" ("— …, — the lawyer believes."). */
const THINKING_VERBS: ReadonlySet<string> = new Set([
  'believes',
  'believed',
  'thinks',
  'thought',
  'feels',
  'felt',
]);

/** Whether the start of `rest` is a short cue with a verb of speech or thought ("says Dr Omarova."). */
function isCue(rest: string): boolean {
  const sentence = /^[^.!?]*[.!?]?/u.exec(rest)?.[0] ?? '';
  if (wordCount(sentence) > MAX_CUE_WORDS) return false;
  return sentence
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => SPEECH_VERB_WORDS.has(w) || THINKING_VERBS.has(w));
}

/**
 * The line with its dialogue set in quotation marks, if it is a line of dialogue whose cue follows a closing
 * dash; the line itself otherwise. Quotation marks inside the words become single ones.
 */
export function dialogueAsQuotation(line: string): string {
  const opening = OPENING_DASH.exec(line);
  if (opening === null) return line;
  for (const m of line.matchAll(CLOSING_DASH)) {
    const end = m.index + (m[1] as string).length;
    const rest = line.slice(m.index + m[0].length);
    if (!isCue(rest)) continue;
    const words = line
      .slice(opening[0].length, end)
      .replace(/\u201C/g, '\u2018')
      .replace(/\u201D/g, '\u2019');
    return `\u201C${words}\u201D ${rest}`;
  }
  return line;
}
