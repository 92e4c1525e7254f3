/**
 * The people of a corpus: each article's chains linked across articles. Full names that agree after
 * folding diacritics and case, with and without middle names, are one person; a chain that only ever says
 * "Marsh-Adeyemi" or "Ms Marsh-Adeyemi" joins the one person elsewhere with that surname (when that is not
 * ambiguous); a single name the corpus uses as a place ("in Washington") is no person.
 */
import { type KeyedMap, LayeredMap } from '../collections/layeredMap.ts';
import { CAPITALS_PREFIX_PATTERN, type Gender, isRoleNoun, PAST_ROLE_WORDS } from '../lexicon/index.ts';
import { finish, STEP, type Steps } from '../steps.ts';
import { compareText } from '../text/compare.ts';
import { isAscii } from '../text/normalize.ts';
import { agesAgree, genderOf } from './chains.ts';
import {
  type ArticleChains,
  bump,
  type Group,
  groupFullNames,
  groupVotes,
  isPlace,
  type LinkedEntity,
} from './fullNames.ts';
import { isTitle } from './mentions.ts';
import {
  compactKey,
  familyNameOf,
  foldToken,
  isParticle,
  nameKey,
  nameTokens,
  sameFullName,
  surnameOf,
  umlautVariants,
} from './names.ts';

export type { ArticleChains } from './fullNames.ts';

export interface Person {
  /** Identity: the folded full name ("zoe marshadeyemi"), or the folded single name. */
  key: string;
  /** Display name: the most used spelling of the fullest form. */
  name: string;
  role?: string;
  gender?: Gender;
  mentions: number;
  /** Spellings a reader may type (folded, space-separated words): full names, surname, single names used. */
  aliases: Set<string>;
  roles: Map<string, number>;
  /** Articles that mention the person. */
  articleIds: Set<string>;
}

/** A single-name entity waiting to be linked. */
interface Single {
  articleId: string;
  entity: LinkedEntity;
  speaks: boolean;
  /**
   * Its article names several people in full with this surname (a father and his daughter): the article's
   * own linking left it to none of them, and neither does the corpus.
   */
  contested: boolean;
}

/** A change to the articles behind a directory: the chains of the articles added and of those removed. */
export interface ChainChange {
  added: readonly ArticleChains[];
  removed: readonly ArticleChains[];
}

/** The smallest share of a surname's mentions that lets one person take a bare surname used elsewhere. */
const DOMINANT = 2;

function push<K, V>(map: KeyedMap<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mostUsed(map: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [k, v] of map) {
    const better =
      v > n ||
      (v === n &&
        best !== undefined &&
        (k.length > best.length || (k.length === best.length && compareText(k, best) < 0)));
    if (better) [best, n] = [k, v];
  }
  return best;
}

/** Whether a role is one someone no longer holds ("former senior auditor", "ex-chairman of …"). */
function isPastRole(role: string): boolean {
  const first = role.toLowerCase().split(/\s+/)[0] ?? '';
  return PAST_ROLE_WORDS.has(first) || first === 'ex' || first.startsWith('ex-');
}

/**
 * The role shown for a person: the most used of those they hold now ("Prime Minister" rather than "former
 * senior auditor", however often the past one is written), else the most used of all.
 */
function shownRole(roles: ReadonlyMap<string, number>): string | undefined {
  const current = new Map([...roles].filter(([role]) => !isPastRole(role)));
  return mostUsed(current.size > 0 ? current : roles);
}

/**
 * The surname a person is filed under: the family name written first where the name as shown says so
 * ("Park Eun-hye", see `familyNameOf`), else the surname of the key's words.
 */
function surnameOfPerson(person: Person): string {
  const shown = nameTokens(person.name);
  const family = familyNameOf(shown);
  return family !== surnameOf(shown) ? family : surnameOf(person.key.split(' '));
}

/** How readers may type a full name: whole, and a surname with its particles ("de la cruz"). */
function aliasesOf(tokens: readonly string[]): string[] {
  const particle = tokens.findIndex((t, i) => i > 0 && isParticle(t));
  return particle > 0 ? [nameKey(tokens), nameKey(tokens.slice(particle))] : [nameKey(tokens)];
}

/** A word in capitals, maybe after a surname prefix that keeps its case ("BRASK", "McCREADIE"). */
const SHOUTED_WORD = new RegExp(`^${CAPITALS_PREFIX_PATTERN}?[\\p{Lu}'\u2019.-]+$`, 'u');

/** Written all in capitals, as a transcript's speaker label or a shouted headline has it. */
function shouted(name: string): number {
  return Number(/\p{Lu}{2}/u.test(name) && name.split(/\s+/).every((w) => SHOUTED_WORD.test(w)));
}

function accents(name: string): number {
  return Number(!isAscii(name));
}

/**
 * The spelling a person is shown by: one not in capitals ("Ottilie Brask" over a transcript label's
 * "OTTILIE BRASK", however often the label is repeated); then the most written; on a tie, one with
 * diacritics, the careful one ("Zoë" over "Zoe").
 */
function spellingOrder(a: [string, number], b: [string, number]): number {
  return (
    shouted(a[0]) - shouted(b[0]) ||
    initialled(a[0]) - initialled(b[0]) ||
    b[1] - a[1] ||
    accents(b[0]) - accents(a[0]) ||
    compareText(a[0], b[0])
  );
}

/**
 * Spellings in display order, those that leave out the given names of the group's one longer name last
 * ("García Fuentes" after "Luis Alberto García Fuentes", however often it is written; "Bambang Soelistyo",
 * written with two different first names in front, stays as written, and so does "Ailsa Baltry" before a
 * misread "Daughter Ailsa Baltry").
 */
function withoutGivenNamesLast(forms: [string, number][]): [string, number][] {
  if (forms.length < 2) return forms;
  const words = forms.map(([f]) => f.split(' ').map(foldToken));
  const shortened = words.map((w) => {
    const longer = new Set<string>();
    for (const other of words)
      if (
        other.length > w.length &&
        w.every((x, i) => other[other.length - w.length + i] === x) &&
        other.slice(0, other.length - w.length).every((x) => !isRoleNoun(x) && !isTitle(x))
      )
        longer.add(other.join(' '));
    return longer.size === 1;
  });
  if (!shortened.includes(true)) return forms;
  return [...forms.filter((_, i) => !shortened[i]), ...forms.filter((_, i) => shortened[i])];
}

/** 1 for a name whose first word is initials ("H.N. Salunkhe"): shown after a form with the given name. */
function initialled(name: string): number {
  return /^(?:\p{Lu}\.?)+\s/u.test(name) ? 1 : 0;
}

export class PeopleDirectory {
  #persons: KeyedMap<string, Person> = new Map();
  /** Article id → the person key of each of its entities (by entity id); none: that entity is no person. */
  #byEntity: KeyedMap<string, (string | undefined)[]> = new Map();
  #byAlias: KeyedMap<string, Person[]> = new Map();
  /** Single names the corpus uses as places, and how often. */
  #places: KeyedMap<string, number> = new Map();
  /** Single names spoken of as people (titles, roles, speech), and how often: kept to link added articles. */
  #personal: KeyedMap<string, number> = new Map();
  /** Full-name people by surname, and by each other word of their name. */
  #bySurname: KeyedMap<string, Person[]> = new Map();
  #byPart: KeyedMap<string, Person[]> = new Map();
  /** Every spelling of every person, spaces aside ("kimjongun" for "Kim Jong-un" and "Kim Jong Un"). */
  #byCompact: KeyedMap<string, Person[]> = new Map();
  /**
   * Only in a directory derived with `withChanges`: the people it made or copied, which it may change. Every
   * other person and list is shared with the directory it was derived from and copied before a change.
   */
  #owned: Set<Person> | undefined;

  /** Links the chains of every article (deterministic: the same articles give the same directory). */
  constructor(articles: readonly ArticleChains[]) {
    finish(this.#link(articles));
  }

  /** The constructor cut into steps, for a build that must leave the event loop free (see steps.ts). */
  static *build(articles: readonly ArticleChains[]): Steps<PeopleDirectory> {
    const directory = new PeopleDirectory([]);
    yield* directory.#link(articles);
    return directory;
  }

  *#link(articles: readonly ArticleChains[]): Steps<void> {
    const groups = yield* groupFullNames(articles);
    let n = 0;
    for (const group of groups) {
      if (!isPlace(group)) yield* this.#addPerson(group);
      if (++n % 64 === 0) yield;
    }
    for (const person of this.#persons.values()) {
      this.#listSurname(person);
      if (++n % STEP === 0) yield;
    }
    const singles = yield* this.#countSingles(articles);
    for (let i = 0; i < singles.length; i++) {
      const s = singles[i] as Single;
      this.#linkSingle(s);
      if (i % STEP === STEP - 1) yield;
    }
    for (const person of this.#persons.values()) {
      this.#index(person);
      if (++n % STEP === 0) yield;
    }
  }

  /**
   * Files a full-name person under its surname and the other words of its name (for single names), and under
   * the one-word names an article says they also go by ("Vessa").
   */
  #listSurname(person: Person): void {
    const words = person.key.split(' ');
    this.#add(this.#bySurname, surnameOfPerson(person), person);
    for (const w of new Set(words)) this.#add(this.#byPart, w, person);
    for (const alias of person.aliases)
      if (!alias.includes(' ') && !words.includes(alias)) this.#add(this.#byPart, alias, person);
  }

  /** The single-name entities of the articles, counted as places and as people. */
  *#countSingles(articles: readonly ArticleChains[]): Steps<Single[]> {
    const singles: Single[] = [];
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i] as ArticleChains;
      const fullSurnames = new Map<string, number>();
      // "Zhang Wei" beside "Kevin Zhang": a word that opens one full name (a family name written first)
      // and ends another is either's, as is a word two full names end with.
      const firstWords = new Set<string>();
      for (const e of a.entities)
        if (e.full) {
          bump(fullSurnames, e.surname, 1);
          const first = foldToken(e.tokens[0] ?? '');
          if (first !== e.surname) firstWords.add(first);
        }
      for (const e of a.entities) {
        if (e.full) continue;
        const speaks = a.speakers.has(e.id);
        const sharing = (fullSurnames.get(e.surname) ?? 0) + Number(firstWords.has(e.surname));
        // ("Mr Hollis, 49," where the article's Walter Hollis is 78: the article told them apart by age.)
        const contested =
          sharing >= 2 ||
          a.entities.some((f) => f.full && f.surname === e.surname && !agesAgree(e.age, f.age));
        singles.push({ articleId: a.articleId, entity: e, speaks, contested });
        bump(this.#places, e.surname, e.locative);
        bump(this.#personal, e.surname, e.personal + e.speaks + Number(speaks));
      }
      if (i % 64 === 63) yield;
    }
    return singles;
  }

  /**
   * Makes the person of a group of full names; yields every STEP members (someone named in every article
   * has thousands: one person held the event loop for tens of milliseconds at 10,000 articles).
   */
  *#addPerson(group: Group): Steps<Person> {
    const forms = withoutGivenNamesLast([...group.forms].sort(spellingOrder));
    const name = forms[0]?.[0] ?? group.tokens.join(' ');
    let person: Person = {
      key: nameKey(nameTokens(name)),
      name,
      mentions: 0,
      aliases: new Set(forms.flatMap(([f]) => aliasesOf(nameTokens(f)))),
      roles: new Map(),
      articleIds: new Set(),
    };
    // Two full names can fold to one key only when they are one group; keep keys unique regardless.
    while (this.#persons.has(person.key)) person.key = `${person.key}'`;
    this.#persons.set(person.key, person);
    this.#owned?.add(person);
    let n = 0;
    for (const { articleId, entity } of group.members) {
      person = this.#attach(person, articleId, entity);
      if (++n % STEP === 0) yield;
    }
    const gender = genderOf({ votes: groupVotes(group), tokens: group.tokens, full: true });
    if (gender) person.gender = gender;
    return person;
  }

  /** Counts an entity's mentions for a person; returns the person as this directory may change it. */
  #attach(found: Person, articleId: string, entity: LinkedEntity): Person {
    const person = this.#writable(found);
    let keys = this.#byEntity.get(articleId);
    if (!keys) {
      keys = [];
      this.#byEntity.set(articleId, keys);
    }
    keys[entity.id] = person.key;
    person.mentions += entity.mentions;
    person.articleIds.add(articleId);
    for (const [role, n] of entity.roles) bump(person.roles, role, n);
    person.role = shownRole(person.roles);
    // A name the text uses on its own ("Xi said", "Kim") is how readers ask for the person, however short.
    for (const short of entity.shortForms) person.aliases.add(short);
    return person;
  }

  /**
   * Full-name people a single name could mean: by surname first, then by another part of the name; of the
   * single name's gender, when both are known ("Mr Casarin" is not Renata Casarin).
   */
  #ownersOf(written: string, gender?: Gender, articleId?: string): Person[] {
    const variant = this.#byPart.has(written)
      ? undefined
      : umlautVariants(written).find((v) => this.#byPart.has(v));
    const word = variant ?? written;
    // "Jared, an undergraduate" in one article is not Jared Kushner of another: a single name is the first
    // name only of someone its own article names in full.
    const byPart =
      articleId === undefined
        ? this.#byPart.get(word)
        : this.#byPart.get(word)?.filter((p) => p.articleIds.has(articleId) || !p.key.startsWith(`${word} `));
    const found = (this.#bySurname.get(word) ?? byPart ?? []).filter(
      (p) => gender === undefined || p.gender === undefined || p.gender === gender,
    );
    if (found.length <= 1) return found;
    found.sort((a, b) => b.mentions - a.mentions || compareText(a.key, b.key));
    return (found[0] as Person).mentions >= DOMINANT * (found[1] as Person).mentions
      ? [found[0] as Person]
      : found;
  }

  #linkSingle({ articleId, entity, speaks, contested }: Single): void {
    const word = entity.surname;
    const owners = contested ? [] : this.#ownersOf(word, genderOf(entity), articleId);
    if (owners.length === 1) {
      this.#attach(owners[0] as Person, articleId, entity);
      return;
    }
    // A single name of its own: a person if it is spoken of as one more than as a place.
    const asPerson = (this.#personal.get(word) ?? 0) + Number(speaks);
    if (asPerson === 0 || (this.#places.get(word) ?? 0) >= asPerson) return;
    if (entity.personal === 0 && !speaks && owners.length === 0) return;
    let person = this.#persons.get(word);
    if (!person) {
      person = {
        key: word,
        name: entity.tokens.join(' '),
        mentions: 0,
        aliases: new Set([word]),
        roles: new Map(),
        articleIds: new Set(),
      };
      this.#persons.set(word, person);
      this.#owned?.add(person);
    }
    this.#attach(person, articleId, entity);
  }

  #index(person: Person): void {
    for (const alias of person.aliases) {
      if (this.#owned) {
        // A derived directory indexes a person again after a change: only what is not listed yet.
        if (!this.#byAlias.get(alias)?.includes(person)) this.#add(this.#byAlias, alias, person);
      } else push(this.#byAlias, alias, person);
      const compact = alias.replaceAll(' ', '');
      if (!this.#byCompact.get(compact)?.includes(person)) this.#add(this.#byCompact, compact, person);
    }
  }

  /** Adds to a list: in place in a directory of its own, as a new list where lists may be shared. */
  #add(map: KeyedMap<string, Person[]>, key: string, person: Person): void {
    if (this.#owned) map.set(key, [...(map.get(key) ?? []), person]);
    else push(map, key, person);
  }

  /**
   * The directory after a small change, without linking the whole corpus again: the removed articles'
   * mentions are taken off their people (someone no article mentions any more goes), and the added
   * articles' names are linked to the people already known — a full name to the person of that name, a
   * single name to the one person with that surname — or become new people. This directory is left as it
   * was. Linking the whole corpus again (the constructor) may read a few names differently (a new full name
   * can make a bare surname ambiguous); the index store does that in the background (index/store.ts).
   */
  withChanges(change: ChainChange): PeopleDirectory {
    return finish(this.changeSteps(change));
  }

  /** `withChanges` in steps (see steps.ts). */
  *changeSteps(change: ChainChange): Steps<PeopleDirectory> {
    // Laid over this directory's maps, not copies of them: the change costs its own size.
    const next = new PeopleDirectory([]);
    next.#persons = new LayeredMap(this.#persons);
    next.#byEntity = new LayeredMap(this.#byEntity);
    next.#byAlias = new LayeredMap(this.#byAlias);
    next.#places = new LayeredMap(this.#places);
    next.#personal = new LayeredMap(this.#personal);
    next.#bySurname = new LayeredMap(this.#bySurname);
    next.#byPart = new LayeredMap(this.#byPart);
    next.#byCompact = new LayeredMap(this.#byCompact);
    next.#owned = new Set();
    yield;
    for (const removed of change.removed) {
      next.#unlink(removed);
      yield;
    }
    yield* next.#linkAdded(change.added);
    return next;
  }

  /**
   * Keys of the people a directory derived with `withChanges` made, changed or dropped (empty for a
   * directory built from all articles).
   */
  get changed(): ReadonlySet<string> {
    return new Set([...(this.#owned ?? [])].map((p) => p.key));
  }

  /** A person this directory may change: the person itself if it is its own, else a copy put in its place. */
  #writable(person: Person): Person {
    if (!this.#owned || this.#owned.has(person)) return person;
    const copy: Person = {
      ...person,
      aliases: new Set(person.aliases),
      roles: new Map(person.roles),
      articleIds: new Set(person.articleIds),
    };
    this.#owned.add(copy);
    this.#persons.set(copy.key, copy);
    this.#replace(person, copy);
    return copy;
  }

  /** Puts `next` in the place of `person` in every list that holds it (removes it when `next` is undefined). */
  #replace(person: Person, next: Person | undefined): void {
    const swap = (map: KeyedMap<string, Person[]>, key: string) => {
      const list = map.get(key);
      if (!list?.includes(person)) return;
      const changed = next ? list.map((p) => (p === person ? next : p)) : list.filter((p) => p !== person);
      if (changed.length > 0) map.set(key, changed);
      else map.delete(key);
    };
    for (const alias of person.aliases) {
      swap(this.#byAlias, alias);
      swap(this.#byCompact, alias.replaceAll(' ', ''));
    }
    const words = person.key.split(' ');
    swap(this.#bySurname, surnameOfPerson(person));
    for (const w of new Set(words)) swap(this.#byPart, w);
  }

  /** Takes a removed article's mentions off its people; a person no article mentions any more goes. */
  #unlink(chains: ArticleChains): void {
    const keys = this.#byEntity.get(chains.articleId) ?? [];
    this.#byEntity.delete(chains.articleId);
    const touched = new Set<Person>();
    for (const e of chains.entities) {
      if (!e.full) {
        bump(this.#places, e.surname, -e.locative);
        bump(this.#personal, e.surname, -(e.personal + e.speaks + Number(chains.speakers.has(e.id))));
      }
      const key = keys[e.id];
      const found = key === undefined ? undefined : this.#persons.get(key);
      if (!found) continue;
      const person = this.#writable(found);
      person.mentions -= e.mentions;
      for (const [role, n] of e.roles) {
        const left = (person.roles.get(role) ?? 0) - n;
        if (left > 0) person.roles.set(role, left);
        else person.roles.delete(role);
      }
      touched.add(person);
    }
    for (const person of touched) {
      person.articleIds.delete(chains.articleId);
      person.role = shownRole(person.roles);
      if (person.articleIds.size > 0 && person.mentions > 0) continue;
      this.#persons.delete(person.key);
      this.#replace(person, undefined);
    }
  }

  /** Links added articles to the people known (see withChanges). */
  *#linkAdded(articles: readonly ArticleChains[]): Steps<void> {
    let n = 0;
    for (const group of yield* groupFullNames(articles)) {
      if (++n % 64 === 0) yield;
      // Only a full-name person takes a full name (a bare "Kim" person does not become "Kim Jong-un").
      const known = this.resolve(group.tokens.join(' '));
      if (known?.key.includes(' ') === true) {
        let person: Person = known;
        for (const { articleId, entity } of group.members) person = this.#attach(person, articleId, entity);
        for (const form of group.forms.keys()) person.aliases.add(nameKey(nameTokens(form)));
      } else if (!isPlace(group)) this.#listSurname(yield* this.#addPerson(group));
    }
    for (const s of yield* this.#countSingles(articles)) {
      this.#linkSingle(s);
      if (++n % STEP === 0) yield;
    }
    for (const person of this.#owned ?? []) {
      if (this.#persons.get(person.key) === person) this.#index(person);
      if (++n % 64 === 0) yield;
    }
  }

  /** The person an article's entity is, or undefined when it is no person (a place, an institution). */
  personOf(articleId: string, entity: number): Person | undefined {
    const key = this.#byEntity.get(articleId)?.[entity];
    return key === undefined ? undefined : this.#persons.get(key);
  }

  /** The person a written name refers to ("Marsh-Adeyemi", "Zoe Marsh-Adeyemi", "Kim Jong-un"), if one. */
  resolve(name: string): Person | undefined {
    const written = nameTokens(name);
    // "Chairman Kim", "Ms Okoro": the name after the titles.
    const untitled = written.filter((t) => !isTitle(t));
    const named = untitled.length > 0 ? untitled : written;
    // "van Sebille": a surname with its particle is still a surname.
    const core = named.filter((t) => !isParticle(t.toLowerCase()));
    const tokens = core.length === 1 && named.length > 1 ? core : named;
    if (tokens.length === 0) return undefined;
    const alias = this.#byAlias.get(nameKey(tokens));
    if (alias?.length === 1) return alias[0];
    const spelled = this.#byCompact.get(compactKey(tokens));
    if (spelled?.length === 1) return spelled[0];
    if (tokens.length > 1) {
      const compact = compactKey(tokens);
      const folded = tokens.map(foldToken);
      // People with that surname: the same name, or it with and without middle names.
      const same = (this.#bySurname.get(familyNameOf(tokens)) ?? []).filter(
        (p) => p.key.replaceAll(' ', '') === compact || sameFullName(p.key.split(' '), folded),
      );
      return same.length === 1 ? same[0] : undefined;
    }
    const owners = this.#ownersOf(foldToken(tokens[0] as string));
    return owners.length === 1 ? owners[0] : undefined;
  }

  /** Whether a single name is the first or last name of several people (so it resolves to none of them). */
  isNamePart(word: string): boolean {
    return this.#ownersOf(foldToken(word)).length > 1;
  }

  /** Whether the corpus uses a single name as a place ("in Seoul") more than as a person. */
  isPlace(name: string): boolean {
    const word = foldToken(name);
    return (this.#places.get(word) ?? 0) > 0 && this.resolve(name) === undefined;
  }

  /** Every person, most mentioned first. */
  get people(): Person[] {
    return [...this.#persons.values()].sort((a, b) => b.mentions - a.mentions || compareText(a.name, b.name));
  }

  /** Full-name people whose surname is this word ("alhaddad"): relatives asked for by the name they share. */
  withSurname(word: string): readonly Person[] {
    return this.#bySurname.get(word) ?? [];
  }

  get(key: string): Person | undefined {
    return this.#persons.get(key);
  }
}
