/**
 * Full names across articles, grouped into one group per person before the directory makes people of them:
 * names that agree after folding, with and without middle names, and a name written without its first
 * name ("Bambang Soelistyo") with its longer forms.
 */
import type { KeyedMap } from '../collections/layeredMap.ts';
import { GENERATIONAL_SUFFIXES, GIVEN_NAME_GENDERS, PET_NAMES } from '../lexicon/index.ts';
import { STEP, type Steps } from '../steps.ts';
import { compareText } from '../text/compare.ts';
import type { ArticleEntity } from './chains.ts';
import {
  coreWords,
  foldToken,
  isInitial,
  isParticle,
  looksLikePlace,
  MIN_SHORT_GIVEN,
  nameTokens,
  sameFullName,
  startsGivenName,
  surnameOf,
  umlautVariants,
} from './names.ts';

/**
 * What the directory reads of an article's chain of mentions. Its counts are read-only: a decoded analysis
 * shares one empty map among the chains that have none (index/analysisCodec.ts).
 */
export type LinkedEntity = Pick<
  ArticleEntity,
  | 'id'
  | 'tokens'
  | 'full'
  | 'key'
  | 'surname'
  | 'votes'
  | 'mentions'
  | 'personal'
  | 'speaks'
  | 'locative'
  | 'unquoted'
> & {
  readonly forms: ReadonlyMap<string, number>;
  readonly roles: ReadonlyMap<string, number>;
  readonly shortForms: ReadonlySet<string>;
  /** The age the article gives the person, if it does (see `agesAgree`). */
  readonly age?: number;
};

/** The counts of a chain that has none (most have no role, single names no full form): one map for all. */
export const NO_COUNTS: ReadonlyMap<string, number> = new Map();
/** The short forms of a chain that has none. */
export const NO_FORMS: ReadonlySet<string> = new Set();

/**
 * Of an article's chain, only what linking across articles reads, with shared empty collections: the
 * analyses of a whole corpus are held until its snapshot is built, and every chain's sets of first-name
 * parts and role nouns (attribution's alone) held with them doubled the memory a build keeps, and the
 * young-generation collections that copy it (about 5 % of a build at 10,000 articles).
 */
export function linkedPart(e: ArticleEntity): LinkedEntity {
  return {
    id: e.id,
    tokens: e.tokens,
    full: e.full,
    key: e.key,
    surname: e.surname,
    votes: e.votes,
    mentions: e.mentions,
    personal: e.personal,
    speaks: e.speaks,
    locative: e.locative,
    unquoted: e.unquoted,
    forms: e.forms.size === 0 ? NO_COUNTS : e.forms,
    roles: e.roles.size === 0 ? NO_COUNTS : e.roles,
    shortForms: e.shortForms.size === 0 ? NO_FORMS : e.shortForms,
    ...(e.elder?.age === undefined ? {} : { age: e.elder.age }),
  };
}

/** An article's chains, as the directory reads them. */
export interface ArticleChains {
  articleId: string;
  entities: readonly LinkedEntity[];
  /** Entities the article's quotes were attributed to: evidence of a person, not a place. */
  speakers: ReadonlySet<number>;
}

export interface Group {
  key: string;
  tokens: string[];
  forms: Map<string, number>;
  members: { articleId: string; entity: LinkedEntity }[];
  mentions: number;
}

export function bump<K>(map: KeyedMap<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/**
 * A full name that is a place: it opens like one ("South Korea"), or the corpus puts it after "in" or
 * "from" and never gives it a title, role or age.
 */
export function isPlace(group: Group): boolean {
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
 * The groups named with `length` words (particles aside, no initial; two unless told), by their folded words
 * ("bambang soelistyo"). Not a surname with its particle capitalised ("Dela Cruz", "Van Dyke" after "Mrs."),
 * which every relative of that surname ends with.
 */
function namesOfWords(groups: readonly Group[], length = 2): Map<string, Group> {
  const twoWord = new Map<string, Group>();
  for (const g of groups) {
    const words = coreWords(g.tokens);
    if (words.length !== length || words.some(isInitial) || isParticle((words[0] as string).toLowerCase()))
      continue;
    twoWord.set(words.map(foldToken).join(' '), g);
  }
  return twoWord;
}

/**
 * "Henry Bambang Soelistyo" and "Fransiskus Bambang Soelistyo" where the corpus also writes "Bambang
 * Soelistyo": a name written without its first name is one person with the longer forms (Indonesian,
 * Arabic and many other names are shortened that way). Only through such a two-word form, never an initial.
 */
function withoutFirstNames(groups: readonly Group[]): Group[] {
  const twoWord = namesOfWords(groups);
  return joinedThroughBridges(groups, (g) => {
    const words = g.tokens.filter((t) => !isParticle(t));
    if (words.length < 3) return undefined;
    const tail = words.slice(-2);
    return tail.some(isInitial) ? undefined : twoWord.get(tail.map(foldToken).join(' '));
  });
}

/**
 * Each group that `bridgeOf` links to a two-word group is taken into it (once; never into itself), unless
 * an article names two of the groups linked to that one apart ("Javier García Fuentes" and his brother
 * "Luis Alberto García Fuentes"): then the two words are neither's for sure, and none is taken in.
 */
function joinedThroughBridges(groups: readonly Group[], bridgeOf: (g: Group) => Group | undefined): Group[] {
  const bridges = new Map<Group, Group>();
  const into = new Map<Group, Group[]>();
  for (const g of groups) {
    const bridge = bridgeOf(g);
    if (!bridge || bridge === g) continue;
    bridges.set(g, bridge);
    const list = into.get(bridge);
    if (list) list.push(g);
    else into.set(bridge, [g]);
  }
  const gone = new Set<Group>();
  for (const [g, bridge] of bridges) {
    if (gone.has(bridge) || namedApart(into.get(bridge) as Group[])) continue;
    absorb(bridge, g);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g));
}

/** Whether one article names two of these groups as different people. */
function namedApart(groups: readonly Group[]): boolean {
  if (groups.length < 2) return false;
  const seen = new Map<string, Group>();
  for (const g of groups)
    for (const { articleId } of g.members) {
      const other = seen.get(articleId);
      if (other !== undefined && other !== g) return true;
      seen.set(articleId, g);
    }
  return false;
}

/**
 * "Ximena Ibáñez-Corral Soto", called "Ibáñez-Corral Soto" in her article, and "Ximena Ibáñez-Corral"
 * elsewhere: a Spanish name with both surnames is one person with the name that has only the first (a
 * Portuguese one with the name that has only the last). Only
 * where the longer name's own article shortens it to its two surnames (the Spanish convention), so that a
 * middle name ("John Michael Smith") never joins a different "John Michael".
 */
function withoutSecondSurnames(groups: readonly Group[]): Group[] {
  // (Two given names before both surnames too: "María Guadalupe Treviño Salas", "Maria Guadalupe Trevino".)
  const shorter = [namesOfWords(groups), namesOfWords(groups, 3)];
  return joinedThroughBridges(groups, (g) => {
    const words = coreWords(g.tokens);
    if (words.length < 3 || words.length > 4 || words.some(isInitial)) return undefined;
    const folded = words.map(foldToken);
    const [first, second] = folded.slice(-2) as [string, string];
    // "Aldo Venn Jr." is not "Aldo Venn" with a second surname: his father is.
    if (GENERATIONAL_SUFFIXES.has(second)) return undefined;
    const bothSurnames = [...g.forms.keys()].some(
      (f) => f.split(' ').map(foldToken).join(' ') === `${first} ${second}`,
    );
    // … or where neither of the last two words is a given name ("Ramiro Téllez Ugarte", "Ramiro Tellez"),
    // never a middle name ("John Michael Smith" and "John Michael").
    const surnames = !GIVEN_NAME_GENDERS.has(first) && !GIVEN_NAME_GENDERS.has(second);
    if (!bothSurnames && !surnames) return undefined;
    const names = shorter[words.length - 3];
    // "Inês Carvalho Moura", called "Ms Carvalho Moura", and "Ines Moura" elsewhere: a Portuguese name keeps
    // the last surname, where the page with both names calls her by both (and no one else has the first).
    const spanish = names?.get(folded.slice(0, -1).join(' '));
    const portuguese = bothSurnames ? names?.get([...folded.slice(0, -2), second].join(' ')) : undefined;
    return spanish !== undefined && portuguese !== undefined && spanish !== portuguese
      ? undefined
      : (spanish ?? portuguese);
  });
}

/**
 * "Óscar Iván Benavides Rojas" in one outlet and "Óscar Benavides Rojas" in another: a Spanish name of two
 * given names and two surnames is one person with the name that leaves out the second given name, when that
 * word is a given name and neither surname is one.
 */
function withoutSecondGivenNames(groups: readonly Group[]): Group[] {
  const threeWord = namesOfWords(groups, 3);
  return joinedThroughBridges(groups, (g) => {
    const words = coreWords(g.tokens);
    if (words.length !== 4 || words.some(isInitial)) return undefined;
    const [given, second, first, last] = words.map(foldToken) as [string, string, string, string];
    if (!GIVEN_NAME_GENDERS.has(second) || GIVEN_NAME_GENDERS.has(first) || GIVEN_NAME_GENDERS.has(last))
      return undefined;
    return threeWord.get(`${given} ${first} ${last}`);
  });
}

/**
 * "Juergen Maass" in one outlet and "Jürgen Maaß" in another: umlauts written out as "ue", "oe", "ae" are one
 * person with the spelling that has the umlauts (only where that spelling is on a page: "Michael" never
 * joins a "Michal"); so are "Bjoern Oedegaard" and "Bjørn Ødegård", the Scandinavian letters written out.
 */
function withUmlautsWrittenOut(groups: readonly Group[]): Group[] {
  const twoWord = namesOfWords(groups);
  return joinedThroughBridges(groups, (g) => {
    const words = g.tokens.filter((t) => !isParticle(t)).map(foldToken);
    if (words.length !== 2) return undefined;
    const [given, surname] = words as [string, string];
    for (const g2 of [given, ...umlautVariants(given)])
      for (const s2 of [surname, ...umlautVariants(surname)]) {
        if (g2 === given && s2 === surname) continue;
        const home = twoWord.get(`${g2} ${s2}`);
        if (home && /[äöüÄÖÜøØæÆåÅ]/u.test(home.tokens.join(' '))) return home;
      }
    return undefined;
  });
}

/**
 * A name's letters as Cyrillic names are romanised several ways: a given name's variants (`spellingKey`),
 * then "y" as "i" and doubled letters once ("Vadym Dolynskyy", "Vadym Dolynsky" and "Vadim Dolinsky" are all
 * "vadim dolinski").
 */
function transliterationKey(given: string, surname: string): string {
  const letters = (word: string) => word.replace(/y/g, 'i').replace(/(\p{L})\1+/gu, '$1');
  return `${letters(spellingKey(given))} ${letters(spellingKey(arabicSurnameKey(surname)))}`;
}

/**
 * An Arabic surname as outlets write it several ways: without the article's hyphen or the article itself,
 * and "Abd el-", "Abdul", "Abdel " as one "abdel" ("al-Naggar", "el-Naggar" and "Elnaggar" are "naggar";
 * "Abdel-Ghaffar", "Abd el-Ghaffar" and "Abdel Ghaffar" are "abdelghaffar").
 */
function arabicSurnameKey(surname: string): string {
  const joined = surname.replace(/[\s-]/g, '');
  const abd = /^abd(?:el|al|ul|il)?(?=\p{L}{3})/u.exec(joined);
  if (abd) return `abdel${joined.slice(abd[0].length).replace(/^[ae]l(?=\p{L}{4})/u, '')}`;
  return joined.replace(/^[ae]l(?=\p{L}{4})/u, '');
}

/** The words that open an Arabic compound surname with the word after them ("Abdel Ghaffar", "Abu Zeid"). */
const COMPOUND_SURNAME_OPENERS = new Set(['abd', 'abdel', 'abdul', 'abdal', 'abu']);

/**
 * A name's first given name and its surname, folded, with an Arabic compound surname whole ("Mohamed Abdel
 * Ghaffar" → mohamed, abdel ghaffar); undefined as for `firstGivenAndSurname`.
 */
function givenAndWholeSurname(group: Group): [string, string] | undefined {
  const named = namedWords(group);
  if (named === undefined || named.length < 2) return undefined;
  const k = named.length - 2;
  return k >= 1 && COMPOUND_SURNAME_OPENERS.has(named[k] as string)
    ? [named[0] as string, `${named[k]} ${named[k + 1]}`]
    : [named[0] as string, named[named.length - 1] as string];
}

/**
 * "Vadym Dolynskyy" in one outlet, "Vadym Dolynsky" and "Vadim Dolinsky" in others: names whose given name and
 * surname differ only as romanisations of one name do (`transliterationKey`) are one person, when no other
 * name reads so and the genders do not disagree. The name mentioned most takes the others in.
 */
function withTransliteratedSurnames(groups: readonly Group[]): Group[] {
  const byKey = new Map<string, Group[]>();
  for (const g of groups) {
    const named = givenAndWholeSurname(g);
    if (named === undefined) continue;
    const key = transliterationKey(...named);
    byKey.set(key, [...(byKey.get(key) ?? []), g]);
  }
  return joinedThroughBridges(groups, (g) => {
    const named = givenAndWholeSurname(g);
    if (named === undefined) return undefined;
    const same = byKey.get(transliterationKey(...named)) ?? [];
    // (Only spellings of the surname: two given names of one surname are the other joiners' to tell.)
    if (same.length < 2 || same.some((o) => givenAndWholeSurname(o)?.[1] === named[1] && o !== g))
      return undefined;
    const [home] = [...same].sort((a, b) => b.mentions - a.mentions || compareText(a.key, b.key));
    if (home === undefined || home === g) return undefined;
    const [a, b] = [groupGender(g), groupGender(home)];
    return a !== undefined && b !== undefined && a !== b ? undefined : home;
  });
}

/**
 * A name's given name and surname, folded, when it has just those two words besides particles, middle
 * initials and a generation ("Raymond T. Dunleavy Jr." → raymond, dunleavy).
 */
function givenAndSurname(group: Group): [string, string] | undefined {
  const named = namedWords(group);
  return named?.length === 2 ? (named as [string, string]) : undefined;
}

/**
 * A name's words, folded, without particles, middle initials and a generation; undefined when it opens or
 * ends on an initial.
 */
function namedWords(group: Group): string[] | undefined {
  // "Bertram L. Haskell Jr.": a generation after the surname is no part of it.
  const words = group.tokens.filter((t) => !isParticle(t) && !GENERATIONAL_SUFFIXES.has(foldToken(t)));
  if (isInitial(words[0] as string) || isInitial(words[words.length - 1] as string)) return undefined;
  return words.filter((t) => !isInitial(t)).map(foldToken);
}

/**
 * A name's first given name and its surname, folded, past any middle or father's names ("Aleksandr
 * Vadimovich Zorin" → aleksandr, zorin); undefined for a single name or one opening or ending on an initial.
 */
function firstGivenAndSurname(group: Group): [string, string] | undefined {
  const named = namedWords(group);
  return named !== undefined && named.length >= 2
    ? [named[0] as string, named[named.length - 1] as string]
    : undefined;
}

/** The names of a given name and a surname (`givenAndSurname`, or as `read` takes them), by their surname. */
function givenNamesBySurname(
  groups: readonly Group[],
  read: (group: Group) => [string, string] | undefined = givenAndSurname,
): Map<string, { given: string; group: Group }[]> {
  const bySurname = new Map<string, { given: string; group: Group }[]>();
  for (const group of groups) {
    const named = read(group);
    if (!named) continue;
    const [given, surname] = named;
    const same = bySurname.get(surname);
    if (same) same.push({ given, group });
    else bySurname.set(surname, [{ given, group }]);
  }
  return bySurname;
}

/**
 * The stem of a given name written as a diminutive ("Dougie" → "doug", "Robbie" → "rob", "Danny" → "dan"):
 * the name less its "-ie"/"-y" and a doubled consonant before it; undefined for other names.
 */
function diminutiveStem(given: string): string | undefined {
  const m = /^(.+?)(?:ie|y)$/.exec(given);
  if (!m) return undefined;
  const stem = (m[1] as string).replace(/([^aeiou])\1$/, '$1');
  return stem.length >= MIN_SHORT_GIVEN ? stem : undefined;
}

/**
 * "Des Achterberg" in one outlet and "Desmond Achterberg" in another: a given name written short, as the
 * start of the longer one ("Chris", "Alex", "Matt") or as its diminutive ("Dougie" for "Douglas"), is one person with the longer name when exactly one
 * longer name of that surname starts so and the two given names are not known to be of different genders.
 */
function withShortGivenNames(groups: readonly Group[]): Group[] {
  const bySurname = givenNamesBySurname(groups);
  return joinedThroughBridges(groups, (g) => {
    const named = givenAndSurname(g);
    if (!named || named[0].length < MIN_SHORT_GIVEN) return undefined;
    const [given, surname] = named;
    const stem = diminutiveStem(given);
    const longer = (bySurname.get(surname) ?? []).filter(
      (o) =>
        o.given !== given &&
        (startsGivenName(given, o.given) ||
          (stem !== undefined && o.given.length > stem.length && o.given.startsWith(stem))),
    );
    if (longer.length !== 1) return undefined;
    const { given: full, group } = longer[0] as { given: string; group: Group };
    // Two people of one family ("Alfie Darrow" and his grandfather "Alfred"): one article names both, or
    // the articles give them different genders. (A name only someone's quotation uses — "Doug Farrance and
    // his staff had water on pallets" where the article calls the mayor Douglas J. Farrance — is how the
    // speaker calls him.)
    const articles = new Set(group.members.filter((m) => m.entity.unquoted > 0).map((m) => m.articleId));
    if (g.members.some((m) => m.entity.unquoted > 0 && articles.has(m.articleId))) return undefined;
    const [a, b] = [
      groupGender(g) ?? GIVEN_NAME_GENDERS.get(given),
      groupGender(group) ?? GIVEN_NAME_GENDERS.get(full),
    ];
    return a !== undefined && b !== undefined && a !== b ? undefined : group;
  });
}

/**
 * A given name's letters as transliterations vary them: doubled letters once, "x" as "ks", "ph" as "f", an
 * opening "j" before a vowel as "y", "-iy" as "-y", "-iya" as "-ia", and an English "-er" after a
 * consonant as the Slavic "-r" ("Mohammed" and "Mohamed", "Oleksandr" and "Olexandr", "Youssef" and
 * "Yousef", "Julia" and "Yulia", "Dmitriy" and "Dmitry", "Nadiya" and "Nadia", "Alexander" and "Aleksandr");
 * and as Greek names are romanised: an opening "ch" as "h", "g" before "i" and a vowel as "y", "c" before
 * "a", "o" or "u" as "k" ("Christos" and "Hristos", "Giorgos" and "Yiorgos", "Constantinos" and
 * "Konstantinos").
 */
function spellingKey(given: string): string {
  return given
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/^j(?=[aeiou])/, 'y')
    .replace(/^ch(?=[aeiour])/, 'h')
    .replace(/^g(?=i[aeiou])/, 'y')
    .replace(/^c(?=[aou])/, 'k')
    .replace(/iy$/, 'y')
    .replace(/iya$/, 'ia')
    .replace(/(?<=[^aeiou])er$/, 'r')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * "Mohamed Lahlou-Bensaïd" in one outlet and "Mohammed Lahlou-Bensaïd" in another: two-word names of one
 * surname whose given names are one name transliterated two ways are one person, when no other name of that
 * surname is spelt so and the genders do not disagree. The name mentioned more takes the other in.
 */
function withGivenNameSpellings(groups: readonly Group[]): Group[] {
  // (Past a middle or father's name: "Alexander Zorin" and "Aleksandr Vadimovich Zorin".)
  const bySurname = givenNamesBySurname(groups, firstGivenAndSurname);
  return joinedThroughBridges(groups, (g) => {
    const named = firstGivenAndSurname(g);
    if (!named) return undefined;
    const [given, surname] = named;
    const key = spellingKey(given);
    const same = (bySurname.get(surname) ?? []).filter(
      (o) => o.given !== given && spellingKey(o.given) === key,
    );
    if (same.length === 0) return vowelVariant(g, given, bySurname.get(surname) ?? []);
    if (same.length !== 1) return undefined;
    const { group } = same[0] as { group: Group };
    if (group.mentions < g.mentions || (group.mentions === g.mentions && compareText(group.key, g.key) > 0))
      return undefined;
    const [a, b] = [groupGender(g), groupGender(group)];
    return a !== undefined && b !== undefined && a !== b ? undefined : group;
  });
}

/**
 * A given name's consonants, as Arabic names are romanised with other vowels ("Mohammad", "Muhammad" and
 * "Mohammed" are "mhmd"; "Ahmed" and "Ahmad" "hmd"); only for a name of five letters or more whose
 * consonants are three or more ("Maria" and "Mario", "Dan" and "Don" stay apart).
 */
function consonantsKey(given: string): string | undefined {
  if (given.length < MIN_VOWEL_VARIANT_LETTERS) return undefined;
  const key = spellingKey(given).replace(/[aeiouy]/g, '');
  return key.length >= MIN_VOWEL_VARIANT_CONSONANTS ? key : undefined;
}
const MIN_VOWEL_VARIANT_LETTERS = 5;
const MIN_VOWEL_VARIANT_CONSONANTS = 3;

/**
 * "Mohammad Salim Al-Tamimi", "Muhammad Salim al-Tamimi" and "Mohammed al-Tamimi" in three outlets: names of
 * one surname whose given names differ only in their vowels are one person, the one named most, when no
 * article names two of them and no gender, the article's or the given name's, disagrees.
 */
function vowelVariant(
  g: Group,
  given: string,
  sameSurname: readonly { given: string; group: Group }[],
): Group | undefined {
  const key = consonantsKey(given);
  if (key === undefined) return undefined;
  const others = sameSurname.filter(
    (o) => o.group !== g && o.given !== given && consonantsKey(o.given) === key,
  );
  const variants = others.map((o) => o.group);
  if (variants.length === 0 || namedApart([g, ...variants])) return undefined;
  const genders = [{ given, group: g }, ...others].map(
    (o) => groupGender(o.group) ?? GIVEN_NAME_GENDERS.get(o.given),
  );
  if (new Set(genders.filter((x) => x !== undefined)).size > 1) return undefined;
  const most = [g, ...variants].reduce((a, b) =>
    b.mentions > a.mentions || (b.mentions === a.mentions && compareText(b.key, a.key) < 0) ? b : a,
  );
  return most === g ? undefined : most;
}

/**
 * "Bobby Tillman" in one outlet and 'Robert "Bobby" Tillman III' in another ("Toninho Bretas" and "Antônio
 * Augusto Bretas Filho", known as Toninho): a two-word name whose given name is one another name of that
 * surname goes by in its own article (a nickname between its names, or the given name alone) is that
 * person, when exactly one such name is found and the genders do not disagree.
 */
function withNicknamesGivenElsewhere(groups: readonly Group[]): Group[] {
  const bySurname = new Map<string, Group[]>();
  for (const group of groups) {
    if (group.tokens.length < 2) continue;
    const surname = surnameOf(group.tokens);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), group]);
  }
  return joinedThroughBridges(groups, (g) => {
    const words = g.tokens.filter((t) => !isParticle(t));
    const named = givenAndSurname(g);
    if (words.length !== 2 || !named) return undefined;
    const [given, surname] = named;
    const goesBy = (bySurname.get(surname) ?? []).filter(
      (o) =>
        o !== g &&
        foldToken(o.tokens[0] as string) !== given &&
        o.members.some((m) => m.entity.shortForms.has(given)),
    );
    if (goesBy.length !== 1) return undefined;
    const group = goesBy[0] as Group;
    const [a, b] = [groupGender(g), groupGender(group)];
    return a !== undefined && b !== undefined && a !== b ? undefined : group;
  });
}

/**
 * "Chema Peláez" in one outlet and "José María Peláez Serrano" in another, "Manolo Vidal" and "Manuel Vidal
 * Ferrer": a two-word name whose given name is a pet form (`PET_NAMES`) is the one person whose name opens
 * with a formal name it stands for and then that surname, when exactly one such is found and the genders do
 * not disagree.
 */
function withPetNames(groups: readonly Group[]): Group[] {
  const folded = groups.map((g) =>
    g.tokens
      .filter((t) => !isParticle(t))
      .map(foldToken)
      .join(' '),
  );
  return joinedThroughBridges(groups, (g) => {
    const named = givenAndSurname(g);
    const formal = named ? PET_NAMES.get(named[0]) : undefined;
    if (!named || formal === undefined) return undefined;
    const surname = named[1];
    const found = groups.filter(
      (o, i) => o !== g && formal.some((f) => `${folded[i] as string} `.startsWith(`${f} ${surname} `)),
    );
    if (found.length !== 1) return undefined;
    const group = found[0] as Group;
    const [a, b] = [groupGender(g), groupGender(group)];
    return a !== undefined && b !== undefined && a !== b ? undefined : group;
  });
}

/** "H.N", "H.", "J": initials written for given names, as capitals ("HN", "H", "J"); undefined for a name. */
function initialLetters(token: string): string | undefined {
  return /^(?:\p{Lu}\.?)+$/u.test(token) && token.length <= 6 ? token.replace(/\./g, '') : undefined;
}

/**
 * "H.N. Salunkhe" in one article and "Harshvardhan N. Salunkhe" in another ("W.A.D. Perera" and "W.A. Dilan
 * Perera"): a name of initials and a surname
 * is the one person named in full with that surname whose given and middle names have those initials (not
 * when two such people are named, nor when the articles give them different genders).
 */
function withInitialledGivenNames(groups: readonly Group[]): Group[] {
  const bySurname = new Map<string, Group[]>();
  for (const group of groups) {
    const words = group.tokens.filter((t) => !isParticle(t));
    // (A name of initials before a given name is named in full too: "W.A. Dilan Perera".)
    if (words.length < 2 || words.slice(0, -1).every((t) => initialLetters(t) !== undefined)) continue;
    const surname = surnameOf(group.tokens);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), group]);
  }
  return joinedThroughBridges(groups, (g) => {
    const words = g.tokens.filter((t) => !isParticle(t));
    const given = words.slice(0, -1).map(initialLetters);
    if (words.length < 2) return undefined;
    if (given.some((l) => l === undefined))
      return given.some((l) => l !== undefined) ? spelledOutInitial(g, words, bySurname) : undefined;
    const letters = given.join('');
    // (Of every form the group was named with: "Dilan Perera" was also "W.A. Dilan Perera".)
    const named = (bySurname.get(surnameOf(g.tokens)) ?? []).filter((o) =>
      [o.tokens, ...[...o.forms.keys()].map((f) => f.split(' '))].some((tokens) => {
        const theirs = tokens
          .filter((t) => !isParticle(t))
          .slice(0, -1)
          .map((t) => initialLetters(t) ?? (t[0] ?? '').toUpperCase())
          .join('');
        return theirs === letters || (letters.length === 1 && theirs.startsWith(letters));
      }),
    );
    if (named.length !== 1) return undefined;
    const group = named[0] as Group;
    const [a, b] = [groupGender(g), groupGender(group)];
    return a !== undefined && b !== undefined && a !== b ? undefined : group;
  });
}

/**
 * "K. Venkata Rao" in one article and "Kondapalli Venkata Rao" in another: a name with an initial among its
 * given names is the one person of that surname named with the same given names, the initial spelled out
 * (no initial of theirs, and the genders the articles give not at odds).
 */
function spelledOutInitial(
  g: Group,
  words: readonly string[],
  bySurname: ReadonlyMap<string, Group[]>,
): Group | undefined {
  const given = words.slice(0, -1);
  const spells = (tokens: readonly string[]) => {
    const theirs = tokens.filter((t) => !isParticle(t)).slice(0, -1);
    return (
      theirs.length === given.length &&
      theirs.every((w, i) => {
        const mine = given[i] as string;
        const letters = initialLetters(mine);
        if (initialLetters(w) !== undefined) return false;
        return letters === undefined
          ? foldToken(w) === foldToken(mine)
          : letters.length === 1 && foldToken(w).startsWith(letters.toLowerCase());
      })
    );
  };
  const named = (bySurname.get(surnameOf(g.tokens)) ?? []).filter(
    (o) => o !== g && [o.tokens, ...[...o.forms.keys()].map((f) => f.split(' '))].some(spells),
  );
  if (named.length !== 1) return undefined;
  const group = named[0] as Group;
  const [a, b] = [groupGender(g), groupGender(group)];
  return a !== undefined && b !== undefined && a !== b ? undefined : group;
}

/** The gender votes of a group's mentions ("he", "Mr"), summed over its articles. */
export function groupVotes(group: Group): { m: number; f: number } {
  const votes = { m: 0, f: 0 };
  for (const { entity } of group.members) {
    votes.m += entity.votes.m;
    votes.f += entity.votes.f;
  }
  return votes;
}

/** The gender a group's mentions vote for, if they lean one way. */
function groupGender(group: Group): 'm' | 'f' | undefined {
  const { m, f } = groupVotes(group);
  return m > f ? 'm' : f > m ? 'f' : undefined;
}

/**
 * "Hwang Min-jun" in one outlet and "Min-jun Hwang" in another: a two-word name written family name first
 * and given name first is one person ("Shinzo Abe", "Abe Shinzo"; "Kenji Morimoto", "Morimoto Kenji"), unless
 * both words are common given names ("Rosa Martin" and "Martin Rosa" may well be two people). The name
 * mentioned more often takes the other in.
 */
function familyNameFirst(groups: readonly Group[]): Group[] {
  const twoWord = namesOfWords(groups);
  const endings = nameEndings(groups);
  const gone = new Set<Group>();
  for (const [key, g] of twoWord) {
    const [first, last] = key.split(' ') as [string, string];
    const other = twoWord.get(`${last} ${first}`);
    if (!other || other === g || gone.has(g) || gone.has(other)) continue;
    // ("Rosa Martin" and "Martin Rosa", both words given names, are two people; "Kenji Morimoto" and
    // "Morimoto Kenji" one.)
    if (GIVEN_NAME_GENDERS.has(first) && GIVEN_NAME_GENDERS.has(last)) continue;
    const [home, guest] = g.mentions >= other.mentions ? [g, other] : [other, g];
    absorb(home, guest);
    gone.add(guest);
    const family = familyWord([first, last], [g, other], endings);
    if (family !== undefined) givenNameFirst(home, family === first ? other : g);
  }
  return groups.filter((g) => !gone.has(g));
}

/** How many two-word-or-longer names end with each (folded) word. */
function nameEndings(groups: readonly Group[]): Map<string, number> {
  const endings = new Map<string, number>();
  for (const g of groups) {
    const words = coreWords(g.tokens);
    if (words.length >= 2) bump(endings, foldToken(words.at(-1) as string));
  }
  return endings;
}

/**
 * Which word of a name written both ways is the family name: the one another person's name ends with
 * ("Kenji Satō" beside "Satō Yumiko" and "Yumiko Satō") or the one the text uses on its own ("Satō said"),
 * when only one of the two words is.
 */
function familyWord(
  words: readonly [string, string],
  groups: readonly [Group, Group],
  endings: ReadonlyMap<string, number>,
): string | undefined {
  const usedAlone = (w: string) =>
    groups.some((g) => g.members.some(({ entity }) => entity.shortForms.has(w)));
  // Each word ends one of the two spellings itself: only another name ending with it counts.
  const family = words.filter((w) => (endings.get(w) ?? 0) > 1 || usedAlone(w));
  return family.length === 1 ? family[0] : undefined;
}

/**
 * The merged group shown and keyed in the order that puts the given name first (the spelling `givenFirst`
 * had): its family-name-first spellings keep their place as aliases, but count for the other.
 */
function givenNameFirst(group: Group, givenFirst: Group): void {
  const shown = [...givenFirst.forms].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (shown === undefined) return;
  const order = coreWords(nameTokens(shown)).map(foldToken).join(' ');
  for (const [form, n] of group.forms) {
    const words = coreWords(nameTokens(form)).map(foldToken);
    if (words.length !== 2 || words.join(' ') === order || `${words[1]} ${words[0]}` !== order) continue;
    bump(group.forms, shown, n);
    group.forms.set(form, 0);
  }
}

/** Full names grouped: equal folded names, then spellings with and without middle names joined. */
export function* groupFullNames(articles: readonly ArticleChains[]): Steps<Group[]> {
  const byKey = new Map<string, Group>();
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i] as ArticleChains;
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
    if (i % 64 === 63) yield;
  }
  const sorted = [...byKey.values()].sort((a, b) => b.mentions - a.mentions || compareText(a.key, b.key));
  yield;
  const joined: Group[][] = [];
  // Only names with the same first word and surname can be one person: compared within those.
  const byName = new Map<string, Group[][]>();
  const formsOf = (g: Group) => [...g.forms.keys()].map((f) => f.split(' '));
  const compatible = (a: Group, b: Group) =>
    formsOf(a).every((x) => formsOf(b).every((y) => sameFullName(x, y)));
  for (let i = 0; i < sorted.length; i++) {
    const group = sorted[i] as Group;
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
    if (i % STEP === STEP - 1) yield;
  }
  const merged = joined.map(([head, ...rest]) => {
    const all = head as Group;
    for (const g of rest) absorb(all, g);
    return all;
  });
  yield;
  return familyNameFirst(
    withInitialledGivenNames(
      withUmlautsWrittenOut(
        withTransliteratedSurnames(
          withPetNames(
            withNicknamesGivenElsewhere(
              withShortGivenNames(
                withGivenNameSpellings(
                  withoutSecondSurnames(withoutSecondGivenNames(withoutFirstNames(merged))),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
