/**
 * Whether two sentences from different outlets state the same fact, so that the second outlet may be cited
 * for the first sentence: not merely sharing background words (cosine), but stating most of what the first
 * says (its weight in the other), with the same figures ("a backlog of 90,000" is not "30,000") and the
 * same people and places.
 */
import { FUNCTION_WORDS, ROLE_WORDS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon/index.ts';
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
function stem(word: string): string {
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

/** The figures and the words around them: content words but names, roles and digits, stemmed. */
export function figureClaim(text: string): FigureClaim {
  const names = capitalisedTokens(text);
  const word = (t: string) => !names.has(t) && !NOT_CLAIM.has(t) && !/\d/.test(t);
  const tokens = text.split(/\s+/);
  const figures = new Map<string, Set<string>>();
  const former = new Set<string>();
  tokens.forEach((token, i) => {
    for (const figure of figuresOf(token)) {
      if (FORMER_BEFORE.test(tokens[i - 1] ?? '') || /^(?:compared|revised)$/i.test(tokens[i - 2] ?? ''))
        former.add(figure);
      const around = new Set<string>();
      for (let k = Math.max(0, i - FIGURE_CONTEXT); k <= i + FIGURE_CONTEXT && k < tokens.length; k++)
        if (k !== i) for (const t of contentTokens(tokens[k] as string)) if (word(t)) around.add(stem(t));
      figures.set(figure, around);
    }
  });
  const claim = new Set(contentTokens(text).filter(word).map(stem));
  const tolls = new Map<string, string>();
  for (const [figure, around] of figures) {
    const kind = figureKind(figures.size, claim, around);
    if (kind !== undefined) tolls.set(figure, kind);
  }
  return { figures, former, claim, tolls, dated: [...figures.keys()].some((f) => YEAR.test(f)) };
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
    if (shared < SAME_REPORT_WORDS || newer.figures.has(figure)) continue;
    for (const [other, theirs] of newer.figures)
      if (!older.figures.has(other) && sharesAny(around, theirs)) return true;
  }
  return false;
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
