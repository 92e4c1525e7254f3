/**
 * `/quote <name>` across every story: the person is looked for in each story's snapshot, and their quotes
 * from all the stories that quote them are listed together, each naming its story.
 */
import type { Briefing, BriefingItem } from '../briefing.ts';
import { compareQuotes, type NewsIndex } from '../index/newsIndex.ts';
import type { Quote } from '../quotes/catalog.ts';
import type { Speaker } from '../quotes/speakerSearch.ts';
import { compareText } from '../text/compare.ts';
import { comparable } from '../text/normalize.ts';
import { plural } from '../text/plural.ts';
import { exampleQuery, quoteBriefing, quoteItem, speakerItem } from './quote.ts';

/** One story's snapshot, as the cross-story commands read it. */
export interface StoryIndex {
  keyword: string;
  index: NewsIndex;
}

/** Speakers listed by `/quote` with no name. */
const LISTED_SPEAKERS = 25;

interface Found {
  story: StoryIndex;
  /** Config order of the story: the tie-break. */
  order: number;
  speaker: Speaker;
  /** The query is one of the speaker's names exactly (not a corrected typo). */
  exact: boolean;
}

/** The best quoted match in each story, grouped by the person's name (one person, several stories). */
function matchesByName(stories: readonly StoryIndex[], query: string): Found[][] {
  const groups = new Map<string, Found[]>();
  stories.forEach((story, order) => {
    const search = story.index.speakers;
    const speaker = search.match(query, 3).find((m) => m.speaker)?.speaker;
    if (!speaker) return;
    const exact = search.exact(query)?.speaker?.key === speaker.key;
    const name = comparable(speaker.name);
    const group = groups.get(name) ?? [];
    group.push({ story, order, speaker, exact });
    groups.set(name, group);
  });
  const quotes = (g: Found[]) => g.reduce((n, f) => n + f.speaker.quoteCount, 0);
  // An exact name beats a corrected typo; then the person more stories quote, then more quotes.
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.some((f) => f.exact)) - Number(a.some((f) => f.exact)) ||
      b.length - a.length ||
      quotes(b) - quotes(a) ||
      (a[0] as Found).order - (b[0] as Found).order,
  );
}

/** Everyone quoted in any story, most quoted first, each naming their story. */
function speakersAcross(stories: readonly StoryIndex[]): Briefing {
  const all = stories.flatMap((story, order) =>
    story.index.speakers.speakers.map((speaker) => ({ story, order, speaker })),
  );
  all.sort(
    (a, b) =>
      b.speaker.quoteCount - a.speaker.quoteCount ||
      compareText(a.speaker.name, b.speaker.name) ||
      a.order - b.order,
  );
  const shown = all.slice(0, LISTED_SPEAKERS);
  return {
    kind: 'quotes',
    title: 'Who is quoted',
    items: shown.map(({ story, speaker }) => ({
      ...speakerItem(story.index, speaker),
      story: story.keyword,
    })),
    note:
      shown.length === 0
        ? 'No attributed quotes in the loaded articles.'
        : `Ask for one with /quote <name>, e.g. /quote ${shown[0] ? exampleQuery(shown[0].story.index, shown[0].speaker) : ''}`,
  };
}

/**
 * Quotes by the person best matching `query` in any story, `limit` from `offset` on, newest first across
 * the stories. With one story this is that story's `/quote`.
 */
export function quoteAcrossStories(
  stories: readonly StoryIndex[],
  query: string,
  options: { limit: number; offset?: number },
): Briefing {
  const offset = options.offset ?? 0;
  const [only] = stories;
  if (stories.length === 1 && only)
    return quoteBriefing(only.index, query, options.limit, { keyword: only.keyword, offset });
  if (query.trim() === '') return speakersAcross(stories);
  // Two people one story quotes under the name asked for (relatives): that story asks which one is meant.
  const ambiguous = stories.find((s) => s.index.speakers.ambiguous(query).length > 1);
  if (ambiguous) return quoteBriefing(ambiguous.index, query, options.limit, { keyword: ambiguous.keyword });
  const [best, ...rest] = matchesByName(stories, query);
  if (!best) {
    // Nobody quoted by that name anywhere: a story that names the person says so; else suggestions.
    const naming = stories.find((s) => s.index.speakers.match(query, 1)[0]?.person !== undefined);
    const story = naming ?? (only as StoryIndex);
    return quoteBriefing(story.index, query, options.limit, { keyword: story.keyword });
  }
  const quotes: { quote: Quote; found: Found }[] = best.flatMap((found) =>
    (found.story.index.quotesBySpeaker.get(found.speaker.key) ?? []).map((quote) => ({ quote, found })),
  );
  quotes.sort((a, b) => compareQuotes(a.quote, b.quote) || a.found.order - b.found.order);
  const page = quotes.slice(offset, offset + options.limit);
  const items: BriefingItem[] = page.map(({ quote, found }) => ({
    ...quoteItem(found.story.index, quote),
    story: found.story.keyword,
  }));
  const first = (best[0] as Found).speaker;
  const role = best.find((f) => f.speaker.role)?.speaker.role;
  const remaining = quotes.length - offset - page.length;
  const others = [...new Set(rest.map((g) => (g[0] as Found).speaker.name))];
  const storiesOf = [...new Set(best.map((f) => `/${f.story.keyword}`))];
  const notes = [
    `From ${storiesOf.join(', ')}.`,
    ...(remaining > 0 ? [`${remaining} more not shown.`] : []),
    ...(others.length > 0 ? [`Also matching: ${others.join(', ')}.`] : []),
  ];
  return {
    kind: 'quotes',
    title: `${first.name}${role ? `, ${role}` : ''}: ${plural(quotes.length, 'quote')}`,
    items,
    note: notes.join(' '),
    ...(remaining > 0
      ? { next: { command: 'quote' as const, query, offset: offset + page.length, remaining } }
      : {}),
  };
}
