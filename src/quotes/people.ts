/**
 * The people of a story, learned from the articles: every capitalised name run with the titles and role
 * words around it. It tells persons from places, links "Pompeo" and "Secretary Pompeo" to "Mike Pompeo",
 * and gives each person the role the articles use most.
 */
import { comparable, isStopword } from '../text/normalize.ts';
import {
  endsRun,
  isCalendarWord,
  isNameToken,
  isPossessive,
  isQuoteClose,
  tokenAt,
  tokenBounds,
  tokenEnd,
  tokenStart,
  trimToken,
} from './tokens.ts';
import { hashOf, TermTable } from '../text/termTable.ts';
import { hasOrgWord, isCapitalised, isTitleWord, ROLE_WORDS, splitTitle, stripPossessive } from './names.ts';

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

interface ParsedRun {
  title: string[];
  /** The title words joined, as roles record them. */
  titleText: string;
  text: string;
  key: string;
}

/** What the articles say about one name key. */
export interface NameStats {
  /** Articles that mention the name, each once, in scan order (disjoint shards: their lists concatenate). */
  articleIds: string[];
  lastArticle?: string;
  variants: Map<string, number>;
  mentions: number;
  titled: number;
  roles: Map<string, number>;
}

/**
 * Everything the people scan learns from a set of articles. Tallies of disjoint article sets merge (in
 * article order) into the tally of their union, so shards of a corpus can be scanned in parallel.
 */
export interface NameTally {
  stats: Map<string, NameStats>;
  /** How often an untitled name follows "in", "from"…: evidence of a place. */
  places: Map<string, number>;
}

/** The text an article's people scan reads: its sentences, paragraph by paragraph. */
export interface ScannedArticle {
  readonly id: string;
  readonly paragraphs: readonly (readonly string[])[];
}

/** Comparable key of a name: lower-case, hyphens and accents folded ("Kim Jong-un" = "Kim Jong Un"). */
export function nameKey(name: string): string {
  return comparable(name.replace(/['\u2019]s$/u, ''));
}

const SAMPLE_ARTICLES = 1000;
const LOCATIVE = new Set(['in', 'from', 'across', 'into']);
const SPEECH = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'tweeted',
  'explained',
  'argued',
  'warned',
]);
const SAID = new Set(['said', 'says', 'told', 'added']);

/** "Kim." in "Chairman Kim. We …": a word closing a sentence (not an initial such as "R." or "Jr."). */
function endsSentence(token: string): boolean {
  return (
    token.charCodeAt(token.length - 1) === 46 &&
    /[^.]\p{Ll}\.$/u.test(token) &&
    !/^\p{Lu}\p{Ll}?\.$/u.test(token)
  );
}

/** A lower-case word that can qualify a role ("union" leader, "press" secretary, "former" spokesman). */
function isModifier(token: string, roleSoFar: string): boolean {
  return (
    /^[a-z][a-z-]{2,}$/.test(token) &&
    !isStopword(token) &&
    !/\s/.test(roleSoFar) &&
    !/(?:ed|ing)$/.test(token)
  );
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function mostUsed(map: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [k, v] of map)
    if (v > n || (v === n && best !== undefined && k.length > best.length)) [best, n] = [k, v];
  return best;
}

/**
 * Common words learned from at most SAMPLE_ARTICLES articles spread over the corpus (so sentence-initial
 * "After" is not taken for a name): the set saturates long before that, and a full pass would be a third of
 * the scan's cost on a large corpus.
 */
export function commonWords(articles: readonly ScannedArticle[]): Set<string> {
  // Interned in place: most words recur, and only a new one becomes a string.
  const words = new TermTable();
  const step = Math.max(1, Math.ceil(articles.length / SAMPLE_ARTICLES));
  for (let i = 0; i < articles.length; i += step) {
    for (const sentences of (articles[i] as ScannedArticle).paragraphs) {
      for (const sentence of sentences) {
        const count = tokenBounds(sentence);
        for (let k = 0; k < count; k++) {
          const from = tokenStart(k);
          const c = sentence.charCodeAt(from);
          if (c < 97 || c > 122) continue;
          const to = tokenEnd(k);
          if (isLowerAscii(sentence, from, to)) words.intern(sentence, from, to, hashOf(sentence, from, to));
          else {
            const word = trimToken(sentence.slice(from, to)).toLowerCase();
            words.intern(word, 0, word.length, hashOf(word));
          }
        }
      }
    }
  }
  return new Set(words.terms);
}

/** Whether text[from, to) is all a–z: then it is its own trimmed, lower-cased token. */
function isLowerAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function addCounts<K>(into: Map<K, number>, from: ReadonlyMap<K, number>): void {
  for (const [k, n] of from) bump(into, k, n);
}

/** The tally of the union of disjoint article sets, from their tallies in article order (merged into the first). */
export function mergeTallies(tallies: readonly NameTally[]): NameTally {
  const [first, ...rest] = tallies;
  if (!first) return { stats: new Map(), places: new Map() };
  for (const tally of rest) {
    addCounts(first.places, tally.places);
    for (const [key, other] of tally.stats) {
      const stats = first.stats.get(key);
      if (!stats) {
        first.stats.set(key, other);
        continue;
      }
      for (const id of other.articleIds) stats.articleIds.push(id);
      addCounts(stats.variants, other.variants);
      addCounts(stats.roles, other.roles);
      stats.mentions += other.mentions;
      stats.titled += other.titled;
    }
  }
  return first;
}

/** A tally without the article ids: all a directory needs to resolve names (and far smaller to send). */
export function withoutArticleIds(tally: NameTally): NameTally {
  const stats = new Map<string, NameStats>();
  for (const [key, s] of tally.stats) stats.set(key, { ...s, articleIds: [], lastArticle: undefined });
  return { stats, places: tally.places };
}

/** Collects the capitalised name runs of articles, with the titles, roles and speech verbs around them. */
export class PeopleScanner {
  readonly #stats = new Map<string, NameStats>();
  readonly #places = new Map<string, number>();
  /** Name runs by their text in the sentence (interned without slicing) → parsed run, or null: no name. */
  readonly #runIds = new TermTable();
  readonly #parsedRuns: (ParsedRun | null)[] = [];

  constructor(private readonly lowercaseWords: ReadonlySet<string>) {}

  scan(article: ScannedArticle): void {
    for (const sentences of article.paragraphs) for (const text of sentences) this.#scan(text, article.id);
  }

  get tally(): NameTally {
    return { stats: this.#stats, places: this.#places };
  }

  /**
   * Records each capitalised run of a sentence. Token bounds go into a reused buffer and only the tokens
   * that matter are sliced (sentences are whitespace-normalised: one space between tokens), since this runs
   * over every sentence of the corpus.
   */
  #scan(text: string, articleId: string): void {
    const count = tokenBounds(text);
    let i = 0;
    while (i < count) {
      const c = text.charCodeAt(tokenStart(i));
      // Most tokens start with a lower-case letter: no name, and no need to look further.
      if ((c >= 97 && c <= 122) || !isNameToken(tokenAt(text, count, i))) {
        i++;
        continue;
      }
      const run: string[] = [];
      let j = i;
      while (j < count) {
        const t = tokenAt(text, count, j);
        const joinsTitle =
          t === 'of' &&
          run.length > 0 &&
          isTitleWord(run[run.length - 1] as string) &&
          isNameToken(tokenAt(text, count, j + 1));
        if (!isNameToken(t) && !joinsTitle) break;
        run.push(t);
        j++;
        // Punctuation after a word ends a name run: "on Sunday, Pompeo said" holds no "Sunday Pompeo".
        if (endsRun(text.charCodeAt(tokenEnd(j - 1) - 1))) break;
        // A possessive ends a name; so does a sentence end inside a quote ("Chairman Kim. We …").
        if (isPossessive(t) || endsSentence(t)) break;
      }
      // Role words right before the name ("State Department spokeswoman Heather Nauert", "union leader Ana
      // Ferreira"): a role word, then capitalised words or one lower-case modifier, up to three words.
      let roleWords = '';
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const t = tokenAt(text, count, k);
        const role = ROLE_WORDS.has(t.toLowerCase());
        // A capitalised article or pronoun opening the sentence ("A Commission spokeswoman") is not a role word.
        const modifier =
          roleWords !== '' &&
          !isPossessive(t) &&
          ((isCapitalised(t) && !isStopword(t.toLowerCase())) || isModifier(t, roleWords));
        if (!role && !modifier) break;
        roleWords = roleWords === '' ? t : `${t} ${roleWords}`;
      }
      // A run that closes a quotation ("Rubbish," said one protester) is quoted words, not a speaker.
      const closesQuote = isQuoteClose(text.charCodeAt(tokenEnd(j - 1) - 1));
      // The same runs recur across articles: parse each distinct one once.
      const from = tokenStart(i);
      const to = tokenEnd(j - 1);
      const id = this.#runIds.intern(text, from, to, hashOf(text, from, to));
      let parsed = this.#parsedRuns[id];
      if (parsed === undefined) {
        parsed = this.#parseRun(run);
        this.#parsedRuns[id] = parsed;
      }
      if (parsed)
        this.#record(
          parsed,
          isPossessive(run[run.length - 1] ?? ''),
          tokenAt(text, count, i - 1),
          tokenAt(text, count, j),
          roleWords,
          closesQuote,
          articleId,
        );
      i = Math.max(j, i + 1);
    }
  }

  /** Splits a capitalised run into title words and a name. */
  #parseRun(runTokens: string[]): ParsedRun | null {
    let run = runTokens.map((t, k, all) => (k === all.length - 1 ? stripPossessive(t) : t));
    // Sentence-initial common words ("After", "The") are capitalised but are not part of a name.
    while (
      run.length > 0 &&
      !isTitleWord(run[0] as string) &&
      (this.lowercaseWords.has((run[0] as string).toLowerCase()) ||
        isStopword((run[0] as string).toLowerCase()))
    ) {
      run = run.slice(1);
    }
    // A capitalised role word opening the run is a title ("Economist Priya Shah").
    let roleLead = 0;
    while (roleLead < run.length - 1 && ROLE_WORDS.has((run[roleLead] as string).toLowerCase())) roleLead++;
    const split = splitTitle(run.slice(roleLead));
    const title = [...run.slice(0, roleLead), ...split.title];
    const name = split.name;
    let parsed: ParsedRun | null = null;
    if (name.length > 0 && name.length <= 4 && !hasOrgWord(name) && !name.every(isCalendarWord)) {
      const text = name.join(' ').replace(/\.$/, '');
      const key = nameKey(text);
      if (key.length >= 2) parsed = { title, titleText: title.join(' '), text, key };
    }
    return parsed;
  }

  #record(
    parsed: ParsedRun,
    possessive: boolean,
    prev: string,
    next: string,
    roleWords: string,
    closesQuote: boolean,
    articleId: string,
  ): void {
    const { title, titleText, text, key } = parsed;
    if (title.length === 0 && LOCATIVE.has(prev.toLowerCase())) bump(this.#places, key);
    const stats: NameStats = this.#stats.get(key) ?? {
      articleIds: [],
      lastArticle: undefined,
      variants: new Map(),
      mentions: 0,
      titled: 0,
      roles: new Map(),
    };
    this.#stats.set(key, stats);
    // Mentions arrive article by article: a new article is one not seen last.
    if (stats.lastArticle !== articleId) {
      stats.articleIds.push(articleId);
      stats.lastArticle = articleId;
    }
    bump(stats.variants, text);
    stats.mentions++;
    const role = title.length === 0 ? roleWords : roleWords === '' ? titleText : `${roleWords} ${titleText}`;
    // Evidence of a person: a title or role, an outlet's possessive ("Al Jazeera’s Rob McBride"), or speech
    // ("Shah said", "said Priya Shah").
    // A speech verb may end the sentence ("…,” Shah said."): tokens keep their periods (for initials).
    const verb = next.charCodeAt(next.length - 1) === 46 ? next.slice(0, -1) : next;
    const speaks = !possessive && !closesQuote && (SPEECH.has(verb) || SAID.has(prev));
    if (role !== '' || isPossessive(prev) || speaks) stats.titled++;
    if (role !== '') bump(stats.roles, role);
  }
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
