/**
 * Finding a speaker from what a user typed. Titles and honorifics are dropped ("Secretary Pompeo", "Ms
 * Okoro"); an exact spelling of a name the articles use comes first ("kim jong-un", "zoe marsh-adeyemi");
 * then each typed word is corrected against the words of people's names (SymSpell-style: one typo up to
 * seven letters, two beyond). A word of one or two letters matches only a name the articles use on its
 * own ("Xi"), never part of a longer name ("a" is not Abe, "un" is not Kim Jong Un). Everyone the articles
 * name takes part, quoted or not, so that a close match for someone never quoted is not answered with the
 * quotes of someone else.
 */
import Fuse from 'fuse.js';
import type { PeopleDirectory, Person } from '../people/directory.ts';
import { isTitle } from '../people/mentions.ts';
import { compactKey, nameKey, nameTokens } from '../people/names.ts';
import { compareText } from '../text/compare.ts';
import { FuzzyVocabulary } from '../text/fuzzyVocabulary.ts';
import { comparable } from '../text/normalize.ts';
import type { Quote } from './catalog.ts';

export interface Speaker {
  key: string;
  name: string;
  kind: 'person' | 'org';
  role?: string;
  quoteCount: number;
}

/** A match for a query: a quoted speaker, or a person the articles name but never quote. */
export type SpeakerMatch = { speaker: Speaker; person?: Person } | { speaker?: undefined; person: Person };

/** Each edit a typed word needs costs this share of its match. */
const EDIT_PENALTY = 0.25;
/** Shorter typed words match only whole names. */
const MIN_WORD = 3;

/** Typos allowed in a typed name word: one up to seven letters (three letters included), two beyond. */
function nameEdits(length: number): number {
  if (length < MIN_WORD) return 0;
  return length < 8 ? 1 : 2;
}

interface Entry {
  key: string;
  /** A quoted speaker, or only a person. */
  quoted: boolean;
}

/** The words a user typed, folded, without titles and honorifics (unless nothing else is left). */
function queryWords(query: string): string[] {
  const tokens = nameTokens(query);
  const named = tokens.filter((t) => !isTitle(t));
  return (named.length > 0 ? named : tokens).map((t) => nameKey([t])).filter((t) => t !== '');
}

export class SpeakerSearch {
  readonly speakers: Speaker[];
  readonly #byKey = new Map<string, Speaker>();
  readonly #people: PeopleDirectory;
  /** Compact alias ("kimjongun") → keys. */
  readonly #exact = new Map<string, Entry[]>();
  /** Alias word → keys. */
  readonly #byWord = new Map<string, Entry[]>();
  readonly #words = new FuzzyVocabulary(nameEdits);
  readonly #suggestions: Fuse<Speaker>;

  constructor(quotes: readonly Quote[], people: PeopleDirectory) {
    this.#people = people;
    for (const q of quotes) {
      if (q.speakerKind === 'unknown') continue;
      const s = this.#byKey.get(q.speakerKey);
      if (s) s.quoteCount++;
      else {
        this.#byKey.set(q.speakerKey, {
          key: q.speakerKey,
          name: q.speaker,
          kind: q.speakerKind,
          ...(q.role ? { role: q.role } : {}),
          quoteCount: 1,
        });
      }
    }
    this.speakers = [...this.#byKey.values()].sort(
      (a, b) => b.quoteCount - a.quoteCount || compareText(a.name, b.name),
    );
    for (const person of people.people) {
      const entry = { key: person.key, quoted: this.#byKey.has(person.key) };
      for (const alias of person.aliases) this.#addAlias(alias, entry);
    }
    for (const s of this.speakers) {
      if (s.kind === 'org')
        this.#addAlias(nameKey(nameTokens(comparable(s.name))), { key: s.key, quoted: true });
    }
    this.#suggestions = new Fuse(this.speakers, { keys: ['name'], threshold: 0.6, ignoreLocation: true });
  }

  #addAlias(alias: string, entry: Entry): void {
    const add = (map: Map<string, Entry[]>, key: string) => {
      const list = map.get(key);
      if (!list) map.set(key, [entry]);
      else if (!list.some((e) => e.key === entry.key)) list.push(entry);
    };
    add(this.#exact, alias.replaceAll(' ', ''));
    for (const word of alias.split(' ')) {
      if (word.length < MIN_WORD) continue;
      this.#words.add(word);
      add(this.#byWord, word);
    }
  }

  get(key: string): Speaker | undefined {
    return this.#byKey.get(key);
  }

  #match(entry: Entry): SpeakerMatch {
    const speaker = this.#byKey.get(entry.key);
    const person = this.#people.get(entry.key);
    if (speaker) return { speaker, ...(person ? { person } : {}) };
    return { person: person as Person };
  }

  /** The speaker or person one of whose names is exactly the query (case, accents and titles aside). */
  exact(query: string): SpeakerMatch | undefined {
    const entries = this.#exact.get(compactKey(queryWords(query)));
    if (!entries || entries.length === 0) return undefined;
    // Several people by that exact name: the quoted one with most quotes.
    const ranked = [...entries].sort(
      (a, b) =>
        Number(b.quoted) - Number(a.quoted) ||
        (this.#byKey.get(b.key)?.quoteCount ?? 0) - (this.#byKey.get(a.key)?.quoteCount ?? 0) ||
        compareText(a.key, b.key),
    );
    return this.#match(ranked[0] as Entry);
  }

  /**
   * Quoted speakers for a name being typed (autocomplete), best first: the matches of `match`, else names
   * with a word that starts with each typed word.
   */
  find(query: string, limit = 5): Speaker[] {
    const matched = this.match(query, limit).flatMap((m) => (m.speaker ? [m.speaker] : []));
    if (matched.length > 0) return matched;
    const words = queryWords(query).filter((w) => w.length >= MIN_WORD);
    if (words.length === 0) return [];
    return this.speakers
      .filter((s) => {
        const own = nameKey(nameTokens(comparable(s.name))).split(' ');
        return words.every((w) => own.some((o) => o.startsWith(w)));
      })
      .slice(0, limit);
  }

  /** Matches for the query, best first (at most `limit`): exact names, then typed words corrected. */
  match(query: string, limit = 5): SpeakerMatch[] {
    const exact = this.exact(query);
    const found: SpeakerMatch[] = exact ? [exact] : [];
    const keyOf = (m: SpeakerMatch) => m.speaker?.key ?? m.person?.key;
    for (const m of this.#byCorrectedWords(queryWords(query))) {
      if (found.length >= limit) break;
      if (!found.some((f) => keyOf(f) === keyOf(m))) found.push(m);
    }
    return found;
  }

  /** People whose name words match every typed word (each within its allowed edits), best first. */
  #byCorrectedWords(words: readonly string[]): SpeakerMatch[] {
    const usable = words.slice(0, 6);
    if (usable.length === 0 || usable.some((w) => w.length < MIN_WORD)) return [];
    let scores: Map<string, { score: number; entry: Entry }> | undefined;
    for (const word of usable) {
      const here = new Map<string, { score: number; entry: Entry }>();
      for (const { word: variant, distance } of this.#words.lookup(word, 8)) {
        const credit = 1 - EDIT_PENALTY * distance;
        for (const entry of this.#byWord.get(variant) ?? []) {
          const had = here.get(entry.key);
          if (!had || had.score < credit) here.set(entry.key, { score: credit, entry });
        }
      }
      if (scores === undefined) scores = here;
      else {
        const both = new Map<string, { score: number; entry: Entry }>();
        for (const [key, s] of scores) {
          const more = here.get(key);
          if (more !== undefined) both.set(key, { score: s.score + more.score, entry: s.entry });
        }
        scores = both;
      }
      if (scores.size === 0) return [];
    }
    return [...(scores ?? new Map()).values()]
      .sort(
        (a, b) =>
          b.score - a.score ||
          (this.#byKey.get(b.entry.key)?.quoteCount ?? 0) - (this.#byKey.get(a.entry.key)?.quoteCount ?? 0) ||
          compareText(a.entry.key, b.entry.key),
      )
      .map((x) => this.#match(x.entry));
  }

  /** Closest speakers for a "did you mean" note, even when nothing matched well. */
  suggest(query: string, limit = 3): Speaker[] {
    return this.#suggestions.search(comparable(query), { limit }).map((r) => r.item);
  }
}
