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

/**
 * The base's articles without the gone ones, with the added ones merged in (both in snapshot order), and
 * the resulting articles by id.
 */
function* articleSteps(
  base: readonly Article[],
  gone: ReadonlySet<string>,
  added: readonly Article[],
): Steps<{ articles: Article[]; byId: Map<string, Article> }> {
  const articles: Article[] = [];
  const byId = new Map<string, Article>();
  const push = (a: Article) => {
    articles.push(a);
    byId.set(a.id, a);
  };
  let j = 0;
  for (let i = 0; i < base.length; i++) {
    const a = base[i] as Article;
    if (i % STEP === STEP - 1) yield;
    if (gone.has(a.id)) continue;
    while (j < added.length && compareArticles(added[j] as Article, a) < 0) push(added[j++] as Article);
    push(a);
  }
  while (j < added.length) push(added[j++] as Article);
  return { articles, byId };
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
  const { articles, byId } = yield* articleSteps(base.articles, gone, addedArticles);
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
  const starts = yield* firstOrdinals(base, gone);
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
