/**
 * NewsIndex: one immutable snapshot of the corpus with everything commands need precomputed. Reload builds a
 * new snapshot off to the side and swaps one reference (see index/store.ts).
 */
import type { Briefing } from '../briefing.ts';
import type { PositionalList } from '../collections/appendedList.ts';
import { oneSpellingPerOutlet } from '../corpus/outletSpelling.ts';
import type { Article, LoadError, Sentence } from '../corpus/types.ts';
import { commonWordSteps } from '../people/commonWords.ts';
import type { PeopleDirectory } from '../people/directory.ts';
import {
  type ArticleAnalysis,
  analyzeSteps,
  draftSteps,
  mergeSteps,
  peopleSteps,
  type Quote,
} from '../quotes/catalog.ts';
import { SpeakerSearch } from '../quotes/speakerSearch.ts';
import { finish, STEP, type Steps } from '../steps.ts';
import { compareNewestFirst, compareText } from '../text/compare.ts';
import { type ArticleTokens, SearchTerms, sentenceTexts } from './searchTerms.ts';
import { SentenceSearch } from './sentenceSearch.ts';

export interface NewsIndex {
  /** When the snapshot was built (ISO timestamp). */
  readonly builtAt: string;
  /** Newest first, then by id. */
  readonly articles: readonly Article[];
  readonly byId: ReadonlyMap<string, Article>;
  /** Every sentence, in article order; `SentenceSearch` ordinals point into this list. */
  readonly sentences: PositionalList<Sentence>;
  readonly errors: readonly LoadError[];
  readonly quotes: readonly Quote[];
  /** Quotes per speaker key, in answer order (full quotes first, newest first, longest first). */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  readonly people: PeopleDirectory;
  readonly speakers: SpeakerSearch;
  readonly search: SentenceSearch;
  /**
   * Answers derived from this snapshot alone (status, timeline…), by name; computed by the store's `derive`
   * hook before the snapshot is swapped in. Empty for a snapshot built without one.
   */
  readonly answers: ReadonlyMap<string, Briefing>;
}

/** Newest first, then alphabetical by id: the order every listing uses. */
export function compareArticles(a: Article, b: Article): number {
  return compareNewestFirst(a.published, b.published) || compareText(a.id, b.id);
}

/**
 * The order quotes are shown in: full quotes before scare-quote fragments, newest first, then the ones
 * more outlets carried, then whole sentences (starting with a capital) before partial quotes, then longest.
 */
export function compareQuotes(a: Quote, b: Quote): number {
  return (
    Number(a.fragment) - Number(b.fragment) ||
    compareNewestFirst(a.published, b.published) ||
    b.articleIds.length - a.articleIds.length ||
    Number(startsSentence(b.text)) - Number(startsSentence(a.text)) ||
    b.text.length - a.text.length ||
    compareText(a.id, b.id)
  );
}

function startsSentence(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Quotes per speaker key, in answer order (unattributed quotes under none). */
export function* groupBySpeaker(quotes: readonly Quote[]): Steps<Map<string, Quote[]>> {
  const map = new Map<string, Quote[]>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as Quote;
    if (i % STEP === STEP - 1) yield;
    if (q.speakerKind === 'unknown') continue;
    const list = map.get(q.speakerKey);
    if (list) list.push(q);
    else map.set(q.speakerKey, [q]);
  }
  let n = 0;
  for (const list of map.values()) {
    list.sort(compareQuotes);
    n += list.length;
    if (n >= STEP * 8) {
      n = 0;
      yield;
    }
  }
  return map;
}

/** What a snapshot is assembled from: every article, in snapshot order, analysed and tokenised on its own. */
export interface IndexParts {
  /** Newest first (`snapshotOrder`). */
  sorted: Article[];
  /** Each article's people and quotes, in the same order. */
  analyses: readonly ArticleAnalysis[];
  /** Each article's sentences as search terms of `terms`, in the same order. */
  tokens: readonly ArticleTokens[];
  terms: SearchTerms;
}

/** Articles in snapshot order, newest first: shards of a parallel build follow it. */
export function snapshotOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort(compareArticles);
}

function* allSentences(articles: readonly Article[]): Steps<Sentence[]> {
  const out: Sentence[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (const s of (articles[i] as Article).sentences) out.push(s);
    if (i % STEP === STEP - 1) yield;
  }
  return out;
}

/** The corpus-wide part of a build: people linked across articles, quotes merged, search and speakers indexed. */
export function* assembleSteps(parts: IndexParts, errors: readonly LoadError[], now: Date): Steps<NewsIndex> {
  const { analyses } = parts;
  const sorted = oneSpellingPerOutlet(parts.sorted);
  const people = yield* peopleSteps(analyses);
  const drafts = yield* draftSteps(analyses, people);
  const quotes = yield* mergeSteps(drafts, sorted);
  const quotesBySpeaker = yield* groupBySpeaker(quotes);
  const speakers = yield* SpeakerSearch.build(quotes, people);
  const search = yield* SentenceSearch.build(parts.terms, parts.tokens);
  const sentences = yield* allSentences(sorted);
  const byId = new Map(sorted.map((a) => [a.id, a]));
  yield;
  return Object.freeze({
    builtAt: now.toISOString(),
    articles: Object.freeze(sorted),
    byId,
    sentences: Object.freeze(sentences),
    errors: Object.freeze([...errors]),
    quotes: Object.freeze(quotes),
    quotesBySpeaker,
    people,
    speakers,
    search,
    answers: new Map(),
  });
}

/** A new frozen snapshot: `index` with its derived answers (the original is left as it was). */
export function withAnswers(index: NewsIndex, answers: ReadonlyMap<string, Briefing>): NewsIndex {
  return Object.freeze({ ...index, answers });
}

/** Every article analysed and tokenised on this thread, one article per step. */
export function* analyzeAll(
  sorted: readonly Article[],
  terms: SearchTerms,
): Steps<{ analyses: ArticleAnalysis[]; tokens: ArticleTokens[] }> {
  const analyses = yield* analyzeSteps(sorted, yield* commonWordSteps(sorted));
  const tokens: ArticleTokens[] = [];
  for (let i = 0; i < sorted.length; i++) {
    tokens.push(terms.tokenize(sentenceTexts(sorted[i] as Article)));
    if (i % 16 === 15) yield;
  }
  return { analyses, tokens };
}

/** `buildIndex` in steps (see steps.ts). */
export function* buildSteps(
  articles: readonly Article[],
  errors: readonly LoadError[],
  now: Date,
): Steps<NewsIndex> {
  const sorted = snapshotOrder(articles);
  const terms = new SearchTerms();
  const { analyses, tokens } = yield* analyzeAll(sorted, terms);
  return yield* assembleSteps({ sorted, analyses, tokens, terms }, errors, now);
}

/**
 * Builds a snapshot from loaded articles on this thread. Pure apart from `now`, which only stamps
 * `builtAt`. `BuildPool` (index/buildPool.ts) builds the same snapshot with worker threads, and the store
 * (index/store.ts) the same from the articles it keeps analysed.
 */
export function buildIndex(articles: readonly Article[], errors: readonly LoadError[], now: Date): NewsIndex {
  return finish(buildSteps(articles, errors, now));
}
