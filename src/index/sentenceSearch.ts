/**
 * Full-text search over sentences: an exact inverted index (word → sentence ordinals in typed arrays),
 * BM25 ranking, and typo tolerance by correcting each query word against the vocabulary first.
 * fuse.js over every sentence was measured 50–1000× slower at 1k–10k articles (bench/, README).
 */
import { contentTokens } from '../text/normalize.ts';
import { FuzzyVocabulary } from './fuzzyVocabulary.ts';
import { topK } from './topK.ts';

export interface SearchHit {
  /** Ordinal of the sentence in the list the index was built from. */
  ordinal: number;
  score: number;
  /** How many query words the sentence matched (exactly or through a correction). */
  matched: number;
}

const K1 = 1.2;
const B = 0.75;
/** A corrected word counts for less than an exact one, so exact matches rank first. */
const FUZZY_WEIGHT = 0.6;

export class SentenceSearch {
  readonly #postings = new Map<string, Uint32Array>();
  readonly #lengths: Uint16Array;
  readonly #avgLength: number;
  readonly #vocabulary = new FuzzyVocabulary();
  readonly #count: number;

  constructor(texts: readonly string[]) {
    this.#count = texts.length;
    this.#lengths = new Uint16Array(texts.length);
    const lists = new Map<string, number[]>();
    let total = 0;
    texts.forEach((text, ordinal) => {
      const tokens = contentTokens(text);
      this.#lengths[ordinal] = Math.min(tokens.length, 65535);
      total += tokens.length;
      for (const token of tokens) {
        const list = lists.get(token);
        // Tokens of one sentence arrive together, so a repeat is always the last entry.
        if (list === undefined) lists.set(token, [ordinal]);
        else if (list[list.length - 1] !== ordinal) list.push(ordinal);
      }
    });
    for (const [token, list] of lists) {
      this.#postings.set(token, Uint32Array.from(list));
      this.#vocabulary.add(token);
    }
    this.#avgLength = texts.length === 0 ? 1 : total / texts.length;
  }

  get vocabularySize(): number {
    return this.#vocabulary.size;
  }

  /** Distinct content words of a query, in order. */
  static queryWords(query: string): string[] {
    return [...new Set(contentTokens(query))];
  }

  /** Ranks sentences for a query; sentences matching more query words always rank above fewer. */
  search(query: string, limit: number): SearchHit[] {
    const words = SentenceSearch.queryWords(query).slice(0, 12);
    if (words.length === 0) return [];
    const scores = new Map<number, { score: number; matched: number }>();
    for (const word of words) {
      const perSentence = new Map<number, number>();
      for (const { word: variant, distance } of this.#vocabulary.lookup(word, 6)) {
        const postings = this.#postings.get(variant);
        if (!postings) continue;
        const idf = Math.log(1 + (this.#count - postings.length + 0.5) / (postings.length + 0.5));
        const weight = distance === 0 ? 1 : FUZZY_WEIGHT;
        for (const ordinal of postings) {
          const norm = K1 * (1 - B + (B * (this.#lengths[ordinal] as number)) / this.#avgLength);
          const s = (weight * idf * (K1 + 1)) / (1 + norm);
          if (s > (perSentence.get(ordinal) ?? 0)) perSentence.set(ordinal, s);
        }
      }
      for (const [ordinal, s] of perSentence) {
        const entry = scores.get(ordinal);
        if (entry) {
          entry.score += s;
          entry.matched += 1;
        } else scores.set(ordinal, { score: s, matched: 1 });
      }
    }
    const hits = (function* () {
      for (const [ordinal, { score, matched }] of scores) yield { ordinal, score, matched };
    })();
    return topK(hits, limit, (a, b) => b.matched - a.matched || b.score - a.score || a.ordinal - b.ordinal);
  }
}
