/** `/summit who`: the people in the story, with their role as the articles give it and how often they are quoted. */
import { type Briefing, sourceRef } from '../briefing.ts';
import type { Article } from '../corpus/types.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { commonWords } from '../people/commonWords.ts';
import type { Person } from '../people/directory.ts';
import { outletKeys, readsAsPerson } from '../people/evidence.ts';
import { plural } from '../text/plural.ts';
import { compareText } from '../text/compare.ts';

/** The articles that mention a person, in snapshot order (newest first). */
export function articlesMentioning(index: NewsIndex, person: Person): Article[] {
  return index.articles.filter((a) => person.articleIds.has(a.id));
}

/** The people, `limit` from `offset` on; `next` points to the page after. */
export function whoBriefing(index: NewsIndex, limit: number, offset = 0): Briefing {
  const evidence = {
    outlets: outletKeys(index.articles.map((a) => a.outlet)),
    common: commonWords(index.articles),
  };
  const people = index.people.people
    .map((p) => ({ person: p, quotes: index.quotesBySpeaker.get(p.key)?.length ?? 0 }))
    .filter(({ person, quotes }) => quotes > 0 || (person.mentions >= 2 && readsAsPerson(person, evidence)))
    .sort(
      (a, b) =>
        b.person.mentions + 3 * b.quotes - (a.person.mentions + 3 * a.quotes) ||
        compareText(a.person.name, b.person.name),
    );
  return {
    kind: 'who',
    title: `Who's who: ${plural(people.length, 'person', 'people')}`,
    items: people.slice(offset, offset + limit).map(({ person, quotes }) => ({
      text:
        `${person.name}${person.role ? `, ${person.role}` : ''} · ${plural(quotes, 'quote')}, ` +
        `mentioned ${plural(person.mentions, 'time')}`,
      speaker: person.name,
      sources: articlesMentioning(index, person).map((a: Article) => sourceRef(a)),
    })),
    ...(people.length > offset + limit
      ? {
          note: `${people.length - offset - limit} more not shown.`,
          next: { command: 'who', offset: offset + limit, remaining: people.length - offset - limit },
        }
      : {}),
    ...(people.length === 0
      ? { note: 'No people are named as speakers or mentioned twice in the loaded articles.' }
      : {}),
  };
}
