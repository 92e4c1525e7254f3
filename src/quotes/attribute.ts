/**
 * Quote attribution for one article. Quotations are found in the article's quoting style, each is given
 * the speaker its cue names ("…," said X / X said: "…" / according to X / "…," she said / "…," the actress
 * said), and the cue is resolved through the article's chains of mentions: a surname or "Ms X" to the full
 * name, a pronoun to the nearest person of that gender who is the subject of the text before it (not the
 * last speaker), a role to the person the article gave that role. Precision first: a quote whose speaker
 * no rule establishes stays unattributed.
 */
import { BRACKETED_ASIDE, DASH_CREDIT, FIRST_PERSON_WORD, NAME_CREDIT } from '../corpus/clean.ts';
import { abbreviationDots, sentenceStarts } from '../corpus/sentences.ts';
import {
  ANONYMOUS_ROLES,
  CHILD_KIN,
  CALENDAR_WORDS,
  DEMONYMS,
  FUNCTION_WORDS,
  KIN_WORDS,
  LIFE_STAGES,
  NAMING_VERBS,
  PARENT_KIN,
  OCCUPATION_WORDS,
  PAST_ROLE_WORDS,
  PORTFOLIO_SPOKESPERSON,
  RELATIONAL_ROLES,
  SPOUSE_KIN,
  SIBLING_KIN,
  LEGISLATOR_NOUNS,
  spelledRole,
  ORG_WORDS,
  PARTY_WORDS,
  PLURAL_DEMONYMS,
  RELATIVE_AGE_WORDS,
  ROLE_WORDS,
  TITLE_ABBREVIATIONS,
  SPEECH_VERB_WORDS,
  SUBORDINATORS,
  UNNAMED_PEOPLE,
  GENDERED_ROLES,
  GIVEN_NAME_GENDERS,
  HONORIFICS,
  type Gender,
  TIME_OPENERS,
  WRITING_NOUNS,
  isRoleNoun,
} from '../lexicon/index.ts';
import {
  agesAgree,
  abbreviates,
  type ArticleEntity,
  type ArticlePeople,
  findArticlePeople,
  genderOf,
  givenAndInitial,
  heldOnlyInPast,
  isElder,
  type LinkedName,
} from '../people/chains.ts';
import { type MentionScanner, PRONOUNS, type PronounKind } from '../people/mentions.ts';
import {
  compactKey,
  endsWithTokens,
  foldToken,
  isParticle,
  looksLikePlace,
  nameCore,
  sameFullName,
  shortensGivenName,
  surnameOf,
} from '../people/names.ts';
import { comparable, escapeRegExp, isStopword, titleCased, WORD_END, wordCount } from '../text/normalize.ts';
import { findQuoteSpans, findSingleQuoteSpans, type QuoteSpan } from '../text/quoteSpans.ts';
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  introducedBySpeechVerb,
  attributionLeading,
  attributionTrailing,
  PASSIVE_ADVERB,
  responseBefore,
  sentenceSubject,
  TIME_PHRASE_BEFORE_SUBJECT,
} from './cues.ts';
import {
  hasInterview,
  type InterviewLayout,
  interviewLayout,
  labelOwner,
  PARTY_TAG,
  QUESTION_OPENING,
} from './interview.ts';
import {
  isTitleWord,
  namedWritingAuthor,
  type SpeakerRef,
  SpeakerPhrases,
  withKinCountsJoined,
} from './speakerPhrase.ts';

/** Who a quote is attributed to: a person (an entity of the article's people), an organisation, or nobody. */
export type QuoteSpeaker = { kind: 'entity'; entity: number } | { kind: 'org'; name: string } | undefined;

export interface RawQuote {
  paragraph: number;
  text: string;
  speaker: QuoteSpeaker;
  /** Which rule attributed it (for tests and debugging). */
  rule: string;
}

export interface AttributedArticle {
  people: ArticlePeople;
  quotes: RawQuote[];
}

/** What attribution reads of an article. */
export interface QuotedArticle {
  readonly id: string;
  readonly paragraphs: readonly (readonly string[])[];
  /** The headline: an interview's answers are the words of the person it names. */
  readonly title?: string;
  /** The summary under the headline, which may name in full someone the text calls by surname only. */
  readonly standfirst?: string;
}

/** Quotes of at most this many words are fragments (scare quotes): kept, but ranked below full quotes. */
export const FRAGMENT_WORDS = 2;
const MAX_QUOTE_CHARS = 2000;
/** How many paragraphs back "the council said" may find the council's name. */
const ORG_REACH = 2;
/** Nouns for an organisation that its name need not carry: "Veltra said … “…,” the company said." */
const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set(
  'company firm operator carmaker manufacturer group business insurer lender retailer airline utility'.split(
    ' ',
  ),
);
/** The capitalised words of a text ("HIIA", "Tarnbury"), two letters or more, function and calendar words aside. */
function capitalisedWords(text: string): string[] {
  return [...text.matchAll(/(?<=^|[\s(])\p{Lu}\p{L}+/gu)]
    .map((m) => m[0])
    .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !CALENDAR_WORDS.has(w.toLowerCase()));
}

/** Nothing, or a definite role before a name that opens a sentence ("The chair, ", "The returning officer is "). */
const ROLE_BEFORE_NAME = /^(?:(?:the|its|their)\s+[\p{Ll}\s'\u2019-]{2,40}(?:,|\s(?:is|was))\s*)?$/iu;

/** Whether a name holds `part` as consecutive words after its first, letter case aside ("Tomás de Lemos Núñez"). */
function holdsTokens(name: readonly string[], part: readonly string[]): boolean {
  const folded = name.map((t) => t.toLowerCase());
  const wanted = part.map((t) => t.toLowerCase());
  for (let i = 1; i + wanted.length <= folded.length; i++)
    if (wanted.every((w, k) => folded[i + k] === w)) return true;
  return false;
}

/** A role phrase opening a sentence that names the body it serves ("The chief executive of the Insomnia Support Network"). */
const ROLE_OF_NAMED_BODY =
  /^\s*The\s+[\p{Ll}\s-]{2,40}?\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'\u2019&-]*\s*){1,6})/u;

/** A third-person pronoun of a person ("her permission", "he said"). */
const THIRD_PERSON = /\b(?:he|she|his|her|him)\b/i;
/** A paragraph whose last words are a quoted question ("… “Do you dispute that?”"). */
const ENDS_ON_QUESTION = /\?["\u201D\u2019]\s*$/u;
/** Before a name called in a quotation: a comma, or the quotation's opening mark ("“Dr Tran, …"). */
const VOCATIVE_BEFORE = /(?:,|["\u201C\u2018])\s*$/u;
/**
 * After a name called in a quotation: a comma or the sentence's end ("…, Dr Tran, that", "…, Mr Hale?",
 * "You weren't on set, Mrs Hart.").
 */
const VOCATIVE_AFTER = /^\s*[,?.!]/u;
/**
 * An opening clause that puts a question to the main clause's subject, the question's subject a pronoun
 * ("Asked what she would tell owners", "When asked whether he would resign"); not a pronoun further in
 * ("Asked about the order the minister said she will sign").
 */
const ASKED_OPENING =
  /^(?:when\s+)?asked\s+(?:[\p{Ll}]+\s+){0,2}?(?:what|whether|if|how|why|when|where|who)\s+(he|she)\b/iu;
/** What closes a paragraph after a question: its cue with "asked" and nothing more ("” Ms Carey asked."). */
const ASKED_CUE_ENDS = /^\W*(?:[\p{L}.'\u2019-]+\s+){1,4}asked(?:\s+[\p{L}]+){0,2}[.!]?\s*$/u;
/** A relative clause ("the message in which she wrote", "a friend whom she told"). */
const RELATIVE_CLAUSE = /\b(?:in which|in whom|whom|whose)\b/;
/** How many paragraphs back a pronoun may find its person. */
const PRONOUN_REACH = 2;
/** Nouns of someone unnamed after "a", "one" or "another": an anonymous role, or a person met in passing. */
const UNNAMED_NOUNS = [...ANONYMOUS_ROLES, ...UNNAMED_PEOPLE].join('|');
/** A lede bringing someone in by role, unnamed: "A town-hall clerk told …", "An aid worker in Gaza said …". */
const LEDE_BY_ROLE =
  /^An?\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:(?:from|in|at|of|with)\s+[^,.;]{1,60}?\s+)?(?:has\s+|have\s+)?(?:told|said|says|tells|testified|described|claimed|alleged|warned)\b/u;
/**
 * A sentence handing over to a document of a body, by a word for the body ("Here is the association’s
 * statement in full, in our translation:", "Below is the club's letter:"): not the words of a person the
 * paragraph names.
 */
const BODYS_DOCUMENT =
  /^(?:Here\s+is|Here['\u2019]s|Below\s+is|The\s+following\s+is)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:association|federation|club|company|ministry|department|council|board|party|union|court|commission|committee|agency|government|league|authority|police|firm|group)['\u2019]s?\s+(?:full\s+)?(?:statement|letter|release|notice|ruling|decision|message|text)\b[^:]*:\s*$/u;
/** "a source close to the talks", "an official", "one diplomat": someone unnamed who may be speaking. */
const UNNAMED_SOURCE = new RegExp(
  `\\b(?:an?|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${UNNAMED_NOUNS})s?\\b`,
  'iu',
);
/**
 * Someone unnamed brought in with a relative clause, anywhere in a sentence: "an email from a constituent in
 * Lochboisdale who runs a small bakery", "a nurse, who asked …" (what "she writes" next refers to).
 */
const INTRODUCED_UNNAMED = new RegExp(
  `\\b(?:an?|another)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${UNNAMED_NOUNS})(?:\\s+(?:in|from|at|near)\\s+(?:\\p{Lu}[\\p{L}'\u2019-]*\\s*){1,3})?,?\\s+who\\b`,
  'u',
);
/** "The wife of one of the injured men", "The mother of a pupil": the role or relative of someone unnamed. */
const ROLE_OF_SOMEONE_UNNAMED =
  /^\W*The\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+of\s+(?:one of|an?|another|some|several|two|three|four)\s/u;
/** An unnamed person opening a sentence as its subject ("One firefighter from the county, …") … */
const OPENS_UNNAMED = new RegExp(
  `^\\W*(?:(?:but|and|yet)\\s+)?(?:an?|one|another)\\s+(?:\\p{Lu}?[\\p{Ll}-]+\\s+){0,3}(?:${UNNAMED_NOUNS})s?\\b`,
  'iu',
);
/** A copula and a name of two words or more after it ("… was Gérald Cormier"). */
const IS_NAMED = /^\s+(?:was|is)\s+\p{Lu}[\p{L}'\u2019.-]+\s+\p{Lu}/u;
/** "Premier, it's ", "Hi, this is ", "My name is ": the opening of words whose speaker says who they are. */
const SAYS_WHO_SPEAKS =
  /^(?:[\p{L} .'’-]{1,30},\s+)?(?:it['’]s|it is|this is|my name is|i['’]m|i am)\s+(?=\p{Lu})/iu;
/** What follows a name a speaker gives as their own: a stop, a comma, "and" or "from". */
const SELF_NAME_END = /^(?:[,.;!?]|\s+(?:and|from|here)\b)/u;
/** Words that end on a question or hold a sentence that does ("Asked by whom? Say it plainly."). */
const PUTS_QUESTION = /\?(?:["'\u201D\u2019]?\s|$)/u;
/** A capitalised word (after the first): a clause that may name someone. */
const HAS_CAPITAL = /\p{Lu}/u;
/** An indefinite article opening a sentence, and the words after it ("An engineer (41), who …"). */
const OPENS_INDEFINITE = /^\W*(?:[Aa]n?|[Aa]nother)\s+((?:\p{Lu}?[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u;

/**
 * Whether a sentence opens with someone unnamed as its subject: "One firefighter from the county", or an
 * indefinite article and a role noun before any preposition ("An engineer (41), who …", "A retired teacher
 * at the school").
 */
function opensUnnamed(text: string): boolean {
  return unnamedOpening(text) !== undefined;
}

/**
 * The noun of someone unnamed opening a sentence ("firefighter", "man"), if one does; after an opening
 * clause that names no one, its main clause ("Asked about the letter, a company spokeswoman said …"; not
 * "For Tayo Roe, a lawyer who …, that came too late", where the phrase after the name is hers).
 */
function unnamedOpening(sentence: string): string | undefined {
  const main = mainClauseStart(sentence);
  const text = HAS_CAPITAL.test(sentence.slice(1, main)) ? sentence : sentence.slice(main);
  const unnamed = OPENS_UNNAMED.exec(text);
  // ("One of those patients was Gérald Cormier, 67, …": the one it opens with is named right after.)
  if (unnamed && IS_NAMED.test(text.slice(unnamed[0].length))) return undefined;
  if (unnamed) return (unnamed[0].trim().split(/\s+/).pop() as string).toLowerCase().replace(/s$/, '');
  const words = OPENS_INDEFINITE.exec(text)?.[1]?.split(/\s+/) ?? [];
  for (const word of words) {
    if (FUNCTION_WORDS.has(word)) return undefined;
    if (isRoleNoun(word)) return word;
  }
  return undefined;
}

/**
 * Whether the unnamed person opening a sentence is of the other gender than a pronoun's: "A masked man
 * rides up behind her shouting …. “…,” she adds" is not his. `pronouns` are those the sentence uses outside
 * quotations ("One firefighter was treated for burns to his hands": all of the other gender say it too).
 */
function unnamedOfOtherGender(
  text: string,
  gender: Gender | undefined,
  pronouns: () => readonly PronounKind[],
): boolean {
  const noun = gender === undefined ? undefined : unnamedOpening(text);
  if (noun === undefined || gender === undefined) return false;
  const stated = GENDERED_ROLES.get(noun);
  if (stated !== undefined) return stated !== gender;
  const [same, other]: [PronounKind, PronounKind] = gender === 'f' ? ['she', 'he'] : ['he', 'she'];
  const used = pronouns();
  return used.includes(other) && !used.includes(same);
}

/** "said in a statement", "in a written statement": how a body speaks. */
const IN_A_STATEMENT = /\bin an? (?:(?:brief|short|written|joint|separate)\s+)?statement\b/i;
/** "who described", "who has long said": a relative pronoun and, within three words, a verb of speech or naming. */
const WHO_SPEAKS = new RegExp(
  `^who(?:\\s+\\p{Ll}+){0,2}?\\s+(?:${[...SPEECH_VERB_WORDS, ...NAMING_VERBS].join('|')})\\b`,
  'u',
);
/** "and " or "but " right before a "who": a relative clause joined to the one before it. */
const COORDINATED_WHO_BEFORE = /\s(?:and|but)\s+$/;
/**
 * ", the Lyon-born actress " before "who": an appositive of up to four words and no preposition, which a
 * restrictive relative clause then describes; the person it is set off after is who the clause is about.
 */
const RESTRICTED_APPOSITIVE =
  /^\s*,\s*(?:the|an?)\s+(?:(?!(?:of|for|with|to|at|in|from|by|on|and|or)\s)[\p{L}'\u2019-]+\s+){0,3}$/u;

/** "a caller from ", "one resident of ": an unnamed person and the preposition before where they are from. */
const UNNAMED_FROM =
  /(?:^|[\s,])(?:an?|one|another)\s+(?:[\p{Ll}-]+\s+){1,3}(?:from|of|in|at|near|outside)\s+$/iu;
/**
 * … unless a name is set off after it ("A spokeswoman for Tidewater Grid, Annika Rhoades, said"), or a first
 * name the article gives alone ("Another student, Carla, said").
 */
const SET_OFF_NAME = /,\s*\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+)*\s*,/u;
/**
 * A sentence whose subject is someone unnamed: it opens with one ("One firefighter from the county, …",
 * "A woman at the cordon said") or says so ("…, who asked not to be named, said", "who was not named", "who
 * declined to give her name", "who asked us not to use her name", "speaking on condition of anonymity").
 */
const UNNAMED_SUBJECT = new RegExp(
  `${OPENS_UNNAMED.source}|\\b(?:ask(?:ed|ing)|request(?:ed|ing)|declin(?:ed|ing)|(?:did|does|do|would) not want|(?:did|does|do)n['\u2019]t want|preferred not) (?:not )?to be (?:named|identified)\\b|\\bnot authori[sz]ed to (?:speak|talk|comment)\\b|\\b(?:was|were|is|are) not (?:named|identified)\\b|\\b(?:has|have|had) not been (?:named|identified)\\b|\\b(?:(?:declined|refused|did not want|would not|did not) (?:to )?give|gave only) (?:his|her|their) (?:full |last |first )?name\\b|\\bgave (?:his|her|their) (?:first )?name only as\\b|\\b(?:asked|requested) (?:us|me|reporters|the \\p{L}+) not to (?:use|publish|print|give) (?:his|her|their) (?:full |last |real )?name\\b|\\bon (?:the )?condition of anonymity\\b`,
  'iu',
);

/** Where a clause coordinated with the one before opens on "the" ("…, and the minister ordered", "; the board"). */
const COORDINATE_CLAUSE = /(?:,?\s+(?:and|but|while|whereas)|;)\s+(?=the\s)/giu;
/** Paragraphs after a role's clause within which a lead names the one holder of that role. */
const LEAD_ROLE_REACH = 3;

/** ", meaning ", ", which translates as ": what introduces the translation of the quotation before. */
const TRANSLATION_BEFORE =
  /,\s*(?:meaning|which means|which translates as|translated as|or, in English,|in English:?)\s*:?\s*$/iu;

/**
 * A paragraph that is a turn of an exchange told in quotations: it opens with the quotation, or with a short
 * cue and a colon before it ("Mr Roe replied: “…”").
 */
const TURN_LED = /^\s*(?:["\u201C]|[^"\u201C\u201D.]{1,60}:\s*["\u201C])/u;

/** Lower-case words before a role noun that make it a particular post ("the duty rescue leader"). */
const PARTICULAR_MODIFIERS = 2;

/**
 * "According to Sæbø,", "According to the skipper's brother, Duncan Mair,": whom a sentence reports; "For
 * Mathieu Esquerré, a cereal grower …, the week ended with what he called …": whom it is about.
 */
const ACCORDING_OPENING = openingPhrase('(?:According to|For)');
/** "For Mathieu Esquerré, a cereal grower …,": whom the sentence is about, and so its "he" or "she". */
const FOR_OPENING = openingPhrase('For');

/** A phrase opening a sentence with `lead` and set off by a comma ("According to Sæbø,"). */
function openingPhrase(lead: string): RegExp {
  return new RegExp(`^\\W*${lead} [^,;:"\u201C]{1,80},`, 'u');
}

/** A preposition before a name, maybe with a role in lower case between ("the trial of founder "). */
const PREPOSITION_OBJECT = /\b(?:of|against|with|for|to|about|from)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A cue that names no one by itself: a role after "the", or a pronoun. */
const UNNAMED_CUE = /^\s*(?:the\s|(?:he|she|they)\b)/i;

/** What may follow a quotation that is the whole sentence: punctuation, and perhaps a short aside in brackets. */
const CLOSES_SENTENCE = new RegExp(
  `^[\\s.,;:!?)\\]"'\u201D\u2019\u00BB]*(?:${BRACKETED_ASIDE}[\\s.]*)?$`,
  'u',
);

/** "chair of the Wexmoor Public Utility Commission": a role (up to three words), "of"/"at", the body. */
/** An office written as its initials ("the REC", "the DPP"): two to five capitals. */
const OFFICE_INITIALS = /^\p{Lu}{2,5}$/u;
/** The same after "the" ("the IG"). */
const DEFINITE_INITIALS = /^[Tt]he (\p{Lu}{2,5})$/u;
/** An office in initials after "the" opening a clause, then a verb ("the DSP said"). */
const INITIALS_SUBJECT = /^\s*[Tt]he (\p{Lu}{2,5})\s+\p{Ll}/u;
/** Where an office's own words end, before the body or place it serves ("… Commissioner in Adaraya State"). */
const OFFICE_ENDS = /^(?:of|in|for|at|to|on|the)$/i;

/**
 * The initials of a role's office ("Resident Electoral Commissioner in Adaraya State" → "rec",
 * "Inspector-General" → "ig"), when its last word before the body is a role noun; '' otherwise.
 */
function roleInitials(role: string): string {
  const words: string[] = [];
  for (const word of role.split(/[\s,]+/)) {
    if (OFFICE_ENDS.test(word)) break;
    words.push(...word.split('-').filter((w) => w !== ''));
  }
  const last = words[words.length - 1]?.toLowerCase();
  return words.length >= 2 && last !== undefined && ROLE_WORDS.has(last)
    ? words.map((w) => w.charAt(0).toLowerCase()).join('')
    : '';
}

const OFFICE_OF_BODY = /^((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+) (?:of|at) (?:the )?(\p{Lu}.*)$/u;

/** "The woman, Ghislaine Roux, 63, said": an unnamed person's noun made definite, the name set off after. */
const RESTATED_UNNAMED = /^\W*The\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+),\s*/u;
/** How many paragraphs on an unnamed person may be named as "The woman, …" (see `#restatedAsNamed`). */
const RESTATED_REACH = 2;

/** How much more often an article's main person of one gender is named than the next. */
const PROTAGONIST_LEAD = 2;

/**
 * Of people counted (named or quoted so many times), the one counted at least `PROTAGONIST_LEAD` times as
 * often as anyone else, if there is one.
 */
function leadingBy<T>(counted: readonly T[], count: (t: T) => number): T | undefined {
  let first: T | undefined;
  let second: T | undefined;
  for (const t of counted)
    if (first === undefined || count(t) > count(first)) [first, second] = [t, first];
    else if (second === undefined || count(t) > count(second)) second = t;
  return first !== undefined && (second === undefined || count(first) >= PROTAGONIST_LEAD * count(second))
    ? first
    : undefined;
}

/** Stands in for an abbreviation's period in masked text ("Sen\u2024 Chuck Schumer"): one char, like "." */
const ABBREVIATION_DOT = '\u2024';

/** A span of time before "after"/"before" ("Two years after Hale first arrived", "a few hours after"). */
const TIME_SPAN_BEFORE =
  '(?:(?:a|an|a few|several|some|just|only|about|barely|\\d+|one|two|three|four|five|six|ten|twenty|forty-eight)\\s+)?(?:hours?|days?|minutes?|weeks?|months?|years?|moments?)\\s+(?:after|before|later|earlier)';

/**
 * A present participle and what it takes opening a sentence ("Announcing the charges outside the court,",
 * "Standing at the cordon,"): a clause whose subject is the main clause's.
 */
const PRESENT_PARTICIPLE =
  '[a-z]{3,}ing\\s+(?:the|a|an|his|her|their|its|to|on|at|in|from|outside|after|with|about|for|up|out|back|beside|alongside|behind|next)';
/**
 * A conjunction or an adverb before an opening clause ("But even before …", "Shortly after …", "And when …"):
 * up to two of them.
 */
/** Past participles not ending "-ed" that open a clause with their agent ("seen by Schools Ledger"). */
const IRREGULAR_PARTICIPLES =
  'seen|written|given|taken|shown|sent|heard|read|drawn|told|won|led|run|made|done|known';
// (And adverbs of place before a phrase of place: "Back in Tallahassee,", "Out on the water,", "Elsewhere in the city,".)
const CLAUSE_LEAD =
  '(?:(?:but|and|yet|even|just|only|long|shortly|soon|right|still|back|elsewhere|out|up|down|over)\\s+){0,2}';
/**
 * Words that open an adverbial clause before a sentence's subject ("After meeting Kim, Pompeo said …",
 * "Two years after Hale arrived, Fetter …", "Earlier Saturday, Yoon apologised …", "Influenced by Marcus
 * Garvey, Reeve …": a past participle and its agent, or where someone was born or raised).
 */
const CLAUSE_OPENER = new RegExp(
  `^["'\u201C\u2018(]*${CLAUSE_LEAD}(?:${TIME_OPENERS.join('|')}|after|before|when|while|as|since|in|on|at|during|following|despite|with|without|unlike|like|for|under|asked|speaking|if|although|though|because|once|until|(?:[a-z]+ed|${IRREGULAR_PARTICIPLES})\\s+by|born|raised|${PRESENT_PARTICIPLE}|${TIME_SPAN_BEFORE})${WORD_END}`,
  'iu',
);
/**
 * A further opening clause after the first ("Speaking on Friday, a few hours after she conceded, Ms Berg
 * said"): a span of time before "after"/"before", or another clause opener.
 */
const FURTHER_OPENING = new RegExp(`^\\s*${CLAUSE_OPENER.source.slice(1)}`, 'iu');

/** A relative clause right after an opening clause's comma, which it goes on ("…, whose post …,"). */
const RELATIVE_GOES_ON = /^\s*(?:whose|who|whom|which)\s/;
/**
 * The side a barrister in the opening clause acts for, set off after the name ("Under cross-examination by
 * Niamh Roe KC, defending, the witness …"): part of that clause, not the main one.
 */
const COUNSEL_SIDE = /^\s*(?:defending|prosecuting|for the (?:defence|defense|prosecution|crown|state)),/i;
/**
 * A phrase set off after an opening clause that a preposition no main clause starts with opens ("In his
 * answer to the third question, from Ms Alder, he …", "After the vote, by a wide margin, she …"): it goes
 * on with the opening clause.
 */
const PREPOSITION_GOES_ON = /^\s*(?:from|by|of|to|about|against|amid|among|between|through)\s[^,]{1,60},/i;

/** Where the main clause starts after the opening clause that `opening` matches, and any further ones. */
function afterOpeningClauses(sentence: string, opening: RegExp): number {
  let comma = sentence.indexOf(',');
  if (!opening.test(sentence) || comma < 0) return 0;
  for (let further = 0; further < 2; further++) {
    const next = sentence.indexOf(',', comma + 1);
    if (next < 0) break;
    const rest = sentence.slice(comma + 1);
    const named = NAME_SET_OFF_IN_CLAUSE.exec(rest);
    // ("Asked whether one detained student, Giorgi Beridze, was related to …, he said": the name set off
    // inside the opening clause is not where the main clause starts.)
    if (named !== null) {
      const end = sentence.indexOf(',', comma + named[0].length + 2);
      if (end < 0) break;
      comma = end;
      further--;
      continue;
    }
    // ("Standing beside the Tawaré chief, Awakiri, in the clearing, the minister promised": the name set
    // off after a role noun that ends the opening clause names that role's holder, and the clause goes on.)
    const holder = ROLE_HOLDER_SET_OFF.exec(rest);
    if (holder !== null && isRoleNoun(lastWordBefore(sentence, comma))) {
      comma += holder[0].length;
      further--;
      continue;
    }
    // ("Asked about the reports that linked her to Joseph Kosk, the Kenyan coach, she laughed": what is set
    // off after a name that ends the opening clause describes that name, and the clause goes on.)
    if (NAME_BEFORE.test(sentence.slice(0, comma)) && APPOSITIVE_BEFORE_MAIN.test(rest)) {
      comma = next;
      continue;
    }
    // ("Asked about Aperio's chief executive, whose post on X predicted …, Mr. Aldercott laughed": a
    // relative clause on the opening clause's last noun goes on with it.)
    // ("Under cross-examination by Niamh Roe KC, defending, the witness was asked": the side goes on too.)
    if (
      !FURTHER_OPENING.test(rest) &&
      !RELATIVE_GOES_ON.test(rest) &&
      !COUNSEL_SIDE.test(rest) &&
      !PREPOSITION_GOES_ON.test(rest)
    )
      break;
    comma = next;
  }
  return comma + 1;
}

/** Up to four capitalised words opening the text: a name set off after an opening clause's comma. */
const SET_OFF_NAME_RUN = String.raw`^\s*(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019.-]*`;

/**
 * A name set off by commas inside an opening clause, the clause going on with its verb or with what was
 * asked: ", Giorgi Beridze, was related to …", "Asked by counsel to the inquiry, Catriona Bell KC, whether
 * …" (not ", Nino Beridze, the opposition leader, said", an appositive of the main clause's subject).
 * Matches up to the second comma.
 */
const NAME_SET_OFF_IN_CLAUSE = new RegExp(
  `${SET_OFF_NAME_RUN}(?=,\\s+(?:was|were|is|are|had|has|have|would|could|should|will|might|did|does|whether|if|why|how|what|when|about|to)\\s)`,
  'u',
);

/** A name set off by commas, then more of a clause in lower case (", Awakiri, in the clearing"). */
const ROLE_HOLDER_SET_OFF = new RegExp(`${SET_OFF_NAME_RUN},(?=\\s+\\p{Ll})`, 'u');

/** A capitalised name of two words or more ending the text ("… linked her to Joseph Kosk"). */
const NAME_BEFORE = /\s\p{Lu}[\p{L}'\u2019-]+\s+\p{Lu}[\p{L}'\u2019-]+$/u;
/**
 * A noun phrase set off by commas, then a main clause opening on a pronoun or a capital: ", the Kenyan
 * coach, she laughed" (not ", the coach said", where the noun phrase is the main clause's subject).
 */
const APPOSITIVE_BEFORE_MAIN = /^\s*(?:the|a|an)\s[^,]{1,60},\s*(?:he|she|they|we|I\b|\p{Lu})/u;

/** The lower-cased word that ends `text` before offset `end`. */
function lastWordBefore(text: string, end: number): string {
  return /([\p{L}-]+)\W*$/u.exec(text.slice(0, end))?.[1]?.toLowerCase() ?? '';
}

/** "In Hanna Vell's case,", "For her sister's part,": a phrase opening a sentence that says whom it is about. */
const WHOSE_CASE_OPENING =
  /^\s*(?:in|for|as for)\s+[^,]{1,60}?['\u2019]s?\s+(?:case|part|view|eyes|mind|words|telling|account|experience)\s*,\s*/iu;

/** A clause whose subject is the writer ("I ask if …", "…, we met him …"), before a name. */
const WRITER_SUBJECT = /(?:^|[,;:])\s*(?:I|We)\s+\p{Ll}/u;

/** Where a sentence's main clause starts: after an opening clause ("After the vote, …"), else at 0. */
export function mainClauseStart(sentence: string): number {
  const start = afterOpeningClauses(sentence, CLAUSE_OPENER);
  if (start === 0) return 0;
  // "During the break we spoke to Ana Roe, a …": a phrase opening without its comma runs on into the main
  // clause, whose pronoun subject comes before the first comma.
  const within = PREPOSITION_OPENER.test(sentence) ? PRONOUN_CLAUSE.exec(sentence.slice(0, start)) : null;
  if (within) return within.index + 1;
  return subjectAfterTimePhrase(sentence, start) ?? namedSpeakerInPhrase(sentence, start) ?? start;
}

/** A phrase of time or place opening a sentence ("Later in the session", "On Monday", "At the hearing"). */
const PHRASE_OPENER = new RegExp(
  `^["'\u201C\u2018(]*(?:${TIME_OPENERS.join('|')}|during|in|at|on|with|following|for)\\s`,
  'iu',
);
/** A name, with its honorific, and the speech verb it is the subject of: " Ms Okafor said". */
const NAME_THEN_SPEECH_VERB = new RegExp(
  String.raw`\s((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:${[...SPEECH_VERB_WORDS].join('|')})\b`,
  'u',
);

/**
 * "Later in the session Ms Okafor said she had raised it with the secretary, Dr Helena Vos.": a phrase of
 * time or place opening without its comma runs on into the main clause, whose named subject and speech
 * verb come before the first comma; the main clause starts at the name, not after that comma. Undefined
 * when the sentence is not so made (not "After Hale said he would go, Roe …", a clause of its own).
 */
function namedSpeakerInPhrase(sentence: string, comma: number): number | undefined {
  if (!PHRASE_OPENER.test(sentence) || sentence.indexOf(',') !== comma - 1) return undefined;
  const named = NAME_THEN_SPEECH_VERB.exec(sentence.slice(0, comma));
  if (named === null) return undefined;
  const words = (named[1] as string).split(/\s+/);
  // ("On Monday Ms Roe said", "In Paris Ms Roe said": the run's first words may be the phrase's own; an
  // honorific says where the name starts, else a run of up to two words is the name.)
  const honorific = words.findIndex((w) => HONORIFICS.has(w.replace(/\./g, '').toLowerCase()));
  const first =
    honorific >= 0
      ? honorific
      : words.length <= 2 && !CALENDAR_WORDS.has(words[0]?.toLowerCase() ?? '')
        ? 0
        : -1;
  if (first < 0) return undefined;
  return named.index + 1 + words.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
}

/** A preposition opening a sentence, which opens a phrase, never a clause of its own ("During the break"). */
const PREPOSITION_OPENER =
  /^["'\u201C\u2018(]*(?:during|in|at|on|with|without|despite|following|unlike|for)\s/iu;
/**
 * A definite noun phrase in lower case as the subject of a speech verb: "The crofter said he would …",
 * "The three-member panel said Kosk had …".
 */
const DEFINITE_NOUN_SPEAKS = new RegExp(
  `^\\s*(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:\\p{Ll}[\\p{L}'\u2019-]*\\s+){1,3}(?:${[...SPEECH_VERB_WORDS].join('|')})\\b`,
  'u',
);
/** A plural noun phrase in lower case: a group ("strikers", "the protesters", "hundreds of fans"). */
const GROUP_PHRASE =
  /^(?:(?:the|some|many|several|other|dozens of|hundreds of|thousands of)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{3,}(?<!ss)s$/u;
/** A question put to someone: it says "you" ("Were you on the floor?"). */
const SECOND_PERSON = /\byou\b/i;
/** A pronoun subject and its verb: "we spoke", "she told". */
const PRONOUN_CLAUSE = /\s(?:I|we|he|she|they)\s+\p{Ll}/u;

/** ", the civil defence spokesman, told": an appositive set off by commas, then the verb in lower case. */
const APPOSITIVE_THEN_VERB = /^\s*(?:the|a|an|his|her|their)\s[^,]{1,80},\s+\p{Ll}/u;

/**
 * "On Wednesday evening Colonel Aziz Haddad, the civil defence spokesman, told …": the comma after the name
 * opens an appositive, not the main clause; the main clause starts with the name. Undefined when the
 * sentence is not so made (`comma` is where afterOpeningClauses put the main clause).
 */
function subjectAfterTimePhrase(sentence: string, comma: number): number | undefined {
  if (sentence.indexOf(',') !== comma - 1 || !APPOSITIVE_THEN_VERB.test(sentence.slice(comma)))
    return undefined;
  const time = TIME_PHRASE_BEFORE_SUBJECT.exec(sentence);
  return time === null ? undefined : time[0].length;
}
/**
 * An opening participle clause ("Asked whether Meridia had been hacked, he said", "After meeting Kim, she
 * told …", "Influenced by figures like Marcus Garvey, he …"), or a phrase of questioning or writing put to
 * someone ("Under questioning from Senator X, she said", "In a letter to X, he wrote"): its subject is the
 * main clause's, so a name in it is an object, never the "he" that follows.
 */
const PARTICIPLE_OPENING =
  /^["'\u201C\u2018(]*(?:asked|pressed|questioned|speaking|talking|writing|responding|replying|(?:after|before|when|while|since|on|upon)\s+\p{Ll}+ing|\p{Ll}+ed\s+by|born|raised|under\s+(?:[\p{Ll}-]+\s+){1,2}(?:from|by)|in\s+(?:a|an|her|his|their)\s+(?:letter|e-?mail|message|reply|response)\s+to)\b/iu;

/** Where the text after an opening participle clause starts in a sentence (0 without one). */
function afterParticipleClause(sentence: string): number {
  return afterOpeningClauses(sentence, PARTICIPLE_OPENING);
}

/**
 * "The Goop founder …", "The actress …", "The priest, reached by telephone, …": a definite role noun opening
 * a sentence, with up to two qualifiers (a comma after it sets off a clause, not a name: "The priest, Father
 * Brezan, …" names its holder); a party's member is written with a capital ("The Indiana Republican was
 * unmoved").
 */
const ROLE_SUBJECT =
  /^\s*[Tt]he\s+(?:\d{1,3}-year-old\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}?([\p{Ll}-]+|\p{Lu}{2,4}|Democrat|Republican|Tory)(?:\s+(?!of\b)|,\s+)\p{Ll}/u;
/** `ROLE_SUBJECT` with the role in capitals: "The Chief Minister, for his part, made …", "The President said". */
const CAPITALISED_ROLE_SUBJECT =
  /^\s*[Tt]he\s+(?:\p{Lu}[\p{Ll}'\u2019-]+\s+){0,2}?(\p{Lu}\p{Ll}+)(?:\s+(?!of\b)|,\s+)\p{Ll}/u;
/** A clause opening with the subject pronoun of each gender ("she said: …"). */
const OPENS_WITH_PRONOUN: Readonly<Record<Gender, RegExp>> = { m: /^\s*he\b/i, f: /^\s*she\b/i };

/** "When the judge asked …": a conjunction opening a subordinate clause, then its subject, a definite role. */
const CLAUSE_ROLE_SUBJECT =
  /^\W*(?:when|after|before|as|once|while|because|although|though|until)\s+(the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s+(?:had\s+|has\s+|was\s+|is\s+)?\p{Ll}+(?:ed|s)\b/iu;

/** `ROLE_SUBJECT` with a qualifier at least: "The former captain confirmed" is not "the former". */
const QUALIFIED_ROLE_SUBJECT =
  /^\s*[Tt]he\s+(?:[\p{L}'\u2019-]+\s+){1,2}?([\p{Ll}-]+|\p{Lu}{2,4}|Democrat|Republican|Tory)(?:\s+(?!of\b)|,\s+)\p{Ll}/u;

/**
 * The role opening a sentence (a `ROLE_SUBJECT` match), its noun read past a qualifier the shortest match
 * takes for it ("The former captain confirmed …": "captain", not "former") when `isRole` says so; `qualified`
 * says it was.
 */
function roleSubject(
  text: string,
  isRole: (phrase: string) => boolean,
): { match: RegExpExecArray; qualified: boolean } | undefined {
  const shortest = ROLE_SUBJECT.exec(text);
  if (shortest !== null && isRole(roleAsWritten(shortest))) return { match: shortest, qualified: false };
  // "The Chief Minister made …": a high office written in capitals, as many papers do.
  const capitalised = CAPITALISED_ROLE_SUBJECT.exec(text);
  if (capitalised !== null && isRole(roleAsWritten(capitalised)))
    return { match: capitalised, qualified: false };
  if (shortest === null) return undefined;
  const longer = QUALIFIED_ROLE_SUBJECT.exec(text);
  return longer !== null && isRole(roleAsWritten(longer))
    ? { match: longer, qualified: true }
    : { match: shortest, qualified: false };
}

/** The role phrase a `ROLE_SUBJECT` match opens with, up to its noun ("The NRP candidate"). */
function roleAsWritten(match: RegExpExecArray): string {
  const noun = match[1] as string;
  const text = match[0];
  return text.slice(0, text.lastIndexOf(noun) + noun.length).trim();
}

/**
 * "The chief executive, Dana Holt, said", "The head of Brightline, Dana Holt, said", "The researcher who
 * flagged the data, Anna Roe of Halcyon Labs, said": a definite role phrase (maybe "of"/"at"/"for" an
 * organisation, or a relative clause) opening the sentence, then a name set off by commas, maybe with what
 * the person was before it ("The captain’s father, former Test opener Ron Smith, …"). `before` is the text
 * from the clause's start to the name, `after` the text after it.
 */
const ROLE_BEFORE_SET_OFF_NAME =
  /^\s*[Tt]he\s+((?:[\p{Ll}'\u2019-]+\s+){0,3}[\p{Ll}-]+)(?:\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}[^,]{0,60}|\s+(?:who|that)\s+[^,]{1,60})?,\s*(?:(?:[\p{L}'\u2019-]+\s+){0,3}\p{Ll}[\p{Ll}-]*\s+)?$/u;
/**
 * After the name: its comma, or the body it belongs to and then the comma ("The researcher who flagged the
 * data, Anna Roe of Halcyon Labs, said").
 */
const NAME_THEN_COMMA = /^\s*(?:,|(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^,]{0,60},)/u;

function roleSetsOffName(before: string, after: string): boolean {
  const role = ROLE_BEFORE_SET_OFF_NAME.exec(before)?.[1];
  // ("The farmer, speaking in Arabic, said": the name is a preposition's object, not set off.)
  if (role === undefined || !NAME_THEN_COMMA.test(after) || OBJECT_OF_PREPOSITION.test(before)) return false;
  return role.split(/[\s,]+/).some(isRoleNoun);
}

/** A word of a role in lower case, and the words its initials stand for ("DSP": deputy police superintendent). */
function spelledInitials(word: string): string[] {
  const lower = word.toLowerCase();
  const spelled = spelledRole(word);
  return spelled === undefined ? [lower] : [lower, ...spelled.split(' ')];
}

/** Offices one person holds at a time, whom no one else is called by ("the mayor", "the governor"). */
const HIGH_OFFICES: ReadonlySet<string> = new Set(['mayor', 'governor', 'premier', 'chancellor', 'speaker']);

/** A question and the verb of asking it after its quotation ("“…?” the prosecutor asked."). */
const QUESTION_ASKED =
  /\?["\u201D\u2019]?\s+[^\u201C\u201D"]*\b(?:asked|asks|inquired|queried|wondered|pressed)\b/u;

/** A head of government's office: "prime minister", "chief minister", "first minister" (not a deputy's). */
const HEAD_OF_GOVERNMENT = /\b(?<!(?:deputy|vice)[\s-])(?:prime|chief|first)\s+minister\b/;

/** The roles that speak for someone: a person's, or a body's ("police spokesperson"). */
const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);

/** Words before a role noun that rank the holder, not name a body ("chief spokesman", "her spokeswoman"). */
const RANK_BEFORE_ROLE: ReadonlySet<string> = new Set(
  'a an the his her their chief senior deputy official personal longtime long-time former acting'.split(' '),
);

/** The words of a role as shown, lower-cased ("Sporting director, president's son" → its five words). */
function wordsOfRole(role: string): string[] {
  return role.toLowerCase().split(/[\s,]+/);
}

/** The initials of a name given in full, given name and surname ("Ava M. Dunmore" → "AD", "Li Wei" → "LW"). */
function initialsOf(e: ArticleEntity): string {
  const words = e.tokens.filter((t) => /^\p{Lu}/u.test(t) && !/^\p{Lu}\.?$/u.test(t));
  return words.map((w) => w[0]).join('');
}

/** Whether the article shows an entity to be a person: a role, title or age given it, or words it speaks. */
function shownToBePerson(e: ArticleEntity): boolean {
  return e.personal > 0 || e.speaks > 0 || givenNameWithPronoun(e);
}

/**
 * "Aled, sitting alongside his brother, has had a hard month. He missed …": a name that is a common given
 * name of one gender, which "he" or "she" of that gender refers back to, is a person's.
 */
function givenNameWithPronoun(e: ArticleEntity): boolean {
  if (e.tokens.length !== 1 || e.locative > 0) return false;
  const gender = GIVEN_NAME_GENDERS.get(foldToken(e.tokens[0] as string));
  return gender !== undefined && e.votes[gender] > 0;
}

/** A capitalised possessor ("Keystrand’s"; "Harbour Board's" ends so). */
const POSSESSOR = /^\p{Lu}[\p{L}-]*['\u2019]s$/u;

/**
 * The head of a definite role phrase opening a sentence as its subject: "The prime minister's official
 * spokesman said" → "spokesman", "The feisty singer was" → "singer", "The new TD made" → "td" (up to three
 * words before the role noun, then a lower-case word or a comma; "The head of …" is no head).
 */
/** "the Omanhene, …" / "the Emir said": "the" and one capitalised word, then a comma or a word in lower case. */
const TITLE_SUBJECT = /^\s*[Tt]he\s+(\p{Lu}\p{Ll}+)(?:,|\s+\p{Ll})/u;

function definiteRoleHead(sentence: string): string | undefined {
  const words = sentence.trim().split(/\s+/, 6);
  // ("Keystrand’s board chair said": a body's role holder, as "the board chair" is.)
  if (words[0] !== 'The' && words[0] !== 'the' && !POSSESSOR.test(words[0] ?? '')) return undefined;
  for (let k = Math.min(4, words.length - 2); k >= 1; k--) {
    const raw = words[k] as string;
    // ("The new TD made his way": a role written as its initials, as "MP" is.)
    const head = raw.replace(/,$/, '').replace(/^\p{Lu}{2,4}$/u, (initials) => initials.toLowerCase());
    const next = words[k + 1] as string;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head) || next === 'of') continue;
    if (!isRoleNoun(head)) continue;
    if (raw.endsWith(',') || /^\p{Ll}/u.test(next)) return head;
  }
  return undefined;
}

/**
 * "His father has declined …", "Her lawyer later told …": a relative or aide of someone opening a sentence,
 * with up to two qualifiers, as its subject (a comma after the noun introduces a name instead, unless what
 * follows it is in lower case: "Her daughter, a staff nurse in Dublin, said …").
 */
const POSSESSIVE_ROLE_SUBJECT =
  /^\s*(?:His|Her|Their)\s+(?:[\p{Ll}'\u2019-]+\s+){0,2}?([\p{Ll}-]+),?\s+(?!of\b)\p{Ll}/u;
/** "her" as a possessive: before a word that is no function word ("her silence", not "her that", "her the"). */
const POSSESSIVE_HER = new RegExp(`^her\\s+(?!(?:${[...FUNCTION_WORDS].join('|')})\\b)\\p{Ll}`, 'iu');
/**
 * A name inside a relative clause that is still open ("The Scot, who led Brackwater to fourth, added"): what
 * the clause says of someone, never who they are.
 */
const IN_RELATIVE_CLAUSE = /,\s+(?:who|whose|whom|which)\s[^,;:.]*$/iu;
/** A subordinating conjunction right before a word ("before he was taken", "as she left"). */
const SUBORDINATOR_END = /\b(?:before|after|when|while|as|since|until|because|once|although|though|if)\s+$/iu;
/** "The Brazilian broke his silence", "The 27-year-old Scot said": a nationality opening a sentence. */
const DEMONYM_SUBJECT = /^\s*The\s+(?:[\p{Ll}\d-]+\s+){0,2}(\p{Lu}\p{Ll}+)(?:,\s+|\s+)\p{Ll}/u;
/** "The nurse is Wulandari", "The man in charge was Tom Reyes": a role opening a sentence that names its holder. */
const ROLE_IS_NAME = /^\s*The\s+(?:[\p{L}'\u2019,-]+\s+){1,16}?(?:is|was)\s+\p{Lu}/u;
/**
 * "Our reporter Ben Roskam spoke to Ana Morvay, …", "During the break we spoke to Ana Morvay, …": whom the
 * writer or a colleague interviews is who the sentence is about, and who speaks next.
 */
const WRITER_SPOKE_TO =
  /(?:^\W*(?:our|my)\s+(?:[\p{L}-]+\s+){1,6}|(?:^|[\s,])(?:we|I)\s+(?:also\s+)?)(?:spoke|talked|chatted|caught up)\s+(?:to|with)\s+$/iu;
/** An editor's note on who wrote a first-person piece: "She wrote this for Reel & Drone", "He writes …". */
const WRITER_NOTE =
  /\b(?:wrote|writes|has written) this (?:piece |tribute |article |essay )?(?:for|exclusively)\b/i;
/** Capitalised words right after a phrase: a name that goes on from it ("the spokesman Dan Roe"). */
const NAME_RUN_AFTER = /^(?:\s+\p{Lu}[\p{L}'\u2019.-]*)+/u;
/** "My colleague Hannah Costa was there": the writer's colleagues report the news; they are not in it. */
const WRITERS_OWN = /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * "Korvo, the sportswear brand that sponsors Freja Holm, joined in …": a name after the verb of a relative
 * clause in the appositive of the sentence's opening words is that clause's object, not the subject.
 */
const OBJECT_IN_OPENING_APPOSITIVE =
  /^[^,]+,\s+(?:the|an?)\s+(?:[\p{L}-]+\s+){0,4}(?:that|which|who)\s+(?:[\p{Ll}-]+\s+){1,2}$/u;
/** A speaker described, not named: "The owner of a holiday park …", "A Co Mayo woman whose son …". */
const DESCRIBED_SPEAKER = /^(?:an?|the)\s+\S/i;
/**
 * A noun, then another noun phrase: a clause that leaves out its "that" ("a ruling the injured woman's
 * partner said …"), whose subject is the second; no described speaker the lead opens with.
 */
const REDUCED_RELATIVE = /^(?:an?|the)\s+[\p{Ll}-]+\s+(?:the|an?|his|her|their)\s/iu;
/** A word with a possessive "'s": "the woman's partner". */
const POSSESSIVE_WORD = /\p{L}['\u2019]s\s/u;
/** The first personal pronoun after a lead's described speaker ("… says he was", "… has said her family"). */
const LEDE_PRONOUN = /\b(he|his|him|she|her)\b/i;

/**
 * The gender a lead gives its described speaker: the first pronoun after the description ("… says he
 * was"), else a gendered noun in it ("A Co Mayo woman whose son …").
 */
function ledeGender(phrase: string, after: string): Gender | undefined {
  // ("the injured woman's partner said she had …": the pronoun may be the possessor's.)
  const pronoun = POSSESSIVE_WORD.test(phrase) ? undefined : LEDE_PRONOUN.exec(after)?.[1]?.toLowerCase();
  if (pronoun !== undefined) return PRONOUNS.get(pronoun) === 'he' ? 'm' : 'f';
  const noun = phrase
    .toLowerCase()
    .split(/\s+/)
    .find((w) => GENDERED_ROLES.has(w));
  return noun === undefined ? undefined : GENDERED_ROLES.get(noun);
}
/** A sentence closed by its reporter's pronoun and verb: "…, she said.", "…, he added." */
/** Whether a sentence read is place `at` itself or comes after it. */
/** "asked why …", "asked him whether …": a question put in narration. */
const NARRATED_QUESTION = /\basked\s+(?:\p{Ll}+\s+)?(?:why|whether|if|how|what|when|who)\b/u;

function notBefore(read: { paragraph: number; sentence: number }, at: Place): boolean {
  return read.paragraph > at.paragraph || (read.paragraph === at.paragraph && read.sentence >= at.sentence);
}

/** The gender of a cue that is "he" or "she"; undefined for any other cue. */
function pronounGender(cue: Attribution | undefined): Gender | undefined {
  const word = cue?.phrase.trim().toLowerCase();
  return word === 'he' ? 'm' : word === 'she' ? 'f' : undefined;
}

/** "A reporter asked whether she …", "One journalist asked him if he …": someone unnamed asks about "he" or "she". */
const UNNAMED_ASKS_ABOUT =
  /^(?:An?|One)\s+(?:[\p{Ll}-]+\s+){0,2}(?:asked|wanted\s+to\s+know)\s+(?:(?:him|her)\s+)?(?:whether|if|why|how|what)\s+(he|she)\b/u;
const PRONOUN_REPORT_END = /,\s*(he|she)\s+(?:\p{Ll}+\s+)?\p{Ll}+[.!]?\s*$/iu;
/**
 * A person noun governed by a preposition, then a comma: "… of his father, ", "with her lawyer, ", "through
 * the company's lawyer, ".
 */
const PERSON_OBJECT_BEFORE =
  /\b(?:with|to|by|for|from|about|of|on|at|against|through|via|beneath|beside|behind|under|near|alongside)\s+(?:the|an?|his|her|their|its|my|our|your)\s+(?:[\p{Ll}-]+(?:['\u2019]s)?\s+){0,2}([\p{Ll}-]+),\s*$/u;

/**
 * "beneath a portrait of his father, King Gregorio, the monarch said": a name set off by commas after a
 * person the preposition governs is that person's appositive, an object like it, not the subject. (Not
 * "with his wife, Mr Kessler stopped", where the name goes on with its verb.)
 */
function appositiveOfObject(before: string, after: string): boolean {
  const noun = PERSON_OBJECT_BEFORE.exec(before)?.[1];
  return noun !== undefined && after.startsWith(',') && (ROLE_WORDS.has(noun) || KIN_WORDS.has(noun));
}
/** Prepositions proper, shared by the patterns below that read a name as the object of one. */
/** Prepositions whose object is not who a sentence is about ("according to X" names its source, who is). */
const PREPOSITIONS = 'with|(?<!according )to|by|for|from|about|of|on|at|against|through|via';
// (And the object of a verb in "-ing" after a preposition: "after hearing Gov. Ashworth on the radio", "without
// consulting Ms Roe".)
const PREPOSITION_BEFORE = new RegExp(
  `\\b(?:${PREPOSITIONS}|and|meet|met|thanked|told|asked|called|(?:after|before|since|without|while|when|upon|${PREPOSITIONS})\\s+\\p{Ll}+ing)\\s*$`,
  'iu',
);
/** Text that ends with a preposition (of place too, and "according to"), the name after it being its object. */
const OBJECT_OF_PREPOSITION = new RegExp(`\\b(?:in|into|inside|near|to|${PREPOSITIONS})\\s+$`, 'i');
/** "cross-examined by ", "in an interview conducted by ": the agent of a passive, who acts on the subject. */
const AGENT_BEFORE = /\bby\s*$/i;
/** "by Solís", "by prosecutor Rita Soler", "by defense attorney Gavin Hale": the agent, maybe after a role. */
const AGENT_WITH_ROLE = /\bby\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** "Solís asked Ortega a single question:": a name that asks, right before its verb. */
/**
 * ("Okafor then turned to the money. … From the transcript:": counsel moving to a subject of questions;
 * "… transcript, with DOJ trial attorney Daniel Okafor asking the questions:".)
 */
const ASKS_AFTER =
  /^,?\s+(?:then\s+|also\s+)?(?:asked|questioned|pressed|cross-examined|put\s+it\s+to|turned\s+to|asking\s+(?:the\s+)?questions|putting\s+the\s+questions)\b/i;
/** "Under cross-examination by ", "questioned by ": the agent of questioning, who puts the questions. */
const EXAMINED_BY =
  /\b(?:cross-examination|cross-examined|examination|examined|questioning|questioned|interrogation|interrogated)\s+by\s+(?:[\p{Ll}-]+\s+){0,3}$/iu;
/** A capitalised word and a comma at the end of a text: what follows is set off after a name. */
const SET_OFF_AFTER_NAME = /\p{Lu}[\p{L}'\u2019.-]*,\s*$/u;
/**
 * A title word at the end of a text ("… put this to Dr ", "… met Sen\u2024 "), past a quotation mark or
 * bracket it opens with ("“Ms " of "“Ms Kral, what would you have done?”").
 */
const TRAILING_WORD = /([^\s"'\u201C\u2018(]+)\s*$/u;

/**
 * "Founder and chairman ", "Chief executive and co-founder ": nothing but roles and titles joined by "and",
 * as a name's own description opening a clause (its "and" joins two roles, not two people).
 */
function isRoleRun(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length > 2 &&
    words.every(
      (w, k) => (k > 0 && (w === 'and' || w === '&')) || isTitleWord(w) || isRoleNoun(w.toLowerCase()),
    )
  );
}

/** The text before a name without the titles in front of it: "to Dr Leong" is "to" before "Leong". */
function beforeTitles(text: string): string {
  let rest = text;
  for (let m = TRAILING_WORD.exec(rest); m && isTitleWord((m[1] as string).replace(/[.\u2024]+$/u, '')); ) {
    rest = rest.slice(0, m.index);
    m = TRAILING_WORD.exec(rest);
  }
  return rest;
}

/** How far before a name its context is read ("Under cross-examination by ", "… put this to Dr "). */
const NAME_CONTEXT = 40;

/** The words right before a name starting at `start` in `text`, the titles in front of it aside. */
function beforeName(text: string, start: number): string {
  return beforeTitles(text.slice(Math.max(0, start - NAME_CONTEXT), start));
}

/** Words before the one a subject acts with: "travelled with ", "met … alongside ", "Roe and ". */
const COMPANION_BEFORE = /\b(?:with|alongside|beside|and)\s+$/i;
/** Words that put a question or a point to a person named next ("put to Dr Carrick that", "asked Ms Lee"). */
const ADDRESSEE_CUE =
  /\b(?:(?:put|said|suggested|replied)\s+(?:it\s+|this\s+)?to|turned\s+to|asked|pressed|challenged|told)\s*$/i;
/** A sentence that only says its subject is missing or dead ("Their son, Kornelis, 9, is still missing."). */
const STATED_MISSING_OR_DEAD =
  /^[^;:"\u201C\u201D]*?\s(?:is|was|are|were|remains|remained)\s+(?:still\s+|also\s+|now\s+)?(?:missing|dead|unaccounted\s+for)[.!]?$/iu;
/** A sentence reporting what someone said or found ("He said his son was still missing."). */
const REPORTED_OR_SAID = /\b(?:that|said|says|told|tells|added|believed|feared|thought)\b/i;
/** Words before one a reporter spoke to: "spoke briefly to ", "talked with ", "interviewed ". */
const INTERVIEWED_CUE =
  /\b(?:(?:spoke|talked|speaking|talking)\s+(?:\p{Ll}+ly\s+)?(?:to|with)|interviewed|asked|reached|met)\s*$/iu;
/** The page's own journalist before a name: "Our correspondent ", "this reporter, ". */
const OWN_REPORTER =
  /\b(?:our|this)\s+(?:[\p{Ll}-]+\s+){0,2}(?:correspondent|reporter|journalist|stringer)\s*,?\s*$/iu;
/** A cue closing a sentence of reported speech: ", the mayor added.", ", Halloran said on Monday." */
const CLOSING_CUE = new RegExp(
  `^,\\s+(?:[\\p{L}.'\u2019-]+\\s+){1,4}(?:${[...SPEECH_VERB_WORDS].join('|')})(?:\\s+[\\p{L}\\d]+){0,3}[.!]?\\s*$`,
  'u',
);
/** The writer putting a question to the person named next: "I ask Blair", "When I asked Ms Lee". */
const WRITER_ASKS = /\bI\s+(?:ask|asked|press|pressed|put it to|put this to)\s*$/;
/** A quotation that asks: "Will you resign?" */
const QUESTION_END = /\?\s*$/;
/** Characters an honorific may take before the name a question addresses ("Q: Ms Denholm, …"). */
const MAX_VOCATIVE_LEAD = 5;
/** An honorific that may open a clause's subject before the name ("…, while Dr Lenk", "…, and Mrs Roe"). */
const CLAUSE_HONORIFIC = '(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+)?';
/** A clause of its own opening on a name: ", while Ana Lenk …", "; whereas Dr Lenk …", ", but Ms Lenk …". */
const CLAUSE_SUBJECT_BEFORE = new RegExp(`[,;]\\s+(?:while|whilst|whereas|but)\\s+${CLAUSE_HONORIFIC}$`, 'u');
/** ", and Mrs " before a name: the name opens a clause joined with "and". */
const AND_CLAUSE_SUBJECT_BEFORE = new RegExp(`,\\s+and\\s+${CLAUSE_HONORIFIC}$`, 'u');
/** A lower-case word right after a name, not a conjunction: its verb ("Ashcroft believes"). */
const VERB_AFTER_NAME = /^\s+(?!(?:and|or|nor|of|who|whose)\b)\p{Ll}/u;
/** A word in lower case (not the rest of a capitalised or hyphened one). */
const LOWER_CASE_WORD = /(?<![\p{L}'\u2019-])\p{Ll}[\p{L}'\u2019-]*/gu;
/** The last run of capitalised words of a cue's phrase ("As Daan" → "Daan", "Because Ana Roe" → "Ana Roe"). */
function lastCapitalisedRun(phrase: string): string {
  const run = /(?:\p{Lu}[\p{L}'\u2019.-]*\s+)*\p{Lu}[\p{L}'\u2019.-]*\s*$/u.exec(phrase.trim());
  const words = (run?.[0] ?? phrase).trim().split(/\s+/);
  // ("As Daan": a sentence's capital on a word that opens a clause is no part of the name.)
  while (words.length > 1 && CLAUSE_OPENING_WORDS.has((words[0] as string).toLowerCase())) words.shift();
  return words.join(' ');
}
/** Words that open a clause with a capital at a sentence's start, before a name: "As Daan put it". */
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set(
  'as because when while but and so though although since after before if'.split(' '),
);

/**
 * A name set off by an apposition or a relative clause ("Q: Jo Roe, the MP, said on television …", "Q: Jo
 * Roe, who chairs …"): the question talks about them, it does not address them.
 */
const APPOSITION_AFTER_NAME = /^,\s+(?:the|a|an|his|her|its|their|our|who|whose|\d)\b/iu;
/**
 * "For Wulan, …", "As for Dr Lee, …": a sentence opening on whom it is about; so does "That was not enough
 * for Lee Hyun-woo, an opposition lawmaker …", "It was little comfort to Ana Roe, …" (what came before, and
 * whom it did not satisfy).
 */
const TOPIC_OPENING =
  /^\s*(?:(?:as\s+)?for|(?:that|this|it)\s+(?:was|is)\s+(?:not\s+|little\s+|no\s+|small\s+|cold\s+)?(?:enough|comfort|consolation|good enough|too much|too little)\s+(?:for|to))\s+(?:[\p{L}.\u2024-]+\s+){0,2}$/iu;
/**
 * Prepositions proper: a name after one is not who a clause is about ("and Lindqvist knows" is, and so is
 * the agent of a passive, "a belief that's reflected by Groene", and one a court heard from, "The jury also
 * heard from Barry Colquin, the taxi driver …. He said …").
 */
const TRUE_PREPOSITION_BEFORE = new RegExp(
  `\\b(?:${PREPOSITIONS})(?<!\\b\\p{L}+ed by)(?<!\\bheard from|\\b(?:evidence|testimony) from)\\s*$`,
  'iu',
);
/**
 * … or of one through a role in front of the name, set off by a comma or not ("Asked by our reporter Imani
 * Fairweather, he said", "read by her lawyer, Rasmus Tjelle, she said").
 */
const PREPOSITION_ROLE_BEFORE = new RegExp(
  `\\b(?:${PREPOSITIONS})\\s+(?:(?:the|a|an|our|his|her|their|its)\\s+)?(?:[\\p{Ll}'\u2019-]+\\s+){0,2}([\\p{Ll}'\u2019-]+)(,?)\\s+$`,
  'u',
);
/** A form of "be", "have" or "will": a verb, never a role noun. */
const AUXILIARY = /^(?:is|was|are|were|has|had|have|will|would)$/;

/**
 * Whether the text before a name makes it the object of a preposition through a role (see above). `after`
 * is the text right after the name: a role set off by a comma whose name goes on with its verb is the
 * preposition's object, and the name the subject ("Asked about his predecessor, Tallon smiled"; not "… read
 * by her lawyer, Rasmus Tjelle." or "…, Rasmus Tjelle, she said").
 */
function objectThroughRole(before: string, after: string): boolean {
  const m = PREPOSITION_ROLE_BEFORE.exec(before);
  if (!m) return false;
  if (m[2] === ',' && /^\s/.test(after)) return false;
  // Without a comma the role runs into the name; with one, only a role or kin noun is set off before it
  // ("In an interview with the paper, Smith said" keeps Smith the subject).
  const noun = (m[1] as string).toLowerCase();
  // "one of the reasons that Tallis has …": a word that opens a clause is no role running into the name.
  if (SUBORDINATORS.has(noun)) return false;
  // "Among the staff kept on is chief engineer Martin Breck": a verb after the preposition ends its phrase;
  // the name is the verb's subject, not the preposition's object.
  if (m[0].split(/\s+/).some((w) => AUXILIARY.test(w))) return false;
  // "Among those waiting is a namesake of the minister, Oleksandr Kovalenko": the name set off after a
  // copula's noun and its "of" phrase is that noun's, whom the sentence introduces.
  if (m[2] === ',' && COPULA_NOUN_BEFORE.test(before.slice(0, m.index))) return false;
  return m[2] === '' || isRoleNoun(noun);
}

/** "is a namesake ", "was one relative ": a form of "be", an article and a noun, before its "of" phrase. */
const COPULA_NOUN_BEFORE = /\b(?:is|was|are|were)\s+(?:a|an|one)\s+[\p{Ll}-]+\s+$/u;

/**
 * "Halloway campaign manager Colette Marchbanks", "Labour party leader Ann Hale", "DUP Balmoral councillor
 * Sarah Bunting": a bare name of up to three words (a party, a place, a company) that qualifies the role of
 * the person named next (up to three lower-case words, the last a role noun, then the name) is not who the
 * sentence is about ("Senator Jon Vale met Governor Alan Price" is about Vale). `between` is the text from
 * the end of the first name to the start of the next.
 */
const MAX_QUALIFIER_WORDS = 3;
function qualifiesRoleOfNext(name: LinkedName, between: string): boolean {
  if (name.tokens.length > MAX_QUALIFIER_WORDS || name.titles.length > 0 || name.role !== '') return false;
  const words = between.trim().split(' ');
  if (words.length > 3 || !/^ \S/.test(between) || !/\S $/.test(between)) return false;
  return (
    ROLE_WORDS.has(words[words.length - 1] as string) &&
    words.slice(0, -1).every((w) => /^[a-z][a-z-]{2,}$/.test(w) && !isStopword(w) && !/(?:ed|ing)$/.test(w))
  );
}

/** Whether a sentence lies wholly inside a quotation (its marks may stand at its very edges). */
function withinSpan(span: QuoteSpan, b: Bounds): boolean {
  return span.open <= b.start + 1 && (span.close < 0 || span.close >= b.end - 1);
}

/** A quotation of two words or more, all in capitals ("THE MINISTER, THE QUARRY AND THE LAKE HOUSE"). */
const PRINTED_IN_CAPITALS = /^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*\s[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$/u;
/** Words that open a lead-in saying only when or how the one just quoted went on ("Then, after a pause:"). */
const LEAD_IN_OPENERS: ReadonlySet<string> = new Set(
  'then and but later finally again still afterwards moments minutes next'.split(' '),
);
/** The most words of such a lead-in. */
const LEAD_IN_WORDS = 6;

/**
 * Whether the text before a quotation is a bare lead-in ending in a colon: an opener of `LEAD_IN_OPENERS`
 * and at most `LEAD_IN_WORDS` words in lower case, none a pronoun or a word for a writing ("Then, after a
 * pause:", "And, quietly:"; not "Then the statement read:" or "Later she added:").
 */
function isBareLeadIn(before: string): boolean {
  const m = /^\s*([^:"\u201C\u2018]*):\s*["'\u201C\u2018]?$/u.exec(before);
  if (m === null) return false;
  const words = (m[1] as string).split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > LEAD_IN_WORDS) return false;
  if (!LEAD_IN_OPENERS.has((words[0] as string).toLowerCase())) return false;
  return words.slice(1).every((w) => /^\p{Ll}+$/u.test(w) && !PRONOUN_WORDS.has(w) && !WRITING_WORDS.has(w));
}
/** Pronouns, which make a lead-in a clause with a subject ("Later she added:"). */
const PRONOUN_WORDS: ReadonlySet<string> = new Set('he she they it we i you'.split(' '));
/** Words for a writing, whose words a lead-in introduces ("Then the statement read:"). */
const WRITING_WORDS: ReadonlySet<string> = new Set(
  'statement note letter message post sign banner placard email tweet text caption headline notice'.split(
    ' ',
  ),
);

/**
 * Showing someone's writing: "held up her phone to show his last message", "shared their text". The group is
 * the possessive (a message's writer), the last thing before the colon's clause goes on.
 */
const SHOWS_WRITING =
  /\b(?:show(?:s|ed|ing)?|held up|holds up|display(?:s|ed)|shar(?:es|ed)|forward(?:s|ed)|pointed to)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?(his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:message|text|letter|note|e-?mail|post|tweet|voicemail)s?\b/diu;
/** "in which " right before a pronoun: a clause about the thing just named. */
const IN_WHICH_BEFORE = /\bin which\s+$/;
/** "the broadcast by ", "a letter written by ": a speech or writing, then its author. */
const WORK_BY = new RegExp(
  `\\b(?:${[...WRITING_NOUNS, 'broadcast', 'speech', 'address', 'interview', 'video', 'remarks', 'sermon', 'article', 'column'].join('|')})s?\\s+(?:(?:written|posted|sent|given|delivered|made|published)\\s+)?by\\s*$`,
  'i',
);
/** A message someone received, introduced by a colon: its words are the sender's, not the receiver's. */
const RECEIVED_MESSAGE =
  /\b(?:message|text|letter|note|e-?mail|voicemail)\b[^"\u201C\u201D.]*\b(?:received|was sent|had been sent)\b[^"\u201C\u201D.]*:\s*["'\u201C\u2018]?$/iu;
/**
 * "she had received three text messages … urging her to “verify your account”": the words of messages the
 * subject received, reported by what they urged or told, are the sender's (the message noun after "received"
 * or "was sent", then a participle, maybe its object and "to").
 */
const RECEIVED_MESSAGE_SAYING =
  /\b(?:received|got|(?:was|were|been) sent)\b[^"\u201C\u201D.]{0,40}?\b(?:messages?|texts?|letters?|notes?|e-?mails?|voicemails?|leaflets?|notices?)\b[^"\u201C\u201D.]{0,80}?\b(?:urging|telling|asking|warning|saying|demanding|instructing|inviting|threatening)\b(?:\s+(?:her|him|them|us|me|you))?(?:\s+to)?\s*[:,]?\s*["'\u201C\u2018]?$/iu;
/**
 * "where a hand-painted banner still read “Thank You, Crake Valley”", "placards saying “…”": the words of a
 * sign, banner or T-shirt, no one's speech (an inscription: the determiner, up to two words, the thing, then
 * what it read).
 */
const INSCRIPTION_BEFORE =
  /\b(?:an?|the|one|his|her|their|its|another)\s+(?:[\p{L}-]+\s+){0,2}(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|hoardings?|billboards?|plaques?|stickers?|graffiti|murals?|badges?)\b[^"\u201C\u201D.]{0,40}?\b(?:read|reads|reading|said|says|saying|bearing|bore|proclaimed|proclaiming)\s*[:,]?\s*["'\u201C\u2018]?$/iu;
/**
 * "… did not respond when a reporter called out: “Will you pay the money back?”", "someone shouted:", "One
 * reporter pressed him:", "When a reporter for a commercial channel called out, “…?”, the minister
 * answered": the words of someone unnamed whose speech verb stands right before the colon or comma, whoever
 * the sentence is about. (Up to eight words of the unnamed one's description, none ending a clause.)
 */
const UNNAMED_CALLS_OUT =
  /\b(?:(?:a|an|one|another)\s+(?:[\p{L}\d'\u2019-]+\s+){1,8}?|someone\s+|somebody\s+)(?:called out|shouted|yelled|cried out|heckled|interjected|asked|demanded|pressed|challenged)(?:\s+(?:him|her|them))?\s*[:,]\s*["'\u201C\u2018]?$/iu;
/**
 * "… said she and her colleagues were told in late January that their pay would be “a few days late”": the
 * words of whoever told them, put to the subject (a passive of telling and what it told, "that …", and no
 * speech verb after it; not "managers were warned “more than once, in writing”", the reporter's words).
 */
const TOLD_TO_SUBJECT =
  /\b(?:was|were|had been|have been|has been|being)\s+(?:\p{Ll}+ly\s+)?(?:told|informed|assured|promised|warned)\b[^"\u201C\u201D]*?\bthat\b(?:(?!\b(?:said|says|added|adds|told|tells)\b)[^"\u201C\u201D])*$/iu;
/** Reading out or quoting someone else's words: "read it out", "read from the letter", "quoted the note". */
const READS_OUT = /\b(?:read|reads|reading|recited|quoted|quoting)\b/i;
/**
 * "A family friend read a statement on behalf of the family", "read out a letter from his wife": words read
 * for others (not "Brandt has just read a prepared statement", her own).
 */
const READS_STATEMENT =
  /\b(?:read|reads|reading)\s+(?:out\s+)?(?:a|the|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|letter|message|tribute)\s+(?:on\s+behalf\s+of|on\s+(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}'\u2019-]+\s+)?behalf|from|written\s+by)\b/iu;
/**
 * "…, who greeted him with the chant that has followed him all week: “…”": a chant, a slogan or a banner
 * before the colon is the crowd's or the sign's words, not the subject's.
 */
const CHANT_BEFORE =
  /\b(?:chant|chants|chanting|slogan|slogans|refrain|banners?|placards?)\b[^.!?:]*:\s*["'\u201C\u2018]?$/iu;
/** "The mayor was then asked: “…”": the words are put to the subject, not said by them. */
const PUT_TO_SUBJECT = new RegExp(
  `\\b(?:was|were|is|are|been|being)\\s+(?:${PASSIVE_ADVERB}\\s+)?(?:asked|questioned|pressed|challenged|quizzed|told)\\b`,
  'iu',
);

/** "… came from Priya Venkataraman, the shadow minister:": a name after "from", maybe set off, then a colon. */
const FROM_NAME_COLON =
  /\bfrom\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3})(?:,[^,:"\u201C\u201D]{1,120}){0,2}:\s*$/u;

/** How many sentences that name no one reported speech may run on before a quotation (`#reporterBefore`). */
const REPORTED_SPEECH_REACH = 2;
/** A verb of reported speech ("said most workers had not known …"). */
const REPORTS_SPEECH = /\b(?:said|says|told|tells|added|explained|warned|argued|insisted)\b/;

/** A cue that goes on with the words of the one just quoted: "…,” the officer added.". */
const ADDED_CUE = /\badded\b/i;
/** A cue that makes a quote an answer to the one before. */
const REPLY_CUE = /\b(?:replied|replies|answered|answers|responded|responds|retorted|retorts|shot back)\b/i;

/** "the elder Marr", "the younger Marr": which of two relatives of one surname. */
const RELATIVE_AGE = new RegExp(`\\b(${[...RELATIVE_AGE_WORDS].join('|')})\\b`, 'i');

/** Decimal points ("2.1") as ABBREVIATION_DOT. */
function maskDecimalPoints(text: string): string {
  let out = '';
  let from = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1))
    if (isDigit(text.charCodeAt(dot - 1)) && isDigit(text.charCodeAt(dot + 1))) {
      out += text.slice(from, dot) + ABBREVIATION_DOT;
      from = dot + 1;
    }
  return from === 0 ? text : out + text.slice(from);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A sentence that credits the quotation before it: "That was how Hugo Tennant put it on Monday." ("That's
 * how …"), "Those were the words of the chief executive, Ann Lyle.", "So said Ann Lyle.", and a name that
 * goes on speaking ("“…” Manning reminded senators that …", "… Manning added that …").
 */
const NEXT_SENTENCE_CREDITS = [
  // (The name may be set off by a long appositive: "That is how Dr Ana Rui, executive director of …, which
  // has …, put it". Only the name before the first comma is kept. A feature may write it in the present:
  // "that's how Tommy Dunne puts it".)
  /^(?:(?:that|this|such) (?:was|is)|that['\u2019]s) (?:how|what) (.{2,80}?|\p{Lu}[^,]{1,60},.{2,200}?) (?:puts? it|said|says|calls? it|called it|describes? it|described it|told|tells|wrote|writes)\b/iu,
  /^(?:those|these) (?:were|are) the words of (.{2,80}?)(?=[,.;]|$)/i,
  // "“…,” he said. ¶ That was Simon Threlfall KC, who …": a name the words before left unnamed.
  /^(?:[Tt]hat|[Tt]his) (?:was|is) (\p{Lu}[\p{L}'\u2019.-]+(?: \p{Lu}[\p{L}'\u2019.-]+)+)(?=[,.;]|$)/u,
  // ("So said Kap. Peñaflor on Tuesday night": when it was said is no part of the name.)
  /^so said (.{2,80}?)(?=\s+(?:on|in|at|after|before|during|last|late|early|this|yesterday|today)\b|[,.;]|$)/i,
  // ("The congresswoman added that …": a definite role, as a name, goes on speaking.)
  /^((?:[Tt]he (?:[\p{Ll}-]+ )?[\p{Ll}-]+)|\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){0,2}) (?:added|reminded|stressed|insisted|explained|continued|went on)(?: \p{Ll}+){0,2}? (?:that|to)\b/u,
];

/** "the 15-year-old thought …": a person known by age alone as a clause's subject. */
const AGE_SUBJECT = /^\W*the\s+\d{1,3}-year-old\b/i;
/** Past tenses not in "-ed" that a subject standing for someone goes on to ("the 54-year-old shook his head"). */
const IRREGULAR_PAST: readonly string[] = (
  'shook took went gave made stood sat spoke wrote left came fell broke began kept held led met ran saw ' +
  'thought felt knew got put let won lost sent spent drove wept grew became found brought fought stuck threw'
).split(' ');

/**
 * An age alone opening a clause as its subject, set off or going on to its verb ("The 68-year-old, a …",
 * "The 62-year-old said the village …").
 */
const AGE_OPENING = new RegExp(
  `^\\W*[Tt]he\\s+(\\d{1,3})-year-old(?=\\s*,|\\s+(?:\\p{Ll}+(?:ed|s)|${[...SPEECH_VERB_WORDS, ...IRREGULAR_PAST].join('|')})\\b)`,
  'u',
);

/** ", who has worn the armband since 2021, also said": a verb that goes on with someone already quoted. */
const ALSO_SAID =
  /^(?:,[^.;:"\u201C\u201D]{1,120},)?\s+also\s+(?:said|says|told|tells|added|adds|insisted|insists|stressed)\b/u;

/** "Dr Okafor had earlier told …": the main verb in the pluperfect with an adverb that sets it back in time. */
const FLASHBACK = /^[^,;:"\u201C]*?\bhad\s+(?:earlier|previously|already|once)\s+\p{Ll}+/u;

/** What is left of a sentence after the name of its closing report: ", X said." / ", X told reporters." */
const CLOSING_REPORT =
  /^\s+(?:said|says|added|told\s+(?:reporters|journalists|\p{Lu}[\p{L}-]*))\s*[.!]?\s*$/u;
/** A cue of a pronoun alone after a quotation (", he said."). */
const PRONOUN_CUE = /^(?:he|she)\s+\p{Ll}+\.?$/u;

/**
 * The answer's own words: `answer` (the paragraph `text` without its label) less the quotations of someone
 * else it holds (`nested`, where they stand in `text`), as the runs of words left, in order. Empty when
 * nothing is left out (the whole answer is the speaker's) or the answer is not found in the text.
 */
function ownWords(text: string, answer: string, nested: readonly { start: number; end: number }[]): string[] {
  const offset = text.lastIndexOf(answer);
  if (nested.length === 0 || offset < 0) return [];
  const parts: string[] = [];
  let from = offset;
  for (const b of [...nested].sort((x, y) => x.start - y.start)) {
    parts.push(text.slice(from, Math.max(from, b.start)));
    from = Math.max(from, b.end);
  }
  parts.push(text.slice(from));
  return parts.map((part) => trimQuoteEnd(unwrapped(part.trim()))).filter((part) => /\p{L}/u.test(part));
}

/** A translation in brackets right after a quotation's closing mark ("” (We still have no rice.) "). */
const TRANSLATION_AFTER = /^["\u201D\u2019']?[.,]?\s*\([^()]{2,600}\)[.,]?\s*/u;
/** The longest stretch after a quotation read for its translation. */
const MAX_TRANSLATION = 620;

/** The text after a translation in brackets that follows the quotation closing at `close`; undefined for none. */
function afterTranslation(masked: string, close: number): string | undefined {
  const translated = TRANSLATION_AFTER.exec(masked.slice(close, close + MAX_TRANSLATION));
  return translated ? masked.slice(close + translated[0].length) : undefined;
}

/** Who the sentence after a quotation says spoke it, if it does (see NEXT_SENTENCE_CREDITS). */
function nextSentenceCredit(sentence: string): string | undefined {
  for (const pattern of NEXT_SENTENCE_CREDITS) {
    const phrase = pattern.exec(sentence)?.[1];
    // (A definite noun goes on speaking only as a person's role: "The report added that …" is no one's.)
    if (phrase !== undefined && /^the\s/i.test(phrase) && !isRoleNoun(phrase.split(' ').pop() as string))
      continue;
    if (phrase !== undefined) return phrase.replace(/,\s.*$/, '');
  }
  return undefined;
}

/** A live entry's time opening a paragraph before a capital ("17.12 ", "9:05 a.m. ET "). */
const ENTRY_TIME =
  /^\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|BST|CET|CEST|EST|EDT|ET|CT|PT|UTC|AEDT|AEST|WIB|IST))?\s+(?=\p{Lu})/u;

/** "(Mrs)" after "Dr", "Prof", "Engr"…: a courtesy title in brackets after a title, as Nigerian papers write. */
const BRACKETED_COURTESY =
  /(?<=\b\p{Lu}\p{Ll}{1,6}\.?\s)\((?:Mrs|Ms|Miss|Mr|Rtd|Retd|Retired)\.?\)(?=\s\p{Lu})/gu;

/**
 * Replaces quoted passages by underscores of equal length, keeping the marks, and the periods of
 * abbreviations and decimals by ABBREVIATION_DOT, so offsets stay valid and "said Col. Cullen Jones" reads past "Col.".
 */
function mask(written: string, spans: readonly QuoteSpan[]): string {
  // "17.12 Kwame Osei, president of …, said": a live entry's time opening the paragraph is blanked, so that
  // the sentence opens with its subject.
  const text = written.replace(ENTRY_TIME, (m) => ' '.repeat(m.length));
  if (spans.length === 0) return text;
  // (One pass, in order of the opening marks, each character masked once: a paragraph of thousands of
  // quotation marks, closed or not, costs its length and no more.)
  const chars = text.split('');
  let masked = 0;
  for (const s of [...spans].sort((a, b) => a.open - b.open)) {
    const end = s.close < 0 ? text.length : s.close - 1;
    for (let at = Math.max(s.open + 1, masked); at < end; at++) chars[at] = '_';
    masked = Math.max(masked, end);
  }
  let out = chars.join('');
  // "£2.1million", "4.5%": a decimal point ends no clause ("Pellow, who took home £2.1million, was quoted
  // as saying: …").
  out = maskDecimalPoints(out);
  // "Dr (Mrs) Chinwe Okonkwo, convener of …, said": a courtesy title in brackets after a title is blanked,
  // so that the name and what is set off after it read as they would without it.
  out = out.replace(BRACKETED_COURTESY, (m) => ' '.repeat(m.length));
  const dots = abbreviationDots(out);
  if (dots.length === 0) return out;
  let rebuilt = '';
  let from = 0;
  for (const dot of dots) {
    rebuilt += out.slice(from, dot) + ABBREVIATION_DOT;
    from = dot + 1;
  }
  return rebuilt + out.slice(from);
}

interface Bounds {
  start: number;
  end: number;
}

function sentenceBounds(sentences: readonly string[]): Bounds[] {
  const starts = sentenceStarts(sentences);
  return sentences.map((s, i) => ({ start: starts[i] as number, end: (starts[i] as number) + s.length }));
}

function quoteText(text: string, span: QuoteSpan): string {
  return trimQuoteEnd(text.slice(span.open + 1, span.close < 0 ? text.length : span.close - 1));
}

/** "a.m.", "U.S.": letters and dots, whose last dot is part of the word. */
const DOTTED_ABBREVIATION = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;

/**
 * A quotation's words without the punctuation closing them: trailing commas and periods vary between
 * outlets ("…," he said / "…."), the words are the quote; an abbreviation keeps its dot ("at 10 a.m.").
 */
/**
 * An answer printed in quotation marks ("A: “Badly, most days.”", or opening one that runs on into the
 * next paragraph), without them.
 */
function unwrapped(text: string): string {
  const t = text.trim();
  if (!/^["\u201C]/u.test(t) || /["\u201C\u201D]/u.test(t.slice(1, -1))) return t;
  return /["\u201D]$/u.test(t) ? t.slice(1, -1) : t.slice(1);
}

/** A paragraph that opens with a quotation mark (one running on from the paragraph before, or a new one). */
const PARAGRAPH_OPENS_QUOTE = /^\s*["'\u201C\u2018]/u;
/**
 * "Asked whether the company's managing director should consider his position, the secretary said": a role
 * noun (other than the one being resolved) earlier in the possessive's sentence is whose the possessive is.
 */
function roleBeforePossessive(text: string, at: number, roleNoun: string | undefined): boolean {
  const window = text.slice(Math.max(0, at - 100), at);
  const sentence = window.slice(window.search(/(?:^|[.!?]["\u201D]?\s+)[^.!?]*$/));
  return (sentence.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).some(
    (w) => w !== roleNoun && isRoleNoun(w),
  );
}

/** A paragraph opening with "He" or "She" and a speech verb ("He added:", "She later told …"). */
const PRONOUN_GOES_ON = /^\W*(he|she)\s+(?:also\s+|later\s+|then\s+)?(\p{Ll}+)\b/iu;
/** A paragraph opening with a quotation cued by "he" or "she" ("“…,” he said."). */
const QUOTE_THEN_PRONOUN = /^\s*["\u201C][^"\u201C\u201D]{1,400}["\u201D]\s+(he|she)\s+(\p{Ll}+)\b/u;

/** Whether a paragraph leaves a quotation open at its end (more opening marks than closing ones). */
function opensUnclosedQuotation(text: string): boolean {
  let open = 0;
  let straight = 0;
  for (const c of text) {
    if (c === '\u201C') open++;
    else if (c === '\u201D') open--;
    else if (c === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

function trimQuoteEnd(words: string): string {
  const t = words.trim().replace(/[,;:]+$/, '');
  return (DOTTED_ABBREVIATION.test(t) ? t : t.replace(/[,.;:]+$/, '')).trim();
}

/** Curly single quotes used as quote marks (headlines, decks): ‘refine options’. Not apostrophes. */
function scareQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  if (!text.includes('\u2018')) return spans;
  for (const m of text.matchAll(
    /(^|[\s(\u2014\u2013-])\u2018([^\u2018\u2019]{2,200}?)\u2019(?=$|[\s,.;:!?)\u2014\u2013-])/gu,
  )) {
    const open = m.index + (m[1] as string).length;
    spans.push({ open, close: open + (m[2] as string).length + 2 });
  }
  return spans;
}

/**
 * A quotation right after "Asked" (or "Pressed by the presenter –") opening a sentence: the question someone
 * was asked, not their words.
 */
const ASKED_BEFORE =
  /^\s*(?:(?:when|after being|on being|if)\s+)?(?:asked|pressed|challenged|questioned)(?:\s+by\s+[^,"\u201C\u2018\u2013\u2014]{1,60})?\s*[,\u2013\u2014]?\s*["'\u201C\u2018]?$/i;

/** How far before a quotation its sentence is read for a cue (see `paragraph`). */
const BEFORE_REACH = 600;
/** The most words of a main clause that introduces a quotation by its subject alone ("The union leader did not hesitate:"). */
const MAX_INTRODUCING_WORDS = 8;

/** How far before a quotation a relative clause introducing it is looked for. */
const RELATIVE_REACH = 120;

/**
 * "Pressed by Tom Reyes, an analyst, who asked, “…?”, Hale said …": a relative clause whose speech verb
 * introduces the quotation (its last words before the quote mark). The words are the relative's antecedent's,
 * whoever the sentence goes on to say spoke after them.
 */
function introducedByRelative(beforeOpen: string): boolean {
  // The last few words are all it reads (a paragraph of thousands of quote marks stays linear).
  const words = beforeOpen
    .slice(-RELATIVE_REACH)
    .trimEnd()
    .replace(/["'\u201C\u2018]$/u, '')
    .trimEnd()
    .split(/\s+/);
  const verb = words[words.length - 1] ?? '';
  if (!/[,:]$/.test(verb) || !SPEECH_VERB_WORDS.has(verb.slice(0, -1).toLowerCase())) return false;
  // "who asked,", "who then asked,", "who had said:"
  const relative = words.slice(-4, -1).findIndex((w) => /^who$/i.test(w));
  return relative >= 0 && /,$/.test(words[words.length - 5 + relative] ?? '');
}

/**
 * "…, Dr. Miriam Oduya-Pratt, the county health officer, who said …": a relative clause right after a name
 * (and its set-off role) whose verb is speech, so the name is who speaks in that sentence.
 */
const SPEAKING_RELATIVE = new RegExp(
  `^(?:,[^,;:.()\u201C\u201D"]{1,80})?,\\s+who\\s+(?:(?:then|later|also|had|has)\\s+)?(?:${[...SPEECH_VERB_WORDS].join('|')})\\b`,
  'u',
);

/** "…, she said": a pronoun that is the subject of a speech verb. */
function pronounSpeaks(after: string): boolean {
  const verb = /^\s*(?:he|she)\s+(\p{Ll}+)/iu.exec(after)?.[1];
  return verb !== undefined && SPEECH_VERB_WORDS.has(verb);
}

/** "I, Seddique Mateen, am declaring …": a speaker naming themself. */
const SELF_NAMED = /\bI,\s*$/;

/** "the minister called", not "the minister of finance" or "the minister's": a role spoken of by itself. */
/** A title set off by a comma as a form of address ("…, Advocate.", "…, Chairperson,"). */
const ADDRESSED_BY_TITLE = /,\s*(\p{Lu}\p{Ll}+)(?=[.,!?]|$)/gu;
/** The most letters of a title written short ("Mr", "Dr", "Prof"). */
const ABBREVIATED_TITLE_LETTERS = 4;
/** A stop, then a capitalised word: what follows a short title before a name ("Mr. Kuroda"). */
const NAME_AFTER_STOP = /^\.\s+\p{Lu}/u;
const ROLE_SPOKEN_OF = /\b[Tt]he (\p{Ll}+)\b(?!['\u2019]s\b| (?:of|for|in|at)\b)/gu;

/**
 * A sentence that is a name, a colon and the quote; the name maybe after a title and before what the words
 * are on, as a post or a caption puts it ("CM Sindh Nadir Shah on the godown video: “…”").
 */
const COLON_SPEAKER =
  /^\s*(\p{Lu}[\p{L}'\u2019\u2024-]*(?:\s+\p{Lu}[\p{L}'\u2019\u2024-]*){0,5})(?:\s+on\s+[^:"\u201C\u201D]{2,60})?:\s*["'\u201C\u2018]?$/u;

interface Place {
  paragraph: number;
  sentence: number;
}

/** Where a quote's cue is read: its sentence (masked), where the quotation opens, the sentence before. */
interface CueContext {
  at: Place;
  sentence: string;
  open: number;
  previousSentence: string;
}

/** A sentence read so far; its subject is worked out only when a quote needs it, then kept. */
interface SentenceEntry extends Place {
  text: string;
  bounds: Bounds;
  /** Who its quotes were given to (filled as they are attributed). */
  speakers: QuoteSpeaker[];
  /** The last speaker when the sentence was read: "he" there could not mean someone quoted later. */
  lastSpeaker: { speaker: QuoteSpeaker; paragraph: number } | undefined;
  /** undefined: not worked out yet; null: none. */
  subject?: number | null;
  /** Whether it lies wholly inside a quotation (someone's words, not the narrative). */
  quoted?: boolean;
}

class ArticleAttribution {
  readonly quotes: RawQuote[] = [];
  /** Names found to be the opening words of an institution's name in the article ("Kestrel Valley"). */
  readonly #institutionShortForms = new Map<string, boolean>();
  readonly #people: ArticlePeople;
  /** Every sentence so far, in order, with its subject (first person named, or a resolved "he"/"she"). */
  readonly #sentences: SentenceEntry[] = [];
  #lastSpeaker: { speaker: QuoteSpeaker; paragraph: number } | undefined;
  /** The quotes of a quotation still running on over paragraphs (indices into `quotes`). */
  #quotation: number[] = [];
  /** Paragraphs that quote someone (not only a question put), and the index of each paragraph's last sentence. */
  readonly #quotedParagraphs = new Set<number>();
  /** Paragraphs that are only a quotation credited by the line under it, and those lines ("“…” ¶ — Ada Ferrin"). */
  readonly #creditedParagraphs = new Set<number>();
  /** Quotes (by index) whose words name, in the third person, the person a rule gave them to: not theirs. */
  readonly #namedInside = new Map<number, number>();
  /** Sentences (their entries) whose subject pronoun means someone not known (see `#namedAfterPronoun`). */
  readonly #unknownPronounSubjects = new Map<Place, Gender>();
  /**
   * Sentences ("paragraph:sentence") where a quotation's cue after it names its speaker by a role the article
   * gives no one ("“…,” the defendant said"), with the gender the role says, if any.
   */
  readonly #unnamedRoleSpeakers = new Map<string, Gender | undefined>();
  /** Sentences (their entries) whose subject is a relative the family names (see `#familySubject`). */
  readonly #familySubjects = new Set<Place>();
  /** Quotes (by index) given by a cue that refers without naming ("the minister said", "she added"). */
  readonly #referred = new Set<number>();
  readonly #lastSentence: number[] = [];
  /** Entities quotes were attributed to so far. */
  readonly #speakers = new Set<number>();
  /** The speaker a quotation running on into the next paragraph belongs to. */
  #carry: QuoteSpeaker | null = null;
  /** The person whose colon closed the paragraph before ("She shared a longer statement:"), if any. */
  #introduced: { paragraph: number; entity: number } | null = null;
  /** The entities found to be the page's own reporters (see `#ownReporter`). */
  readonly #ownReporters = new Set<number>();

  /** Where the sentences of the paragraph being read sit in its text. */
  #current: Bounds[] = [];

  /** The paragraphs' texts (quotations masked once a paragraph is read). */
  readonly #texts: string[];
  /** The paragraphs' texts as written, quotations and all. */
  readonly #plain: readonly string[];

  readonly #phrases: SpeakerPhrases;
  readonly #interview: InterviewLayout;
  readonly #title: string;
  /** undefined: not worked out yet; null: none. */
  #interviewee: number | null | undefined;
  /** Whose a transcript's label is by the page's own words (`labelOwner`), per label: read once. */
  readonly #labelOwners = new Map<string, string | undefined>();
  /** The writer an editor's note names (undefined: not worked out; null: none). */
  #writerId: number | null | undefined;
  /** Per exchange (by its first question's paragraph): whom the paragraph before it hands over to; null: none. */
  readonly #handedOver = new Map<number, number | null>();
  /** Per exchange (by its first question's paragraph): who puts its questions (`#examiner`); null: none named so. */
  readonly #examinerIds = new Map<number, number | null>();
  /** The paragraph of the article's first labelled question, or -1; undefined until looked for. */
  #articleFirstQuestion: number | undefined;

  constructor(
    people: ArticlePeople,
    texts: readonly string[],
    phrases: SpeakerPhrases,
    interview: InterviewLayout,
    title: string,
  ) {
    this.#people = people;
    this.#texts = [...texts];
    this.#plain = texts;
    this.#phrases = phrases;
    this.#interview = interview;
    this.#title = title;
  }

  /**
   * Whose answers an interview prints: the person the headline names ("Anna Berg: ‘I had to fail first’"),
   * else the article's main person, named at least twice as often as anyone else.
   */
  #titleWords(): Set<string> {
    return new Set(
      this.#title
        .split(/[^\p{L}'\u2019-]+/u)
        .filter(Boolean)
        // "Douglas Brannan's first press conference": the name without its possessive.
        .map((word) => foldToken(word.replace(/['\u2019]s?$/u, ''))),
    );
  }

  /**
   * The person a transcript's speaker label names ("HARTMANN", "MS VOGEL"): by surname, when one person has
   * it; else the one person with that name at all ("PARK" for Park Ji-won, family name first).
   */
  #labelled(written: string): number | undefined {
    // "SEN. WHITFIELD (D-OHIO)": of two people of that surname, the one the article writes with that tag.
    const tag = PARTY_TAG.exec(written)?.[0];
    const label = tag === undefined ? written : written.replace(tag, '').trim();
    if (tag !== undefined) {
      const tagged = this.#taggedWith(tag.slice(1, -1), foldToken(label.split(/\s+/).pop() ?? ''));
      if (tagged !== undefined) return tagged;
    }
    const words = label.split(/\s+/).map(foldToken);
    const surname = words[words.length - 1] as string;
    // "GRANT HAVERKAMP" where his mother Marguerite Haverkamp speaks too, "NALINI ROE" whom the operator
    // said a question "comes from": a label that is a full name the article gives is that person.
    const named =
      words.length >= 2
        ? this.#people.entities.filter(
            (e) => e.full && sameFullName(e.tokens, label.split(/\s+/)) && !looksLikePlace(e.tokens),
          )
        : [];
    if (named.length === 1) return named[0]?.id;
    const people = this.#people.entities.filter((e) => this.#isPersonLike(e.id));
    const only = (found: readonly ArticleEntity[]) => (found.length === 1 ? found[0]?.id : undefined);
    // "Mr Pell's number is saved as Minister": a message log's label the page says is someone's.
    if (!this.#labelOwners.has(label)) this.#labelOwners.set(label, labelOwner(label, this.#texts));
    const owner = this.#labelOwners.get(label);
    const owned =
      owner === undefined ? undefined : only(people.filter((e) => e.surname === foldToken(owner)));
    if (owned !== undefined) return owned;
    // "Edwin S": a given name and the surname's initial, as a phone saves a contact.
    const abbreviated = givenAndInitial(label.split(/\s+/));
    if (abbreviated !== undefined) return only(people.filter((e) => abbreviates(abbreviated, e)));
    const bySurname = people.filter((e) => e.surname === surname);
    if (bySurname.length > 0) return only(bySurname);
    const byPart = people.filter((e) => e.full && e.parts.has(surname));
    if (byPart.length > 0) return only(byPart);
    // "Dan" in a message log where Daniel Hollis is named: a sender saved by a given name written short, or
    // by its pet form, is the one person named in full with that given name.
    if (words.length === 1) {
      const given = people.filter((e) => e.full && shortensGivenName(surname, foldToken(e.tokens[0] ?? '')));
      if (given.length > 0) return only(given);
    }
    // "AD": the one person named in full with those initials ("Ava Dunmore"), as a conversation's turns are labelled.
    return /^\p{Lu}{2,3}$/u.test(label)
      ? only(people.filter((e) => e.full && initialsOf(e) === label))
      : undefined;
  }

  /**
   * The one person of a surname whose name the article writes followed by a party and state ("Sen. Dana
   * Whitfield, D-Ohio," or "(D-Ohio)"), as a record's label tags them; undefined unless exactly one.
   */
  #taggedWith(tag: string, surname: string): number | undefined {
    const found = new Set<number>();
    const wanted = tag.toLowerCase();
    this.#people.paragraphs.forEach((people, p) => {
      const text = this.#texts[p] ?? '';
      for (const n of people?.names ?? []) {
        const e = this.#entity(n.entity);
        // (The labels themselves are mentions too: only a name written in full, "Sen. Dana Whitfield, D-Ohio".)
        if (n.quoted || n.tokens.length < 2 || !e.full || e.surname !== surname) continue;
        const after = /^,?\s*\(?([DRI]-\p{Lu}[\p{L}. ]{1,20}?)[,)]/u.exec(text.slice(n.end, n.end + 30))?.[1];
        if (after !== undefined && after.toLowerCase() === wanted) found.add(n.entity);
      }
    });
    return found.size === 1 ? [...found][0] : undefined;
  }

  /**
   * "BEN CHURCH: …" where no chain has the name (a surname that is a common word, "Ben Church at Hartwell"
   * read short): a label of a common given name and a surname names that person, a chain of its own.
   */
  #namedByLabel(label: string): number | undefined {
    const words = label.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !GIVEN_NAME_GENDERS.has(foldToken(words[0] as string)))
      return undefined;
    const tokens = words.map(titleCased);
    const named = this.#people.entities.find((e) => e.full && e.key === compactKey(tokens));
    return named?.id ?? this.#namedByCue({ kind: 'person', tokens });
  }

  /** Whether the headline names the entity (by its surname). */
  #headlineNames(id: number): boolean {
    return this.#titleWords().has(this.#entity(id).surname);
  }

  /**
   * "The look he gives me when I ask about Starmer … “How on earth …?” he said": in an interview told as a
   * feature, "he" or "she" is the interviewee (of that gender), unless the nearest sentence before with a
   * person for subject makes it another person of that gender ("Starmer rang him on Monday. “…,” he said").
   */
  #intervieweeAsPronoun(gender: Gender | undefined, at: Place): number | undefined {
    if (!gender || this.#interview.narratedAnswers.size === 0) return undefined;
    const interviewee = this.#featureInterviewee();
    if (interviewee === undefined || !this.#compatible(interviewee, gender)) return undefined;
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const s = this.#sentences[k] as SentenceEntry;
      if (at.paragraph - s.paragraph > PRONOUN_REACH) break;
      if (notBefore(s, at)) continue;
      const subject = this.#subjectAt(k);
      if (subject === undefined) continue;
      return subject === interviewee || !this.#compatible(subject, gender) ? interviewee : undefined;
    }
    return interviewee;
  }

  /**
   * Whose answers an interview told as a feature gives: the interviewee, when the headline names them or
   * the article has quoted them by name already; else the person it has quoted most so far, by far.
   */
  #featureInterviewee(): number | undefined {
    const id = this.#intervieweeId();
    if (id !== undefined && (this.#headlineNames(id) || this.#speakers.has(id))) return id;
    // Else the one the article has quoted most so far, by far.
    const counts = new Map<number, number>();
    for (const q of this.quotes)
      if (q.speaker?.kind === 'entity') counts.set(q.speaker.entity, (counts.get(q.speaker.entity) ?? 0) + 1);
    return leadingBy([...counts], ([, n]) => n)?.[0];
  }

  #intervieweeId(): number | undefined {
    if (this.#interviewee === undefined) {
      const titleWords = this.#titleWords();
      const people = this.#people.entities
        .filter((e) => this.#isPersonLike(e.id) && e.full)
        .sort((a, b) => b.mentions - a.mentions);
      const named = people.find((e) => titleWords.has(e.surname));
      const narrated = this.#narrationMentions();
      const main = narrated
        ? leadingBy(people, (e) => narrated.get(e.id) ?? 0)
        : leadingBy(people, (e) => e.mentions);
      this.#interviewee =
        this.#introducedInterviewee() ?? named?.id ?? this.#addressedInterviewee() ?? main?.id ?? null;
    }
    return this.#interviewee ?? undefined;
  }

  /**
   * In a transcript, how often the narration around it names each person: the questions and answers talk
   * about others ("Q: Jo Roe, the MP, said …", "A: … our security chief, Tim Vos, found …"), so the one the
   * narration introduces is the one answering. Undefined for an article without answers.
   */
  #narrationMentions(): Map<number, number> | undefined {
    if (this.#interview.answers.size === 0) return undefined;
    const counts = new Map<number, number>();
    this.#texts.forEach((text, p) => {
      if (this.#interview.answers.has(p) || QUESTION_OPENING.test(text)) return;
      for (const n of this.#people.paragraphs[p]?.names ?? [])
        if (!n.quoted) counts.set(n.entity, (counts.get(n.entity) ?? 0) + 1);
    });
    return counts;
  }

  /**
   * The person the paragraph right before the first question introduces, when it ends by handing over to the
   * transcript ("Manager Ana Ruiz spoke to reporters on Thursday. Here is some of what she said:") or says
   * what follows is one ("… He spoke to the Observer at his flat. This is an edited transcript."): a report
   * may print one person's answers under a headline that names another.
   */
  #introducedInterviewee(p?: number): number | undefined {
    const first = this.#firstQuestion(p);
    if (!this.#handedOver.has(first)) {
      const intro = this.#texts[first - 1];
      // Not a label in capitals ("FLASH INTERVIEW | Romy Vellacott spoke to …:").
      if (first < 1 || intro === undefined) this.#handedOver.set(first, null);
      else if (!(intro.trimEnd().endsWith(':') || ANNOUNCES_TRANSCRIPT.test(intro)))
        // A later exchange of the article, after narration naming its one witness ("The state's afternoon
        // witness was Dr. Helen Achterberg, … On direct examination by Solís, she …").
        this.#handedOver.set(first, first === this.#firstQuestion() ? null : this.#soleWitness(first - 1));
      else {
        // "… MMR spoke to him by phone. / This interview has been edited for length and clarity. / Q: …": a
        // note standing alone says what follows is a transcript; the paragraph before it says whose.
        const at = first >= 2 && this.#isBareNote(first - 1) ? first - 2 : first - 1;
        const text = this.#texts[at] as string;
        // "Under cross-examination by Simon Threlfall KC, he was taken through …": who questions is not who
        // answers.
        // ("Renata Solís asked Ortega a single question:": who asks is not who answers either.)
        // ("… put Corvane's payments to Kestrel Devices at $1.3 billion. From the transcript:": nor is a
        // possessor, nor a name the article gives no title, role or age, unless the headline names it.)
        const named = (this.#people.paragraphs[at]?.names ?? []).find(
          (n) =>
            !n.quoted &&
            !n.possessive &&
            this.#isPersonLike(n.entity) &&
            (this.#entity(n.entity).personal > 0 || this.#headlineNames(n.entity)) &&
            /\p{Ll}/u.test(text.slice(n.start, n.end)) &&
            !AGENT_BEFORE.test(beforeName(text, n.start)) &&
            !ASKS_AFTER.test(text.slice(n.end)),
        );
        if (named !== undefined) this.#handedOver.set(first, named.entity);
        else {
          // "… he was taken through the report. The court heard the following exchange:": the one "he" is.
          const read = this.#sentences.at(-1)?.paragraph ?? -1;
          if (read < at) return undefined;
          this.#handedOver.set(first, this.#introducedByPronoun(at) ?? null);
        }
      }
    }
    return this.#handedOver.get(first) ?? undefined;
  }

  /**
   * The one person paragraph `p` names who is not the agent of questioning, nor asking ("by Solís", "Kessler's
   * lawyer, Gavin Holloway, asked"), nor a possessor; null for none or several.
   */
  #soleWitness(p: number): number | null {
    const text = this.#texts[p] ?? '';
    const named = new Set(
      (this.#people.paragraphs[p]?.names ?? [])
        .filter(
          (n) =>
            !n.quoted &&
            !n.possessive &&
            this.#isPersonLike(n.entity) &&
            !AGENT_WITH_ROLE.test(beforeName(text, n.start)) &&
            !ASKS_AFTER.test(text.slice(n.end)),
        )
        .map((n) => n.entity),
    );
    return named.size === 1 ? (named.values().next().value as number) : null;
  }

  /** "This interview has been edited for length and clarity.": a note on a transcript naming no one. */
  #isBareNote(p: number): boolean {
    const people = this.#people.paragraphs[p];
    const text = this.#texts[p] as string;
    return (
      ANNOUNCES_TRANSCRIPT.test(text) &&
      !text.trimEnd().endsWith(':') &&
      (people === undefined || (people.names.length === 0 && people.pronouns.length === 0))
    );
  }

  /**
   * The paragraph of the first question of the exchange that paragraph `p` is part of (the questions, answers
   * and labelled turns running up to it), or of the article's first exchange without `p`; -1 for none.
   */
  #firstQuestion(p?: number): number {
    if (p === undefined) {
      this.#articleFirstQuestion ??= this.#texts.findIndex((text) => QUESTION_OPENING.test(text));
      return this.#articleFirstQuestion;
    }
    let first = -1;
    for (let k = p; k >= 0; k--) {
      const text = this.#texts[k] ?? '';
      if (QUESTION_OPENING.test(text)) first = k;
      else if (!this.#interview.answers.has(k)) break;
    }
    return first < 0 ? this.#firstQuestion() : first;
  }

  /**
   * Who puts the questions of an exchange the paragraph before hands over to, when it names them as the
   * agent of the questioning ("Under cross-examination by Simon Threlfall KC, he was …: Q: … A: …"): a court
   * report's questions are counsel's words. A newspaper's own interviewer is named so nowhere.
   */
  #examiner(p?: number): number | undefined {
    const first = this.#firstQuestion(p);
    if (!this.#examinerIds.has(first)) {
      const intro = this.#texts[first - 1];
      // (A later exchange of the article may follow narration that names its examiner without a colon.)
      const handsOver = intro?.trimEnd().endsWith(':') || first !== this.#firstQuestion();
      const agent =
        first < 1 || intro === undefined || !handsOver
          ? undefined
          : (this.#people.paragraphs[first - 1]?.names ?? []).find(
              (n) =>
                !n.quoted &&
                this.#isPersonLike(n.entity) &&
                (EXAMINED_BY.test(beforeName(intro, n.start)) || ASKS_AFTER.test(intro.slice(n.end))),
            );
      this.#examinerIds.set(first, agent?.entity ?? null);
    }
    return this.#examinerIds.get(first) ?? undefined;
  }

  /** A question of such an exchange ("Q: Mr Brierly, priority one means what?"): the examiner's words. */
  #examinerQuestion(p: number, sentences: readonly string[], text: string): boolean {
    if (this.#interview.answers.size === 0) return false;
    const label = QUESTION_OPENING.exec(text);
    if (!label) return false;
    const examiner = this.#examiner(p);
    if (examiner === undefined) return false;
    const words = trimQuoteEnd(unwrapped(text.slice(label[0].length)));
    if (!/\p{L}/u.test(words) || words.length > MAX_QUOTE_CHARS) return false;
    this.#wholeParagraph(p, sentences, text, words, examiner, 'interview');
    return true;
  }

  /**
   * Whose turn a quotation standing alone at the head of paragraph `p` is, when the two paragraphs before
   * are a question and its answer by two people ("“…, didn't you?” Castellano asked. ¶ “I did,” Kessler
   * said."): a question is the asker's, a line after the asker's question the answerer's, and a line after
   * an answer no one's for sure (null: neither carries on). Undefined outside such an exchange.
   */
  #exchangeTurn(p: number, quote: string): QuoteSpeaker | null | undefined {
    const last = this.#lastQuoteOf(p - 1);
    const prior = this.#lastQuoteOf(p - 2);
    if (last?.speaker?.kind !== 'entity' || prior?.speaker?.kind !== 'entity') return undefined;
    if (last.speaker.entity === prior.speaker.entity) return undefined;
    const asks = (q: RawQuote) => q.text.trimEnd().endsWith('?');
    // ("“…, didn't you?” ¶ “No. …” ¶ “Firmly? Three people will say …,” the barrister said. ¶ “Then …”": a
    // follow-up of the one who asked, after the answer, goes on with the exchange.)
    const before = this.#lastQuoteOf(p - 3);
    const followsUp =
      before?.speaker?.kind === 'entity' && before.speaker.entity === last.speaker.entity && asks(before);
    const [asker, answerer] = asks(prior) ? [prior, last] : asks(last) || followsUp ? [last, prior] : [];
    if (asker === undefined || answerer === undefined) return undefined;
    // ("“Asked by whom? Say it plainly for the record.”": a line that puts a question is a question.)
    if (PUTS_QUESTION.test(quote.trimEnd())) return asker.speaker;
    return last === asker ? answerer.speaker : null;
  }

  /** The last quotation read in paragraph `p`, if that paragraph opens with a quotation and quotes one person. */
  #lastQuoteOf(p: number): RawQuote | undefined {
    if (p < 0) return undefined;
    let found: RawQuote | undefined;
    for (let k = this.quotes.length - 1; k >= 0; k--) {
      const q = this.quotes[k] as RawQuote;
      if (q.paragraph < p) break;
      if (q.paragraph !== p) continue;
      if (found !== undefined && q.speaker?.kind === 'entity' && found.speaker?.kind === 'entity')
        if (q.speaker.entity !== found.speaker.entity) return undefined;
      found ??= q;
    }
    return found !== undefined && TURN_LED.test(this.#texts[p] ?? '') ? found : undefined;
  }

  /** The person a subject "he" or "she" of a paragraph (read already) refers to. */
  #introducedByPronoun(p: number): number | undefined {
    const pronoun = (this.#people.paragraphs[p]?.pronouns ?? []).find(
      (q) => !q.quoted && q.role === 'subject' && (q.pronoun === 'he' || q.pronoun === 'she'),
    );
    if (pronoun === undefined) return undefined;
    const resolved = this.#resolvePerson(
      pronoun.pronoun === 'he' ? 'm' : 'f',
      { paragraph: p, sentence: pronoun.sentence },
      pronoun.at,
    );
    return resolved?.kind === 'entity' ? resolved.entity : undefined;
  }

  /**
   * The one person the transcript's questions address by name ("Q: Rachel Denholm, you wrote to …"): the
   * interviewee, where the headline names no one.
   */
  #addressedInterviewee(): number | undefined {
    const addressed = new Set<number>();
    this.#texts.forEach((text, p) => {
      const label = QUESTION_OPENING.exec(text);
      if (!label) return;
      const first = (this.#people.paragraphs[p]?.names ?? [])[0];
      if (first === undefined || first.start > label[0].length + MAX_VOCATIVE_LEAD) return;
      if (text.charAt(first.end) !== ',' || !this.#isPersonLike(first.entity)) return;
      if (APPOSITION_AFTER_NAME.test(text.slice(first.end))) return;
      addressed.add(first.entity);
    });
    return addressed.size === 1 ? [...addressed][0] : undefined;
  }

  /** Whether the one labelled as asking is a person the article introduces (a role, a title, an age). */
  #introducedAsker(id: number): boolean {
    const e = this.#entity(id);
    return e.personal > 0 && this.#isPersonLike(id);
  }

  /**
   * An interview's answer paragraph ("A: …"): the interviewee's words, whatever quotations it holds; a
   * quotation inside it that the turn credits to someone it names is theirs too (see `#nestedQuotes`).
   */
  #answer(p: number, sentences: readonly string[], text: string, spans: readonly QuoteSpan[]): boolean {
    const answer = this.#interview.answers.get(p);
    // (Each exchange's answers are the witness its own paragraph before hands over to: a court report may
    // print two witnesses' evidence.)
    const interviewee = answer?.speaker
      ? (this.#labelled(answer.speaker) ?? this.#namedByLabel(answer.speaker))
      : answer
        ? (this.#introducedInterviewee(p) ?? this.#intervieweeId())
        : undefined;
    if (!answer || interviewee === undefined) return false;
    // The one asking is quoted when the article introduces them as a person ("Anton Vey, an analyst at …").
    if (answer.asks && !this.#introducedAsker(interviewee)) return false;
    // An answer known only by its place after a question (an explainer asks questions too) needs the
    // headline, the paragraph handing over to the questions, or the transcript's first answer's label
    // ("LOTTA BRENNER: …") to name whose answers they are.
    const named =
      answer.speaker !== undefined ||
      this.#headlineNames(interviewee) ||
      this.#introducedInterviewee(p) === interviewee;
    if (answer.positional && !named) return false;
    // A paragraph after the answers that names the interviewee is narration about them, and one that names
    // someone beside a speech verb is narration quoting them ("During a break, Ms Raman said: “…”").
    const names = this.#people.paragraphs[p]?.names ?? [];
    if (!answer.labelled && names.some((n) => !n.quoted && (n.entity === interviewee || n.speaks)))
      return false;
    const words = trimQuoteEnd(unwrapped(answer.text));
    if (!/\p{L}/u.test(words) || words.length > MAX_QUOTE_CHARS) return false;
    const nested = this.#nestedQuotes(p, sentences, text, spans, interviewee);
    // The answer less the quotations of someone else: what the interviewee said in their own words.
    const own = ownWords(text, answer.text, nested);
    this.#wholeParagraph(p, sentences, text, own[0] ?? words, interviewee, 'interview');
    for (const part of own.slice(1))
      this.quotes.push({
        paragraph: p,
        text: part,
        speaker: { kind: 'entity', entity: interviewee },
        rule: 'interview',
      });
    return true;
  }

  /**
   * "A: … As Daan Vos put it to me at two in the morning, “we have been looking at the wrong door.”",
   * "PRESENTER: … Because Ana Roe told this programme that the Government had “found money for everything”":
   * a quotation a turn credits, by a speech verb before it, to a person it names is that person's as well as
   * part of the turn. So is one it credits to "he" or "she" ("Her first email said: “…”", "in his words,
   * “…”"): the one answering says "I", so the pronoun is the last other person of that gender the answer, or
   * the question before it, names. Returns where such quotations stand in `text`, their marks included.
   */
  #nestedQuotes(
    p: number,
    sentences: readonly string[],
    text: string,
    spans: readonly QuoteSpan[],
    speaker: number,
  ): { start: number; end: number }[] {
    const bounds = sentenceBounds(sentences);
    const others: { start: number; end: number }[] = [];
    for (const span of spans) {
      if (span.close < 0) continue;
      const s = bounds.findIndex((b) => b.start <= span.open && span.open < b.end);
      const b = bounds[s];
      if (b === undefined) continue;
      const cue = attributionBefore(text.slice(b.start, span.open));
      if (cue === undefined || cue.relative || cue.coordinated || cue.participle) continue;
      const ref = this.#phrases.read(lastCapitalisedRun(cue.phrase));
      const entity =
        ref?.kind === 'person'
          ? this.#entityForName(ref.tokens, { paragraph: p, sentence: s })
          : ref?.kind === 'pronoun' && (ref.pronoun === 'he' || ref.pronoun === 'she')
            ? this.#otherNamedBefore(p, span.open, ref.pronoun === 'he' ? 'm' : 'f', speaker)
            : undefined;
      // "My old man … all he said was, “Front up and tell the truth, son.”": a "he" or "she" the answer names no
      // one for is still someone other than the one answering, who says "I"; the words are no one's for sure.
      const someoneElse =
        entity === undefined && ref?.kind === 'pronoun' && (ref.pronoun === 'he' || ref.pronoun === 'she');
      if (!someoneElse && (entity === undefined || entity === speaker || !this.#isPersonLike(entity)))
        continue;
      const words = trimQuoteEnd(unwrapped(text.slice(span.open, span.close)));
      if (!/\p{L}/u.test(words)) continue;
      this.quotes.push({
        paragraph: p,
        text: words,
        speaker: entity === undefined ? undefined : { kind: 'entity', entity },
        rule: 'nested',
      });
      others.push({ start: span.open, end: span.close + 1 });
    }
    return others;
  }

  /**
   * The last person, other than `speaker` and not known to be of the other gender, named outside quotations
   * in paragraph `p` before `before`, or else in the paragraph before it (an interview's question).
   */
  #otherNamedBefore(p: number, before: number, gender: Gender, speaker: number): number | undefined {
    for (const q of [p, p - 1]) {
      const names = (this.#people.paragraphs[q]?.names ?? []).filter(
        (n) =>
          !n.quoted &&
          (q < p || n.start < before) &&
          n.entity !== speaker &&
          this.#isPersonLike(n.entity) &&
          (genderOf(this.#entity(n.entity)) ?? gender) === gender,
      );
      const last = names[names.length - 1];
      if (last !== undefined) return last.entity;
    }
    return undefined;
  }

  /**
   * "She later shared a longer statement:" / "To everyone asking: yes, I trusted someone …": a paragraph in
   * the first person without quotation marks, after a paragraph whose subject introduces it with a colon, is
   * that subject's words (a statement or post set off as a block, its marks lost with the page's layout).
   */
  #blockQuote(p: number, sentences: readonly string[], text: string, spans: readonly QuoteSpan[]): boolean {
    const introducer = this.#introduced;
    if (introducer === null || introducer.paragraph !== p - 1 || spans.length > 0) return false;
    // A block quote speaks in the first person (a narrator's paragraph after a colon does not).
    if (!FIRST_PERSON_WORD.test(text) || text.length > MAX_QUOTE_CHARS) return false;
    this.#wholeParagraph(p, sentences, text, trimQuoteEnd(text), introducer.entity, 'block');
    // A memo or statement set off over several paragraphs: the next one in the first person goes on.
    this.#introduced = { paragraph: p, entity: introducer.entity };
    return true;
  }

  /** Records a whole paragraph as one quotation of `entity` (an interview's answer, a block quote). */
  #wholeParagraph(
    p: number,
    sentences: readonly string[],
    text: string,
    words: string,
    entity: number,
    rule: string,
  ): void {
    const speaker: QuoteSpeaker = { kind: 'entity', entity };
    this.quotes.push({ paragraph: p, text: words, speaker, rule });
    this.#texts[p] = text;
    this.#lastSentence[p] = sentences.length - 1;
    this.#quotedParagraphs.add(p);
    const bounds = sentenceBounds(sentences);
    sentences.forEach((sentence, s) => {
      this.#sentences.push({
        paragraph: p,
        sentence: s,
        text: sentence,
        bounds: bounds[s] as Bounds,
        speakers: [speaker],
        lastSpeaker: this.#lastSpeaker,
      });
    });
    this.#lastSpeaker = { speaker, paragraph: p };
    this.#speakers.add(entity);
    // "Björklund: “Then he should have let me coach. … ¶ “I said this to the board …”": an answer whose
    // quotation runs on into the next paragraph hands its speaker on, as any quotation does.
    this.#carry = opensUnclosedQuotation(text) ? speaker : null;
    this.#introduced = null;
    this.#quotation = [];
  }

  #entity(id: number): ArticleEntity {
    return this.#people.entities[id] as ArticleEntity;
  }

  /**
   * Whether an entity can be the person a pronoun or role refers to: named outside quotes, not a place,
   * and either named in full or with some sign of a person (a title, a role, an age, speech, a quote).
   */
  #isPersonLike(id: number): boolean {
    const e = this.#entity(id);
    if (e.unquoted === 0 || looksLikePlace(e.tokens)) return false;
    if (this.#namesInstitution(e)) return false;
    return e.full ? e.locative === 0 || e.personal > 0 : shownToBePerson(e) || this.#speakers.has(id);
  }

  /**
   * "Worcester, unlike many other institutions, had …" where the article names "Worcester University": a
   * name (one word or more) that opens an institution's name, with nothing to show a person (title, role,
   * age), is the institution.
   */
  #namesInstitution(e: ArticleEntity): boolean {
    return e.personal === 0 && this.#shortFormOfInstitution(e);
  }

  /** "Kestrel Valley" where the article names "Kestrel Valley Health Partnership": the institution, short. */
  #shortFormOfInstitution(e: ArticleEntity): boolean {
    const name = e.tokens.join(' ');
    const known = this.#institutionShortForms.get(name);
    if (known !== undefined) return known;
    const found = this.#findsInstitution(name);
    this.#institutionShortForms.set(name, found);
    return found;
  }

  #findsInstitution(name: string): boolean {
    for (const text of this.#texts) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        // The capitalised words right after it: "Kestrel Valley Health Partnership".
        const next = /^(?:\s+\p{Lu}[\p{L}'\u2019&-]*){1,3}/u.exec(text.slice(at + name.length))?.[0] ?? '';
        if (next.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))) return true;
      }
    }
    return false;
  }

  #compatible(id: number, gender: Gender | undefined): boolean {
    // The writer of a first-person piece is "I", never the "she" or "the singer" of its narration.
    if (!this.#isPersonLike(id) || id === this.#writer()) return false;
    if (!gender) return true;
    const known = genderOf(this.#entity(id));
    return known === undefined || known === gender;
  }

  /**
   * The person an editor's note says wrote the piece ("Sorcha Pendine co-founded the band with her. She
   * wrote this for Reel & Drone"): the first person named in the paragraph that says so.
   */
  #writer(): number | undefined {
    if (this.#writerId === undefined) {
      const p = this.#texts.findIndex((text) => WRITER_NOTE.test(text));
      const named = (this.#people.paragraphs[p]?.names ?? []).find((n) => !n.quoted);
      this.#writerId = p >= 0 && named ? named.entity : null;
    }
    return this.#writerId ?? undefined;
  }

  /** Of candidates in order of preference, the first whose gender is known to match, else the first. */
  #pick(ids: readonly number[], gender: Gender | undefined): number | undefined {
    const ok = ids.filter((id) => this.#compatible(id, gender));
    if (gender) {
      const known = ok.find((id) => genderOf(this.#entity(id)) === gender);
      if (known !== undefined) return known;
    }
    return ok[0];
  }

  /**
   * Unquoted people named in a sentence before an offset, in order, except objects of a preposition ("on
   * the subject of Johnny Depp, … she said"): they are not who the sentence is about.
   */
  #namedBefore(
    paragraph: number,
    sentence: number,
    before: number,
    objectBefore: RegExp = PREPOSITION_BEFORE,
    from = 0,
    possessives = true,
  ): number[] {
    const text = this.#texts[paragraph] ?? '';
    return (this.#people.paragraphs[paragraph]?.names ?? [])
      .filter(
        (n) =>
          n.sentence === sentence &&
          !n.quoted &&
          (possessives || !n.possessive) &&
          n.start >= from &&
          n.end <= before &&
          !objectBefore.test(beforeName(text, n.start)) &&
          !appositiveOfObject(beforeName(text, n.start), text.slice(n.end, n.end + 1)) &&
          !objectThroughRole(text.slice(Math.max(0, n.start - 60), n.start), text.slice(n.end, n.end + 1)) &&
          !IN_RELATIVE_CLAUSE.test(text.slice(Math.max(0, n.start - 120), n.start)),
      )
      .map((n) => n.entity);
  }

  /**
   * The person a "he"/"she" (or a gendered role) at a place refers to. A "she" earlier in the same sentence
   * ("Although she refused to confirm that she dumped Pitt, she …") is the same person: names after it are
   * not candidates.
   */
  #resolvePerson(gender: Gender | undefined, at: Place, before: number, speaks = false): QuoteSpeaker | null {
    const pronoun = gender === 'm' ? 'he' : 'she';
    const earlier = (this.#people.paragraphs[at.paragraph]?.pronouns ?? []).find(
      (q) =>
        gender &&
        q.sentence === at.sentence &&
        !q.quoted &&
        q.role === 'subject' &&
        q.pronoun === pronoun &&
        q.at < before,
    );
    const bounds = this.#boundsOf(at);
    const sentence = bounds ? (this.#texts[at.paragraph] ?? '').slice(bounds.start, bounds.end) : '';
    const from = bounds ? bounds.start + afterParticipleClause(sentence) : 0;
    const coordinated = bounds ? this.#clauseRoleSubject(at, before, gender, bounds) : undefined;
    if (coordinated !== undefined) return coordinated;
    // "the broadcast by Alhaji Bako on Monday night, in which he told …": the pronoun of a clause about a
    // speech or writing is its author's, whom "by" names.
    const author = gender ? this.#authorBefore(at, before, gender) : undefined;
    if (author !== undefined) return { kind: 'entity', entity: author };
    // "For Mathieu Esquerré, …, the week ended with what he called …": the one the sentence is about.
    const source = bounds ? this.#accordingTo(at, sentence, bounds, FOR_OPENING) : undefined;
    if (source !== undefined && this.#compatible(source, gender)) return { kind: 'entity', entity: source };
    // "Though Kerr's inauguration is a month away, she said": a possessor is not who the pronoun is.
    const here = this.#pick(
      this.#namedBefore(at.paragraph, at.sentence, earlier?.at ?? before, PREPOSITION_BEFORE, from, false),
      gender,
    );
    if (here !== undefined) return { kind: 'entity', entity: here };
    // "When the judge asked whether …, she said:": the main clause's pronoun is the opening clause's
    // subject, a role of someone named before.
    const clauseRole = gender && bounds ? this.#openingClauseRole(sentence, gender, at, before) : undefined;
    if (clauseRole !== undefined) return { kind: 'entity', entity: clauseRole };
    // "The Liberal Party deputy did not speak; he left …, saying he would “…”": a pronoun after the role that
    // opens its sentence is the role's holder; when the article has named no one of that role (and party)
    // before, no one, not whoever was named last. (A pronoun written there, not a role resolved through the
    // sentence before.)
    if (speaks && gender && bounds && this.#roleSubjectUnheld(sentence, gender, at, earlier?.at ?? before))
      return null;
    // "The judge said she found Bérubé to be “…”": the one person of that role named before.
    const holder = bounds ? this.#roleSubjectHolder(sentence, gender, at, earlier?.at ?? before) : undefined;
    if (holder !== undefined) return { kind: 'entity', entity: holder };
    // "Speaking at his palace, the Omanhene, flanked by elders, blamed … what he called “…”": a title the
    // article writes with "the" and a capital, opening the clause, is the pronoun's, someone it names no
    // further; not whoever was named before.
    if (gender && bounds && this.#titleSubject(sentence, gender)) return null;
    const interviewee = this.#intervieweeAsPronoun(gender, at);
    if (interviewee !== undefined) return { kind: 'entity', entity: interviewee };
    let lastSpeaker = this.#lastSpeaker;
    let seenOne = false;
    // Whether every sentence read so far, all in the pronoun's paragraph, had for subject someone known to be
    // of the other gender (see `companion` below).
    let otherSoFar = true;
    // Whether every sentence read so far was about no one: no subject, no one named.
    let aboutNoOne = true;
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const s = this.#sentences[k] as SentenceEntry;
      if (this.#narrativeDistance(s.paragraph, at.paragraph) > PRONOUN_REACH) break;
      if (notBefore(s, at)) {
        lastSpeaker = s.lastSpeaker;
        continue;
      }
      // "“I froze …,” the defendant said. ¶ He denied …": someone the article names by no more than a role
      // spoke last; a pronoun of a gender that fits goes on with them, whom no answer can name.
      const unnamedSpeaker = this.#unnamedRoleSpeakers.get(`${s.paragraph}:${s.sentence}`);
      if (
        gender !== undefined &&
        this.#unnamedRoleSpeakers.has(`${s.paragraph}:${s.sentence}`) &&
        (unnamedSpeaker === undefined || unnamedSpeaker === gender)
      )
        return null;
      // A quotation running on over paragraphs before its cue ("…¶ “…,” she said"): the speaker's own words,
      // not the narrative a pronoun refers back through.
      if (s.quoted && s.speakers.every((sp) => sp === undefined)) continue;
      // A key quote or a live page's entry credited by the line under it: words said elsewhere, set apart
      // from the narrative.
      if (this.#creditedParagraphs.has(s.paragraph)) continue;
      // "Meera Anand, her sister, arrived at the hospital. Dr Okafor had earlier told the family that … ¶
      // “…,” she said": a flashback ("had earlier told") is background; the pronoun reaches past it to the
      // sentence before, in the same paragraph.
      const previous = this.#sentences[k - 1];
      if (!seenOne && FLASHBACK.test(s.text) && previous?.paragraph === s.paragraph && !previous.quoted)
        continue;
      // "A third patient, a 71-year-old man, was admitted last week, she said. ¶ “…,” she said": a sentence
      // the same pronoun reports is that person's report; who it is about is no one the pronoun can be.
      if (
        !seenOne &&
        gender &&
        PRONOUN_REPORT_END.exec(s.text)?.[1]?.toLowerCase() === pronoun &&
        attributionTrailing(s.text)?.phrase.toLowerCase() === pronoun
      )
        continue;
      // "Ana Ruiz left the building. A reporter asked whether she felt betrayed. ¶ “…,” she said": someone
      // unnamed asking about the one the pronoun is is no one it can be; it reaches past the question.
      if (!seenOne && gender && UNNAMED_ASKS_ABOUT.exec(s.text)?.[1]?.toLowerCase() === pronoun) continue;
      // "Their son, Kornelis, 9, is still missing. ¶ “…,” he told PRBC by phone": someone a sentence of its
      // own says is missing or dead speaks no words now; the pronoun reaches past it.
      if (speaks && gender && STATED_MISSING_OR_DEAD.test(s.text) && !REPORTED_OR_SAID.test(s.text)) continue;
      const nearest = !seenOne;
      seenOne = true;
      const subject = this.#subjectAt(k);
      // "The Professor was unrepentant. He said Vance had … ¶ “…,” he said.": the "he" before, whom no one
      // named is known to be, is who this one is too.
      if (subject === undefined && gender !== undefined && this.#unknownPronounSubjects.get(s) === gender)
        return null;
      // "One firefighter, who asked not to be named, said … ‘…,’ he said.": the unnamed source is nearer
      // than anyone named before, and is no one the answer can name.
      const otherUnnamed = unnamedOfOtherGender(s.text, gender, () =>
        (this.#people.paragraphs[s.paragraph]?.pronouns ?? [])
          .filter((q) => q.sentence === s.sentence && !q.quoted)
          .map((q) => q.pronoun),
      );
      // "One of those arrested, a student who gave only her first name, Leila, described the night. ¶ “…,”
      // she said": a name set off in a sentence about someone unnamed is who the sentence is about.
      const setOff =
        nearest && UNNAMED_SUBJECT.test(s.text) && !otherUnnamed ? this.#setOffName(s, gender) : undefined;
      if (setOff !== undefined) return { kind: 'entity', entity: setOff };
      if (UNNAMED_SUBJECT.test(s.text) && !otherUnnamed && !this.#namesSomeone(s))
        return this.#namedLater(s.text, at, gender);
      // "One customer who … has four Haverlock cameras …": opening the sentence, the unnamed one is its
      // subject whatever else it names (unless a name is set off after it: "One resident, Tom Reyes, …").
      if (opensUnnamed(s.text) && !otherUnnamed && !SET_OFF_NAME.test(s.text))
        return this.#namedLater(s.text, at, gender);
      // "The wife of one of the injured men told a radio station that he … “…,” she said": a role or relative
      // of someone unnamed, as the subject, is someone unnamed too.
      if (
        subject === undefined &&
        ROLE_OF_SOMEONE_UNNAMED.test(s.text.slice(mainClauseStart(s.text))) &&
        !this.#namesSomeone(s)
      )
        return this.#namedLater(s.text, at, gender);
      // "I have in front of me an email from a constituent who runs a bakery. She writes: “…”": the one just
      // brought in unnamed, when the sentence names no one else and its subject is no one who fits.
      if (
        nearest &&
        subject === undefined &&
        s.paragraph === at.paragraph &&
        INTRODUCED_UNNAMED.test(s.text) &&
        !this.#namesSomeone(s) &&
        !this.#describesName(s, INTRODUCED_UNNAMED.exec(s.text)?.index ?? 0)
      )
        return this.#namedLater(s.text, at, gender);
      // "His father has declined every interview. Through a spokeswoman, he sent …": "he" is the relative
      // the sentence before is about, whom it does not name; not the person "his" refers to.
      // (Also where a pronoun later in the sentence is theirs: "Her mother nods, and then she looks …".)
      // (Unless the family names the relative: "Her father said …" after "Gerald Whitcomb … his daughter,
      // Dana Whitcomb" is Gerald Whitcomb.)
      if (
        (subject === undefined || (!this.#namesSomeone(s) && !this.#familySubjects.has(s))) &&
        this.#relativeSubject(s, gender)
      )
        return null;
      // "The prime minister's official spokesman said … But he added:", "The feisty singer was famous for her
      // one-liners. She once told …": "he" is the unnamed role holder the sentence is about, no one named.
      if (subject === undefined && this.#unnamedRoleSubject(s, gender, at, before))
        return this.#witnessAddressed(s, k, gender) ?? this.#namedNext(s.text, at, gender) ?? null;
      // "Asked whether she still wanted Mrs Varcoe back, the 15-year-old thought for a moment. “…,” she said":
      // an age standing for the subject means the one just quoted, never someone the sentence names.
      if (subject === undefined && AGE_SUBJECT.test(s.text.slice(mainClauseStart(s.text)))) {
        // "Fatima El Idrissi was among those let back in. The 34-year-old spent the day …": right after a
        // sentence of its paragraph about a named person, the age is theirs.
        const before = this.#sentences[k - 1];
        const introduced =
          before !== undefined && before.paragraph === s.paragraph ? this.#subjectAt(k - 1) : undefined;
        if (
          introduced !== undefined &&
          this.#compatible(introduced, gender) &&
          this.#isPersonLike(introduced)
        )
          return { kind: 'entity', entity: introduced };
        const last = s.lastSpeaker;
        return last?.speaker?.kind === 'entity' &&
          at.paragraph - last.paragraph <= PRONOUN_REACH &&
          this.#compatible(last.speaker.entity, gender)
          ? last.speaker
          : null;
      }
      // "… the actress wasn’t itching to do something else. “…,” she said": the one person of that role.
      const holder = subject === undefined ? this.#roleSubjectHolder(s.text, gender, at, before) : undefined;
      if (holder !== undefined) return { kind: 'entity', entity: holder };
      // "Varga then handed the microphone to Dr. Miriam Oduya-Pratt, …, who said her department had …
      // ¶ “…,” she said": the one a relative clause has just made speak is whom a speech cue's pronoun
      // means, not the subject who gave her the floor.
      const relative =
        speaks && nearest && gender && subject !== undefined
          ? this.#speakingRelative(s, subject, gender)
          : undefined;
      if (relative !== undefined) return { kind: 'entity', entity: relative };
      // "Abebe met the mediator on Monday, Selamawit said. She added that …": a speech cue's pronoun right
      // after a report goes on with the one who reported it, not the one the report is about (unless only
      // that one is known to be of the pronoun's gender).
      const reporter = speaks && nearest && gender ? this.#reporterOf(s, gender) : undefined;
      if (
        reporter !== undefined &&
        (genderOf(this.#entity(reporter)) === gender ||
          subject === undefined ||
          genderOf(this.#entity(subject)) !== gender)
      )
        return { kind: 'entity', entity: reporter };
      // "Øberg is little known outside Norway, and Ashcroft believes the seller was counting on that. ¶ “…,”
      // he said": a speech cue's pronoun right after a sentence of two clauses goes on with the last one's.
      const later =
        speaks && nearest && gender && subject !== undefined
          ? this.#laterClauseSubject(s, subject, gender)
          : undefined;
      if (later !== undefined) return { kind: 'entity', entity: later };
      if (subject !== undefined && this.#compatible(subject, gender)) {
        const partner = gender ? this.#coordinatedOfGender(s, subject, gender) : undefined;
        return { kind: 'entity', entity: partner ?? subject };
      }
      // "Bernadette Quill and Tobias Renwick have rarely agreed. … he accused her …": the subject is known
      // to be of the other gender, so "he" is the one coordinated with her.
      const partner =
        subject !== undefined && gender && this.#knownOtherGender(subject, gender)
          ? this.#coordinatedOfGender(s, subject, gender)
          : undefined;
      if (partner !== undefined) return { kind: 'entity', entity: partner };
      // "Her brother, Jo Roe, is being treated in Visp, while Ana Lenk, a client, was taken to Aosta. She told
      // RTS …": the subject is of the other gender, and the clause after "while" has its own subject who fits.
      const contrasted =
        nearest && subject !== undefined && gender && this.#knownOtherGender(subject, gender)
          ? this.#clauseSubjectOfGender(s, gender)
          : undefined;
      if (contrasted !== undefined) return { kind: 'entity', entity: contrasted };
      // ("For Cllr Huw Jones, …, the fight is far from over. Officers have agreed to …": past sentences about
      // no one, the topic the paragraph opened with.)
      // ("The loudest applause went to Donald Lyle, the crofter …. He addressed the minister": the one
      // person the nearest sentence names, of no known gender, before anyone further back who is known.)
      // ("The loudest voice belonged to Tam Hare. The former Rovers captain … told …": a role that says no
      // gender, right after a sentence of its paragraph about no one that names one person, is that person.)
      const named =
        subject === undefined && gender
          ? (this.#namedOfGender(s, gender) ??
            (nearest || aboutNoOne ? this.#topic(s, gender) : undefined) ??
            (nearest ? this.#onlyPersonNamed(s, gender) : undefined))
          : subject === undefined && nearest && s.paragraph === at.paragraph
            ? this.#onlyPersonNamed(s, undefined)
            : undefined;
      if (named !== undefined) return { kind: 'entity', entity: named };
      aboutNoOne &&= subject === undefined && !this.#namesSomeone(s);
      // "Mr Hale then put to Dr Carrick that … / ‘…,’ she said.": a reply is the addressee's, when the
      // sentence just before addresses a person of the pronoun's gender and its subject is of the other.
      const object =
        nearest && subject !== undefined && gender && this.#knownOtherGender(subject, gender)
          ? this.#addresseeMaybeOfGender(s, gender)
          : undefined;
      if (object !== undefined) return { kind: 'entity', entity: object };
      // "Mr Naivalu travelled to Lakeba with Litia Cakobau, the council's chair. She told the Post …": the
      // subject is of the other gender, so the pronoun is the one other person the sentence names who may be.
      // (Also past her own quotation: "Ms Rae turned to Jon Baird, who had been waiting with his hand up.
      // “Go ahead,” she said. He was given a round of applause.")
      const otherGender =
        subject !== undefined && gender !== undefined && this.#knownOtherGender(subject, gender);
      const companion =
        (nearest || (otherSoFar && s.paragraph === at.paragraph)) && otherGender && gender
          ? this.#onlyOtherOfGender(s, subject as number, gender)
          : undefined;
      if (companion !== undefined) return { kind: 'entity', entity: companion };
      otherSoFar &&= otherGender;
    }
    const last = lastSpeaker;
    if (
      last?.speaker?.kind === 'entity' &&
      at.paragraph - last.paragraph <= PRONOUN_REACH &&
      this.#compatible(last.speaker.entity, gender)
    )
      return last.speaker;
    // An unnamed source in play ("a source close to the investigation told Reuters") is who "he" is.
    const nearby = `${this.#texts[at.paragraph - 1] ?? ''} ${this.#texts[at.paragraph] ?? ''}`;
    if (!gender || UNNAMED_SOURCE.test(nearby)) return null;
    const main = this.#protagonist(gender, at, before);
    return main === undefined ? null : { kind: 'entity', entity: main };
  }

  /**
   * "The board suspended Perera after …, and the country's sports minister ordered an inquiry into what he
   * called “…”": a definite role phrase opening the pronoun's own clause (after "and", "but", "while" or a
   * semicolon), with no one named between it and the pronoun, is who the pronoun is, not a name earlier in
   * the sentence: the one holder named before; else the one named in the next few paragraphs (a lead names
   * the minister a paragraph or two on); else no one. Undefined where no such clause opens.
   */
  #clauseRoleSubject(
    at: Place,
    before: number,
    gender: Gender | undefined,
    bounds: Bounds,
  ): QuoteSpeaker | null | undefined {
    if (before <= bounds.start) return undefined;
    const text = this.#texts[at.paragraph] ?? '';
    const sentence = text.slice(bounds.start, before);
    let opens: number | undefined;
    for (const m of sentence.matchAll(COORDINATE_CLAUSE)) opens = bounds.start + m.index + m[0].length;
    if (opens === undefined) return undefined;
    const clause = text.slice(opens, before);
    const noun = definiteRoleHead(clause);
    if (noun === undefined) return undefined;
    const words = clause.trim().split(/\s+/);
    const head = words.findIndex((w) => w.replace(/,$/, '').toLowerCase() === noun);
    const ref = this.#phrases.read(
      words
        .slice(0, head + 1)
        .join(' ')
        .replace(/,$/, ''),
    );
    if (ref?.kind !== 'role' || ref.demonym) return undefined;
    if (ref.gender !== undefined && gender !== undefined && ref.gender !== gender) return undefined;
    const names = this.#people.paragraphs[at.paragraph]?.names ?? [];
    if (names.some((n) => n.sentence === at.sentence && !n.quoted && n.start >= opens && n.end <= before))
      return undefined;
    const holds = (e: ArticleEntity) =>
      e.roleWords.has(ref.noun) &&
      this.#compatible(e.id, gender) &&
      (ref.office ?? []).every((w) => this.#roleNames(e, w));
    const named = this.#people.entities.filter((e) => holds(e) && this.#isNamedBefore(e.id, at, before));
    if (named.length === 1) return { kind: 'entity', entity: (named[0] as ArticleEntity).id };
    if (named.length > 1) return undefined;
    const later = new Set<number>();
    for (let p = at.paragraph; p <= at.paragraph + LEAD_ROLE_REACH; p++)
      for (const n of this.#people.paragraphs[p]?.names ?? [])
        if ((p > at.paragraph || n.start > before) && !n.quoted && holds(this.#entity(n.entity)))
          later.add(n.entity);
    return later.size === 1 ? { kind: 'entity', entity: [...later][0] as number } : null;
  }

  /**
   * The author a sentence names with "by" after a speech or writing ("the broadcast by X on Monday night, in
   * which he"), when a pronoun of that gender before `before` opens that clause and the author may be it.
   */
  #authorBefore(at: Place, before: number, gender: Gender): number | undefined {
    const text = this.#texts[at.paragraph] ?? '';
    const people = this.#people.paragraphs[at.paragraph];
    const pronoun = people?.pronouns.find(
      (q) =>
        q.sentence === at.sentence &&
        !q.quoted &&
        q.at < before &&
        q.pronoun === (gender === 'm' ? 'he' : 'she') &&
        IN_WHICH_BEFORE.test(text.slice(Math.max(0, q.at - 12), q.at)),
    );
    if (pronoun === undefined) return undefined;
    const names = (people?.names ?? []).filter(
      (n) => n.sentence === at.sentence && !n.quoted && n.end <= pronoun.at,
    );
    const n = names[names.length - 1];
    if (n === undefined || !this.#compatible(n.entity, gender) || !this.#isPersonLike(n.entity))
      return undefined;
    const lead = beforeTitles(text.slice(Math.max(0, n.start - NAME_CONTEXT), n.start));
    return WORK_BY.test(lead) && /^[^.;:"\u201C]*$/u.test(text.slice(n.end, pronoun.at))
      ? n.entity
      : undefined;
  }

  /** Whom a sentence's closing report names ("…, Selamawit said."), when they may be of that gender. */
  #reporterOf(s: SentenceEntry, gender: Gender): number | undefined {
    if (attributionTrailing(s.text) === undefined) return undefined;
    const text = this.#texts[s.paragraph] ?? '';
    const reporter = (this.#people.paragraphs[s.paragraph]?.names ?? []).find(
      (n) =>
        n.sentence === s.sentence &&
        !n.quoted &&
        /,\s*$/.test(text.slice(s.bounds.start, n.start)) &&
        CLOSING_REPORT.test(text.slice(n.end, s.bounds.end)),
    );
    return reporter !== undefined &&
      this.#compatible(reporter.entity, gender) &&
      this.#isPersonLike(reporter.entity)
      ? reporter.entity
      : undefined;
  }

  /** A person other than the subject, of a gender that fits, whom a relative clause in sentence `s` makes speak. */
  #speakingRelative(s: SentenceEntry, subject: number, gender: Gender): number | undefined {
    const text = this.#texts[s.paragraph] ?? '';
    const named = (this.#people.paragraphs[s.paragraph]?.names ?? []).filter(
      (n) => n.sentence === s.sentence,
    );
    // The subject is named first: the relative is the object's ("Pressed by X, who asked, “…?”, Y said …"
    // is about Y, who answers).
    // (Or as a pronoun: "She then handed the microphone to X, who said …".)
    const subjectAt =
      named.find((n) => n.entity === subject && !n.quoted)?.end ??
      this.#people.paragraphs[s.paragraph]?.pronouns.find(
        (q) => q.sentence === s.sentence && !q.quoted && q.role === 'subject',
      )?.at;
    if (subjectAt === undefined) return undefined;
    const names = named.filter(
      (n) =>
        n.start > subjectAt &&
        !n.quoted &&
        !n.possessive &&
        n.entity !== subject &&
        this.#isPersonLike(n.entity) &&
        this.#compatible(n.entity, gender) &&
        SPEAKING_RELATIVE.test(text.slice(n.end, s.bounds.end)),
    );
    return names[names.length - 1]?.entity;
  }

  /** Whether a sentence's subject is someone's relative or aide of a gender that fits ("His father has …"). */
  #relativeSubject(s: SentenceEntry, gender: Gender | undefined): boolean {
    const noun = POSSESSIVE_ROLE_SUBJECT.exec(s.text.slice(mainClauseStart(s.text)))?.[1]?.toLowerCase();
    const ref = noun ? this.#phrases.read(`the ${noun}`) : undefined;
    return (
      ref?.kind === 'role' && (ref.gender === undefined || gender === undefined || ref.gender === gender)
    );
  }

  /**
   * Whether a sentence opens with a definite role phrase ("The prime minister's official spokesman", "The
   * feisty singer") whose role no one in the article was given, of a gender that fits.
   */
  #unnamedRoleSubject(s: SentenceEntry, gender: Gender | undefined, at: Place, before: number): boolean {
    const noun = definiteRoleHead(s.text.slice(mainClauseStart(s.text)));
    const ref = noun ? this.#phrases.read(`the ${noun}`) : undefined;
    if (ref?.kind !== 'role' || ref.demonym) return false;
    if (ref.gender !== undefined && gender !== undefined && ref.gender !== gender) return false;
    // "The barrister who represented both families told …. “…,” he said. That was Simon Threlfall KC": a
    // holder the article names only later is not named yet.
    // (A holder of the other gender is not who "she" is: "The chief executive of the charity said … ‘…,’ she
    // said" where the only chief executive named before is a man.)
    return this.#holdersNamedBefore(ref.noun, gender, at, before).length === 0;
  }

  /** The people of a gender that fits, named before the place, whom the article gave the role `noun`. */
  #holdersNamedBefore(noun: string, gender: Gender | undefined, at: Place, before: number): ArticleEntity[] {
    return this.#people.entities.filter(
      (e) => e.roleWords.has(noun) && this.#compatible(e.id, gender) && this.#isNamedBefore(e.id, at, before),
    );
  }

  /**
   * Whether an entity may be the holder of a role phrase that names its body ("The chief executive of the
   * Insomnia Support Network"): one of the body's capitalised words is in one of the entity's roles or in
   * the name it was given with them; true when the phrase names no body.
   */
  #holdsRoleOfBody(entity: number, phrase: string): boolean {
    const body = ROLE_OF_NAMED_BODY.exec(phrase)?.[1];
    if (body === undefined) return true;
    const roles = [...this.#entity(entity).roles.keys()].join(' ');
    return body
      .split(/\s+/)
      .some((w) => w.length > 2 && !FUNCTION_WORDS.has(w.toLowerCase()) && roles.includes(w));
  }

  /**
   * "Ms Sallis suggested to Mrs Roux-Halloran that … The witness denied it. She told the jury: ‘…’": the
   * witness is the one counsel's sentence just before put it to, when the gender fits.
   */
  #witnessAddressed(s: SentenceEntry, k: number, gender: Gender | undefined): QuoteSpeaker | undefined {
    if (definiteRoleHead(s.text.slice(mainClauseStart(s.text))) !== 'witness') return undefined;
    const before = this.#sentences[k - 1];
    if (before === undefined || s.paragraph - before.paragraph > 1) return undefined;
    const addressed = this.#addressee(before, (id) => this.#compatible(id, gender));
    return addressed === undefined ? undefined : { kind: 'entity', entity: addressed };
  }

  /**
   * "A woman who lives above the cutting said …. ¶ “…,” she said. ¶ The woman, Ghislaine Roux, 63, said
   * …": someone unnamed (`noun`, "woman"), named in one of the two paragraphs after `at` as the same noun
   * made definite with the name set off after it. Only a person named in full, not before, of a gender
   * that fits.
   */
  #restatedAsNamed(noun: string, at: Place, gender: Gender | undefined): number | undefined {
    for (let p = at.paragraph + 1; p <= at.paragraph + RESTATED_REACH; p++) {
      const text = this.#texts[p] ?? '';
      const restated = RESTATED_UNNAMED.exec(text);
      if (!restated || (restated[1] as string).toLowerCase() !== noun) continue;
      const name = (this.#people.paragraphs[p]?.names ?? []).find(
        (n) => !n.quoted && n.start === restated[0].length,
      );
      if (name === undefined) return undefined;
      const e = this.#entity(name.entity);
      if (!e.full || !this.#compatible(name.entity, gender) || this.#isNamedBefore(name.entity, at, Infinity))
        return undefined;
      return name.entity;
    }
    return undefined;
  }

  /** The person an unnamed opener of `sentence` is named as later (see `#restatedAsNamed`), else null. */
  #namedLater(sentence: string, at: Place, gender: Gender | undefined): QuoteSpeaker | null {
    const noun = unnamedOpening(sentence);
    const named = noun === undefined ? undefined : this.#restatedAsNamed(noun, at, gender);
    return named === undefined ? null : { kind: 'entity', entity: named };
  }

  /** The first name paragraph `p` gives outside quotations in its first sentence, if any. */
  /**
   * "The owner of a holiday park near Glenarrick … says he was only doing “…”. ¶ Iain Drummond, 59, raised
   * the alarm …": the lead paragraph's speaker, described and not named, is the one the next paragraph
   * opens by naming in full for the first time, of the gender the lead gives (the delayed lede).
   */
  #ledeIdentified(phrase: string, at: Place, sentence: string): number | undefined {
    if (at.paragraph !== 0 || !DESCRIBED_SPEAKER.test(phrase) || REDUCED_RELATIVE.test(phrase))
      return undefined;
    const first = this.#openingName(1);
    const text = this.#texts[1] ?? '';
    if (first === undefined || beforeTitles(text.slice(0, first.start)).trim() !== '') return undefined;
    if (
      !this.#entity(first.entity).full ||
      this.#isNamedBefore(first.entity, { paragraph: 1, sentence: 0 }, 0)
    )
      return undefined;
    const from = sentence.indexOf(phrase);
    const gender = ledeGender(phrase, from < 0 ? '' : sentence.slice(from + phrase.length));
    return gender !== undefined && this.#compatible(first.entity, gender) ? first.entity : undefined;
  }

  #openingName(p: number): LinkedName | undefined {
    return (this.#people.paragraphs[p]?.names ?? []).find((n) => !n.quoted && n.sentence === 0);
  }

  /**
   * "The chief executive of the trade body, the HIIA, said … ¶ “…,” she said. ¶ Miriam Castleton, who has
   * led the HIIA since 2019, said …": the person the paragraph after the quotation opens by naming for the
   * first time, of a gender that fits, when that sentence and the role's share a name (the body's); else
   * undefined.
   */
  #namedNext(roleSentence: string, at: Place, gender: Gender | undefined): QuoteSpeaker | undefined {
    const p = at.paragraph + 1;
    const first = this.#openingName(p);
    const text = this.#texts[p] ?? '';
    const prefix = first === undefined ? '' : text.slice(0, first.start);
    // (Opening it, or after its role: "The chair, Evelyn Marsh, a former …".)
    if (first === undefined || !ROLE_BEFORE_NAME.test(beforeTitles(prefix))) return undefined;
    const e = this.#entity(first.entity);
    if (!e.full || !this.#compatible(first.entity, gender) || this.#isNamedBefore(first.entity, at, Infinity))
      return undefined;
    const sentence = text.slice(first.end, this.#boundsOf({ paragraph: p, sentence: 0 })?.end);
    // The body both name, or the role the name is set off after ("The chair, Evelyn Marsh").
    // (In any case: "the Supporters' Trust" and "who has led the trust".)
    const words = new Set(sentence.toLowerCase().split(/[^\p{L}]+/u));
    const role = prefix.toLowerCase().split(/[\s,]+/);
    const shared =
      capitalisedWords(roleSentence).some((w) => words.has(w.toLowerCase())) ||
      role.some((w) => w.length > 3 && roleSentence.toLowerCase().includes(w));
    return shared ? { kind: 'entity', entity: first.entity } : undefined;
  }

  /**
   * The one person named before `at` whom the article gave the role a sentence opens with as its subject
   * ("Despite …, the actress wasn’t …"), when the pronoun's gender fits them.
   */
  /** Paragraphs from `from` to `to`, not counting credited key quotes between them (see `#creditedParagraphs`). */
  #narrativeDistance(from: number, to: number): number {
    let distance = to - from;
    for (let p = from + 1; p < to && this.#creditedParagraphs.size > 0; p++)
      if (this.#creditedParagraphs.has(p)) distance--;
    return distance;
  }

  /**
   * Whether the main clause of `text` opens with "the" and one capitalised word that is no role noun and
   * goes by no full name here, a chain the article gave the pronoun's gender ("the Omanhene, flanked by …,
   * blamed"): a person known by a title alone.
   */
  #titleSubject(text: string, gender: Gender): boolean {
    const m = TITLE_SUBJECT.exec(text.slice(mainClauseStart(text)));
    const word = m?.[1];
    if (word === undefined || isRoleNoun(word.toLowerCase())) return false;
    const folded = foldToken(word);
    return this.#people.entities.some(
      (e) =>
        !e.full &&
        e.tokens.length === 1 &&
        foldToken(e.tokens[0] as string) === folded &&
        e.votes[gender] > 0,
    );
  }

  #roleSubjectHolder(
    text: string,
    gender: Gender | undefined,
    at: Place,
    before: number,
  ): number | undefined {
    const noun = definiteRoleHead(text.slice(mainClauseStart(text)));
    const ref = noun ? this.#phrases.read(`the ${noun}`) : undefined;
    if (ref?.kind !== 'role' || ref.demonym) return undefined;
    if (ref.gender !== undefined && gender !== undefined && ref.gender !== gender) return undefined;
    const holders = this.#holdersNamedBefore(ref.noun, gender, at, before);
    const holder = holders.length === 1 ? (holders[0] as ArticleEntity) : undefined;
    if (holder === undefined) return undefined;
    // "the former test chief said he" where the chief executive is the one chief named and the head of the
    // test centre is named too: a word before the noun that another person's role has and the holder's
    // lacks makes the holder unsure.
    const clause = text.slice(mainClauseStart(text)).trim().split(/\s+/, 6);
    const head = clause.findIndex((w) => w.replace(/,$/, '').toLowerCase() === noun);
    const qualifiers = clause
      .slice(1, Math.max(1, head))
      .map((w) => w.toLowerCase())
      .filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !RANK_BEFORE_ROLE.has(w) && !FUNCTION_WORDS.has(w));
    const roleWordsOf = (e: ArticleEntity) => new Set(wordsOfRole([...e.roles.keys()].join(' ')));
    const own = roleWordsOf(holder);
    const elsewhere = qualifiers.filter((w) => !own.has(w));
    if (
      elsewhere.length > 0 &&
      this.#people.entities.some((e) => e !== holder && elsewhere.some((w) => roleWordsOf(e).has(w)))
    )
      return undefined;
    return holder.id;
  }

  /**
   * Whether sentence `text` opens with a definite role ("The Liberal Party deputy …") of which the article
   * names no holder of `gender` before `before` (of the body the role names, when it names one).
   */
  #roleSubjectUnheld(text: string, gender: Gender, at: Place, before: number): boolean {
    const noun = definiteRoleHead(text.slice(mainClauseStart(text)));
    const ref = noun ? this.#phrases.read(`the ${noun}`) : undefined;
    if (ref?.kind !== 'role' || ref.demonym) return false;
    const body = this.#bodyOfRoleSubject(text);
    return this.#holdersNamedBefore(ref.noun, gender, at, before).every(
      (e) => body !== undefined && !this.#roleNames(e, body),
    );
  }

  /** The body a role opening sentence `text` serves, as its distinctive word ("The Liberal Party deputy …" → "liberal"). */
  #bodyOfRoleSubject(text: string): string | undefined {
    const read = roleSubject(
      text.slice(mainClauseStart(text)),
      (phrase) => this.#phrases.read(phrase)?.kind === 'role',
    );
    const ref = read === undefined ? undefined : this.#phrases.read(roleAsWritten(read.match));
    return ref?.kind === 'role' && ref.body ? ref.qualifier : undefined;
  }

  /**
   * "Lindqvist and Sean O'Brien, the chairman, signed …": of a subject and the person coordinated with it,
   * the one known to be of the pronoun's gender when the subject is not known to be.
   */
  #coordinatedOfGender(s: SentenceEntry, subject: number, gender: Gender): number | undefined {
    if (genderOf(this.#entity(subject)) === gender) return undefined;
    const excluded = this.#knownOtherGender(subject, gender);
    const text = this.#texts[s.paragraph] ?? '';
    const names = (this.#people.paragraphs[s.paragraph]?.names ?? []).filter(
      (n) => n.sentence === s.sentence && !n.quoted,
    );
    const i = names.findIndex((n) => n.entity === subject);
    if (i < 0) return undefined;
    // "Declan Mabrey and Dr Solène Achterberg": titles in front of the second name aside; and a clause set off
    // after the first ("Jo Feld, who represents Whitacre, and Priya Rao"), with any name it holds.
    const end = (names[i] as LinkedName).end;
    const next = names
      .slice(i + 1)
      .find((n) => COORDINATED.test(beforeTitles(text.slice(end, n.start)).replace(SET_OFF_ASIDE, '')));
    if (next === undefined) return undefined;
    // Of two people, the one known to be of that gender; or, when the subject is known to be of the other,
    // the one not known to be of the other either.
    const known = genderOf(this.#entity(next.entity));
    return known === gender || (excluded && known === undefined && this.#isPersonLike(next.entity))
      ? next.entity
      : undefined;
  }

  #knownOtherGender(entity: number, gender: Gender): boolean {
    const known = genderOf(this.#entity(entity));
    return known !== undefined && known !== gender;
  }

  /**
   * The one person other than `subject` that sentence `s` names outside quotations who may be of that
   * gender, when no one else it names may be.
   */
  #onlyOtherOfGender(s: SentenceEntry, subject: number, gender: Gender): number | undefined {
    const text = this.#texts[s.paragraph] ?? '';
    const others = new Set(
      (this.#people.paragraphs[s.paragraph]?.names ?? [])
        .filter((n) => n.sentence === s.sentence && !n.quoted && n.entity !== subject)
        .filter(
          (n) =>
            this.#isPersonLike(n.entity) &&
            !this.#namesInstitution(this.#entity(n.entity)) &&
            !this.#knownOtherGender(n.entity, gender),
        )
        .map((n) => n.entity),
    );
    // ("Josh Amble has spoken to Leanne Roe, whose father Neil Roe died on Banksia Lane": of several who
    // may be, the one known to be of that gender.)
    const known = [...others].filter((id) => genderOf(this.#entity(id)) === gender);
    if (others.size > 1 && known.length === 1) return known[0];
    const [other] = others;
    if (others.size !== 1 || other === undefined) return undefined;
    // (One not known to be of that gender only as the subject's companion, "with Dr Ana Lenk", or given a
    // role there, "belongs to Rusli, a fisherman from Lakapa"; not "took her home to Shivaji Peth".)
    if (genderOf(this.#entity(other)) === gender) return other;
    const names = this.#people.paragraphs[s.paragraph]?.names ?? [];
    // (Or a possessive of that gender after the name, where the subject is of the other: "Ms Rae turned to
    // the front row, where Jon Baird had been waiting with his hand up".)
    const pronoun = gender === 'm' ? 'he' : 'she';
    const possessiveAfter = (at: number) =>
      (this.#people.paragraphs[s.paragraph]?.pronouns ?? []).some(
        (q) =>
          q.sentence === s.sentence &&
          !q.quoted &&
          q.role === 'possessive' &&
          q.pronoun === pronoun &&
          q.at > at,
      );
    return names.some(
      (n) =>
        n.entity === other &&
        n.sentence === s.sentence &&
        (n.role !== '' || COMPANION_BEFORE.test(beforeName(text, n.start)) || possessiveAfter(n.end)),
    )
      ? other
      : undefined;
  }

  /**
   * The person a sentence addresses who may be of that gender ("put to Dr Carrick", "asked Ms Lee"), one
   * the article gave no gender to among them ("Mr Hale then asked Dr. LaToya Reeves how … She said …").
   */
  #addresseeMaybeOfGender(s: SentenceEntry, gender: Gender): number | undefined {
    return this.#addressee(s, (id) => this.#isPersonLike(id) && !this.#knownOtherGender(id, gender));
  }

  /**
   * "De la Cour asked … “…?” she asked.": a person the article gave no gender to is "she" from then on, so
   * the "he" who answers next is someone else.
   */
  #learnGender(entity: number, gender: Gender): void {
    const e = this.#entity(entity);
    if (e.votes.m === 0 && e.votes.f === 0 && genderOf(e) === undefined) e.votes[gender]++;
  }

  /**
   * Whether the quote just before is that person's: a question they asked, or a point they put ("“You sat at
   * your own kitchen table, Ms Sallow …,” Achterberg said. ¶ “…,” she replied": whoever replies, it is not
   * the one who put it).
   */
  #saidLast(entity: number): boolean {
    const last = this.quotes[this.quotes.length - 1];
    return last?.speaker?.kind === 'entity' && last.speaker.entity === entity;
  }

  /**
   * Whether a reply at `at` cannot be `entity`'s: the quotation just before, in this paragraph or the one
   * before, is theirs ("“…?” the coroner asked. ¶ “…,” the consultant replied."). A paragraph of narration
   * between them puts the question to them ("“…,” the witness said. ¶ The prosecutor asked who kept the
   * minutes. ¶ “…,” the witness replied.").
   */
  #cannotReply(entity: number, at: Place): boolean {
    const last = this.quotes[this.quotes.length - 1];
    if (this.#saidLast(entity) && last !== undefined && last.paragraph >= at.paragraph - 1) return true;
    // "Ms Kerrigan asked why he had never told his wife. “…,” the 61-year-old replied.": the one the
    // sentence before has asking, in narration, does not reply either.
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const s = this.#sentences[k] as SentenceEntry;
      if (notBefore(s, at)) continue;
      return (
        at.paragraph - s.paragraph <= 1 && NARRATED_QUESTION.test(s.text) && this.#subjectAt(k) === entity
      );
    }
    return false;
  }

  /**
   * Whom the question just quoted, in this paragraph or the one before, was put to ("Halkias turned to Prof.
   * Ioanna Karra: “…?” he asked"), when one person of that gender other than its asker was addressed in its
   * paragraph.
   */
  #questionPutTo(at: Place, gender: Gender): number | undefined {
    const last = this.quotes[this.quotes.length - 1];
    if (
      last?.speaker?.kind !== 'entity' ||
      !last.text.trimEnd().endsWith('?') ||
      at.paragraph - last.paragraph > 1 ||
      last.paragraph > at.paragraph
    )
      return undefined;
    const asker = last.speaker.entity;
    const put = new Set<number>();
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const s = this.#sentences[k] as SentenceEntry;
      if (s.paragraph < last.paragraph) break;
      if (s.paragraph !== last.paragraph || (s.paragraph === at.paragraph && s.sentence >= at.sentence))
        continue;
      const addressed =
        this.#addressee(s, (id) => id !== asker && this.#compatible(id, gender)) ??
        this.#calledBy(s, (id) => id !== asker && this.#compatible(id, gender));
      if (addressed !== undefined) put.add(addressed);
    }
    return put.size === 1 ? (put.values().next().value as number) : undefined;
  }

  /**
   * The person of that gender a point was last put to ("put it to Tan that …", "“…, Ms Sallow, …”"), within
   * pronoun reach and other than the one who asked; else nobody.
   */
  #addressedBefore(at: Place, gender: Gender, asker: number): QuoteSpeaker | null {
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const s = this.#sentences[k] as SentenceEntry;
      if (at.paragraph - s.paragraph > PRONOUN_REACH) break;
      if (notBefore(s, at)) continue;
      // ("“You sat at your own kitchen table, Ms Sallow, and …,” Achterberg said": the one the point calls by
      // name.)
      const fits = (id: number) => id !== asker && this.#compatible(id, gender);
      const addressed = this.#addressee(s, fits) ?? this.#calledBy(s, fits);
      if (addressed !== undefined) return { kind: 'entity', entity: addressed };
    }
    return null;
  }

  /** The person the writer asks in a sentence ("I ask Blair if he thinks …", "When I asked Ms Lee about …"). */
  #askedByWriter(s: SentenceEntry): number | undefined {
    const text = this.#texts[s.paragraph] ?? '';
    return (this.#people.paragraphs[s.paragraph]?.names ?? []).find(
      (n) => n.sentence === s.sentence && !n.quoted && WRITER_ASKS.test(beforeName(text, n.start)),
    )?.entity;
  }

  /**
   * The person a quotation in the sentence calls by name, set off by commas ("“You would accept, Dr Tran,
   * that …?”", "“By how long, Mr Hale?”"), who passes a test: the one spoken to.
   */
  #calledBy(s: SentenceEntry, fits: (entity: number) => boolean): number | undefined {
    const text = this.#plain[s.paragraph] ?? '';
    return (this.#people.paragraphs[s.paragraph]?.names ?? []).find(
      (n) =>
        n.sentence === s.sentence &&
        n.quoted &&
        VOCATIVE_BEFORE.test(beforeTitles(text.slice(Math.max(0, n.start - 40), n.start))) &&
        // (A name that ends its sentence may have taken the stop in: "…, Mrs Hart.")
        (VOCATIVE_AFTER.test(text.slice(n.end, n.end + 3)) || text[n.end - 1] === '.') &&
        fits(n.entity),
    )?.entity;
  }

  /** The last person a sentence addresses ("put this to Dr Leong:") who passes a test. */
  #addressee(
    s: SentenceEntry,
    fits: (entity: number) => boolean,
    cue: RegExp = ADDRESSEE_CUE,
  ): number | undefined {
    const text = this.#texts[s.paragraph] ?? '';
    const addressed = (this.#people.paragraphs[s.paragraph]?.names ?? []).filter(
      (n) => n.sentence === s.sentence && !n.quoted && cue.test(beforeName(text, n.start)) && fits(n.entity),
    );
    return addressed[addressed.length - 1]?.entity;
  }

  /**
   * Whether the article introduces someone as its own reporter ("Our correspondent Yara Khoury"), in the
   * paragraphs read so far (once known, kept).
   */
  #ownReporter(entity: number): boolean {
    if (this.#ownReporters.has(entity)) return true;
    const own = this.#people.paragraphs.some((people, p) =>
      (people?.names ?? []).some(
        (n) => n.entity === entity && OWN_REPORTER.test(beforeName(this.#texts[p] ?? '', n.start)),
      ),
    );
    if (own) this.#ownReporters.add(entity);
    return own;
  }

  /**
   * "For Wulan, back on the ward, the week has a simpler shape. “…,” she says.": a sentence that opens with
   * "For X," or "As for X," is about X, though X is not its subject.
   */
  #topic(s: SentenceEntry, gender: Gender): number | undefined {
    const text = this.#texts[s.paragraph] ?? '';
    const name = (this.#people.paragraphs[s.paragraph]?.names ?? []).find(
      (n) => n.sentence === s.sentence && !n.quoted,
    );
    if (name === undefined || !this.#compatible(name.entity, gender)) return undefined;
    const opening = text.slice(s.bounds.start, name.start);
    return TOPIC_OPENING.test(opening) && /^,/.test(text.slice(name.end)) && this.#isPersonLike(name.entity)
      ? name.entity
      : undefined;
  }

  /**
   * The one person of a gender named as the subject of a clause joined by "while", "whereas" or "but" in
   * sentence `s` (", while Ana Lenk, a client from Lyon, was taken …"), if exactly one.
   */
  #clauseSubjectOfGender(s: SentenceEntry, gender: Gender): number | undefined {
    const text = this.#texts[s.paragraph] ?? '';
    const found = (this.#people.paragraphs[s.paragraph]?.names ?? []).filter(
      (n) =>
        n.sentence === s.sentence &&
        !n.quoted &&
        !n.possessive &&
        CLAUSE_SUBJECT_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)) &&
        genderOf(this.#entity(n.entity)) === gender &&
        this.#isPersonLike(n.entity),
    );
    const ids = new Set(found.map((n) => n.entity));
    return ids.size === 1 ? found[0]?.entity : undefined;
  }

  /**
   * The person whose name is set off by commas in sentence `s` ("One of those arrested, a student …, Leila,
   * described …"), the first such, if they may be of the gender and nothing but a name is between the commas
   * (whether or not the article shows them to be a person otherwise: the sentence does).
   */
  #setOffName(s: SentenceEntry, gender: Gender | undefined): number | undefined {
    const found = SET_OFF_NAME.exec(s.text);
    if (!found) return undefined;
    const from = s.bounds.start + found.index;
    const to = from + found[0].length;
    const name = (this.#people.paragraphs[s.paragraph]?.names ?? []).find(
      (n) => n.sentence === s.sentence && !n.quoted && !n.possessive && n.start >= from && n.end <= to,
    );
    if (name === undefined) return undefined;
    // (A person by the sentence's own words, though the article may say nothing else of them.)
    const known = genderOf(this.#entity(name.entity));
    return gender === undefined || known === undefined || known === gender ? name.entity : undefined;
  }

  /**
   * The person named to open the last clause that ", and" joins to sentence `s` when a verb follows the
   * name ("…, and Mrs Tilsley was one of the relatives"), if they are someone other than the sentence's
   * subject and known to be of the gender. A list of names ("Roe, Hale, and Kerr were there") is no
   * clause: the words before ", and" must say something of their own.
   */
  #laterClauseSubject(s: SentenceEntry, subject: number, gender: Gender): number | undefined {
    const text = this.#texts[s.paragraph] ?? '';
    const { start } = s.bounds;
    const last = (this.#people.paragraphs[s.paragraph]?.names ?? [])
      .filter(
        (n) =>
          n.sentence === s.sentence &&
          !n.quoted &&
          !n.possessive &&
          AND_CLAUSE_SUBJECT_BEFORE.test(text.slice(Math.max(start, n.start - 40), n.start)) &&
          VERB_AFTER_NAME.test(text.slice(n.end, n.end + 30)),
      )
      .at(-1);
    if (last === undefined || last.entity === subject) return undefined;
    const clause = text.slice(start, last.start);
    if ((clause.match(LOWER_CASE_WORD) ?? []).length < 3) return undefined;
    return genderOf(this.#entity(last.entity)) === gender && this.#isPersonLike(last.entity)
      ? last.entity
      : undefined;
  }

  /**
   * The one person sentence `s` names outside quotation marks, not as a possessor, when they may be of
   * `gender` and no other person is named there (places and bodies aside).
   */
  #onlyPersonNamed(s: SentenceEntry, gender: Gender | undefined): number | undefined {
    const named = (this.#people.paragraphs[s.paragraph]?.names ?? []).filter(
      (n) => n.sentence === s.sentence && !n.quoted && this.#isPersonLike(n.entity),
    );
    const ids = new Set(named.map((n) => n.entity));
    const only = named[0];
    if (ids.size !== 1 || only === undefined || named.some((n) => n.possessive)) return undefined;
    return this.#compatible(only.entity, gender) ? only.entity : undefined;
  }

  /**
   * In a sentence whose subject is no person, the last person of that gender it names (not as the object of
   * a preposition): "It is an unusual alliance, and Lindqvist knows it. She shrugs."
   */
  #namedOfGender(s: SentenceEntry, gender: Gender): number | undefined {
    const named = this.#namedBefore(
      s.paragraph,
      s.sentence,
      Number.POSITIVE_INFINITY,
      TRUE_PREPOSITION_BEFORE,
    ).filter((id) => genderOf(this.#entity(id)) === gender && !this.#namesInstitution(this.#entity(id)));
    return named[named.length - 1];
  }

  /**
   * The person an article is about, for a "she" far from any name (a profile's subject): the person of
   * that gender named most, when named at least twice as often as anyone else of that gender.
   */
  #protagonist(gender: Gender, at: Place, before: number): number | undefined {
    // (Someone the article names only later is no one a pronoun can refer back to.)
    const same = this.#people.entities.filter(
      (e) => this.#isPersonLike(e.id) && genderOf(e) === gender && this.#isNamedBefore(e.id, at, before),
    );
    return leadingBy(same, (e) => e.mentions)?.id;
  }

  /** The entity a written name refers to: its mention in the sentence, else the article's person by that name. */
  #entityForName(tokens: readonly string[], at: Place): number | undefined {
    const key = compactKey(tokens);
    const names = this.#people.paragraphs[at.paragraph]?.names ?? [];
    const here = names.find(
      (n) =>
        n.sentence === at.sentence &&
        !n.quoted &&
        // (Or the name read after titles in front of it: "CM Sindh Nadir Ali Shah".)
        (compactKey(n.tokens) === key || (n.tokens.length > 1 && endsWithTokens(tokens, n.tokens))),
    );
    if (here) return here.entity;
    const entities = this.#people.entities;
    const full = entities.find((e) => e.key === key || sameFullName(e.tokens, tokens));
    if (full) return full.id;
    // "Van Rooyen said" opening a sentence, after "Dr Annelise van Rooyen": the particle and surname of one
    // person named in full.
    // ("De Lemos said" after "Tomás de Lemos Núñez": the particle and the first of two surnames.)
    if (isParticle((tokens[0] as string).toLowerCase()) && tokens.length > 1) {
      const named = entities.filter((e) => e.full && endsWithTokens(e.tokens, tokens));
      if (named.length === 1) return (named[0] as ArticleEntity).id;
      const within = entities.filter((e) => e.full && holdsTokens(e.tokens, tokens));
      if (within.length === 1) return (within[0] as ArticleEntity).id;
    }
    if (nameCore(tokens).length > 1) return undefined;
    const word = surnameOf(tokens);
    let best: ArticleEntity | undefined;
    for (const e of entities)
      if ((e.surname === word || e.parts.has(word)) && (!best || e.mentions > best.mentions)) best = e;
    return best?.id;
  }

  /** The last paragraph naming the entity outside quotations before the place; -1 when none does. */
  #lastNamedParagraph(id: number, at: Place, before: number): number {
    for (let p = at.paragraph; p >= 0; p--)
      for (const n of this.#people.paragraphs[p]?.names ?? [])
        if (n.entity === id && !n.quoted && (p < at.paragraph || n.start < before)) return p;
    return -1;
  }

  /** Whether an entity is named outside quotations before a place in the article. */
  #isNamedBefore(id: number, at: Place, before: number): boolean {
    for (let p = 0; p <= at.paragraph; p++) {
      for (const n of this.#people.paragraphs[p]?.names ?? []) {
        if (n.entity !== id || n.quoted) continue;
        if (p < at.paragraph || n.start < before) return true;
      }
    }
    return false;
  }

  /**
   * "the elder Marr said" where the article names two Marrs: the one its mentions show to be the elder (an
   * age, "his daughter, Kelsey Marr"); null, not a guess, when they do not tell. Undefined when the cue
   * does not set two relatives apart.
   */
  #relativeByAge(ref: Extract<SpeakerRef, { kind: 'person' }>): QuoteSpeaker | null | undefined {
    const which = RELATIVE_AGE.exec(ref.role ?? '')?.[1]?.toLowerCase();
    if (which === undefined || ref.tokens.length !== 1) return undefined;
    const surname = surnameOf(ref.tokens);
    const same = this.#people.entities.filter(
      (e) => e.full && e.surname === surname && this.#isPersonLike(e.id),
    );
    // "said the younger Vellacott" where the article gives one Vellacott's full name: the cue says there are
    // two, so the one named in full is not the speaker for sure.
    if (same.length === 1) return null;
    if (same.length < 2) return undefined;
    const elder = which !== 'younger';
    const found = same.find((e) => same.every((o) => o === e || (elder ? isElder(e, o) : isElder(o, e))));
    return found ? { kind: 'entity', entity: found.id } : null;
  }

  /** Whether a sentence names a person outside quotation marks. */
  /** Whether sentence `s` of paragraph `p` names a person outside its quotations. */
  #namesAnyone(p: number, s: number): boolean {
    return (this.#people.paragraphs[p]?.names ?? []).some(
      (n) => n.sentence === s && !n.quoted && this.#isPersonLike(n.entity),
    );
  }

  /**
   * Whether the words at `offset` in sentence `s` are set off after a name, as what that person is ("For
   * Gérald Nadeau, a retired millworker who …"), not someone new.
   */
  #describesName(s: SentenceEntry, offset: number): boolean {
    const text = this.#texts[s.paragraph] ?? '';
    const at = s.bounds.start + offset;
    return (this.#people.paragraphs[s.paragraph]?.names ?? []).some(
      (n) => n.sentence === s.sentence && !n.quoted && /^,\s*$/.test(text.slice(n.end, at)),
    );
  }

  #namesSomeone(s: SentenceEntry): boolean {
    // "…, who asked not to be named because his firm works with Terrin, said": an object is not who.
    const text = this.#texts[s.paragraph] ?? '';
    return (this.#people.paragraphs[s.paragraph]?.names ?? []).some(
      (n) =>
        n.sentence === s.sentence &&
        !n.quoted &&
        this.#isPersonLike(n.entity) &&
        !PREPOSITION_BEFORE.test(beforeName(text, n.start)),
    );
  }

  /**
   * "“…?” King asked Scott" where the article named Gayle King: a lone title word that is the surname of the
   * one person named in full with it is that person (with no such person it stays nobody's: "King said").
   */
  #titleAsSurname(phrase: string): QuoteSpeaker | null {
    const word = phrase.trim();
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isTitleWord(word)) return null;
    const surname = foldToken(word);
    const named = this.#people.entities.filter((e) => e.full && e.surname === surname);
    return named.length === 1 ? { kind: 'entity', entity: (named[0] as ArticleEntity).id } : null;
  }

  /** A person only the cue names (the mention scan did not read it as a name): a chain of its own. */
  #namedByCue(ref: Extract<SpeakerRef, { kind: 'person' }>): number {
    const entities = this.#people.entities;
    const entity: ArticleEntity = {
      id: entities.length,
      tokens: [...ref.tokens],
      full: ref.tokens.length > 1,
      key: compactKey(ref.tokens),
      surname: surnameOf(ref.tokens),
      parts: new Set(ref.tokens.map(foldToken)),
      forms: new Map(ref.tokens.length > 1 ? [[ref.tokens.join(' '), 1]] : []),
      shortForms: new Set(ref.tokens.length > 1 ? [] : [foldToken(ref.tokens[0] as string)]),
      votes: { m: 0, f: 0 },
      roles: new Map(ref.role ? [[ref.role, 1]] : []),
      roleWords: new Set(),
      mentions: 1,
      personal: 0,
      speaks: 1,
      locative: 0,
      unquoted: 1,
    };
    entities.push(entity);
    return entity.id;
  }

  /** "the actress said": the person the article gave that role, else the nearest person it fits. */
  #resolveRole(role: Extract<SpeakerRef, { kind: 'role' }>, at: Place, before: number): QuoteSpeaker | null {
    // "In a post to his followers, the 27-year-old wrote": a role that says no gender takes its sentence's.
    const gender =
      role.gender ??
      this.#possessiveGender(at, role.noun) ??
      this.#askedGender(at) ??
      this.#continuedGender(at);
    const ref = gender === undefined ? role : { ...role, gender };
    // A role refers back: only someone already named ("“We will rebuild,” the mayor said. Mayor Tom
    // Hughes said …" leaves the first quote to nobody).
    // "the prime minister" is not the person the article called its housing minister.
    // ("the mayor" is not the one the article only ever called a former mayor; "the former mayor" may be.)
    const past = (ref.modifiers ?? []).some((w) => PAST_ROLE_WORDS.has(w));
    // (Nor is "the minister" the one the article calls only its prime minister.)
    const named = this.#holdersNamedBefore(ref.noun, ref.gender, at, before).filter(
      (e) =>
        (ref.office ?? []).every((w) => this.#roleNames(e, w)) &&
        !(ref.office === undefined && this.#headsGovernmentOnly(e, ref.noun)),
    );
    const current = named.filter((e) => past || !heldOnlyInPast(e, ref.noun));
    // ("Goran Pavlek, a former accountant in the ministry, … ¶ “…,” the accountant replied": an occupation
    // is what someone did, as an office is not; the one former holder when no one holds it now.)
    const formerOnly = current.length === 0 && OCCUPATION_WORDS.has(ref.noun) && named.length === 1;
    const withRole = formerOnly ? named : current;
    // "Police spokesperson Ana Diaz … The mayor … Her spokesperson said": the spokesperson of a person is
    // not one the article named as a body's, nor that person: the one named as such, else someone unnamed.
    if (ref.ofPronoun && SPOKESPEOPLE.has(ref.noun)) {
      const own = withRole.filter((e) => !this.#speaksForBody(e, ref.noun));
      return own.length === 1 ? { kind: 'entity', entity: (own[0] as ArticleEntity).id } : null;
    }
    // "Aldermoor's chief executive": of several chief executives, the one whose role names Aldermoor.
    const qualified =
      ref.qualifier === undefined ? [] : withRole.filter((e) => this.#roleNames(e, ref.qualifier as string));
    if (qualified.length === 1) return { kind: 'entity', entity: (qualified[0] as ArticleEntity).id };
    // "the Wanderers manager": a holder of the role for another body ("Oxtoby City manager") is not meant.
    // (A party is not such a body unless the holder's role names one too: "Florida Governor X" may be "the
    // Republican governor", "Democratic Governor X" is not.)
    // ("the Oregon Democrat" where two Oregon Democrats are named: both hold it for the body meant.)
    const otherBody = ref.body
      ? withRole.filter(
          (e) =>
            !qualified.includes(e) &&
            this.#roleOfNamedBody(e, ref.noun) &&
            (!PARTY_WORDS.has(ref.qualifier ?? '') || this.#roleNamesParty(e)),
        )
      : [];
    const holders = withRole.filter((e) => !otherBody.includes(e));
    if (holders.length === 1) {
      // "“…,” the union leader added" where the one leader named is the opposition's: the one person whose
      // role has the modifier ("president of the union"), when the holder's has none.
      const described = this.#describedByModifier(
        ref,
        { kind: 'entity', entity: (holders[0] as ArticleEntity).id },
        at,
        before,
      );
      if (described !== undefined) return { kind: 'entity', entity: described };
      const focus = this.#agedFocus(ref, holders[0] as ArticleEntity, at, before);
      if (focus !== undefined) return focus;
      // "Akbar, a former official, … ¶ “…?” one Western official asks. ¶ “…,” the same official explains":
      // an unnamed holder brought in after the named one was last named is the one meant.
      const holder = (holders[0] as ArticleEntity).id;
      const unnamed = this.#introducedUnnamed(ref.noun, at, before);
      return unnamed > this.#lastNamedParagraph(holder, at, before)
        ? null
        : { kind: 'entity', entity: holder };
    }
    if (otherBody.length > 0 && holders.length === 0) {
      // The person the sentence before is about, unless that is a holder for another body.
      const resolved = this.#resolvePerson(ref.gender, at, before);
      return resolved?.kind === 'entity' && otherBody.some((e) => e.id === resolved.entity) ? null : resolved;
    }
    // "Kim's sister said" with no sister named before is someone new, not whoever fits nearby, unless the
    // role is restated with a name just after ("Makowsky's lawyer told reporters … ¶ “…,” said the lawyer,
    // Blake Kincaid"). (A body the role serves, "the Conservative MP", is not whose it is: that is whoever
    // fits nearby, as for "the MP".)
    // ("His lawyer said" likewise: the lawyer of the man just named, whom the article has not named. A
    // relative, "his father replied", is left to whoever fits nearby: the article names its family.)
    const ofPronounsHolder = ref.ofPronoun === true && !KIN_WORDS.has(ref.noun);
    if ((ref.qualifier !== undefined || ofPronounsHolder) && !ref.body && withRole.length === 0) {
      const relative = ref.qualifier === undefined ? undefined : this.#relativeOfHolder(ref, at, before);
      if (relative !== undefined) return { kind: 'entity', entity: relative };
      const restated = this.#roleNamedNext(ref.noun, at, ref.gender);
      return restated === undefined ? null : { kind: 'entity', entity: restated };
    }
    if (withRole.length > 1) {
      // "A senior police officer, who did not want to be named, said …. “…,” the officer said" where two
      // officers were named further up: an unnamed holder brought in after them all is the one meant.
      const unnamed = this.#introducedUnnamed(ref.noun, at, before);
      if (withRole.every((e) => unnamed > this.#lastNamedParagraph(e.id, at, before))) return null;
      // Several: the one named most recently, as a subject or as the person a question was put to (of
      // those whose role names the qualifier, when several do).
      const among = qualified.length > 1 ? qualified : withRole;
      for (let k = this.#sentences.length - 1; k >= 0; k--) {
        const subject = this.#subjectAt(k);
        if (among.some((e) => e.id === subject)) return { kind: 'entity', entity: subject as number };
        const entry = this.#sentences[k] as SentenceEntry;
        const addressed = this.#addressee(entry, (id) => among.some((e) => e.id === id));
        if (addressed !== undefined) return { kind: 'entity', entity: addressed };
      }
      return null;
    }
    // "“…,” the party spokeswoman said. ¶ Pressed on …, the spokeswoman, Carla Viñas Rego, said": no holder
    // named before, and the role set off before a name just after says who it was.
    if (withRole.length === 0) {
      const named =
        this.#roleNamedNext(ref.noun, at, ref.gender) ??
        this.#holderNamedNext(ref.noun, at, ref.gender) ??
        this.#holderOpensNext(ref.noun, at, ref.gender);
      if (named !== undefined) return { kind: 'entity', entity: named };
    }
    // "Marcus Venndale, 58, … ¶ “…,” the 58-year-old replied": the one person named before whom the article
    // gives that age (anywhere in it: a live page gives it in an older entry, lower down).
    if (ref.noun === 'year-old' && ref.age !== undefined) {
      const aged = this.#people.entities.filter(
        (e) =>
          e.elder?.age === ref.age &&
          this.#compatible(e.id, ref.gender) &&
          this.#isNamedBefore(e.id, at, before),
      );
      if (aged.length === 1) return { kind: 'entity', entity: (aged[0] as ArticleEntity).id };
      // "The alarm was raised by Salvo Cusano, a fisherman, … ¶ “…,” the 62-year-old said": the one person
      // the sentence before names, when it is about no one (of no other age).
      const previous = this.#lastSentenceNear(at);
      const named =
        previous !== undefined && this.#subjectAt(previous) === undefined
          ? this.#onlyPersonNamed(this.#sentences[previous] as SentenceEntry, ref.gender)
          : undefined;
      if (named !== undefined && agesAgree(this.#entity(named).elder?.age, ref.age))
        return { kind: 'entity', entity: named };
      // "Roe said the deal was agreed after a long call with X. “…,” the 67-year-old said", where the article
      // gives no one that age: the one the sentence before is about, whose age it does not give either.
      const ageless = aged.length === 0 ? this.#agelessSubjectBefore(at, ref.gender) : undefined;
      if (ageless !== undefined) return { kind: 'entity', entity: ageless };
    }
    // "The teenager, making his fourth appearance, said": the one person named with an age in its range.
    const stage = LIFE_STAGES.get(ref.noun);
    if (stage) {
      const aged = this.#people.entities.filter(
        (e) =>
          e.elder?.age !== undefined &&
          e.elder.age >= stage.from &&
          e.elder.age <= stage.to &&
          this.#compatible(e.id, ref.gender) &&
          this.#isNamedBefore(e.id, at, before),
      );
      const one = aged.length === 1 ? (aged[0] as ArticleEntity).id : undefined;
      // "Erika Lohr had come in to visit her sister. ¶ “…,” the pensioner said", where only the mediator
      // named far above is given an age: the sentence before is about someone of no known age, who may be
      // "the pensioner" as well; neither for sure.
      const ageless = one === undefined ? undefined : this.#agelessSubjectBefore(at, ref.gender);
      if (ageless !== undefined && ageless !== one) return null;
      if (one !== undefined) return { kind: 'entity', entity: one };
    }
    // "the director said" in an article about one: the nearest person who fits. "The official said" is
    // usually someone new and unnamed, and so is "the man" after "a man approaches": no one.
    if (ANONYMOUS_ROLES.has(ref.noun)) {
      const named = this.#ledeNamed(ref, at);
      if (named !== undefined) return { kind: 'entity', entity: named };
      return this.#describedSubject(ref, at, before) ?? this.#describedByRole(ref, at, before) ?? null;
    }
    if (ref.demonym) return this.#resolveDemonym(ref, at, before);
    // "“…,” Callum said. ¶ “…,” his father said": a relative is not the one whose relative they are; of the
    // people of that one's surname named before, the other one, if there is one.
    const possessor = this.#possessedKin(ref.noun, at);
    if (
      (PARENT_KIN.has(ref.noun) ||
        CHILD_KIN.has(ref.noun) ||
        SPOUSE_KIN.has(ref.noun) ||
        SIBLING_KIN.has(ref.noun)) &&
      possessor !== undefined
    ) {
      // "he was home by lunchtime and, his daughter said, “…”": the one "his" is, a man, named before the
      // possessive ("Her husband said the couple paid Corvanta “…”": not Corvanta).
      const near = this.#resolvePerson(
        possessor === 'they' ? ref.gender : possessor,
        at,
        this.#possessive(ref.noun, at)?.at ?? before,
      );
      if (near?.kind !== 'entity') return near;
      const self = this.#entity(near.entity);
      // "Tessaro's father, Paul Tessaro, … embraced his son. ¶ “…,” his father said": the one of the family
      // the article calls someone's father is the father, even where "his" was read as him.
      const kin = PARENT_KIN.has(ref.noun) ? 'parent' : CHILD_KIN.has(ref.noun) ? 'child' : undefined;
      const holders = this.#people.entities.filter(
        (e) =>
          kin !== undefined &&
          e.elder?.kin === kin &&
          e.full &&
          e.surname === self.surname &&
          this.#compatible(e.id, ref.gender) &&
          this.#isNamedBefore(e.id, at, before),
      );
      if (holders.length === 1) return { kind: 'entity', entity: (holders[0] as ArticleEntity).id };
      const family = this.#people.entities.filter(
        (e) =>
          e.id !== self.id &&
          e.full &&
          e.surname === self.surname &&
          this.#compatible(e.id, ref.gender) &&
          this.#isNamedBefore(e.id, at, before),
      );
      return family.length === 1 ? { kind: 'entity', entity: (family[0] as ArticleEntity).id } : null;
    }
    const introduced = this.#introducedUnnamed(ref.noun, at, before);
    // "A terrified mum has told how … / Kirsty Hale, 29, … / '…,' the mum-of-two said": a person named after
    // the one brought in unnamed is her.
    if (introduced >= 0 && !this.#namedSince(introduced, at.paragraph, ref.gender, ref.noun)) return null;
    // "Reece Okafor and his brother Tobi … Tobi deleted a post. The captain … posted again": a role no one
    // was given, in a paragraph that has named two people it could be, is neither for sure.
    if (this.#fitsSeveralHere(ref.gender, at, before)) return null;
    const near = this.#resolvePerson(ref.gender, at, before);
    const described = withRole.length === 0 ? this.#describedByModifier(ref, near, at, before) : undefined;
    if (described !== undefined) return { kind: 'entity', entity: described };
    // "“…,” the Integrity Commissioner said" after the adviser Ms Webb: the office of a named body is not held by
    // someone the article gives other roles and never this one; nor is a role two modifiers make particular
    // ("said the duty rescue leader at the centre" after "the deckhand, Liam Gordon"; one may only qualify
    // it: "the new champ").
    // Nor is "the lord mayor" the local government minister named before: a high office is no one's the
    // article gives other roles and never this one; nor is "the MS" ("Fiona Mac, chief executive of the union,
    // has met the local MS" then "“…,” the MS told reporters"), though "the lawmaker" may be the senator.
    const particular =
      ref.body || (ref.modifiers?.length ?? 0) >= PARTICULAR_MODIFIERS || HIGH_OFFICES.has(ref.noun);
    if (near?.kind === 'entity') {
      const other = (holds: (word: string) => boolean) => this.#knownOnlyForOtherRoles(near.entity, holds);
      // ("Aontas Nua's health spokesman, Pádraig Mac Aodha, … ¶ “…,” the Kilbrannagh TD said": a party's
      // spokesperson on a portfolio sits in the legislature.)
      const legislator = LEGISLATOR_NOUNS.has(ref.noun) && this.#speaksForPortfolio(near.entity);
      if (particular && !legislator && other((w) => w === ref.noun)) return null;
      if (LEGISLATOR_NOUNS.has(ref.noun) && !legislator && other((w) => LEGISLATOR_NOUNS.has(w))) return null;
      // (Nor is "the minister" one the article calls only its prime minister.)
      if (ref.office === undefined && this.#headsGovernmentOnly(this.#entity(near.entity), ref.noun))
        return null;
    }
    // "“I did, Chairperson,” Du Plessis said. ¶ “…,” the chairperson said": no one addresses themselves
    // by their role.
    if (near?.kind === 'entity' && this.#addressedRole(near.entity, ref.noun, at)) return null;
    // ("Former mayor Ramon Estrada … ¶ “…,” the mayor said": whoever holds an office now, not the one who did.)
    if (
      near?.kind === 'entity' &&
      !past &&
      !OCCUPATION_WORDS.has(ref.noun) &&
      heldOnlyInPast(this.#entity(near.entity), ref.noun)
    )
      return null;
    return near;
  }

  /**
   * "Hector Roe, the chairman, … ¶ Callum Roe has resigned. ¶ The chairman's son said: “…”": a relative of
   * the one holder of a role is the one other person of the holder's surname named before, when there is
   * one (and the article gives them no kinship that contradicts it).
   */
  #relativeOfHolder(
    ref: Extract<SpeakerRef, { kind: 'role' }>,
    at: Place,
    before: number,
  ): number | undefined {
    if (ref.qualifier === undefined || !KIN_WORDS.has(ref.noun)) return undefined;
    const [holder, ...others] = this.#holdersNamedBefore(ref.qualifier, undefined, at, before);
    if (holder === undefined || others.length > 0) return undefined;
    const kin = PARENT_KIN.has(ref.noun) ? 'parent' : CHILD_KIN.has(ref.noun) ? 'child' : undefined;
    const family = this.#people.entities.filter(
      (e) =>
        e.id !== holder.id &&
        e.full &&
        e.surname === holder.surname &&
        (e.elder?.kin === undefined || kin === undefined || e.elder.kin === kin) &&
        this.#compatible(e.id, ref.gender) &&
        this.#isNamedBefore(e.id, at, before),
    );
    return family.length === 1 ? (family[0] as ArticleEntity).id : undefined;
  }

  /**
   * "A town-hall clerk told a court on Monday that … ¶ Josiane Theron, 58, who has worked …, said … ¶ “…,”
   * the clerk said": a news lede brings a person in by role, unnamed, in the article's first sentence, and
   * names them opening the next paragraph; "the clerk" is that person (not someone new), when the name
   * given there fits and was given no other role.
   */
  #ledeNamed(ref: Extract<SpeakerRef, { kind: 'role' }>, at: Place): number | undefined {
    if (ref.qualifier !== undefined || ref.ofPronoun || at.paragraph < 2) return undefined;
    const lede = LEDE_BY_ROLE.exec(this.#texts[0] ?? '');
    if (lede === null || (lede[1] as string).toLowerCase() !== ref.noun) return undefined;
    const opening = (this.#people.paragraphs[1]?.names ?? []).find((n) => !n.quoted);
    if (opening === undefined || opening.sentence !== 0 || opening.start > 0) return undefined;
    const id = opening.entity;
    return this.#entity(id).full &&
      this.#isPersonLike(id) &&
      this.#compatible(id, ref.gender) &&
      !this.#heldOtherRole(id, ref.noun)
      ? id
      : undefined;
  }

  /**
   * "Brenn said he would take the finance chief at her word. “…,” the analyst said": a role people are met
   * by unnamed ("analyst", "official"), with "the", right after a sentence of the same paragraph whose subject
   * is a named person the article gives no other role, describes that person, when no one was brought in
   * unnamed by that role ("an analyst at the bank said") and the cue's sentence names no one else.
   */
  #describedSubject(
    ref: Extract<SpeakerRef, { kind: 'role' }>,
    at: Place,
    before: number,
  ): QuoteSpeaker | undefined {
    if (at.sentence === 0 || ref.qualifier !== undefined || ref.ofPronoun || ref.body) return undefined;
    if (this.#namesAnyone(at.paragraph, at.sentence) || this.#introducedUnnamed(ref.noun, at, before) >= 0)
      return undefined;
    const subject = this.#previousSubject(at);
    if (subject === undefined || !this.#compatible(subject, ref.gender)) return undefined;
    if (this.#knownOnlyForOtherRoles(subject, (w) => w === ref.noun)) return undefined;
    return { kind: 'entity', entity: subject };
  }

  /**
   * "Ana Kovac, a director in the transport ministry’s rail bureau, said … ¶ “…,” the ministry official
   * said": a role people are met by unnamed, with words before its noun, is the one person named in this
   * paragraph or the one before whose role has every one of those words, when no one was brought in unnamed
   * by that role.
   */
  #describedByRole(
    ref: Extract<SpeakerRef, { kind: 'role' }>,
    at: Place,
    before: number,
  ): QuoteSpeaker | undefined {
    const words = ref.modifiers ?? [];
    if (words.length === 0 || ref.body || ref.ofPronoun || this.#introducedUnnamed(ref.noun, at, before) >= 0)
      return undefined;
    const described = this.#people.entities.filter(
      (e) =>
        words.every((w) => this.#roleNames(e, w)) &&
        this.#compatible(e.id, ref.gender) &&
        this.#isNamedBefore(e.id, at, before) &&
        at.paragraph - this.#lastNamedParagraph(e.id, at, before) <= 1,
    );
    return described.length === 1
      ? { kind: 'entity', entity: (described[0] as ArticleEntity).id }
      : undefined;
  }

  /**
   * "“…,” IG Meena said. ¶ “…,” the senior IPS officer added.": a role the article uses for people it does not
   * name, cued by "added", right after someone's quotation (in this paragraph or the one before), is that
   * speaker going on, when of a gender that fits.
   */
  #addingRole(ref: Extract<SpeakerRef, { kind: 'role' }>, at: Place, sentence: string): QuoteSpeaker | null {
    const last = this.#lastSpeaker;
    const speaker = last?.speaker;
    if (
      last === undefined ||
      speaker?.kind !== 'entity' ||
      !ANONYMOUS_ROLES.has(ref.noun) ||
      !ADDED_CUE.test(sentence) ||
      at.paragraph - last.paragraph > 1 ||
      !this.#compatible(speaker.entity, ref.gender)
    )
      return null;
    return speaker;
  }

  /**
   * The holder of the definite role that is the subject of a subordinate clause opening the sentence, when
   * the main clause opens with the pronoun ("When the judge asked whether …, she said:"), of its gender.
   */
  #openingClauseRole(sentence: string, gender: Gender, at: Place, before: number): number | undefined {
    const main = mainClauseStart(sentence);
    if (main === 0 || !OPENS_WITH_PRONOUN[gender].test(sentence.slice(main))) return undefined;
    const phrase = CLAUSE_ROLE_SUBJECT.exec(sentence.slice(0, main))?.[1];
    const ref = phrase === undefined ? undefined : this.#phrases.read(phrase);
    if (ref?.kind !== 'role') return undefined;
    const found = this.#resolveRole({ ...ref, gender }, at, before);
    return found?.kind === 'entity' && this.#compatible(found.entity, gender) ? found.entity : undefined;
  }

  /**
   * "Mr Shawcross, a former union official, … ¶ “…,” the 52-year-old union leader told supporters" where the
   * one leader named before is the Lib Dem leader, last named pages up: a role given with an age tells more
   * of the person the text is on, so it is the nearest person who fits, when the holder was last named out
   * of a pronoun's reach and neither is known to be of another age. Undefined where the holder may be meant.
   */
  #agedFocus(
    ref: Extract<SpeakerRef, { kind: 'role' }>,
    holder: ArticleEntity,
    at: Place,
    before: number,
  ): QuoteSpeaker | null | undefined {
    if (ref.age === undefined) return undefined;
    const ageFits = (e: ArticleEntity) => e.elder?.age === undefined || e.elder.age === ref.age;
    if (holder.elder?.age === ref.age) return undefined;
    if (at.paragraph - this.#lastNamedParagraph(holder.id, at, before) <= PRONOUN_REACH && ageFits(holder))
      return undefined;
    const near = this.#resolvePerson(ref.gender, at, before);
    if (near?.kind !== 'entity' || near.entity === holder.id || !ageFits(this.#entity(near.entity)))
      return ageFits(holder) ? undefined : null;
    return near;
  }

  /**
   * "“…,” the union leader said" where the person just named is the night-shift supervisor: the one person
   * named before whose role has a word that comes before the noun ("the president of the mine's union"),
   * when the nearest one's has none.
   */
  #describedByModifier(
    ref: Extract<SpeakerRef, { kind: 'role' }>,
    near: QuoteSpeaker | null | undefined,
    at: Place,
    before: number,
  ): number | undefined {
    const words = ref.modifiers;
    if (words === undefined || near?.kind !== 'entity') return undefined;
    const describes = (e: ArticleEntity) => words.some((w) => this.#roleNames(e, w));
    if (describes(this.#entity(near.entity))) return undefined;
    const named = this.#people.entities.filter(
      (e) =>
        e.id !== near.entity &&
        describes(e) &&
        this.#compatible(e.id, ref.gender) &&
        this.#isNamedBefore(e.id, at, before),
    );
    return named.length === 1 ? (named[0] as ArticleEntity).id : undefined;
  }

  /**
   * Whether, in this paragraph or the two before, the person was quoted saying the role's noun as a form of
   * address set off by a comma ("I did, Chairperson.", "Judge, I object").
   */
  #addressedRole(entity: number, noun: string, at: Place): boolean {
    const address = new RegExp(`(?:,\\s*${escapeRegExp(noun)}\\b|^\\W*${escapeRegExp(noun)},)`, 'iu');
    // (Read back from the latest sentence, no further than the pronoun's reach.)
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const s = this.#sentences[k] as SentenceEntry;
      if (at.paragraph - s.paragraph > PRONOUN_REACH) break;
      if (
        s.paragraph <= at.paragraph &&
        s.speakers.some((sp) => sp?.kind === 'entity' && sp.entity === entity) &&
        address.test(s.text)
      )
        return true;
    }
    return false;
  }

  /** Whether the paragraph names, before the place, two or more people of a gender that fits. */
  #fitsSeveralHere(gender: Gender | undefined, at: Place, before: number): boolean {
    const fit = new Set<number>();
    for (const n of this.#people.paragraphs[at.paragraph]?.names ?? []) {
      if (n.quoted || n.sentence > at.sentence || (n.sentence === at.sentence && n.start >= before)) continue;
      if (this.#isPersonLike(n.entity) && this.#compatible(n.entity, gender)) fit.add(n.entity);
    }
    return fit.size > 1;
  }

  /**
   * Whose relative the cue's sentence says the noun is, by the possessive's gender ("his father said": "m";
   * "their son": "they"); undefined where it does not ("the mum-of-two said").
   */
  #possessedKin(noun: string, at: Place): Gender | 'they' | undefined {
    const word = this.#possessive(noun, at)?.owner.toLowerCase();
    if (word === undefined) return undefined;
    return word === 'his' ? 'm' : word === 'her' ? 'f' : 'they';
  }

  /** The cue's sentence's "his/her/their <noun>": its pronoun, and where it stands in the paragraph's text. */
  #possessive(noun: string, at: Place): { owner: string; at: number } | undefined {
    const bounds = this.#boundsOf(at);
    if (bounds === undefined) return undefined;
    const text = (this.#texts[at.paragraph] ?? '').slice(bounds.start, bounds.end);
    const m = new RegExp(
      `\\b(his|her|their)\\s+(?:[\\p{Ll}-]+\\s+)?${escapeRegExp(noun)}\\b(?!-)`,
      'iu',
    ).exec(text);
    return m === null ? undefined : { owner: m[1] as string, at: bounds.start + m.index };
  }

  /**
   * "the chair of the Wexmoor Public Utility Commission said", read as the body's words: the person the
   * article names as holding that role for that body (their role names a word of the body's name), named
   * before or opening the next paragraph ("Commission chair Lucia Marquez-Holt said …"); else no one.
   */
  #officeHolder(name: string, at: Place, before: number): number | undefined {
    const office = OFFICE_OF_BODY.exec(name);
    const noun = office?.[1]?.split(' ').pop();
    if (!office || noun === undefined || !ROLE_WORDS.has(noun)) return undefined;
    const body = capitalisedWords(office[2] as string)
      .map((w) => w.toLowerCase())
      .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w));
    const serves = (id: number) => body.some((w) => this.#roleNames(this.#entity(id), w));
    const named = this.#people.entities.filter(
      (e) => e.roleWords.has(noun) && serves(e.id) && this.#isNamedBefore(e.id, at, before),
    );
    if (named.length > 0) return named.length === 1 ? (named[0] as ArticleEntity).id : undefined;
    const next = this.#holderOpensNext(noun, at, undefined);
    return next !== undefined && serves(next) ? next : undefined;
  }

  /** The one person named before with a rank written in initials ("DSP Tariq Khan"), or with that office. */
  #rankHolder(initials: string, at: Place, before: number): number | undefined {
    const rank = initials.toLowerCase();
    const titled = this.#people.entities.filter(
      (e) => e.titles?.has(rank) === true && this.#isNamedBefore(e.id, at, before),
    );
    if (titled.length === 1) return (titled[0] as ArticleEntity).id;
    return titled.length === 0 ? this.#initialsHolder(initials, at, before) : undefined;
  }

  /**
   * "Chukwuemeka Anyanwu, the Resident Electoral Commissioner in Adaraya State, … ¶ “…,” the REC said": an
   * office written as initials is the one person named before whose role they spell, initial for initial
   * up to the body it serves; undefined when no one's or several people's roles do.
   */
  #initialsHolder(name: string, at: Place, before: number): number | undefined {
    if (!OFFICE_INITIALS.test(name)) return undefined;
    const initials = name.toLowerCase();
    const holders = this.#people.entities.filter(
      (e) =>
        [...e.roles.keys()].some((role) => roleInitials(role) === initials) &&
        this.#isNamedBefore(e.id, at, before),
    );
    return holders.length === 1 ? (holders[0] as ArticleEntity).id : undefined;
  }

  /**
   * "“…,” the chair of the Utility Commission said in a statement. ¶ Commission chair Lucia Marquez-Holt
   * said …": the person the next paragraph opens with, named with that role in front.
   */
  #holderOpensNext(noun: string, at: Place, gender: Gender | undefined): number | undefined {
    // (Past the quotation a colon's cue introduces: "Said the SP: ¶ “…” ¶ Superintendent … said".)
    let next = at.paragraph + 1;
    if (/:\s*$/.test(this.#texts[at.paragraph] ?? '') && PARAGRAPH_OPENS_QUOTE.test(this.#texts[next] ?? ''))
      next++;
    const first = this.#openingName(next);
    if (first === undefined) return undefined;
    // (The role may be the name's title: "Superintendent of Police Amardeep Singh said …".)
    const e = this.#entity(first.entity);
    const titled = first.titles.some((t) => t.toLowerCase().replace(/\.$/, '') === noun);
    if (!wordsOfRole(first.role).includes(noun) && !titled) return undefined;
    return e.full && this.#compatible(first.entity, gender) ? first.entity : undefined;
  }

  /**
   * "The barrister warned that a sale would “torch the value …”. Tamsin Okoro KC told the judge …": a holder
   * of the role (here by the letters after the name) named in the very next sentence.
   */
  #holderNamedNext(noun: string, at: Place, gender: Gender | undefined): number | undefined {
    return (this.#people.paragraphs[at.paragraph]?.names ?? []).find(
      (n) =>
        !n.quoted &&
        n.sentence === at.sentence + 1 &&
        this.#entity(n.entity).roleWords.has(noun) &&
        this.#compatible(n.entity, gender),
    )?.entity;
  }

  /**
   * The person named right after the same role set off before the name ("the spokeswoman, Carla Viñas
   * Rego,"), later in the quotation's paragraph or in the next one, of a gender that fits; else undefined.
   */
  #roleNamedNext(noun: string, at: Place, gender: Gender | undefined): number | undefined {
    const restated = new RegExp(`\\bthe\\s+(?:[\\p{Ll}-]+\\s+)?${escapeRegExp(noun)},\\s*$`, 'iu');
    // (Two paragraphs on when the next one only continues the quotation: "“…,” the Integrity Commissioner
    // said. ¶ “…” ¶ The commissioner, Dr Ingrid Rasmussen, …".)
    const continued = PARAGRAPH_OPENS_QUOTE.test(this.#texts[at.paragraph + 1] ?? '');
    for (const p of continued
      ? [at.paragraph, at.paragraph + 1, at.paragraph + 2]
      : [at.paragraph, at.paragraph + 1]) {
      const text = this.#texts[p] ?? '';
      // "“…,” the mayor said. ¶ “…!” a man yelled. ¶ Mayor Colleen Varga, a former teacher, …": the role
      // as the title of the name that opens a paragraph.
      const titled = p > at.paragraph ? this.#openingTitledWith(p, noun) : undefined;
      if (titled !== undefined) return this.#compatible(titled, gender) ? titled : undefined;
      // "The captain, a centre-back who …, was the only player who stopped to speak. ¶ “…,” he said. ¶ Álvaro
      // Quintanilla, who has worn the armband since 2021, also said …": "also said" goes on with the speaker.
      const goesOn = p > at.paragraph ? this.#openingAlsoSaid(p) : undefined;
      if (goesOn !== undefined && this.#compatible(goesOn, gender)) return goesOn;
      for (const n of this.#people.paragraphs[p]?.names ?? []) {
        if (n.quoted || (p === at.paragraph && n.sentence <= at.sentence)) continue;
        if (
          restated.test(beforeTitles(text.slice(Math.max(0, n.start - 60), n.start))) &&
          this.#compatible(n.entity, gender)
        )
          return n.entity;
      }
    }
    // "“…,” the administrator told reporters. … (ten paragraphs) … ¶ The administrator, District Collector
    // Harshvardhan N. Salunkhe, said …": further on, only a paragraph that opens restating the role.
    const opening = new RegExp(`^\\W*the\\s+(?:[\\p{Ll}-]+\\s+)?${escapeRegExp(noun)},\\s*$`, 'iu');
    for (let p = at.paragraph + (continued ? 3 : 2); p < this.#texts.length; p++) {
      const text = this.#texts[p] ?? '';
      const first = this.#openingName(p);
      if (first === undefined || !opening.test(beforeTitles(text.slice(0, first.start)))) continue;
      const e = this.#entity(first.entity);
      return e.full && this.#compatible(first.entity, gender) ? first.entity : undefined;
    }
    return undefined;
  }

  /** The person named in full who opens paragraph `p` as the subject of "also said" (after an appositive). */
  #openingAlsoSaid(p: number): number | undefined {
    const first = this.#openingName(p);
    const text = this.#texts[p] ?? '';
    if (first === undefined || !/^\W*$/.test(beforeTitles(text.slice(0, first.start)))) return undefined;
    if (!ALSO_SAID.test(text.slice(first.end))) return undefined;
    return this.#entity(first.entity).full ? first.entity : undefined;
  }

  /** The person named in full at the opening of paragraph `p` with the role `noun` for title ("Mayor X"). */
  #openingTitledWith(p: number, noun: string): number | undefined {
    const first = this.#openingName(p);
    if (first === undefined || first.titles.join(' ').toLowerCase() !== noun) return undefined;
    if (!/^\W*$/.test(beforeTitles((this.#texts[p] ?? '').slice(0, first.start)))) return undefined;
    return this.#entity(first.entity).full ? first.entity : undefined;
  }

  /**
   * "Asked what she would tell owners …, the engineer was direct": the one asked is the main clause's
   * subject, of the gender of the question's pronoun.
   */
  #askedGender(at: Place): Gender | undefined {
    const bounds = this.#boundsOf(at);
    if (!bounds) return undefined;
    const asked = ASKED_OPENING.exec((this.#texts[at.paragraph] ?? '').slice(bounds.start, bounds.end));
    const pronoun = asked?.[1]?.toLowerCase();
    return pronoun === undefined ? undefined : pronoun === 'he' ? 'm' : 'f';
  }

  /**
   * "“…,” the 52-year-old engineer told the Post. ¶ He added: “…”": the gender of the pronoun that opens the
   * next paragraph as the speaker of more words, when no one is named after the quotation's cue, is the
   * speaker's.
   */
  #continuedGender(at: Place): Gender | undefined {
    const namedAfter = (this.#people.paragraphs[at.paragraph]?.names ?? []).some(
      (n) => !n.quoted && n.sentence > at.sentence,
    );
    if (namedAfter) return undefined;
    // ("“And what did he tell you?” the prosecutor asked. ¶ “…,” she said": who goes on is who answers.)
    const bounds = this.#boundsOf(at);
    const sentence = bounds ? (this.#plain[at.paragraph] ?? '').slice(bounds.start, bounds.end) : '';
    if (QUESTION_ASKED.test(sentence)) return undefined;
    const next = this.#texts[at.paragraph + 1] ?? '';
    const m = PRONOUN_GOES_ON.exec(next) ?? QUOTE_THEN_PRONOUN.exec(next);
    if (m === null || !SPEECH_VERB_WORDS.has((m[2] as string).toLowerCase())) return undefined;
    return (m[1] as string).toLowerCase() === 'he' ? 'm' : 'f';
  }

  /**
   * The gender of a sentence's possessive pronouns outside quotations, when it has "his" or "her" and only
   * of one gender ("The Brazilian broke his silence", "In a post to his followers, the 27-year-old wrote"):
   * whose they are is, in a sentence about one person, that person's.
   */
  #possessiveGender(at: Place, roleNoun?: string): Gender | undefined {
    const text = this.#texts[at.paragraph] ?? '';
    // "“…,” her lawyer said": a possessive of the role itself is the client's, not the holder's.
    const ofRole =
      roleNoun === undefined
        ? undefined
        : new RegExp(`^\\p{L}+\\s+(?:[\\p{Ll}-]+\\s+)?${escapeRegExp(roleNoun)}\\b`, 'u');
    // "The prosecutor told the court …: the warning Makowsky had opened on his phone": a possessive after a
    // name in the sentence is that person's, and says nothing of the role's holder.
    const names = (this.#people.paragraphs[at.paragraph]?.names ?? []).filter(
      (n) => n.sentence === at.sentence && !n.quoted,
    );
    const owners = new Set(
      (this.#people.paragraphs[at.paragraph]?.pronouns ?? [])
        .filter(
          (q) =>
            q.sentence === at.sentence &&
            !q.quoted &&
            q.role === 'possessive' &&
            !names.some((n) => n.end <= q.at) &&
            !roleBeforePossessive(text, q.at, roleNoun) &&
            // "her" before a noun ("her silence"), not as an object ("told her that", "gave her the …").
            (q.pronoun !== 'she' || POSSESSIVE_HER.test(text.slice(q.at))) &&
            !ofRole?.test(text.slice(q.at)),
        )
        .map((q) => q.pronoun),
    );
    if (owners.size !== 1) return undefined;
    const [owner] = owners;
    return owner === 'he' ? 'm' : owner === 'she' ? 'f' : undefined;
  }

  /**
   * Whether paragraphs after `from` up to `to` (exclusive) bring in, outside quotations, a person of that
   * gender whom the article had not named by then (one named before is not the one brought in unnamed, nor
   * one given a role other than `noun`: after "a man came in", "The owner's son, Usman Hale, runs the
   * business" is not the man).
   */
  #namedSince(from: number, to: number, gender: Gender | undefined, noun: string): boolean {
    const before = new Set<number>();
    for (let p = 0; p <= from; p++)
      for (const n of this.#people.paragraphs[p]?.names ?? []) before.add(n.entity);
    for (let p = from + 1; p < to; p++)
      for (const n of this.#people.paragraphs[p]?.names ?? [])
        if (
          !n.quoted &&
          !before.has(n.entity) &&
          this.#isPersonLike(n.entity) &&
          this.#compatible(n.entity, gender) &&
          !this.#heldOtherRole(n.entity, noun)
        )
          return true;
    return false;
  }

  /** Whether a person was given roles or kinship ("her son, X"), none of them with this noun. */
  #heldOtherRole(id: number, noun: string): boolean {
    const { roles, roleWords, elder } = this.#entity(id);
    if (elder?.kin !== undefined) return true;
    // ("Gov. Lydia Carrasco" holds "governor": a title written short names the role too.)
    if (roles.size === 0 || roleWords.has(noun)) return false;
    for (const role of roles.keys()) if (wordsOfRole(role).includes(noun)) return false;
    return true;
  }

  /**
   * "The Portuguese told Roar Sport": the one person the article gives that nationality ("Portuguese boss
   * Rui Falcao"); else, for a word that is only ever a person's ("the Spaniard"), the nearest person who fits;
   * for one that may be a people or a government ("the Portuguese", "the Chinese"), only the person quoted
   * in this paragraph or the one before.
   */
  #resolveDemonym(
    ref: Extract<SpeakerRef, { kind: 'role' }>,
    at: Place,
    before: number,
  ): QuoteSpeaker | null {
    const given = this.#people.entities.filter(
      (e) =>
        this.#isPersonLike(e.id) && this.#roleNames(e, ref.noun) && this.#isNamedBefore(e.id, at, before),
    );
    if (given.length === 1) return { kind: 'entity', entity: (given[0] as ArticleEntity).id };
    if (!PLURAL_DEMONYMS.has(ref.noun)) return this.#resolvePerson(ref.gender, at, before);
    // "Arrabaça was less restrained. “…,” said the Portuguese.": after a sentence about one person, one of
    // the "-ese" demonyms is that person (not "the French", which is only ever the people).
    const previous = this.#sentences.length - 1;
    const subject = ref.noun === 'french' || previous < 0 ? undefined : this.#subjectAt(previous);
    if (subject !== undefined && this.#isPersonLike(subject)) return { kind: 'entity', entity: subject };
    const last = this.#lastSpeaker;
    return last && last.speaker?.kind === 'entity' && at.paragraph - last.paragraph <= 1
      ? last.speaker
      : null;
  }

  /** Whether any of an entity's role phrases names the word ("chief executive of Aldermoor Aviation"). */
  /** The one person the article says goes by a nickname ("the Quartermaster"), if any. */
  #nicknamed(name: string): number | undefined {
    const folded = name
      .replace(/^the\s+/i, '')
      .split(/\s+/)
      .map(foldToken)
      .join(' ');
    const found = this.#people.entities.filter((e) => e.nicknames?.has(folded));
    return found.length === 1 ? found[0]?.id : undefined;
  }

  /** Whether a role the article gave this person names a party ("Democratic Governor", "Labour MP"). */
  #roleNamesParty(e: ArticleEntity): boolean {
    return [...e.roles.keys()].some((r) => wordsOfRole(r.toLowerCase()).some((w) => PARTY_WORDS.has(w)));
  }

  /** Whether every role of an entity with that noun names a body ("Oxtoby City manager", not "manager"). */
  #roleOfNamedBody(e: ArticleEntity, noun: string): boolean {
    const roles = [...e.roles.keys()].filter((r) => wordsOfRole(r).includes(noun));
    return roles.length > 0 && roles.every((r) => /(?:^|\s)\p{Lu}\p{Ll}/u.test(r));
  }

  /** Whether the article names someone a party's spokesperson on a portfolio (`PORTFOLIO_SPOKESPERSON`). */
  #speaksForPortfolio(entity: number): boolean {
    return [...this.#entity(entity).roles.keys()].some((role) => PORTFOLIO_SPOKESPERSON.test(role));
  }

  /**
   * Whether every role the article gave this person with the noun names a body before it ("police
   * spokesperson", "Kremlin spokesman"): a body's spokesperson, not a person's ("spokesman", "chief spokesman").
   */
  #speaksForBody(e: ArticleEntity, noun: string): boolean {
    const parts = [...e.roles.keys()]
      .flatMap((r) => r.split(/\s*,\s*/))
      .map((r) => wordsOfRole(r.toLowerCase()))
      .filter((words) => words.includes(noun));
    return (
      parts.length > 0 &&
      parts.every((words) => {
        const before = words[words.indexOf(noun) - 1];
        return before !== undefined && !RANK_BEFORE_ROLE.has(before);
      })
    );
  }

  /**
   * Whether every role of `e` that has `noun` makes it a head of government's office ("Prime Minister",
   * "Chief Minister"), which the bare noun ("the minister") does not name.
   */
  #headsGovernmentOnly(e: ArticleEntity, noun: string): boolean {
    const word = new RegExp(`\\b${escapeRegExp(noun)}\\b`);
    const roles = [...e.roles.keys()].map((r) => r.toLowerCase()).filter((r) => word.test(r));
    return roles.length > 0 && roles.every((r) => HEAD_OF_GOVERNMENT.test(r));
  }

  /** Whether the article gives the entity roles, none of whose words `holds` accepts. */
  #knownOnlyForOtherRoles(entity: number, holds: (word: string) => boolean): boolean {
    // (Whom someone is to another says nothing of their office: "Her colleague Miriam Roe".)
    const offices = [...this.#entity(entity).roleWords].filter((w) => !RELATIONAL_ROLES.has(w));
    return offices.length > 0 && !offices.some(holds);
  }

  #roleNames(e: ArticleEntity, word: string): boolean {
    // ("the church leader": "president of the Council of Churches" names churches.)
    // ("DSP Rotimi Ajal" is a police officer's: "the police spokesman" may be him.)
    const forms = [word, `${word}s`, `${word}es`];
    for (const role of e.roles.keys())
      if (
        role
          .split(/[^\p{L}-]+/u)
          .flatMap(spelledInitials)
          .some((w) => forms.includes(w))
      )
        return true;
    return false;
  }

  /**
   * The paragraph where the article last brought in someone by this noun without a name ("one man with a
   * beard …", "several callers") so far; -1 when it did not.
   */
  #introducedUnnamed(noun: string, at: Place, before: number): number {
    // ("Several callers asked about …. One man, who did not give his name, said …": one of a group
    // brought in unnamed.)
    const indefinite = new RegExp(
      `\\b(?:(?:an?|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}|(?:several|many|some|other|numerous|few|dozens of|scores of|hundreds of)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}s)\\b`,
      'giu',
    );
    for (let p = at.paragraph; p >= 0; p--) {
      const full = this.#texts[p] ?? '';
      const text = p === at.paragraph ? full.slice(0, before) : full;
      // "Lucinda Farrow, a junior transport minister,": a role set off after a name is that person's.
      for (const m of text.matchAll(indefinite))
        if (!SET_OFF_AFTER_NAME.test(text.slice(Math.max(0, m.index - 40), m.index))) return p;
    }
    return -1;
  }

  /**
   * Whether a single name with no sign of a person anywhere in the article (no title, role, age or gender)
   * speaks as a body: the text before the quote calls it "it" after naming it ("Kestrin said … that it
   * was", "its members had"), or its sentence says it spoke in a statement ("Helmsgate said in a
   * statement").
   */
  #speaksAsBody(tokens: readonly string[], sentence: string, before: number): boolean {
    if (tokens.length !== 1) return false;
    const text = sentence.slice(0, before);
    const at = text.lastIndexOf(tokens[0] as string);
    const calledIt = at >= 0 && /\b(?:it|its)\b/.test(text.slice(at));
    if (!calledIt && !IN_A_STATEMENT.test(sentence)) return false;
    const e = this.#singleNameEntity(tokens);
    if (e === undefined || e.personal > 0 || e.votes.m + e.votes.f > 0) return false;
    return !this.#namedInFull(tokens[0] as string, () => true);
  }

  #isPlaceName(tokens: readonly string[]): boolean {
    if (looksLikePlace(tokens)) return true;
    if (tokens.length !== 1) return false;
    const e = this.#singleNameEntity(tokens);
    if (e === undefined || e.personal > 0 || e.locative === 0) return false;
    // "data from Baek and her colleagues" reads like a place, but the article names Baek Seung-hee in full
    // (and shows her to be a person: a role, a title, or words of hers).
    return !this.#namedInFull(tokens[0] as string, shownToBePerson);
  }

  /** The article's entity of a one-word name, when it is only ever a single name. */
  #singleNameEntity(tokens: readonly string[]): ArticleEntity | undefined {
    const id = this.#entityForName(tokens, { paragraph: -1, sentence: -1 });
    const e = id === undefined ? undefined : this.#entity(id);
    return e === undefined || e.full ? undefined : e;
  }

  /** Whether someone the article names in full (and who passes `fits`) has this word as a part of the name. */
  #namedInFull(word: string, fits: (other: ArticleEntity) => boolean): boolean {
    const part = foldToken(word);
    return this.#people.entities.some((other) => other.full && fits(other) && other.parts.has(part));
  }

  #resolve(attribution: Attribution | undefined, cue: CueContext): QuoteSpeaker | null {
    if (!attribution) return null;
    const { at, sentence: sentenceMasked, open: before, previousSentence } = cue;
    if (attribution.relative) return this.#relativeAntecedent(at, sentenceMasked, before);
    if (attribution.coordinated) {
      // "Over coffee, she described it as … and said …": whom the sentence is about, pronouns resolved.
      const bounds = this.#boundsOf(at);
      const subject = bounds ? this.#subjectOf(at, sentenceMasked, bounds, before) : undefined;
      if (subject !== undefined) return { kind: 'entity', entity: subject };
    }
    const phrase = attribution.participle
      ? (this.#ownClauseSubject(at, sentenceMasked, before) ?? sentenceSubject(sentenceMasked))
      : attribution.phrase;
    const ref = this.#phrases.read(phrase.replaceAll(ABBREVIATION_DOT, '.'));
    if (!ref) {
      // "“…,” the declaration reads." after "In a declaration …, Wang Xinyi states that …": its author.
      const author = this.#writingsAuthor(phrase, at);
      if (author !== undefined) return { kind: 'entity', entity: author };
      // ("the IG said": initials too short to read as a body's name.)
      const initials = DEFINITE_INITIALS.exec(phrase)?.[1];
      const holder = initials === undefined ? undefined : this.#initialsHolder(initials, at, before);
      if (holder !== undefined) return { kind: 'entity', entity: holder };
      const lede = this.#ledeIdentified(phrase, at, sentenceMasked);
      if (lede !== undefined) return { kind: 'entity', entity: lede };
      // ("where strikers chanted “…”", "“…,” residents said": a group in lower case, no one to name.)
      return GROUP_PHRASE.test(phrase.trim()) ? undefined : this.#titleAsSurname(phrase);
    }
    switch (ref.kind) {
      case 'person':
        // "Washington said": a single name the article uses as a place speaks as an institution; "Kestrin
        // said in a statement that it was “…”" as a body.
        if (this.#isPlaceName(ref.tokens) || this.#speaksAsBody(ref.tokens, sentenceMasked, before))
          return { kind: 'org', name: ref.tokens.join(' ') };
        {
          const relative = this.#relativeByAge(ref);
          if (relative !== undefined) return relative;
        }
        return { kind: 'entity', entity: this.#entityForName(ref.tokens, at) ?? this.#namedByCue(ref) };
      case 'org': {
        // "said the Quartermaster": a nickname the article says a person goes by.
        const nicknamed = this.#nicknamed(ref.name);
        if (nicknamed !== undefined) return { kind: 'entity', entity: nicknamed };
        const author = this.#writingsAuthor(ref.name, at);
        if (author !== undefined) return { kind: 'entity', entity: author };
        const holder = this.#officeHolder(ref.name, at, before) ?? this.#initialsHolder(ref.name, at, before);
        if (holder !== undefined) return { kind: 'entity', entity: holder };
        return { kind: 'org', name: this.#orgReferent(ref.name, at) ?? ref.name };
      }
      case 'role': {
        // "The pundit, …, also suggested that Tom Okoro “…”": a role refers back, to someone named before
        // the role's own words (or in them: "The government spokesman Dan Roe, who …, said"), not to the
        // person the sentence names after it.
        const from = this.#phraseEnd(at, sentenceMasked, phrase) ?? before;
        const resolved =
          this.#resolveRole(ref, at, Math.min(before, from)) ?? this.#addingRole(ref, at, sentenceMasked);
        // "“…?” the coroner asked. / “…,” the consultant replied.": the one who replies is not the asker.
        if (
          resolved?.kind === 'entity' &&
          REPLY_CUE.test(sentenceMasked) &&
          this.#cannotReply(resolved.entity, at)
        )
          return null;
        return resolved;
      }
      case 'pronoun': {
        if (ref.pronoun === 'they') return this.#singularThey(at);
        if (ref.pronoun === 'it') {
          // "The ministry said … “…,” it said.": the organisation the sentence before names.
          const said = attributionBefore(previousSentence);
          const previous = this.#phrases.read(said?.phrase || sentenceSubject(previousSentence));
          return previous?.kind === 'org' ? previous : null;
        }
        const gender = ref.pronoun === 'he' ? 'm' : 'f';
        const resolved = this.#resolvePerson(gender, at, before, true);
        // "Halkias turned to Prof. Karra-Stefanou. “…?” he asked. ¶ “…,” she said.": right after a question,
        // the one it was put to answers, when of the pronoun's gender.
        const answerer = this.#questionPutTo(at, gender);
        if (answerer !== undefined && !(resolved?.kind === 'entity' && resolved.entity === answerer))
          return { kind: 'entity', entity: answerer };
        // "“…, have you not?” Hale asked. / “…,” she replied.": whoever replies, it is not the one who asked.
        if (
          resolved?.kind === 'entity' &&
          REPLY_CUE.test(sentenceMasked) &&
          this.#cannotReply(resolved.entity, at)
        )
          return this.#addressedBefore(at, gender, resolved.entity);
        // "He said Vance had “…”": a subject pronoun is never the person its own clause names after it.
        if (resolved?.kind === 'entity' && this.#namedAfterPronoun(at, gender, resolved.entity)) return null;
        // "Our correspondent Yara Khoury spoke briefly to Mrs Ragab … ¶ “…,” she said": the page's own
        // reporter asks; the one spoken to answers. (A live page quotes its reporter too: "Our correspondent
        // Yara Khoury is at the site. “…,” she said" stays hers.)
        if (resolved?.kind === 'entity' && this.#ownReporter(resolved.entity)) {
          const k = this.#lastSentenceNear(at);
          const reporter = resolved.entity;
          const spokenTo =
            k === undefined
              ? undefined
              : this.#addressee(
                  this.#sentences[k] as SentenceEntry,
                  (id) => id !== reporter && this.#compatible(id, gender),
                  INTERVIEWED_CUE,
                );
          if (spokenTo !== undefined) return { kind: 'entity', entity: spokenTo };
        }
        if (resolved?.kind === 'entity') this.#learnGender(resolved.entity, gender);
        return resolved;
      }
    }
  }

  /**
   * "“…,” Mx Moreau said. ¶ “…,” they added.": "they" is one person only where the person it would mean is
   * called "Mx", the honorific of someone who uses it; otherwise it is a group, no one to name.
   */
  #singularThey(at: Place): QuoteSpeaker | null {
    // The one the sentence before is about, or who spoke last in the paragraph before.
    let near: number | undefined;
    if (at.sentence > 0) near = this.#previousSubject(at);
    else if (at.paragraph > 0) {
      const k = this.#entryIndex(at.paragraph - 1, this.#lastSentence[at.paragraph - 1] ?? -1);
      const spoken = k < 0 ? undefined : (this.#sentences[k] as SentenceEntry).speakers.at(-1);
      near = spoken?.kind === 'entity' ? spoken.entity : k < 0 ? undefined : this.#subjectAt(k);
    }
    return near !== undefined && this.#entity(near).titles?.has('mx')
      ? { kind: 'entity', entity: near }
      : null;
  }

  /** The person a writing is from or by in sentence `s` ("a note from the captain", "a letter by Ana Roe"). */
  #writingFrom(noun: string, s: SentenceEntry): number | undefined {
    const from = WRITING_FROM.get(noun)?.exec(s.text)?.[1];
    if (from === undefined) return undefined;
    const place = { paragraph: s.paragraph, sentence: s.sentence };
    const ref = this.#phrases.read(from);
    if (ref?.kind === 'person') return this.#entityForName(ref.tokens, place);
    if (ref?.kind !== 'role') return undefined;
    const found = this.#resolveRole(ref, place, s.bounds.start);
    return found?.kind === 'entity' ? found.entity : undefined;
  }

  /**
   * "X, in a statement released by his office, called the story “…”. “…,” the statement said.": the
   * statement (letter, post …) is the one a person was just said to have issued, this paragraph or the one
   * before; undefined when no sentence there names such a writing with a person as its speaker.
   */
  #writingsAuthor(name: string, at: Place): number | undefined {
    const noun = WRITING.exec(name)?.[1]?.toLowerCase();
    const mentions = noun === undefined ? undefined : WRITING_MENTIONED.get(noun);
    if (mentions === undefined) return undefined;
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const s = this.#sentences[k] as SentenceEntry;
      if (notBefore(s, at)) continue;
      if (at.paragraph - s.paragraph > 1) break;
      if (!mentions.test(s.text)) continue;
      // "The deal was struck between Dr Roe and Ms Vale, according to a joint statement": a writing of
      // several, or one the sentence only cites, is no one person's.
      if (SHARED_OR_CITED_WRITING.get(noun as string)?.test(s.text)) return undefined;
      // "A handwritten note from the captain had been delivered, and the mayor read it aloud": whom it is
      // from wrote it, not whoever read it out.
      const sender = this.#writingFrom(noun as string, s);
      if (sender !== undefined) return sender;
      const people = s.speakers.filter((sp) => sp?.kind === 'entity');
      if (people.length > 0) return (people[people.length - 1] as { entity: number }).entity;
      const subject = this.#subjectAt(k);
      return subject !== undefined && this.#isPersonLike(subject) ? subject : undefined;
    }
    return undefined;
  }

  /**
   * "the council said", "a spokesperson for the authority said", "the company said": the organisation an
   * earlier sentence (this paragraph or the two before) names, whose name has that noun ("Castlebrook City
   * Council", "Road Vehicle Safety Authority") or, for a noun no name carries ("company", "operator"), which
   * was the subject of a sentence and is no person ("Helion said it had imported …"). Undefined when the
   * phrase is already a name or nothing earlier fits.
   */
  #orgReferent(phrase: string, at: Place): string | undefined {
    if (/\p{Lu}/u.test(phrase)) return undefined;
    const noun = phrase.split(/\s+/).pop()?.toLowerCase() ?? '';
    if (!/^\p{Ll}{3,}$/u.test(noun)) return undefined;
    const titled = noun.charAt(0).toUpperCase() + noun.slice(1);
    const named = new RegExp(
      `(?:\\p{Lu}[\\p{L}'\u2019.&-]*\\s+){0,5}${titled}(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*)+)?`,
      'gu',
    );
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const entry = this.#sentences[k] as SentenceEntry;
      if (notBefore(entry, at)) continue;
      if (at.paragraph - entry.paragraph > ORG_REACH) break;
      const found = [...entry.text.matchAll(named)].pop()?.[0].replace(/^(?:The|A|An|In|At|By)\s+/, '');
      if (found && found !== titled) return found;
      if (GENERIC_ORG_NOUNS.has(noun)) {
        const subject = this.#impersonalSubject(entry, at);
        if (subject) return subject;
      }
    }
    return undefined;
  }

  /**
   * Who speaks in a sentence when it is an organisation, or a single name the article never gives a person
   * ("Helion said it had imported …"): no title, honorific or role beside it anywhere.
   */
  #impersonalSubject(entry: SentenceEntry, at: Place): string | undefined {
    const phrase = attributionBefore(entry.text)?.phrase;
    if (phrase === undefined) return undefined;
    let ref = this.#phrases.read(phrase);
    // "Helion Grid, the national operator, said …": the name opening the sentence, not its appositive.
    if (ref?.kind !== 'org' && ref?.kind !== 'person') ref = this.#phrases.read(sentenceSubject(entry.text));
    if (ref?.kind === 'org') return /^\p{Lu}/u.test(ref.name) ? ref.name : undefined;
    if (ref?.kind !== 'person' || ref.role !== undefined || ref.tokens.length !== 1) return undefined;
    const id = this.#entityForName(ref.tokens, at);
    const e = id === undefined ? undefined : this.#entity(id);
    return e === undefined || (!e.full && e.personal === 0) ? ref.tokens.join(' ') : undefined;
  }

  /** Where a sentence of the paragraph being read sits in the paragraph's text. */
  /**
   * Where a cue's phrase (its first occurrence in the sentence) ends in its paragraph, with a name written
   * straight after it ("The government spokesman" of "The government spokesman Dan Roe, who …"), if it does.
   */
  #phraseEnd(at: Place, sentenceMasked: string, phrase: string): number | undefined {
    const bounds = this.#boundsOf(at);
    const k = phrase === '' ? -1 : sentenceMasked.indexOf(phrase);
    if (bounds === undefined || k < 0) return undefined;
    const name = NAME_RUN_AFTER.exec(sentenceMasked.slice(k + phrase.length))?.[0] ?? '';
    return bounds.start + k + phrase.length + name.length;
  }

  /**
   * The subject of the clause a semicolon sets off right before the quotation at `before`, which a speech
   * participle or a colon there hands the words to ("Roe accused her of leaking it; Diaz denied it, saying:
   * “…”" → "Diaz"); undefined when no semicolon comes before it or the clause has no subject.
   */
  #ownClauseSubject(at: Place, sentence: string, before: number): string | undefined {
    const start = this.#boundsOf(at)?.start;
    const lead = start === undefined ? '' : sentence.slice(0, Math.max(0, before - start));
    const semicolon = lead.lastIndexOf(';');
    if (semicolon < 0) return undefined;
    const clause = lead.slice(semicolon + 1).trim();
    const subject = sentenceSubject(clause.charAt(0).toUpperCase() + clause.slice(1));
    return subject === '' ? undefined : subject;
  }

  #boundsOf(at: Place): Bounds | undefined {
    const k = this.#entryIndex(at.paragraph, at.sentence);
    return k < 0 ? this.#current[at.sentence] : (this.#sentences[k] as SentenceEntry).bounds;
  }

  /**
   * "… Harold Brisk, then the critic of the Courier, who described it as “…”": the person named right
   * before the relative "who" (past an appositive set off by commas) is the speaker.
   */
  #relativeAntecedent(at: Place, sentenceMasked: string, before: number): QuoteSpeaker | null {
    const bounds = this.#boundsOf(at);
    if (!bounds) return null;
    const upToQuote = sentenceMasked.slice(0, before - bounds.start);
    const whos = [...upToQuote.matchAll(/\bwho\b/gi)];
    // "… and who described him as the man who had “…”": the "who" whose verb speaks, not one inside what is
    // said.
    let w = whos.length - 1;
    const speaking = whos.findLastIndex((m) => WHO_SPEAKS.test(upToQuote.slice(m.index)));
    if (speaking >= 0) w = speaking;
    // "…, the actress who has played two of his roles and who described him as “…”": a "who" joined by
    // "and" to one before it is about the same one as that.
    while (w > 0 && COORDINATED_WHO_BEFORE.test(upToQuote.slice(0, whos[w]?.index))) w--;
    const who = whos[w];
    if (!who) return null;
    const whoAt = bounds.start + who.index;
    const names = (this.#people.paragraphs[at.paragraph]?.names ?? []).filter(
      (n) => n.sentence === at.sentence && !n.quoted && !n.possessive && n.end <= whoAt,
    );
    const text = this.#texts[at.paragraph] ?? '';
    let last = names[names.length - 1];
    // "Tom Reyes, an analyst at Pellbridge Bank, who": a name inside the appositive is not its holder's.
    const holder = names[names.length - 2];
    if (
      last &&
      holder &&
      /^\s*,\s*(?:the|an?|his|her|their)\s[^,]*$/i.test(text.slice(holder.end, last.start))
    )
      last = holder;
    if (!last || !this.#isPersonLike(last.entity)) return null;
    // "A caller from Thornwick, who …": the place an unnamed person is from is not whom "who" is about
    // ("Pressed by Oliver Thackwray, …, who asked" is Thackwray).
    if (UNNAMED_FROM.test(text.slice(Math.max(0, last.start - 60), last.start))) return null;
    // ("Maria Santos, 47, a cook in the canteen, who": an age, then one appositive, may stand between.)
    const between = text.slice(last.end, whoAt);
    // ("Julian Ashcroft – who described the moment as “…” – said": or a dash; "Nina Sorel, the Lyon-born
    // actress who": or a restrictive relative on an appositive that names what the person is.)
    return /^\s*,(?:\s*\d{1,3},)?(?:[^,]*,)?\s*$|^\s+[\u2013\u2014]\s*$/.test(between) ||
      RESTRICTED_APPOSITIVE.test(between)
      ? { kind: 'entity', entity: last.entity }
      : null;
  }

  /** "Smith: “The strike goes on.”": the name before the colon speaks, if the article knows them as a person. */
  #namedBeforeColon(beforeOpen: string, at: Place): QuoteSpeaker | null {
    const name = COLON_SPEAKER.exec(beforeOpen)?.[1];
    if (name === undefined) return null;
    const entity = this.#entityForName(name.replaceAll(ABBREVIATION_DOT, '.').split(/\s+/), at);
    if (entity === undefined) return null;
    const e = this.#entity(entity);
    if (this.#writtenAsPhrase(e.tokens)) return null;
    return (e.full && !looksLikePlace(e.tokens)) || e.personal > 0 ? { kind: 'entity', entity } : null;
  }

  /**
   * Whether the article writes a capitalised name's words as a phrase with its last word in lower case
   * ("College Trump Supporters: “…”" in a headline, "Trump supporters" in the text): a headline's title
   * case, not a person's name.
   */
  #writtenAsPhrase(tokens: readonly string[]): boolean {
    const last = tokens[tokens.length - 1] ?? '';
    if (tokens.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
    const phrase = [...tokens.slice(0, -1), last.toLowerCase()].join(' ');
    return this.#texts.some((text) => text.includes(phrase));
  }

  /** The index of the sentence read last, when it is in paragraph `at` or the one before; else undefined. */
  #lastSentenceNear(at: Place): number | undefined {
    const previous = this.#sentences.at(-1);
    return previous === undefined || at.paragraph - previous.paragraph > 1
      ? undefined
      : this.#sentences.length - 1;
  }

  /**
   * The person the sentence read last, in this paragraph or the one before, is about, when they are of
   * `gender` as far as is known and of no age the article gives.
   */
  #agelessSubjectBefore(at: Place, gender: Gender | undefined): number | undefined {
    const k = this.#lastSentenceNear(at);
    const subject = k === undefined ? undefined : this.#subjectAt(k);
    return subject !== undefined &&
      this.#isPersonLike(subject) &&
      this.#entity(subject).elder?.age === undefined &&
      this.#compatible(subject, gender)
      ? subject
      : undefined;
  }

  /**
   * The subject of a finished sentence: the person its quote was given to, else the first person it names
   * outside quotations and after an opening clause ("After meeting Kim, Pompeo …" → Pompeo), or a "he"/"she"
   * opening it, resolved.
   */
  #subjectAt(k: number): number | undefined {
    const e = this.#sentences[k] as SentenceEntry;
    if (e.subject === undefined) {
      // None while it is worked out: a role opening the sentence ("The governor …") is resolved through the
      // subjects of the sentences read so far, this one among them.
      e.subject = null;
      const spoken = e.speakers.find((s) => s?.kind === 'entity');
      // "Hal Mensah read aloud the message in which Ms Vellacott wrote that she would “…”": the one whose
      // words a relative clause quotes is not what the sentence is about.
      const quotedAbout = spoken?.kind === 'entity' && !RELATIVE_CLAUSE.test(e.text);
      const own = quotedAbout ? undefined : this.#subjectOf(e, e.text, e.bounds, e.bounds.end);
      e.subject = spoken?.kind === 'entity' ? (own ?? spoken.entity) : (own ?? null);
    }
    return e.subject ?? undefined;
  }

  /** Notes sentence `s` of paragraph `p` as read, with who its quotes were given to (filled later). */
  #note(
    p: number,
    s: number,
    sentences: readonly string[],
    bounds: readonly Bounds[],
    speakersOf: readonly QuoteSpeaker[][],
    spans: readonly QuoteSpan[],
  ): void {
    const b = bounds[s] as Bounds;
    this.#sentences.push({
      paragraph: p,
      sentence: s,
      text: sentences[s] as string,
      bounds: b,
      speakers: speakersOf[s] as QuoteSpeaker[],
      lastSpeaker: this.#lastSpeaker,
      quoted: spans.some((span) => withinSpan(span, b)),
    });
  }

  /**
   * Whether a quotation names the person it was given to ("Declan’s", "Mr O'Mulvane") while its sentence
   * outside the quotation does not ("… Declan O'Mulvane said" keeps it), other than as "I, Declan …".
   */
  #namesItsSpeaker(p: number, s: number, span: QuoteSpan, text: string, entity: number): boolean {
    const names = this.#people.paragraphs[p]?.names ?? [];
    const end = span.close < 0 ? text.length : span.close;
    // (A name opening the quotation starts at its mark: "“Alastair Campbell, …".)
    // (Not a bare surname the speaker shares with someone else the article names: "… hand it to somebody
    // who isn't named Haverkamp", says the mother of the chief executive.)
    const { surname } = this.#entity(entity);
    const shared = this.#people.entities.some((e) => e.id !== entity && e.full && e.surname === surname);
    const named = names.filter(
      (n) =>
        n.entity === entity && n.start >= span.open && n.start < end && !(shared && n.tokens.length === 1),
    );
    if (named.length === 0) return false;
    // "… she told me, ‘Honestly, Siobhán, I cannot …’": someone else's words to the speaker, quoted inside.
    const nested = findSingleQuoteSpans(text.slice(span.open, end));
    const inside = named.find(
      (n) =>
        !SELF_NAMED.test(text.slice(span.open, n.start)) &&
        !nested.some((q) => span.open + q.open <= n.start && (q.close < 0 || n.start < span.open + q.close)),
    );
    if (inside === undefined) return false;
    return !this.#namedOutside(p, s, span, text, entity);
  }

  /**
   * Whether sentence `s` of paragraph `p` names the entity outside the quotation `span`, other than as the
   * object of a preposition ("testifying at the trial of founder Rafael Ibáñez that he built it “at Rafael's
   * request”" does not make the words his).
   */
  #namedOutside(p: number, s: number, span: QuoteSpan, text: string, entity: number): boolean {
    const end = span.close < 0 ? text.length : span.close;
    return (this.#people.paragraphs[p]?.names ?? []).some(
      (n) =>
        n.entity === entity &&
        n.sentence === s &&
        (n.start < span.open || n.start >= end) &&
        !PREPOSITION_OBJECT.test(text.slice(Math.max(0, n.start - 40), n.start)),
    );
  }

  /** Whether the entity is named outside quotations in a sentence of paragraph `p` before sentence `s`. */
  #namedEarlierIn(p: number, s: number, entity: number): boolean {
    return (this.#people.paragraphs[p]?.names ?? []).some(
      (n) => n.entity === entity && n.sentence < s && !n.quoted,
    );
  }

  /**
   * Whether a quotation speaks of "the <role>" (not "the <role> of …") where that role is one the article
   * gives the person it was given to ("Labour minister …": “The minister called to ask us …”), while its
   * sentence outside the quotation does not name them.
   */
  #callsItsSpeakerByRole(p: number, s: number, span: QuoteSpan, text: string, entity: number): boolean {
    const { roleWords, titles } = this.#entity(entity);
    if (roleWords.size === 0 && (titles === undefined || titles.size === 0)) return false;
    const end = span.close < 0 ? text.length : span.close;
    const words = text.slice(span.open, end);
    const spoken = [...words.matchAll(ROLE_SPOKEN_OF)].some((m) =>
      roleWords.has((m[1] as string).toLowerCase()),
    );
    // "“Tar does not heal itself, Advocate,” he said" is not the words of Adv. Dlamini-Khumalo: no one
    // addresses themselves by their title.
    const addressed = [...words.matchAll(ADDRESSED_BY_TITLE)].some((m) => {
      const word = (m[1] as string).toLowerCase();
      // ("… reached the plant manager, Mr. Kuroda.": a short title and its stop before a name is how the
      // speaker names someone, not a form of address.)
      if (
        word.length <= ABBREVIATED_TITLE_LETTERS &&
        NAME_AFTER_STOP.test(words.slice(m.index + m[0].length))
      )
        return false;
      return (
        roleWords.has(word) ||
        [...(titles ?? [])].some((t) => t === word || TITLE_ABBREVIATIONS.get(t) === word)
      );
    });
    return (spoken || addressed) && !this.#namedOutside(p, s, span, text, entity);
  }

  /**
   * Whether the sentence at `at` names `entity`, outside quotation marks, after its first subject pronoun of
   * that gender and in its clause ("He said Vance had …": the pronoun cannot be Vance).
   */
  #namedAfterPronoun(at: Place, gender: Gender, entity: number): boolean {
    const people = this.#people.paragraphs[at.paragraph];
    const word = gender === 'm' ? 'he' : 'she';
    const pronoun = people?.pronouns.find(
      (q) => q.sentence === at.sentence && !q.quoted && q.role === 'subject' && q.pronoun === word,
    );
    if (people === undefined || pronoun === undefined) return false;
    // (Within its clause: "In a voice note he sent on Monday, the man called Coach Kwesi drew a line" may
    // name, after the comma, whom the opening clause's "he" means.)
    const text = this.#texts[at.paragraph] ?? '';
    return people.names.some(
      (n) =>
        n.sentence === at.sentence &&
        !n.quoted &&
        n.start > pronoun.at &&
        n.entity === entity &&
        !text.slice(pronoun.at, n.start).includes(','),
    );
  }

  /** The person a relative opening a clause refers to, through the family (see `#subjectOf`). */
  #familySubject(at: Place, clause: string, from: number): number | undefined {
    const opening = POSSESSIVE_ROLE_SUBJECT.exec(clause);
    const noun = opening?.[1];
    if (opening === null || noun === undefined || !KIN_WORDS.has(noun)) return undefined;
    const ref = this.#phrases.read(opening[0].slice(0, opening[0].lastIndexOf(noun) + noun.length));
    const found = ref?.kind === 'role' ? this.#resolveRole(ref, at, from) : null;
    if (found?.kind !== 'entity' || !this.#entity(found.entity).full) return undefined;
    this.#familySubjects.add(at);
    return found.entity;
  }

  /**
   * "Mr Iwabuchi said most workers had not known …. Many of them now fear for their jobs. “The young ones are
   * asking me …”": the person whose reported speech opened a sentence of this paragraph, when the sentences
   * after it, up to the quotation, name no one and quote no one: what they said goes on.
   */
  #reporterBefore(at: Place): number | undefined {
    for (let s = at.sentence - 2; s >= Math.max(0, at.sentence - 1 - REPORTED_SPEECH_REACH); s--) {
      const between = this.#entryIndex(at.paragraph, s + 1);
      if (between < 0 || this.#namesAnyone(at.paragraph, s + 1)) return undefined;
      if ((this.#sentences[between] as SentenceEntry).speakers.length > 0) return undefined;
      const k = this.#entryIndex(at.paragraph, s);
      if (k < 0) return undefined;
      const entry = this.#sentences[k] as SentenceEntry;
      if (entry.speakers.length > 0 || !REPORTS_SPEECH.test(entry.text)) continue;
      const subject = this.#subjectAt(k);
      return subject !== undefined && this.#isPersonLike(subject) ? subject : undefined;
    }
    return undefined;
  }

  /** The entry of a sentence read so far, by its place. */
  #entryIndex(paragraph: number, sentence: number): number {
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const e = this.#sentences[k] as SentenceEntry;
      if (e.paragraph === paragraph && e.sentence === sentence) return k;
      if (e.paragraph < paragraph) break;
    }
    return -1;
  }

  /** The person a sentence (up to an offset) is about: see `#noteSubject`. */
  /**
   * The person a sentence opening with a role names as its holder ("The nurse is Wulandari", "The man in
   * charge was Tom Reyes, …"): the name right after "is"/"was", titles aside; not a possessive ("The mayor
   * is Ann Roe's fiercest critic").
   */
  #roleIsName(at: Place, sentence: string, bounds: Bounds, skip: number): number | undefined {
    const match = ROLE_IS_NAME.exec(sentence.slice(skip));
    if (match === null) return undefined;
    const capital = bounds.start + skip + match[0].length - 1;
    const text = this.#texts[at.paragraph] ?? '';
    const name = (this.#people.paragraphs[at.paragraph]?.names ?? []).find(
      (n) =>
        n.sentence === at.sentence &&
        n.start >= capital &&
        beforeTitles(text.slice(capital, n.start)).trim() === '' &&
        !n.possessive,
    );
    return name !== undefined && this.#isPersonLike(name.entity) ? name.entity : undefined;
  }

  #subjectOf(at: Place, sentence: string, bounds: Bounds, until: number): number | undefined {
    const skip = mainClauseStart(sentence);
    const from = bounds.start + skip;
    // "Senator Colm Roe has resigned the whip. ¶ The 68-year-old, a former TD, announced …": an age standing
    // for the subject is the one the sentence before was about (of that age, if the article gave one).
    const aged = AGE_OPENING.exec(sentence.slice(skip));
    if (aged !== null) {
      const subject = this.#aboutBefore(at);
      const age = subject === undefined ? undefined : this.#entity(subject).elder?.age;
      if (
        subject !== undefined &&
        this.#isPersonLike(subject) &&
        (age === undefined || age === Number(aged[1]))
      )
        return subject;
    }
    // "the DSP said the records were …" after "DSP Tariq Mehmood Khan": the one named with that rank.
    const initials = INITIALS_SUBJECT.exec(sentence.slice(skip))?.[1];
    const ranked = initials === undefined ? undefined : this.#rankHolder(initials, at, from);
    if (ranked !== undefined) return ranked;
    // "The Goop founder offered …": a definite role opening the sentence refers to someone named before.
    // ("The mother of four said she …": read as "The mother-of-four", one role.)
    const roleRead = roleSubject(
      withKinCountsJoined(sentence.slice(skip)),
      (phrase) => this.#phrases.read(phrase)?.kind === 'role',
    );
    const roleOpening = roleRead?.match;
    const role = roleOpening?.[1]?.toLowerCase();
    // "The Brazilian broke his silence …": a nationality opening the sentence refers back as a role does.
    const demonym = DEMONYM_SUBJECT.exec(sentence.slice(skip))?.[1];
    // "The chief executive, Dana Holt, said": the role is the name's, who is the subject.
    const setOff = this.#nameSetOffByRole(at, sentence, bounds, from);
    if (setOff !== undefined) return setOff;
    // "Her father said he hoped …" after "Gerald Whitcomb holds a photograph of his daughter, Dana Whitcomb":
    // a relative opening the sentence is the one of the family the article names, when it names one.
    const family = this.#familySubject(at, sentence.slice(skip), from);
    if (family !== undefined) return family;
    // (As written, with what qualifies it: "the NRP candidate" is not the LPM's candidate.)
    const ref = role
      ? (this.#phrases.read(roleAsWritten(roleOpening as RegExpExecArray)) ??
        this.#phrases.read(`the ${role}`))
      : demonym && DEMONYMS.has(demonym.toLowerCase())
        ? this.#phrases.read(`the ${demonym}`)
        : undefined;
    // "The man most people credit for the ruling is Tomas Veldhuis, …": a role that names its holder right
    // here is that person, whoever the role alone would be taken for.
    const introduced = ref?.kind === 'role' ? this.#roleIsName(at, sentence, bounds, skip) : undefined;
    if (introduced !== undefined) return introduced;
    if (ref?.kind === 'role') {
      const found = this.#resolveRole(ref, at, from);
      // "The chief executive of the Insomnia Support Network said" where the chief executive named before
      // is the federation's: a role of a body the holder's roles never name is someone else's.
      // "The captain, a centre-back …, was the only player who stopped" after the coach was quoted: a
      // person given other roles and never this one is not who the role means.
      // (A noun read past a qualifier, "The former captain", only as the one the sentence before is about:
      // "The feisty singer was famous …" after a crosshead is not whoever was named last.)
      // (Words the holder's own role has are part of the role, no qualifier: "The union leader" of the
      // article's "union leader Ann Holt".)
      const qualified =
        roleRead?.qualified === true &&
        !(
          found?.kind === 'entity' &&
          (ref.modifiers ?? []).every((m) => this.#roleNames(this.#entity(found.entity), m))
        );
      const resolved =
        found?.kind === 'entity' &&
        (!this.#holdsRoleOfBody(found.entity, sentence.slice(skip)) ||
          this.#heldOtherRole(found.entity, ref.noun) ||
          (qualified && (at.sentence === 0 || found.entity !== this.#previousSubject(at))))
          ? null
          : found;
      // "The nurse is Wulandari, who …": a role that names who it is introduces that person.
      if (resolved?.kind === 'entity' || !ROLE_IS_NAME.test(sentence.slice(skip)))
        return resolved?.kind === 'entity' ? resolved.entity : undefined;
    }
    // "The crofter said he would …", "The three-member panel said Kosk had …": a definite noun in lower case
    // (a role the article knows was read above) that speaks is someone or something the article does not
    // name; not whom the pronoun or the name in what it said means.
    if (DEFINITE_NOUN_SPEAKS.test(sentence.slice(skip))) return undefined;
    const people = this.#people.paragraphs[at.paragraph];
    const names = people?.names ?? [];
    // "The Glenara struck Maddock Skerry …": a name after "The" opening the clause is a thing (a ship, a
    // body), and it is the subject; no person is.
    const opening = names.find((n) => n.sentence === at.sentence && !n.quoted && n.start >= from);
    if (
      opening !== undefined &&
      opening.titles.length === 0 &&
      /^\s*The\s+$/.test(sentence.slice(from - bounds.start, opening.start - bounds.start)) &&
      !opening.possessive
    )
      return undefined;
    // The first person it names ("Eastholme’s managing director, Dr Alistair Lund, …": not "Eastholme";
    // a possessive is never the subject, even of a place the article once took for a person).
    const name = names.find(
      (n, i) =>
        n.sentence === at.sentence &&
        !n.quoted &&
        !n.possessive &&
        !(
          names[i + 1]?.sentence === at.sentence &&
          qualifiesRoleOfNext(n, this.#texts[at.paragraph]?.slice(n.end, names[i + 1]?.start) ?? '')
        ) &&
        n.start >= from &&
        n.start < until &&
        this.#isPersonLike(n.entity) &&
        (!PREPOSITION_BEFORE.test(beforeTitles(sentence.slice(0, n.start - bounds.start))) ||
          WRITER_SPOKE_TO.test(sentence.slice(0, n.start - bounds.start)) ||
          isRoleRun(sentence.slice(skip, n.start - bounds.start))) &&
        !objectThroughRole(
          sentence.slice(0, n.start - bounds.start),
          sentence.slice(n.end - bounds.start, n.end - bounds.start + 1),
        ) &&
        !WRITERS_OWN.test(sentence.slice(0, n.start - bounds.start)) &&
        !OBJECT_IN_OPENING_APPOSITIVE.test(sentence.slice(skip, n.start - bounds.start)) &&
        !appositiveOfObject(
          beforeTitles(sentence.slice(0, n.start - bounds.start)),
          sentence.slice(n.end - bounds.start, n.end - bounds.start + 1),
        ),
    );
    // "In Hanna Vell's case, she decided …": the person whose case (part, view) the opening phrase names.
    const topic = WHOSE_CASE_OPENING.exec(sentence)?.[0].length;
    if (topic !== undefined && !name) {
      const whose = names.find(
        (n) =>
          n.sentence === at.sentence &&
          n.possessive &&
          !n.quoted &&
          n.start - bounds.start < topic &&
          this.#isPersonLike(n.entity),
      );
      const opens = people?.pronouns.find(
        (q) =>
          q.sentence === at.sentence &&
          q.at >= from &&
          (this.#texts[at.paragraph] ?? '').slice(from, q.at).trim() === '',
      );
      if (
        whose !== undefined &&
        opens?.role === 'subject' &&
        (opens.pronoun === 'he' || opens.pronoun === 'she') &&
        this.#compatible(whose.entity, opens.pronoun === 'he' ? 'm' : 'f')
      )
        return whose.entity;
    }
    // "As I sit opposite Sir Tony Blair, …, I ask if Sir Keir Starmer is …": the writer is the subject, and
    // the people named after are whom the writer asks or tells about.
    if (
      name &&
      WRITER_SUBJECT.test(sentence.slice(skip, name.start - bounds.start)) &&
      !WRITER_SPOKE_TO.test(sentence.slice(0, name.start - bounds.start))
    )
      return undefined;
    const pronoun = people?.pronouns.find(
      (q) =>
        q.sentence === at.sentence &&
        !q.quoted &&
        q.at >= from &&
        q.at < until &&
        q.role === 'subject' &&
        (q.pronoun === 'he' || q.pronoun === 'she') &&
        // ("… was found by Ada Holm, 71, who heard what she took to be a fox": a pronoun inside a relative
        // clause is of the one the clause describes, not the sentence's subject.)
        !IN_RELATIVE_CLAUSE.test((this.#texts[at.paragraph] ?? '').slice(from, q.at)),
    );
    // ("In an interview before he was taken to hospital, Rolando Pagaduan said …": a pronoun in an opening
    // subordinate clause closed before the name is that name's, told ahead of it; the name is the subject.)
    const ahead =
      pronoun !== undefined &&
      name !== undefined &&
      pronoun.at < name.start &&
      SUBORDINATOR_END.test((this.#texts[at.paragraph] ?? '').slice(bounds.start, pronoun.at)) &&
      (this.#texts[at.paragraph] ?? '').slice(pronoun.at, name.start).includes(',');
    if (pronoun && !ahead && (!name || pronoun.at < name.start)) {
      const gender = pronoun.pronoun === 'he' ? 'm' : 'f';
      const speaks = pronounSpeaks((this.#texts[at.paragraph] ?? '').slice(pronoun.at));
      const resolved = this.#resolvePerson(gender, at, pronoun.at, speaks);
      if (resolved?.kind !== 'entity') return undefined;
      // ("He said Vance had …" is about someone other than Vance, whom "he" after it goes on to mean.)
      if (this.#namedAfterPronoun(at, gender, resolved.entity)) {
        this.#unknownPronounSubjects.set(at, gender);
        return undefined;
      }
      // "He opened by thanking residents. She followed with the figures": whom "he" meant is not "she".
      this.#learnGender(resolved.entity, gender);
      return resolved.entity;
    }
    return name?.entity ?? this.#accordingTo(at, sentence, bounds);
  }

  /**
   * "According to Sæbø, the crew have asked whether …": with no person for the main clause's subject, the
   * one it is according to is whom the sentence reports, and the "he says" after it is theirs; so is the
   * one a sentence opening "For X, …" is about.
   */
  #accordingTo(at: Place, sentence: string, bounds: Bounds, opens = ACCORDING_OPENING): number | undefined {
    const opening = opens.exec(sentence);
    if (!opening) return undefined;
    const end = bounds.start + opening[0].length;
    const source = (this.#people.paragraphs[at.paragraph]?.names ?? []).find(
      (n) => n.sentence === at.sentence && !n.quoted && n.start < end && !n.possessive,
    );
    return source !== undefined && this.#isPersonLike(source.entity) ? source.entity : undefined;
  }

  /** The person a role phrase opening a sentence sets off by commas ("The chief executive, Dana Holt, …"). */
  #nameSetOffByRole(at: Place, sentence: string, bounds: Bounds, from: number): number | undefined {
    // Only a sentence opening "The …" can (most do not: no names looked through for them), after what
    // opens it ("After the hearing, the chief executive of the board, Dafydd Rhys, said").
    if (!/^\s*(?:The|the)\s/.test(sentence.slice(from - bounds.start))) return undefined;
    const names = this.#people.paragraphs[at.paragraph]?.names ?? [];
    // (An organisation the role is of is no person: "The head of Brightline, Dana Holt, …".)
    const first = names.find(
      (n) => n.sentence === at.sentence && !n.quoted && n.start >= from && this.#isPersonLike(n.entity),
    );
    if (first === undefined) return undefined;
    // (Titles before the name are the name's: "The trial's lead investigator, Prof. Ana Ruiz, said".)
    const before = beforeTitles(sentence.slice(from - bounds.start, first.start - bounds.start));
    const after = sentence.slice(first.end - bounds.start);
    return roleSetsOffName(before, after) ? first.entity : undefined;
  }

  /**
   * Whom the paragraph before `p` is about (its last sentence with a person for subject), when that
   * paragraph quoted no one (it narrates about the person who then speaks).
   */
  #narratedSubject(p: number): number | undefined {
    if (p === 0) return undefined;
    // (A paragraph may quote a phrase and go on in narration: "… the victim of a “criminal attack” …. He
    // declined to answer questions." Its last sentence, quoting no one, is what the next one follows; so is
    // one whose only quotation is a word no one is quoted saying: "why the memo used the word “passengers”".)
    const last = this.#entryIndex(p - 1, this.#lastSentence[p - 1] ?? -1);
    const endsQuoting =
      last < 0 || (this.#sentences[last] as SentenceEntry).speakers.some((sp) => sp !== undefined);
    if (this.#quotedParagraphs.has(p - 1) && endsQuoting) return undefined;
    // "A family friend read a statement on behalf of the family. Her mother, Dr X, stood beside her but did
    // not speak. ¶ “…”": the words are the statement read out, no one's the paragraph names.
    if (READS_STATEMENT.test(this.#texts[p - 1] ?? '')) return undefined;
    // The nearest sentence of that paragraph with a person for subject ("The kitchen, she added, will be
    // run differently. There is a no-shouting rule." → she).
    for (let s = this.#lastSentence[p - 1] ?? -1; s >= 0; s--) {
      const k = this.#entryIndex(p - 1, s);
      const subject = k < 0 ? undefined : this.#subjectAt(k);
      if (subject !== undefined) return subject;
    }
    return undefined;
  }

  /**
   * The person the sentence after a quotation (and after its translation in brackets) is about, when its
   * subject is someone ("“…” (…) The governor gave the order …").
   */
  #goesOnAbout(masked: string, span: QuoteSpan, cue: CueContext): number | undefined {
    if (span.close < 0) return undefined;
    const rest = (afterTranslation(masked, span.close) ?? masked.slice(span.close)).replace(
      /^[\s.,;:!?"'\u201D\u2019]+/u,
      '',
    );
    if (!/^\p{Lu}/u.test(rest)) return undefined;
    const phrase = sentenceSubject(rest.split(/[.!?](?:\s|$)/u)[0] ?? '');
    // (A name or a role: a pronoun's resolving would teach its person a gender.)
    if (this.#phrases.read(phrase)?.kind === 'pronoun') return undefined;
    const subject = this.#resolve({ phrase }, cue);
    return subject?.kind === 'entity' ? subject.entity : undefined;
  }

  /** Who is named (outside quotations) at the start of a sentence of paragraph `p`, if anyone is. */
  #openingPerson(p: number, sentence: number, bounds: Bounds): number | undefined {
    const first = (this.#people.paragraphs[p]?.names ?? []).find((n) => n.sentence === sentence);
    if (first === undefined || first.quoted || first.start > bounds.start + 1) return undefined;
    return first.entity;
  }

  /**
   * Whom the sentence before is about: its subject, or, when it is wholly someone's words ("“…,” Drysdale
   * said. “…”"), the one they were given to.
   */
  #aboutBefore(at: Place): number | undefined {
    const k = this.#entryIndex(at.paragraph, at.sentence);
    const before = k >= 0 ? k - 1 : this.#sentences.length - 1;
    const entry = this.#sentences[before];
    if (entry === undefined || at.paragraph - entry.paragraph > 1) return undefined;
    if (!entry.quoted) return this.#subjectAt(before);
    // ("“Ruan knows where he stands. I have spoken to him,” … ¶ the 54-year-old shook his head": a later
    // sentence of a quotation is its speaker's, given at the sentence it opened in.)
    if (entry.speakers.length === 0) {
      const last = this.quotes.findLast((q) => q.paragraph === entry.paragraph);
      return last?.speaker?.kind === 'entity' ? last.speaker.entity : undefined;
    }
    const [only, ...others] = entry.speakers;
    return only?.kind === 'entity' && others.every((sp) => sp?.kind === 'entity' && sp.entity === only.entity)
      ? only.entity
      : undefined;
  }

  #previousSubject(at: Place): number | undefined {
    const k = this.#entryIndex(at.paragraph, at.sentence - 1);
    if (k < 0) return undefined;
    // "“…,” said the younger Vellacott. “…”": a sentence whose quotations were left to no one (its cue
    // did not say who for sure) gives the next one no speaker either.
    const entry = this.#sentences[k] as SentenceEntry;
    const speakers = entry.speakers;
    if (speakers.length > 0 && speakers.every((sp) => sp === undefined)) return undefined;
    // "A season-ticket holder who declined to give his name said he was relieved. “…”": the subject is
    // someone unnamed, whatever "he" the sentence goes on with.
    if (this.#aboutSomeoneUnnamed(entry)) return undefined;
    return (speakers.length === 0 ? this.#closingCueSpeaker(entry) : undefined) ?? this.#subjectAt(k);
  }

  /**
   * "Judge Roe addressed the evidence of Beth Carr, who told the court she … ¶ “I found Mrs Carr’s account
   * credible,” she said": a pronoun whose nearest person the quotation speaks of is the one the sentence
   * before is about (this paragraph or the one before), when that is someone else of its gender; null
   * otherwise, and for a cue that is no pronoun.
   */
  #subjectBesides(at: Place, gender: Gender | undefined, other: number): QuoteSpeaker | null {
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const entry = this.#sentences[k] as SentenceEntry;
      if (notBefore(entry, at)) continue;
      // ("Asked about that remark, Strauss was measured. “Senator Feld is entitled to his view …”": a
      // quotation with no cue, naming the one it was first given to, is the sentence's just before it, in
      // its own paragraph.)
      if (gender === undefined && (entry.paragraph !== at.paragraph || entry.sentence !== at.sentence - 1))
        return null;
      if (at.paragraph - entry.paragraph > 1) break;
      const subject = this.#subjectAt(k);
      if (subject === undefined) continue;
      return subject !== other && this.#compatible(subject, gender) && this.#isPersonLike(subject)
        ? { kind: 'entity', entity: subject }
        : null;
    }
    return null;
  }

  /**
   * The person a quotation opens by saying they are ("It's Norma Whitefeather, I'm a councillor", "Hi,
   * this is Tom Reyes from Pine Narrows."): a person's name right after "it's", "this is", "my name is" or
   * "I'm" (after a greeting or a form of address), then a stop, a comma, "and" or "from".
   */
  #selfNamed(p: number, span: QuoteSpan, text: string, quote: string): number | undefined {
    const opening = SAYS_WHO_SPEAKS.exec(quote);
    if (opening === null) return undefined;
    const from = text.indexOf(quote, span.open);
    if (from < 0) return undefined;
    const at = from + opening[0].length;
    const name = (this.#people.paragraphs[p]?.names ?? []).find(
      (n) => n.quoted && n.start === at && !n.possessive,
    );
    if (name === undefined || !SELF_NAME_END.test(text.slice(name.end))) return undefined;
    // (A name in full: what the speaker says of themselves is the sign of a person, named nowhere else.)
    const e = this.#entity(name.entity);
    return e.full && !looksLikePlace(e.tokens) && !this.#namesInstitution(e) ? name.entity : undefined;
  }

  /** Whether a sentence's subject is someone unnamed: "One firefighter, …", "A fan who declined to give his name …". */
  #aboutSomeoneUnnamed(entry: SentenceEntry): boolean {
    if (opensUnnamed(entry.text) && !SET_OFF_NAME.test(entry.text)) return true;
    return (
      OPENS_INDEFINITE.test(entry.text) && UNNAMED_SUBJECT.test(entry.text) && !this.#namesSomeone(entry)
    );
  }

  /**
   * "The tankers will stay open until the notice is lifted, the mayor added. “Nobody …”": reported speech
   * whose cue closes the sentence is that cue's speaker's, and so is a quotation standing after it.
   */
  #closingCueSpeaker(entry: SentenceEntry): number | undefined {
    const masked = this.#texts[entry.paragraph] ?? '';
    const sentence = masked.slice(entry.bounds.start, entry.bounds.end);
    const comma = sentence.lastIndexOf(',');
    if (comma < 0 || !CLOSING_CUE.test(sentence.slice(comma))) return undefined;
    const speaker = this.#resolve(attributionAfter(sentence.slice(comma)), {
      at: entry,
      sentence,
      open: entry.bounds.end,
      previousSentence: '',
    });
    return speaker?.kind === 'entity' ? speaker.entity : undefined;
  }

  paragraph(p: number, sentences: readonly string[], text: string, spans: readonly QuoteSpan[]): void {
    if (
      this.#answer(p, sentences, text, spans) ||
      this.#examinerQuestion(p, sentences, text) ||
      this.#blockQuote(p, sentences, text, spans)
    )
      return;
    const firstOfParagraph = this.quotes.length;
    const masked = mask(text, spans);
    this.#texts[p] = masked;
    this.#lastSentence[p] = sentences.length - 1;
    const bounds = sentenceBounds(sentences);
    this.#current = bounds;
    const located = spans.map((span) => ({
      span,
      sentence: Math.max(
        0,
        bounds.findIndex((b) => span.open >= b.start && span.open < b.end),
      ),
    }));
    const carried = this.#carry;
    /** This paragraph's first quote when it opens the paragraph, and its last one when it runs on. */
    let continuing = -1;
    let unclosed = -1;
    let previous: QuoteSpeaker | null = null;
    let previousEnd = -1;
    const speakersOf: QuoteSpeaker[][] = sentences.map(() => []);
    let noted = 0;
    // Where each sentence's last quotation closes (worked out once: a paragraph may hold thousands).
    const lastCloses = new Map<number, number>();
    for (const l of located) {
      const end = l.span.close < 0 ? (bounds[l.sentence] as Bounds).end : l.span.close;
      lastCloses.set(l.sentence, Math.max(lastCloses.get(l.sentence) ?? end, end));
    }
    // The sentences before a quote's sentence are read first: a quote may lean on their subjects.
    located.forEach(({ span, sentence: s }, i) => {
      for (; noted < s; noted++) this.#note(p, noted, sentences, bounds, speakersOf, spans);
      const quote = quoteText(text, span);
      if (!/\p{L}/u.test(quote) || quote.length > MAX_QUOTE_CHARS) return;
      const b = bounds[s] as Bounds;
      const at: Place = { paragraph: p, sentence: s };
      const sMasked = masked.slice(b.start, b.end);
      const previousSentence =
        s > 0 ? masked.slice((bounds[s - 1] as Bounds).start, (bounds[s - 1] as Bounds).end) : '';
      const cue: CueContext = { at, sentence: sMasked, open: span.open, previousSentence };
      const afterClose = span.close < 0 ? '' : masked.slice(span.close, b.end);
      // A cue before a quotation stands within a few hundred characters of it: reading no further keeps a
      // paragraph of thousands of quotation marks linear.
      const beforeOpen = masked.slice(Math.max(b.start, span.open - BEFORE_REACH), span.open);
      // The sentence's text after its last quote, where a closing ", the ministry said." sits.
      const lastClose = lastCloses.get(s) ?? b.end;
      const tail = masked.slice(lastClose, b.end);
      // "Asked “Will you appeal?”, the detective said: “Yes.”": the first quotation is the question put.
      // (So is a message someone received: "a WhatsApp message she said she received from an unknown number
      // …: “…”".)
      const asked =
        ASKED_BEFORE.test(beforeOpen) ||
        RECEIVED_MESSAGE.test(beforeOpen) ||
        RECEIVED_MESSAGE_SAYING.test(beforeOpen);
      // "Pressed by X, who asked, “…?”, Hale said …": X's words, though the sentence is about Hale.
      const relative = introducedByRelative(beforeOpen);
      // The cue before the quotation, read once however many rules below ask for it.
      let beforeRead = false;
      let beforeCue: Attribution | undefined;
      const cueBefore = (): Attribution | undefined => {
        if (!beforeRead) [beforeCue, beforeRead] = [attributionBefore(beforeOpen), true];
        return beforeCue;
      };
      // Nothing but an opening bracket stands before the quotation in its sentence.
      const nothingBefore = /^[\s(]*$/.test(beforeOpen);
      let rule = 'after';
      // Whether the credit is on the line under the quotation's paragraph (not on the quotation's line).
      let creditBelow = false;
      // "… Nina Castell, asked him: “…?” He answered that …": a quotation a colon introduces, with a new
      // sentence after it, is the introducing clause's; the next sentence's subject is someone answering.
      const introducedAndClosed = /:\s*$/.test(beforeOpen) && NEW_SENTENCE_AFTER.test(afterClose);
      const after = asked || relative || introducedAndClosed ? undefined : attributionAfter(afterClose);
      // "“…,” said the man, who did not give his name.", "“…,” she said, asking not to be named.": a role or
      // pronoun the sentence says is unnamed is no one.
      let speaker =
        (after !== undefined && UNNAMED_CUE.test(after.phrase) && UNNAMED_SUBJECT.test(afterClose)) ||
        INSCRIPTION_BEFORE.test(beforeOpen) ||
        UNNAMED_CALLS_OUT.test(beforeOpen) ||
        TOLD_TO_SUBJECT.test(beforeOpen)
          ? undefined
          : asked || relative
            ? null
            : this.#resolve(after, cue);
      // "he … said, “…,” the prosecutor's office said": a body after the quotation is where the report came
      // from; the speech verb introducing it names the speaker.
      if (speaker?.kind === 'org' && introducedBySpeechVerb(beforeOpen)) {
        const introduced = this.#resolve(cueBefore(), cue);
        if (introduced?.kind === 'entity') [rule, speaker] = ['before', introduced];
      }
      // "The letter said “…”, Ms Okafor told the crowd": the words are the letter's, which she read out;
      // its writer, if the article names one, speaks them.
      const writing = WRITING_SAID.test(beforeOpen) ? (cueBefore() ?? writingRead(beforeOpen)) : undefined;
      if (writing !== undefined && WRITING.test(writing.phrase.trim()))
        [rule, speaker] = ['before', this.#resolve(writing, cue) ?? undefined];
      if (speaker === null) [rule, speaker] = ['before', this.#resolve(cueBefore(), cue)];
      if (speaker === null) [rule, speaker] = ['leading', this.#resolve(attributionLeading(sMasked), cue)];
      if (speaker === null) [rule, speaker] = ['trailing', this.#resolve(attributionTrailing(tail), cue)];
      // "“The lieutenant governor cast the tie-breaking vote.”" / "— Montañez" (or "Tor Haug, Joint Rescue
      // Coordination Centre"): a credit line under a paragraph that is nothing but the quotation (a fact
      // check, an epigraph, a live page's entry).
      if (speaker === null && span.open <= 1 && (span.close < 0 || span.close >= text.length - 2)) {
        const line = (this.#texts[p + 1] ?? '').trim();
        const credit = DASH_CREDIT.exec(line)?.[1] ?? NAME_CREDIT.exec(line)?.[1];
        if (credit !== undefined) [rule, speaker] = ['credit', this.#resolve({ phrase: credit }, cue)];
        creditBelow = credit !== undefined;
      }
      // "“Hardest week of my life.” — Luc Gagnon, captain": a "What they said" list credits on the line.
      if (speaker === null && span.open <= 1 && span.close > 0) {
        const credit = DASH_CREDIT.exec(text.slice(span.close + 1).trim())?.[1];
        if (credit !== undefined) [rule, speaker] = ['credit', this.#resolve({ phrase: credit }, cue)];
      }
      if (speaker === null) [rule, speaker] = ['colon', this.#namedBeforeColon(beforeOpen, at)];
      // "Declaring “the maritime soul of the Corps” is at stake, Defense Secretary Robert Gates ordered …":
      // an opening speech participle's words are the main clause's subject's.
      if (speaker === null && OPENING_SPEECH_PARTICIPLE.test(beforeOpen)) {
        const comma = afterClose.indexOf(',');
        const main = comma < 0 ? '' : afterClose.slice(comma + 1);
        if (/^\s*\p{Lu}/u.test(main))
          [rule, speaker] = ['participle', this.#resolve({ phrase: sentenceSubject(main) }, cue)];
      }
      // "Frank's response? “I'm still Tommy for now!”": the sentence before says whose answer it is.
      if (speaker === null && nothingBefore && previousSentence !== '')
        [rule, speaker] = ['response', this.#resolve(responseBefore(previousSentence), cue)];
      // "“…” That was how Hugo Tennant put it on Monday.": the sentence after the quotation credits it (the
      // splitter may keep it in the quotation's sentence, or the writer run it on after a dash).
      if (speaker === null && span.close >= 0) {
        // "“…” – that is how the coroner put it": a dash may set the credit off.
        // ("“…” (We still have no rice.) So said Kap. Peñaflor": a translation in brackets stands between.)
        const rest = (afterTranslation(masked, span.close) ?? afterClose).replace(
          /^[\s.,;:!?)\]"'\u201D\u2019\u2013\u2014-]+/u,
          '',
        );
        const next = bounds[s + 1];
        // The sentence after: in this paragraph, or opening the next one (not read yet, so as written) when
        // no quotation of this paragraph has a speaker yet ("“…,” said X. “…” ¶ Y reminded jurors that …"
        // runs X's words on; the next paragraph is Y's own).
        // (Not for the last paragraph of a quotation run over paragraphs from a speaker given before: "“… ¶
        // “…” ¶ Mr Vane reminded the court that …" is the run's.)
        const runsOn = i === 0 && span.open === 0 && carried !== null && this.#quotation.length > 0;
        const nextSentence = next
          ? masked.slice(next.start, next.end).trim()
          : s === bounds.length - 1 && previous === null && !runsOn
            ? (this.#texts[p + 1] ?? '')
            : '';
        // ("“…,” he said. That was Simon Threlfall KC": the "he" no one named before.)
        const credit =
          nextSentenceCredit(rest !== '' ? rest : nextSentence) ??
          (PRONOUN_CUE.test(rest) ? nextSentenceCredit(nextSentence) : undefined);
        if (credit !== undefined) [rule, speaker] = ['next', this.#resolve({ phrase: credit }, cue)];
      }
      // A quotation that is the whole sentence: nothing before it, nothing but punctuation after it (a title
      // in quotes that the sentence goes on about, "“A Most Violent Year” opens on Friday", is not speech).
      // ("“…” (translated from Marathi)": a short aside in brackets after it is no sentence going on.)
      const opensSentence = nothingBefore && CLOSES_SENTENCE.test(afterClose);
      // Continuations keep the speaker: a quote opening a later sentence of the paragraph (“…,” he said.
      // “But …”), and a paragraph that opens with a quotation running on from the paragraph before.
      // Not across a sentence about someone else ("Halvorsen had promised talks “in good faith”. Maaß can
      // only laugh about it. “Then she should come …”"): that sentence's subject speaks (the topic rule).
      const between = bounds[s - 1];
      const narratedBetween =
        between && previousEnd >= 0 && previousEnd <= between.start
          ? this.#openingPerson(p, s - 1, between)
          : undefined;
      // "“Hatuwezi …,” said X as he left the hall, meaning “We cannot …”": the translation of the quotation
      // before is that quotation's speaker's.
      if (previous && /[\u201D"]/u.test(beforeOpen) && TRANSLATION_BEFORE.test(beforeOpen))
        [rule, speaker] = ['translation', previous];
      const continues =
        previous?.kind !== 'entity' || narratedBetween === undefined || narratedBetween === previous.entity;
      if (
        speaker === null &&
        previous &&
        continues &&
        opensSentence &&
        previousEnd >= 0 &&
        previousEnd <= b.start
      )
        [rule, speaker] = ['continues', previous];
      // "“You lied to the FBI, didn't you?” Castellano asked. ¶ “I did,” Kessler said. ¶ “And you lied to
      // your wife?” ¶ “Yes, about some of it.”": an exchange of question and answer goes on turn by turn.
      const turn =
        speaker === null && i === 0 && span.open === 0 && opensSentence
          ? this.#exchangeTurn(p, quote)
          : undefined;
      if (turn !== undefined) [rule, speaker] = ['exchange', turn];
      else if (speaker === null && i === 0 && span.open === 0 && opensSentence && carried)
        [rule, speaker] = ['continues', carried];
      // "“…,” said X. The price … is “as low as I have ever seen.”": a quotation in the first person with no
      // cue, in a later sentence of the paragraph that names no one, is still the one just quoted speaking.
      if (
        speaker === null &&
        previous?.kind === 'entity' &&
        previousEnd >= 0 &&
        previousEnd <= b.start &&
        FIRST_PERSON_WORD.test(quote) &&
        !this.#namesAnyone(p, s) &&
        // (Not past a sentence about someone else: "“…,” Roe said. Vale shook his head. “Hope is …”".)
        continues &&
        // A cue no rule could resolve ("Plus.net also backed the proposals saying “we …”") is someone's.
        cueBefore() === undefined &&
        attributionAfter(afterClose) === undefined
      )
        [rule, speaker] = ['continues', previous];
      // "He finished with an appeal. “…”": a quotation standing as a sentence of its own, with no cue, is
      // the subject of the sentence before.
      if (speaker === null && opensSentence && wordCount(quote) > FRAGMENT_WORDS) {
        const topic = this.#previousSubject(at) ?? this.#reporterBefore(at);
        if (topic !== undefined) [rule, speaker] = ['topic', { kind: 'entity', entity: topic }];
      }
      // "Last meal? “Stew, and a cold beer.”": a questionnaire's answers are the interviewee's.
      if (speaker === null && this.#interview.questionnaire.has(p)) {
        const interviewee = this.#intervieweeId();
        if (interviewee !== undefined)
          [rule, speaker] = ['interview', { kind: 'entity', entity: interviewee }];
      }
      // "He denied the closures would cut staff: “Nobody is losing their job.”": a colon hands the
      // quotation to the sentence's subject, whatever the verb.
      // Not when the subject reads out or quotes someone else's words ("The judge read the jury's note out:"),
      // nor when the words are put to the subject ("The mayor was then asked:").
      // Nor when the subject is an unnamed source ("One official, who asked not to be named because he …,
      // said:"): a pronoun inside its clause is not who spoke.
      // "she held up her phone to show his last message, sent at 4:21 a.m.: “…”": the words are the writing's,
      // and so its writer's ("his": whom a pronoun there would mean), never the subject's who shows it.
      const shown =
        speaker === null && /:\s*["'\u201C\u2018]?$/u.test(beforeOpen)
          ? SHOWS_WRITING.exec(beforeOpen)
          : null;
      if (shown) {
        const pronoun = (shown[1] as string).toLowerCase();
        const gender = pronoun === 'his' ? 'm' : pronoun === 'her' ? 'f' : undefined;
        const written = span.open - beforeOpen.length + (shown.indices?.[1]?.[0] ?? shown.index);
        if (gender !== undefined) [rule, speaker] = ['colon', this.#resolvePerson(gender, at, written)];
      }
      if (
        speaker === null &&
        !shown &&
        /:\s*["'\u201C\u2018]?$/u.test(beforeOpen) &&
        !READS_OUT.test(beforeOpen) &&
        !CHANT_BEFORE.test(beforeOpen) &&
        !PUT_TO_SUBJECT.test(beforeOpen) &&
        !UNNAMED_SUBJECT.test(beforeOpen)
      ) {
        // (Of the clause a semicolon sets off: "Roe accused her of leaking it; Diaz denied it: “…”".)
        const clause = this.#ownClauseSubject(at, sentences[s] as string, span.open);
        const own = clause === undefined ? undefined : this.#resolve({ phrase: clause }, cue);
        const subject =
          clause === undefined
            ? this.#subjectOf(at, sentences[s] as string, b, span.open)
            : own?.kind === 'entity'
              ? own.entity
              : undefined;
        if (subject !== undefined && !this.#writtenAsPhrase(this.#entity(subject).tokens))
          [rule, speaker] = ['colon', { kind: 'entity', entity: subject }];
      }
      // "“…,” she said. ¶ Then, after a pause: “…”": a lead-in that says only when or how, opening its
      // paragraph with a colon, goes on with the one who spoke last, in that paragraph or the one before.
      if (speaker === null && s === 0 && i === 0 && isBareLeadIn(beforeOpen) && !this.#namesAnyone(p, s)) {
        const last = this.quotes[this.quotes.length - 1];
        if (last?.speaker?.kind === 'entity' && last.paragraph >= p - 1)
          [rule, speaker] = ['continues', last.speaker];
      }
      // "Is the coalition a good one?" / “Well, I’m fully supportive …”: in an interview told as a feature,
      // the quotation answering the writer's question is the interviewee's, not the question's subject's.
      const answersWriter = i === 0 && span.open === 0 && this.#interview.narratedAnswers.has(p);
      if (speaker === null && answersWriter) {
        const interviewee = this.#featureInterviewee();
        if (interviewee !== undefined)
          [rule, speaker] = ['interview', { kind: 'entity', entity: interviewee }];
      }
      // "Asked what drove the shift, Tollefsen pointed to the toll." / “The toll is …”: a paragraph of
      // narration about a person, then a paragraph that is nothing but an unattributed quotation (or the
      // first of several, "“… ¶ “… ¶ “…”", that no paragraph credits).
      if (
        speaker === null &&
        !answersWriter &&
        i === 0 &&
        span.open === 0 &&
        (opensSentence || span.close < 0) &&
        carried === null
      ) {
        // ("… suspended coach Bas Roe. Here is the association’s statement in full:": a body's document.)
        const document = this.#lastSentenceOf(p - 1)?.match(BODYS_DOCUMENT) ?? null;
        const before = document === null ? (this.#introducedFrom(p) ?? this.#narratedSubject(p)) : undefined;
        // "“Tanggalin …” (Remove all the stickers.) The governor gave the order …": a paragraph that goes on
        // about someone else leaves the words to no one the paragraph before is about.
        const goesOnAbout = before === undefined ? undefined : this.#goesOnAbout(masked, span, cue);
        const topic = goesOnAbout === undefined || goesOnAbout === before ? before : undefined;
        if (topic !== undefined) [rule, speaker] = ['topic', { kind: 'entity', entity: topic }];
        // "The chair of the Supporters' Trust has responded, and she has not held back. ¶ “…” ¶ Bernadette
        // Kinsella, who has led the trust since 2019, said …": the role the paragraph before is about, named
        // in the paragraph after.
        const narrated = topic === undefined ? this.#lastSentenceOf(p - 1) : undefined;
        const named =
          narrated !== undefined &&
          (definiteRoleHead(narrated.slice(mainClauseStart(narrated))) !== undefined ||
            ROLE_OF_NAMED_BODY.test(narrated))
            ? this.#namedNext(narrated, at, undefined)
            : undefined;
        if (named !== undefined) [rule, speaker] = ['topic', named];
      }
      // "“Premier, it's Norma Whitefeather, I'm a councillor in …”": a caller or writer who says who they
      // are at the start of words no one is credited with.
      if (speaker === null && !asked && i === 0) {
        const self = this.#selfNamed(p, span, text, quote);
        if (self !== undefined) [rule, speaker] = ['self-named', { kind: 'entity', entity: self }];
      }
      // "A woman who lives above the cutting said she had heard “…”. … The woman, Ghislaine Roux, said": the
      // unnamed subject the article names later.
      if (speaker === null && !asked && opensUnnamed(sentences[s] as string)) {
        const named = this.#namedLater(sentences[s] as string, at, undefined);
        if (named !== null) [rule, speaker] = ['restated', named];
      }
      // "“In the end, the call was always Declan’s,” the engineer said": people do not speak of themselves
      // by name (but to say who they are), so a speaker the quotation names, and its sentence names nowhere
      // else, is someone else.
      // "Minister X telephoned Y. He said afterwards: “The minister called to ask us …”": nor by the role
      // the article gives them.
      if (
        speaker?.kind === 'entity' &&
        rule !== 'self-named' &&
        (this.#namesItsSpeaker(p, s, span, text, speaker.entity) ||
          // ("“…,” Haddad said. “So we will ask the president …”": a quotation going on from one its
          // paragraph credits by name speaks of another president.)
          (this.#callsItsSpeakerByRole(p, s, span, text, speaker.entity) &&
            !(rule === 'continues' && this.#namedEarlierIn(p, s, speaker.entity))))
      ) {
        this.#namedInside.set(this.quotes.length, speaker.entity);
        speaker = this.#subjectBesides(
          at,
          pronounGender(rule === 'after' ? after : cueBefore()),
          speaker.entity,
        );
      }
      // "… still pegged up in the window: “THE MINISTER, THE QUARRY AND THE LAKE HOUSE”": words all in
      // capitals are a headline or a sign, printed, unless a cue right after them says who shouted them.
      if (rule !== 'after' && PRINTED_IN_CAPITALS.test(quote)) speaker = null;
      const resolved: QuoteSpeaker = asked ? undefined : (speaker ?? undefined);
      if (resolved === undefined && after !== undefined) {
        const ref = this.#phrases.read(after.phrase);
        // (The cue's sentence: where the quotation closes, which may be a sentence after it opens.)
        const cueAt = bounds.findIndex((c) => span.close >= c.start && span.close < c.end);
        // (Not an age, "the 62-year-old said": said of one the article has named, who goes on.)
        if (ref?.kind === 'role' && ref.noun !== 'year-old')
          this.#unnamedRoleSpeakers.set(`${p}:${cueAt < 0 ? s : cueAt}`, ref.gender);
      }
      if (
        rule === 'after' &&
        resolved !== undefined &&
        after !== undefined &&
        this.#refersWithoutNaming(after)
      )
        this.#referred.add(this.quotes.length);
      this.quotes.push({ paragraph: p, text: quote, speaker: resolved, rule: resolved ? rule : 'none' });
      // A question nobody is given ("Asked by a reporter, “Will you resign?”, Odell paused.") is put to the
      // person the paragraph narrates: it leaves the paragraph narration.
      if (resolved !== undefined || !QUESTION_END.test(quote)) this.#quotedParagraphs.add(p);
      if (i === 0 && span.open === 0) continuing = this.quotes.length - 1;
      if (i === located.length - 1 && span.close < 0) unclosed = this.quotes.length - 1;
      // A question asked in a relative clause leaves the sentence to its main clause's subject.
      (speakersOf[s] as QuoteSpeaker[]).push(relative ? undefined : resolved);
      // (A key quote's credit, "“…” ¶ — Ada Ferrin, board chair", repeats words said elsewhere: whom a "he"
      // after the box means is the narrative's.)
      if (resolved && !relative && rule !== 'credit') this.#lastSpeaker = { speaker: resolved, paragraph: p };
      // (The credit line under it too; not the paragraph after a quotation credited on its own line.)
      if (resolved && rule === 'credit') this.#creditedParagraphs.add(p);
      if (resolved && rule === 'credit' && creditBelow) this.#creditedParagraphs.add(p + 1);
      if (resolved?.kind === 'entity') this.#speakers.add(resolved.entity);
      previous = resolved ?? null;
      previousEnd = span.close < 0 ? text.length : b.end;
    });
    for (; noted < sentences.length; noted++) this.#note(p, noted, sentences, bounds, speakersOf, spans);
    // Scare quotes in single marks (‘refine options’) beside double-quoted speech: kept, unattributed.
    for (const span of scareQuoteSpans(text)) {
      if (spans.some((d) => d.open <= span.open && (d.close < 0 || d.close >= span.close))) continue;
      this.quotes.push({ paragraph: p, text: quoteText(text, span), speaker: undefined, rule: 'none' });
    }
    // "“It’s incredible, him selling out the O2” … “Alastair Campbell, selling out the O2!”": a quotation
    // that names, in the third person, the one others of the paragraph were given to by their place alone
    // says those are someone else's words too.
    this.#refutePlaced(firstOfParagraph);
    // A paragraph that ends inside a quotation, or with an attributed one, hands its speaker on to a
    // next paragraph that opens with a quote mark (the press convention for quotes over several paragraphs).
    const own = this.quotes.slice(firstOfParagraph);
    const lastQuote = own[own.length - 1];
    const lastSpan = spans[spans.length - 1];
    const endsInQuote =
      lastSpan !== undefined &&
      (lastSpan.close < 0 || located[located.length - 1]?.sentence === sentences.length - 1);
    // "“But … there is some risk,” Alito interjected. “Do you dispute that?” ¶ “There can be …”": a
    // paragraph that ends on a closed question hands the quotation opening the next one to whoever answers.
    // The one who answers is the one the asker was talking with: quoted just before, in this paragraph or
    // the one before.
    const asks = lastSpan !== undefined && lastSpan.close >= 0 && ENDS_ON_QUESTION.test(text);
    // (So does one that ends on a question cued after it, "“…?” Ms Carey asked.", in an exchange: someone
    // else spoke in the paragraph before. A question inside a paragraph of one's own may be rhetorical.)
    const asksAfter =
      !asks &&
      lastSpan !== undefined &&
      lastSpan.close >= 0 &&
      QUESTION_END.test(lastQuote?.text ?? '') &&
      ASKED_CUE_ENDS.test(text.slice(lastSpan.close)) &&
      own.length === 1;
    const handed = endsInQuote && lastQuote?.speaker ? lastQuote.speaker : null;
    this.#carry =
      asks && handed
        ? this.#otherSpeakerBefore(handed, firstOfParagraph, p - 1)
        : asksAfter && handed
          ? (this.#otherSpeakerBefore(handed, firstOfParagraph, p - 1) ??
            this.#narratedAnswerer(handed, p - 1) ??
            (SECOND_PERSON.test(lastQuote?.text ?? '') ? null : handed))
          : handed;
    // "I ask Blair if he thinks … ¶ “The main challenge …”": the writer's question closing a paragraph hands
    // the quotation opening the next one to the one asked.
    if (this.#carry === null) {
      const k = this.#entryIndex(p, sentences.length - 1);
      const asked = k < 0 ? undefined : this.#askedByWriter(this.#sentences[k] as SentenceEntry);
      if (asked !== undefined) this.#carry = { kind: 'entity', entity: asked };
    }
    // "She told the jury:" closing a paragraph hands its subject to the quotation that opens the next one.
    this.#introduced = null;
    // (Also after a quoted title in that sentence: "… a post titled “We used to have a rule.” With her
    // permission, here is a chunk of it:".)
    const introduces = /:\s*$/.test(sentences[sentences.length - 1] ?? '') && (lastSpan?.close ?? 0) >= 0;
    if (introduces) {
      const k = this.#entryIndex(p, sentences.length - 1);
      // "She published a post … ¶ With her permission, here is a chunk of it:": no subject of its own, the
      // sentence's "her" is the one the sentence before is about.
      const subject =
        (k < 0 ? undefined : this.#subjectAt(k)) ??
        this.#colonCue(p, masked, bounds) ??
        (k > 0 && sentences.length > 1 && THIRD_PERSON.test(sentences[sentences.length - 1] ?? '')
          ? this.#subjectAt(k - 1)
          : undefined);
      if (subject !== undefined) {
        this.#carry = { kind: 'entity', entity: subject };
        if (!READS_OUT.test(sentences[sentences.length - 1] ?? ''))
          this.#introduced = { paragraph: p, entity: subject };
      }
    }
    this.#followQuotation(continuing, unclosed);
  }

  /**
   * "The first question came from Priya Venkataraman, the shadow minister for water: ¶ “…?”": the one a
   * paragraph ending in a colon says the words come from.
   */
  #introducedFrom(p: number): number | undefined {
    const last = this.#lastEntryOf(p - 1);
    const name = last === undefined ? undefined : FROM_NAME_COLON.exec(last.text)?.[1];
    if (last === undefined || name === undefined) return undefined;
    const entity = this.#entityForName(name.split(/\s+/), last);
    if (entity === undefined) return undefined;
    const e = this.#entity(entity);
    return (e.full && !looksLikePlace(e.tokens)) || this.#isPersonLike(entity) ? entity : undefined;
  }

  /** The last sentence of a paragraph read so far (undefined for none). */
  #lastSentenceOf(p: number): string | undefined {
    return this.#lastEntryOf(p)?.text;
  }

  /** The entry of the last sentence of a paragraph read so far (undefined for none). */
  #lastEntryOf(p: number): SentenceEntry | undefined {
    for (let k = this.#sentences.length - 1; k >= 0; k--) {
      const s = this.#sentences[k] as SentenceEntry;
      if (s.paragraph === p) return s;
      if (s.paragraph < p) break;
    }
    return undefined;
  }

  /**
   * "Ms Slade has accepted that she did not see it. ¶ “Were you on the floor?” Mr Ellery asked. ¶ “No. …”":
   * the person the narration before a question is about answers it, when that is not the one asking.
   */
  #narratedAnswerer(asker: QuoteSpeaker, p: number): QuoteSpeaker | undefined {
    const k = this.#entryIndex(p, this.#lastSentence[p] ?? -1);
    if (k < 0 || (this.#sentences[k] as SentenceEntry).quoted) return undefined;
    const subject = this.#subjectAt(k);
    if (subject === undefined || !this.#isPersonLike(subject)) return undefined;
    return asker?.kind === 'entity' && asker.entity === subject
      ? undefined
      : { kind: 'entity', entity: subject };
  }

  /**
   * The speaker of the last quotation before quote `before` (from paragraph `from` on) who is someone other
   * than `asker`: the one a question was put to in an exchange; null when there is none.
   */
  #otherSpeakerBefore(asker: QuoteSpeaker, before: number, from: number): QuoteSpeaker | null {
    for (let k = before - 1; k >= 0; k--) {
      const q = this.quotes[k] as RawQuote;
      if (q.paragraph < from) break;
      if (q.speaker?.kind === 'entity' && !(asker?.kind === 'entity' && q.speaker.entity === asker.entity))
        return q.speaker;
    }
    return null;
  }

  /** Whether a cue names no one itself but refers back: a role ("the minister") or a pronoun. */
  #refersWithoutNaming(attribution: Attribution): boolean {
    if (attribution.relative || attribution.coordinated || attribution.participle) return false;
    const kind = this.#phrases.read(attribution.phrase.replaceAll(ABBREVIATION_DOT, '.'))?.kind;
    return kind === 'role' || kind === 'pronoun';
  }

  /**
   * Unsets the speakers that quotes from `first` on were given by place alone, or by a cue that only
   * refers ("“…,” the minister said. “… from Mr Moss …”": the one the role was read as is named in the
   * words going on from it), where one of them names them.
   */
  #refutePlaced(first: number): void {
    const named = new Set<number>();
    for (let k = first; k < this.quotes.length; k++) {
      const entity = this.#namedInside.get(k);
      if (entity !== undefined) named.add(entity);
    }
    if (named.size === 0) return;
    for (let k = first; k < this.quotes.length; k++) {
      const q = this.quotes[k] as RawQuote;
      if (
        q.speaker?.kind === 'entity' &&
        named.has(q.speaker.entity) &&
        (BY_POSITION.has(q.rule) || this.#referred.has(k))
      )
        [q.speaker, q.rule] = [undefined, 'none'];
    }
  }

  /**
   * "Reading a statement, the 58-year-old said:" closing paragraph `p` (`masked`, `bounds`) where its
   * sentence has no subject of its own: the person its cue refers to, read as the cue before a quotation is.
   */
  #colonCue(p: number, masked: string, bounds: readonly Bounds[]): number | undefined {
    const s = bounds.length - 1;
    const b = bounds[s] as Bounds;
    const sentence = masked.slice(b.start, b.end);
    const previous = bounds[s - 1];
    const cue: CueContext = {
      at: { paragraph: p, sentence: s },
      sentence,
      open: b.end,
      previousSentence: previous ? masked.slice(previous.start, previous.end) : '',
    };
    let attribution = attributionBefore(masked.slice(Math.max(b.start, b.end - BEFORE_REACH), b.end));
    // "Asked about the order the minister has said he will sign, the union leader did not hesitate:", "Ms
    // Roe went further:": a short main clause with no speech verb introduces the words by its subject; a
    // speech verb in an opening clause is not its own.
    const start = mainClauseStart(sentence);
    const main = sentence.slice(start).trim();
    // "Ruiz’s first words as captain were released by the club, in a video:": whoever's words they are,
    // however long the sentence that says so.
    const author = attribution === undefined ? namedWritingAuthor(main) : undefined;
    if (author !== undefined) attribution = { phrase: author };
    else if (
      /:\s*$/.test(main) &&
      wordCount(main) <= MAX_INTRODUCING_WORDS &&
      (attribution === undefined || start > 0) &&
      attributionBefore(main) === undefined
    ) {
      const subject = sentenceSubject(main.charAt(0).toUpperCase() + main.slice(1));
      if (subject !== '') attribution = { phrase: subject };
    }
    const speaker = this.#resolve(attribution, cue);
    // (Only someone the article shows to be a person: "The ship struck Maddock Skerry" names no one. Words
    // that are someone's own show who they are.)
    if (speaker?.kind !== 'entity') return undefined;
    const e = this.#entity(speaker.entity);
    return shownToBePerson(e) || (author !== undefined && !looksLikePlace(e.tokens))
      ? speaker.entity
      : undefined;
  }

  /**
   * A quotation over several paragraphs is one speaker's, wherever its cue stands (“… / “… / “…,” Dr Lund
   * said.): once it closes, its unattributed parts take the speaker its other parts were given, if one.
   */
  #followQuotation(continuing: number, unclosed: number): void {
    const chain = continuing >= 0 ? this.#quotation : [];
    if (continuing >= 0 && chain.length > 0 && !chain.includes(continuing)) chain.push(continuing);
    if (unclosed >= 0) {
      if (!chain.includes(unclosed)) chain.push(unclosed);
      this.#quotation = chain;
      return;
    }
    // Most paragraphs end no quotation run over paragraphs: nothing to hand on.
    if (chain.length === 0) {
      if (this.#quotation.length > 0) this.#quotation = [];
      return;
    }
    const speakers = new Map<string, QuoteSpeaker>();
    for (const k of chain) {
      const s = this.quotes[k]?.speaker;
      if (s) speakers.set(s.kind === 'entity' ? `e${s.entity}` : `o${s.name}`, s);
    }
    if (speakers.size === 1) {
      const [speaker] = speakers.values();
      for (const k of chain) {
        const q = this.quotes[k] as RawQuote;
        if (q.speaker === undefined) [q.speaker, q.rule] = [speaker, 'continues'];
      }
    }
    this.#quotation = [];
  }
}

/** The quotation spans of each paragraph in the article's style (single marks where it quotes with them). */
export function articleQuoteSpans(texts: readonly string[]): QuoteSpan[][] {
  const doubles = texts.map(findQuoteSpans);
  const singles = texts.map(findSingleQuoteSpans);
  const singleStyle =
    singles.some((list) => list.length > 0) && quotations(singles, texts) > quotations(doubles, texts);
  return singleStyle
    ? texts.map((_, p) => withOuter(singles[p] as QuoteSpan[], doubles[p] as QuoteSpan[]))
    : texts.map((text, p) => withQuotedPassages(text, doubles[p] as QuoteSpan[], singles[p] as QuoteSpan[]));
}

/** A quotation that opens with a quotation inside it: `" 'There is …`. */
const OPENS_NESTED = /^["\u201C]\s*['\u2018]/u;

/**
 * "The Courier reported on his closing argument: “ 'There is hatred …,' [Bruck] said.": a passage quoted
 * from another publication, whose own quotations in single marks carry their cues inside it. The single-quoted
 * ones are the quotations (the cue between them is read as any other); the passage is the paper's words.
 */
function withQuotedPassages(text: string, doubles: QuoteSpan[], singles: readonly QuoteSpan[]): QuoteSpan[] {
  if (singles.length === 0 || !doubles.some((d) => OPENS_NESTED.test(text.slice(d.open)))) return doubles;
  return doubles.flatMap((d) => {
    const end = d.close < 0 ? text.length : d.close;
    if (!OPENS_NESTED.test(text.slice(d.open))) return [d];
    const inner = singles.filter((q) => q.close > 0 && q.open > d.open && q.close <= end);
    if (inner.length === 0) return [d];
    // Only where a cue stands inside the passage, outside its quotations ("' [Bruck] said.").
    let outside = '';
    let from = d.open + 1;
    for (const q of inner) {
      outside += ` ${text.slice(from, q.open)}`;
      from = q.close;
    }
    outside += ` ${text.slice(from, end)}`;
    const cued = outside.split(/[^\p{L}]+/u).some((w) => SPEECH_VERB_WORDS.has(w.toLowerCase()));
    return cued ? inner : [d];
  });
}

/** The primary spans, and the other style's spans that neither sit inside nor contain one, in text order. */
function withOuter(primary: QuoteSpan[], other: QuoteSpan[]): QuoteSpan[] {
  const end = (s: QuoteSpan) => (s.close < 0 ? Number.POSITIVE_INFINITY : s.close);
  const overlaps = (a: QuoteSpan, b: QuoteSpan) => a.open < end(b) && b.open < end(a);
  const outer = other.filter((o) => !primary.some((p) => overlaps(o, p)));
  return outer.length === 0 ? primary : [...primary, ...outer].sort((a, b) => a.open - b.open);
}

/** How many closed spans of three words or more (quotations, not scare quotes) the paragraphs hold. */
function quotations(spans: readonly QuoteSpan[][], texts: readonly string[]): number {
  let n = 0;
  spans.forEach((list, p) => {
    for (const s of list) if (s.close > 0 && wordCount((texts[p] as string).slice(s.open, s.close)) >= 3) n++;
  });
  return n;
}

/** Finds an article's people and attributes every direct quote to one of them, an organisation, or nobody. */
export function attributeArticle(
  article: QuotedArticle,
  scanner: MentionScanner,
  phrases: SpeakerPhrases = new SpeakerPhrases(),
): AttributedArticle {
  const texts = article.paragraphs.map((sentences) => sentences.join(' '));
  const spans = articleQuoteSpans(texts);
  const layout = interviewLayout(texts, spans);
  const read = withoutInitials(article.paragraphs, texts, layout);
  const display = [article.title, article.standfirst].filter((t) => t !== undefined && t !== '').join('. ');
  const people = findArticlePeople(read.paragraphs, read.texts, spans, scanner, display);
  const state = new ArticleAttribution(
    people,
    texts,
    phrases,
    layout,
    hasInterview(layout) ? (article.title ?? '') : '',
  );
  article.paragraphs.forEach((sentences, p) => {
    state.paragraph(p, sentences, texts[p] as string, spans[p] as QuoteSpan[]);
  });
  takeRepeatedAttributions(state.quotes, texts);
  creditedAtRunEnd(state.quotes, spans);
  return { people, quotes: state.quotes };
}

/**
 * The paragraphs with the initials labelling a conversation's turns ("AD She was all in.") blanked out, as
 * the people of the article are read: "AD She" is no one's name. Blanked with spaces, so that every offset
 * (quotations, sentences) stays where it was; the same arrays when no turn has such a label.
 */
function withoutInitials(
  paragraphs: readonly (readonly string[])[],
  texts: readonly string[],
  layout: InterviewLayout,
): { paragraphs: readonly (readonly string[])[]; texts: readonly string[] } {
  let blanked: { paragraphs: (readonly string[])[]; texts: string[] } | undefined;
  for (const [p, answer] of layout.answers) {
    const n = answer.initials;
    const text = texts[p];
    const first = paragraphs[p]?.[0];
    if (n === undefined || text === undefined || first === undefined || n > first.length) continue;
    blanked ??= { paragraphs: [...paragraphs], texts: [...texts] };
    blanked.texts[p] = ' '.repeat(n) + text.slice(n);
    blanked.paragraphs[p] = [
      ' '.repeat(n) + first.slice(n),
      ...(paragraphs[p] as readonly string[]).slice(1),
    ];
  }
  return blanked ?? { paragraphs, texts };
}

/** A paragraph saying that an interview's transcript follows ("This is an edited transcript."). */
const ANNOUNCES_TRANSCRIPT =
  /\b(?:(?:an?|this|the) (?:edited |lightly edited |condensed )?(?:transcript|Q&A)|(?:has|have) been (?:edited|condensed)|edited for (?:length|clarity))\b/i;

/** A relative clause or appositive set off by commas right after a name (", who represents Whitacre"). */
const SET_OFF_ASIDE = /^,\s+(?:who|whose|the|a|an|his|her|their)\s[^,]*(?=,)/u;

/** Between two coordinated names: "and", or "and her son," ("Ann Roe and her son, Father Luis Roe"). */
const COORDINATED = /^,?\s+and(?:\s+(?:his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,)?\s*$/u;

/** "the statement", "the letter": a writing a speaker was said to have issued just before. */
const WRITING = new RegExp(`^(?:the )?(${WRITING_NOUNS.join('|')})$`, 'i');
/** A speech participle opening a sentence, right before its quotation ("Declaring “…” is at stake, X …"). */
const OPENING_SPEECH_PARTICIPLE =
  /^\s*(?:Declaring|Saying|Insisting|Warning|Arguing|Noting|Calling|Describing|Vowing|Promising|Claiming)\s+(?:[\p{Ll}'\u2019-]+\s+){0,3}$/u;
/** A writing's verb right before its quotation ("The letter said “…”", "the statement read: “…”"). */
const WRITING_SAID = /\b(?:said|says|read|reads|stated|states|added|adds)\s*[,:]?\s*$/;
/** A writing and "read" before its words ("The full message read: “…”"): "read" is no speech verb elsewhere. */
const WRITING_READ_BEFORE = new RegExp(
  `(?:the|its|his|her|their)\\s+(?:\\p{Ll}+\\s+){0,2}(${WRITING_NOUNS.join('|')})\\s+(?:read|reads)\\s*[,:]?\\s*$`,
  'iu',
);

/** The writing whose words follow "read" ("The full message read:"), as a cue. */
function writingRead(beforeOpen: string): Attribution | undefined {
  const noun = WRITING_READ_BEFORE.exec(beforeOpen)?.[1];
  return noun === undefined ? undefined : { phrase: `the ${noun.toLowerCase()}` };
}

/** Whom a writing is from, after its noun: "from the captain", "by Ana Roe", "signed by the mayor". */
const FROM_AUTHOR =
  /(?:from|by|written by|signed by)\s+((?:the\s+)?[^,.;:"\u201C]{2,60}?)(?=\s+(?:had|has|was|were|is|that|which|to|on|in|at|and)\b|[,.;:]|$)/u;
/** Each writing noun and whom it is from ("a note from the captain"), read once for every sentence. */
const WRITING_FROM: ReadonlyMap<string, RegExp> = new Map(
  WRITING_NOUNS.map((noun) => [noun, new RegExp(`\\b${noun}\\s+${FROM_AUTHOR.source}`, 'iu')]),
);
/** Each writing noun as a word of a sentence ("… in a statement released by his office …"). */
const WRITING_MENTIONED: ReadonlyMap<string, RegExp> = new Map(
  WRITING_NOUNS.map((noun) => [noun, new RegExp(`\\b${noun}\\b`, 'i')]),
);

/** After a quotation, a new sentence: a space and a capital, maybe after a stop ("”. He answered", "?” He said"). */
const NEW_SENTENCE_AFTER = /^[.!?]?\s+\p{Lu}/u;

/** Each writing noun written as several people's ("a joint statement") or as a source ("according to a statement"). */
const SHARED_OR_CITED_WRITING: ReadonlyMap<string, RegExp> = new Map(
  WRITING_NOUNS.map((noun) => [
    noun,
    new RegExp(
      `\\b(?:joint\\s+${noun}|according\\s+to\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun})\\b`,
      'iu',
    ),
  ]),
);

/** Rules that attribute a quote by where it stands, not by a cue of its own. */
const BY_POSITION: ReadonlySet<string> = new Set(['continues', 'topic', 'none']);
/** Words a repeated passage must have to be known as a repeat. */
const REPEAT_MIN_WORDS = 5;
/** A paragraph that ends on a word and its closing mark: a heading, not a sentence. */
const UNSTOPPED = /[\p{L}\p{N}]["'\u201D\u2019]\s*$/u;
/** Words of the shortest crosshead known as a repeat of the quotation it opens. */
const CROSSHEAD_MIN_WORDS = 3;
/** An ellipsis, where an excerpt leaves words out ("Meadows screwed everybody ... They have all …"). */
const ELLIPSIS = /\s*(?:\u2026|\.\.\.)\s*/u;

function speakerKey(speaker: QuoteSpeaker): string {
  return speaker === undefined ? '' : speaker.kind === 'entity' ? `e${speaker.entity}` : `o${speaker.name}`;
}

/**
 * The quotations of each paragraph that has several, all of one speaker (or all of none), as one passage:
 * an excerpt may join them with an ellipsis ("“X …,” said one operative. “About … They have all …”"). Its
 * rule is a cue's where one of them has one.
 */
function joinedQuotations(quotes: readonly RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (let i = 0; i < quotes.length; ) {
    const first = quotes[i] as RawQuote;
    let j = i + 1;
    while (j < quotes.length && (quotes[j] as RawQuote).paragraph === first.paragraph) j++;
    const group = quotes.slice(i, j);
    i = j;
    if (group.length < 2 || group.some((q) => speakerKey(q.speaker) !== speakerKey(first.speaker))) continue;
    out.push({
      paragraph: first.paragraph,
      text: group.map((q) => q.text).join(' '),
      speaker: first.speaker,
      rule: group.find((q) => !BY_POSITION.has(q.rule))?.rule ?? 'none',
    });
  }
  return out;
}

/** Whether every part of `excerpt` (split at its ellipses) occurs in `flat`, in order. */
function excerptOf(excerpt: readonly string[], flat: string): boolean {
  let from = 0;
  for (const part of excerpt) {
    const at = flat.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * "“The commission wishes to state clearly that … ¶ “No result was altered …,” the statement said.": a
 * quotation running over paragraphs (each opens a mark, only the last closes) whose cue comes after its last
 * part is that cue's speaker's throughout, where an earlier part was given only by where it stands (the
 * sentences before it) or to no one.
 */
function creditedAtRunEnd(quotes: RawQuote[], spans: readonly QuoteSpan[][]): void {
  for (let k = quotes.length - 2; k >= 0; k--) {
    const [q, next] = [quotes[k] as RawQuote, quotes[k + 1] as RawQuote];
    if (next.paragraph !== q.paragraph + 1 || !CREDITED_RUN_END.has(next.rule)) continue;
    if (q.speaker !== undefined && q.rule !== 'topic') continue;
    const runsOn = spans[q.paragraph]?.at(-1)?.close === -1;
    const opensNext = (spans[next.paragraph]?.[0]?.open ?? Number.POSITIVE_INFINITY) <= 1;
    if (!runsOn || !opensNext) continue;
    q.speaker = next.speaker;
    q.rule = 'run end';
  }
}

/** How the last part of a quotation over paragraphs may be credited to pass its speaker back (see above). */
const CREDITED_RUN_END: ReadonlySet<string> = new Set(['after', 'run end']);

/**
 * A pull quote or a passage quoted twice ("… prevent the evacuation of the civilians" set apart after
 * someone else's quote; "“If NASA focuses …” Cooke said" repeated after another speaker's "he continued"):
 * a quote attributed only by where it stands, whose words another paragraph quotes with a cue of its own,
 * takes that attribution; a paragraph that is only an excerpt of a longer quotation no cue attributes is
 * nobody's either.
 */
function takeRepeatedAttributions(quotes: RawQuote[], texts: readonly string[]): void {
  const flat = new Map<RawQuote, string>();
  const flatOf = (q: RawQuote) => {
    let f = flat.get(q);
    if (f === undefined) {
      f = comparable(q.text);
      flat.set(q, f);
    }
    return f;
  };
  // (Each paragraph folded once: a paragraph of thousands of quotations must not be folded for each.)
  const flatParagraphs = new Map<number, string>();
  const flatParagraph = (at: number) => {
    let f = flatParagraphs.get(at);
    if (f === undefined) {
      f = comparable(texts[at] ?? '');
      flatParagraphs.set(at, f);
    }
    return f;
  };
  const joined = joinedQuotations(quotes);
  for (const q of quotes) {
    if (!BY_POSITION.has(q.rule)) continue;
    const words = wordCount(q.text);
    // (Only a quotation standing alone as a paragraph, the way pull quotes are set: "But we got …" after a
    // cue in its own paragraph stays that cue's, whatever longer pull quote repeats it.)
    const alone = flatParagraph(q.paragraph) === flatOf(q);
    // "“We are all guilty” ¶ … ¶ “We are all guilty, the players first …,” he said": a short crosshead
    // standing alone is known as a repeat by the quotation it opens.
    const crosshead = alone && words >= CROSSHEAD_MIN_WORDS && words < REPEAT_MIN_WORDS;
    if (words < REPEAT_MIN_WORDS && !crosshead) continue;
    const excerpt = q.text
      .split(ELLIPSIS)
      .map(comparable)
      .filter((part) => part !== '');
    const length = excerpt.reduce((n, part) => n + part.length, 0);
    const sources = [...quotes, ...joined].filter(
      (c) =>
        c !== q &&
        c.paragraph !== q.paragraph &&
        (c.rule === 'none' || !BY_POSITION.has(c.rule)) &&
        (!crosshead || flatOf(c).startsWith(flatOf(q))),
    );
    const cued = sources.find((c) => c.rule !== 'none' && excerptOf(excerpt, flatOf(c)));
    const uncued =
      cued || !alone
        ? undefined
        : sources.find(
            (c) => c.rule === 'none' && flatOf(c).length > length + 1 && excerptOf(excerpt, flatOf(c)),
          );
    const source = cued ?? uncued;
    // "“We were all watching the door”" on a line of its own, without a stop: a subheading quoting words
    // the article never gives anyone, not the quotation before it running on.
    if (
      source === undefined &&
      alone &&
      q.speaker !== undefined &&
      UNSTOPPED.test(texts[q.paragraph] ?? '')
    ) {
      q.speaker = undefined;
      q.rule = 'none';
      continue;
    }
    if (source === undefined || source.speaker === q.speaker) continue;
    q.speaker = source.speaker;
    q.rule = source.speaker ? 'repeats' : 'none';
  }
}

/** Whether a quote is a scare-quote fragment rather than a full quote. */
export function isFragment(text: string): boolean {
  return wordCount(text) <= FRAGMENT_WORDS;
}
