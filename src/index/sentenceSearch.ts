/**
 * Full-text search over sentences: an exact inverted index (word → sentence ordinals in typed arrays),
 * BM25 ranking, and typo tolerance by correcting each query word against the vocabulary first.
 * fuse.js over every sentence was measured 50–1000× slower at 1k–10k articles (bench/, README).
 */
import { contentTokens, isAscii, stopwords, tokenize } from '../text/normalize.ts';
import { HASH_START, hashOf, hashStep, TermTable } from '../text/termTable.ts';
import { FuzzyVocabulary } from '../text/fuzzyVocabulary.ts';
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
const MAX_QUERY_WORDS = 12;
/**
 * Upper bound on sentences scored per query, so a query of very common words stays fast. Ordinals follow
 * the index's article order (newest first), so the cap keeps the newest matches.
 */
const MAX_CANDIDATES = 5_000;

/**
 * The tokenised form of a run of sentences: term ids local to the run, in one typed stream. Runs of a large
 * corpus are tokenised in parallel (build workers) and merged by `SentenceSearch.fromRuns`.
 */
export interface TokenizedRun {
  /** Local term id → word, in order of first appearance. */
  terms: string[];
  /** Each sentence's distinct term ids, back to back. */
  stream: Uint32Array<ArrayBuffer>;
  /** Where each sentence's ids end in `stream`. */
  ends: Uint32Array<ArrayBuffer>;
  /** Content words per sentence (with repeats), for BM25 length normalisation. */
  lengths: Uint16Array<ArrayBuffer>;
  /** Per local term, how many of the run's sentences contain it. */
  df: Uint32Array<ArrayBuffer>;
  /** Content words in all the run's sentences. */
  total: number;
}

/**
 * Tokenises sentences into local term ids: the content words of `contentTokens` (lower-case runs of
 * letters and digits, two or more characters, stopwords left out). Terms are interned without a string per
 * token (text/termTable.ts), and the output is a few typed arrays, so there is little garbage at 300k
 * sentences.
 */
export function tokenizeSentences(texts: readonly string[]): TokenizedRun {
  const table = new TermTable();
  // Stopwords take the first ids: one look-up both finds a word and tells that it is to be skipped.
  for (const word of stopwords()) table.intern(word, 0, word.length, hashOf(word));
  const skip = table.terms.length;
  let df = new Uint32Array(1024);
  // About one distinct content word per 8 characters of news prose: rarely regrown.
  let stream = new Uint32Array(Math.max(1024, texts.reduce((n, t) => n + t.length, 0) >> 3));
  let used = 0;
  const ends = new Uint32Array(texts.length);
  const lengths = new Uint16Array(texts.length);
  let total = 0;
  let start = 0;
  let length = 0;
  /** Counts one token of the sentence being read; term ids below `skip` are stopwords. */
  const add = (text: string, from: number, to: number, hash: number) => {
    const term = table.intern(text, from, to, hash);
    if (term < skip) return;
    length++;
    const id = term - skip;
    if (id === df.length) df = grow(df);
    if (seenIn(stream, start, used, id)) return;
    if (used === stream.length) stream = grow(stream);
    stream[used++] = id;
    df[id] = (df[id] as number) + 1;
  };
  for (let ordinal = 0; ordinal < texts.length; ordinal++) {
    const text = texts[ordinal] as string;
    start = used;
    length = 0;
    if (isAscii(text)) {
      // Lower-casing ASCII keeps offsets; tokens are scanned and hashed in place.
      const lower = text.toLowerCase();
      let from = -1;
      let hash = HASH_START;
      for (let i = 0; i <= lower.length; i++) {
        const c = i < lower.length ? lower.charCodeAt(i) : 32;
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
          if (from < 0) {
            from = i;
            hash = HASH_START;
          }
          hash = hashStep(hash, c);
        } else if (from >= 0) {
          if (i - from > 1) add(lower, from, i, hash);
          from = -1;
        }
      }
    } else {
      for (const token of tokenize(text)) if (token.length > 1) add(token, 0, token.length, hashOf(token));
    }
    lengths[ordinal] = Math.min(length, 65535);
    total += length;
    ends[ordinal] = used;
  }
  const terms = table.terms.slice(skip);
  return { terms, stream: stream.slice(0, used), ends, lengths, df: df.slice(0, terms.length), total };
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export class SentenceSearch {
  readonly #postings = new Map<string, Uint32Array>();
  readonly #lengths: Uint16Array;
  readonly #avgLength: number;
  readonly #vocabulary = new FuzzyVocabulary();
  readonly #count: number;

  /**
   * Indexes consecutive runs of sentences (ordinals continue from one run to the next). Terms get global
   * ids in order of first appearance, so the index is the same however the sentences were split into runs.
   */
  static fromRuns(runs: readonly TokenizedRun[]): SentenceSearch {
    return new SentenceSearch(runs);
  }

  private constructor(runs: readonly TokenizedRun[]) {
    const count = runs.reduce((n, r) => n + r.ends.length, 0);
    this.#count = count;
    this.#lengths = new Uint16Array(count);
    // Pass 1: global term ids and document frequencies. Pass 2: all posting lists as views into one
    // Uint32Array, filled in ordinal order so each list is sorted.
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    const globalIds = runs.map((run) => {
      const ids = new Uint32Array(run.terms.length);
      run.terms.forEach((term, local) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
        }
        ids[local] = id;
      });
      return ids;
    });
    const df = new Uint32Array(terms.length);
    let total = 0;
    let base = 0;
    runs.forEach((run, r) => {
      const ids = globalIds[r] as Uint32Array;
      for (let local = 0; local < run.df.length; local++) df[ids[local] as number] += run.df[local] as number;
      this.#lengths.set(run.lengths, base);
      base += run.ends.length;
      total += run.total;
    });
    const offsets = new Uint32Array(terms.length + 1);
    for (let id = 0; id < terms.length; id++) offsets[id + 1] = (offsets[id] as number) + (df[id] as number);
    const postings = new Uint32Array(offsets[terms.length] as number);
    const fill = offsets.slice(0, terms.length);
    let ordinal = 0;
    runs.forEach((run, r) => {
      const ids = globalIds[r] as Uint32Array;
      let k = 0;
      for (let s = 0; s < run.ends.length; s++, ordinal++) {
        for (; k < (run.ends[s] as number); k++) {
          const id = ids[run.stream[k] as number] as number;
          postings[fill[id] as number] = ordinal;
          fill[id] = (fill[id] as number) + 1;
        }
      }
    });
    terms.forEach((term, id) => {
      this.#postings.set(term, postings.subarray(offsets[id] as number, offsets[id + 1] as number));
      this.#vocabulary.add(term);
    });
    this.#avgLength = count === 0 ? 1 : total / count;
  }

  /** Distinct content words of a query, in order. */
  static queryWords(query: string): string[] {
    return [...new Set(contentTokens(query))];
  }

  /**
   * Ranks sentences for a query; sentences matching more query words always rank above fewer. Works from the
   * rarest query word: every sentence matching all words is among its postings, and the other words are
   * checked by binary search, so a common word never forces a scan of its whole posting list.
   */
  search(query: string, limit: number): SearchHit[] {
    const terms = SentenceSearch.queryWords(query)
      .slice(0, MAX_QUERY_WORDS)
      .map((word) => this.#term(word))
      .filter((t) => t.variants.length > 0)
      .sort((a, b) => a.size - b.size);
    if (terms.length === 0) return [];
    const hits: SearchHit[] = [];
    const seen = new Set<number>();
    let scanned = 0;
    for (const term of terms) {
      for (const variant of term.variants) {
        for (const ordinal of variant.postings) {
          if (seen.has(ordinal)) continue;
          seen.add(ordinal);
          hits.push(this.#score(ordinal, terms));
          if (++scanned >= MAX_CANDIDATES) break;
        }
      }
      // Enough sentences matching every word: rarer-word candidates cannot be beaten by the rest.
      if (hits.filter((h) => h.matched === terms.length).length >= limit || scanned >= MAX_CANDIDATES) break;
    }
    return topK(hits, limit, compareHits);
  }

  #term(word: string): Term {
    const variants: Variant[] = [];
    let size = 0;
    for (const { word: v, distance } of this.#vocabulary.lookup(word, 6)) {
      const postings = this.#postings.get(v);
      if (!postings) continue;
      const idf = Math.log(1 + (this.#count - postings.length + 0.5) / (postings.length + 0.5));
      variants.push({ postings, weight: (distance === 0 ? 1 : FUZZY_WEIGHT) * idf });
      size += postings.length;
    }
    return { variants, size };
  }

  #score(ordinal: number, terms: Term[]): SearchHit {
    const norm = K1 * (1 - B + (B * (this.#lengths[ordinal] as number)) / this.#avgLength);
    let score = 0;
    let matched = 0;
    for (const term of terms) {
      let best = 0;
      for (const v of term.variants) {
        if (v.weight > best && contains(v.postings, ordinal)) best = v.weight;
      }
      if (best > 0) {
        matched++;
        score += (best * (K1 + 1)) / (1 + norm);
      }
    }
    return { ordinal, score, matched };
  }
}

interface Variant {
  postings: Uint32Array;
  /** idf × (1 for the exact word, less for a correction). */
  weight: number;
}

interface Term {
  variants: Variant[];
  size: number;
}

/** Whether `id` is among stream[from..to) (a sentence's few terms: a scan beats a Set). */
function seenIn(stream: Uint32Array, from: number, to: number, id: number): boolean {
  for (let i = from; i < to; i++) if (stream[i] === id) return true;
  return false;
}

function compareHits(a: SearchHit, b: SearchHit): number {
  return b.matched - a.matched || b.score - a.score || a.ordinal - b.ordinal;
}

/** Binary search in a sorted posting list. */
function contains(postings: Uint32Array, ordinal: number): boolean {
  let lo = 0;
  let hi = postings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = postings[mid] as number;
    if (v === ordinal) return true;
    if (v < ordinal) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
