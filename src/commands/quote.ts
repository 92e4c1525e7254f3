/** `/quote <speaker>`: what a person said, found by fuzzy speaker match. */
import { type Briefing, type BriefingItem, sourceRef } from '../briefing.ts';
import type { Article } from '../corpus/types.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import type { Quote } from '../quotes/catalog.ts';
import type { Speaker } from '../quotes/speakerSearch.ts';
import type { Person } from '../people/directory.ts';
import { plural } from '../text/plural.ts';
import { articlesMentioning } from './who.ts';

function refs(index: NewsIndex, quote: Quote) {
  return quote.articleIds.map((id) => sourceRef(index.byId.get(id) as Article));
}

/** Renders one quote as a briefing item. */
export function quoteItem(index: NewsIndex, quote: Quote): BriefingItem {
  return { text: quote.text, speaker: quote.speaker, sources: refs(index, quote) };
}

/** A name with its role in brackets, if any ("Ana Ferreira (union leader)"). */
function withRole(who: { name: string; role?: string | undefined }): string {
  return `${who.name}${who.role ? ` (${who.role})` : ''}`;
}

/** A speaker as a list item: name, role and how many quotes, cited to the outlets of their first quote. */
export function speakerItem(index: NewsIndex, s: Speaker): BriefingItem {
  const first = index.quotesBySpeaker.get(s.key)?.[0];
  return {
    text: `${withRole(s)}: ${plural(s.quoteCount, 'quote')}`,
    speaker: s.name,
    sources: first ? refs(index, first) : [],
  };
}

function speakerList(index: NewsIndex): Briefing {
  const speakers = index.speakers.speakers.slice(0, 25);
  return {
    kind: 'quotes',
    title: 'Who is quoted',
    items: speakers.map((s) => speakerItem(index, s)),
    note:
      speakers.length === 0
        ? 'No attributed quotes in the loaded articles.'
        : `Ask for one with /quote <name>, e.g. /quote ${speakers[0] ? exampleQuery(index, speakers[0]) : ''}`,
  };
}

/**
 * What to type to get a speaker's quotes, for a help line: the last word of the name when it finds them and
 * no one else ("Reyes"), else the whole name ("Imelda de la Cour", "Hwang Eun-seo").
 */
export function exampleQuery(index: NewsIndex, s: Speaker): string {
  const last = s.name.split(' ').pop() ?? s.name;
  // As quoteBriefing answers it: no which-one question, and the best match is them.
  if (index.speakers.ambiguous(last).length > 1) return s.name;
  return index.speakers.match(last, 1)[0]?.speaker?.key === s.key ? last : s.name;
}

/** A person the articles name exactly as asked, but never quote: said so, rather than someone else's quotes. */
function notQuoted(index: NewsIndex, query: string, person: Person, keyword?: string): Briefing {
  const outlets = [...new Set(articlesMentioning(index, person).map((a) => a.outlet))];
  const shown = outlets.slice(0, 3).join(', ') + (outlets.length > 3 ? ` (+${outlets.length - 3})` : '');
  return {
    kind: 'quotes',
    title: `Quotes: ${query}`,
    items: [],
    note:
      `No quotes found for '${query}': ${withRole(person)} is mentioned` +
      `${shown ? ` in ${shown}` : ''} but not quoted.` +
      (keyword ? ` Try /${keyword} search ${person.name}.` : ''),
  };
}

/**
 * Several people quoted under the name asked for (relatives sharing a surname): who they are, and how to
 * ask for one, rather than one person's quotes under another's name.
 */
function whichOne(index: NewsIndex, query: string, speakers: readonly Speaker[]): Briefing {
  return {
    kind: 'quotes',
    title: `Quotes: ${query}`,
    items: speakers.slice(0, 10).map((s) => speakerItem(index, s)),
    note: `'${query}' names ${speakers.length} people quoted here. Ask for one by full name, e.g. /quote ${speakers[0]?.name ?? ''}.`,
  };
}

/**
 * A surname of one quoted person and of people named as often but never quoted: which one is meant, the
 * quoted one listed with their quotes' count and the others named.
 */
function namesakeWhichOne(
  index: NewsIndex,
  query: string,
  speaker: Speaker,
  unquoted: readonly Person[],
): Briefing {
  const named = unquoted.map(withRole).join(', ');
  return {
    kind: 'quotes',
    title: `Quotes: ${query}`,
    items: [speakerItem(index, speaker)],
    note:
      `'${query}' also names ${named}, never quoted. ` +
      `Ask for one by full name, e.g. /quote ${speaker.name}.`,
  };
}

/**
 * Quotes by the speaker best matching `query`, at most `limit` from `offset` on. `keyword` (the story
 * command) lets an answer point to a search and its next page name the story.
 */
export function quoteBriefing(
  index: NewsIndex,
  query: string,
  limit: number,
  options: { keyword?: string; offset?: number } = {},
): Briefing {
  const { keyword } = options;
  const offset = options.offset ?? 0;
  if (query.trim() === '') return speakerList(index);
  const tied = index.speakers.ambiguous(query);
  // "/quote ms brannigan" where father and daughter are quoted: the honorific says which one.
  // ("/quote santos" where Efraín Santos and Rocío de los Santos are quoted: the surname written whole.)
  const chosen =
    tied.length > 1
      ? (index.speakers.ofQueryGender(query, tied) ?? index.speakers.ofWholeSurname(query, tied))
      : undefined;
  if (tied.length > 1 && !chosen) return whichOne(index, query, tied);
  const [first, ...rest] = chosen ? [{ speaker: chosen }] : index.speakers.match(query, 3);
  // The closest match is someone the articles name but never quote ("Ri"): said so, rather than the
  // quotes of a near miss.
  if (first && !first.speaker) return notQuoted(index, query, first.person, keyword);
  const best = first?.speaker;
  // "/quote lie" where Grace Liu is quoted and Li Dongsheng only named: a slip as close to either.
  const slip = best && !chosen ? index.speakers.unquotedSlip(query, best) : undefined;
  if (best && slip)
    return {
      kind: 'quotes',
      title: `Quotes: ${query}`,
      items: [],
      note:
        `'${query}' is one letter from ${withRole(slip)}, named here but never quoted, as from ${best.name}. ` +
        `Ask by full name, e.g. /quote ${best.name}.`,
    };
  const others = chosen
    ? tied.filter((s) => s !== chosen)
    : rest.flatMap((m) => (m.speaker ? [m.speaker] : []));
  if (!best) {
    const suggestions = index.speakers.suggest(query).map((s) => s.name);
    return {
      kind: 'quotes',
      title: `Quotes: ${query}`,
      items: [],
      note:
        `No quotes found for '${query}'` +
        (suggestions.length > 0
          ? ` — did you mean ${suggestions.join(', ')}?`
          : '. Try /quote with no name to list speakers.'),
    };
  }
  const quotes = index.quotesBySpeaker.get(best.key) ?? [];
  // "/quote rossato" where Nadia Rossato is quoted and her son Matteo, whom her article is about and names
  // as often, never is: the surname may mean either. Her words under it would answer a question about him
  // with someone else's, so the answer asks which one is meant, as for two quoted namesakes.
  const namesakes = chosen ? [] : index.speakers.unquotedNamesakes(query, best);
  if (namesakes.length > 0) return namesakeWhichOne(index, query, best, namesakes);
  const shown = quotes.slice(offset, offset + limit);
  const remaining = quotes.length - offset - shown.length;
  const notes: string[] = [];
  if (remaining > 0) notes.push(`${remaining} more not shown.`);
  if (others.length > 0) notes.push(`Also matching: ${others.map((s) => s.name).join(', ')}.`);
  return {
    kind: 'quotes',
    title: `${best.name}${best.role ? `, ${best.role}` : ''}: ${plural(quotes.length, 'quote')}`,
    items: shown.map((q) => quoteItem(index, q)),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    ...(remaining > 0
      ? {
          next: {
            command: 'quote' as const,
            ...(keyword ? { story: keyword } : {}),
            query,
            offset: offset + shown.length,
            remaining,
          },
        }
      : {}),
  };
}
