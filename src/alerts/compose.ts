/** An alert as a Briefing: the new fact as a cited sentence, the first article's headline, every outlet linked. */
import type { Briefing, SourceRef } from '../briefing.ts';
import { plural } from '../text/plural.ts';
import type { Development, DevelopmentArticle } from './ledger.ts';

function sourceOf(a: DevelopmentArticle): SourceRef {
  return {
    articleId: a.id,
    outlet: a.outlet,
    title: a.title,
    ...(a.published ? { published: a.published } : {}),
    ...(a.url ? { url: a.url } : {}),
  };
}

/** "08:04 UTC": when the development was first seen. */
const clock = (iso: string) => `${iso.slice(11, 16)} UTC`;

/**
 * The alert for a development of the story `keyword` (named `title` when configured): the headline of its
 * first article as the title, the fact with every article that reported it, a note on how to read more.
 */
export function composeAlert(development: Development, story: { keyword: string; title: string }): Briefing {
  const [first] = development.articles;
  const name = story.title.trim() || `New in /${story.keyword}`;
  const outlets = new Set(development.articles.map((a) => a.outlet)).size;
  return {
    kind: 'alert',
    title: first ? `${name}: ${first.title}` : name,
    items: [{ text: development.fact.text, sources: development.articles.map(sourceOf) }],
    note:
      `Reported by ${plural(outlets, 'outlet')} since ${clock(development.openedAt)}. ` +
      `/${story.keyword} status for the whole story.`,
  };
}
