/**
 * The people of a story, learned from the articles' name tallies (nameTally.ts). It tells persons from
 * places, links "Pompeo" and "Secretary Pompeo" to "Mike Pompeo", and gives each person the role the
 * articles use most.
 */
import { isTitleWord, nameKey } from './names.ts';
import {
  bump,
  commonWords,
  mostUsed,
  type NameStats,
  type NameTally,
  PeopleScanner,
  type ScannedArticle,
} from './nameTally.ts';

export interface Person {
  /** Display name: the most used spelling of the fullest form. */
  name: string;
  key: string;
  role?: string;
  mentions: number;
  /** Lower-case, accent-free spellings that refer to this person (full name, surname, title + surname). */
  aliases: Set<string>;
  roles: Map<string, number>;
  /** Articles that mention the person. */
  articleIds: Set<string>;
}

/** First word, middle words and last word of a name key. */
function nameParts(key: string): { first: string; middle: string[]; surname: string } {
  const words = key.split(' ');
  return {
    first: words[0] as string,
    middle: words.slice(1, -1),
    surname: words[words.length - 1] as string,
  };
}

/**
 * Whether two spellings of the same first name and surname are one person: middle initials on one side
 * only ("michael r pompeo", "michael pompeo"; keys have no periods). Nicknames ("Mike") are not guessed.
 */
function sameSpelledPerson(a: Person, b: Person): boolean {
  const [ma, mb] = [nameParts(a.key).middle, nameParts(b.key).middle];
  const [some, none] = ma.length === 0 ? [mb, ma] : [ma, mb];
  return none.length === 0 && some.length > 0 && some.every((w) => w.length === 1);
}

export class PeopleDirectory {
  readonly #stats: Map<string, NameStats>;
  readonly #places: Map<string, number>;
  readonly #people = new Map<string, Person>();
  readonly #byAlias = new Map<string, Person>();
  /** Multi-word people by their first and last name words, for linking "Pompeo" to "Mike Pompeo". */
  readonly #byNamePart = new Map<string, Person[]>();

  /** Links a tally's names into people (deterministic: the same tally gives the same directory). */
  constructor(tally: NameTally) {
    this.#stats = tally.stats;
    this.#places = tally.places;
    this.#link();
  }

  /** Scans articles in one pass and links the names found. */
  static fromArticles(articles: readonly ScannedArticle[]): PeopleDirectory {
    const scanner = new PeopleScanner(commonWords(articles));
    for (const a of articles) scanner.scan(a);
    return new PeopleDirectory(scanner.tally);
  }

  #isPersonKey(key: string, stats: NameStats): boolean {
    const place = this.#places.get(key) ?? 0;
    return stats.titled > place && !/\d/.test(key);
  }

  /**
   * Groups name keys into people: full names first, then spellings of one person's full name joined, then
   * single words that point at one of them.
   */
  #link(): void {
    const keys = [...this.#stats.keys()].sort(
      (a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : 1),
    );
    // Full names, longest first, then single words (which may point at one of them).
    for (const key of keys) if (key.includes(' ')) this.#linkKey(key);
    this.#joinSpellings();
    for (const key of keys) if (!key.includes(' ')) this.#linkKey(key);
  }

  /** Makes a name key a person of its own, an alias of the one person it points at, or nothing. */
  #linkKey(key: string): void {
    const stats = this.#stats.get(key) as NameStats;
    const words = key.split(' ');
    const owners = words.length === 1 ? this.#ownersOf(key) : [];
    if (owners.length === 1) {
      this.#merge(owners[0] as Person, key, stats);
      return;
    }
    if (owners.length > 1 || !this.#isPersonKey(key, stats)) return;
    const person: Person = {
      name: mostUsed(stats.variants) ?? key,
      key,
      mentions: 0,
      aliases: new Set(),
      roles: new Map(),
      articleIds: new Set(),
    };
    this.#people.set(key, person);
    if (words.length > 1) {
      for (const part of new Set([words[0] as string, words[words.length - 1] as string])) {
        this.#byNamePart.set(part, [...(this.#byNamePart.get(part) ?? []), person]);
      }
    }
    this.#merge(person, key, stats);
  }

  /**
   * Joins full names that spell one person with and without middle initials ("Michael R. Pompeo", "Michael
   * Pompeo"). The person mentioned most takes the others in; two different sets of initials ("George H. W.
   * Bush", "George W. Bush") never end up in one person.
   */
  #joinSpellings(): void {
    const byName = new Map<string, Person[]>();
    for (const person of this.#people.values()) {
      const { first, surname } = nameParts(person.key);
      if (first === surname) continue;
      const key = `${first} ${surname}`;
      byName.set(key, [...(byName.get(key) ?? []), person]);
    }
    for (const spellings of byName.values()) {
      if (spellings.length < 2) continue;
      spellings.sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
      const groups: Person[][] = [];
      for (const person of spellings) {
        const group = groups.find((members) => members.every((m) => sameSpelledPerson(m, person)));
        if (group) {
          this.#absorb(group[0] as Person, person);
          group.push(person);
        } else groups.push([person]);
      }
    }
  }

  /** Moves everything known of `other` to `person`; `other` is no longer a person of its own. */
  #absorb(person: Person, other: Person): void {
    person.mentions += other.mentions;
    for (const id of other.articleIds) person.articleIds.add(id);
    for (const alias of other.aliases) {
      person.aliases.add(alias);
      this.#byAlias.set(alias, person);
    }
    for (const [role, n] of other.roles) bump(person.roles, role, n);
    person.role = mostUsed(person.roles);
    this.#people.delete(other.key);
    for (const [part, owners] of this.#byNamePart) {
      if (!owners.includes(other)) continue;
      const kept = owners.filter((p) => p !== other);
      this.#byNamePart.set(part, kept.includes(person) ? kept : [...kept, person]);
    }
  }

  #ownersOf(word: string): Person[] {
    const found = [...(this.#byNamePart.get(word) ?? [])];
    if (found.length <= 1) return found;
    // Ambiguous surname: keep it only if one person clearly dominates the mentions.
    found.sort((a, b) => b.mentions - a.mentions);
    return (found[0] as Person).mentions >= 2 * (found[1] as Person).mentions ? [found[0] as Person] : found;
  }

  #merge(person: Person, key: string, stats: NameStats): void {
    person.mentions += stats.mentions;
    for (const id of stats.articleIds) person.articleIds.add(id);
    person.aliases.add(key);
    this.#byAlias.set(key, person);
    for (const [role, n] of stats.roles) {
      bump(person.roles, role, n);
      // "Chairman Kim", "Secretary Pompeo": a lone title in front of a name is how readers refer to people.
      if (!role.includes(' ') && isTitleWord(role)) person.aliases.add(nameKey(`${role} ${key}`));
    }
    person.role = mostUsed(person.roles);
  }

  /** The person a name refers to ("Pompeo", "Kim Jong-un", "Chairman Kim"), if the articles establish one. */
  resolve(name: string): Person | undefined {
    const key = nameKey(name);
    const direct = this.#byAlias.get(key);
    if (direct) return direct;
    const words = key.split(' ');
    // "Chairman Kim": drop title words and try again.
    const untitled = words.filter((w) => !isTitleWord(w));
    if (untitled.length > 0 && untitled.length < words.length) return this.resolve(untitled.join(' '));
    // A surname never mentioned on its own: the one person whose first or last name it is.
    const owners = words.length === 1 ? this.#ownersOf(key) : [];
    return owners.length === 1 ? owners[0] : undefined;
  }

  /** Whether a word is the first or last name of people the articles name (several, when `resolve` finds none). */
  isNamePart(word: string): boolean {
    return this.#byNamePart.has(nameKey(word));
  }

  /** Whether the articles use this name as a place ("in Seoul"), not a person. */
  isPlace = (name: string): boolean => {
    const key = nameKey(name);
    const stats = this.#stats.get(key);
    return (this.#places.get(key) ?? 0) > 0 && (stats === undefined || !this.#isPersonKey(key, stats));
  };

  get people(): Person[] {
    return [...this.#people.values()].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
  }
}
