/** `/quote <speaker>`: what a person said, found by fuzzy speaker match. */
import { type Briefing, type BriefingItem, sourceRef } from '../briefing.ts';
import type { Article } from '../corpus/types.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import type { Quote } from '../quotes/catalog.ts';
import type { Speaker } from '../quotes/speakerSearch.ts';
import type { Person } from '../people/directory.ts';
import { KIN_SPOKEN_OF } from '../lexicon/index.ts';
import { escapeRegExp } from '../text/normalize.ts';
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

/** A relative named by kinship in a quotation ("Mum had been planning this trip"). */
const KIN_IN_QUOTE = new RegExp(`\\b(?:${KIN_SPOKEN_OF.join('|')})\\b`, 'i');

/**
 * Whether a quotation speaks of a person: by kinship ("Mum had been planning this trip"), or by given name
 * ("Walt loved that river") or in full. One test per person, for all of a speaker's quotes.
 */
function speaksOf(name: string): (text: string) => boolean {
  const [given] = name.split(' ');
  // "Walt" for "Walter": the given name or the start of it, as a word.
  const byName =
    given === undefined || given.length < 3
      ? undefined
      : new RegExp(`\\b${escapeRegExp(given.slice(0, Math.max(3, given.length - 2)))}\\p{L}*`, 'u');
  return (text) => KIN_IN_QUOTE.test(text) || (byName?.test(text) ?? false);
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
  // "/quote brisco" where Donna Brisco's quotes speak of her husband Walter, whom her article is about and
  // never quotes: the surname may mean him. Hers are the only words under that name, and they are answered
  // as hers; the note says whom they speak of, so that no one reads them as his.
  const namesakes = chosen ? [] : index.speakers.unquotedNamesakes(query, best);
  const spokenOf = namesakes.filter((p) => {
    const of = speaksOf(p.name);
    return quotes.some((q) => of(q.text));
  });
  const shown = quotes.slice(offset, offset + limit);
  const remaining = quotes.length - offset - shown.length;
  const notes: string[] = [];
  if (remaining > 0) notes.push(`${remaining} more not shown.`);
  if (others.length > 0) notes.push(`Also matching: ${others.map((s) => s.name).join(', ')}.`);
  if (spokenOf.length > 0)
    notes.push(
      `${spokenOf.map(withRole).join(', ')} ${spokenOf.length === 1 ? 'is' : 'are'} named but never quoted: ` +
        `the words above are ${best.name}'s.`,
    );
  const unspoken = namesakes.filter((p) => !spokenOf.includes(p));
  if (unspoken.length > 0) notes.push(`Also named, never quoted: ${unspoken.map((p) => p.name).join(', ')}.`);
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
