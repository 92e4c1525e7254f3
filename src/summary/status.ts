/**
 * `/summit status`: an extractive multi-document summary of where the story stands now. Each sentence is
 * scored by centrality (how much of it other outlets also report), recency, corroboration and lead position;
 * forward-looking sentences from older articles are dropped as superseded; MMR keeps the picks distinct.
 */
import { type Briefing, type BriefingItem, sourceRef } from '../briefing.ts';
import type { Article } from '../corpus/types.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { type Candidate, candidates, daysBetween, FUTURE, overlap, standsAlone } from './features.ts';

export interface StatusOptions {
  maxItems: number;
  maxChars: number;
  /** Only the newest this-many articles are read: the current state lives there, and cost stays bounded. */
  window: number;
  title: string;
}

/** Two sentences report the same fact when most words of the shorter one are in the longer one. */
const SAME_FACT = 0.5;
const REDUNDANT = 0.45;
const MMR_LAMBDA = 0.7;
const RECENCY_HALF_LIFE_DAYS = 3;

interface Scored extends Candidate {
  score: number;
  corroborating: Article[];
}

function score(c: Candidate, all: Candidate[], newest: string): Scored {
  let centrality = 0;
  const corroborating = new Map<string, Article>();
  for (const other of all) {
    if (other.article.id === c.article.id) continue;
    const sim = overlap(c.tokens, other.tokens);
    centrality += sim;
    if (sim >= SAME_FACT && other.tokens.size >= 4) corroborating.set(other.article.outlet, other.article);
  }
  const age = Math.max(0, daysBetween(c.article.published, newest));
  const recency = 0.5 ** (age / RECENCY_HALF_LIFE_DAYS);
  const lead = 1 / (1 + 0.15 * c.sentence.position);
  const corroboration = Math.log2(2 + corroborating.size);
  return {
    ...c,
    score: (centrality / Math.max(1, all.length) + 0.05) * recency * lead * corroboration,
    corroborating: [...corroborating.values()],
  };
}

/** Picks distinct, high-scoring sentences (maximal marginal relevance). */
function select(scored: Scored[], options: StatusOptions): Scored[] {
  const picked: Scored[] = [];
  let chars = 0;
  const pool = [...scored].sort((a, b) => b.score - a.score || a.sentence.id.localeCompare(b.sentence.id));
  const top = pool[0]?.score ?? 1;
  while (picked.length < options.maxItems && pool.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    pool.forEach((c, i) => {
      const redundancy = Math.max(0, ...picked.map((p) => overlap(c.tokens, p.tokens)));
      if (redundancy >= REDUNDANT) return;
      const value = MMR_LAMBDA * (c.score / top) - (1 - MMR_LAMBDA) * redundancy;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    if (best < 0) break;
    const [choice] = pool.splice(best, 1) as [Scored];
    if (chars + choice.sentence.text.length > options.maxChars) continue;
    chars += choice.sentence.text.length;
    picked.push(choice);
  }
  return picked;
}

function toItem(s: Scored): BriefingItem {
  const others = s.corroborating.filter((a) => a.outlet !== s.article.outlet);
  return { text: s.sentence.text, sources: [sourceRef(s.article), ...others.map(sourceRef)] };
}

/** Summarises the current state of the story. Deterministic for a given index. */
export function summarizeStatus(index: NewsIndex, options: StatusOptions): Briefing {
  const articles = index.articles.slice(0, options.window);
  const newest = articles[0]?.published;
  if (newest === undefined) {
    return { kind: 'status', title: options.title, items: [], note: 'No articles are loaded yet.' };
  }
  const pool = candidates(articles, (s) => standsAlone(s.text));
  const current = pool.filter((c) => c.article.published === newest || !FUTURE.test(c.sentence.text));
  const scored = current.map((c) => score(c, pool, newest));
  const picked = select(scored, options).sort(
    (a, b) => b.article.published.localeCompare(a.article.published) || b.score - a.score,
  );
  const outlets = new Set(articles.map((a) => a.outlet));
  return {
    kind: 'status',
    title: `${options.title}: latest`,
    items: picked.map(toItem),
    note: `From ${articles.length} article${articles.length === 1 ? '' : 's'} by ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}, newest ${newest}.`,
  };
}
