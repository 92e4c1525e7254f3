/**
 * The people scan: every capitalised name run of the articles, with the titles, roles and speech verbs
 * around it, tallied per name key. Tallies of disjoint article sets merge, so shards of a corpus can be
 * scanned in parallel; `PeopleDirectory` (people.ts) links a tally's names into people.
 */
import { isStopword } from '../text/normalize.ts';
import { hashOf, TermTable } from '../text/termTable.ts';
import {
  hasOrgWord,
  isCapitalised,
  isTitleWord,
  leadingRoleWords,
  nameKey,
  ROLE_WORDS,
  splitTitle,
  stripPossessive,
} from './names.ts';
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

/** Adds to a count in a map. */
export function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The key with the highest count; ties go to the longer key, then to the first seen. */
export function mostUsed(map: Map<string, number>): string | undefined {
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
    const roleLead = leadingRoleWords(run);
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
