/**
 * Mentions of people in one paragraph: capitalised name runs with the titles, honorifics and role words
 * in front of them ("State Department spokeswoman Heather Nauert", "Ms Marsh-Adeyemi", "union leader Ana
 * Ferreira"), and the third-person pronouns. Offsets are into the paragraph's text (its sentences joined by
 * one space), so quotation spans and attribution cues can be matched against them.
 */
import { sentenceStarts } from '../corpus/sentences.ts';
import {
  ABBREVIATED_CALENDAR_WORDS,
  BODY_OFFICES,
  CALENDAR_WORDS,
  CHILD_KIN,
  DEMONYMS,
  FUNCTION_WORDS,
  type Gender,
  GENDERED_ROLES,
  GIVEN_NAME_GENDERS,
  HONORIFICS,
  LOCATIVES,
  COMPASS_POINTS,
  NAMED_THING_WORDS,
  PLACE_NOUNS,
  INSTITUTION_NOUNS,
  TITLE_ABBREVIATIONS,
  VESSEL_PREFIXES,
  WEATHER_SYSTEMS,
  POST_NOMINALS,
  CLOSING_HONORIFICS,
  OPENING_TITLES,
  PARENT_KIN,
  ORG_WORDS,
  OFFICE_QUALIFIERS,
  PARTY_WORDS,
  KIN_WORDS,
  ROLE_WORDS,
  SPEECH_VERB_WORDS,
  RANK_ABBREVIATIONS,
  RELATIVE_AGE_WORDS,
  TITLE_WORDS,
  SIBLING_AGE,
  SIBLING_KIN,
  TIME_ZONES,
  GERMAN_RANK,
  isRoleNoun,
  WEEKDAYS,
  withoutElect,
  isTitleForm,
  LEGISLATURE_PATTERN,
  PLACES_OPENING_WITH_HONORIFIC,
} from '../lexicon/index.ts';
import { isAsciiWordChar, isStopword, titleCased } from '../text/normalize.ts';
import { isQuoted, type QuoteSpan } from '../text/quoteSpans.ts';
import {
  endBeforePostNominals,
  foldToken,
  isHandle,
  isInitial,
  isPlainLetters,
  isParticle,
  isGaelicArticle,
  isMutatedSurname,
  isParticleName,
  mayBeHandle,
  nameAfterBodyRole,
  mayOpenParticleName,
  nameAfterBody,
  nameAfterOfficeBody,
  postNominalForm,
  isPostNominal,
} from './names.ts';

/**
 * Which of two relatives someone is named as: the child ("his daughter, X") or the parent ("her father,
 * X"), the younger or the elder sibling ("his younger brother, X").
 */
export type Kin = 'child' | 'parent' | 'younger' | 'elder';

export interface NameMention {
  start: number;
  end: number;
  /** Index of the sentence in the paragraph. */
  sentence: number;
  /** The name as written, without titles ("Heather Nauert"). */
  tokens: string[];
  /** Capitalised titles and honorifics in front ("Secretary of State", "Ms"). */
  titles: string[];
  /** Lower-case role words in front ("union leader"). */
  role: string;
  gender?: Gender;
  /**
   * The gender is only that of the pronoun opening the clause a speech verb after the name reports ("García
   * said he …"), which may be someone else's ("Gallardo says he turned down an escort": her husband).
   */
  reportedGender?: boolean;
  /** Inside a quotation: mentioned by someone, never the one who speaks. */
  quoted: boolean;
  possessive: boolean;
  /** A title, honorific, role or age beside the name says it is a person. */
  personal: boolean;
  /** A speech verb beside it ("Shah said", "said Shah"): people speak, but so do institutions. */
  speaks: boolean;
  /** Which of two relatives (see `Kin`), or the age given. */
  elder?: { kin?: Kin; age?: number };
  /** Right after "in", "from"… or a named thing's word ("the tanker"), with no title: a place or thing, more likely than a person. */
  locative: boolean;
  /** "the elder Mateen", "the younger Marr": one of two relatives told apart by age, not by name. */
  byAge: 'elder' | 'younger' | undefined;
  /** Named as someone's relative ("His brother, Nathan Kessler", "the skipper's brother, Duncan Mair"). */
  kin: boolean;
  /** Named as whom someone else is no kin of ("Tobias Wendt (no relation to Ms Wendt)"): not whom the text is on. */
  disowned: boolean;
  /** A ward, seat or party in brackets right after the name ("Tremblay (Vieux-Moulin)"), as records write it. */
  bracket?: string;
  /** Said to give evidence ("Hale testified", "Hale took the stand"): the one "the witness" refers to. */
  testifies: boolean;
  /** Said to stand trial ("Quenby, of Kelbury, denies murdering …"): the one "the defendant" refers to. */
  accused: boolean;
  /**
   * A relative of someone's spoken of before the name in its sentence ("Asked whether his uncle had known,
   * Shimazu said"): whose relative it is, the name is; so it is not the relative.
   */
  ownKin?: string;
}

/** The most words back from a name to look for "his uncle", "her son" in its sentence. */
const OWN_KIN_REACH = 12;

/** Whether the words from token `k` (-1: none) say that someone gives evidence (`TESTIFYING`). */
function testifiesAt(tokens: Tokens, k: number): boolean {
  return (
    k >= 0 && k < tokens.count && TESTIFYING.test(tokens.text.slice(tokens.start(k), tokens.start(k) + 40))
  );
}

/**
 * Whether the words after a name (from token `j`), past where the person lives or their age, say that they
 * stand trial ("Quenby, of Orchard Rise, Kelbury, denies murdering …", "Hale, 46, is charged with …").
 */
function accusedAt(tokens: Tokens, j: number): boolean {
  if (j >= tokens.count) return false;
  const after = tokens.text.slice(tokens.start(j), tokens.start(j) + ACCUSED_REACH);
  return STANDS_TRIAL.test(after.replace(RESIDENCE_OR_AGE, ''));
}
/** How far after a name `accusedAt` reads. */
const ACCUSED_REACH = 120;
/** "of Orchard Rise, Kelbury, ", "46, ": where someone lives or their age, set off after the name. */
const RESIDENCE_OR_AGE = /^(?:(?:of|from)\s[^.;:]{1,60}?,\s*(?=\p{Ll})|\d{1,3},\s*)/u;
/** What one standing trial is said to do or be ("denies murdering", "pleaded not guilty to", "is charged with"). */
const STANDS_TRIAL =
  /^(?:who\s+)?(?:(?:denies|denied|has denied|pleaded not guilty to|pleads not guilty to)\s+(?:the\s+|all\s+|two\s+|three\s+)?(?:murder|murdering|manslaughter|killing|charges?|counts?|assault|assaulting|causing|fraud|rape|robbery|theft|attempted)|(?:is|was|has been|stands)\s+(?:charged with|accused of|on trial (?:for|over)))\b/u;

/**
 * What a witness is said to do, right after the name ("Ruth Hale testified", "Hale took the stand", "Hale
 * sat at the witness table").
 */
const TESTIFYING =
  /^(?:testif(?:ied|ies|ying)|(?:took|takes|taking) the (?:witness )?(?:stand|box)|(?:gave|gives|giving) evidence|(?:sat|sits|sitting) (?:at|in) the witness (?:table|stand|box|chair)|(?:was|is) (?:cross-examined|called as a witness))\b/;

/** A verb saying what someone is, has been or became ("Baranda has been president of …"). */
const COPULAS: ReadonlyMap<string, number> = new Map([
  ['is', 1],
  ['was', 1],
  ['became', 1],
  ['becomes', 1],
  ['remains', 1],
  ['remained', 1],
  ['has been', 2],
  ['had been', 2],
  // Taking up a role: "will take over as interim chief executive", "was appointed finance minister".
  ['takes over as', 3],
  ['took over as', 3],
  ['will take over as', 4],
  ['will become', 2],
  ['was appointed', 2],
  ['has been appointed', 3],
  ['was named', 2],
  ['was elected', 2],
]);
/** Words after a role that end its phrase and go on with the clause ("interim chief executive while …"). */
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set([
  'while',
  'until',
  'after',
  'when',
  'from',
  'on',
  'with',
  'and',
]);
/** The most words of a key of `COPULAS`. */
const COPULA_WORDS = 4;

/** The role of `#roleOfBody` from `start` to `end` (the body's possessive ending it when `owns`). */
function roleUpTo(tokens: Tokens, start: number, end: number, owns: boolean): { role: string; end: number } {
  const words: string[] = [];
  for (let w = start; w <= end; w++) words.push(roleWord(tokens, w));
  const role = words.join(' ').replace(/[.!?]$/, '');
  return { role: owns ? role.replace(/['\u2019]s?$/u, '') : role, end: end + 1 };
}

/**
 * "Aurelio Baranda has been president of CD Castrovera for fourteen years", "Hale is the chief executive
 * of …": a role stated after the name by a copula, up to two lower-case words before the role noun, which
 * ends the sentence or is followed by the body it serves. '' when there is none.
 */
function predicateRole(tokens: Tokens, j: number): string {
  // The longest verb phrase of COPULAS the words after the name open with.
  let skip: number | undefined;
  let words = '';
  for (let n = 0; n < COPULA_WORDS; n++) {
    words = n === 0 ? tokens.bare(j).toLowerCase() : `${words} ${tokens.bare(j + n).toLowerCase()}`;
    skip = COPULAS.get(words) ?? skip;
  }
  if (skip === undefined) return '';
  let k = j + skip;
  if (/^(?:the|a|an)$/.test(tokens.raw(k))) k++;
  const word = (w: number) => tokens.bare(w).replace(CLAUSE_PUNCTUATION, '');
  const ends = (w: number) => CLAUSE_PUNCTUATION.test(tokens.raw(w));
  for (let end = k; end < tokens.count && end <= k + 2; end++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word(end)) || (end > k && ends(end - 1))) return '';
    if (!ROLE_WORDS.has(word(end))) continue;
    // ("chief executive": a role word may qualify the noun after it.)
    if (
      !ends(end) &&
      !/^(?:of|at|for|in)$/.test(tokens.bare(end + 1)) &&
      !CLAUSE_GOES_ON.has(tokens.bare(end + 1))
    )
      continue;
    const words: string[] = [];
    for (let w = k; w <= end; w++) words.push(word(w));
    // The body it serves, as far as its capitalised name goes ("head of the Palestinian Dialogue Group in
    // Turkey", "president of CD Castrovera").
    let last = end;
    for (let w = end + 1; !ends(end) && w < tokens.count && w <= end + BODY_WORDS; w++) {
      const bare = word(w);
      const next = tokens.bare(w + 1) === 'the' ? tokens.bare(w + 2) : tokens.bare(w + 1);
      const connects = /^(?:of|at|for|in|the|and|de)$/.test(bare) && /^\p{Lu}/u.test(next);
      if (!connects && !/^\p{Lu}/u.test(bare)) break;
      if (/^\p{Lu}/u.test(bare)) last = w;
      if (ends(w)) break;
    }
    for (let w = end + 1; w <= last; w++) words.push(word(w));
    return words.join(' ');
  }
  return '';
}

/**
 * A speech verb's plural noun before the verb of its clause ("Corvantis shares rose", "the Acme claims were
 * rejected"): the name before it qualifies the noun, and says nothing.
 */
const PLURAL_NOUN_BEFORE_VERB =
  /^\p{L}+s (?:rose|fell|jumped|dropped|slid|slipped|climbed|gained|lost|closed|opened|traded|surged|tumbled|plunged|soared|were|are|have|had|will|would|remain|remained)$/u;

/**
 * How many words after a role noun its body's name may run to the comma that closes the appositive ("leader
 * of the smaller and more militant Union syndicale des travailleurs (UST),").
 */
const BODY_REACH = 12;

/** Punctuation that ends a clause, after a word. */
const CLAUSE_PUNCTUATION = /[.,;:!?]+$/;
/** Words of the body a role stated by a copula serves. */
const BODY_WORDS = 8;

/**
 * Which of two siblings: "his younger brother, Musa Danladi" is the younger, "her elder sister Ama" the
 * elder (the word before the sibling's).
 */
function siblingAge(words: readonly string[]): 'elder' | 'younger' | undefined {
  const k = words.findIndex((w) => SIBLING_KIN.has(w));
  return k > 0 ? SIBLING_AGE.get(words[k - 1] as string) : undefined;
}

/** "two-day-old Elsie Roe", "six-week-old Alfie": a baby's age in days, weeks or months, before the name. */
const INFANT_AGE =
  /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)-(?:day|week|month)-old$/i;

/** "19-year-old" after "a": how old the person named before it is. */
const AGED_NOUN = /^(\d{1,3})-year-old\b/;

/**
 * What a mention says of a person's place among relatives: a kinship word before the name (among its role
 * words, or the word right before it), an age after it.
 */
function elderEvidence(
  roles: string,
  before: readonly string[],
  age: number | undefined,
): NameMention['elder'] | undefined {
  const words = roles === '' ? before : [...roles.split(' '), ...before];
  const kin = words.some((w) => CHILD_KIN.has(w))
    ? 'child'
    : words.some((w) => PARENT_KIN.has(w))
      ? 'parent'
      : siblingAge(words);
  if (kin === undefined && age === undefined) return undefined;
  return { ...(kin ? { kin } : {}), ...(age !== undefined ? { age } : {}) };
}

export type PronounKind = 'he' | 'she' | 'they' | 'it';

export interface PronounMention {
  at: number;
  sentence: number;
  pronoun: PronounKind;
  quoted: boolean;
  /**
   * "he", "she": a subject; "him", "them": an object, which in its own clause refers to someone other than
   * the subject; "his", "her", "their": a possessive, which may refer to anyone named near it.
   */
  role: 'subject' | 'object' | 'possessive';
}

const PRONOUN_ROLES: ReadonlyMap<string, PronounMention['role']> = new Map([
  ['he', 'subject'],
  ['she', 'subject'],
  ['they', 'subject'],
  ['it', 'subject'],
  ['himself', 'subject'],
  ['herself', 'subject'],
  ['him', 'object'],
  ['them', 'object'],
]);

export interface ParagraphMentions {
  names: NameMention[];
  pronouns: PronounMention[];
}

/** Pronouns by word, and the person they stand for ("him" → "he"). */
export const PRONOUNS: ReadonlyMap<string, PronounKind> = new Map([
  ['he', 'he'],
  ['him', 'he'],
  ['his', 'he'],
  ['himself', 'he'],
  ['she', 'she'],
  ['her', 'she'],
  ['hers', 'she'],
  ['herself', 'she'],
  ['they', 'they'],
  ['them', 'they'],
  ['their', 'they'],
  ['it', 'it'],
  ['its', 'it'],
]);

/** Most words of a name besides its particles ("Maria das Graças Oliveira Santos" has four). */
const MAX_NAME_TOKENS = 4;
/** Most words of a name with its particles. */
const MAX_NAME_WITH_PARTICLES = 7;
/** Particles that open a family name written alone with a capital ("Van Dalsum", "De Luca", "Von Arx"). */
const CAPITALISED_PARTICLES: ReadonlySet<string> = new Set(
  'van von de der den da di du del della le la dos das ter ten'.split(' '),
);
/** Country initialisms that prefix titles ("U.S. Secretary"); case matters: "Un" in "Kim Jong Un" is a name. */
const TITLE_PREFIX = /^(?:U\.?S\.?|U\.?K\.?|U\.?N\.?|E\.?U\.?)$/;

/**
 * A compound word capitalised only because it opens a sentence ("Red-eyed Solvberg said", "Ex-minister Ana
 * Ruiz"): the part after the hyphen is lower-case, as in no name ("Marsh-Adeyemi", "Jean-Luc").
 */
const COMPOUND_WORD = /^\p{Lu}\p{Ll}+-\p{Ll}/u;
/**
 * A given name of two romanised syllables, the second in lower case, as Cantonese and Korean names are
 * often written ("Mei-kuen Wong", "Tsz-kin Chan", "Ka-fai", "Sung-ho"): short syllables, the second ending
 * in a vowel, "n" or "ng"; not an English prefix before the hyphen ("Ex-wife", "Co-founder", "Well-known")
 * nor a compound's usual second word ("Long-time", "Left-wing", "Hard-line").
 */
const SYLLABLE_GIVEN_NAME =
  /^(?!(?:Ex|Co|Re|Pre|Pro|Non|Anti|Self|Well|Long|Left|Far|Half|Step|Vice|Full|Part|Big|One|Two|All|Off|Top|Low|High|Ill|Old|New|Mid|Post|Semi|Sub|Bi|Tri)-)\p{Lu}[a-z]{1,3}-(?!(?:time|wing|line|made|year|one|two|in|on|run|fire|born|won|known|ago|go)$)[a-z]{0,3}(?:[aeiouy]|n|ng)$/u;

/**
 * A Korean given name whose first syllable is no English word, whatever the second is ("Jae-won",
 * "Jae-in", "Seung-on": not "Hard-won", "Built-in", "Add-on").
 */
const KOREAN_GIVEN_NAME =
  /^(?:Jae|Ji|Jin|Jung|Jong|Seung|Sung|Hyun|Hye|Yeon|Kwang|Tae|Eun|Soo|Kyung|Myung|Byung|Chul|Hee|Dae|Seok|Hwan|Yong|Dong)-[a-z]{1,4}$/u;

export function isCompoundWord(bare: string): boolean {
  return (
    bare.includes('-') &&
    COMPOUND_WORD.test(bare) &&
    !SYLLABLE_GIVEN_NAME.test(bare) &&
    !KOREAN_GIVEN_NAME.test(bare)
  );
}

/** A token without the punctuation around it ("(Reyes," → "Reyes"), periods of initials kept. */
export function bareToken(token: string): string {
  // ASCII punctuation is stripped by char codes; anything else around the word by the regular expressions.
  let from = 0;
  while (from < token.length && !isAsciiWordChar(token.charCodeAt(from))) {
    if (token.charCodeAt(from) >= 128) return bareTokenOfAnyScript(token);
    from++;
  }
  const to = from + trimmedLength(token.slice(from));
  return from === 0 && to === token.length ? token : token.slice(from, to);
}

function bareTokenOfAnyScript(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}.]+$/u, '');
}

/** The length of a token without the punctuation after it (periods kept: "R."). */
function trimmedLength(token: string): number {
  let to = token.length;
  while (to > 0) {
    const c = token.charCodeAt(to - 1);
    if (isAsciiWordChar(c) || c === 46) break;
    if (c >= 128) return token.replace(/[^\p{L}\p{N}.]+$/u, '').length;
    to--;
  }
  return to;
}

/**
 * Whether the run's word at `k` is a date's: a month or weekday, but not an abbreviated one written without a
 * period before a word of a name ("Jan Kowalczyk", "Mar Hicks", "Sun Yang"; "Mar. Hicks" or "Wed Dec" stay
 * dates).
 */
function isDateWord(words: readonly string[], k: number): boolean {
  const word = words[k] as string;
  const lower = word.toLowerCase();
  if (!CALENDAR_WORDS.has(lower.replace(/\.$/, ''))) return false;
  const next = words[k + 1];
  return !(
    ABBREVIATED_CALENDAR_WORDS.has(lower) &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next) &&
    !CALENDAR_WORDS.has(next.toLowerCase().replace(/\.$/, ''))
  );
}

/**
 * Lower case without periods and apostrophes, and without a "-designate" or "-elect" after it: how titles
 * are looked up ("Sen." → "sen", "Minister-designate" → "minister", "President-elect" → "president").
 */
function lookupForm(token: string): string {
  // Most tokens have neither a period, an apostrophe nor a hyphen: no regular expression runs for them.
  let form = token.toLowerCase();
  if (form.includes('.') || form.includes("'") || form.includes('\u2019'))
    form = form.replace(/[.\u2019']/g, '');
  return withoutElect(form);
}

export function isTitle(token: string): boolean {
  return (
    isTitleForm(lookupForm(token)) ||
    TITLE_PREFIX.test(token) ||
    RANK_ABBREVIATIONS.has(token) ||
    GERMAN_RANK.test(token)
  );
}

/** Offices an honorific addresses ("Mr President", "Madam Speaker", "Mr Chairman"): no surname after it. */
const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(
  'president speaker chairman chairwoman chair secretary minister mayor governor ambassador commissioner director chancellor deputy prime justice'.split(
    ' ',
  ),
);

/**
 * "Gayle King", "Stephen King", "Elizabeth Bishop", "Prof King": a title word closing a run right after a
 * common given name (itself no title) or an honorific is the surname, unless the honorific addresses an
 * office ("Mr President").
 */
export function isSurnameAfterGivenName(words: readonly string[], k: number): boolean {
  if (k !== words.length - 1 || k === 0) return false;
  const before = words[k - 1] as string;
  if (HONORIFICS.has(lookupForm(before))) return !ADDRESSED_OFFICES.has(lookupForm(words[k] as string));
  // ("Prof. Arunabha Sen": after a title and a given name the lexicon does not know, as much as after one it
  // knows.)
  return (
    !isTitle(before) && (GIVEN_NAME_GENDERS.has(foldToken(before)) || (k >= 2 && isTitle(words[0] as string)))
  );
}

function isUpper(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(token);
}

/** Most words of a name owning the role after it in an appositive ("Mr Venndale's", "Anna Lutz's"). */
const OWNER_WORDS = 3;

/**
 * "Aldermoor's", "Mr Venndale's", "Dr. Anna Lutz's" opening an appositive: capitalised words ending in a
 * possessive (an honorific's period aside); the index of the possessive, or undefined.
 */
function possessiveOwnerEnd(tokens: Tokens, from: number): number | undefined {
  for (let k = from; k < tokens.count && k < from + OWNER_WORDS; k++) {
    const raw = tokens.raw(k);
    if (!isUpper(raw)) return undefined;
    if (isPossessive(raw)) return k;
    const abbreviated = raw.endsWith('.') && HONORIFICS.has(lookupForm(tokens.bare(k)));
    if (/\P{L}$/u.test(raw) && !abbreviated) return undefined;
  }
  return undefined;
}

/** "Kim’s", "Jones'": a possessive, which ends a name ("O'" alone is the start of one). */
function isPossessive(token: string): boolean {
  const n = token.length;
  const last = token.charCodeAt(n - 1);
  const mark = last === 115 ? token.charCodeAt(n - 2) : last;
  if (mark !== 39 && mark !== 0x2019) return false;
  return !(last === 39 && n <= 3 && /^\p{Lu}'$/u.test(token));
}

/** A capitalised word alone in brackets ("(Frank)"): an editor's insertion of a given name. */
const BRACKETED_NAME = /^\(\p{Lu}\p{Ll}+\)$/u;

/** Punctuation that ends a name run after a token (, ; : ) ] " ” ’ ! ?). */
const RUN_ENDING_MARKS: ReadonlySet<number> = new Set([44, 59, 58, 41, 93, 34, 0x201d, 0x2019, 33, 63]);

/** An ASCII lower-case letter or digit (char code). */
function isLowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Honorifics that are one only where they open a name: the Spanish "Sr." ("Sr. de Lemos"; not "J. David Cox
 * Sr.", whose "Sr." is his generation and closes it), the French "M." ("M. Lefèvre-Durand"; not "Jean
 * M. Roux", whose "M." is an initial) and the engineer's "Eng." of Arabic-speaking countries ("Eng. Yasir
 * Abdel-Moneim"; written with its period: Eng is a family name too), and so the Spanish "Ing." ("Ing. Ana
 * Soto"), and the engineer's "Ir" of Hong Kong, Malaysia and the Netherlands ("Ir Lok Wai-hung"), and "H.E."
 * (His or Her Excellency) of Gulf and African copy ("H.E. Eng. Khalid Al Harthi").
 */
const OPENING_HONORIFIC = /^(?:Sr\.?|M\.|Eng\.|Ing\.|Ir\.?|H\.E\.?)$/;

/**
 * Whether words[k] of a run that starts at `from` is a title: a title word, or an opening honorific or
 * title (lexicon OPENING_TITLES) before more of the name.
 */
export function isTitleAt(words: readonly string[], k: number, from: number): boolean {
  const word = words[k] as string;
  // ("Former Sri Lanka spinner X": a country, whose "Sri" is no honorific.)
  const place = `${word} ${words[k + 1] ?? ''}`.toLowerCase().replace(/['\u2019]s?$/u, '');
  if (PLACES_OPENING_WITH_HONORIFIC.has(place)) return false;
  // ("Don Héctor Quispe": the Spanish and Portuguese "Don"/"Dom" before a given name is a form of address,
  // where "Don Smith" is a given name.)
  if (
    (word === 'Don' || word === 'Dom') &&
    k === from &&
    GIVEN_NAME_GENDERS.has(foldToken(words[k + 1] ?? '')) &&
    k + 2 < words.length
  )
    return true;
  // ("M. K. Selvam": before another initial, "M." is an initial too.)
  return (
    isTitle(word) ||
    (k === from &&
      k < words.length - 1 &&
      ((OPENING_HONORIFIC.test(word) && !isInitial(words[k + 1] as string)) ||
        OPENING_TITLES.has(word.toLowerCase())))
  );
}

/**
 * "from Dayton, Ohio,", "in Kawagoe, Saitama.": a name set off by commas after a place a locative word opened
 * is the place's region, a place too (the caller checks the comma after it: in "In Keflavík, Einar was …" the
 * comma closes an opening phrase).
 */
function afterLocativePlace(tokens: Tokens, i: number): boolean {
  if (i < 2 || !tokens.raw(i - 1).endsWith(',')) return false;
  let k = i - 1;
  // (The place may have up to three words: "from Salt Lake City, Utah".)
  while (k > 0 && i - k <= 3 && /^\p{Lu}/u.test(tokens.raw(k))) {
    if (LOCATIVES.has(tokens.bare(k - 1).toLowerCase())) return !inOpeningPhrase(tokens, k - 1);
    k--;
  }
  return false;
}

/** A word in lower case, or a compound ending in one ("Danish-owned"): a modifier before a name. */
const MODIFIER = /^(?:\p{Ll}[\p{Ll}-]*|\p{L}+-\p{Ll}+)$/u;

/**
 * "The vessel, the Danish-owned Kattegat Trader,": a name set off after a word for a named thing, behind an
 * article and at most two words in lower case, is that thing's name, as right after the word itself.
 */
function setOffAfterThing(tokens: Tokens, nameFrom: number): boolean {
  let k = nameFrom - 1;
  while (k > 0 && nameFrom - k <= 2 && MODIFIER.test(tokens.raw(k)) && !/^(?:the|a|an)$/.test(tokens.raw(k)))
    k--;
  if (k < 1 || !/^(?:the|a|an)$/.test(tokens.raw(k))) return false;
  const thing = tokens.raw(k - 1);
  return thing.endsWith(',') && NAMED_THING_WORDS.has(tokens.bare(k - 1).toLowerCase());
}

/**
 * Whether token `k` stands in the phrase that opens its sentence, no comma before it: "At the centre in
 * Reykjanesbær, Ewa Nowak, who …" sets off the subject after the place, not the place's region.
 */
function inOpeningPhrase(tokens: Tokens, k: number): boolean {
  for (let m = k - 1; m >= 0; m--) {
    const raw = tokens.raw(m);
    if (/[.!?]["'\u201D\u2019]?$/u.test(raw)) return true;
    if (raw.endsWith(',')) return false;
  }
  return true;
}

/** "I’m", "I've", "I’d", "I'll": the first person with its verb run on. */
const FIRST_PERSON_CONTRACTION = /^I['\u2019](?:m|ve|d|ll)$/;

/** Verbs that agree with a plural subject. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);

/** A role noun in the plural ("liquidators", "auditors"). */
export function isPluralRole(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && ROLE_WORDS.has(word.slice(0, -1));
}

/** "R-Halberd", "D-Texas": a party's initial joined to the state or district a US lawmaker serves. */
const PARTY_AND_PLACE = /^[DRI]-\p{Lu}/u;

/** An initial written without its period ("K P Haridasan"); "A" and "I" are words. */
const BARE_INITIAL = /^[B-HJ-Z]$/;

/**
 * Whether a name's first word can open it: two letters or more, or before the rest of the name the
 * one-letter Irish particle ("Mr Ó Faoláin") or an initial without its period ("K P Haridasan"; "Mr J"
 * alone is no name).
 */
function firstWordOfName(name: readonly string[]): boolean {
  const first = name[0] as string;
  return (
    first.length >= 2 || (name.length > 1 && (isParticle(first.toLowerCase()) || BARE_INITIAL.test(first)))
  );
}

/**
 * Punctuation after a token that ends a name run: "on Sunday, Pompeo said" holds no "Sunday Pompeo"; so does
 * a sentence's full stop after a word ("Reyes."), not an initial's ("R.").
 */
function endsRun(raw: string): boolean {
  const n = raw.length;
  const last = raw.charCodeAt(n - 1);
  if (RUN_ENDING_MARKS.has(last)) return true;
  if (last !== 46 || n < 3) return false;
  const a = raw.charCodeAt(n - 3);
  const b = raw.charCodeAt(n - 2);
  const ends = a < 128 && b < 128 ? isLowerOrDigit(a) && isLowerOrDigit(b) : /[\p{Ll}\p{N}]{2}\.$/u.test(raw);
  // "Capt. Arno Vey", "Sen. Ann Hale": an abbreviated title runs on into the name; a title written in full
  // ends its sentence ("… is the Premier. On Tuesday Ferrier told …").
  const bare = bareToken(raw);
  const word = bare.replace(/\.$/, '').toLowerCase();
  // ("Eng. Yasir Abdel-Moneim", "H.E. Eng. Khalid Al Harthi": so does an honorific that opens a name.)
  return (
    ends &&
    !(isTitle(bare) && (word.length <= 4 || TITLE_ABBREVIATIONS.has(word))) &&
    !OPENING_HONORIFIC.test(raw)
  );
}

function genderOf(words: readonly string[]): Gender | undefined {
  for (const [k, w] of words.entries()) {
    // ("Lord Mayor Rhonda Kellow", "Lord Provost", "Lord Chancellor": an office's name, held by either.)
    if (/^lord$/i.test(w) && isRoleNoun((words[k + 1] ?? '').toLowerCase())) continue;
    const g = wordGender(w);
    if (g) return g;
  }
  return undefined;
}

/** The gender an honorific or a gendered role states ("Mrs", "actress"), if the word is one. */
function wordGender(word: string): Gender | undefined {
  // ("Rhun Evans MS", "Ogwr MS Rhun Evans": a Member of the Senedd, letters in capitals, not "Ms".)
  if (word === '' || POST_NOMINALS.has(word)) return undefined;
  const form = lookupForm(word);
  return (
    HONORIFICS.get(form) ??
    GENDERED_ROLES.get(form) ??
    CLOSING_HONORIFICS.get(form) ??
    OPENING_TITLES.get(form)
  );
}

/**
 * The word just before a name, or the kinship word set off before a role in front of it ("her son, filmmaker
 * Charlie Reed", "his wife, the author Jane Doe"): up to three lower-case words back to a comma.
 */
function kinBefore(tokens: Tokens, i: number): string {
  const next = tokens.bare(i - 1);
  // Most names have no comma two or three words back: nothing more to read.
  if (!endsWithComma(tokens, i - 2) && !endsWithComma(tokens, i - 3)) return next;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const raw = tokens.raw(k);
    if (!/^\p{Ll}/u.test(raw) || /[.;:!?"\u201C\u201D]/u.test(raw)) return next;
    if (raw.endsWith(','))
      return k < i - 1 && GENDERED_ROLES.has(lookupForm(tokens.bare(k))) ? tokens.bare(k) : next;
  }
  return next;
}

/** The most words a participle clause set off after a name may run to ("Lwazi, reached by telephone at the mine, said"). */
const PARTICIPLE_CLAUSE_WORDS = 10;

/**
 * "Lwazi, reached by telephone at the mine, said": a participle clause set off by commas from token `from`
 * on, then a speech verb, whose subject the name before is.
 */
function speaksAfterParticiple(tokens: Tokens, from: number): boolean {
  if (!/^\p{Ll}+(?:ed|ing)$/u.test(tokens.raw(from))) return false;
  for (let c = from; c < tokens.count && c < from + PARTICIPLE_CLAUSE_WORDS; c++) {
    const raw = tokens.raw(c);
    if (/[.!?;:"\u201C\u201D]/u.test(raw)) return false;
    if (raw.endsWith(',')) return SPEECH_VERB_WORDS.has(tokens.bare(c + 1));
  }
  return false;
}

/** Verbs of holding an office, and the office's noun ("Bello, who chairs the tribunal," is its chair). */
const OFFICE_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'],
  ['heads', 'head'],
  ['leads', 'leader'],
  ['directs', 'director'],
  ['manages', 'manager'],
  ['coaches', 'coach'],
  ['captains', 'captain'],
  ['edits', 'editor'],
]);

/**
 * "Justice Amina Bello-Sani, who chairs the tribunal, ruled": a relative clause set off by commas that says
 * which office the person holds, as the role "chair of the tribunal"; `end` is the token after its comma.
 */
function officeByVerb(tokens: Tokens, from: number): { role: string; end: number } | undefined {
  const noun = OFFICE_VERBS.get(tokens.raw(from + 1));
  if (noun === undefined) return undefined;
  for (let c = from + 2; c < tokens.count && c <= from + OFFICE_CLAUSE_WORDS; c++) {
    const raw = tokens.raw(c);
    if (/[.!?;:"\u201C\u201D]/u.test(raw)) return undefined;
    if (!raw.endsWith(',')) continue;
    const words = [noun, 'of'];
    for (let w = from + 2; w <= c; w++) words.push(roleWord(tokens, w));
    return { role: words.join(' '), end: c + 1 };
  }
  return undefined;
}
/** The most words "who chairs …" may run to before its comma. */
const OFFICE_CLAUSE_WORDS = 8;

/** A word of a role as written without the punctuation around it; "&" stays ("the Jazz & Heritage Foundation"). */
function roleWord(tokens: Tokens, k: number): string {
  // ("… Federation (IRCF).": a bracket closing the sentence's last word is no part of the role.)
  return (tokens.bare(k) || tokens.raw(k).replace(/[,;:]$/, '')).replace(/[)\]]+(?=\.?$)/, '');
}

/** Most words of "one of the firm's joint administrators" after "one of". */
const ONE_OF_GROUP_WORDS = 5;

/**
 * "Lyle, one of the joint administrators,": one of a group named by its role in the plural, set off by
 * commas (or ending the sentence); the words as the role, `end` the token after its comma.
 */
function oneOfGroup(tokens: Tokens, from: number): { role: string; end: number } | undefined {
  if (tokens.bare(from).toLowerCase() !== 'one' || tokens.bare(from + 1) !== 'of') return undefined;
  for (let k = from + 2; k < tokens.count && k <= from + 1 + ONE_OF_GROUP_WORDS; k++) {
    const ended = endsSentenceAt(tokens, k);
    if (!tokens.raw(k).endsWith(',') && !ended) {
      if (/[.;:!?]$/.test(tokens.raw(k))) return undefined;
      continue;
    }
    if (
      !isPluralRole(
        tokens
          .bare(k)
          .toLowerCase()
          .replace(/[.!?]$/, ''),
      )
    )
      return undefined;
    const words: string[] = [];
    for (let w = from; w <= k; w++) words.push(roleWord(tokens, w));
    return { role: words.join(' ').replace(/[.!?]$/, ''), end: k + 1 };
  }
  return undefined;
}

/** Whether token `k` (if any) ends with a comma. */
function endsWithComma(tokens: Tokens, k: number): boolean {
  return k >= 0 && tokens.text.charCodeAt(tokens.end(k) - 1) === 44;
}

/** Most words of an aside in brackets after a name ("(not his real name)"). */
const ASIDE_WORDS = 6;

/**
 * Where the text after a bracketed aside closed by a comma right after a name starts ("Dan (not his real
 * name), a …"), or -1 when no such aside stands at token `j`.
 */
function afterBracketedAside(tokens: Tokens, j: number): number {
  if (!tokens.raw(j).startsWith('(')) return -1;
  for (let k = j; k < tokens.count && k < j + ASIDE_WORDS; k++)
    if (tokens.raw(k).endsWith('),')) return k + 1;
  return -1;
}

/** A token opening with a quotation mark (", “, ‘). */
function opensQuotation(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x2018;
}

/**
 * Whether a word ending in a stop ends its sentence before `next`: a capitalised word follows and the stopped
 * word is no short abbreviation ("St. Mary's", "Dr. Ames", "J. Cole").
 */
function opensSentence(stopped: string, next: string): boolean {
  return stopped.length >= 4 && /^\p{Lu}\p{Ll}/u.test(next);
}

/** Whether token `k` ends its sentence: a stop, then the paragraph's end, a quotation or a new sentence. */
function endsSentenceAt(tokens: Tokens, k: number): boolean {
  return (
    /[.!?]$/.test(tokens.raw(k)) &&
    (k === tokens.count - 1 ||
      opensQuotation(tokens.raw(k + 1)) ||
      opensSentence(tokens.bare(k), tokens.raw(k + 1)))
  );
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which', 'that']);

/**
 * Words that open the noun phrase saying what someone is: after "is"/"was" ("X is her older brother") or
 * in an appositive ("X, the mother of …").
 */
const PREDICATE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'her', 'his', 'their']);

/**
 * "Jonas Brandt, 31, is her older brother", "Lena Ruiz was a nun": the gender of a noun the sentence says
 * the named person is (up to two words between the determiner and the noun; a possessive — "her
 * husband's lawyer" — is not that person).
 */
function predicateGender(tokens: Tokens, from: number): Gender | undefined {
  const verb = tokens.raw(from).toLowerCase();
  if (verb !== 'is' && verb !== 'was') return undefined;
  // "Omar is one of the first two Muslim women elected": a plural noun after "one of".
  const oneOf = tokens.raw(from + 1).toLowerCase() === 'one' && tokens.raw(from + 2).toLowerCase() === 'of';
  const determiner = oneOf ? from + 3 : from + 1;
  if (!PREDICATE_DETERMINERS.has(tokens.raw(determiner).toLowerCase())) return undefined;
  for (let k = determiner + 1; k <= determiner + (oneOf ? 4 : 3); k++) {
    const raw = tokens.raw(k);
    if (raw === '' || /['\u2019]s?\W*$/u.test(raw)) return undefined;
    const bare = tokens.bare(k);
    const gender = oneOf ? PLURAL_GENDERS.get(bare.toLowerCase()) : wordGender(bare);
    if (gender || endsRun(raw)) return gender;
  }
  return undefined;
}

/**
 * "Nadia Banek, 61, the mother of Yuri and Taras Banek,", "Ruth Hale, his widow,": the gender of a word for a
 * relative (or another gendered noun) that an appositive after the name, and after an age, opens with (up
 * to two words after the determiner, closed by a comma or a stop or going on with "of"; a possessive, "the
 * widow's lawyer", is someone else).
 */
function appositiveGender(tokens: Tokens, from: number): Gender | undefined {
  const k = /^\d{1,3},$/.test(tokens.raw(from)) ? from + 1 : from;
  if (!PREDICATE_DETERMINERS.has(tokens.raw(k))) return undefined;
  for (let w = k + 1; w <= k + 2 && w < tokens.count; w++) {
    const raw = tokens.raw(w);
    if (/['\u2019]s?\W*$/u.test(raw)) return undefined;
    const bare = tokens.bare(w);
    if (!/^\p{Ll}/u.test(bare)) return undefined;
    const gender = wordGender(bare);
    // (Closed as an appositive is: "Banek, the spokeswoman said he …" is the main clause's subject.)
    const closes = /[,.;]$/.test(raw) || /^(?:of|to)$/.test(tokens.raw(w + 1));
    if (gender) return closes ? gender : undefined;
    if (endsRun(raw)) return undefined;
  }
  return undefined;
}

/**
 * "García said he did not see it as a reproach", "Okafor told reporters she …": the pronoun opening the
 * clause a speech verb right after the name reports is the name's own.
 */
function reportedSpeechGender(tokens: Tokens, j: number): Gender | undefined {
  if (j >= tokens.count || !SPEECH_VERB_WORDS.has(tokens.raw(j))) return undefined;
  let k = j + 1;
  if (tokens.raw(k) === 'reporters' || tokens.raw(k) === 'journalists') k++;
  if (tokens.raw(k) === 'that') k++;
  const pronoun = k < tokens.count ? tokens.raw(k) : '';
  return pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : undefined;
}

/** Plural nouns of one gender, for "X is one of the … women". */
const PLURAL_GENDERS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...'women girls sisters daughters mothers wives queens nuns actresses'
    .split(' ')
    .map((w): [string, Gender] => [w, 'f']),
  ...'men boys brothers sons fathers husbands kings monks'.split(' ').map((w): [string, Gender] => [w, 'm']),
]);

/**
 * The tokens of a paragraph (split at spaces, and at dashes printed without spaces: "stripper”—Paltrow
 * laughed"), sliced only when asked for: most are lower-case words the scan skips by their first character.
 */
class Tokens {
  count = 0;
  text = '';
  /**
   * Start and end of each token. This and the lists below are reused from paragraph to paragraph (one
   * scanner reads one build's paragraphs, one at a time) and never shrink: a paragraph allocates nothing.
   */
  #bounds = new Int32Array(512);
  /** Indexes of the tokens right after a dash (rare: most paragraphs have none). */
  readonly #afterDash = new Set<number>();
  /** Tokens sliced so far, by index: the rules around a name read the same few tokens several times. */
  readonly #raw: (string | undefined)[] = [];
  readonly #bare: (string | undefined)[] = [];

  /** Splits a new paragraph into tokens, forgetting the previous one. */
  read(text: string): this {
    this.text = text;
    this.#raw.fill(undefined, 0, this.count);
    this.#bare.fill(undefined, 0, this.count);
    if (this.#afterDash.size > 0) this.#afterDash.clear();
    this.count = 0;
    // Dashes are rare: the next one is looked for once, not at every token.
    let dash = text.indexOf('\u2014');
    let start = 0;
    let dashed = false;
    while (start < text.length) {
      let end = text.indexOf(' ', start);
      if (end < 0) end = text.length;
      while (dash >= 0 && dash < end) {
        if (dash > start) this.#push(start, dash, dashed);
        dashed = true;
        start = dash + 1;
        dash = text.indexOf('\u2014', start);
      }
      if (end > start) {
        this.#push(start, end, dashed);
        dashed = false;
      }
      start = end + 1;
    }
    // Room for every token's slices, so that they are set in place (no holes, no growing).
    while (this.#raw.length < this.count) {
      this.#raw.push(undefined);
      this.#bare.push(undefined);
    }
    return this;
  }

  #push(start: number, end: number, afterDash: boolean): void {
    if (afterDash) this.#afterDash.add(this.count);
    if (2 * this.count + 2 > this.#bounds.length) {
      const bigger = new Int32Array(this.#bounds.length * 2);
      bigger.set(this.#bounds);
      this.#bounds = bigger;
    }
    this.#bounds[2 * this.count] = start;
    this.#bounds[2 * this.count + 1] = end;
    this.count++;
  }

  /** Whether a dash stands between this token and the one before ("West Cardeny — Ruth Amsel"). */
  afterDash(k: number): boolean {
    return this.#afterDash.has(k);
  }

  start(k: number): number {
    return this.#bounds[2 * k] as number;
  }

  end(k: number): number {
    return this.#bounds[2 * k + 1] as number;
  }

  /** The token as written, punctuation included ('' out of range). */
  raw(k: number): string {
    if (k < 0 || k >= this.count) return '';
    let raw = this.#raw[k];
    if (raw === undefined) {
      raw = this.text.slice(this.start(k), this.end(k));
      this.#raw[k] = raw;
    }
    return raw;
  }

  /** The token without the punctuation around it ('' out of range). */
  bare(k: number): string {
    if (k < 0 || k >= this.count) return '';
    let bare = this.#bare[k];
    if (bare === undefined) {
      bare = bareToken(this.raw(k));
      this.#bare[k] = bare;
    }
    return bare;
  }
}

/** "Luc Tremblay (Vieux-Moulin)": a capitalised qualifier in brackets right after a name. */
const BRACKET_AFTER = /^\s\((\p{Lu}[^()]{1,38})\)/u;
const MAX_BRACKET = 42;

/**
 * Whether token `j` is an honorific in brackets after another ("Dr (Mrs) Adaeze Okoro", "Prof. (Mrs)",
 * "Engr (Dr)": Nigerian copy's way of giving both), or "retired" after a title ("Justice (Rtd) Grace
 * Mwaniki", "Gen (Retd)", as Kenyan and Indian copy writes it): part of the titles, not an aside.
 */
function isBracketedHonorific(tokens: Tokens, j: number): boolean {
  const raw = tokens.raw(j);
  const form = lookupForm(tokens.bare(j));
  const before = lookupForm(tokens.bare(j - 1));
  return (
    BRACKETED_NAME.test(raw) &&
    (HONORIFICS.has(form) || RETIRED.has(form)) &&
    (HONORIFICS.has(before) || TITLE_WORDS.has(before))
  );
}

/** "(Rtd)", "(Retd)", "(Retired)" after a title: a holder of it no longer in office. */
const RETIRED: ReadonlySet<string> = new Set(['rtd', 'retd', 'retired']);

/** A token that opens with a quotation mark or a bracket ('"', '“', '‘', '('). */
function opensQuotationOrBracket(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x2018 || c === 40;
}

/** Which sentence (by their start offsets) an offset falls in. */
function sentenceAt(starts: readonly number[], at: number): number {
  let k = 0;
  while (k + 1 < starts.length && (starts[k + 1] as number) <= at) k++;
  return k;
}

/**
 * "… is known to everyone here as “El Tordo”", "a farmer called ‘El Tordo’": a name in quotation marks of its
 * own after a word that gives a name is the name given, a nickname, not a mention of someone.
 */
function isNicknameGiven(text: string, m: { start: number; end: number }): boolean {
  // (The marks may be read as part of the name's first and last tokens.)
  const open = OPENING_MARKS.has(text.charAt(m.start)) ? m.start : m.start - 1;
  return (
    OPENING_MARKS.has(text.charAt(open)) &&
    (CLOSING_MARKS.has(text.charAt(m.end)) || CLOSING_MARKS.has(text.charAt(m.end - 1))) &&
    GIVES_A_NAME.test(text.slice(Math.max(0, open - 20), open))
  );
}
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "'", '\u201C', '\u2018']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', "'", '\u201D', '\u2019']);
const GIVES_A_NAME = /\b(?:as|called|dubbed|nicknamed|named)\s*$/;

/** The pronouns by first letter, to match a lower-case word in place (most words are none). */
const PRONOUNS_BY_LETTER: ReadonlyMap<number, readonly string[]> = (() => {
  const byLetter = new Map<number, string[]>();
  for (const word of PRONOUNS.keys()) {
    const list = byLetter.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    byLetter.set(word.charCodeAt(0), list);
  }
  return byLetter;
})();

/**
 * The pronoun a lower-case word at text[start, end) is, punctuation after it dropped ("him," → "him"),
 * without slicing the word: undefined for any other word.
 */
function lowerPronounAt(text: string, start: number, end: number): string | undefined {
  const candidates = PRONOUNS_BY_LETTER.get(text.charCodeAt(start));
  if (candidates === undefined) return undefined;
  let last = end;
  while (last > start && !isAsciiWordChar(text.charCodeAt(last - 1))) last--;
  for (const word of candidates)
    if (word.length === last - start && text.startsWith(word, start)) return word;
  return undefined;
}

/**
 * A token that closes a quotation ("chairman,”", "said.'"): a quotation mark among the characters after its
 * last ASCII letter or digit.
 */
function closesQuotation(raw: string): boolean {
  for (let k = raw.length - 1; k >= 0; k--) {
    const c = raw.charCodeAt(k);
    if (isAsciiWordChar(c) || c === 95) return false;
    if (c === 34 || c === 39 || c === 0x201d || c === 0x2019) return true;
  }
  return false;
}

/** A token that ends a clause or a sentence (its mark, then perhaps a closing quotation mark). */
const CLAUSE_END = /[,;:.!?]["\u201D\u2019]?$/u;

/** An auxiliary run on to a pronoun ("He’ll", "She'd", "They've", "It's"). */
const CONTRACTION = /['\u2019](?:ll|d|s|ve|re)$/;

/** A word without an auxiliary run on to it ("He’ll" → "He", "they've" → "they"). */
export function withoutContraction(word: string): string {
  return word.replace(CONTRACTION, '');
}

/** First letters of the pronouns (he, she, they, it…): other lower-case words are skipped unread. */
function mayBePronoun(c: number): boolean {
  return c === 104 || c === 115 || c === 116 || c === 105;
}

const NO_SURNAMES: ReadonlySet<string> = new Set();
/** Two to four capitals, as acronyms are written. */
const ACRONYM = /^\p{Lu}{2,4}$/u;
/** Verbs that follow a clause's subject ("Young would push …", "Young has said"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'is was has had would will could can should might may must did does'.split(' '),
);

/** A capitalised run read as titles (tokens from..nameFrom) and a name (tokens nameFrom..end). */
interface ParsedRun {
  from: number;
  nameFrom: number;
  titles: string[];
  tokens: string[];
}

/**
 * Finds the people-mentions of paragraphs. `commonWords` are lower-case words of the corpus ("after").
 * One scanner serves one build: it remembers how it read each distinct capitalised run.
 */
/** Words that join a title to the body it serves ("Attorney for the District of …", "Minister of …"). */
const BODY_BEFORE_NAME: ReadonlySet<string> = new Set(['of', 'for']);
/** Words that join a role to the place it is held in or accredited to ("ambassador in Geneva", "to the UN"). */
const PLACE_OF_ROLE: ReadonlySet<string> = new Set(['at', 'in', 'to']);
/** The most words of a body a role serves, set off before a name ("for the North Aldermoor District,"). */
const MAX_BODY_WORDS = 5;
/** How far back a body's name joined by "and"/"of" may run before the name ("of Agrarian Policy and Food of Ukraine"). */
const MAX_JOINED_BODY_WORDS = 9;
/**
 * Whether the role whose first word is at `start` (after a determiner, if any) follows a name set off by a
 * comma ("Rachel Treloar, the … MP for …,"): it is that name's appositive.
 */
function afterSetOffName(tokens: Tokens, start: number): boolean {
  const before = /^(?:the|a|an)$/i.test(tokens.bare(start - 1)) ? start - 2 : start - 1;
  return before >= 0 && tokens.raw(before).endsWith(',') && isUpper(tokens.bare(before));
}

/** Lower-case words inside a body's name. */
const BODY_NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the', '&']);

/** "didn’t", "wasn't", "won’t": an auxiliary with its negation run on. */
const NEGATED_AUXILIARY =
  /^(?:did|does|do|was|were|is|are|has|have|had|would|could|should|wo|ca|must)n['\u2019]t$/i;

/**
 * Whether the word before "of" (or "for") may be an office or body whose name the words after it go on
 * with ("Attorney General of New York …", "President of Karamir …"): no noun in lower case that is no role
 * or title ("a cousin of Javed Omar Khan", "in support of Freja Dahl Sørensen": "of" opens a person's name,
 * whether or not the lexicon knows the given name).
 */
function servesBody(noun: string): boolean {
  return !/^\p{Ll}/u.test(noun) || ROLE_WORDS.has(noun) || isTitle(noun);
}

/** A capitalised word alone between words in lower case ("… of Sughdan reported", "to Karamir in …"). */
const WRITTEN_ALONE = /(?<=[\p{Ll}\d,;] )(\p{Lu}\p{Ll}+)(?=[,;.]? [\p{Ll}\d])/gu;

/** The capitalised words paragraphs write alone, between words in lower case (see `WRITTEN_ALONE`). */
function wordsWrittenAlone(texts: readonly string[]): Set<string> {
  const alone = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(WRITTEN_ALONE)) alone.add(m[1] as string);
  return alone;
}

export class MentionScanner {
  readonly #runs = new Map<string, ParsedRun | null>();
  readonly #tokens = new Tokens();
  /** Surnames (folded) of the people the paragraph's article has named in full so far (see `scan`). */
  #known: ReadonlySet<string> = NO_SURNAMES;
  /** The first words and surnames (folded, "per nygard") of people the article named in full so far. */
  #knownFull: ReadonlySet<string> = NO_SURNAMES;
  /** Where the paragraph's sentences after the first start: a run of capitalised words ends there. */
  #sentenceStarts = new Set<number>();
  /** The paragraphs of the article being read (see `readArticle`). */
  #articleTexts: readonly string[] = [];
  /** The capitalised words the article writes alone, read from `#articleTexts` when first asked for. */
  #writtenAlone: ReadonlySet<string> | undefined;

  constructor(private readonly commonWords: ReadonlySet<string>) {}

  /** Starts an article: `texts` are its paragraphs, whose capitalised words written alone are read if needed. */
  readArticle(texts: readonly string[]): void {
    this.#articleTexts = texts;
    this.#writtenAlone = undefined;
  }

  /**
   * "President of the Republic of Sughdan Rustam Nazarovich Qodirov", "President of Karamir Ermek
   * Sadyrbaev": how many words opening a name run after a title's "of" are the body it serves, for a name
   * whose given name the lexicon does not know: the words the article writes alone elsewhere ("the Ministry
   * of Foreign Affairs of Sughdan reported"), while two words of the name are left.
   */
  #bodyWordsBeforeName(tokens: Tokens, nameFrom: number, run: ParsedRun): number {
    if (run.tokens.length < 3 || tokens.bare(nameFrom - 1) !== 'of') return 0;
    if (!servesBody(tokens.bare(nameFrom - 2))) return 0;
    this.#writtenAlone ??= wordsWrittenAlone(this.#articleTexts);
    let k = 0;
    while (run.tokens.length - k > 2 && this.#writtenAlone.has(run.tokens[k] as string)) k++;
    return k;
  }

  /**
   * Mentions of one paragraph; `text` is `sentences.join(' ')`, `spans` its quotations (offsets into
   * `text`). `known`: the surnames (folded) of people the article named in full before the paragraph, which
   * are names even where they are common words ("Tom Young … Young, in his testimony, said").
   */
  scan(
    sentences: readonly string[],
    text: string,
    spans: readonly QuoteSpan[],
    known: ReadonlySet<string> = NO_SURNAMES,
    knownFull: ReadonlySet<string> = NO_SURNAMES,
  ): ParagraphMentions {
    this.#known = known;
    this.#knownFull = knownFull;
    const starts = sentenceStarts(sentences);
    this.#sentenceStarts.clear();
    for (const start of starts) if (start > 0) this.#sentenceStarts.add(start);
    const tokens = this.#tokens.read(text);
    const names: NameMention[] = [];
    const pronouns: PronounMention[] = [];
    // The end of the last run read as an office's body ("Minister for Rural"), which "and" may go on with.
    let officeEnd = -1;
    let i = 0;
    while (i < tokens.count) {
      const c = text.charCodeAt(tokens.start(i));
      // A lower-case word is a pronoun, the particle of a name ("al-Haddad"), or nothing to read.
      const lowerCase = c >= 97 && c <= 122;
      const short = tokens.end(i) - tokens.start(i) <= 8;
      // … or a user name ("elmo666"), which ends in a digit.
      const handle = lowerCase && mayBeHandle(text, tokens.start(i), tokens.end(i));
      if (
        lowerCase &&
        !(mayBePronoun(c) && short) &&
        !mayOpenParticleName(text, tokens.start(i)) &&
        !handle
      ) {
        i++;
        continue;
      }
      const lower = lowerCase
        ? lowerPronounAt(text, tokens.start(i), tokens.end(i))
        : tokens.bare(i).length <= 7 && mayBePronoun(tokens.bare(i).charCodeAt(0) | 32)
          ? // "He’ll say": a pronoun with an auxiliary run on is the pronoun.
            withoutContraction(tokens.bare(i).toLowerCase())
          : '';
      const pronoun = lower === undefined || lower === '' ? undefined : PRONOUNS.get(lower);
      if (lowerCase && !pronoun && !mayOpenParticleName(text, tokens.start(i)) && !handle) {
        i++;
        continue;
      }
      const bare = tokens.bare(i);
      if (pronoun && lower !== undefined && (lowerCase || !this.#opensName(tokens, i))) {
        const at = tokens.start(i);
        pronouns.push({
          at,
          sentence: sentenceAt(starts, at),
          pronoun,
          quoted: isQuoted(spans, at),
          role: PRONOUN_ROLES.get(lower) ?? 'possessive',
        });
        i++;
        continue;
      }
      const userName = handle && isHandle(bare);
      if ((!isUpper(bare) && !isParticleName(bare) && !userName) || isCompoundWord(bare)) {
        i++;
        continue;
      }
      const j = userName ? i + 1 : this.#runEnd(tokens, i);
      // "Minister for Rural and Maritime Development and Disaster Management Ratu Epeli Naivalu": the words
      // of an office's body are no one, short of the name that may end them.
      const office = !userName && this.#inOfficeBody(tokens, i, officeEnd);
      if (office && j - i < 3) {
        officeEnd = j;
        i = j;
        continue;
      }
      const mention = this.#mention(tokens, i + this.#bodyBeforeName(tokens, i, j, office), j);
      // ("Minister of Employment and Labor Kim Min-jun": the run "Minister of Employment" ends in a body.)
      if (this.#endsInOfficeBody(tokens, i, j)) officeEnd = j;
      if (mention) {
        mention.sentence = sentenceAt(starts, mention.start);
        const bracket = BRACKET_AFTER.exec(text.slice(mention.end, mention.end + MAX_BRACKET))?.[1];
        if (bracket !== undefined) mention.bracket = bracket;
        mention.quoted = isQuoted(spans, mention.start);
        if (!isNicknameGiven(text, mention)) names.push(mention);
      }
      i = Math.max(j, i + 1);
    }
    return { names, pronouns };
  }

  /**
   * How many words of the run [i, j) after "of" or "for" end a title's body before a person's name ("the
   * District of Massachusetts Joshua Levy"): see `nameAfterBody`.
   */
  #bodyBeforeName(tokens: Tokens, i: number, j: number, office = false): number {
    if (j - i < 3 || !(office || BODY_BEFORE_NAME.has(tokens.raw(i - 1)))) return 0;
    if (!office && !servesBody(tokens.bare(i - 2))) return 0;
    const words: string[] = [];
    for (let k = i; k < j; k++) words.push(tokens.bare(k));
    const at = nameAfterBody(words);
    return at > 0 || !office ? at : nameAfterOfficeBody(words);
  }

  /**
   * Whether the capitalised run at `i` names (part of) the body an office serves: after "Minister for",
   * "Ministry of", "Secretary for", or after "and" right after such a run ("… for Rural and Maritime …").
   */
  #inOfficeBody(tokens: Tokens, i: number, officeEnd: number): boolean {
    if (i < 2) return false;
    const joiner = tokens.raw(i - 1);
    if (joiner === 'and' || joiner === '&') return officeEnd === i - 1;
    return BODY_BEFORE_NAME.has(joiner) && BODY_OFFICES.has(tokens.bare(i - 2).toLowerCase());
  }

  /** Whether the run [i, j) ends in an office and at most two words of its body ("Minister of Employment"). */
  #endsInOfficeBody(tokens: Tokens, i: number, j: number): boolean {
    for (let k = Math.max(i + 1, j - 3); k < j - 1; k++)
      if (BODY_BEFORE_NAME.has(tokens.raw(k)) && BODY_OFFICES.has(tokens.bare(k - 1).toLowerCase()))
        return true;
    return false;
  }

  /** The end (exclusive) of the capitalised run that starts at token `i`. */
  #runEnd(tokens: Tokens, i: number): number {
    let j = i;
    while (j < tokens.count) {
      const bare = tokens.bare(j);
      const raw = tokens.raw(j);
      // A particle name may open the run too: "Later, al-Haddad said".
      const joins =
        !isUpper(bare) &&
        (isParticleName(bare) ||
          (j > i && isMutatedSurname(tokens.bare(j - 1), bare)) ||
          (j > i && isGaelicArticle(tokens.bare(j - 1), bare, tokens.bare(j + 1))) ||
          (j > i &&
            ((bare === 'of' && isTitle(tokens.bare(j - 1)) && isUpper(tokens.bare(j + 1))) ||
              (isParticle(bare) && this.#particlesThenName(tokens, j)))));
      if (
        !joins &&
        (!isUpper(bare) || (j > i && opensQuotationOrBracket(raw) && !isBracketedHonorific(tokens, j)))
      )
        break;
      // "If I were Labour I'd be worrying": the speaker's own "I" with its verb run on is no part of a name.
      if (j > i && FIRST_PERSON_CONTRACTION.test(bare)) break;
      // A dash between two capitalised words parts them: "PORT HALLEN, West Cardeny — Ruth Amsel"; so does
      // the end of a sentence ("… the Facebook COO. She does not …").
      if (j > i && (tokens.afterDash(j) || this.#sentenceStarts.has(tokens.start(j)))) break;
      j++;
      // "Coach (Frank) Vogel": a given name an editor put in brackets runs on into the surname after it.
      if (isPossessive(bare) || (endsRun(raw) && !(BRACKETED_NAME.test(raw) && isUpper(tokens.bare(j)))))
        break;
    }
    return j;
  }

  /**
   * Whether the capitalised pronoun at `i` is a name's first word ("He Jianxiong, the former director,
   * said"): a subject pronoun is never followed by a name of its clause's own, so a capitalised word after it
   * that the corpus never writes in lower case is the rest of the name.
   */
  #opensName(tokens: Tokens, i: number): boolean {
    return !endsRun(tokens.raw(i)) && this.#pronounBeforeName(tokens.bare(i), tokens.bare(i + 1));
  }

  /**
   * Whether `word` is a subject pronoun spelled surname before `next`, a word of the name: capitalised and
   * no common, calendar, title or role word.
   */
  #pronounBeforeName(word: string, next: string): boolean {
    if (PRONOUN_ROLES.get(word.toLowerCase()) !== 'subject' || !/^\p{Lu}\p{Ll}/u.test(next)) return false;
    const lower = next.toLowerCase();
    return (
      !FUNCTION_WORDS.has(lower) &&
      !this.commonWords.has(lower) &&
      !isStopword(lower) &&
      !CALENDAR_WORDS.has(lower) &&
      !isTitle(next) &&
      !ROLE_WORDS.has(lower)
    );
  }

  /** "de la Cruz", "van der Berg": particles (at most three) and then a capitalised name. */
  #particlesThenName(tokens: Tokens, j: number): boolean {
    for (let k = j + 1; k < tokens.count && k <= j + 3; k++) {
      // ("“Rasheed ni o, Rasheed ni!”": a comma after the particles ends the run before a name comes.)
      if (endsRun(tokens.raw(k - 1))) return false;
      const bare = tokens.bare(k);
      if (isUpper(bare)) return true;
      if (!isParticle(bare)) return false;
    }
    return false;
  }

  /**
   * Splits a run's tokens into the titles in front and the name; null when the run names no person (common
   * words, an institution, dates). The same runs recur across a corpus: each is read once per scanner.
   * `afterRole`: the run follows a role noun in lower case ("singer Ally Brooke"), so it is a name from its
   * first word, however common that word is.
   */
  #parseRun(tokens: Tokens, i: number, j: number, afterRole: boolean): ParsedRun | null {
    // Keyed by the run as written (and what stands before it): the same text reads the same way.
    const text = tokens.text.slice(tokens.start(i), tokens.end(j - 1));
    const key = afterRole ? `\u0001${text}` : text;
    const known = this.#runs.get(key);
    if (known !== undefined) return known;
    const words: string[] = [];
    for (let k = i; k < j; k++) words.push(tokens.bare(k));
    const parsed = this.#readRun(words, afterRole);
    this.#runs.set(key, parsed);
    return parsed;
  }

  #readRun(words: readonly string[], afterRole: boolean): ParsedRun | null {
    const j = words.length;
    let from = 0;
    // Sentence-initial common words ("After", "But") are capitalised but are not part of a name; after a
    // role noun only the words that hold a sentence together are ("the mayor On Monday …").
    const isCommon = (w: string) => {
      const lower = w.toLowerCase();
      return (
        !isHandle(w) &&
        (FUNCTION_WORDS.has(lower) ||
          (!afterRole && this.commonWords.has(lower)) ||
          isStopword(lower) ||
          TIME_ZONES.has(w))
      );
    };
    while (from < j) {
      const w = words[from] as string;
      const lower = w.toLowerCase();
      const common = isCommon(w);
      // "De la Cruz" opening a sentence, "Van Der Beek" anywhere: a capitalised particle before another, and
      // then the rest of a name (however common "van" is in the corpus).
      // ("Van Dalsum said", "De Luca told": a capitalised particle of a family name before a word the corpus
      // does not write in lower case is that name's first word.)
      const particle =
        (isParticle(lower) && from + 1 < j && isParticle((words[from + 1] as string).toLowerCase())) ||
        (CAPITALISED_PARTICLES.has(lower) &&
          /^\p{Lu}/u.test(w) &&
          from + 1 < j &&
          /^\p{Lu}\p{Ll}/u.test(words[from + 1] as string) &&
          !isCommon(words[from + 1] as string));
      // "I’m Toby Marlowe": the speaker's own "I" with its verb run on opens no name.
      if (FIRST_PERSON_CONTRACTION.test(w)) {
        from++;
        continue;
      }
      // "Caller Dev from Hartsfield:", "Analyst Tom Reed said": a role word opening the run is the role of
      // the name after it (read below), however common the word; "Official Report" names no one.
      // (A word closing the sentence keeps its period here: "… the Official Report.")
      const role =
        ROLE_WORDS.has(lower) && from + 1 < j && !isCommon((words[from + 1] as string).replace(/\.$/, ''));
      // "He Jianxiong": a subject pronoun opening the run before a word of a name is the name's first word.
      const pronounName = from === 0 && from + 1 < j && this.#pronounBeforeName(w, words[from + 1] as string);
      // "New York Governor …", "New Zealand's": "New" before a capitalised word the corpus never writes in
      // lower case opens a place's name ("New Study Finds …" is a headline's words).
      const next = words[from + 1];
      const place = lower === 'new' && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && !isCommon(next);
      // "Sports Minister Tom Vale", "Health Secretary …" opening a sentence: the office's word before a title,
      // however common the corpus writes it ("the sports minister").
      const office = OFFICE_QUALIFIERS.has(lower) && next !== undefined && isTitle(next);
      if (
        place ||
        office ||
        particle ||
        pronounName ||
        role ||
        isParticleName(w) ||
        isTitle(w) ||
        !(common || isDateWord(words, from))
      )
        break;
      from++;
    }
    if (from >= j) return null;
    // "The Ohio Democrat, who sits on …": a run that ends in a party's member is a politician's description,
    // no name (a name comes after it: "Ohio Democrat Ann Vale").
    const last = (words[j - 1] as string).toLowerCase();
    if (PARTY_WORDS.has(last) && ROLE_WORDS.has(last)) return null;
    // "Late Monday, …", "Early Tuesday": a run that ends in a weekday is a time, whatever opens it.
    if (from + 1 < j && WEEKDAYS.includes((words[j - 1] as string).toLowerCase())) return null;
    // Titles and honorifics in front ("Secretary of State", "Ms", "South Korean President").
    let lastTitle = -1;
    // ("Nuala Grealish TD", "Ann Hale MP": letters after the name that are also titles end no title run.)
    // (Not "the South Korean MP": a nationality is no name.)
    const named = endBeforePostNominals(words.slice(0, j), from + 1);
    const nationality = DEMONYMS.has(words.slice(from, named).join(' ').toLowerCase());
    const postNominals = nationality ? j : named;
    // (An opening title may follow other titles: "Federal Minister Chaudhry Tariq Warraich"; and it opens a
    // name before a courtesy after it only: "Chaudhry Sahib" is Mr Chaudhry.)
    const titled = postNominals < j ? words.slice(0, postNominals) : words;
    for (let k = from; k < postNominals; k++) {
      const w = words[k] as string;
      if (
        isTitleAt(titled, k, Math.max(from, lastTitle + 1))
          ? !isSurnameAfterGivenName(words, k)
          : w === 'of' && lastTitle === k - 1
      )
        lastTitle = k;
    }
    // "Describing Mr Jackson as …": words before an honorific that are neither titles nor roles are not the
    // name's.
    if (lastTitle > from && HONORIFICS.has(lookupForm(words[lastTitle] as string))) {
      let titled = false;
      for (let k = from; k < lastTitle; k++) {
        const w = words[k] as string;
        titled ||= isTitle(w) || ROLE_WORDS.has(w.toLowerCase());
      }
      if (!titled) from = lastTitle;
    }
    // A capitalised role word opening the run is a role too ("Analyst Tom Reed"), and so is a kinship word
    // before a full name ("Daughter Ailsa Baltry"; "Son Heung-min" is a name).
    let nameFrom = lastTitle + 1 > from ? lastTitle + 1 : from;
    while (nameFrom < j - 1) {
      const word = (words[nameFrom] as string).toLowerCase();
      // ("Liquidators Brantwood Frew have said": a role in the plural too.)
      if (!ROLE_WORDS.has(word) && !isPluralRole(word) && !(GENDERED_ROLES.has(word) && j - nameFrom >= 3))
        break;
      // "Dean Whitlow, who worked as an engineer": a role word that is a common given name, before one
      // word alone, is the given name.
      if (j - nameFrom === 2 && GIVEN_NAME_GENDERS.has(word)) break;
      nameFrom++;
    }
    // "our Vice-President and Chief Negotiator, Tomasz …", "General Counsel": titles and a role noun with no
    // honorific among them are a role written in capitals, no one's name.
    if (nameFrom === j - 1 && nameFrom > from && ROLE_WORDS.has((words[j - 1] as string).toLowerCase())) {
      const lead = words.slice(from, j - 1);
      if (!lead.some((w) => HONORIFICS.has(lookupForm(w)))) return null;
    }
    // "Federal Emergency Readiness Agency Administrator Rochelle Vantreese": a body, a role, then the name.
    nameFrom = nameAfterBodyRole(words, nameFrom);
    // "Attorney General of New York Letitia James": after a title's "of", the body it serves, then the name;
    // "Secretary of Homeland Security" names the body alone.
    if (words[nameFrom - 1] === 'of') {
      const k = nameAfterBody(words.slice(nameFrom, j));
      if (k === 0 && j - nameFrom <= 2) return null;
      nameFrom += k;
    }
    if (j - nameFrom === 0 || j - nameFrom > MAX_NAME_WITH_PARTICLES) return null;
    let core = 0;
    for (let k = nameFrom; k < j; k++) if (!isParticle((words[k] as string).toLowerCase())) core++;
    if (core > MAX_NAME_TOKENS) return null;
    const nameEnd = endBeforePostNominals(words, nameFrom);
    const name = words.slice(nameFrom, nameEnd).map((t) => t.replace(/['\u2019]s?$/u, ''));
    const lower = name.map((t) => t.toLowerCase().replace(/\.$/, ''));
    // "Julian Asquell, K.C., told": letters after a name set off by commas are no one.
    if (name.every(isPostNominal)) return null;
    if (lower.some((t) => ORG_WORDS.has(t)) || PLACE_NOUNS.has(lower[lower.length - 1] as string))
      return null;
    if (lower.every((t) => CALENDAR_WORDS.has(t) || FUNCTION_WORDS.has(t))) return null;
    // ("Lt Col I Made Suardana": after a title, "I" opens a Balinese name, not a sentence's "I".)
    const balinese = nameFrom > from && name[0] === 'I' && name.length >= 3;
    if (name.some((t) => /\d/.test(t) && !isHandle(t)) || !(firstWordOfName(name) || balinese)) return null;
    // "Sen. Gordon Pike, R-Halberd Falls, called …": a US lawmaker's party and district, no one.
    if (PARTY_AND_PLACE.test(name[0] as string)) return null;
    // "Storm Perrin", "Tropical Storm Alberto": a weather system, named like a person.
    if (lower.some((t, k) => k < lower.length - 1 && WEATHER_SYSTEMS.has(t))) return null;
    // "MV Ostmere Pride", "HMS Dauntless": a ship.
    if (name.length >= 2 && VESSEL_PREFIXES.has(name[0] as string)) return null;
    // "AI", "NHS", "NASA": an acronym alone, with no title, names a thing or a body.
    if (name.length === 1 && nameFrom === from && ACRONYM.test(name[0] as string)) return null;
    const shouted = name.length >= 2 && name.every((t) => t.length >= 2 && /^[\p{Lu}'\u2019.-]+$/u.test(t));
    return {
      from,
      nameFrom,
      // Letters after the name say what the person is ("Nabil Amari KC" is a barrister).
      titles: [...words.slice(from, nameFrom), ...words.slice(nameEnd).map(postNominalForm)],
      // Initials keep their period ("R."); a name closing a sentence loses it ("Reyes."); a name written
      // all in capitals (a transcript's label, "RAÚL ECHEVERRÍA") as readers write it.
      tokens: name.map((t) => {
        const word = t.replace(/\.$/, (m) => (/^\p{Lu}$/u.test(t.slice(0, -1)) ? m : ''));
        return shouted ? titleCased(word) : word;
      }),
    };
  }

  /**
   * "Young, in his testimony, said", "said Young", "King asked": a single common or title word that is the
   * surname of someone the article named in full ("Tom Young", "Gayle King") is that person where a name
   * stands: set off by a comma, beside a speech verb or before an auxiliary ("Young would push …"; not
   * "Young people said", nor "in May").
   */
  #knownSurname(tokens: Tokens, i: number, j: number): ParsedRun | undefined {
    if (j - i !== 1 || this.#known.size === 0) return undefined;
    // Most runs are no known surname: the cheapest test first (a plain name folds to its lower case).
    const bare = tokens.bare(i);
    const lower = bare.toLowerCase();
    if (!this.#known.has(lower) && (isPlainLetters(bare) || !this.#known.has(foldToken(bare))))
      return undefined;
    if (!this.commonWords.has(lower) && !FUNCTION_WORDS.has(lower) && !isTitle(bare)) return undefined;
    if (!/^\p{Lu}\p{Ll}+$/u.test(bare)) return undefined;
    const before = endsRun(tokens.raw(i - 1)) ? '' : tokens.bare(i - 1).toLowerCase();
    if (LOCATIVES.has(before)) return undefined;
    const set = tokens.raw(i).endsWith(',');
    const next = tokens.bare(i + 1);
    if (
      !set &&
      !SPEECH_VERB_WORDS.has(next) &&
      !AUXILIARIES.has(next) &&
      !NEGATED_AUXILIARY.test(next) &&
      !SPEECH_VERB_WORDS.has(before)
    )
      return undefined;
    return { from: 0, nameFrom: 0, titles: [], tokens: [bare] };
  }

  /**
   * "Per Nygård was less forgiving" after "her husband Per Nygård": a given name that is also a common word
   * ("per", "will", "mark"), opening a sentence before a surname, is the rest of a name the article has
   * already written in full.
   */
  #knownFullName(tokens: Tokens, i: number, j: number): ParsedRun | undefined {
    if (j - i !== 2 || this.#knownFull.size === 0) return undefined;
    const first = tokens.bare(i);
    const second = tokens.bare(i + 1);
    if (!this.commonWords.has(first.toLowerCase()) || !this.#known.has(foldToken(second))) return undefined;
    if (!this.#knownFull.has(`${foldToken(first)} ${foldToken(second)}`)) return undefined;
    return { from: 0, nameFrom: 0, titles: [], tokens: [first, second] };
  }

  /** Reads the run tokens[i, j) into a name mention, or undefined when it names no one. */
  #mention(tokens: Tokens, i: number, j: number): NameMention | undefined {
    const prior = tokens.raw(i - 1);
    const parsed =
      this.#knownSurname(tokens, i, j) ??
      this.#knownFullName(tokens, i, j) ??
      this.#parseRun(tokens, i, j, (ROLE_WORDS.has(prior) || KIN_WORDS.has(prior)) && !endsRun(prior));
    if (!parsed) return undefined;
    const body = this.#bodyWordsBeforeName(tokens, i + parsed.nameFrom, parsed);
    const run =
      body === 0
        ? parsed
        : { ...parsed, nameFrom: parsed.nameFrom + body, tokens: parsed.tokens.slice(body) };
    // "Nabil Amari, K.C., told": letters after the name set off by commas are its titles too.
    const letters = tokens.raw(j - 1).endsWith(',') ? postNominalForm(tokens.raw(j)) : '';
    const titles = letters !== '' && isPostNominal(letters) ? [...run.titles, letters] : run.titles;
    const nameFrom = i + run.nameFrom;
    // "the Goop founder", "a Labour spokesman", "the Wales international": a single name before a role noun
    // qualifies it ("Sutrisno, secretary-general of …" is a person and an appositive).
    const next = tokens.bare(j).toLowerCase();
    if (
      run.tokens.length === 1 &&
      titles.length === 0 &&
      !endsRun(tokens.raw(j - 1)) &&
      (ROLE_WORDS.has(next) || next === 'international')
    )
      return undefined;
    // "the Corriston Supporters’ Trust": a plural possessive before an organisation's word is that body's name.
    if (
      /s['\u2019]$/u.test(tokens.raw(j - 1)) &&
      /^\p{Lu}/u.test(tokens.bare(j)) &&
      ORG_WORDS.has(tokens.bare(j).toLowerCase())
    )
      return undefined;
    // "the Dutch Reformed church", "the Free Presbyterian congregation": a capitalised run after "the" and
    // before a body's noun in lower case names that body.
    if (
      run.tokens.length >= 2 &&
      titles.length === 0 &&
      !endsRun(tokens.raw(j - 1)) &&
      bareToken(prior).toLowerCase() === 'the' &&
      nameFrom === i &&
      INSTITUTION_NOUNS.has(tokens.raw(j).replace(/[,.;:!?]+$/, ''))
    )
      return undefined;
    // "Prosecutors have said", "Liquidators said": a role in the plural opening a sentence is no name.
    if (
      run.tokens.length === 1 &&
      titles.length === 0 &&
      isPluralRole((run.tokens[0] as string).toLowerCase())
    )
      return undefined;
    // "The liquidators, Brantwood Frew, have said", "Liquidators Brantwood Frew have …": a name a plural
    // role introduces and a plural verb follows is a firm's.
    const opener = nameFrom > i ? tokens.bare(nameFrom - 1) : bareToken(prior);
    // ("at Veterans Park", "Teachers College": a plural role in the run itself never describes one person.)
    if (isPluralRole(opener.toLowerCase()) && (nameFrom > i || PLURAL_VERBS.has(next))) return undefined;
    // "The Scot, who led the side to fourth, added": a nationality after "the" is a role, not a name.
    if (
      run.tokens.length === 1 &&
      j >= 2 &&
      tokens.bare(j - 2).toLowerCase() === 'the' &&
      DEMONYMS.has(tokens.bare(j - 1).toLowerCase())
    )
      return undefined;
    // "Hospital group Harrowmere admitted …", "the energy firm Veltra": a single name right after a word
    // for an organisation is that organisation's.
    if (
      run.tokens.length === 1 &&
      titles.length === 0 &&
      !endsRun(tokens.raw(i - 1)) &&
      ORG_WORDS.has(tokens.bare(i - 1).toLowerCase())
    )
      return undefined;
    // "a political scientist at the Ardmore Institute of Development Studies": the words after "of" in the
    // name of an organisation ("Institute of", "Bank of", "Office of") are that name's, no one's.
    if (
      titles.length === 0 &&
      tokens.raw(i - 1) === 'of' &&
      /^\p{Lu}/u.test(tokens.raw(i - 2)) &&
      ORG_WORDS.has(tokens.bare(i - 2).toLowerCase())
    )
      return undefined;
    // "Pires & Antunes Advogados": names joined by an ampersand with no honorific name a firm, not people
    // ("Ms Hale & Mr Ruiz" are two people).
    if (titles.length === 0 && (tokens.raw(j) === '&' || tokens.raw(i - 1) === '&')) return undefined;
    // "Mr and Mrs Wyndlow", "Dr and Mrs Hale": a couple, neither of whom the honorific before the name is.
    if (
      tokens.bare(i - 1) === 'and' &&
      HONORIFICS.has(lookupForm(tokens.bare(i - 2))) &&
      HONORIFICS.has(lookupForm(tokens.bare(i)))
    )
      return undefined;
    const setOffBefore = this.#roleBefore(tokens, i);
    const role =
      (isPrepositionObject(tokens, i, j, setOffBefore) ? '' : setOffBefore) ||
      this.#roleOfBodyBefore(tokens, i) ||
      this.#roleOfUnnamedBodyBefore(tokens, i) ||
      this.#roleBeforeRelativeClause(tokens, i, j);
    const lastRaw = tokens.raw(j - 1);
    const lastBare = tokens.bare(j - 1);
    // "to check in, Paltrow revealed": punctuation between them, "in" says nothing of the name.
    const before = endsRun(tokens.raw(i - 1)) ? '' : tokens.bare(i - 1).toLowerCase();
    // ("Park Sung-ho (71), chairman of Daeyang": an age or an aside in brackets before the appositive.)
    const bracketed = lastRaw.endsWith(',') ? -1 : afterBracketedAside(tokens, j);
    // ("Luc Valcourt, 38, the deputy mayor in charge of planning,": an age set off before the appositive.)
    const set = lastRaw.endsWith(',')
      ? this.#appositive(tokens, /^\d{1,3},$/.test(tokens.raw(j)) ? j + 1 : j)
      : bracketed >= 0
        ? this.#appositive(tokens, bracketed)
        : undefined;
    // "… in Paris, the president of the National Assembly, Yvette Clairac, read out …": a role set off
    // between two names, the second set off by a comma too, introduces the second.
    const appositive = set && introducesNameAfter(tokens, set.end) ? undefined : set;
    const afterAt = appositive ? appositive.end : j;
    const after = tokens.bare(afterAt);
    const speaks =
      (SPEECH_VERB_WORDS.has(after) &&
        !PLURAL_NOUN_BEFORE_VERB.test(`${after} ${tokens.bare(afterAt + 1)}`)) ||
      SPEECH_VERB_WORDS.has(before) ||
      (lastRaw.endsWith(',') && appositive === undefined && speaksAfterParticiple(tokens, j));
    // "Smith, 52, said", "… with Ann Smith, 38.": an age set off after the name; or "Ann Smith, a
    // 19-year-old who …".
    const aged = lastRaw.endsWith(',') && /^\d{1,3}[,.;]$/.test(tokens.raw(j));
    // "Dan (not his real name), a 19-year-old …": an aside in brackets before the appositive.
    const aside = lastRaw.endsWith(',') ? j : afterBracketedAside(tokens, j);
    const agedNoun =
      aside >= 0 && /^an?$/.test(tokens.bare(aside)) ? AGED_NOUN.exec(tokens.raw(aside + 1)) : null;
    // ("Hasnawati, whose husband is still missing," is a person as "…, who …" is; "Acme, whose shares …"
    // is not.)
    const who =
      lastRaw.endsWith(',') &&
      (tokens.bare(j) === 'who' || (tokens.bare(j) === 'whose' && KIN_WORDS.has(tokens.bare(j + 1))));
    const roles = appositive
      ? [role, appositive.role].filter((r) => r !== '').join(', ')
      : [role, lastRaw === lastBare ? predicateRole(tokens, j) : ''].filter((r) => r !== '').join(', ');
    // "His daughter, Samira Haddad", "their son Tom": a kinship word just before the name states a gender
    // (not one closing a quotation: "“… the chairman,” Dalmeny said").
    const kin = closesQuotation(tokens.raw(i - 1)) ? '' : kinBefore(tokens, i);
    const stated =
      genderOf(titles) ??
      // (Of a role's words, those in lower case: "Duke student" says nothing of a gender.)
      (roles === '' ? undefined : genderOf(roles.split(' ').filter((w) => !/^\p{Lu}/u.test(w)))) ??
      wordGender(kin) ??
      predicateGender(tokens, aged ? j + 1 : j) ??
      (lastRaw.endsWith(',') ? appositiveGender(tokens, j) : undefined);
    const reported =
      stated === undefined && lastRaw === lastBare ? reportedSpeechGender(tokens, j) : undefined;
    const gender = stated ?? reported;
    // "in James’ hands": a name ending in s and an apostrophe, before a word in lower case, is possessive (the
    // apostrophe is no closing quotation mark there).
    const possessive =
      isPossessive(lastBare) || (/s['\u2019]$/.test(lastRaw) && /^\p{Ll}/u.test(tokens.raw(j)));
    const kinWord = kin.toLowerCase();
    const elder = elderEvidence(
      roles,
      // ("his younger brother, Barr. Musa Danladi": the word before the kinship word too.)
      kinWord === tokens.bare(i - 1).toLowerCase() ? [tokens.bare(i - 2).toLowerCase(), kinWord] : [kinWord],
      aged
        ? Number.parseInt(tokens.raw(j), 10)
        : agedNoun
          ? Number.parseInt(agedNoun[1] as string, 10)
          : INFANT_AGE.test(tokens.bare(i - 1))
            ? 0
            : undefined,
    );
    // ("the tanker Ocean Spirit": a name right after a word for a named thing is the thing's, as a place's
    // is no person's.)
    const locative =
      titles.length === 0 &&
      role === '' &&
      !possessive &&
      (LOCATIVES.has(before) ||
        // "a town two hours south of Paris, who …"
        (before === 'of' && COMPASS_POINTS.has(tokens.bare(i - 2).toLowerCase())) ||
        NAMED_THING_WORDS.has(before) ||
        setOffAfterThing(tokens, nameFrom) ||
        (/[,.;]$/.test(lastRaw) && afterLocativePlace(tokens, i)));
    return {
      start: tokens.start(nameFrom),
      end: tokens.start(j - 1) + trimmedLength(lastRaw),
      sentence: 0,
      tokens: run.tokens,
      titles,
      role: roles,
      // Every mention has the same fields in the same order (one object shape for the code that reads them).
      gender,
      reportedGender: reported !== undefined,
      quoted: false,
      possessive,
      // ("from Dayton, Ohio, who says she …": the relative clause is about the one before the place.)
      personal: titles.length > 0 || roles !== '' || aged || agedNoun !== null || (who && !locative),
      elder,
      speaks,
      locative,
      byAge: RELATIVE_AGE_WORDS.has(before) ? (before === 'younger' ? 'younger' : 'elder') : undefined,
      kin: KIN_WORDS.has(kinWord),
      disowned:
        before === 'to' &&
        tokens.bare(i - 2).toLowerCase() === 'relation' &&
        /^\(?no$/i.test(tokens.raw(i - 3)),
      testifies: testifiesAt(tokens, appositive ? appositive.end : lastRaw === lastBare ? j : -1),
      accused: accusedAt(tokens, appositive ? appositive.end : j),
      ownKin: this.#ownKinBefore(tokens, i),
    };
  }

  /** The kinship word after "his", "her" or "their" earlier in the name's sentence (see `ownKin`). */
  #ownKinBefore(tokens: Tokens, i: number): string | undefined {
    if (this.#sentenceStarts.has(tokens.start(i))) return undefined;
    for (let k = i - 2; k >= 0 && k >= i - OWN_KIN_REACH; k--) {
      if (this.#sentenceStarts.has(tokens.start(k + 1))) return undefined;
      if (!/^(?:his|her|their)$/i.test(tokens.raw(k))) continue;
      const kin = tokens.bare(k + 1).toLowerCase();
      if (KIN_WORDS.has(kin)) return kin;
    }
    return undefined;
  }

  /**
   * A role set off by commas after a name: "Lindqvist, the Forward campaign manager, said", "Reyes, a
   * retired teacher,". The role noun ends the appositive; `end` is the token after its comma.
   */
  #appositive(tokens: Tokens, from: number): { role: string; end: number } | undefined {
    const first = tokens.bare(from).toLowerCase();
    if (first === 'who') return officeByVerb(tokens, from);
    const group = first === 'one' ? oneOfGroup(tokens, from) : undefined;
    if (group !== undefined) return group;
    // "Hartmann, Aldermoor's chief executive,", "Quennell, Mr Venndale's lead counsel,": whose role it is
    // stands for the article.
    const ownerAt = possessiveOwnerEnd(tokens, from);
    const owner = ownerAt !== undefined;
    if (!owner && !/^(?:the|a|an|his|her|their|its)$/.test(first)) return this.#roleOfBody(tokens, from);
    const lead = ownerAt ?? from;
    for (let k = lead + 1; k < tokens.count && k <= lead + 5; k++) {
      const raw = tokens.raw(k);
      // "Llewellyn-Moss, the shadow chancellor and member for Hexley and Wold,": the first of two roles
      // joined by "and", the appositive closing within reach.
      const joined = this.#joinedRoles(tokens, lead, k);
      if (joined !== undefined) return joined;
      // "Reyes, a veteran mediator who has …": a relative clause ends the appositive as a comma does (and
      // "Monju, a boatman who, like many people …, uses": the relative pronoun may be set off itself).
      // ("“…,” said Clara Dunmore, the palace’s chief spokeswoman." : the sentence's end closes it too.)
      const ended = endsSentenceAt(tokens, k);
      if (
        !raw.endsWith(',') &&
        !ended &&
        !(/^\p{Ll}+$/u.test(raw) && RELATIVE_PRONOUNS.has(tokens.raw(k + 1).replace(/,$/, '')))
      )
        continue;
      const head = tokens
        .bare(k)
        .toLowerCase()
        .replace(/[.!?]$/, '');
      // "Vey, an analyst at Corrib Securities,": a role, then the body it serves.
      if (!ROLE_WORDS.has(head) && !GENDERED_ROLES.has(head)) return this.#roleOfBody(tokens, lead + 1);
      // "Mr Furlong's wife, Maura, his daughter, Ciara, and …": a possessive role with a name right after
      // it introduces that name, in a list of people; it is not what the name before is.
      if (/^(?:his|her|their)$/.test(first) && /^\p{Lu}\p{Ll}/u.test(tokens.raw(k + 1))) return undefined;
      const words: string[] = [];
      for (let w = lead + 1; w <= k; w++) words.push(roleWord(tokens, w));
      return { role: words.join(' ').replace(/[.!?]$/, ''), end: k + 1 };
    }
    // ("Qalova, Fiji's Minister for Rural Development and Disaster Management,": whose it is, then a role and
    // the field it serves.)
    return this.#roleOfBody(tokens, lead + 1);
  }

  /**
   * The role ending at `k` in an appositive opening at `from`, when "and" and a second role follow it and a
   * comma closes the appositive within `MAX_JOINED_ROLE_WORDS` ("the shadow chancellor and member for
   * Hexley and Wold,"): the first role, and the token after that comma.
   */
  #joinedRoles(tokens: Tokens, from: number, k: number): { role: string; end: number } | undefined {
    const head = tokens.bare(k).toLowerCase();
    if (tokens.raw(k).endsWith(',') || tokens.bare(k + 1) !== 'and' || !ROLE_WORDS.has(head))
      return undefined;
    for (let c = k + 2; c < tokens.count && c <= k + MAX_JOINED_ROLE_WORDS; c++) {
      if (/[.!?;:]$/.test(tokens.raw(c))) return undefined;
      if (!tokens.raw(c).endsWith(',')) continue;
      const words: string[] = [];
      for (let w = from + 1; w <= k; w++) words.push(roleWord(tokens, w));
      return { role: words.join(' '), end: c + 1 };
    }
    return undefined;
  }

  /**
   * A bare role, then the body or field it serves ("of", "at", "for", "with", "in"), set off by commas:
   * "McAllister, general secretary of the Aviation Crew and Engineers Union, said", "O'Hara, the consultant
   * in emergency medicine who was on call,". Up to two lower-case words before the role noun, besides an age
   * and a nationality ("the 44-year-old Serbian coach of X,"); the body is at most eight words.
   */
  #roleOfBody(tokens: Tokens, from: number): { role: string; end: number } | undefined {
    let start = from;
    for (let k = from; k < tokens.count && k <= from + 3; k++) {
      const raw = tokens.bare(k);
      // ("Rhona Castellane, Dean of the Faculty of Medicine,": the role may be capitalised, first.)
      const word =
        k === from && /^\p{Lu}\p{Ll}+$/u.test(raw) && ROLE_WORDS.has(raw.toLowerCase())
          ? raw.toLowerCase()
          : raw;
      // "Lukovac, the 44-year-old Serbian coach of Castrovera B,": an age and a nationality qualify the role.
      // (The age is shown beside the name, not as part of the role.)
      if (!tokens.raw(k).endsWith(',') && (AGED_NOUN.test(word) || DEMONYMS.has(word.toLowerCase()))) {
        if (k === start && AGED_NOUN.test(word)) start = k + 1;
        continue;
      }
      if (!/^\p{Ll}/u.test(word) || tokens.raw(k).endsWith(',')) return undefined;
      // "X, who became chair of the trust in 2023,": a clause, not a role; nor "Kenji Morimoto, stood beside
      // his head of quality at …" (a function word before the role noun).
      if (RELATIVE_PRONOUNS.has(word) || FUNCTION_WORDS.has(word)) return undefined;
      // ("Baharuddin, a fish trader from Sanggula,": where the person is from serves as the body.)
      // ("Hartigan, the chief secretary to the Treasury,": "to" as an adviser or envoy serves.)
      if (!ROLE_WORDS.has(word) || !/^(?:of|at|for|with|in|from|to)$/.test(tokens.bare(k + 1))) continue;
      let joined: number | undefined;
      for (let c = k + 2; c < tokens.count && c <= k + BODY_REACH; c++) {
        // "…,” Mark Ellery, senior adviser for ESA. “There’s …": the sentence ends the role where the page
        // left out the verb.
        // "…, senior director at Corvell. Part of that year …": or where the next sentence opens.
        // ("… hears Dieter Vogt, former head of the company's test centre." and the paragraph ends.)
        const ended = endsSentenceAt(tokens, c);
        // "Vey, an analyst at Corrib Securities who has covered …": a relative clause ends it too.
        const relative = RELATIVE_PRONOUNS.has(tokens.bare(c + 1)) && /^[\p{L}-]+$/u.test(tokens.raw(c));
        // "Meghan, Duchess of Sussex's interview with …": the body's possessive ends the role, and the
        // sentence goes on about what is theirs (not "president of the X Trust's board,").
        const owns =
          isPossessive(tokens.raw(c)) &&
          isUpper(tokens.raw(c)) &&
          !tokens.raw(c + 1).endsWith(',') &&
          !tokens.raw(c + 2).endsWith(',');
        // "Castagnet, deputy for the 2nd constituency of Vésonne and a member of the governing party,": a
        // second role joined by "and" ends the first, when no comma closes both within reach.
        if (
          joined === undefined &&
          tokens.bare(c + 1) === 'and' &&
          /^(?:a|an|the)$/.test(tokens.bare(c + 2)) &&
          /^[\p{L}\d-]+$/u.test(tokens.raw(c))
        )
          joined = c;
        if (!tokens.raw(c).endsWith(',') && !ended && !relative && !owns) continue;
        return roleUpTo(tokens, start, c, owns);
      }
      return joined === undefined ? undefined : roleUpTo(tokens, start, joined, false);
    }
    return undefined;
  }

  /**
   * "The chef who opened the stand, Edna Forsythe, was delighted": a name set off by commas after a role
   * and its relative clause ("the/a <role> who|that …,") is the holder of that role. The role opens its
   * clause (nothing but a comma or a sentence's end before its determiner) and the clause is at most twelve
   * words, with no comma or stop inside.
   */
  #roleBeforeRelativeClause(tokens: Tokens, i: number, j: number): string {
    if (!tokens.raw(i - 1).endsWith(',') || !tokens.raw(j - 1).endsWith(',')) return '';
    for (let k = i - 2; k >= 2 && k >= i - 14; k--) {
      const raw = tokens.raw(k);
      if (CLAUSE_END.test(raw)) return '';
      const word = tokens.bare(k);
      if (word !== 'who' && word !== 'that') continue;
      const noun = tokens.bare(k - 1).toLowerCase();
      if (!ROLE_WORDS.has(noun) || !/^(?:the|a|an)$/i.test(tokens.bare(k - 2))) return '';
      const opening = tokens.raw(k - 3);
      return opening === '' || CLAUSE_END.test(opening) ? noun : '';
    }
    return '';
  }

  /**
   * "The senior coroner for North Aldermoor, Harriet Loxley", "the head of the Port Authority, Dana Holt",
   * "The Egyptian ambassador in Geneva, Mahmoud el-Sayed": a role, "of"/"for"/"at"/"in"/"to" the body or
   * place it serves (capitalised, ending in a comma), then the name.
   */
  #roleOfBodyBefore(tokens: Tokens, i: number): string {
    const comma = i - 1;
    if (!tokens.raw(comma).endsWith(',') || !isUpper(tokens.bare(comma))) return '';
    let k = comma;
    while (
      k > comma - MAX_BODY_WORDS &&
      k >= 0 &&
      (k === comma || !endsRun(tokens.raw(k))) &&
      (isUpper(tokens.bare(k)) || tokens.bare(k) === 'the')
    )
      k--;
    const found = this.#roleOfBodyAt(tokens, k, comma);
    if (found !== '') return found;
    // "The Minister of Agrarian Policy and Food of Ukraine, Olena Kovalenko": a body's name of several
    // words joined by "and" or "of" (the role stands before its first "of").
    for (let m = k; m > comma - MAX_JOINED_BODY_WORDS && m > 0 && !endsRun(tokens.raw(m - 1)); m--) {
      const word = tokens.bare(m - 1);
      if (!isUpper(word) && !BODY_NAME_JOINERS.has(word)) break;
      if (BODY_NAME_JOINERS.has(word) && isUpper(tokens.bare(m))) {
        // (Not a role set off after another name: "a question from Rachel Treloar, the Liberal Democrat MP
        // for Wexcombe and North Moor, Okonjo-Pryce said" is hers.)
        const joined = this.#roleOfBodyAt(tokens, m - 1, comma, true);
        if (joined !== '') return joined;
      }
    }
    return '';
  }

  /**
   * The role before the joiner at `k` ("of", "for", "in", …) and the body after it up to the comma, if any;
   * with `notAfterName`, none where the role is set off after another name (see `afterSetOffName`).
   */
  #roleOfBodyAt(tokens: Tokens, k: number, comma: number, notAfterName = false): string {
    const joiner = tokens.raw(k);
    if (!BODY_BEFORE_NAME.has(joiner) && !PLACE_OF_ROLE.has(joiner)) return '';
    const body: string[] = [];
    for (let m = k + 1; m <= comma; m++) body.push(tokens.bare(m));
    // "the local Member of the Senedd, Eluned Rhys": a member of a legislature, whom "the MP" means.
    if (isMemberOfLegislature(tokens, k, body)) return `${tokens.bare(k - 1)} ${joiner} ${body.join(' ')}`;
    const role = this.#roleBefore(tokens, k);
    if (role === '' || !role.split(/[\s,]+/).some((w) => isRoleNoun(w.toLowerCase()))) return '';
    if (notAfterName && afterSetOffName(tokens, k - role.split(' ').length)) return '';
    return `${role} ${joiner} ${body.join(' ')}`;
  }

  /**
   * "The president of the mine's largest union, Luis Ortega": a definite role, "of"/"for" a body written in
   * lower case after "the", then the name set off by a comma.
   */
  #roleOfUnnamedBodyBefore(tokens: Tokens, i: number): string {
    const comma = i - 1;
    if (!tokens.raw(comma).endsWith(',') || !/^\p{Ll}+$/u.test(tokens.bare(comma))) return '';
    let k = comma - 1;
    while (k > comma - MAX_BODY_WORDS && k >= 0 && !endsRun(tokens.raw(k)) && tokens.bare(k) !== 'the') k--;
    if (tokens.bare(k) !== 'the' || endsRun(tokens.raw(k))) return '';
    const body: string[] = [];
    for (let m = k; m <= comma; m++) {
      if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens.bare(m))) return '';
      body.push(tokens.bare(m));
    }
    const joiner = tokens.raw(k - 1);
    const noun = tokens.bare(k - 2).toLowerCase();
    if (!BODY_BEFORE_NAME.has(joiner) || !isRoleNoun(noun) || !/^the$/i.test(tokens.bare(k - 3))) return '';
    return `${noun} ${joiner} ${body.join(' ')}`;
  }

  /** Role words right before a run ("union leader", "State Department spokeswoman"): up to three words. */
  #roleBefore(tokens: Tokens, i: number): string {
    // 'REPORTER: “Ms Lunde, why …?”': a name opening a quotation, or after a colon, has no role before it
    // (a comma does not part them: "His daughter, Samira Haddad").
    if (opensQuotation(tokens.raw(i))) return '';
    // "the cabinet secretary for transport, Eluned Rhys": a role with the field it serves, set off.
    const served = roleWithField(tokens, i);
    let role = served?.role ?? '';
    const from = served?.start ?? i;
    // Three words at most, and the role an "and" joins to them ("Vice-President and Chief Negotiator").
    let limit = from - 3;
    for (let k = from - 1; k >= 0 && k >= limit; k--) {
      // "“… lost confidence in the chairman,” Dalmeny said": a role inside a quotation is not the name's.
      if (tokens.raw(k).endsWith(':') || closesQuotation(tokens.raw(k))) break;
      if (endsRun(tokens.raw(k)) && k !== i - 1) break;
      const word = tokens.bare(k);
      // "her father and coach, Aurelio Reyes": two roles joined by "and" are both the name's.
      const joined =
        word === 'and' &&
        role !== '' &&
        !endsRun(tokens.raw(k)) &&
        isRoleNoun(tokens.bare(k - 1).toLowerCase());
      const isRole =
        joined ||
        ROLE_WORDS.has(word.toLowerCase()) ||
        (role.startsWith('and ') && isRoleNoun(word.toLowerCase()));
      // Capitalised qualifiers ("State Department spokeswoman"), or one lower-case one ("union leader").
      const modifier =
        role !== '' &&
        !isPossessive(word) &&
        ((isUpper(word) && !FUNCTION_WORDS.has(word.toLowerCase())) ||
          ((!role.includes(' ') || role === served?.role) &&
            /^[a-z][a-z-]{2,}$/.test(word) &&
            !isStopword(word) &&
            !FUNCTION_WORDS.has(word) &&
            !/(?:ed|ing)$/.test(word)));
      if (!isRole && !modifier) break;
      if (joined) limit = Math.min(limit, k - 2);
      // ("Former Sri Lanka left-arm spinner X": the words limit does not cut a capitalised name in two, which
      // would leave "Lanka left-arm spinner".)
      if (k === limit && isUpper(word) && isUpper(tokens.bare(k - 1)) && !endsRun(tokens.raw(k - 1)))
        limit = Math.max(limit - 1, from - 3 - SPLIT_NAME_WORDS);
      role = role === '' ? word : `${word} ${role}`;
    }
    return role;
  }
}

/** How many more capitalised words a role before a name takes so as not to cut a name in two. */
const SPLIT_NAME_WORDS = 2;

/** A legislature's name after "Member of" ("the Senedd", "Parliament", "the Legislative Assembly"). */
const LEGISLATURE = new RegExp(`^(?:the\\s+)?${LEGISLATURE_PATTERN}$`, 'iu');

/** Whether "Member" "of" (the joiner at `k`) a legislature (`body`) stands before the name. */
function isMemberOfLegislature(tokens: Tokens, k: number, body: readonly string[]): boolean {
  return tokens.raw(k) === 'of' && /^member$/i.test(tokens.bare(k - 1)) && LEGISLATURE.test(body.join(' '));
}

/**
 * Prepositions that take a role as their object in a clause opening a sentence ("Asked about his
 * predecessor, Tallon smiled"; "Speaking to her lawyer, Hale wept").
 */
const ROLE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(
  'about to with for from by of on at after before against towards toward like than beside behind'.split(' '),
);
/** Determiners between such a preposition and the role ("about his predecessor", "to the coach"). */
const ROLE_DETERMINERS: ReadonlySet<string> = new Set('his her their its our my your the a an'.split(' '));

/**
 * Whether `role`, set off by a comma before the name run [i, j), is the object of a preposition in an
 * opening clause rather than the name's appositive: "Asked about his predecessor, Tallon smiled" (the name
 * goes on with its verb, no comma closing it), not "Asked about his lawyer, Tom Fry, she …" or "His lawyer,
 * Tom Fry, said".
 */
function isPrepositionObject(tokens: Tokens, i: number, j: number, role: string): boolean {
  if (role === '' || !tokens.raw(i - 1).endsWith(',') || endsRun(tokens.raw(j - 1))) return false;
  let k = i - 1 - role.split(' ').length;
  while (k >= 0 && ROLE_DETERMINERS.has(tokens.raw(k).toLowerCase())) k--;
  return k >= 0 && ROLE_OBJECT_PREPOSITIONS.has(tokens.raw(k).toLowerCase());
}

/** Whether a name of two capitalised words or more, closed by a comma, opens at token `k`. */
function introducesNameAfter(tokens: Tokens, k: number): boolean {
  let end = k;
  while (end < tokens.count && end < k + 4 && /^\p{Lu}\p{Ll}/u.test(tokens.raw(end))) {
    if (tokens.raw(end).endsWith(',')) return end > k && !FUNCTION_WORDS.has(tokens.bare(k).toLowerCase());
    end++;
  }
  return false;
}

/** Most words of the second of two roles joined by "and" in an appositive ("and member for Hexley and Wold"). */
const MAX_JOINED_ROLE_WORDS = 8;

/** Most words of the field a role serves ("for transport", "of public health"). */
const MAX_FIELD_WORDS = 2;

/**
 * A role noun, "for" or "of", and the field it serves, set off by a comma before the name at `i`
 * ("secretary for transport, Eluned Rhys", "head of communications, Tom Vale"): the role as written, and
 * where it starts; undefined otherwise.
 */
function roleWithField(tokens: Tokens, i: number): { role: string; start: number } | undefined {
  if (i < 3 || !tokens.raw(i - 1).endsWith(',')) return undefined;
  for (let p = i - 2; p >= Math.max(1, i - 1 - MAX_FIELD_WORDS); p--) {
    const preposition = tokens.bare(p);
    if (preposition !== 'for' && preposition !== 'of') continue;
    const noun = tokens.bare(p - 1);
    if (!ROLE_WORDS.has(noun.toLowerCase()) || endsRun(tokens.raw(p - 1))) return undefined;
    const field: string[] = [];
    for (let k = p + 1; k < i; k++) {
      const word = tokens.bare(k);
      if (!/^\p{L}[\p{L}-]*$/u.test(word) || (k < i - 1 && endsRun(tokens.raw(k)))) return undefined;
      field.push(word);
    }
    return { role: [noun, preposition, ...field].join(' '), start: p - 1 };
  }
  return undefined;
}
