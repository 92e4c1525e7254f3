/**
 * What the store keeps of each article so that a change never analyses the unchanged ones again: its
 * analysis (encoded, index/analysisCodec.ts), its sentences as search terms, and the corpus's common words
 * the analysis was made with. A full build from records decodes the analyses and assembles the snapshot
 * exactly as `buildIndex` would from the articles.
 */
import type { Article, LoadError } from '../corpus/types.ts';
import type { ArticleAnalysis } from '../quotes/catalog.ts';
import { STEP, type Steps, sortSteps } from '../steps.ts';
import { decodeAnalysis } from './analysisCodec.ts';
import type { AnalysedEntry } from './delta.ts';
import { assembleSteps, compareArticles, type NewsIndex } from './newsIndex.ts';
import type { ArticleTokens, SearchTerms } from './searchTerms.ts';
import type { AnalysedArticle } from './shard.ts';

export interface ArticleRecord {
  article: Article;
  /** `encodeAnalysis` of the article's analysis. */
  analysis: string;
  tokens: ArticleTokens;
  /**
   * The corpus's common words (people/commonWords.ts) the analysis was made with: the one input of an
   * analysis besides the article. Analyses made with other common words are checked by `usesAnyWord`.
   */
  common: ReadonlySet<string>;
}

export function recordOf(
  article: Article,
  analysed: AnalysedArticle,
  common: ReadonlySet<string>,
): ArticleRecord {
  return { article, analysis: analysed.encoded, tokens: analysed.tokens, common };
}

/** The record with its analysis decoded, as a delta snapshot takes it. */
export function entryOf(record: ArticleRecord): AnalysedEntry {
  return { article: record.article, analysis: decodeAnalysis(record.analysis), tokens: record.tokens };
}

/** The words in one set of common words and not the other. */
export function changedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of a) if (!b.has(w)) out.add(w);
  for (const w of b) if (!a.has(w)) out.add(w);
  return out;
}

/**
 * Whether an article may be read differently with `words` common or not: a common word only matters where
 * it opens a capitalised run of words, and such a word is a run of a–z letters (lower-cased) in the text.
 * Every run of ASCII letters is checked, so the answer errs towards "may".
 */
export function usesAnyWord(article: Pick<Article, 'paragraphs'>, words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  for (const sentences of article.paragraphs) {
    for (const text of sentences) {
      let from = -1;
      for (let i = 0; i <= text.length; i++) {
        const c = i < text.length ? text.charCodeAt(i) | 32 : 0;
        if (c >= 97 && c <= 122) {
          if (from < 0) from = i;
        } else if (from >= 0) {
          if (words.has(text.slice(from, i).toLowerCase())) return true;
          from = -1;
        }
      }
    }
  }
  return false;
}

/**
 * The articles of records analysed with other common words than `common` that a changed word may matter
 * to (to analyse again); the other such records are marked as made with `common`. In steps: it reads the
 * text of every article whose record is stale, which is all of them when the common words change.
 */
export function* staleArticles(
  records: Iterable<ArticleRecord>,
  common: ReadonlySet<string>,
): Steps<Article[]> {
  const again: Article[] = [];
  const differences = new Map<ReadonlySet<string>, Set<string>>();
  let read = 0;
  for (const record of records) {
    if (record.common === common) continue;
    let words = differences.get(record.common);
    if (!words) {
      words = changedWords(record.common, common);
      differences.set(record.common, words);
    }
    if (usesAnyWord(record.article, words)) again.push(record.article);
    else record.common = common;
    if (++read % 16 === 0) yield;
  }
  return again;
}

/**
 * Articles in snapshot order, from a list already in that order with some articles taken out (`gone`) and
 * others put in: one merge instead of sorting the corpus again.
 */
export function* reorderSteps(
  ordered: readonly Article[],
  gone: ReadonlySet<string>,
  added: readonly Article[],
): Steps<Article[]> {
  const fresh = yield* sortSteps(added, compareArticles);
  const out: Article[] = [];
  let j = 0;
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i] as Article;
    if (i % STEP === STEP - 1) yield;
    if (gone.has(a.id)) continue;
    while (j < fresh.length && compareArticles(fresh[j] as Article, a) < 0) out.push(fresh[j++] as Article);
    out.push(a);
  }
  while (j < fresh.length) out.push(fresh[j++] as Article);
  return out;
}

/** A full build from records (every article of `sorted` has one), the same snapshot `buildIndex` makes. */
export function* buildFromRecords(
  sorted: Article[],
  records: ReadonlyMap<string, ArticleRecord>,
  terms: SearchTerms,
  errors: readonly LoadError[],
  now: Date,
  /** Analyses still at hand (just made), by article id: not decoded again. */
  fresh: ReadonlyMap<string, ArticleAnalysis> = new Map(),
): Steps<NewsIndex> {
  const analyses: ArticleAnalysis[] = [];
  const tokens: ArticleTokens[] = [];
  for (const article of sorted) {
    const record = records.get(article.id) as ArticleRecord;
    analyses.push(fresh.get(article.id) ?? decodeAnalysis(record.analysis));
    tokens.push(record.tokens);
    if (analyses.length % 32 === 0) yield;
  }
  return yield* assembleSteps({ sorted, analyses, tokens, terms }, errors, now);
}
