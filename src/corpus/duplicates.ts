/**
 * Two files with one article id (`a.md` and `a.txt`): both are reported, one is served. The rule: a `.md`
 * file wins over a `.txt` one (Markdown with front matter is the corpus's own format); between files of
 * the same kind, the first in name order wins.
 */
import path from 'node:path';
import { ErrorCode } from '../errors.ts';
import type { Article, LoadError } from './types.ts';

/** Lower ranks win: the order of preference of article file extensions. */
const EXTENSION_RANK: Readonly<Record<string, number>> = { '.md': 0, '.txt': 1 };

function rank(file: string): number {
  return EXTENSION_RANK[path.extname(file).toLowerCase()] ?? Number.MAX_SAFE_INTEGER;
}

function prefer(a: Article, b: Article): Article {
  const byRank = rank(a.path) - rank(b.path);
  if (byRank !== 0) return byRank < 0 ? a : b;
  return a.path <= b.path ? a : b;
}

/** Keeps one article per id by the stated rule; every file left out becomes an error naming both files. */
export function resolveDuplicateIds(articles: readonly Article[]): {
  articles: Article[];
  errors: LoadError[];
} {
  const served = new Map<string, Article>();
  for (const article of articles) {
    const other = served.get(article.id);
    served.set(article.id, other ? prefer(other, article) : article);
  }
  const errors: LoadError[] = [];
  for (const article of articles) {
    const winner = served.get(article.id) as Article;
    if (winner === article) continue;
    errors.push({
      code: ErrorCode.DuplicateArticleId,
      file: article.path,
      reason: `same article id "${article.id}" as ${path.basename(winner.path)}, which is served instead (.md wins over .txt, then name order); rename one of them`,
    });
  }
  return { articles: articles.filter((a) => served.get(a.id) === a), errors };
}
