/**
 * Reading a speaker phrase ("State Department spokeswoman Heather Nauert", "South Korea's presidential
 * office", "he") into a person, an organisation or a pronoun. Word lists here are generic English news
 * vocabulary (titles, roles, institution words), not names from any one story.
 */
import { comparable } from '../text/normalize.ts';

/** Capitalised words that are titles in front of a name ("Secretary of State Mike Pompeo"). */
export const TITLE_WORDS = new Set(
  (
    'president vice secretary state chairman chairwoman chair leader premier minister prime foreign deputy ' +
    'general gen chancellor king queen prince princess sen senator rep representative gov governor mayor ' +
    'ambassador amb judge justice chief director commissioner speaker pope sheikh emir ayatollah dr mr mrs ms ' +
    'sir lord lady officer sgt lt col capt admiral adm commander marshal envoy spokesman spokeswoman ' +
    'spokesperson attorney defense defence interior finance trade treasury home supreme first lady former ' +
    'acting assistant under senior special mp mep msp mla mpp congressman congresswoman councillor councilor ' +
    'alderman'
  ).split(' '),
);

/** Lower-case role words that come right before a name ("spokeswoman Heather Nauert", "leader Kim"). */
export const ROLE_WORDS = new Set(
  (
    'president secretary chairman chairwoman leader minister spokesman spokeswoman spokesperson official ' +
    'adviser advisor aide envoy diplomat ambassador correspondent reporter editor analyst lawmaker senator ' +
    'governor mayor general commander director chief counsel lawyer attorney negotiator dictator premier ' +
    'king queen prince founder executive ceo expert professor economist candidate nominee representative ' +
    'deputy councillor councilor councilman councilwoman legislator mp'
  ).split(' '),
);

/** Words that make a capitalised phrase an institution, place or publication rather than a person. */
const ORG_WORDS = new Set(
  (
    'department ministry office agency committee council house government administration party times post ' +
    'news press journal herald tribune network association union nations bank court congress senate ' +
    'parliament assembly pentagon kremlin commission embassy university institute foundation company corp ' +
    'inc group army navy force forces police service services bureau authority organization organisation ' +
    'states kingdom republic federation emirates world'
  ).split(' '),
);

/** Lower-case head nouns that make a phrase an unnamed source worth keeping ("South Korean officials"). */
const UNNAMED_HEAD =
  /\b(?:office|spokesperson|spokesman|spokeswoman|officials?|aides?|sources?|statement|ministry|government|administration|advisers?|diplomats?|analysts?|experts?|representatives?|agency|department|embassy|military|police|committee|spokespeople|authority|authorities|union|council|company|firm|board|commission|court|party|campaign|team|ministry)\b/i;

/** Phrases that introduce what was said rather than who said it ("a statement from X" → X). */
const CONTAINER =
  /^(?:an? |the )?(?:joint |written |brief |separate )?(?:statement|remarks|release|tweet|post|letter|message|readout|interview|transcript)s? (?:from|by|of|released by|issued by) /i;

export const PRONOUNS = /^(?:he|she|they|it)$/i;

export type SpeakerRef =
  | { kind: 'person'; name: string; role?: string }
  | { kind: 'org'; name: string }
  | { kind: 'pronoun'; pronoun: 'he' | 'she' | 'they' | 'it' };

// Capitalised words, and the lower-case particles of names ("bin", "de", "al-Assad").
const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}'\u2019.-]*|(?:al|el|bin|ibn|de|da|du|di|van|von|der|la|le)|(?:al|el)-\p{Lu}[\p{L}'\u2019-]*)$/u;

export function isCapitalised(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(token);
}

function bare(token: string): string {
  return token.toLowerCase().replace(/[.\u2019']/g, '');
}

/** Whether a token is a title word such as "President" or "Secretary". */
export function isTitleWord(token: string): boolean {
  // Country acronyms prefix titles ("U.S. Secretary"); case matters: "Un" in "Kim Jong Un" is a name.
  return TITLE_WORDS.has(bare(token)) || /^(?:U\.?S\.?|U\.?K\.?|U\.?N\.?|E\.?U\.?)$/.test(token);
}

/** Whether any token marks an institution or place rather than a person. */
export function hasOrgWord(tokens: readonly string[]): boolean {
  return tokens.some((t) => ORG_WORDS.has(bare(t)));
}

/** How many role words open a run, leaving at least one word ("Economist Priya Shah" → 1). */
export function leadingRoleWords(tokens: readonly string[]): number {
  let n = 0;
  while (n < tokens.length - 1 && ROLE_WORDS.has((tokens[n] as string).toLowerCase())) n++;
  return n;
}

/** Removes a trailing possessive ("Kim’s" → "Kim"). */
export function stripPossessive(token: string): string {
  return token.replace(/['\u2019]s?$/u, '');
}

/**
 * Splits a capitalised run into its title part and its name part: the name is what follows the last title
 * word ("South Korean President Moon Jae-in" → "Moon Jae-in").
 */
export function splitTitle(tokens: readonly string[]): { title: string[]; name: string[] } {
  let last = -1;
  tokens.forEach((t, i) => {
    if (isTitleWord(t) || t.toLowerCase() === 'of') last = i;
  });
  return { title: tokens.slice(0, last + 1), name: tokens.slice(last + 1) };
}

function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/^[\s,;:\u2014\u2013-]+|[\s,;:.\u2014\u2013-]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tokens of a phrase with surrounding punctuation removed (hyphens and apostrophes inside words kept). */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}#@]+|[^\p{L}\p{N}.'\u2019]+$/gu, ''))
    .filter((t) => t !== '');
}

const POSSESSIVE = /['\u2018\u2019]s?$/u;

/** The capitalised run that ends a token list, letting "of" join titles ("Secretary of State Mike Pompeo"). */
function trailingRun(tokens: readonly string[]): number {
  let start = tokens.length;
  while (start > 0) {
    const token = tokens[start - 1] as string;
    if (NAME_TOKEN.test(token) && !POSSESSIVE.test(token)) start--;
    else if (
      token === 'of' &&
      start >= 2 &&
      isTitleWord(tokens[start - 2] as string) &&
      start < tokens.length
    )
      start--;
    else break;
  }
  return start;
}

const AFFILIATION = /^(\S.*?)\s+(?:of|from|at|with)\s+\S.*$/u;

/**
 * "Col. Cullen Jones of the Army Corps of Engineers" → "Col. Cullen Jones": a person named in full (titles
 * and at least two name words, all capitalised), then where they work. Titles that contain "of"
 * ("Secretary of State Mike Pompeo") and institutions ("Bank of America") have no full name before it.
 */
function withoutAffiliation(phrase: string): string {
  const head = AFFILIATION.exec(phrase)?.[1];
  if (head === undefined) return phrase;
  const tokens = phraseTokens(head);
  if (!tokens.every((t) => NAME_TOKEN.test(t) && /^\p{Lu}/u.test(t))) return phrase;
  const { name } = splitTitle(tokens);
  return name.length >= 2 && !hasOrgWord(name) ? head : phrase;
}

/**
 * Reads who a speaker phrase names: a person (with the role words in front of the name), an organisation
 * or unnamed source (kept as written), or a pronoun to resolve. `isPlace` tells names that the corpus uses as
 * places ("in South Korea"), which speak as institutions. Undefined when the phrase names nobody.
 */
export function readSpeakerPhrase(
  raw: string,
  isPlace: (name: string) => boolean = () => false,
): SpeakerRef | undefined {
  let phrase = cleanPhrase(raw);
  for (let i = 0; i < 2 && CONTAINER.test(phrase); i++) phrase = phrase.replace(CONTAINER, '');
  phrase = withoutAffiliation(phrase);
  if (phrase === '' || !/\p{L}/u.test(phrase)) return undefined;
  if (PRONOUNS.test(phrase))
    return { kind: 'pronoun', pronoun: phrase.toLowerCase() as 'he' | 'she' | 'they' };
  const tokens = phraseTokens(phrase);
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  const start = trailingRun(tokens);
  const before = tokens.slice(0, start);
  const { title, name } = splitTitle(tokens.slice(start));
  // A capitalised role word opening the sentence is a role, not a first name ("Analyst Tom Reed said").
  title.push(...name.splice(0, leadingRoleWords(name)));
  const nameText = name.join(' ');
  const institutional =
    name.length === 0 ||
    hasOrgWord(name) ||
    isPlace(nameText) ||
    before.some((t) => /^(?:of|for|from|at)$/i.test(t)) ||
    // "the Federal Reserve": a name right after "the", with no title, is an institution's.
    (title.length === 0 && before[before.length - 1]?.toLowerCase() === 'the');
  if (institutional) {
    if (name.length === 0 && !UNNAMED_HEAD.test(phrase)) return undefined;
    return { kind: 'org', name: phrase.replace(/^(?:the|a|an|one) /i, '') };
  }
  // Several people ("Trump and Kim said") cannot be one speaker.
  if (/\s(?:and|&)\s/.test(phrase)) return undefined;
  const role = [...before.filter((t) => !/^(?:the|a|an)$/i.test(t)), ...title].join(' ');
  return { kind: 'person', name: nameText, ...(role ? { role } : {}) };
}

/** Comparable key of a name: lower-case, hyphens and accents folded ("Kim Jong-un" = "Kim Jong Un"). */
export function nameKey(name: string): string {
  return comparable(name.replace(/['\u2019]s$/u, ''));
}
