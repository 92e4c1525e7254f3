/**
 * Which story's folder a feed article goes to: a feed with a `story` feeds that story; a feed without one
 * feeds the first story (in config order) whose match terms the article contains, or that has none. A story
 * with match terms takes only articles that contain one of them.
 */
import type { FeedConfig } from '../config.ts';
import type { FeedRoute, FeedRouting } from '../feeds/poll.ts';
import { matchesTerms } from './match.ts';
import type { Story } from './story.ts';

export function feedRouting(stories: readonly Story[]): FeedRouting {
  const routes: FeedRoute[] = stories.map((story) => ({
    story: story.keyword,
    dir: story.dir,
    accepts: (article) => matchesTerms(story.match, article),
  }));
  return {
    routes: (feed: FeedConfig) => (feed.story ? routes.filter((r) => r.story === feed.story) : routes),
    dirs: routes.map((r) => r.dir),
  };
}
