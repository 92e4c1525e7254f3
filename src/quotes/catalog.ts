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

/** Folds another outlet's copy into a group, keeping the shorter text (it is verbatim in both). */
function mergeInto(group: Draft, other: Draft): void {
  if (other.flat.length < group.flat.length) {
    group.text = other.text;
    group.flat = other.flat;
    group.fragment = other.fragment;
  }
  for (const id of other.articleIds) if (!group.articleIds.includes(id)) group.articleIds.push(id);
}

/** Words this long index a group for containment look-ups. */
const INDEX_WORD_LENGTH = 4;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function longestWord(flat: string): string {
  let best = '';
  for (const w of flat.split(' ')) if (w.length > best.length) best = w;
  return best;
}

/** A group of the same speaker whose text contains the draft's (or is contained in it), of similar length. */
function containing(draft: Draft, words: Map<string, Draft[]>): Draft | undefined {
  const word = longestWord(draft.flat);
  if (word.length < INDEX_WORD_LENGTH) return undefined;
  for (const g of words.get(word) ?? []) {
    const [short, long] = g.flat.length <= draft.flat.length ? [g.flat, draft.flat] : [draft.flat, g.flat];
    if (short.length >= MERGE_MIN_RATIO * long.length && long.includes(short)) return g;
  }
  return undefined;
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
      b.flat.length - a.flat.length || compareStrings(a.articleIds[0] as string, b.articleIds[0] as string),
  );
  const groups: Draft[] = [];
  const exact = new Map<string, Draft>();
  // Only quotes of the same speaker merge: an unattributed copy in one outlet does not make that outlet a
  // source for someone else's attribution. Containment candidates are the groups of the same speaker that
  // contain the draft's longest word, which keeps the merge near-linear even for a prolific speaker.
  const byWord = new Map<string, Map<string, Draft[]>>();
  for (const draft of drafts) {
    const speaker = `${draft.speakerKind}|${draft.speakerKey}`;
    const key = `${speaker}|${draft.flat}`;
    const words = byWord.get(speaker) ?? new Map<string, Draft[]>();
    byWord.set(speaker, words);
    const group = exact.get(key) ?? (draft.speakerKind === 'unknown' ? undefined : containing(draft, words));
    if (group) {
      mergeInto(group, draft);
      exact.set(key, group);
      continue;
    }
    const fresh = { ...draft, articleIds: [...draft.articleIds] };
    groups.push(fresh);
    exact.set(key, fresh);
    for (const word of new Set(draft.flat.split(' '))) {
      if (word.length < INDEX_WORD_LENGTH) continue;
      const list = words.get(word);
      if (list) list.push(fresh);
      else words.set(word, [fresh]);
    }
  }
  const quotes = groups.map((g, i): Quote => {
    const dated = g.articleIds
      .map((id) => byId.get(id) as Article)
      .sort((a, b) => compareStrings(b.published, a.published) || compareStrings(a.outlet, b.outlet));
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
