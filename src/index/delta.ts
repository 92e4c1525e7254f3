/**
 * A snapshot for a few articles added, replaced or removed, made from the last full build (the base) in
 * time proportional to the change rather than to the corpus: the added articles' people are linked to the
 * base's people, their quotes merged into the base's quotes of the same speaker, their sentences indexed
 * in a small search segment beside the base's; removed articles leave their people, quotes and sentences.
 * What a full build decides across the whole corpus (a new full name making a bare surname ambiguous, the
 * corpus's common words) may come out a little differently; the store rebuilds in the background and swaps
 * the full build in (index/store.ts), so a delta snapshot lives for seconds.
 */
import { AppendedList } from '../collections/appendedList.ts';
import { LayeredMap } from '../collections/layeredMap.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import { type ArticleAnalysis, chainsOf, draftSteps } from '../quotes/catalog.ts';
import { STEP, type Steps } from '../steps.ts';
import { deltaQuoteSteps } from './deltaQuotes.ts';
import { compareArticles, type NewsIndex } from './newsIndex.ts';
import type { ArticleTokens, SearchTerms } from './searchTerms.ts';

/** An article with what the index needs of it, analysed and tokenised. */
export interface AnalysedEntry {
  article: Article;
  analysis: ArticleAnalysis;
  tokens: ArticleTokens;
}

export interface DeltaInput {
  /** A snapshot built from all its articles. */
  base: NewsIndex;
  /** Articles of the base removed or replaced by a new version, as the base was built from them. */
  removed: readonly AnalysedEntry[];
  /** Articles added, and the new versions of replaced ones. */
  added: readonly AnalysedEntry[];
  /** The table the tokens' ids (the base's and the change's) belong to. */
  terms: SearchTerms;
  errors: readonly LoadError[];
  now: Date;
  /** The base's highest quote number (deltaQuotes.ts `lastQuoteSteps`), kept with the base; found when absent. */
  lastQuote?: number;
}

/** Where `article` goes in a list in snapshot order: after every article that comes before it. */
function insertionPoint(articles: readonly Article[], article: Article): number {
  let lo = 0;
  let hi = articles.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareArticles(articles[mid] as Article, article) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Added articles put in one at a time up to this many; more are merged in one pass. */
const FEW_ADDED = 32;

/**
 * The base's articles without the gone ones, with the added ones put in (both in snapshot order), and
 * the resulting articles by id. A few added articles are put in place by binary search on a copy (the
 * engine copies and moves the list far faster than a loop over it); more are merged in one pass.
 */
function* articleSteps(
  base: NewsIndex,
  gone: ReadonlySet<string>,
  added: readonly Article[],
): Steps<{ articles: Article[]; byId: LayeredMap<string, Article> }> {
  const byId = new LayeredMap(base.byId);
  for (const id of gone) byId.delete(id);
  for (const a of added) byId.set(a.id, a);
  yield;
  const kept = gone.size > 0 ? base.articles.filter((a) => !gone.has(a.id)) : base.articles.slice();
  if (added.length <= FEW_ADDED) {
    for (const a of added) kept.splice(insertionPoint(kept, a), 0, a);
    return { articles: kept, byId };
  }
  yield;
  const articles: Article[] = [];
  let j = 0;
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i] as Article;
    if (i % STEP === STEP - 1) yield;
    while (j < added.length && compareArticles(added[j] as Article, a) < 0)
      articles.push(added[j++] as Article);
    articles.push(a);
  }
  while (j < added.length) articles.push(added[j++] as Article);
  return { articles, byId };
}

/** Where each base article's sentences start in the base's sentence list (they are in article order). */
function* firstOrdinals(base: NewsIndex, ids: ReadonlySet<string>): Steps<Map<string, number>> {
  const starts = new Map<string, number>();
  let ordinal = 0;
  for (let i = 0; i < base.articles.length; i++) {
    const a = base.articles[i] as Article;
    if (ids.has(a.id)) starts.set(a.id, ordinal);
    ordinal += a.sentences.length;
    if (i % STEP === STEP - 1) yield;
  }
  return starts;
}

/** The snapshot after the change (see the module comment); its answers are still the base's. */
export function* deltaSteps(input: DeltaInput): Steps<NewsIndex> {
  const { base, removed, terms } = input;
  const gone = new Set(removed.map((r) => r.article.id));
  const added = [...input.added].sort((x, y) => compareArticles(x.article, y.article));
  const addedArticles = added.map((a) => a.article);
  const { articles, byId } = yield* articleSteps(base, gone, addedArticles);
  const people = yield* base.people.changeSteps({
    added: added.map((a) => chainsOf(a.analysis)),
    removed: removed.map((r) => chainsOf(r.analysis)),
  });
  const drafts = yield* draftSteps(
    added.map((a) => a.analysis),
    people,
  );
  const { quotes, quotesBySpeaker, touched } = yield* deltaQuoteSteps({
    base,
    gone,
    added: addedArticles,
    drafts,
    articles: byId,
    ...(input.lastQuote !== undefined ? { lastQuote: input.lastQuote } : {}),
  });
  const speakers = yield* base.speakers.changeSteps({
    quotesBySpeaker,
    people,
    speakers: touched,
    persons: people.changed,
  });
  const starts = gone.size > 0 ? yield* firstOrdinals(base, gone) : new Map<string, number>();
  const search = yield* base.search.withChanges({
    removed: removed.map((r) => ({ from: starts.get(r.article.id) ?? 0, tokens: r.tokens })),
    added: added.map((a) => a.tokens),
    terms,
  });
  // Search ordinals of the added sentences continue after the base's (whose removed ones stay, unreachable).
  const sentences = new AppendedList(
    base.sentences,
    addedArticles.flatMap((a) => a.sentences),
  );
  yield;
  return Object.freeze({
    builtAt: input.now.toISOString(),
    articles: Object.freeze(articles),
    byId,
    sentences,
    errors: Object.freeze([...input.errors]),
    quotes: Object.freeze(quotes),
    quotesBySpeaker,
    people,
    speakers,
    search,
    answers: base.answers,
  });
}
