/**
 * The people of a corpus: each article's chains linked across articles. Full names that agree after
 * folding diacritics and case, with and without middle names, are one person; a chain that only ever says
 * "Marsh-Adeyemi" or "Ms Marsh-Adeyemi" joins the one person elsewhere with that surname (when that is not
 * ambiguous); a single name the corpus uses as a place ("in Washington") is no person.
 */
import type { Gender } from '../lexicon/index.ts';
import { compareText } from '../text/compare.ts';
import { isAscii } from '../text/normalize.ts';
import { type ArticleEntity, genderOf } from './chains.ts';
import { isTitle } from './mentions.ts';
import {
  compactKey,
  foldToken,
  isInitial,
  isParticle,
  looksLikePlace,
  nameKey,
  nameTokens,
  sameFullName,
  surnameOf,
  umlautVariant,
} from './names.ts';

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

/** An article's chains, as the directory reads them. */
export interface ArticleChains {
  articleId: string;
  entities: readonly ArticleEntity[];
  /** Entities the article's quotes were attributed to: evidence of a person, not a place. */
  speakers: ReadonlySet<number>;
}

/** The smallest share of a surname's mentions that lets one person take a bare surname used elsewhere. */
const DOMINANT = 2;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
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

/** How readers may type a full name: whole, and a surname with its particles ("de la cruz"). */
function aliasesOf(tokens: readonly string[]): string[] {
  const particle = tokens.findIndex((t, i) => i > 0 && isParticle(t));
  return particle > 0 ? [nameKey(tokens), nameKey(tokens.slice(particle))] : [nameKey(tokens)];
}

/** A spelling with diacritics is the careful one ("Zoë" over "Zoe"), on a tie. */
function spellingOrder(a: [string, number], b: [string, number]): number {
  const accents = (s: string) => Number(!isAscii(s));
  return b[1] - a[1] || accents(b[0]) - accents(a[0]) || compareText(a[0], b[0]);
}

/**
 * A full name that is a place: it opens like one ("South Korea"), or the corpus puts it after "in" or
 * "from" and never gives it a title, role or age.
 */
function isPlace(group: Group): boolean {
  if (looksLikePlace(group.tokens)) return true;
  let personal = 0;
  let locative = 0;
  for (const { entity } of group.members) {
    personal += entity.personal;
    locative += entity.locative;
  }
  return personal === 0 && locative > 0;
}

/** Moves everything of `other` into `group`. */
function absorb(group: Group, other: Group): void {
  group.members.push(...other.members);
  group.mentions += other.mentions;
  for (const [form, n] of other.forms) bump(group.forms, form, n);
}

/**
 * "Henry Bambang Soelistyo" and "Fransiskus Bambang Soelistyo" where the corpus also writes "Bambang
 * Soelistyo": a name written without its first name is one person with the longer forms (Indonesian,
 * Arabic and many other names are shortened that way). Only through such a two-word form, never an initial.
 */
function withoutFirstNames(groups: readonly Group[]): Group[] {
  const twoWord = new Map<string, Group>();
  for (const g of groups) {
    const words = g.tokens.filter((t) => !isParticle(t));
    if (words.length === 2 && !words.some(isInitial)) twoWord.set(words.map(foldToken).join(' '), g);
  }
  const gone = new Set<Group>();
  for (const g of groups) {
    const words = g.tokens.filter((t) => !isParticle(t));
    if (words.length < 3) continue;
    const tail = words.slice(-2);
    const bridge = tail.some(isInitial) ? undefined : twoWord.get(tail.map(foldToken).join(' '));
    if (!bridge || bridge === g || gone.has(bridge)) continue;
    absorb(bridge, g);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g));
}

interface Group {
  key: string;
  tokens: string[];
  forms: Map<string, number>;
  members: { articleId: string; entity: ArticleEntity }[];
  mentions: number;
}

export class PeopleDirectory {
  readonly #persons = new Map<string, Person>();
  /** `${articleId}#${entity}` → person key; absent: the entity is no person (a place, an institution). */
  readonly #byEntity = new Map<string, string>();
  readonly #byAlias = new Map<string, Person[]>();
  /** Single names the corpus uses as places, and how often. */
  readonly #places = new Map<string, number>();
  /** Full-name people by surname, and by each other word of their name. */
  readonly #bySurname = new Map<string, Person[]>();
  readonly #byPart = new Map<string, Person[]>();
  /** Every spelling of every person, spaces aside ("kimjongun" for "Kim Jong-un" and "Kim Jong Un"). */
  readonly #byCompact = new Map<string, Person[]>();

  /** Links the chains of every article (deterministic: the same articles give the same directory). */
  constructor(articles: readonly ArticleChains[]) {
    const groups = this.#groupFullNames(articles);
    for (const group of groups) if (!isPlace(group)) this.#addPerson(group);
    for (const person of this.#persons.values()) {
      const words = person.key.split(' ');
      push(this.#bySurname, surnameOf(words), person);
      for (const w of new Set(words)) push(this.#byPart, w, person);
    }
    const singles: { articleId: string; entity: ArticleEntity; speaks: boolean }[] = [];
    const personal = new Map<string, number>();
    for (const a of articles) {
      for (const e of a.entities) {
        if (e.full) continue;
        const speaks = a.speakers.has(e.id);
        singles.push({ articleId: a.articleId, entity: e, speaks });
        bump(this.#places, e.surname, e.locative);
        bump(personal, e.surname, e.personal + e.speaks + Number(speaks));
      }
    }
    for (const s of singles) this.#linkSingle(s.articleId, s.entity, s.speaks, personal);
    for (const person of this.#persons.values()) this.#index(person);
  }

  /** Full names grouped: equal folded names, then spellings with and without middle names joined. */
  #groupFullNames(articles: readonly ArticleChains[]): Group[] {
    const byKey = new Map<string, Group>();
    for (const a of articles) {
      for (const e of a.entities) {
        if (!e.full) continue;
        const key = e.key;
        let group = byKey.get(key);
        if (!group) {
          group = { key, tokens: e.tokens, forms: new Map(), members: [], mentions: 0 };
          byKey.set(key, group);
        }
        group.members.push({ articleId: a.articleId, entity: e });
        group.mentions += e.mentions;
        for (const [form, n] of e.forms) bump(group.forms, form, n);
      }
    }
    const sorted = [...byKey.values()].sort((a, b) => b.mentions - a.mentions || compareText(a.key, b.key));
    const joined: Group[][] = [];
    // Only names with the same first word and surname can be one person: compared within those.
    const byName = new Map<string, Group[][]>();
    const formsOf = (g: Group) => [...g.forms.keys()].map((f) => f.split(' '));
    const compatible = (a: Group, b: Group) =>
      formsOf(a).every((x) => formsOf(b).every((y) => sameFullName(x, y)));
    for (const group of sorted) {
      const name = `${foldToken(group.tokens[0] as string)} ${surnameOf(group.tokens)}`;
      const candidates = byName.get(name) ?? [];
      // The person mentioned most takes the others in; two different sets of initials never meet.
      const home = candidates.find((members) => members.every((m) => compatible(m, group)));
      if (home) home.push(group);
      else {
        const members = [group];
        joined.push(members);
        byName.set(name, [...candidates, members]);
      }
    }
    const merged = joined.map(([head, ...rest]) => {
      const all = head as Group;
      for (const g of rest) absorb(all, g);
      return all;
    });
    return withoutFirstNames(merged);
  }

  #addPerson(group: Group): void {
    const forms = [...group.forms].sort(spellingOrder);
    const name = forms[0]?.[0] ?? group.tokens.join(' ');
    const person: Person = {
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
    const votes = { m: 0, f: 0 };
    for (const { articleId, entity } of group.members) {
      this.#attach(person, articleId, entity);
      votes.m += entity.votes.m;
      votes.f += entity.votes.f;
    }
    const gender = genderOf({ votes, tokens: group.tokens, full: true });
    if (gender) person.gender = gender;
  }

  #attach(person: Person, articleId: string, entity: ArticleEntity): void {
    this.#byEntity.set(`${articleId}#${entity.id}`, person.key);
    person.mentions += entity.mentions;
    person.articleIds.add(articleId);
    for (const [role, n] of entity.roles) bump(person.roles, role, n);
    person.role = mostUsed(person.roles);
    // A name the text uses on its own ("Xi said", "Kim") is how readers ask for the person, however short.
    for (const short of entity.shortForms) person.aliases.add(short);
  }

  /** Full-name people a single name could mean: by surname first, then by another part of the name. */
  #ownersOf(written: string): Person[] {
    const variant = umlautVariant(written);
    const word = !this.#byPart.has(written) && variant && this.#byPart.has(variant) ? variant : written;
    const found = [...(this.#bySurname.get(word) ?? this.#byPart.get(word) ?? [])];
    if (found.length <= 1) return found;
    found.sort((a, b) => b.mentions - a.mentions || compareText(a.key, b.key));
    return (found[0] as Person).mentions >= DOMINANT * (found[1] as Person).mentions
      ? [found[0] as Person]
      : found;
  }

  #linkSingle(
    articleId: string,
    entity: ArticleEntity,
    speaks: boolean,
    personal: ReadonlyMap<string, number>,
  ): void {
    const word = entity.surname;
    const owners = this.#ownersOf(word);
    if (owners.length === 1) {
      this.#attach(owners[0] as Person, articleId, entity);
      return;
    }
    // A single name of its own: a person if it is spoken of as one more than as a place.
    const asPerson = (personal.get(word) ?? 0) + Number(speaks);
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
    }
    this.#attach(person, articleId, entity);
  }

  #index(person: Person): void {
    for (const alias of person.aliases) {
      push(this.#byAlias, alias, person);
      const compact = alias.replaceAll(' ', '');
      if (!this.#byCompact.get(compact)?.includes(person)) push(this.#byCompact, compact, person);
    }
  }

  /** The person an article's entity is, or undefined when it is no person (a place, an institution). */
  personOf(articleId: string, entity: number): Person | undefined {
    const key = this.#byEntity.get(`${articleId}#${entity}`);
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
      const same = (this.#bySurname.get(surnameOf(tokens)) ?? []).filter(
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

  get(key: string): Person | undefined {
    return this.#persons.get(key);
  }
}
