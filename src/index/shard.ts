/**
 * The per-article part of an index build, for a chunk of the corpus: each article's people and quotes
 * (analysed on their own, encoded compactly) and its sentences tokenised for search. The same function runs
 * on the main thread and in build workers (index/buildWorker.ts), so a parallel build gives the same
 * snapshot as a build on one thread.
 */
import type { Article } from '../corpus/types.ts';
import { type ArticleAnalysis, analyzeArticles, analyzeSteps, type DraftSource } from '../quotes/catalog.ts';
import type { Steps } from '../steps.ts';
import { encodeAnalysis } from './analysisCodec.ts';
import { type ArticleTokens, SearchTerms, sentenceTexts } from './searchTerms.ts';

/** What a shard needs of an article (all that is sent to a worker). */
export type ShardArticle = DraftSource;

/** One article analysed and tokenised, as the store keeps it. */
export interface AnalysedArticle {
  /** `encodeAnalysis` of the analysis. */
  encoded: string;
  /**
   * The analysis itself while it is at hand (the main thread's own share, and a worker's once decoded on
   * arrival), to save decoding it again.
   */
  analysis?: ArticleAnalysis;
  tokens: ArticleTokens;
}

/** A chunk analysed in a worker: tokens with ids of the worker's table, whose words are `words`. */
export interface AnalysedChunk {
  encoded: string[];
  tokens: ArticleTokens[];
  words: string[];
}

export function toShardArticle(a: Article): ShardArticle {
  return {
    id: a.id,
    title: a.title,
    ...(a.standfirst ? { standfirst: a.standfirst } : {}),
    ...(a.published ? { published: a.published } : {}),
    paragraphs: a.paragraphs,
  };
}

/** Analyses and tokenises articles on this thread, one article per step; tokens get ids of `terms`. */
export function* analyzeHere(
  articles: readonly ShardArticle[],
  common: ReadonlySet<string>,
  terms: SearchTerms,
): Steps<AnalysedArticle[]> {
  const analyses = yield* analyzeSteps(articles, common);
  const out: AnalysedArticle[] = [];
  for (let i = 0; i < articles.length; i++) {
    const analysis = analyses[i] as ArticleAnalysis;
    out.push({
      encoded: encodeAnalysis(analysis),
      analysis,
      tokens: terms.tokenize(sentenceTexts(articles[i] as ShardArticle)),
    });
    if (i % 8 === 7) yield;
  }
  return out;
}

/** Analyses and tokenises a chunk of articles with a table of its own (in a build worker). */
export function analyzeChunk(articles: readonly ShardArticle[], common: ReadonlySet<string>): AnalysedChunk {
  const terms = new SearchTerms();
  const tokens = articles.map((a) => terms.tokenize(sentenceTexts(a)));
  const encoded = analyzeArticles(articles, common).map(encodeAnalysis);
  return { encoded, tokens, words: terms.wordsFrom(0) };
}

/**
 * Splits items into consecutive runs, one per weight, whose total sizes are in proportion to the weights.
 * Runs may come out empty for tiny inputs.
 */
export function splitByWeight<T>(
  items: readonly T[],
  weights: readonly number[],
  size: (item: T) => number,
): T[][] {
  const sizes = items.map(size);
  const total = sizes.reduce((n, s) => n + s, 0);
  const sum = weights.reduce((n, w) => n + w, 0);
  const runs: T[][] = weights.map(() => []);
  let run = 0;
  let bound = (total * (weights[0] ?? 1)) / sum;
  let filled = 0;
  items.forEach((item, i) => {
    while (filled >= bound && run < weights.length - 1) {
      run++;
      bound += (total * (weights[run] as number)) / sum;
    }
    (runs[run] as T[]).push(item);
    filled += sizes[i] as number;
  });
  return runs;
}
