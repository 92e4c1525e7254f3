/** Text helpers shared by the cleaner, quote extractor, indexes and summariser. */

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;

/** Whether a char code is whitespace for `\s` (or a zero-width space, which pages use as one). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when text has no whitespace but single inner spaces: nothing to normalise (the common case). */
function isNormalSpacing(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isSpaceCode(c)) return false;
    else afterSpace = false;
  }
  return !afterSpace || text.length === 0;
}

/** Collapses runs of whitespace (including non-breaking and zero-width spaces) to one space and trims. */
export function normalizeWhitespace(text: string): string {
  if (isNormalSpacing(text)) return text;
  return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g, ' ').trim();
}

/** A prime between letters ("Germany′s"): an apostrophe some publishing systems type so. */
const PRIME_AS_APOSTROPHE = /(?<=\p{L})\u2032(?=\p{L})/gu;

/** The text with primes typed for apostrophes as apostrophes ("Germany′s" → "Germany’s"). */
export function withApostrophes(text: string): string {
  return text.includes('\u2032') ? text.replace(PRIME_AS_APOSTROPHE, '\u2019') : text;
}

/** Straightens curly quotes so that texts from different outlets compare equal. */
export function straightenQuotes(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}

/**
 * Letters that Unicode does not decompose into a base letter and an accent ("Sølvik", "Łukasz", "Strauß"),
 * folded as readers type them without the key ("solvik", "lukasz", "strauss").
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  // West African letters ("Dzathɔr", "Kɛse", "Ɓaba", "Ƙano"): Akan, Ewe, Ga and Hausa names as readers
  // type them on a Latin keyboard.
  ɔ: 'o',
  Ɔ: 'O',
  ɛ: 'e',
  Ɛ: 'E',
  ŋ: 'ng',
  Ŋ: 'NG',
  ɖ: 'd',
  Ɖ: 'D',
  ƒ: 'f',
  Ƒ: 'F',
  ʋ: 'v',
  Ʋ: 'V',
  ɓ: 'b',
  Ɓ: 'B',
  ɗ: 'd',
  Ɗ: 'D',
  ƙ: 'k',
  Ƙ: 'K',
  ƴ: 'y',
  Ƴ: 'Y',
};
const UNDECOMPOSED = /[øØæÆœŒßłŁđĐðÐþÞıɔƆɛƐŋŊɖƉƒƑʋƲɓƁɗƊƙƘƴƳ]/g;

/** The text without its accents ("Sgùrr Mòr" → "Sgurr Mor"), everything else as written. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower-case, accent-free, quote-free form used to compare two passages of text. */
export function comparable(text: string): string {
  // ASCII text (most English news) needs no accent folding, and one pass turns every run of non-word
  // characters (spaces included) into one space.
  if (isAscii(text))
    return text
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .toLowerCase()
      .trim();
  return straightenQuotes(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(UNDECOMPOSED, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const NON_ASCII = /[^ -~\t\n\r]/;

/** Printable ASCII and line breaks only: text that needs no Unicode folding. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Splits text into lower-case, accent-free word tokens (hyphenated parts become separate tokens). */
export function tokenize(text: string): string[] {
  if (isAscii(text)) return asciiTokens(text);
  const flat = comparable(text);
  return flat === '' ? [] : flat.split(' ');
}

/** An ASCII letter or digit (char code). */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The same tokens as comparable() would give, for ASCII text, in one scan without regular expressions.
 * With `content`, one-letter words and stopwords are left out in the same pass.
 */
function asciiTokens(text: string, content = false): string[] {
  const out: string[] = [];
  let start = -1;
  let upper = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isAsciiWordChar(c)) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (c >= 65 && c <= 90) upper = true;
    } else if (start >= 0) {
      if (!content || i - start > 1) {
        const raw = text.slice(start, i);
        const token = upper ? raw.toLowerCase() : raw;
        if (!content || !STOPWORDS.has(token)) out.push(token);
      }
      start = -1;
    }
  }
  return out;
}

const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our she so ' +
    'that the their them they this to was we were which who will with would you your not no also than then ' +
    'there these those what when where how said says after before about into over up out more all can could ' +
    'did do does just may might one two s t us'
  ).split(' '),
);

/** True for short function words that carry no topic. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** Every stopword (indexes pre-seed their term tables with them, to skip them in one look-up). */
export function stopwords(): Iterable<string> {
  return STOPWORDS;
}

/** Content words of a text: tokens minus stopwords and one-letter tokens. */
export function contentTokens(text: string): string[] {
  if (isAscii(text)) return asciiTokens(text, true);
  return tokenize(text).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}

/** Jaccard similarity of two token sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Number of words in a text (whitespace separated). */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A string as a regular expression's source that matches it literally. */
/**
 * The end of a word, for a regular expression with the `u` flag. `\b` takes only ASCII letters for word
 * characters, so `/\bin\b/i` matches the start of "Inés" and `/\bat\b/i` that of "Atílio".
 */
export const WORD_END = '(?![\\p{L}\\p{N}_])';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A name word written in capitals, as a reader writes it ("ECHEVERRÍA" → "Echeverría", "JEAN-PAUL" →
 * "Jean-Paul", "O'BRIEN" → "O'Brien"); a word with a small letter keeps its case ("McCREADIE").
 */
export function titleCased(word: string): string {
  if (word !== word.toUpperCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'\u2019])(\p{Ll})/gu, (_, mark: string, c: string) => mark + c.toUpperCase());
}
