/**
 * What to call the story in answer titles: `story.title` from the config when set ("Second Trump–Kim
 * summit: latest"); otherwise the newest day's headline that shares the most words with the other headlines
 * of that day ("Latest: Kim Jong-un agrees to second Trump summit …"), so another story is never given a
 * configured name that is not its own.
 */
import type { Config } from '../config.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { contentTokens } from '../text/normalize.ts';
import { daysBetween, overlap } from './features.ts';

/** The most central headline among the articles of the newest day (ties: newest, then by id). */
export function centralHeadline(index: NewsIndex): string | undefined {
  const newest = index.articles[0]?.published;
  if (newest === undefined) return index.articles[0]?.title;
  const recent = index.articles.filter(
    (a) => a.published !== undefined && daysBetween(a.published, newest) <= 1,
  );
  const tokens = recent.map((a) => new Set(contentTokens(a.title)));
  let best: { title: string; score: number } | undefined;
  recent.forEach((a, i) => {
    let score = 0;
    tokens.forEach((other, j) => {
      if (j !== i) score += overlap(tokens[i] as Set<string>, other);
    });
    if (!best || score > best.score) best = { title: a.title, score };
  });
  return best?.title;
}

export type TitleKind = 'latest' | 'timeline' | 'daily digest';

/** A briefing title naming the story: "<configured title>: latest", or "Latest: <central headline>". */
export function storyTitle(
  kind: TitleKind,
  index: NewsIndex,
  config: Pick<Config, 'story'>,
  suffix = '',
): string {
  const configured = config.story.title.trim();
  if (configured !== '') return `${configured}: ${kind}${suffix}`;
  const headline = centralHeadline(index);
  const label = kind.charAt(0).toUpperCase() + kind.slice(1);
  return headline ? `${label}${suffix}: ${headline}` : `${label}${suffix}`;
}
