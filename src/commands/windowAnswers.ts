/**
 * Status and timeline read only the newest articles of a snapshot: the newest `limits.statusArticles`, and
 * for the story's title every article of the newest day (summary/status.ts, timeline.ts, storyName.ts). So
 * they can be computed from that window of articles alone — in a worker thread, which is sent just the
 * window — and come out the same (tests/commands/answers.test.ts compares them with the whole snapshot's).
 */
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import { buildIndex, type NewsIndex } from '../index/newsIndex.ts';
import { summarizeStatus } from '../summary/status.ts';
import { daysBetween } from '../summary/features.ts';
import { storyTitle } from '../summary/storyName.ts';
import { timelineBriefing } from '../summary/timeline.ts';

/** The answers computed from the window. */
export const WINDOW_COMMANDS = ['status', 'timeline'] as const;
export type WindowCommand = (typeof WINDOW_COMMANDS)[number];

/** The newest articles a snapshot's status and timeline read (a prefix of its articles). */
export function answerWindow(index: Pick<NewsIndex, 'articles'>, config: Pick<Config, 'limits'>): Article[] {
  const { articles } = index;
  const newest = articles[0]?.published;
  let day = 0;
  if (newest !== undefined) {
    while (day < articles.length) {
      const published = (articles[day] as Article).published;
      if (published === undefined || daysBetween(published, newest) > 1) break;
      day++;
    }
  }
  return articles.slice(0, Math.max(config.limits.statusArticles, day));
}

/** One window answer of a snapshot (or of a window of it: the same). */
export function windowAnswer(index: NewsIndex, name: WindowCommand, config: Config): Briefing {
  const { limits } = config;
  if (name === 'status')
    return summarizeStatus(index, {
      maxItems: limits.statusItems,
      maxChars: limits.statusChars,
      window: limits.statusArticles,
      title: storyTitle('latest', index, config),
    });
  return timelineBriefing(
    index,
    limits.timelineItems,
    limits.statusArticles,
    storyTitle('timeline', index, config),
  );
}

/** Status and timeline from a window of articles (in snapshot order) and the snapshot's load errors. */
export function computeWindowAnswers(
  articles: readonly Article[],
  errors: readonly LoadError[],
  builtAt: string,
  config: Config,
): Map<WindowCommand, Briefing> {
  // A snapshot of no article, given the window as its articles: status and timeline read nothing else.
  const empty = buildIndex([], errors, new Date(builtAt));
  const window: NewsIndex = Object.freeze({
    ...empty,
    articles: Object.freeze([...articles]),
    byId: new Map(articles.map((a) => [a.id, a])),
  });
  return new Map(WINDOW_COMMANDS.map((name) => [name, windowAnswer(window, name, config)]));
}
