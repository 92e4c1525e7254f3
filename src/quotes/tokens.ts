/**
 * Token-level checks for the people scan: where the tokens of a (whitespace-normalised) sentence are, which
 * may be part of a name, and which end a name run. Written with char codes, not regular expressions, where
 * they run once per token of the corpus.
 */
import { phraseTokens } from './names.ts';

/** Token bounds of the sentence being scanned: start, end pairs. Reused across sentences (grown on demand). */
let BOUNDS = new Int32Array(1024);

/** Fills BOUNDS with the space-separated tokens of `text`; returns how many. */
export function tokenBounds(text: string): number {
  let count = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end > start) {
      if (2 * count + 2 > BOUNDS.length) {
        const bigger = new Int32Array(BOUNDS.length * 2);
        bigger.set(BOUNDS);
        BOUNDS = bigger;
      }
      BOUNDS[2 * count] = start;
      BOUNDS[2 * count + 1] = end;
      count++;
    }
    start = end + 1;
  }
  return count;
}

/** Where the k-th token of the sentence being scanned starts. */
export function tokenStart(k: number): number {
  return BOUNDS[2 * k] as number;
}

/** Where the k-th token of the sentence being scanned ends (exclusive). */
export function tokenEnd(k: number): number {
  return BOUNDS[2 * k + 1] as number;
}

/** The k-th token of the sentence being scanned, without surrounding punctuation ('' out of range). */
export function tokenAt(text: string, count: number, k: number): string {
  if (k < 0 || k >= count) return '';
  return trimToken(text.slice(BOUNDS[2 * k], BOUNDS[2 * k + 1]));
}

export function isQuoteClose(c: number): boolean {
  return c === 34 || c === 0x201d;
}

const NAME_TOKEN = /^\p{Lu}[\p{L}'\u2019.-]*$/u;

/** A capitalised word that may be part of a name (ASCII checked by char codes, the common case). */
export function isNameToken(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 65 && c <= 90) return isAsciiNameRest(token) || NAME_TOKEN.test(token);
  return c >= 128 && NAME_TOKEN.test(token);
}

/** After the capital: ASCII letters, apostrophes, periods and hyphens only (/^[A-Z][A-Za-z'.-]*$/). */
function isAsciiNameRest(token: string): boolean {
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!isAsciiLetter(c) && c !== 39 && c !== 46 && c !== 45) return false;
  }
  return true;
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018;
}

/** "Kim’s", "Korea‘s", "Jones'" — a possessive, checked by its last characters. */
export function isPossessive(token: string): boolean {
  const n = token.length;
  const last = token.charCodeAt(n - 1);
  return isApostrophe(last) || ((last === 115 || last === 83) && isApostrophe(token.charCodeAt(n - 2)));
}

const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i;

export function isCalendarWord(token: string): boolean {
  return CALENDAR.test(token);
}

const RUN_ENDERS = new Set([44, 59, 58, 41, 34, 0x201d]); // , ; : ) " ”

/** Whether a token's last character ends a name run (its char code). */
export function endsRun(lastChar: number): boolean {
  return RUN_ENDERS.has(lastChar);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A token without the punctuation around it (what phraseTokens does, for one token, without a regex split). */
export function trimToken(token: string): string {
  if (isAsciiLetter(token.charCodeAt(0)) && isAsciiLetter(token.charCodeAt(token.length - 1))) return token;
  return phraseTokens(token)[0] ?? '';
}
