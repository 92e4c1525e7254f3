/**
 * A snapshot for a few articles added, replaced or removed, made from the last full build (the base) in
 * time proportional to the change rather than to the corpus: the added articles' people are linked to the
 * base's people, their quotes merged into the base's quotes of the same speaker, their sentences indexed
 * in a small search segment beside the base's; removed articles leave their people, quotes and sentences.
 * What a full build decides across the whole corpus (a new full name making a bare surname ambiguous, the
 * corpus's common words) may come out a little differently; the store rebuilds in the background and swaps
 * the full build in (index/store.ts), so a delta snapshot lives for seconds.
 */
import type { Article, LoadError } from '../corpus/types.ts';
import { type ArticleAnalysis, chainsOf, draftSteps, type Quote } from '../quotes/catalog.ts';
import { quoteChangeSteps } from '../quotes/quoteChanges.ts';
import { STEP, type Steps } from '../steps.ts';
import { compareArticles, compareQuotes, type NewsIndex } from './newsIndex.ts';
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
}

/** Two lists in snapshot order merged into one. */
function mergeOrdered(a: readonly Article[], b: readonly Article[]): Article[] {
  const out: Article[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && compareArticles(a[i] as Article, b[j] as Article) <= 0))
      out.push(a[i++] as Article);
    else out.push(b[j++] as Article);
  }
  return out;
}

/** The base's quotes per speaker with the lists of the touched speakers made again from `quotes`. */
function* regroup(
  base: ReadonlyMap<string, readonly Quote[]>,
  quotes: readonly Quote[],
  touched: ReadonlySet<string>,
): Steps<Map<string, readonly Quote[]>> {
  const next = new Map(base);
  const lists = new Map<string, Quote[]>();
  for (const key of touched) if (key !== '') lists.set(key, []);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as Quote;
    if (q.speakerKind !== 'unknown') lists.get(q.speakerKey)?.push(q);
    if (i % (STEP * 16) === STEP * 16 - 1) yield;
  }
  for (const [key, list] of lists) {
    if (list.length === 0) next.delete(key);
    else next.set(key, list.sort(compareQuotes));
  }
  return next;
}

/** Where each base article's sentences start in the base's sentence list (they are in article order). */
function firstOrdinals(base: NewsIndex, ids: ReadonlySet<string>): Map<string, number> {
  const starts = new Map<string, number>();
  let ordinal = 0;
  for (const a of base.articles) {
    if (ids.has(a.id)) starts.set(a.id, ordinal);
    ordinal += a.sentences.length;
  }
  return starts;
}

/** The snapshot after the change (see the module comment); its answers are still the base's. */
export function* deltaSteps(input: DeltaInput): Steps<NewsIndex> {
  const { base, removed, terms } = input;
  const gone = new Set(removed.map((r) => r.article.id));
  const added = [...input.added].sort((x, y) => compareArticles(x.article, y.article));
  const addedArticles = added.map((a) => a.article);
  const articles = mergeOrdered(
    base.articles.filter((a) => !gone.has(a.id)),
    addedArticles,
  );
  const byId = new Map(articles.map((a) => [a.id, a]));
  yield;
  const people = yield* base.people.changeSteps({
    added: added.map((a) => chainsOf(a.analysis)),
    removed: removed.map((r) => chainsOf(r.analysis)),
  });
  const drafts = yield* draftSteps(
    added.map((a) => a.analysis),
    people,
  );
  const { quotes, touched } = yield* quoteChangeSteps(base.quotes, base.quotesBySpeaker, {
    removed: gone,
    added: addedArticles,
    drafts,
    articles: byId,
  });
  const quotesBySpeaker = yield* regroup(base.quotesBySpeaker, quotes, touched);
  const speakers = yield* base.speakers.changeSteps({
    quotesBySpeaker,
    people,
    speakers: touched,
    persons: people.changed,
  });
  const starts = firstOrdinals(base, gone);
  const search = yield* base.search.withChanges({
    removed: removed.map((r) => ({ from: starts.get(r.article.id) ?? 0, tokens: r.tokens })),
    added: added.map((a) => a.tokens),
    terms,
  });
  // Search ordinals of the added sentences continue after the base's (whose removed ones stay, unreachable).
  const sentences = base.sentences.concat(addedArticles.flatMap((a) => a.sentences));
  yield;
  return Object.freeze({
    builtAt: input.now.toISOString(),
    articles: Object.freeze(articles),
    byId,
    sentences: Object.freeze(sentences),
    errors: Object.freeze([...input.errors]),
    quotes: Object.freeze(quotes),
    quotesBySpeaker,
    people,
    speakers,
    search,
    answers: base.answers,
  });
}
