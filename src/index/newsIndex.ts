/**
 * NewsIndex: one immutable snapshot of the corpus with everything commands need precomputed. Reload builds a
 * new snapshot off to the side and swaps one reference (see index/store.ts).
 */
import type { Briefing } from '../briefing.ts';
import type { Article, LoadError, Sentence } from '../corpus/types.ts';
import { commonWords } from '../people/commonWords.ts';
import type { PeopleDirectory } from '../people/directory.ts';
import { type ArticleAnalysis, draftQuotes, mergeDrafts, peopleOf, type Quote } from '../quotes/catalog.ts';
import { SpeakerSearch } from '../quotes/speakerSearch.ts';
import { SentenceSearch } from './sentenceSearch.ts';
import { analyzeShard } from './shard.ts';
import { compareNewestFirst, compareText } from '../text/compare.ts';

export interface NewsIndex {
  /** When the snapshot was built (ISO timestamp). */
  readonly builtAt: string;
  /** Newest first, then by id. */
  readonly articles: readonly Article[];
  readonly byId: ReadonlyMap<string, Article>;
  /** Every sentence, in article order; `SentenceSearch` ordinals point into this list. */
  readonly sentences: readonly Sentence[];
  readonly errors: readonly LoadError[];
  readonly quotes: readonly Quote[];
  /** Quotes per speaker key, in answer order (full quotes first, newest first, longest first). */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  readonly people: PeopleDirectory;
  readonly speakers: SpeakerSearch;
  readonly search: SentenceSearch;
  /** Per-snapshot cache for answers that depend only on the snapshot (status, timeline). */
  readonly cache: Map<string, Briefing>;
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

function groupBySpeaker(quotes: readonly Quote[]): Map<string, Quote[]> {
  const map = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (q.speakerKind === 'unknown') continue;
    const list = map.get(q.speakerKey);
    if (list) list.push(q);
    else map.set(q.speakerKey, [q]);
  }
  for (const list of map.values()) list.sort(compareQuotes);
  return map;
}

/** The parts of a snapshot that are computed per article (in shards when built in parallel). */
export interface IndexParts {
  /** Every article analysed on its own (people, quotes), in snapshot order. */
  analyses: ArticleAnalysis[];
  search: SentenceSearch;
}

/** Articles in snapshot order, newest first: shards of a parallel build follow it. */
export function snapshotOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort(compareArticles);
}

function allSentences(articles: readonly Article[]): Sentence[] {
  const out: Sentence[] = [];
  for (const a of articles) for (const s of a.sentences) out.push(s);
  return out;
}

/** Everything that is not per article: merged quotes, speaker lookup. */
export function assembleIndex(
  sorted: Article[],
  errors: readonly LoadError[],
  now: Date,
  parts: IndexParts,
): NewsIndex {
  const people = peopleOf(parts.analyses);
  const quotes = mergeDrafts(draftQuotes(parts.analyses, people), sorted);
  return Object.freeze({
    builtAt: now.toISOString(),
    articles: Object.freeze(sorted),
    byId: new Map(sorted.map((a) => [a.id, a])),
    sentences: Object.freeze(allSentences(sorted)),
    errors: Object.freeze([...errors]),
    quotes: Object.freeze(quotes),
    quotesBySpeaker: groupBySpeaker(quotes),
    people,
    speakers: new SpeakerSearch(quotes, people),
    search: parts.search,
    cache: new Map(),
  });
}

/**
 * Builds a snapshot from loaded articles on this thread. Pure apart from `now`, which only stamps
 * `builtAt`. `BuildPool` (index/buildPool.ts) builds the same snapshot with worker threads.
 */
export function buildIndex(articles: readonly Article[], errors: readonly LoadError[], now: Date): NewsIndex {
  const sorted = snapshotOrder(articles);
  // One shard: the whole corpus, through the same steps as a parallel build.
  const { analyses, run } = analyzeShard(sorted, commonWords(sorted));
  return assembleIndex(sorted, errors, now, { analyses, search: SentenceSearch.fromRuns([run]) });
}
