/**
 * Whether two sentences from different outlets state the same fact, so that the second outlet may be cited
 * for the first sentence: not merely sharing background words (cosine), but stating most of what the first
 * says (its weight in the other), with the same figures ("a backlog of 90,000" is not "30,000") and the
 * same people and places.
 */
import { CALENDAR_WORDS, FUNCTION_WORDS, ROLE_WORDS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon/index.ts';
import { contentTokens } from '../text/normalize.ts';
import { cosine, type SparseVector } from './features.ts';

/** Cosine at which another outlet's sentence may report the same fact. */
const SAME_FACT = 0.35;
/** Share of a sentence's weight that the other sentence must carry: it states most of the fact. */
const STATES_MOST = 0.35;
/** Share of a sentence's claim words (see `claimWords`) the other sentence must share: the same claim. */
const SAME_CLAIM = 0.3;
/** Below this many claim words a sentence is all names and roles; the other checks decide. */
const MIN_CLAIM_WORDS = 1;

const NOT_CLAIM = new Set([...SPEECH_VERBS, ...ROLE_WORDS, ...TITLE_WORDS]);
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'iu');

export interface FactSentence {
  text: string;
  vector: SparseVector;
}

const FIGURE = /\d[\d,.]*\d|\d/g;

/** The figures a sentence states, as numbers ("90,000" and "90000" are one figure). */
export function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FIGURE)) out.add(m[0].replace(/,(?=\d{3}\b)/g, '').replace(/\.$/, ''));
  // "Four people are still missing" and "eight are still missing" state different figures.
  if (NUMBER_WORD_CHECK.test(text))
    for (const m of text.matchAll(NUMBER_WORD)) out.add(String(NUMBER_WORDS.get(m[1]?.toLowerCase() ?? '')));
  return out;
}

/** Whether a sentence may state a figure, in digits or in words (a cheap test before `figuresOf`). */
export function mayStateFigure(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORD_CHECK.test(text);
}

/** Numbers written as words, two to twenty and the tens ("one" is as often "no one" as a count). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  (
    'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty'
  )
    .split(' ')
    .map((w, i): [string, number] => [w, i + 2])
    .concat(
      'thirty forty fifty sixty seventy eighty ninety'
        .split(' ')
        .map((w, i): [string, number] => [w, 30 + 10 * i]),
    ),
);
const NUMBER_WORD = new RegExp(`\\b(${[...NUMBER_WORDS.keys()].join('|')})\\b(?!-)`, 'giu');
const NUMBER_WORD_CHECK = new RegExp(NUMBER_WORD.source, 'iu');

/** Capitalised words after the first (names of people, places, institutions), lower-cased. */
export function namesOf(text: string): Set<string> {
  const out = new Set<string>();
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const w = (words[i] as string).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['\u2019]s$/u, '');
    if (/^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase())) out.add(w.toLowerCase());
  }
  return out;
}

/** How much of `a`'s weight (a unit vector) lies on terms `b` also has. */
function weightIn(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let mass = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      mass += (a.weights[i] as number) ** 2;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return mass;
}

/**
 * What a sentence claims, without who claims it: the content words of its reported side ("X, chief executive
 * of the chamber, said <claim>" or "<claim>, X said") that are not names, roles, titles or speech verbs.
 */
export function claimWords(text: string): Set<string> {
  const claim = reportedSide(text);
  const names = capitalisedTokens(claim);
  return new Set(
    contentTokens(claim)
      .filter((t) => !names.has(t) && !NOT_CLAIM.has(t))
      .map(stem),
  );
}

/** At most this many content words after the speech verb make a trailing attribution ("…, X said on Monday"). */
const TRAILING_ATTRIBUTION_WORDS = 4;

/**
 * The side of the first speech verb that carries what was said: after it ("X said the deal came too soon"),
 * unless only an attribution follows it ("The deal came too soon, X said on Tuesday"). A sentence without a
 * speech verb is all claim.
 */
function reportedSide(text: string): string {
  const verb = SPEECH_VERB.exec(text);
  if (!verb) return text;
  const before = text.slice(0, verb.index);
  const after = text.slice(verb.index + verb[0].length);
  const afterNames = capitalisedTokens(after);
  const afterClaim = contentTokens(after).filter((t) => !afterNames.has(t) && !NOT_CLAIM.has(t));
  return afterClaim.length <= TRAILING_ATTRIBUTION_WORDS ? before : after;
}

/** The tokens of a sentence's capitalised words: names, and the word that opens it. */
export function capitalisedTokens(text: string): Set<string> {
  return new Set(
    text
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .flatMap((w) => contentTokens(w)),
  );
}

/** A crude stem, enough to match "hold" and "holding", "agree" and "agreed". */
export function stem(word: string): string {
  return word.length > 5 ? word.replace(/(?:ing|ed|es|s|e)$/, '') : word.replace(/(?:s|e)$/, '');
}

/** How many of `a`'s words `b` has too. */
function sharedCount(a: Iterable<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Whether `b` has any of `a`'s words. */
function sharesAny(a: Iterable<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether `other` states the fact of `item` (directional: `other` may say more). */
export function statesSameFact(item: FactSentence, other: FactSentence, similarity?: number): boolean {
  if ((similarity ?? cosine(item.vector, other.vector)) < SAME_FACT) return false;
  if (weightIn(item.vector, other.vector) < STATES_MOST) return false;
  // The item's figures must all be in the other sentence: different figures are a different fact.
  const figures = figuresOf(item.text);
  if (figures.size > 0 && !isSubset(figures, figuresOf(other.text))) return false;
  // Sharing who spoke and where is not sharing what they said.
  const claim = claimWords(item.text);
  if (claim.size >= MIN_CLAIM_WORDS) {
    if (sharedCount(claim, claimWords(other.text)) < SAME_CLAIM * claim.size) return false;
  }
  const names = namesOf(item.text);
  return names.size === 0 || sharedCount(names, namesOf(other.text)) * 2 >= names.size;
}

/** Claim words an older sentence must share with a newer one to be an earlier version of the same report. */
const SAME_REPORT_WORDS = 3;
/** … or with a newer one that gives its figure as the former value ("up from 19"). */
const FORMER_REPORT_WORDS = 2;
/**
 * Tokens either side of a figure whose words say what it counts ("the death toll rose to 23", "the death
 * toll from the region's earthquake reaches 112").
 */
const FIGURE_CONTEXT = 5;

/** A sentence's figures, what each counts, and its claim words, computed once for many comparisons. */
export interface FigureClaim {
  /** Each figure with the stems of the content words beside it. */
  figures: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The figures that count or measure something a newer report may update: not an age ("the 18-year-old",
   * "Ilse Varga, 45,"), a year, or an increment ("two more people", "seven other patients"), each with what
   * it counts (see `Measure`).
   */
  measures: ReadonlyMap<string, Measure>;
  /** Figures the sentence gives as former values ("up from 38", "from 12 to 18"). */
  former: ReadonlySet<string>;
  claim: ReadonlySet<string>;
  /** The figures that count a toll, with what they count ("dead", "missing", "injured"; see `figureKind`). */
  tolls: ReadonlyMap<string, string>;
  /** Whether the sentence gives a year ("a derailment in 1998 killed four"): history, no update of a toll. */
  dated: boolean;
}

/** Words after which a figure is a former value: "up from 38", "down from", "compared with", "previously". */
const FORMER_BEFORE = /^(?:from|previously|earlier|initially|originally)$/i;

/**
 * What a figure counts or measures, for telling whether a newer figure is of the same thing: money, a
 * percentage or a count; the noun right after it when there is one ("14,600 acres", "340 firefighters");
 * and the words around it without magnitudes and hedges ("million", "roughly"), which say how much, not of
 * what.
 */
export interface Measure {
  kind: 'money' | 'percent' | 'count';
  unit: string | undefined;
  /** The content word just before the figure, stemmed ("rose to 19" → "ros"; "village of 3,000" → "villag"). */
  lead: string | undefined;
  around: ReadonlySet<string>;
}

/** Words after a figure that say its size ("1.9 million"). */
const MAGNITUDE_WORDS = ['million', 'billion', 'trillion', 'thousand', 'hundred'];

/** Words beside a figure that say how much, or how sure, not what is counted. */
const MAGNITUDE_OR_HEDGE = new Set([
  ...MAGNITUDE_WORDS,
  'per',
  'cent',
  'percent',
  'roughly',
  'nearly',
  'almost',
  'some',
  'least',
  'about',
  'around',
  'more',
  'than',
  'over',
  'under',
  'up',
]);

/** A figure that gives a person's age: "the 18-year-old", "Ilse Varga, 45, a teacher", "aged 34". */
function isAge(tokens: readonly string[], i: number): boolean {
  const token = tokens[i] as string;
  if (/\d-(?:year|yr)s?-old\b/i.test(token)) return true;
  const before = tokens[i - 1] ?? '';
  return /^aged$/i.test(before) || (/^\d{1,3},$/.test(token) && /^\p{Lu}[\p{L}'\u2019-]*,$/u.test(before));
}

/** A month or weekday, as written beside a day's number ("June 24", "21 Feb.", "Tuesday 11"). */
function isCalendarWord(token: string | undefined): boolean {
  return token !== undefined && CALENDAR_WORDS.has(token.replace(/[^\p{L}]/gu, '').toLowerCase());
}

/** A figure that gives a date or a time of day: "June 24", "11 March", "at 5.42 pm", "21:40". */
function isDateOrTime(tokens: readonly string[], i: number): boolean {
  const token = tokens[i] as string;
  if (
    /\d:\d\d|\d(?:am|pm|a\.m\.|p\.m\.)/i.test(token) ||
    /^(?:am|pm|a\.m\.?|p\.m\.?)[,.]?$/i.test(tokens[i + 1] ?? '')
  )
    return true;
  return (
    /^\d{1,2}(?:st|nd|rd|th)?[,.]?$/.test(token) &&
    (isCalendarWord(tokens[i - 1]) || isCalendarWord(tokens[i + 1]))
  );
}

/** A figure added to another rather than a new total: "two more people", "seven other patients". */
function isIncrement(tokens: readonly string[], i: number): boolean {
  return /^(?:more|other|others|further|additional|extra|new)\b/i.test(tokens[i + 1] ?? '');
}

/** A word after a figure that says its size, before the noun it counts ("1.9 million vehicles", "€4 bn"). */
const MAGNITUDE = new RegExp(`^(?:${[...MAGNITUDE_WORDS, 'm', 'bn'].join('|')})$`, 'i');

/** Punctuation that ends the clause a word closes. */
const CLOSES_CLAUSE = /[,.;:)\]]+$/;

/** A sum of money: a currency sign on the figure ("$7.8", "R15,000", "€1.1bn") or a currency after it. */
const MONEY = /^\(?(?:[$\u20AC\u00A3\u00A5\u20B9]|[A-Z]{1,3}\$|R\d)/u;
const CURRENCY_WORD = /^(?:dollars?|euros?|pounds?|yen|yuan|rupees?|rand|francs?|krona|kronor|kroner)\b/i;

/** Whether a figure is money, a percentage or a count. */
function kindOf(tokens: readonly string[], i: number): Measure['kind'] {
  const token = tokens[i] as string;
  const next = tokens[i + 1] ?? '';
  if (
    MONEY.test(token) ||
    CURRENCY_WORD.test(next) ||
    (MAGNITUDE.test(next) && CURRENCY_WORD.test(tokens[i + 2] ?? ''))
  )
    return 'money';
  return token.includes('%') || /^(?:percent|per)\b/i.test(next) ? 'percent' : 'count';
}

/**
 * A span of time says how long, not what of ("the first hung parliament in 24 years", "eight years of
 * government"): two spans are one thing only by the words around them.
 */
const TIME_SPAN = /^(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?$/;

/**
 * The noun a figure counts, stemmed, when one follows it at once ("340 firefighters", "1.9 million
 * vehicles"); undefined when a preposition, a stop, a span of time or nothing follows ("rose to 19 on
 * Monday", "stood at 38.").
 */
function unitOf(tokens: readonly string[], i: number): string | undefined {
  if (CLOSES_CLAUSE.test(tokens[i] as string)) return undefined;
  let k = i + 1;
  while (MAGNITUDE.test(tokens[k] ?? '')) {
    if (CLOSES_CLAUSE.test(tokens[k] as string)) return undefined;
    k++;
  }
  const noun = (at: number) => {
    const word = (tokens[at] ?? '').replace(CLOSES_CLAUSE, '');
    return /^\p{Ll}+$/u.test(word) && !FUNCTION_WORDS.has(word) ? word : undefined;
  };
  const word = noun(k);
  if (word === undefined) return undefined;
  // "seven affected models", "14,000 finished vehicles": a participle before the noun describes it.
  const after = CLOSES_CLAUSE.test(tokens[k] as string) ? undefined : noun(k + 1);
  const unit = /(?:ed|ing)$/.test(word) && after !== undefined ? after : word;
  return TIME_SPAN.test(unit) ? undefined : stem(unit);
}

/** The figures and the words around them: content words but names, roles and digits, stemmed. */
export function figureClaim(text: string): FigureClaim {
  const names = capitalisedTokens(text);
  const word = (t: string) => !names.has(t) && !NOT_CLAIM.has(t) && !/\d/.test(t);
  const tokens = text.split(/\s+/);
  const figures = new Map<string, Set<string>>();
  const measures = new Map<string, Measure>();
  const former = new Set<string>();
  tokens.forEach((token, i) => {
    for (const figure of figuresOf(token)) {
      if (FORMER_BEFORE.test(tokens[i - 1] ?? '') || /^(?:compared|revised)$/i.test(tokens[i - 2] ?? ''))
        former.add(figure);
      const around = new Set<string>();
      for (let k = Math.max(0, i - FIGURE_CONTEXT); k <= i + FIGURE_CONTEXT && k < tokens.length; k++)
        if (k !== i) for (const t of contentTokens(tokens[k] as string)) if (word(t)) around.add(stem(t));
      figures.set(figure, around);
      if (YEAR.test(figure) || isAge(tokens, i) || isDateOrTime(tokens, i) || isIncrement(tokens, i))
        continue;
      const measured = new Set([...around].filter((t) => !MAGNITUDE_OR_HEDGE.has(t)));
      const kind = kindOf(tokens, i);
      // (Not a hedge: "roughly 40 customers" and "roughly 112 people" are no one thing.)
      const lead = [tokens[i - 1], tokens[i - 2]]
        .map((t) => contentTokens(t ?? '').filter((w) => word(w) && !MAGNITUDE_OR_HEDGE.has(w))[0])
        .find((t) => t !== undefined);
      measures.set(figure, {
        kind,
        unit: kind === 'count' ? unitOf(tokens, i) : undefined,
        lead: lead === undefined ? undefined : stem(lead),
        around: measured,
      });
    }
  });
  const claim = new Set(contentTokens(text).filter(word).map(stem));
  const tolls = new Map<string, string>();
  for (const figure of measures.keys()) {
    const kind = figureKind(figures.size, claim, figures.get(figure) as ReadonlySet<string>);
    if (kind !== undefined) tolls.set(figure, kind);
  }
  return {
    figures,
    measures,
    former,
    claim,
    tolls,
    dated: [...figures.keys()].some((f) => YEAR.test(f)),
  };
}

/**
 * Whether a newer sentence updates an older one's figures: they make the same claim, and a figure of the
 * older one gives way to another figure of the same thing in the newer one ("the death toll rose to 23" →
 * "the confirmed death toll rose to 31"). The older figure is superseded: a status does not give both. A
 * figure of something else (a time, a date) the newer sentence leaves out is no update.
 */
export function updatesFigures(newer: FigureClaim, older: FigureClaim): boolean {
  if (updatesCasualties(newer, older)) return true;
  const shared = sharedCount(older.claim, newer.claim);
  if (shared < FORMER_REPORT_WORDS) return false;
  for (const [figure, around] of older.figures) {
    // "… rose to 23, up from 19": the newer sentence says the older figure is what it was (so fewer shared
    // words make it the same report), of something its claim counts.
    if (newer.former.has(figure) && !older.former.has(figure)) {
      if (sharesAny(around, newer.claim)) return true;
      continue;
    }
    const measure = older.measures.get(figure);
    if (shared < SAME_REPORT_WORDS || newer.figures.has(figure) || measure === undefined) continue;
    for (const [other, theirs] of newer.measures)
      if (!older.figures.has(other) && sameThing(measure, theirs)) return true;
  }
  return false;
}

/** Words two figures' surroundings must share to count the same thing … */
const SAME_THING_WORDS = 3;
/** … or, with the same noun after each, that noun and one more ("people … evacuation centres"). */
const SAME_NOUN_WORDS = 2;

/**
 * Whether two figures count the same thing: of one kind (money, a percentage, a count), with the same noun
 * after each when both have one ("14,600 acres" and "17,900 acres"; not "1.9 million vehicles" and "seven
 * models"), and several of the same words around them, or with no noun after either the same word before
 * them ("the death toll rose to 12" and "the confirmed death toll rose to 19"); not one word of background
 * ("the town to examine its tendons within 24 months" and "this town of 14,000").
 */
function sameThing(a: Measure, b: Measure): boolean {
  if (a.kind !== b.kind) return false;
  const nouns = a.unit !== undefined && b.unit !== undefined;
  if (nouns && a.unit !== b.unit) return false;
  if (!nouns && a.lead !== undefined && a.lead === b.lead) return true;
  return sharedCount(a.around, b.around) >= (nouns ? SAME_NOUN_WORDS : SAME_THING_WORDS);
}

/**
 * What a figure counts when it is a toll (the dead, the missing, the injured), by the words beside it; only
 * when they name one of those.
 */
function casualtyKind(around: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  for (const [kind, words] of CASUALTY_WORDS) {
    if (!sharesAny(words, around)) continue;
    if (found !== undefined) return undefined;
    found = kind;
  }
  return found;
}

/** Stems (see `stem`) that say what a toll counts. */
const CASUALTY_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['dead', new Set(['died', 'dead', 'death', 'kill', 'toll', 'bodi', 'body', 'fataliti', 'drown'])],
  ['missing', new Set(['miss', 'unaccount'])],
  ['injured', new Set(['injur', 'hurt', 'wound'])],
]);

/** A year among a sentence's figures (see `FigureClaim.dated`). */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "13 people have died" → "the death toll rose to 17 on Thursday": a newer count of the dead (the missing,
 * the injured) updates an older one whatever else the two sentences say, as tolls are reported. Not from a
 * sentence that gives a year, which tells of another event.
 */
function updatesCasualties(newer: FigureClaim, older: FigureClaim): boolean {
  if (newer.dated) return false;
  for (const [figure, kind] of older.tolls) {
    if (newer.figures.has(figure)) continue;
    for (const [other, theirs] of newer.tolls) if (theirs === kind && !older.figures.has(other)) return true;
  }
  return false;
}

/**
 * The toll a figure counts: by the words beside it, or in a sentence with no other figure by the
 * sentence's words ("The death toll in the collapse of the bridge at Hemgarh rose to 17 on Thursday").
 */
function figureKind(
  figures: number,
  claim: ReadonlySet<string>,
  around: ReadonlySet<string>,
): string | undefined {
  return casualtyKind(around) ?? (figures === 1 ? casualtyKind(claim) : undefined);
}

/**
 * Whether a sentence's figures are all another's figures of the same things ("a 9 percent raise" after "a
 * 9 percent pay rise"): it adds no figure, and one of the two is enough in a status.
 */
export function repeatsFigures(a: FigureClaim, b: FigureClaim): boolean {
  if (a.figures.size === 0) return false;
  for (const [figure, around] of a.figures) {
    const theirs = b.figures.get(figure);
    if (!theirs || !sharesAny(around, theirs)) return false;
  }
  return true;
}
