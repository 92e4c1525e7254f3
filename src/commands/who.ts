/** `/summit who`: the people in the story, with their role as the articles give it and how often they are quoted. */
import { type Briefing, type SourceRef, sourceRef } from '../briefing.ts';
import type { Article } from '../corpus/types.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { commonWordSteps } from '../people/commonWords.ts';
import type { Person } from '../people/directory.ts';
import { finish, STEP, type Steps } from '../steps.ts';
import { outletKeys, readsAsPerson } from '../people/evidence.ts';
import { plural } from '../text/plural.ts';
import { compareText } from '../text/compare.ts';

/** The articles that mention a person, in snapshot order (newest first). */
export function articlesMentioning(index: NewsIndex, person: Person): Article[] {
  return index.articles.filter((a) => person.articleIds.has(a.id));
}

/** The people, `limit` from `offset` on; `next` points to the page after. */
export function whoBriefing(index: NewsIndex, limit: number, offset = 0): Briefing {
  return finish(whoSteps(index, limit, offset));
}

/**
 * `whoBriefing` in steps (steps.ts): at 10,000 articles it took 250–400 ms in one piece (the corpus's common
 * words, the articles of every person shown), too long to hold the event loop after every new article.
 */
export function* whoSteps(index: NewsIndex, limit: number, offset = 0): Steps<Briefing> {
  const evidence = {
    outlets: outletKeys(index.articles.map((a) => a.outlet)),
    common: yield* commonWordSteps(index.articles),
  };
  const people: { person: Person; quotes: number }[] = [];
  let n = 0;
  for (const person of index.people.people) {
    const quotes = index.quotesBySpeaker.get(person.key)?.length ?? 0;
    if (quotes > 0 || (person.mentions >= 2 && readsAsPerson(person, evidence)))
      people.push({ person, quotes });
    if (++n % 64 === 0) yield;
  }
  people.sort(
    (a, b) =>
      b.person.mentions + 3 * b.quotes - (a.person.mentions + 3 * a.quotes) ||
      compareText(a.person.name, b.person.name),
  );
  yield;
  const shown = people.slice(offset, offset + limit);
  const sources = shown.map((): SourceRef[] => []);
  const { articles } = index;
  // One pass over the articles (newest first) for every person shown.
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i] as Article;
    shown.forEach(({ person }, j) => {
      if (person.articleIds.has(article.id)) sources[j]?.push(sourceRef(article));
    });
    if (i % STEP === STEP - 1) yield;
  }
  return {
    kind: 'who',
    title: `Who's who: ${plural(people.length, 'person', 'people')}`,
    items: shown.map(({ person, quotes }, j) => ({
      text:
        `${person.name}${person.role ? `, ${person.role}` : ''} · ${plural(quotes, 'quote')}, ` +
        `mentioned ${plural(person.mentions, 'time')}`,
      speaker: person.name,
      sources: sources[j] ?? [],
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
