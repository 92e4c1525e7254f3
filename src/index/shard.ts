/**
 * The per-article part of an index build, for one shard of the corpus: each article's people and quotes
 * (analysed on their own) and its sentences tokenised for search. The same function runs on the main
 * thread and in build workers (index/buildWorker.ts), so a parallel build gives the same snapshot as a
 * build on one thread.
 */
import type { Article } from '../corpus/types.ts';
import { type ArticleAnalysis, analyzeArticles, type DraftSource } from '../quotes/catalog.ts';
import { type TokenizedRun, tokenizeSentences } from './sentenceSearch.ts';

/** What a shard needs of an article (all that is sent to a worker). */
export type ShardArticle = DraftSource;

export interface AnalysedShard {
  analyses: ArticleAnalysis[];
  run: TokenizedRun;
}

export function toShardArticle(a: Article): ShardArticle {
  return {
    id: a.id,
    title: a.title,
    ...(a.published ? { published: a.published } : {}),
    paragraphs: a.paragraphs,
  };
}

/** Each article's people and quotes, and the shard's sentences tokenised (in article order). */
export function analyzeShard(
  articles: readonly ShardArticle[],
  commonWords: ReadonlySet<string>,
): AnalysedShard {
  const texts: string[] = [];
  for (const a of articles)
    for (const sentences of a.paragraphs) for (const text of sentences) texts.push(text);
  return { analyses: analyzeArticles(articles, commonWords), run: tokenizeSentences(texts) };
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

/** Article shards in snapshot order, by sentence count (the unit of work of a build). */
export function splitShards<T extends ShardArticle>(
  articles: readonly T[],
  weights: readonly number[],
): T[][] {
  return splitByWeight(articles, weights, (a) => a.paragraphs.reduce((n, p) => n + p.length, 0));
}
