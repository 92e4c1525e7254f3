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
import { GIVEN_NAME_GENDERS, HONORIFICS, ROLE_WORDS } from '../lexicon/index.ts';
import type { PeopleDirectory, Person } from '../people/directory.ts';
import { isSurnameAfterGivenName, isTitleAt } from '../people/mentions.ts';
import {
  compactKey,
  familyNameOf,
  foldToken,
  isParticle,
  nameKey,
  nameTokens,
  surnameOf,
} from '../people/names.ts';
import { finish, STEP, type Steps } from '../steps.ts';
import { compareText } from '../text/compare.ts';
import { editDistance, FuzzyVocabulary, lookupLayers } from '../text/fuzzyVocabulary.ts';
import { comparable } from '../text/normalize.ts';
import type { Quote } from './catalog.ts';

export interface Speaker {
  key: string;
  name: string;
  kind: 'person' | 'org';
  role?: string;
  quoteCount: number;
}

/** Whether a query word is the surname of the person of `key` (a name key: folded words, spaces between). */

/** The surname of a person's key (folded words). */
function surnameOfKey(key: string): string {
  return surnameOf(key.split(' '));
}

/**
 * A speaker's surname as written, folded, with the particles before it that are written in lower case
 * ("Rocío de los Santos" → "de los santos"; not the capitalised middle name of "Tran Van Hung").
 */
function writtenSurname(speaker: Speaker): string {
  const words = nameTokens(speaker.name);
  // ("Park Eun-hye": the family name written first.)
  const family = familyNameOf(words);
  if (family !== surnameOf(words)) return comparable(family);
  let from = words.length - 1;
  while (from > 1 && /^\p{Ll}/u.test(words[from - 1] as string) && isParticle(words[from - 1] as string))
    from--;
  return comparable(words.slice(from).join(' '));
}

/** Words of a role that say nothing of whom someone works for or what they do ("former Holmbridge boss"). */
const ROLE_MODIFIERS = new Set(['former', 'acting', 'senior', 'deputy', 'assistant', 'interim', 'then']);

/**
 * A person's given name and family name as compared (folded, particles left out): "Vanessa Hicks" → vanessa,
 * hicks; "Park Eun-hye", written family name first (see `familyNameOf`) → eun-hye, park.
 */
function givenAndFamily(s: Speaker): [string, string] | undefined {
  const shown = nameTokens(s.name);
  const words = shown.map(comparable).filter((w) => !isParticle(w));
  if (words.length < 2) return undefined;
  return familyNameOf(shown) !== surnameOf(shown)
    ? [words[words.length - 1] as string, words[words.length - 2] as string]
    : [words[0] as string, words[words.length - 1] as string];
}

/**
 * Whether two people are named in full with one surname and given names that cannot be one ("Vanessa
 * Hicks", "Mar Hicks"): neither an initial nor the start of the other ("Chris"/"Christopher" may be one),
 * and no word of their roles in common ("Max Orsatti, Holmbridge boss" may be "Massimiliano Orsatti,
 * Holmbridge manager"). A role noun in common says nothing: two chief executives are two people.
 */
function namesakes(a: Speaker, b: Speaker): boolean {
  if (a.kind !== 'person' || b.kind !== 'person') return false;
  const one = givenAndFamily(a);
  const other = givenAndFamily(b);
  if (one === undefined || other === undefined || one[1] !== other[1]) return false;
  const x = one[0].replace(/\.$/, '');
  const y = other[0].replace(/\.$/, '');
  if (x.length < 2 || y.length < 2 || x.startsWith(y) || y.startsWith(x)) return false;
  const roleWords = (s: Speaker) =>
    comparable(s.role ?? '')
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4 && !ROLE_MODIFIERS.has(w) && !ROLE_WORDS.has(w));
  const theirs = new Set(roleWords(b));
  return !roleWords(a).some((w) => theirs.has(w));
}

/** A match for a query: a quoted speaker, or a person the articles name but never quote. */
export type SpeakerMatch = { speaker: Speaker; person?: Person } | { speaker?: undefined; person: Person };

/** Each edit a typed word needs costs this share of its match. */
const EDIT_PENALTY = 0.25;
/**
 * A single typed word is a surname or a given name: the inner word of a longer name ("Day" of "Thanksgiving
 * Day Parade") answers it at the cost of a typo, so a near spelling of a surname ("day" for "Dai") wins.
 */
const INNER_WORD_PENALTY = EDIT_PENALTY;
/** How many times as often a quoted person must be named as an unquoted namesake to answer for the surname. */
const DOMINANT_NAMESAKE = 2;
/** Shorter typed words match only whole names. */
const MIN_WORD = 3;

/** Typos allowed in a typed name word: one up to seven letters (three letters included), two beyond. */
/** Whether `single`, a name of one word ("wayan"), is one of the words of the longer name `full`. */
function nameWithin(single: string, full: string): boolean {
  return !single.includes(' ') && full.includes(' ') && full.split(' ').includes(single);
}

function nameEdits(length: number): number {
  if (length < MIN_WORD) return 0;
  return length < 8 ? 1 : 2;
}

/** Letters readers swap for one another when they spell a name by ear: vowels, and a few consonant pairs. */
const SOUND_ALIKE = ['aeiouy', 'mn', 'sz', 'ck', 'dt', 'bp', 'fv'];

function soundAlike(a: string, b: string): boolean {
  return SOUND_ALIKE.some((group) => group.includes(a) && group.includes(b));
}

/**
 * What swapping a name's first letter costs: more than any other letter, since readers rarely get the first
 * letter wrong ("fee" is "Feel" with its last letter left off sooner than "Lee").
 */
const FIRST_LETTER_SWAP = 1.25;
/** What a doubled letter typed once (or a letter typed twice) costs. */
const DOUBLED_LETTER = 0.5;

/**
 * The cost of a typo: an edit distance (two neighbouring letters swapped count as one edit) where a letter
 * replaced by one that sounds alike, or a doubled letter typed once, costs half
 * ("lend" is closer to "lind" than to "lena") and the first letter swapped costs more, so equally distant
 * names are told apart as readers err.
 */
function typoCost(typed: string, word: string): number {
  const rows = typed.length + 1;
  const cols = word.length + 1;
  let before: number[] = [];
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = [i];
    for (let j = 1; j < cols; j++) {
      const a = typed[i - 1] as string;
      const b = word[j - 1] as string;
      const swap = a === b ? 0 : soundAlike(a, b) ? 0.5 : i === 1 && j === 1 ? FIRST_LETTER_SWAP : 1;
      // A doubled letter typed once or a letter typed twice ("duval" for "duvall") is half a slip, as a
      // vowel for a vowel is.
      const extra = i > 1 && a === typed[i - 2] ? DOUBLED_LETTER : 1;
      const missing = j > 1 && b === word[j - 2] ? DOUBLED_LETTER : 1;
      let cost = Math.min(
        (prev[j] as number) + extra,
        (cur[j - 1] as number) + missing,
        (prev[j - 1] as number) + swap,
      );
      // Two neighbouring letters typed the other way round ("josb" for "jobs") are one slip, not two.
      if (i > 1 && j > 1 && a === word[j - 2] && typed[i - 2] === b && a !== b)
        cost = Math.min(cost, (before[j - 2] as number) + 1);
      cur[j] = cost;
    }
    before = prev;
    prev = cur;
  }
  return prev[cols - 1] as number;
}

/**
 * The parts of a name's hyphened words ("Luis Benavente-Cruz" → benavente, cruz), folded: a reader may type
 * either part of a double surname, and finds the person as by an inner word of the name.
 */
function hyphenParts(name: string): string[] {
  const parts: string[] = [];
  for (const token of nameTokens(name)) {
    if (!token.includes('-')) continue;
    for (const part of token.split('-')) {
      const folded = foldToken(part);
      if (folded.length >= MIN_WORD && !isParticle(folded)) parts.push(folded);
    }
  }
  return parts;
}

interface Entry {
  key: string;
  /** A quoted speaker, or only a person. */
  quoted: boolean;
}

/** Passed by the class itself to construct a search it fills another way. */
const UNFILLED = Symbol('unfilled');

/** A speaker as its quotes give it (the first quote's name, kind and role). */
function speakerOf(q: Quote, quoteCount: number): Speaker {
  return {
    key: q.speakerKey,
    name: q.speaker,
    kind: q.speakerKind as Speaker['kind'],
    ...(q.role ? { role: q.role } : {}),
    quoteCount,
  };
}

/** A known speaker keeps the name and role it was listed with. */
function namesOf(speaker: Speaker | undefined): Partial<Speaker> {
  if (!speaker) return {};
  return { name: speaker.name, ...(speaker.role ? { role: speaker.role } : {}) };
}

function sortSpeakers(speakers: Iterable<Speaker>): Speaker[] {
  return [...speakers].sort((a, b) => b.quoteCount - a.quoteCount || compareText(a.name, b.name));
}

/**
 * How many of the most quoted speakers a "did you mean" looks among. A loose fuzzy search is a last resort
 * (`match` has already looked up every name word within its typo distance) and its cost grows with the
 * speakers: over the 1,600 of a 10,000-article index one search took 15–60 ms of the event loop, over 300
 * about 2 ms.
 */
const SUGGESTION_POOL = 300;

/**
 * How many answers of "are these two named in one article?" a search keeps. Over 10,000 articles a common
 * surname names dozens of people in hundreds of articles each, and each answer walks one of their sets.
 */
const PAIR_MEMO = 50_000;

interface Scored {
  score: number;
  entry: Entry;
  /** A one-word query matched the person's surname (not a given or middle name). */
  surname?: boolean;
}

function suggestionsOver(speakers: readonly Speaker[]): Fuse<Speaker> {
  return new Fuse(speakers, { keys: ['name'], threshold: 0.6, ignoreLocation: true });
}

/**
 * The words a user typed, folded, without titles and honorifics, and an opening title ("syed nadir shah")
 * (unless nothing else is left); a title word after a given name or an honorific is a surname ("david
 * king", "dr king").
 */
function queryWords(query: string): string[] {
  const tokens = nameTokens(query);
  const named = tokens.filter((_, i) => !isTitleAt(tokens, i, 0) || isSurnameAfterGivenName(tokens, i));
  return (named.length > 0 ? named : tokens).map((t) => nameKey([t])).filter((t) => t !== '');
}

/** What changed between a speaker search's quotes and people and those of the one it is derived from. */
export interface SpeakerChange {
  quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  people: PeopleDirectory;
  /** Speaker keys whose quotes changed. */
  speakers: ReadonlySet<string>;
  /** Person keys made, changed or gone (`PeopleDirectory.changed`). */
  persons: ReadonlySet<string>;
}

export class SpeakerSearch {
  #speakers: Speaker[] = [];
  #byKey = new Map<string, Speaker>();
  /** Quoted speakers of two- or three-word names by their first word, when first asked for. */
  #byFirstWord: Map<string, Speaker[]> | undefined;
  #people: PeopleDirectory;
  /** Compact alias ("kimjongun") → keys. */
  #exact = new Map<string, Entry[]>();
  /** Alias word → keys: the first and last words of names (a given name, a surname). */
  #byWord = new Map<string, Entry[]>();
  /** The inner words of names of three words or more ("Day" of "Thanksgiving Day Parade"). */
  #byInnerWord = new Map<string, Entry[]>();
  /** The words of names, in layers: a derived search adds a small layer over its base's. */
  #words: FuzzyVocabulary[] = [new FuzzyVocabulary(nameEdits)];
  /** Built on the first "did you mean", not with every snapshot (see `SUGGESTION_POOL`). */
  #suggestions: Fuse<Speaker> | undefined;
  /** Set in a search derived with `withChanges`: its lists may be its base's, copied before a change. */
  #derived = false;
  /**
   * Whether two people are named in one article, by pair of keys, as answered before (see `#sameArticle`).
   * A search never changes once built, so the answers hold; at most `PAIR_MEMO` are kept.
   */
  #together = new Map<string, boolean>();
  /** The last query's scored words: `/quote` asks `ambiguous` and then `match` the same query. */
  #lastScored: { typed: string; scored: readonly Scored[] } | undefined;

  constructor(quotes: readonly Quote[], people: PeopleDirectory, unfilled?: typeof UNFILLED) {
    this.#people = people;
    if (unfilled !== UNFILLED) finish(this.#fill(quotes, people));
  }

  /** The constructor cut into steps (see steps.ts). */
  static *build(quotes: readonly Quote[], people: PeopleDirectory): Steps<SpeakerSearch> {
    const search = new SpeakerSearch([], people, UNFILLED);
    yield* search.#fill(quotes, people);
    return search;
  }

  /** Quoted speakers, most quoted first. */
  get speakers(): readonly Speaker[] {
    return this.#speakers;
  }

  *#fill(quotes: readonly Quote[], people: PeopleDirectory): Steps<void> {
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i] as Quote;
      if (i % STEP === STEP - 1) yield;
      if (q.speakerKind === 'unknown') continue;
      const s = this.#byKey.get(q.speakerKey);
      if (s) s.quoteCount++;
      else this.#byKey.set(q.speakerKey, speakerOf(q, 1));
    }
    this.#speakers = sortSpeakers(this.#byKey.values());
    yield;
    let n = 0;
    for (const person of people.people) {
      this.#addPerson(person);
      if (++n % 64 === 0) yield;
    }
    for (const s of this.#speakers) if (s.kind === 'org') this.#addOrg(s);
  }

  #addPerson(person: Person): void {
    const entry = { key: person.key, quoted: this.#byKey.has(person.key) };
    for (const alias of person.aliases) this.#addAlias(alias, entry);
    for (const part of hyphenParts(person.name)) this.#addWord(this.#byInnerWord, part, entry);
  }

  #addOrg(speaker: Speaker): void {
    this.#addAlias(nameKey(nameTokens(comparable(speaker.name))), { key: speaker.key, quoted: true });
  }

  /** Files an entry under a key (lists copied in a derived search: they may be the base's). */
  #add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.some((e) => e.key === entry.key)) {
      if (this.#derived) map.set(key, [...list, entry]);
      else list.push(entry);
    }
  }

  /** Files an entry under a name word, which typos of it then reach. */
  #addWord(map: Map<string, Entry[]>, word: string, entry: Entry): void {
    if (word.length < MIN_WORD) return;
    const vocabulary = this.#words.at(-1) as FuzzyVocabulary;
    if (!this.#words.some((layer) => layer.has(word))) vocabulary.add(word);
    this.#add(map, word, entry);
  }

  #addAlias(alias: string, entry: Entry): void {
    this.#add(this.#exact, alias.replaceAll(' ', ''), entry);
    const words = alias.split(' ');
    words.forEach((word, i) => {
      this.#addWord(i === 0 || i === words.length - 1 ? this.#byWord : this.#byInnerWord, word, entry);
    });
  }

  /** Removes every entry of `key` under an alias (lists copied: they may be the base's). */
  #removeAlias(alias: string, key: string): void {
    const remove = (map: Map<string, Entry[]>, at: string) => {
      const list = map.get(at);
      if (!list?.some((e) => e.key === key)) return;
      const left = list.filter((e) => e.key !== key);
      if (left.length > 0) map.set(at, left);
      else map.delete(at);
    };
    remove(this.#exact, alias.replaceAll(' ', ''));
    for (const word of alias.split(' ')) {
      remove(this.#byWord, word);
      remove(this.#byInnerWord, word);
    }
  }

  /**
   * The search after a change of quotes and people, in time proportional to the change: the speakers and
   * people that changed are taken out and put in again; everything else is shared with this search, which
   * is left as it was.
   */
  withChanges(change: SpeakerChange): SpeakerSearch {
    return finish(this.changeSteps(change));
  }

  /** `withChanges` in steps (see steps.ts). */
  *changeSteps(change: SpeakerChange): Steps<SpeakerSearch> {
    const next = new SpeakerSearch([], change.people, UNFILLED);
    next.#derived = true;
    next.#byKey = new Map(this.#byKey);
    next.#exact = new Map(this.#exact);
    next.#byWord = new Map(this.#byWord);
    next.#byInnerWord = new Map(this.#byInnerWord);
    next.#words = [...this.#words, new FuzzyVocabulary(nameEdits)];
    const keys = new Set([...change.speakers, ...change.persons]);
    let n = 0;
    yield;
    for (const key of keys) {
      if (++n % 64 === 0) yield;
      const before = this.#people.get(key);
      for (const alias of before?.aliases ?? []) next.#removeAlias(alias, key);
      for (const part of before ? hyphenParts(before.name) : []) next.#removeAlias(part, key);
      const old = this.#byKey.get(key);
      if (old?.kind === 'org') next.#removeAlias(nameKey(nameTokens(comparable(old.name))), key);
    }
    for (const key of change.speakers) {
      if (++n % 64 === 0) yield;
      const quotes = change.quotesBySpeaker.get(key);
      const first = quotes?.[0];
      if (!first || first.speakerKind === 'unknown') next.#byKey.delete(key);
      else next.#byKey.set(key, { ...speakerOf(first, quotes.length), ...namesOf(this.#byKey.get(key)) });
    }
    next.#speakers = sortSpeakers(next.#byKey.values());
    yield;
    for (const key of keys) {
      if (++n % 64 === 0) yield;
      const person = change.people.get(key);
      if (person) next.#addPerson(person);
      const speaker = next.#byKey.get(key);
      if (speaker?.kind === 'org') next.#addOrg(speaker);
    }
    return next;
  }

  /**
   * The family name of a person's key, read from the name as written where it is known ("Park Eun-hye" is a
   * Park: see `familyNameOf`).
   */
  #surnameOf(key: string): string {
    const name = this.#byKey.get(key)?.name ?? this.#people.get(key)?.name;
    return name === undefined ? surnameOfKey(key) : familyNameOf(nameTokens(name));
  }

  /** Whether `word` is the surname of the person whose key is `key`. */
  #isSurname(word: string, key: string): boolean {
    return word !== '' && key.includes(' ') && this.#surnameOf(key) === word;
  }

  /** Whether a word opening a name of three words or more is no known given name ("dinh" of "dinh cong tuan"). */
  #mayBeFamilyName(word: string, key: string): boolean {
    const words = key.split(' ');
    return words.length >= 3 && words[0] === word && !GIVEN_NAME_GENDERS.has(word);
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
    const words = queryWords(query);
    const key = compactKey(words);
    const named = this.#exact.get(key) ?? [];
    // A one-word query that names someone quoted names the quoted people whose surname it is, too, though
    // the articles never write the surname alone ("ferris" for Paul Ferris where Ferris Wendt is called
    // "Ferris"). (Someone named so but never quoted keeps the answer that they are not quoted.)
    const entries =
      words.length === 1 && key.length >= MIN_WORD && named.some((e) => e.quoted)
        ? [
            ...named,
            ...this.#quotedWithSurname(key)
              .filter((k) => !named.some((e) => e.key === k))
              .map((k) => ({ key: k, quoted: true })),
          ]
        : named;
    if (entries.length === 0) return undefined;
    // Several people by that exact name: the quoted one, the one whose surname it is ("james" is LeBron
    // James before a James Van Der Beek the article calls "James"), the one with most quotes.
    const word = words.join(' ');
    const ranked = [...entries].sort(
      (a, b) =>
        Number(b.quoted) - Number(a.quoted) ||
        Number(this.#isSurname(word, b.key)) - Number(this.#isSurname(word, a.key)) ||
        (this.#byKey.get(b.key)?.quoteCount ?? 0) - (this.#byKey.get(a.key)?.quoteCount ?? 0) ||
        compareText(a.key, b.key),
    );
    return this.#match(ranked[0] as Entry);
  }

  /**
   * A one-word typo answered as the word it corrects to would be ("jonez" as "jones"), when that word is
   * exactly someone's name and no other word is as close (and the typed word is no name's own): the same
   * person, quoted or not, either way.
   */
  #exactCorrected(query: string): SpeakerMatch | undefined {
    const words = queryWords(query);
    const word = words[0];
    if (words.length !== 1 || word === undefined || word.length < MIN_WORD) return undefined;
    const variants = lookupLayers(this.#words, word, 8);
    // A word that is itself part of someone's name ("martini") is no typo of another ("martin").
    if (variants.some((v) => v.distance === 0)) return undefined;
    const best = variants[0];
    if (best === undefined || variants.filter((v) => v.distance === best.distance).length !== 1)
      return undefined;
    return this.#exact.has(best.word) ? this.exact(best.word) : undefined;
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
    return this.#speakers
      .filter((s) => {
        const own = nameKey(nameTokens(comparable(s.name))).split(' ');
        return words.every((w) => own.some((o) => o.startsWith(w)));
      })
      .slice(0, limit);
  }

  /**
   * Quoted speakers the query names equally well, when there are several: a surname two relatives share
   * ("brannigan" for a father and his daughter, named in the same articles), or a typo as close to both.
   * Answering with either one's quotes would give the other's words to the wrong person, so the caller asks
   * which one is meant; so does a one-word typo one edit from two quoted people's surnames ("jobe": Steve
   * Jobs, Samantha Joye), whatever articles they are in.
   */
  ambiguous(query: string): Speaker[] {
    const words = queryWords(query);
    const key = compactKey(words);
    // "chen" where Chen Guolin and his daughter Chen Meifang are quoted, in one article or two: a family name
    // written first is theirs alike.
    const familyFirst = words.length === 1 ? this.#quotedWithFamilyNameFirst(key) : [];
    if (familyFirst.length > 1) return sortSpeakers(familyFirst);
    const exact = this.#exact.get(key) ?? [];
    const top = exact.length > 0 ? [] : this.#topTied(words);
    const tied =
      exact.length > 0 ? exact.filter((e) => e.quoted).map((e) => e.key) : top.map((x) => x.entry.key);
    // A one-word typo as close to one quoted surname as to another ("jobe": Jobs, Joye): two surnames.
    const surnames = new Map(
      words.length === 1
        ? top.filter((x) => x.surname).map((x) => [x.entry.key, this.#surnameOf(x.entry.key)])
        : [],
    );
    // A surname one person goes by on its own ("al-Haddad said") is the surname of the relatives named
    // only in full ("Karim al-Haddad") too.
    if (exact.length > 0 && words.length === 1) tied.push(...this.#quotedWithSurname(key));
    // … and so is a typo of it ("mamini" for the Mamanis).
    const corrected = new Set(surnames.values());
    if (exact.length === 0 && corrected.size === 1)
      tied.push(...this.#quotedWithSurname(corrected.values().next().value as string));
    // "mac giolla" where Ciarán and his brother Séamus Mac Giolla are quoted: a surname of several words
    // that ends the names of several quoted people is theirs, as a one-word surname is.
    if (exact.length > 0 && words.length > 1) tied.push(...this.#quotedEndingWith(words));
    // "hunh" where Hùng and Hạnh are quoted: a typo one letter from two quoted surnames is either's, however
    // much likelier one slip looks than the other.
    const slips = exact.length === 0 && words.length === 1 ? this.#oneSlipFromSurnames(key) : [];
    if (slips.length > 1) {
      tied.push(...slips);
      for (const k of slips) surnames.set(k, this.#surnameOf(k));
    }
    const [first, ...rest] = sortSpeakers([...new Set(tied)].flatMap((key) => this.#byKey.get(key) ?? []));
    if (!first) return [];
    // In one article people of that name are relatives or colleagues the articles tell apart only by given
    // name; in different articles, two people named in full with one surname and different given names
    // ("Vanessa Hicks", "Mar Hicks") are two people too. Otherwise (a typo as close to a surname as to
    // another's given name, a surname quoted on its own in one article, a "Max" for a "Massimiliano" in
    // another) the more quoted answers.
    // ("wayan" where one survivor goes by the single name Wayan and another, Wayan Sudarsana, is also called
    // by his given name: one's whole name is a word of the other's, two people the directory kept apart.)
    const told = rest.filter(
      (s) =>
        this.#sameArticle(first.key, s.key) ||
        nameWithin(first.key, s.key) ||
        nameWithin(s.key, first.key) ||
        namesakes(first, s) ||
        (surnames.has(first.key) && surnames.has(s.key) && surnames.get(first.key) !== surnames.get(s.key)),
    );
    return told.length > 0 ? [first, ...told] : [];
  }

  /**
   * "lie" answered with Grace Liu's quotes where Li Dongsheng is named but never quoted: a one-word typo one
   * letter from a name a reader may type for someone never quoted, as from the answer's, may mean either;
   * that person, for the answer to say so rather than give one's words under a name that may mean the other.
   */
  unquotedSlip(query: string, speaker: Speaker): Person | undefined {
    const words = queryWords(query);
    const word = words[0];
    if (words.length !== 1 || word === undefined || this.exact(query) !== undefined) return undefined;
    // (A namesake's surname is the answer's own: "pruit" is Wes Pruitt's typo, whoever else is a Pruitt.)
    const own = new Set(this.#people.get(speaker.key)?.aliases ?? []);
    for (const part of speaker.key.split(' ')) own.add(part);
    if (own.has(word)) return undefined;
    for (const p of this.#people.people) {
      if (p.key === speaker.key || this.#byKey.has(p.key)) continue;
      for (const alias of p.aliases)
        if (
          !alias.includes(' ') &&
          !own.has(alias) &&
          alias[0] === word[0] &&
          editDistance(word, alias, 1) === 1
        )
          return p;
    }
    return undefined;
  }

  /**
   * "brisco" answered with Donna Brisco's quotes where her husband Walter, whom her article is about, is
   * named but never quoted: the people named in full with the answer's surname in an article with them,
   * never quoted, and named at least half as often (a president's daughter named once is not whom "/quote
   * trump" may mean), for the answer to name too. Only for a query of one word, the surname.
   */
  unquotedNamesakes(query: string, speaker: Speaker): Person[] {
    if (queryWords(query).length !== 1 || speaker.kind !== 'person' || !speaker.key.includes(' ')) return [];
    const surname = this.#surnameOf(speaker.key);
    const own = this.#people.get(speaker.key)?.mentions ?? 0;
    return this.#people
      .withSurname(surname)
      .filter(
        (p) =>
          !this.#byKey.has(p.key) &&
          p.key.includes(' ') &&
          DOMINANT_NAMESAKE * p.mentions >= own &&
          this.#sameArticle(speaker.key, p.key),
      );
  }

  /**
   * Of speakers a query names equally well, the one an honorific in the query picks out ("ms brannigan" for
   * the daughter where father and daughter are quoted): the only one known to be of that gender, else the
   * only one not known to be of the other; else undefined.
   */
  ofQueryGender(query: string, tied: readonly Speaker[]): Speaker | undefined {
    const gender = nameTokens(query)
      .map((t) => HONORIFICS.get(t.toLowerCase().replace(/\.$/, '')))
      .find((g) => g !== undefined);
    if (!gender) return undefined;
    const known = tied.filter((s) => this.#people.get(s.key)?.gender === gender);
    if (known.length === 1) return known[0];
    // "mr tamberlane" where only the daughter's gender is known: the one not known to be a woman.
    const possible = tied.filter((s) => (this.#people.get(s.key)?.gender ?? gender) === gender);
    return known.length === 0 && possible.length === 1 ? possible[0] : undefined;
  }

  /**
   * "santos" where Efraín Santos and Rocío de los Santos are quoted: of people tied for a query, the one whose
   * surname as written, particles and all, is the query (or a slip of it: "santas", "de los santes"); the
   * others go by a longer surname, or by another name ("Marisol Ibarra", also "Ibarra de Robles", for
   * "robles"). Undefined unless exactly one is, or when another has the query as a word before the last
   * ("Zhang Hui", family name first, beside "Meiling Zhang").
   */
  ofWholeSurname(query: string, tied: readonly Speaker[]): Speaker | undefined {
    const words = queryWords(query);
    const typed = words.join(' ');
    const written = tied.filter((s) => s.kind === 'person' && s.key.includes(' '));
    if (written.length !== tied.length) return undefined;
    const near = (word: string, name: string) =>
      word === name || typoCost(word, name) <= nameEdits(name.length);
    const whole = written.filter((s) => near(typed, writtenSurname(s)));
    if (whole.length !== 1) return undefined;
    const earlierWord = (s: Speaker) =>
      words.length === 1 &&
      s.key
        .split(' ')
        .slice(0, -1)
        .some((w) => !isParticle(w) && near(typed, w));
    return written.some((s) => s !== whole[0] && earlierWord(s)) ? undefined : whole[0];
  }

  /**
   * Quoted people whose surname is one letter from the typed word, past its first letter, when two or more
   * surnames are.
   */
  #oneSlipFromSurnames(word: string): string[] {
    if (word.length < MIN_WORD) return [];
    const keys: string[] = [];
    const surnames = new Set<string>();
    for (const { word: variant, distance } of lookupLayers(this.#words, word, 8)) {
      // (A first letter changed is a rarer slip than any other: "mars" is Marsh before Bars.)
      if (distance !== 1 || variant[0] !== word[0]) continue;
      // ("danh" where Đặng Minh Khôi and Đinh Công Tuấn are quoted: a word of a name that is no given name
      // may be a family name written first.)
      for (const entry of this.#byWord.get(variant) ?? [])
        if (
          entry.quoted &&
          (this.#isSurname(variant, entry.key) || this.#mayBeFamilyName(variant, entry.key))
        ) {
          keys.push(entry.key);
          surnames.add(variant);
        }
    }
    return surnames.size > 1 ? keys : [];
  }

  /** Keys of the quoted people named in full with more words whose names end with these (folded) words. */
  #quotedEndingWith(words: readonly string[]): string[] {
    const tail = ` ${words.join(' ')}`;
    return this.#quotedWithSurname(surnameOf(words)).filter((k) => k.endsWith(tail));
  }

  /** Keys of the quoted people named in full whose surname is this (folded) word. */
  /**
   * The quoted people whose names of two or three words open with `word`, when it is no given name ("chen"
   * of "Chen Guolin"): a family name written first.
   */
  #quotedWithFamilyNameFirst(word: string): Speaker[] {
    if (word === '' || GIVEN_NAME_GENDERS.has(word)) return [];
    if (this.#byFirstWord === undefined) {
      // (Built on the first such query: names of two or three words, by their first word.)
      this.#byFirstWord = new Map();
      for (const s of this.#byKey.values()) {
        const words = s.key.split(' ');
        if (words.length < 2 || words.length > 3) continue;
        const list = this.#byFirstWord.get(words[0] as string);
        if (list) list.push(s);
        else this.#byFirstWord.set(words[0] as string, [s]);
      }
    }
    return this.#byFirstWord.get(word) ?? [];
  }

  #quotedWithSurname(word: string): string[] {
    const keys = this.#people.withSurname(word).flatMap((p) => (this.#byKey.has(p.key) ? [p.key] : []));
    // "mamani" where Teodoro Mamani and Dr Lucía Mamani Condori are quoted: the first of two surnames, a word
    // before the last that is no given name, is a surname too.
    if (GIVEN_NAME_GENDERS.has(word)) return keys;
    const inner = ` ${word} `;
    for (const key of this.#byKey.keys()) {
      if (!key.includes(inner)) continue;
      const words = key.split(' ');
      if (words.length >= 3 && words[words.length - 2] === word) keys.push(key);
    }
    return keys;
  }

  /** Whether the articles name both people in one article. */
  #sameArticle(a: string, b: string): boolean {
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const known = this.#together.get(pair);
    if (known !== undefined) return known;
    const one = this.#people.get(a)?.articleIds;
    const other = this.#people.get(b)?.articleIds;
    let together = false;
    if (one && other) {
      // The smaller set is walked.
      const [few, many] = one.size <= other.size ? [one, other] : [other, one];
      for (const id of few)
        if (many.has(id)) {
          together = true;
          break;
        }
    }
    if (this.#together.size >= PAIR_MEMO) this.#together.clear();
    this.#together.set(pair, together);
    return together;
  }

  /** The quoted speakers sharing the best corrected-words score. */
  #topTied(words: readonly string[]): readonly Scored[] {
    const ranked = this.#scoredByCorrectedWords(words).filter((x) => x.entry.quoted);
    const top = ranked[0]?.score;
    return top === undefined ? [] : ranked.filter((x) => top - x.score < 1e-9);
  }

  /** Matches for the query, best first (at most `limit`): exact names, then typed words corrected. */
  match(query: string, limit = 5): SpeakerMatch[] {
    const exact = this.exact(query) ?? this.#exactCorrected(query);
    const found: SpeakerMatch[] = exact ? [exact] : [];
    const keyOf = (m: SpeakerMatch) => m.speaker?.key ?? m.person?.key;
    const words = queryWords(query);
    for (const m of this.#byCorrectedWords(words)) {
      if (found.length >= limit) break;
      if (!found.some((f) => keyOf(f) === keyOf(m))) found.push(m);
    }
    if (found.length === 0) {
      const named = this.#knownByGivenName(words) ?? this.#shortFamilyName(words);
      if (named) found.push(named);
    }
    return found;
  }

  /**
   * "đỗ" for Đỗ Thanh Tùng, whom the articles call "Mr Tùng": a word too short for any name index that opens
   * the name of one quoted person, named in three words or more, is the family name written first. Only
   * exactly that word, and only the name's first word ("un" is no one's).
   */
  #shortFamilyName(words: readonly string[]): SpeakerMatch | undefined {
    const [word] = words;
    // (Particles too: "do" opens Đỗ Thanh Tùng's name as it does "Maria do Carmo"'s surname.)
    if (words.length !== 1 || word === undefined || word.length >= MIN_WORD) return undefined;
    const opening = `${word} `;
    const keys = [...this.#byKey.keys()].filter((k) => k.startsWith(opening) && k.split(' ').length >= 3);
    return keys.length === 1 ? this.#match({ key: keys[0] as string, quoted: true }) : undefined;
  }

  /**
   * "meghan markle" where the articles call her only "Meghan": the one quoted person known by a single name,
   * the query's first word exactly, when no name in the articles has the query's other word.
   */
  #knownByGivenName(words: readonly string[]): SpeakerMatch | undefined {
    const [given, family] = words;
    if (words.length !== 2 || given === undefined || family === undefined) return undefined;
    if (lookupLayers(this.#words, family, 1).some((v) => v.distance === 0)) return undefined;
    const key = compactKey([given]);
    const named = (this.#exact.get(key) ?? []).filter((e) => e.quoted && e.key === key);
    return named.length === 1 ? this.#match(named[0] as Entry) : undefined;
  }

  /** People whose name words match every typed word (each within its allowed edits), best first. */
  #byCorrectedWords(typed: readonly string[]): SpeakerMatch[] {
    return this.#scoredByCorrectedWords(typed).map((x) => this.#match(x.entry));
  }

  /** The people of `#byCorrectedWords` with their scores, best first. */
  #scoredByCorrectedWords(typed: readonly string[]): readonly Scored[] {
    const key = typed.join(' ');
    if (this.#lastScored?.typed === key) return this.#lastScored.scored;
    const scored = this.#scoreCorrectedWords(typed);
    this.#lastScored = { typed: key, scored };
    return scored;
  }

  #scoreCorrectedWords(typed: readonly string[]): Scored[] {
    // "de la fuente-márques": the particles say little and are too short to correct; the rest is the name.
    // A short word beside longer ones ("te rangu" for Ngaire Te Rangi) is filed under no name word: the
    // longer ones find the person, and the short one must be a word of their name as written.
    const named = typed.filter((w) => !isParticle(w) && w.length >= MIN_WORD);
    const short = typed.filter((w) => !isParticle(w) && w.length < MIN_WORD);
    const words = named.length > 0 && named.length < typed.length ? named : typed;
    const usable = words.slice(0, 6);
    if (usable.length === 0 || usable.some((w) => w.length < MIN_WORD)) return [];
    let scores: Map<string, Scored> | undefined;
    for (const word of usable) {
      const here = new Map<string, Scored>();
      for (const { word: variant, distance } of lookupLayers(this.#words, word, 8)) {
        const credit = 1 - EDIT_PENALTY * (distance === 0 ? 0 : typoCost(word, variant));
        const inner = usable.length === 1 ? credit - INNER_WORD_PENALTY : credit;
        for (const [entries, score] of [
          [this.#byWord.get(variant), credit],
          [this.#byInnerWord.get(variant), inner],
        ] as const) {
          for (const entry of entries ?? []) {
            const had = here.get(entry.key);
            const surname = usable.length === 1 && this.#isSurname(variant, entry.key);
            // As good a match by the surname as by another name counts as the surname's.
            if (!had || had.score < score || (had.score === score && surname && !had.surname))
              here.set(entry.key, { score, entry, surname });
          }
        }
      }
      if (scores === undefined) scores = here;
      else {
        const both = new Map<string, Scored>();
        for (const [key, s] of scores) {
          const more = here.get(key);
          if (more !== undefined) both.set(key, { score: s.score + more.score, entry: s.entry });
        }
        scores = both;
      }
      if (scores.size === 0) return [];
    }
    // As well matched, a one-word query is a surname before it is a given name ("anthony": Daniel Anthony
    // before Anthony Davis), then the more quoted.
    return [...(scores ?? new Map()).values()]
      .filter((x) => short.every((w) => x.entry.key.split(/[\s-]+/).includes(w)))
      .sort(
        (a, b) =>
          b.score - a.score ||
          Number(b.surname === true) - Number(a.surname === true) ||
          (this.#byKey.get(b.entry.key)?.quoteCount ?? 0) - (this.#byKey.get(a.entry.key)?.quoteCount ?? 0) ||
          compareText(a.entry.key, b.entry.key),
      );
  }

  /** Closest speakers for a "did you mean" note, even when nothing matched well: of the most quoted. */
  suggest(query: string, limit = 3): Speaker[] {
    this.#suggestions ??= suggestionsOver(this.#speakers.slice(0, SUGGESTION_POOL));
    return this.#suggestions.search(comparable(query), { limit }).map((r) => r.item);
  }
}
