/**
 * What new articles add to a story: one development per new fact. An article that states the fact of a
 * development still open (within its window) joins that development; otherwise its first lead sentence
 * that no earlier article states opens a new one; an article whose lead only repeats what is known adds
 * nothing. "States the same fact" is the status summary's rule (summary/facts.ts `statesSameFact`: TF-IDF
 * cosine, most of the sentence's weight, its figures and names), so alerts and status agree on it.
 */
import { createHash } from 'node:crypto';
import type { Article, Sentence } from '../corpus/types.ts';
import { statesSameFact } from '../summary/facts.ts';
import { type SparseVector, standsAlone, tfidfVectors } from '../summary/features.ts';
import { contentTokens } from '../text/normalize.ts';
import type { Development, DevelopmentArticle } from './ledger.ts';

/** Lead sentences read for an article's news: the reporter's own summary comes first. */
const LEAD_SENTENCES = 6;

export interface DetectInput {
  story: string;
  /** The story's snapshot, newest first: the older articles new ones are compared with. */
  articles: readonly Article[];
  /** The new articles, in the order they arrived. */
  fresh: readonly Article[];
  /** Developments whose window is still open. */
  open: readonly Development[];
  now: Date;
  windowMs: number;
  /** The channels subscribed to the story's alerts now. */
  targets: readonly string[];
  /** How many of the newest older articles a new one is compared with (bounds the cost). */
  poolSize: number;
}

export interface Detected {
  opened: Development[];
  extended: { id: string; articles: DevelopmentArticle[] }[];
  /** New articles that added nothing (their facts were known). */
  quiet: string[];
}

export function developmentArticle(a: Article): DevelopmentArticle {
  return {
    id: a.id,
    outlet: a.outlet,
    title: a.title,
    ...(a.published ? { published: a.published } : {}),
    ...(a.url ? { url: a.url } : {}),
  };
}

function developmentId(story: string, articleId: string, fact: string): string {
  return `${story}-${createHash('sha256').update(`${articleId}\n${fact}`).digest('hex').slice(0, 12)}`;
}

/** The first sentences of an article that can stand alone as a fact. */
function leadSentences(article: Article): Sentence[] {
  return article.sentences.filter((s) => standsAlone(s.text)).slice(0, LEAD_SENTENCES);
}

/** Every text compared, with one TF-IDF vector each, in one vector space. */
class FactSpace {
  readonly #index = new Map<string, number>();
  readonly #vectors: SparseVector[];

  constructor(texts: readonly string[]) {
    const unique = [...new Set(texts)];
    for (const [i, t] of unique.entries()) this.#index.set(t, i);
    this.#vectors = tfidfVectors(unique.map((t) => contentTokens(t)));
  }

  fact(text: string) {
    return { text, vector: this.#vectors[this.#index.get(text) as number] as SparseVector };
  }

  /** Whether `other` states the fact of `item`. */
  states(item: string, other: string): boolean {
    return statesSameFact(this.fact(item), this.fact(other));
  }
}

/** Finds the developments that `input.fresh` open or join. Pure: the same input gives the same answer. */
export function detectDevelopments(input: DetectInput): Detected {
  const freshIds = new Set(input.fresh.map((a) => a.id));
  const older = input.articles.filter((a) => !freshIds.has(a.id)).slice(0, input.poolSize);
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const open = input.open.map((d) => ({ ...d, articles: [...d.articles] }));
  const openArticles = (d: Development) =>
    d.articles.flatMap((x) => {
      const a = byId.get(x.id);
      return a ? [a] : [];
    });
  const space = new FactSpace([
    ...older.flatMap((a) => a.sentences.map((s) => s.text)),
    ...input.fresh.flatMap((a) => a.sentences.map((s) => s.text)),
    ...open.flatMap((d) => [d.fact.text, ...openArticles(d).flatMap((a) => a.sentences.map((s) => s.text))]),
  ]);
  const known: string[] = older.flatMap((a) => a.sentences.map((s) => s.text));
  const result: Detected = { opened: [], extended: [], quiet: [] };
  const until = new Date(input.now.getTime() + input.windowMs).toISOString();
  for (const article of input.fresh) {
    const texts = article.sentences.map((s) => s.text);
    const leads = leadSentences(article).map((s) => s.text);
    // Reports the fact of an open development: states it, or its news is stated by that development.
    const joined = open.find(
      (d) =>
        texts.some((t) => space.states(d.fact.text, t)) ||
        leads.some((lead) =>
          openArticles(d).some(
            (a) => a.id !== article.id && a.sentences.some((s) => space.states(lead, s.text)),
          ),
        ),
    );
    if (joined) {
      if (!joined.articles.some((a) => a.id === article.id)) {
        const added = developmentArticle(article);
        // A development opened in this review is recorded with it; an older one is extended.
        joined.articles.push(added);
        if (!result.opened.includes(joined)) {
          const extension = result.extended.find((e) => e.id === joined.id);
          if (extension) extension.articles.push(added);
          else result.extended.push({ id: joined.id, articles: [added] });
        }
      }
    } else {
      const news = leads.find((lead) => !known.some((k) => space.states(lead, k)));
      if (news === undefined) result.quiet.push(article.id);
      else {
        const development: Development = {
          id: developmentId(input.story, article.id, news),
          story: input.story,
          openedAt: input.now.toISOString(),
          until,
          fact: { text: news, articleId: article.id },
          articles: [developmentArticle(article)],
          targets: [...input.targets],
        };
        result.opened.push(development);
        open.push(development);
      }
    }
    known.push(...texts);
  }
  return result;
}
