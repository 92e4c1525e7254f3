/** All quotes of a corpus: extracted per article, speakers made canonical, the same quote merged across outlets. */
import type { Article } from '../corpus/types.ts';
import { comparable, straightenQuotes } from '../text/normalize.ts';
import { extractQuotes, isFragment, type RawQuote } from './extract.ts';
import { nameKey, PeopleDirectory } from './people.ts';

export type SpeakerKind = 'person' | 'org' | 'unknown';

export interface Quote {
  id: string;
  /** Verbatim from every cited article (whitespace and quote-mark style aside). */
  text: string;
  /** Canonical speaker name, or "unknown". */
  speaker: string;
  speakerKey: string;
  speakerKind: SpeakerKind;
  role?: string;
  fragment: boolean;
  /** Articles that carry the quote, newest first. */
  articleIds: string[];
  /** Date of the newest article that carries it. */
  published: string;
}

export interface QuoteCatalog {
  quotes: Quote[];
  people: PeopleDirectory;
}

/** Quotes shorter than this share of the longer one are not merged: a fragment is not the whole quote. */
const MERGE_MIN_RATIO = 0.6;

interface Draft extends Omit<Quote, 'id'> {
  flat: string;
}

function canonicalSpeaker(
  raw: RawQuote,
  people: PeopleDirectory,
): Pick<Quote, 'speaker' | 'speakerKey' | 'speakerKind' | 'role'> {
  const s = raw.speaker;
  if (s === undefined) return { speaker: 'unknown', speakerKey: '', speakerKind: 'unknown' };
  if (s.kind === 'person') {
    const person = people.resolve(s.name);
    if (person)
      return {
        speaker: person.name,
        speakerKey: person.key,
        speakerKind: 'person',
        ...(person.role ? { role: person.role } : {}),
      };
    // A lone word the articles never introduce as a person ("Washington said") speaks as an institution.
    if (!s.name.includes(' ')) return { speaker: s.name, speakerKey: nameKey(s.name), speakerKind: 'org' };
    return {
      speaker: s.name,
      speakerKey: nameKey(s.name),
      speakerKind: 'person',
      ...(s.role ? { role: s.role } : {}),
    };
  }
  const name = straightenQuotes(s.name);
  return { speaker: name, speakerKey: nameKey(name.replace(/^the /i, '')), speakerKind: 'org' };
}

/** Only quotes with the same speaker merge: an unattributed copy in one outlet does not make that outlet a
 * source for someone else's attribution. */
function mergeInto(group: Draft, other: Draft): void {
  if (other.flat.length < group.flat.length) {
    group.text = other.text;
    group.flat = other.flat;
    group.fragment = other.fragment;
  }
  for (const id of other.articleIds) if (!group.articleIds.includes(id)) group.articleIds.push(id);
}

/** Extracts, attributes and merges the quotes of all articles. Deterministic for the same articles. */
export function buildQuoteCatalog(articles: readonly Article[]): QuoteCatalog {
  const people = new PeopleDirectory(articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const drafts: Draft[] = [];
  for (const article of articles) {
    for (const raw of extractQuotes(article, {
      isPlace: people.isPlace,
      isPerson: (name) => people.resolve(name) !== undefined,
    })) {
      drafts.push({
        text: raw.text,
        flat: comparable(raw.text),
        ...canonicalSpeaker(raw, people),
        fragment: isFragment(raw.text),
        articleIds: [article.id],
        published: article.published,
      });
    }
  }
  // Longest first, so a trimmed copy finds the full quote it was cut from.
  drafts.sort(
    (a, b) =>
      b.flat.length - a.flat.length || (a.articleIds[0] as string).localeCompare(b.articleIds[0] as string),
  );
  // Candidates for a merge share the speaker; unattributed quotes merge only when identical. Bucketing keeps
  // this linear in the number of speakers' quotes rather than quadratic in all quotes.
  const groups: Draft[] = [];
  const bySpeaker = new Map<string, Draft[]>();
  const exact = new Map<string, Draft>();
  for (const draft of drafts) {
    const speakerKey = `${draft.speakerKind}|${draft.speakerKey}`;
    const same = exact.get(`${speakerKey}|${draft.flat}`);
    const bucket = bySpeaker.get(speakerKey) ?? [];
    const group =
      same ??
      (draft.speakerKind === 'unknown'
        ? undefined
        : bucket.find(
            (g) =>
              Math.min(g.flat.length, draft.flat.length) >=
                MERGE_MIN_RATIO * Math.max(g.flat.length, draft.flat.length) &&
              (g.flat.includes(draft.flat) || draft.flat.includes(g.flat)),
          ));
    if (group) {
      mergeInto(group, draft);
      exact.set(`${speakerKey}|${draft.flat}`, group);
      continue;
    }
    const fresh = { ...draft, articleIds: [...draft.articleIds] };
    groups.push(fresh);
    bucket.push(fresh);
    bySpeaker.set(speakerKey, bucket);
    exact.set(`${speakerKey}|${draft.flat}`, fresh);
  }
  const quotes = groups.map((g, i): Quote => {
    const dated = g.articleIds
      .map((id) => byId.get(id) as Article)
      .sort((a, b) => b.published.localeCompare(a.published) || a.outlet.localeCompare(b.outlet));
    const { flat: _flat, ...rest } = g;
    return {
      ...rest,
      id: `q${i + 1}`,
      articleIds: dated.map((a) => a.id),
      published: dated[0]?.published ?? g.published,
    };
  });
  return { quotes, people };
}
