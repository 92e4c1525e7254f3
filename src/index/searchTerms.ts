/**
 * Sentences as search terms. A `SearchTerms` table gives every word one id, stopwords first; each article is
 * tokenised once into its `ArticleTokens` (the ids of each sentence's distinct content words, one typed
 * array), which the store keeps, so indexing again after a change re-reads no text.
 */
import { isAscii, stopwords, tokenize } from '../text/normalize.ts';
import { HASH_START, hashOf, hashStep, TermTable } from '../text/termTable.ts';

/**
 * One article's sentences tokenised, packed in one array (one allocation per article, little garbage at
 * 10,000 articles): [sentences, content words, then per sentence where its ids end, then per sentence its
 * count of content words (with repeats, for BM25), then each sentence's distinct term ids, back to back].
 * Term ids are the `SearchTerms` table's, counted from its first content word.
 */
export type ArticleTokens = Uint32Array<ArrayBuffer>;

const HEADER = 2;

/** The sentence texts of an article, in order (what search tokenises). */
export function sentenceTexts(article: { readonly paragraphs: readonly (readonly string[])[] }): string[] {
  const texts: string[] = [];
  for (const sentences of article.paragraphs) for (const text of sentences) texts.push(text);
  return texts;
}

/** How many sentences the tokens hold. */
export function sentenceCount(tokens: ArticleTokens): number {
  return tokens[0] as number;
}

/** Content words in all the article's sentences (with repeats). */
export function wordCount(tokens: ArticleTokens): number {
  return tokens[1] as number;
}

/** Where sentence `s`'s term ids are: [from, to) into `tokens`. */
export function termRange(tokens: ArticleTokens, s: number): [number, number] {
  const n = tokens[0] as number;
  const base = HEADER + 2 * n;
  const from = s === 0 ? 0 : (tokens[HEADER + s - 1] as number);
  return [base + from, base + (tokens[HEADER + s] as number)];
}

/** Content words of sentence `s` (with repeats), capped as BM25 lengths are stored (16 bits). */
export function sentenceLength(tokens: ArticleTokens, s: number): number {
  return Math.min(tokens[HEADER + (tokens[0] as number) + s] as number, 65535);
}

export class SearchTerms {
  readonly #table = new TermTable();
  /** Term ids below this are stopwords: one look-up both finds a word and tells that it is to be skipped. */
  readonly #skip: number;
  /** Per term id, the last sentence (by `#sentence`) that counted it: a sentence's distinct terms in O(1). */
  #lastSeen = new Uint32Array(1 << 12);
  /** Sentences tokenised so far by this table, counted from 1. */
  #sentence = 0;

  constructor() {
    for (const word of stopwords()) this.#table.intern(word, 0, word.length, hashOf(word));
    this.#skip = this.#table.terms.length;
  }

  /** The word of a content term id. */
  word(id: number): string {
    return this.#table.terms[id + this.#skip] as string;
  }

  /** Content words known so far (ids are 0 to this, exclusive). */
  get size(): number {
    return this.#table.terms.length - this.#skip;
  }

  /** The id of a word (interned if new), or -1 for a stopword. */
  idOf(word: string): number {
    const id = this.#table.intern(word, 0, word.length, hashOf(word));
    return id < this.#skip ? -1 : id - this.#skip;
  }

  /**
   * Tokenises one article's sentences: the content words of `contentTokens` (lower-case runs of letters and
   * digits, two or more characters, stopwords left out), interned without a string per token.
   */
  tokenize(texts: readonly string[]): ArticleTokens {
    const n = texts.length;
    // About one distinct content word per 8 characters of news prose: rarely regrown.
    let out = new Uint32Array(HEADER + 2 * n + Math.max(16, texts.reduce((k, t) => k + t.length, 0) >> 3));
    const base = HEADER + 2 * n;
    let used = 0;
    let total = 0;
    let length = 0;
    /** Counts one token (interned as `term`) of the sentence being read. */
    const add = (term: number) => {
      if (term < this.#skip) return;
      length++;
      if (this.#seenInSentence(term)) return;
      const id = term - this.#skip;
      if (base + used === out.length) {
        const bigger = new Uint32Array(out.length * 2);
        bigger.set(out);
        out = bigger;
      }
      out[base + used++] = id;
    };
    for (let s = 0; s < n; s++) {
      const text = texts[s] as string;
      this.#sentence++;
      length = 0;
      if (isAscii(text)) {
        // ASCII is lower-cased as it is read: tokens are scanned, hashed and interned in place.
        let from = -1;
        let hash = HASH_START;
        for (let i = 0; i <= text.length; i++) {
          let c = i < text.length ? text.charCodeAt(i) : 32;
          if (c >= 65 && c <= 90) c += 32;
          if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
            if (from < 0) {
              from = i;
              hash = HASH_START;
            }
            hash = hashStep(hash, c);
          } else if (from >= 0) {
            if (i - from > 1) add(this.#table.internAsciiLower(text, from, i, hash));
            from = -1;
          }
        }
      } else {
        for (const token of tokenize(text))
          if (token.length > 1) add(this.#table.intern(token, 0, token.length, hashOf(token)));
      }
      out[HEADER + s] = used;
      out[HEADER + n + s] = length;
      total += length;
    }
    out[0] = n;
    out[1] = total;
    return out.slice(0, base + used);
  }

  /** Whether term id `term` was counted already in the sentence being read (and marks it counted). */
  #seenInSentence(term: number): boolean {
    if (term >= this.#lastSeen.length) {
      const bigger = new Uint32Array(Math.max(term + 1, this.#lastSeen.length * 2));
      bigger.set(this.#lastSeen);
      this.#lastSeen = bigger;
    }
    if (this.#lastSeen[term] === this.#sentence) return true;
    this.#lastSeen[term] = this.#sentence;
    return false;
  }

  /**
   * Tokens made with another table (a build worker's, whose words are `words`) rewritten to this table's
   * ids. The array is changed in place and returned.
   */
  adopt(tokens: ArticleTokens, ids: Uint32Array): ArticleTokens {
    const n = tokens[0] as number;
    for (let i = HEADER + 2 * n; i < tokens.length; i++) tokens[i] = ids[tokens[i] as number] as number;
    return tokens;
  }

  /** This table's ids for another table's words (see `adopt`). */
  idsOf(words: readonly string[]): Uint32Array {
    return Uint32Array.from(words, (w) => this.idOf(w));
  }

  /** Content words with ids from `from` on: what a worker sends so its caller can adopt its tokens. */
  wordsFrom(from: number): string[] {
    return this.#table.terms.slice(this.#skip + from);
  }
}
