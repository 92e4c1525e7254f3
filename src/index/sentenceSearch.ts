/**
 * Full-text search over sentences: an exact inverted index (word → sentence ordinals in typed arrays),
 * BM25 ranking, and typo tolerance by correcting each query word against the vocabulary first.
 * fuse.js over every sentence was measured 50–1000× slower at 1k–10k articles (bench/, README).
 *
 * An index built from every article has one segment. `withChanges` derives an index for a few articles
 * added and removed without indexing the rest again: the base's segment is shared (its removed sentences
 * marked dead) and the added sentences get a small segment of their own; the ranking statistics (sentence
 * count, average length, each word's document frequency) are those of the changed corpus, so scores are the
 * ones a full build gives.
 */
import { contentTokens } from '../text/normalize.ts';
import { FuzzyVocabulary, lookupLayers } from '../text/fuzzyVocabulary.ts';
import { STEP, type Steps } from '../steps.ts';
import {
  type ArticleTokens,
  type SearchTerms,
  sentenceCount,
  sentenceLength,
  termRange,
  wordCount,
} from './searchTerms.ts';
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

/** Sentences indexed together: ordinals `offset`… of the snapshot's sentence list. */
interface Segment {
  postings: Map<string, Uint32Array>;
  lengths: Uint16Array;
  offset: number;
  /** Sentences (by ordinal within the segment) whose article was removed since: never returned. */
  dead?: Uint8Array;
}

/** A change to index: the sentences of removed articles, and the added articles' tokens. */
export interface SearchChange {
  /** Removed sentences as [first ordinal, sentence count] in the index being changed, with their tokens. */
  removed: { from: number; tokens: ArticleTokens }[];
  /** The added articles' tokens, in the order their sentences are appended to the snapshot's list. */
  added: readonly ArticleTokens[];
  terms: SearchTerms;
}

export class SentenceSearch {
  #segments: Segment[] = [];
  #vocabularies: FuzzyVocabulary[] = [];
  #count = 0;
  #total = 0;
  #avgLength = 1;
  /** Sentences the index covers, dead ones included: where a new segment's ordinals start. */
  #span = 0;
  /** Per word, how many of the containing sentences are dead (a derived index only). */
  #deadDf: Map<string, number> | undefined;

  /**
   * Indexes articles' tokens in snapshot order (sentence ordinals continue from one article to the next).
   * The same articles give the same index whatever table or order of words the tokens were made with.
   */
  static *build(terms: SearchTerms, articles: readonly ArticleTokens[]): Steps<SentenceSearch> {
    const index = new SentenceSearch();
    const segment = yield* indexArticles(terms, articles, 0);
    index.#segments = [segment.segment];
    index.#vocabularies = [segment.vocabulary];
    index.#count = segment.segment.lengths.length;
    index.#span = index.#count;
    index.#total = segment.total;
    index.#avgLength = index.#count === 0 ? 1 : segment.total / index.#count;
    return index;
  }

  /** The index after removing some articles' sentences and adding others' (see the module comment). */
  *withChanges(change: SearchChange): Steps<SentenceSearch> {
    const next = new SentenceSearch();
    next.#segments = this.#segments.map((s) => ({ ...s, ...(s.dead ? { dead: s.dead.slice() } : {}) }));
    const deadDf = new Map(this.#deadDf ?? []);
    let count = this.#count;
    let total = this.#total;
    for (const { from, tokens } of change.removed) {
      const segment = next.#segmentOf(from);
      const local = from - segment.offset;
      segment.dead ??= new Uint8Array(segment.lengths.length);
      segment.dead.fill(1, local, local + sentenceCount(tokens));
      count -= sentenceCount(tokens);
      total -= wordCount(tokens);
      for (let s = 0; s < sentenceCount(tokens); s++) {
        const [a, b] = termRange(tokens, s);
        for (let i = a; i < b; i++) {
          const word = change.terms.word(tokens[i] as number);
          deadDf.set(word, (deadDf.get(word) ?? 0) + 1);
        }
      }
      yield;
    }
    const added = yield* indexArticles(change.terms, change.added, this.#span);
    next.#segments.push(added.segment);
    next.#vocabularies = [...this.#vocabularies, added.vocabulary];
    next.#count = count + added.segment.lengths.length;
    next.#total = total + added.total;
    next.#avgLength = next.#count === 0 ? 1 : next.#total / next.#count;
    next.#span = this.#span + added.segment.lengths.length;
    next.#deadDf = deadDf;
    return next;
  }

  #segmentOf(ordinal: number): Segment {
    for (let i = this.#segments.length - 1; i >= 0; i--) {
      const s = this.#segments[i] as Segment;
      if (ordinal >= s.offset) return s;
    }
    return this.#segments[0] as Segment;
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
        scan: for (const { segment, postings } of variant.lists) {
          for (const local of postings) {
            if (segment.dead?.[local] === 1) continue;
            const ordinal = segment.offset + local;
            if (seen.has(ordinal)) continue;
            seen.add(ordinal);
            hits.push(this.#score(ordinal, terms));
            if (++scanned >= MAX_CANDIDATES) break scan;
          }
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
    for (const { word: v, distance } of lookupLayers(this.#vocabularies, word, 6)) {
      const lists: Variant['lists'] = [];
      let df = -(this.#deadDf?.get(v) ?? 0);
      let length = 0;
      for (const segment of this.#segments) {
        const postings = segment.postings.get(v);
        if (!postings) continue;
        lists.push({ segment, postings });
        df += postings.length;
        length += postings.length;
      }
      if (lists.length === 0 || df <= 0) continue;
      const idf = Math.log(1 + (this.#count - df + 0.5) / (df + 0.5));
      variants.push({ lists, weight: (distance === 0 ? 1 : FUZZY_WEIGHT) * idf });
      size += length;
    }
    return { variants, size };
  }

  #score(ordinal: number, terms: Term[]): SearchHit {
    const segment = this.#segmentOf(ordinal);
    const local = ordinal - segment.offset;
    const norm = K1 * (1 - B + (B * (segment.lengths[local] as number)) / this.#avgLength);
    let score = 0;
    let matched = 0;
    for (const term of terms) {
      let best = 0;
      for (const v of term.variants) {
        if (v.weight <= best) continue;
        const list = v.lists.find((l) => l.segment === segment);
        if (list && contains(list.postings, local)) best = v.weight;
      }
      if (best > 0) {
        matched++;
        score += (best * (K1 + 1)) / (1 + norm);
      }
    }
    return { ordinal, score, matched };
  }
}

/**
 * One segment of articles' tokens: pass 1 counts each word's sentences, pass 2 fills all posting lists as
 * views into one Uint32Array in ordinal order (so each list is sorted), pass 3 files the words.
 */
function* indexArticles(
  terms: SearchTerms,
  articles: readonly ArticleTokens[],
  offset: number,
): Steps<{ segment: Segment; vocabulary: FuzzyVocabulary; total: number }> {
  let count = 0;
  for (const tokens of articles) count += sentenceCount(tokens);
  const lengths = new Uint16Array(count);
  const df = new Uint32Array(terms.size);
  let total = 0;
  let ordinal = 0;
  for (let a = 0; a < articles.length; a++) {
    const tokens = articles[a] as ArticleTokens;
    total += wordCount(tokens);
    for (let s = 0; s < sentenceCount(tokens); s++, ordinal++) {
      lengths[ordinal] = sentenceLength(tokens, s);
      const [from, to] = termRange(tokens, s);
      for (let i = from; i < to; i++) df[tokens[i] as number] += 1;
    }
    if (a % 64 === 63) yield;
  }
  const offsets = new Uint32Array(df.length + 1);
  for (let id = 0; id < df.length; id++) offsets[id + 1] = (offsets[id] as number) + (df[id] as number);
  const postings = new Uint32Array(offsets[df.length] as number);
  const fill = offsets.slice(0, df.length);
  ordinal = 0;
  for (let a = 0; a < articles.length; a++) {
    const tokens = articles[a] as ArticleTokens;
    for (let s = 0; s < sentenceCount(tokens); s++, ordinal++) {
      const [from, to] = termRange(tokens, s);
      for (let i = from; i < to; i++) {
        const id = tokens[i] as number;
        postings[fill[id] as number] = ordinal;
        fill[id] = (fill[id] as number) + 1;
      }
    }
    if (a % 64 === 63) yield;
  }
  const byWord = new Map<string, Uint32Array>();
  const vocabulary = new FuzzyVocabulary();
  for (let id = 0; id < df.length; id++) {
    if (df[id] === 0) continue;
    const word = terms.word(id);
    byWord.set(word, postings.subarray(offsets[id] as number, offsets[id + 1] as number));
    vocabulary.add(word);
    if (id % STEP === STEP - 1) yield;
  }
  return { segment: { postings: byWord, lengths, offset }, vocabulary, total };
}

interface Variant {
  /** The word's posting list in each segment that has it. */
  lists: { segment: Segment; postings: Uint32Array }[];
  /** idf × (1 for the exact word, less for a correction). */
  weight: number;
}

interface Term {
  variants: Variant[];
  size: number;
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
