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
  return out;
}

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
    const theirs = claimWords(other.text);
    let agreed = 0;
    for (const w of claim) if (theirs.has(w)) agreed++;
    if (agreed < SAME_CLAIM * claim.size) return false;
  }
  const names = namesOf(item.text);
  const theirs = namesOf(other.text);
  let shared = 0;
  for (const n of names) if (theirs.has(n)) shared++;
  return names.size === 0 || shared * 2 >= names.size;
}
