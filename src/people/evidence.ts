/**
 * Whether an entry of the directory that is never quoted reads as a person. Quoted speakers are people by
 * the attribution's evidence; a name that is only mentioned needs evidence of its own before a listing such
 * as `who` calls it a person, or institutions and places ("Harbour Authority", "Valemont County", "U.S.-EU
 * Summit") fill the list.
 */
import { CALENDAR_WORDS, DEMONYMS, GIVEN_NAME_GENDERS, ORG_WORDS } from '../lexicon/index.ts';
import { comparable } from '../text/normalize.ts';
import type { Person } from './directory.ts';

export interface PersonEvidenceContext {
  /** Outlet names of the corpus, compared folded: an outlet is no person. */
  outlets: ReadonlySet<string>;
  /** Words the corpus writes in lower case ("summit", "county"): a name does not consist of them. */
  common: ReadonlySet<string>;
}

/** Folded outlet names, for the context. */
export function outletKeys(outlets: Iterable<string>): Set<string> {
  // Each distinct name folded once: 10,000 articles name a few dozen outlets.
  return new Set([...new Set(outlets)].map(comparable));
}

/**
 * Words that end the names of places, bodies and firms but are rarely a surname, for names never quoted
 * ("Quay Street", "Camden County", "Brookings Institution", "Rock Ventures"); institution words proper are
 * the lexicon's ORG_WORDS.
 */
const PLACE_AND_BODY_WORDS: ReadonlySet<string> = new Set(
  (
    'street road avenue boulevard square parkway county province district region sea ocean river island ' +
    'islands valley arena stadium chamber institution international therapeutics medicine pharmaceuticals ' +
    'ventures solutions systems technologies republicans democrats conference summit agreement agreements'
  ).split(' '),
);

/** "LCWR", "JAKARTA": capitals only, an acronym or a dateline, not a name. */
function isAllCapitals(word: string): boolean {
  return word.length >= 3 && /^\p{Lu}+$/u.test(word);
}

/** "U.S.-North", "Google+", "AT&T": an abbreviation joined to a word, or a brand. */
function isCompoundAbbreviation(word: string): boolean {
  return /[+&]/.test(word) || (word.includes('.') && word.includes('-'));
}

/** Prefixes of surnames written with a capital inside ("McAllister", "DeSantis", "LaToya", "FitzGerald"). */
const INNER_CAPITAL_PREFIXES: ReadonlySet<string> = new Set(
  'mc mac de di da du le la van von fitz o'.split(' '),
);

/** "AirAsia", "PayPal", "YouTube": a brand written with a capital inside, which no name prefix explains. */
function isCamelBrand(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}/u.exec(word);
  return m !== null && !INNER_CAPITAL_PREFIXES.has((m[1] as string).toLowerCase());
}

/** The role, gender or given name the articles give a person. */
function hasPersonalEvidence(person: Person, first: string): boolean {
  return person.role !== undefined || person.gender !== undefined || GIVEN_NAME_GENDERS.has(first);
}

/**
 * A mentioned, never-quoted name is a person unless it is an outlet, holds an institution word, an acronym
 * or an abbreviation or a calendar word, or — without a role, gender or known given name — is a single
 * word, a brand written with an inner capital, a nationality or a participle first, or a word the corpus
 * writes in lower case ("Summit", "Sea", "Conference").
 */
export function readsAsPerson(person: Person, context: PersonEvidenceContext): boolean {
  if (context.outlets.has(comparable(person.name))) return false;
  const words = person.name.split(/\s+/).filter((w) => w.length > 0);
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => ORG_WORDS.has(w) || PLACE_AND_BODY_WORDS.has(w))) return false;
  if (words.some((w) => isAllCapitals(w) || isCompoundAbbreviation(w))) return false;
  // "Scotland December": a date read into a name.
  if (lower.some((w) => CALENDAR_WORDS.has(w))) return false;
  if (hasPersonalEvidence(person, lower[0] ?? '')) return true;
  // With nothing personal: one word ("Alabama"); a brand or a nationality before a name ("Indonesia
  // AirAsia", "Afghan Taliban"); a participle opening a sentence ("Neighbouring Liberia").
  if (words.length < 2 || words.some(isCamelBrand) || DEMONYMS.has(lower[0] ?? '')) return false;
  if (/^\p{Ll}{3,}ing$/u.test(lower[0] ?? '')) return false;
  return !lower.some((w) => context.common.has(w));
}
