/**
 * Reading the speaker phrase an attribution cue found ("State Department spokeswoman Heather Nauert", "South
 * Korea's presidential office", "she", "the actress") into a named person, an organisation or unnamed source,
 * a pronoun, or a role noun that refers back to someone the article named.
 */
import {
  CALENDAR_WORDS,
  BODY_OFFICES,
  DEMONYMS,
  FUNCTION_WORDS,
  GENDERED_ROLES,
  KIN_WORDS,
  NAME_PARTICLES,
  OFFICE_QUALIFIERS,
  ORG_WORDS,
  PERCEPTION_VERBS,
  RANK_ABBREVIATIONS,
  ROLE_WORDS,
  TITLE_WORDS,
  WEEKDAYS,
  WRITING_NOUNS,
  type Gender,
  isRoleNoun,
  spelledRole,
  MEMBER_OF_LEGISLATURE_PATTERN,
  withoutElect,
  isTitleForm,
} from '../lexicon/index.ts';
import {
  isCompoundWord,
  isSurnameAfterGivenName,
  isTitle,
  isTitleAt,
  withoutContraction,
} from '../people/mentions.ts';
import {
  endBeforePostNominals,
  HANDLE_PATTERN,
  isGaelicArticle,
  isMutatedSurname,
  isParticle,
  isParticleName,
  looksLikePlace,
  nameAfterBody,
  nameAfterBodyRole,
  nameAfterOfficeBody,
} from '../people/names.ts';

export type SpeakerRef =
  | { kind: 'person'; tokens: string[]; role?: string }
  | { kind: 'org'; name: string }
  | { kind: 'pronoun'; pronoun: 'he' | 'she' | 'they' | 'it' }
  | {
      kind: 'role';
      noun: string;
      gender?: Gender;
      qualifier?: string;
      demonym?: boolean;
      /** Words before the noun that make it another office ("prime" of "the prime minister"). */
      office?: string[];
      /** The qualifier is the body the role serves ("the Wanderers manager"), not a possessor ("Kim's sister"). */
      body?: boolean;
      /** The role is held for a person a pronoun names ("her spokesperson", "his lawyer"). */
      ofPronoun?: boolean;
      /** Lower-case words before the noun ("union" of "the union leader"). */
      modifiers?: string[];
      /** The age the phrase gives ("the 52-year-old union leader"): 52. */
      age?: number;
    };

/** Lower-case head nouns that make a phrase an unnamed source worth keeping ("South Korean officials"). */
const UNNAMED_HEAD =
  /\b(?:office|spokesperson|spokesman|spokeswoman|spokespeople|officials?|aides?|sources?|statement|ministry|government|administration|advisers?|diplomats?|analysts?|experts?|representatives?|agency|department|embassy|military|police|committee|authority|authorities|union|council|company|firm|board|commission|court|party|campaign|team|chamber|operator|regulator|carmaker|manufacturer|airline|utility|lender|insurer|retailer)\b/i;

/** A relative pronoun, or more words than a body's description has: a clause, not a body with no name. */
const UNNAMED_BODY_CLAUSE = /\b(?:which|who|whom|whose)\b|^(?:\S+\s+){7,}\S/i;

/** Phrases that introduce what was said rather than who said it ("a statement from X" → X). */
const CONTAINER =
  /^(?:an? |the )?(?:joint |written |brief |separate )?(?:statement|remarks|release|tweet|post|letter|message|readout|interview|transcript)s? (?:from|by|of|released by|issued by) /i;

const PRONOUN = /^(?:he|she|they|it)$/i;
/** "her statement", "his written evidence": what a person wrote, speaking for them. */
const OWN_WRITING =
  /^(his|her) (?:own |written |prepared |opening |closing |witness |brief |latest |first |last |final )?(?:statement|letter|post|tweet|email|e-mail|message|note|memo|affidavit|testimony|evidence|submission|blog|column)$/i;

/** "Marta Ruiz's statement", "Ruiz’s first words": a named person's own writing or words, and whose they are. */
const NAMED_WRITING_SOURCE =
  "^(\\p{Lu}[\\p{L}.'\\u2019 -]*?)['\\u2019]s (?:own |written |prepared |opening |closing |brief |latest |first |last |final )?(?:statement|letter|post|tweet|email|e-mail|message|note|memo|affidavit|testimony|submission|words|remarks)";
const NAMED_WRITING = new RegExp(`${NAMED_WRITING_SOURCE}$`, 'u');
/** The same opening a sentence: "Ruiz’s first words as captain were released on Friday:". */
const NAMED_WRITING_OPENING = new RegExp(`${NAMED_WRITING_SOURCE}\\b`, 'u');

/** Whose writing or words open a sentence ("Ruiz’s first words as captain …" → "Ruiz"), if a name's. */
export function namedWritingAuthor(sentence: string): string | undefined {
  return NAMED_WRITING_OPENING.exec(sentence)?.[1];
}

/** Whether a phrase is a person's own writing ("her first email", "his statement"). */
export function isOwnWriting(phrase: string): boolean {
  return OWN_WRITING.test(phrase);
}

/** "The letter", "the statement": a writing the article has just said someone issued. */
const DEFINITE_WRITING = new RegExp(`^the (?:${WRITING_NOUNS.join('|')})$`, 'i');

/** Whether a phrase is a writing named as one already met ("The letter"), which speaks for its author. */
export function isDefiniteWriting(phrase: string): boolean {
  return DEFINITE_WRITING.test(phrase);
}

/** "Her Honour", "His Lordship", "Her Majesty": a form of address, and the role it stands for. */
const FORM_OF_ADDRESS = /^(Her|His) (Honour|Honor|Lordship|Ladyship|Worship|Majesty|Holiness)$/;
const FORMS_OF_ADDRESS: ReadonlyMap<string, string> = new Map([
  ['honour', 'judge'],
  ['honor', 'judge'],
  ['lordship', 'judge'],
  ['ladyship', 'judge'],
  ['worship', 'magistrate'],
  ['majesty', 'monarch'],
  ['holiness', 'pope'],
]);

/** "His Excellency", "Her Highness": a form of address that stands for no one office. */
const COURTESY_ADDRESS = /^(Her|His) (?:Excellency|Highness)$/;

/**
 * Capitalised words, the lower-case particles of names ("bin", "de", "al-Assad") and user names
 * ("elmo666", people/names.ts isHandle).
 */
const NAME_TOKEN = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'\u2019.-]*|(?:${[...NAME_PARTICLES].filter((p) => p.length > 1).join('|')})|(?:al|el)-\\p{Lu}[\\p{L}'\u2019-]*|${HANDLE_PATTERN})$`,
  'u',
);
const POSSESSIVE = /['\u2018\u2019]s?$/u;
/**
 * "the 29-year-old", "the actress", "the opposition leader", "the round, bearded businessman": a role
 * noun with up to three lower-case words before it.
 */
const ROLE_NOMINAL = /^(?:[\p{Ll}\d-]+,?\s+){0,3}([\p{Ll}\d-]+)$/u;

/** "Sen. Michael Doherty (R-Warren)", "Ana Ruiz (pictured)": an aside in brackets is no part of the name. */
const BRACKETED = /\s*\([^()]*\)/g;

/** "said Rosalind Ferreira-Hughes ’26": the class a student graduates with, as campus papers write it. */
const CLASS_YEAR = /\s+['\u2018\u2019]\d{2}$/u;

/**
 * "Hoofdinspecteur (Chief Inspector) Bakker": a title in the country's language, glossed in brackets before
 * the name. The gloss ends in a title word.
 */
const GLOSSED_TITLE = /(^|\s)\p{Lu}[\p{L}-]+\s+\((\p{Lu}[^()]{0,40})\)(?=\s+\p{Lu})/gu;

/** The phrase with a glossed title read as its gloss ("Chief Inspector Bakker"). */
function withGlossedTitles(phrase: string): string {
  return phrase.replace(GLOSSED_TITLE, (whole, space: string, gloss: string) =>
    isTitle(gloss.split(/\s+/).at(-1) ?? '') ? `${space}${gloss}` : whole,
  );
}

/** "physician-turned-politician", "lawyer-turned-activist": what someone became is their role now. */
const TURNED = /\b\p{Ll}+(?:-\p{Ll}+)?-turned-(\p{Ll}+)\b/gu;

function cleanPhrase(phrase: string): string {
  return withGlossedTitles(phrase)
    .replace(TURNED, '$1')
    .replace(BRACKETED, '')
    .replace(/^[\s,;:\u2014\u2013-]+|[\s,;:.\u2014\u2013-]+$/gu, '')
    .replace(CLASS_YEAR, '')
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

function hasOrgWord(tokens: readonly string[]): boolean {
  return tokens.some((t) => ORG_WORDS.has(t.toLowerCase().replace(/[.\u2019']/g, '')));
}

/** Splits a capitalised run into titles and the name after the last title word. */
function splitTitle(tokens: readonly string[]): { title: string[]; name: string[] } {
  let last = -1;
  tokens.forEach((t, i) => {
    // ("Dr David King", "Prof King": the last word is a surname that is also a title.)
    if (
      isTitleAt(tokens, i, last + 1)
        ? !isSurnameAfterGivenName(tokens, i)
        : t.toLowerCase() === 'of' && i > 0 && isTitle(tokens[i - 1] as string)
    )
      last = i;
  });
  const rest = tokens.slice(last + 1);
  // "Director of Public Prosecutions (Max Hill)", "Secretary of Homeland Security": after a title's "of",
  // the body it serves, then the holder's name if any (two words and no given name: the body alone).
  if (tokens[last] === 'of') {
    const k = nameAfterBody(rest);
    if (k > 0) return { title: tokens.slice(0, last + 1 + k), name: rest.slice(k) };
    if (rest.length <= 2) return { title: [...tokens], name: [] };
  }
  // A capitalised role word opening the run is a role ("Analyst Tom Reed"), and so is a body and a role
  // before a name ("Federal Readiness Agency Administrator Rochelle Vantreese").
  let lead = 0;
  while (lead < rest.length - 1 && ROLE_WORDS.has((rest[lead] as string).toLowerCase())) lead++;
  lead = nameAfterBodyRole(rest, lead);
  return { title: [...tokens.slice(0, last + 1), ...rest.slice(0, lead)], name: rest.slice(lead) };
}

/** Words before a run that leave it inside an office's body: "Minister of Employment and", "Secretary for … and". */
function endsInOfficeBody(before: readonly string[]): boolean {
  if (before[before.length - 1] !== 'and') return false;
  for (let k = before.length - 2; k > 0; k--) {
    const t = before[k] as string;
    if ((t === 'of' || t === 'for') && BODY_OFFICES.has((before[k - 1] as string).toLowerCase())) return true;
    if (!/^\p{Lu}/u.test(t) && t !== 'and') return false;
  }
  return false;
}

/** "of", "for", "from", "at" before a name: the name is the body someone belongs to ("the Bank of England"). */
const BODY_PREPOSITION = /^(?:of|for|from|at)$/i;

/** Lower-case words inside a body's name ("Bank of England", "Institute for the Study of War"). */
const BODY_NAME_JOINER = /^(?:of|for|the|and)$/;

/** A preposition opening a phrase of time or place before a sentence's subject. */
const OPENING_PREPOSITION = /^(?:within|after|before|during|following|since|until|in|on|at)$/i;

/** Preceding a month, words that make it a date ("in March", "last May"), not a given name ("April Ryan"). */
const BEFORE_A_DATE = /^(?:in|on|by|since|until|till|from|during|last|next|this|early|late|mid)$/i;

/**
 * "On Tuesday Ferrier told", "In March Kovar wrote": a weekday, or a month after a preposition, that opens
 * the capitalised run before the name says when, and is no part of who.
 */
function isWhen(tokens: readonly string[], start: number): boolean {
  const word = (tokens[start] as string).replace(/,$/, '').toLowerCase();
  if (WEEKDAYS.includes(word)) return true;
  return CALENDAR_WORDS.has(word) && BEFORE_A_DATE.test(tokens[start - 1] ?? '');
}

/** A function word that opens a clause, capitalised ("And", "But", "So"); articles aside. */
const OPENING_WORD = /^(?!(?:The|A|An)$)\p{Lu}\p{Ll}*$/u;

/** The capitalised run that ends a token list, letting "of" join titles ("Secretary of State Mike Pompeo"). */
function trailingRun(tokens: readonly string[]): number {
  let start = tokens.length;
  while (start > 0) {
    const token = tokens[start - 1] as string;
    // "Red-eyed Solberg": a compound word capitalised to open the sentence is no part of the name (a
    // hyphened given name after another name is: "Kang Ji-hoon"), nor is "And" in "And Benitez said" (an
    // article is: "The Hague").
    const previous = tokens[start - 2] ?? '';
    const compound = isCompoundWord(token) && !(NAME_TOKEN.test(previous) && /^\p{Lu}/u.test(previous));
    if (
      (NAME_TOKEN.test(token) ||
        // "Clotilde d’Estrelle": a surname opened by an elided particle.
        isParticleName(token) ||
        isMutatedSurname(previous, token) ||
        isGaelicArticle(previous, token, tokens[start] ?? '')) &&
      !POSSESSIVE.test(token) &&
      !compound &&
      !(start < tokens.length && OPENING_WORD.test(token) && FUNCTION_WORDS.has(token.toLowerCase()))
    )
      start--;
    else if (token === 'of' && start >= 2 && isTitle(tokens[start - 2] as string) && start < tokens.length)
      start--;
    else break;
  }
  return start;
}

/** An indefinite article: what follows is someone new and unnamed ("an Iowa Republican"). */
const INDEFINITE = /^(?:a|an|another)$/i;

const AFFILIATION = /^(\S.*?)\s+(?:of|from|at|with|in)\s+\S.*$/u;

/**
 * "Col. Cullen Jones of the Army Corps of Engineers" → "Col. Cullen Jones", "Foreign Secretary Vikram Misri
 * in a news briefing in New Delhi" → "Foreign Secretary Vikram Misri": a person named in full, then where they
 * work or speak. Titles that contain "of" ("Secretary of State Mike Pompeo") and institutions ("Bank of
 * America") have no full name before it.
 */
function withoutAffiliation(phrase: string): string {
  const head = AFFILIATION.exec(phrase)?.[1];
  if (head === undefined) return phrase;
  // "hydrologist Dr Radim Kvarnek of Tarnice University", "Senate Democratic leader Chuck Schumer of New
  // York": a role written in lower case may come first, capitalised words of its body before it.
  const all = phraseTokens(head);
  let lead = all.length;
  while (lead > 0 && /^\p{Lu}/u.test(all[lead - 1] as string)) lead--;
  const tokens = all.slice(lead);
  if (!tokens.every((t) => NAME_TOKEN.test(t) && /^\p{Lu}/u.test(t))) return phrase;
  const { name } = splitTitle(tokens);
  return name.length >= 2 && !hasOrgWord(name) ? head : phrase;
}

/** "the Portuguese", "the under-fire Spaniard", "the New Zealander": a nationality for a person. */
const DEMONYM_NOMINAL = /^the\s+(?:[\p{Ll}\d-]+\s+){0,2}(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

/** A tabloid's "mum-of-two", "grandfather-of-five": a kin word, "of" and how many. */
const KIN_COMPOUND = /^(\p{Ll}+)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/u;
/** The same written apart ("the mother of four"). */
const KIN_OF_COUNT = /\b(\p{Ll}+) of (one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gu;

/**
 * The text with each kin word, "of" and a count written apart joined as the tabloid's compound ("The mother
 * of four said" → "The mother-of-four said"); of the same length, so places in it stay where they were.
 */
export function withKinCountsJoined(text: string): string {
  return text.replace(KIN_OF_COUNT, (all, kin: string, count: string) =>
    KIN_WORDS.has(kin) ? `${kin}-of-${count}` : all,
  );
}

/**
 * "Aldermoor's chief executive", "the union's general secretary", "the dealers’ chairman": whose role it is,
 * then the role.
 */
const POSSESSIVE_ROLE = /^(?:the\s+)?(\p{L}[\p{L}-]*)(?:['\u2019]s|(?<=s)['\u2019])\s+(\p{Ll}.*)$/u;

/** A plural's possessive ("the traders' leader"), no one's ("the union's leader"). */
const GROUP_POSSESSIVE = /^(?:the\s+)?\p{L}[\p{L}-]*s['\u2019]\s/u;

/** "the Wanderers manager", "the White House spokesman": capitalised words of a body, then a role. */
const BODY_ROLE =
  /^[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,2})(\p{Ll}[\p{Ll}-]*)$/u;

/** "the President", "the Prime Minister", "the Mayor-elect": up to three capitalised words after "the". */
const CAPITALISED_ROLE = /^the\s+((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+(?:-(?:elect|designate))?)$/u;

/** "the Conservative MP", "the CEO": a role noun written as initials, last in the phrase. */
const INITIALS_ROLE = /(^|\s)(\p{Lu}{2,4})$/u;
/** "the PAHO Director", "and the Director": a role noun capitalised as a title is, last in the phrase. */
const CAPITALISED_HEAD = /(^|\s)(\p{Lu}\p{Ll}+)$/u;
/** A phrase opening with "the" (maybe after "and"/"but"), where a capitalised role noun is a role. */
const DEFINITE = /^(?:(?:and|but)\s+)?the\s/i;
/** "the former Conservative minister": a qualifier of the office before the body it serves. */
const BODY_AFTER_QUALIFIER = /^([Tt]he\s+)(former|acting|interim|outgoing|then|ex)\s+(?=\p{Lu})/u;

/** The phrase with its last word, which `last` matches, in lower case when that is a role noun. */
function withRoleInLowerCase(phrase: string, last: RegExp): string | undefined {
  const m = last.exec(phrase);
  const word = m?.[2]?.toLowerCase();
  // "the SP", "the DM": an office written as its initials, spelled out.
  const spelled = m ? spelledRole(m[2] as string) : undefined;
  if (m && spelled !== undefined) return `${phrase.slice(0, m.index)}${m[1]}${spelled}`;
  return m && word !== undefined && ROLE_WORDS.has(word)
    ? `${phrase.slice(0, m.index)}${m[1]}${word}`
    : undefined;
}

/** "her spokesperson", "His lawyer": a role of the person a possessive pronoun names. */
const PRONOUN_POSSESSOR = /^(?:his|her|their)\s/i;

/** `roleNominal`, and else the phrase with a capitalised role noun at its end read in lower case. */
function roleOrTitledRole(phrase: string): SpeakerRef | undefined {
  const role = roleNominal(phrase);
  if (role?.kind === 'role' && PRONOUN_POSSESSOR.test(phrase)) return { ...role, ofPronoun: true };
  if (role) return role;
  // Only after "the" ("said King" is a name, "the King" a role).
  const lowered = DEFINITE.test(phrase) ? withRoleInLowerCase(phrase, CAPITALISED_HEAD) : undefined;
  return lowered === undefined ? undefined : roleNominal(lowered);
}

/** A possessive opening a sentence, capitalised ("His son", "Her lawyer"). */
const OPENING_POSSESSIVE = /^(?:His|Her|Their)(?=\s)/;

/** "the actress", "the union leader", "the 29-year-old": a role noun that refers back to a named person. */
function roleNominal(written: string): SpeakerRef | undefined {
  // "His son added:" opening a sentence is "his son".
  // "The mother of four said" is the tabloid's "mother-of-four", not a mother of some field.
  const opened = withKinCountsJoined(written.replace(OPENING_POSSESSIVE, (word) => word.toLowerCase()));
  const phrase = withRoleInLowerCase(opened, INITIALS_ROLE) ?? opened;
  const qualified = BODY_AFTER_QUALIFIER.exec(phrase);
  if (qualified) {
    const role = roleNominal(`${qualified[1]}${phrase.slice(qualified[0].length)}`);
    if (role?.kind !== 'role') return role;
    const office = [...(role.office ?? []), (qualified[2] as string).toLowerCase()];
    return OFFICE_QUALIFIERS.has(office[office.length - 1] as string) ? { ...role, office } : role;
  }
  // "the director of football", "the head of communications": a role and the field it covers, which tells
  // two holders of the role apart as a modifier does ("the football director").
  const field = ROLE_OF_FIELD.exec(phrase);
  if (field) {
    const role = roleNominal(field[1] as string);
    if (role?.kind !== 'role') return undefined;
    const fieldWords = (field[2] as string).split(/\s+/).filter((w) => MODIFIER.test(w));
    return { ...role, modifiers: [...(role.modifiers ?? []), ...fieldWords] };
  }
  const possessive = POSSESSIVE_ROLE.exec(phrase);
  if (possessive) {
    const role = roleNominal(`the ${possessive[2]}`);
    if (role?.kind !== 'role') return undefined;
    const owner = possessive[1] as string;
    // "the traders' leader": a group in lower case whose role it is, which describes the role as "the
    // traders leader" does (its holder's role names the traders), where "Kim's sister" is someone's.
    if (GROUP_POSSESSIVE.test(phrase) && /^\p{Ll}/u.test(owner))
      return { ...role, modifiers: [...(role.modifiers ?? []), owner] };
    return { ...role, qualifier: owner.toLowerCase() };
  }
  // "the Wanderers manager", "the Labour leader": a role qualified by the body it serves, which tells two
  // holders of the role apart as "Aldermoor's chief executive" does.
  // ("the senior IPS officer": lower-case words before the body qualify the role.)
  const body = BODY_ROLE.exec(phrase);
  if (body) {
    const role = roleNominal(`the ${body[1]}${body[3]}`);
    // (Its distinctive word: "the Liberal Party deputy" is told apart by "liberal", not "party".)
    const words = (body[2] as string)
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase());
    const qualifier = words.findLast((w) => !ORG_WORDS.has(w)) ?? words.at(-1);
    return role?.kind === 'role' && !role.demonym && qualifier ? { ...role, qualifier, body: true } : role;
  }
  // "a driver", "one diplomat": someone new and unnamed, who refers back to no one.
  if (/^(?:a|an|one|another)\s/i.test(phrase)) return undefined;
  // "The premier" opening a sentence is the same role as "the premier".
  const demonym = DEMONYM_NOMINAL.exec(phrase.replace(/^The\s/, 'the '))?.[1]?.toLowerCase();
  if (demonym !== undefined && DEMONYMS.has(demonym)) {
    const gender = /man$/.test(demonym) ? 'm' : /woman$/.test(demonym) ? 'f' : undefined;
    return { kind: 'role', noun: demonym, demonym: true, ...(gender ? { gender } : {}) };
  }
  // "the President", "the Prime Minister": a title capitalised as some papers write it is the same role.
  const capitalised = CAPITALISED_ROLE.exec(phrase.replace(/^The\s/, 'the '))?.[1];
  if (capitalised !== undefined) {
    const words = capitalised.toLowerCase().split(/\s+/);
    const head = withoutElect(words[words.length - 1] as string);
    const known = (w: string) => isRoleNoun(w) || TITLE_WORDS.has(w);
    if (!words.slice(0, -1).every(known) || !isRoleNoun(head)) return undefined;
    return roleNominal(`the ${words.slice(0, -1).concat(head).join(' ')}`);
  }
  const nominal = ROLE_NOMINAL.exec(phrase.replace(/^The\s/, 'the '))?.[1];
  if (nominal === undefined) return undefined;
  // "the mum-of-two", "the father-of-three": the kin word is the role; "the mayor-elect" is a mayor.
  const head = withoutElect(KIN_COMPOUND.exec(nominal)?.[1] ?? nominal);
  // ("the 58-year-old replied": the age says whom, where the article gives it.)
  const aged = AGE_WORD.exec(head)?.[1];
  if (aged !== undefined) return { kind: 'role', noun: 'year-old', age: Number(aged) };
  const gender = GENDERED_ROLES.get(head);
  if (!ROLE_WORDS.has(head) && !gender) {
    // "the 24-year-old guard": an age says a person the report has named, whatever the noun after it.
    // ("the 62-year-old timberman": and a noun in "-man" or "-woman" says a gender.)
    if (!AGED_NOMINAL.test(phrase)) return undefined;
    const compound = compoundGender(head);
    const years = AGE_IN_PHRASE.exec(phrase)?.[1];
    return {
      kind: 'role',
      noun: 'year-old',
      ...(compound ? { gender: compound } : {}),
      ...(years !== undefined && compound ? { age: Number(years) } : {}),
    };
  }
  const before = phrase
    .replace(/^the\s/i, '')
    .split(/[\s,]+/)
    .slice(0, -1);
  const office = before.filter((w) => OFFICE_QUALIFIERS.has(w));
  const modifiers = before.filter((w) => MODIFIER.test(w));
  const age = before.map((w) => AGE_WORD.exec(w)?.[1]).find((a) => a !== undefined);
  return {
    kind: 'role',
    noun: head,
    ...(gender ? { gender } : {}),
    ...(office.length > 0 ? { office } : {}),
    ...(modifiers.length > 0 ? { modifiers } : {}),
    ...(age !== undefined ? { age: Number(age) } : {}),
  };
}

/** "the director of football": a role, then "of" and one or two lower-case words (no article: "of the museum" names a body). */
const ROLE_OF_FIELD =
  /^([Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+of\s+((?!(?:the|a|an|his|her|their|its|this|that)\s)[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)$/u;

/** The age in a phrase ("the 62-year-old timberman": 62). */
const AGE_IN_PHRASE = /\b(\d{1,3})-year-old\b/;
/** Words ending in "man" that name no man. */
const NOT_A_MAN: ReadonlySet<string> = new Set(['human', 'shaman', 'caiman', 'talisman', 'ottoman', 'woman']);
/** The gender a compound in "-man" or "-woman" says ("timberman", "fisherwoman"); undefined for others. */
function compoundGender(noun: string): Gender | undefined {
  if (/^[a-z]{2,}woman$/.test(noun)) return 'f';
  return /^[a-z]{3,}man$/.test(noun) && !NOT_A_MAN.has(noun) ? 'm' : undefined;
}

/** An age written before a role's noun ("52-year-old"). */
const AGE_WORD = /^(\d{1,3})-year-old$/;

/** A lower-case word of three letters or more: what a role's modifier may be ("union", "former"). */
const MODIFIER = /^\p{Ll}{3,}$/u;

/** "the 24-year-old guard", "the 29-year-old centre": an age, then what the person is. */
const AGED_NOMINAL = /^the\s+\d+-year-old(?:\s+[\p{L}-]+){1,2}$/iu;

/**
 * Speaker phrases recur across a corpus ("he said", "Pompeo said"): each distinct one is read once per
 * reader, which lives for one build.
 */
export class SpeakerPhrases {
  readonly #read = new Map<string, SpeakerRef | undefined>();

  read(raw: string): SpeakerRef | undefined {
    if (this.#read.has(raw)) return this.#read.get(raw);
    const ref = readSpeakerPhrase(raw);
    this.#read.set(raw, ref);
    return ref;
  }
}

/** A member of a legislature named by its office ("the Member of the Senedd", "the member of parliament"). */
const MEMBER_OF_LEGISLATURE = new RegExp(`^the\\s+(?:local\\s+)?${MEMBER_OF_LEGISLATURE_PATTERN}$`, 'iu');

/**
 * "But the governor also warned", "And his lawyer said", "…, where the Hungarian said", "as Ms Roe put it",
 * "Later the spokeswoman said": a conjunction or an adverb of time opening the clause is no one's.
 */
const SUBORDINATORS = 'where|when|whereupon|as|after|because|while|although|though|since|once|until';
const CONJUNCTION_BEFORE_DETERMINER = new RegExp(
  `^(?:but|and|yet|so|then|later|earlier|afterwards|now|still|again|${SUBORDINATORS})\\s+(?=(?:the|his|her|their|its)\\s)`,
  'i',
);
/** "…, when Ms Roe said", "while Tom Hale said": a subordinating conjunction (in lower case) before a name. */
const SUBORDINATOR_BEFORE_NAME = new RegExp(`^(?:${SUBORDINATORS})\\s+(?=\\p{Lu})`, 'u');

/**
 * Reads who a speaker phrase names. A single name that an article uses as a place ("Washington said") is
 * read here as a person: the article's chains tell (see quotes/attribute.ts). Undefined when it names nobody.
 */
export function readSpeakerPhrase(raw: string): SpeakerRef | undefined {
  let phrase = cleanPhrase(raw)
    .replace(CONJUNCTION_BEFORE_DETERMINER, '')
    .replace(SUBORDINATOR_BEFORE_NAME, '');
  for (let i = 0; i < 2 && CONTAINER.test(phrase); i++) phrase = phrase.replace(CONTAINER, '');
  phrase = withoutAffiliation(phrase);
  if (phrase === '' || !/\p{L}/u.test(phrase)) return undefined;
  // "He’ll say", "She'd said": a subject pronoun with an auxiliary run on is the pronoun.
  const uncontracted = withoutContraction(phrase);
  if (uncontracted !== phrase && /^(?:he|she|they)$/i.test(uncontracted)) phrase = uncontracted;
  if (PRONOUN.test(phrase))
    return { kind: 'pronoun', pronoun: phrase.toLowerCase() as 'he' | 'she' | 'they' };
  // "her statement said", "his letter read": the words of whoever "her" or "his" is.
  const writing = OWN_WRITING.exec(phrase);
  if (writing)
    return { kind: 'pronoun', pronoun: (writing[1] as string).toLowerCase() === 'his' ? 'he' : 'she' };
  // "Marta Ruiz's statement said": the words of the one whose they are.
  const namedWriting = NAMED_WRITING.exec(phrase);
  if (namedWriting) return readSpeakerPhrase(namedWriting[1] as string);
  // "His Excellency said", "Her Highness told them": how a minister, envoy or royal is addressed, which
  // names no office: the person the sentences before are about, as "he" or "she".
  const courtesy = COURTESY_ADDRESS.exec(phrase);
  if (courtesy) return { kind: 'pronoun', pronoun: courtesy[1] === 'Her' ? 'she' : 'he' };
  // "the Member of the Senedd said", "the member of parliament": a legislator, as "the MP" is.
  if (MEMBER_OF_LEGISLATURE.test(phrase)) return { kind: 'role', noun: 'mp' };
  // "Her Honour told him", "His Lordship said": how a judge is addressed, the judge the article named.
  const address = FORM_OF_ADDRESS.exec(phrase);
  if (address) {
    const noun = FORMS_OF_ADDRESS.get((address[2] as string).toLowerCase()) as string;
    return { kind: 'role', noun, gender: /^her$/i.test(address[1] as string) ? 'f' : 'm' };
  }
  const role = roleOrTitledRole(phrase);
  if (role) return role;
  const tokens = phraseTokens(phrase);
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  const holder = titleHolder(tokens);
  if (holder) return holder;
  // "The office declined to comment on a document it said was …": the speaker is the pronoun that ends a
  // clause, not the clause.
  if (tokens.length > 1 && /^(?:it|they)$/i.test(tokens[tokens.length - 1] as string)) return undefined;
  let start = trailingRun(tokens);
  while (start < tokens.length - 1 && isWhen(tokens, start)) start++;
  // "The Civil Aviation Directorate said": a capitalised "The" opening the run is the article of a body's
  // name (no person is "The …"; "The Hague" said nothing either: its court or its government did).
  const leadingThe = tokens[start] === 'The' && start < tokens.length - 1;
  if (leadingThe) start++;
  const before = tokens.slice(0, start);
  // "an Iowa Republican predicted", "a Labour MP said": someone the article leaves unnamed.
  if (INDEFINITE.test(before[before.length - 1] ?? '') && start < tokens.length) return undefined;
  // "Within an hour of the announcement Kovar wrote": a phrase of time or place before the subject, its
  // comma left out, says nothing of who the name is (but "In a statement the Bank of England said" is the
  // bank's).
  const opening = OPENING_PREPOSITION.test(before[0] ?? '');
  // "Nuala Grealish TD", "Ann Hale MP": letters after a full name that are also titles end it (not "the South
  // Korean MP", a nationality).
  const named = endBeforePostNominals(tokens, start + 1);
  const end = DEMONYMS.has(tokens.slice(start, named).join(' ').toLowerCase()) ? tokens.length : named;
  // "Minister of Employment and Labor Kim Min-jun": the run after "and" goes on with the office's body, and
  // the name is at its end (from an honorific, else its last two words).
  if (end - start >= 3 && endsInOfficeBody(before)) {
    const run = tokens.slice(start, end);
    return { kind: 'person', tokens: splitTitle(run.slice(nameAfterOfficeBody(run))).name };
  }
  const { title, name } = splitTitle(tokens.slice(start, end));
  // "Bank of England Governor Andrew Bailey": a title right before a full name makes the body named before
  // it (capitalised words and "of") the one the person serves; "The office of President X" is the office's.
  const titledPerson =
    name.length >= 2 &&
    title.length > 0 &&
    before.every((t) => /^\p{Lu}/u.test(t) || BODY_NAME_JOINER.test(t));
  // "University of Port Ellery political scientist Professor Alan Whitcombe", "Bank of England economist
  // Jane Roe": a role noun right before the full name makes the body before it the one the person works for.
  const roleOfBody = name.length >= 2 && isRoleNoun((before.at(-1) ?? '').toLowerCase());
  const ofBody = opening
    ? BODY_PREPOSITION.test(before[before.length - 1] ?? '')
    : before.some((t) => BODY_PREPOSITION.test(t)) &&
      !(name.length >= 2 && isRoleOfField(before)) &&
      !titledPerson &&
      !roleOfBody;
  while (name.length === 1 && isParticle(name[0] as string)) name.shift();
  // "Imelda Cour KC said": letters after a name are no part of it.
  name.splice(endBeforePostNominals(name));
  // "Audio played at the inquest records Pruitt shouting:": the one a verb of hearing or seeing shows
  // speaking, not a body the words before it name.
  if (title.length === 0 && name.length > 0 && PERCEPTION_VERBS.has(before.at(-1) ?? '') && !hasOrgWord(name))
    return { kind: 'person', tokens: name };
  const institutional =
    name.length === 0 ||
    hasOrgWord(name) ||
    looksLikePlace(name) ||
    ofBody ||
    // "the Federal Reserve": a name right after "the", with no title, is an institution's.
    (title.length === 0 && before[before.length - 1]?.toLowerCase() === 'the');
  if (institutional) {
    // ("broadcast an audio clip in which a man police now": a clause, not a body with no name.)
    if (name.length === 0 && (!UNNAMED_HEAD.test(phrase) || UNNAMED_BODY_CLAUSE.test(phrase)))
      return undefined;
    // "In a statement the Bank of England": the body after the opening phrase; "the developer Pellworth
    // Homes": the body's name, without what it is.
    const last = before[before.length - 1] ?? '';
    const described =
      name.length > 0 &&
      /^\p{Ll}/u.test(last) &&
      !BODY_PREPOSITION.test(last) &&
      !/^(?:the|a|an)$/.test(last);
    const from = opening
      ? before.findLastIndex((t) => /^\p{Ll}/u.test(t) && !BODY_PREPOSITION.test(t)) + 1
      : described
        ? start
        : 0;
    const body = (from > 0 ? tokens.slice(from).join(' ') : phrase).replace(/^(?:the|a|an|one) /i, '');
    // "said in a statement": an opening phrase with no body after it names no one.
    return body === '' ? undefined : { kind: 'org', name: body };
  }
  // Several people ("Trump and Kim said") cannot be one speaker, nor a lone initial ("A") or a capitalised
  // common word ("Asked").
  const lone = name.length === 1 ? (name[0] as string) : undefined;
  const loneWord = lone?.toLowerCase().replace(/\.$/, '');
  if (
    namesSeveral(phrase, tokens, start) ||
    (lone &&
      (lone.length < 2 || FUNCTION_WORDS.has(loneWord as string) || CALENDAR_WORDS.has(loneWord as string)))
  )
    return undefined;
  // "the chief executive" → "chief executive"; "director of the museum" keeps its "the".
  const roleWords = [
    ...(opening ? [] : before).filter(
      (t, i) =>
        (i > 0 || !/^(?:the|a|an)$/i.test(t)) && !CALENDAR_WORDS.has(t.replace(/,$/, '').toLowerCase()),
    ),
    ...title,
  ].join(' ');
  return { kind: 'person', tokens: name, ...(roleWords ? { role: roleWords } : {}) };
}

/** Words that may stand before a title ("but Acting U.S. Attorney …", "former Minister …"). */
const BEFORE_TITLE = /^(?:but|and|former|acting|then|\p{Lu}[\p{L}.]*)$/u;
/** How many words may stand before the title ("Acting U.S. Attorney"). */
const MAX_BEFORE_TITLE = 3;

/**
 * "Attorney General of New York Letitia James", "but Acting U.S. Attorney for the District of Massachusetts
 * Joshua Levy": a title, "of" or "for" and the body it serves, then the holder's name (see people/names.ts
 * `nameAfterBody`); undefined for any other phrase.
 */
function titleHolder(tokens: readonly string[]): SpeakerRef | undefined {
  const title = tokens.findIndex((t) => /^\p{Lu}/u.test(t) && isTitle(t));
  if (title < 0 || title > MAX_BEFORE_TITLE || !tokens.slice(0, title).every((t) => BEFORE_TITLE.test(t)))
    return undefined;
  const body = tokens.findLastIndex((t) => BODY_PREPOSITION.test(t) && t === t.toLowerCase());
  if (body <= title) return undefined;
  const from = tokens[body + 1] === 'the' ? body + 2 : body + 1;
  const run = tokens.slice(from);
  if (!run.every((t) => /^\p{Lu}/u.test(t))) return undefined;
  const k = nameAfterBody(run);
  const name = run.slice(k);
  if (k === 0 || name.length > 3 || hasOrgWord(name)) return undefined;
  const role = tokens.slice(0, from + k).filter((t) => !/^(?:but|and)$/.test(t));
  return { kind: 'person', tokens: name, role: role.join(' ') };
}

/**
 * "Trump and Kim", "Ms Hale & Mr Ruiz": several people, who cannot be one speaker. Two roles joined before one
 * name are one person's ("co-founder and CEO John Mackey", "chairman and chief executive Ann Lee").
 */
function namesSeveral(phrase: string, tokens: readonly string[], nameStart: number): boolean {
  if (!/\s(?:and|&)\s/.test(phrase)) return false;
  // "minister of mines and energy Tom Alweendo": the "and" joins the fields of one role.
  if (isRoleOfField(tokens.slice(0, nameStart))) return false;
  const and = tokens.indexOf('and');
  if (jointPlaceName(tokens, and)) return false;
  if (phrase.includes('&') || and < 1 || and >= nameStart || tokens.indexOf('and', and + 1) >= 0) return true;
  // "the mayor and deputy mayor Tom Reed" may be two people: a determiner before the roles says so.
  if (tokens.slice(0, and).some((t) => /^(?:the|a|an)$/i.test(t))) return true;
  const before = (tokens[and - 1] as string).toLowerCase();
  const after = tokens[and + 1] as string;
  return !(ROLE_WORDS.has(before) && (ROLE_WORDS.has(after.toLowerCase()) || isTitle(after)));
}

/** Titles of someone elected for a place ("MP", "Senator"): a pair of places before one names their seat. */
const REPRESENTS_PLACE =
  /^(?:MPs?|MSP|MLA|MEP|TD|AM|MHK|Senator|Sen\.?|Rep\.?|Representative|Councillor|Cllr\.?|Mayor|Assemblyman|Assemblywoman|Assemblymember|Congressman|Congresswoman)$/;

/**
 * "Ashcombe and Fenbury MP Nadia Khoury": the "and" joins two place names that together name what the one
 * title holder serves (a constituency, a council), when a capitalised word that is no title stands on each
 * side of it and the title of someone elected for a place and a full name follow ("Reed and Mayor Jane Doe"
 * is two people, and so is "Pompeo and North Korean Leader Kim Jong Un").
 */
export function jointPlaceName(tokens: readonly string[], and: number): boolean {
  if (and < 1 || and > 3 || tokens.indexOf('and', and + 1) >= 0) return false;
  const capitalised = (t: string | undefined) => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t) && !isTitle(t);
  if (!tokens.slice(0, and).every(capitalised) || !capitalised(tokens[and + 1])) return false;
  const title = tokens.findIndex((t, i) => i > and + 1 && REPRESENTS_PLACE.test(t));
  return (
    title > 0 && tokens.length - title - 1 >= 2 && tokens.slice(and + 1).every((t) => /^\p{Lu}/u.test(t))
  );
}

/**
 * "director of telecoms research", "deputy head of policy": a role noun, "of" and the field it covers, all in
 * lower case. A full name after it is the holder ("director of telecoms research Tony Lavender said"), not a
 * body the way "a spokesman for the Ministry" names one.
 */
function isRoleOfField(words: readonly string[]): boolean {
  const of = words.indexOf('of');
  if (of < 1 || of === words.length - 1 || !ROLE_WORDS.has((words[of - 1] as string).toLowerCase()))
    return false;
  return (
    words.every((w) => /^\p{Ll}/u.test(w)) &&
    !words.slice(of + 1).some((w) => BODY_PREPOSITION.test(w)) &&
    !/^(?:the|a|an)$/.test(words[words.length - 1] as string)
  );
}

/** Whether a word is a title such as "President" (the lexicon's, for callers outside people/). */
export function isTitleWord(token: string): boolean {
  return isTitleForm(token.toLowerCase().replace(/[.\u2019']/g, '')) || RANK_ABBREVIATIONS.has(token);
}
