/**
 * Attribution patterns over a sentence whose quoted passages are masked, so that a name inside a quote can
 * never be taken for its speaker. Each function returns the raw speaker phrase it found, or undefined.
 */
import {
  AUXILIARIES,
  CALENDAR_WORDS,
  FILIPINO_SPEECH_CUES,
  FINDING_VERBS,
  FUNCTION_WORDS,
  HOLDING_VERBS,
  GENDERED_ROLES,
  GIVEN_NAME_GENDERS,
  NAME_PARTICLE_PATTERN,
  NAMING_VERBS,
  RECORD_NOUNS,
  ORG_WORDS,
  ROLE_WORDS,
  NAMING_PARTICIPLES,
  RELATIVE_AGE_WORDS,
  CLOSING_SPEECH_VERBS,
  SPEECH_INFINITIVES,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  MONTHS,
  TIME_OPENERS,
  WEEKDAYS,
  WRITING_NOUNS,
  isPrefixedRoleWord,
  isRoleNoun,
  MEMBER_OF_LEGISLATURE_PATTERN,
} from '../lexicon/index.ts';
import {
  HANDLE_PATTERN,
  IRISH_MUTATION_PATTERN,
  isHandle,
  isParticle,
  isPostNominal,
} from '../people/names.ts';
import { WORD_END } from '../text/normalize.ts';
import { isDefiniteWriting, isOwnWriting, jointPlaceName } from './speakerPhrase.ts';

const alternation = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

const VERBS =
  `${alternation(SPEECH_VERBS)}|${alternation(FINDING_VERBS)}|(?<=\\bto\\s)(?:${alternation(SPEECH_INFINITIVES)})|` +
  `(?<!(?:was|were|is|are|been|be|being) )(?:${alternation(HOLDING_VERBS)})(?=\\s+that\\b|\\s*[,.;!?]|\\s*$)|` +
  // "X called it “…”" is speech; "it was called “…”" (passive) is not.
  `(?<!(?:was|were|is|are|been|be|being) )(?:${NAMING_VERBS.map((v) => (v === 'called' ? 'called(?! off)' : v)).join('|')})`;
const PARTICIPLES = alternation(SPEECH_PARTICIPLES);
/** Before a quotation, naming participles too ("…, describing the display as “…”"). */
const PARTICIPLES_BEFORE = alternation([...SPEECH_PARTICIPLES, ...NAMING_PARTICIPLES]);

/** A speech verb and a comma or colon right before a quotation opens ("and said, “…"). */
const INTRODUCING_VERB = new RegExp(`\\b(?:${alternation(SPEECH_VERBS)})\\s*[,:]\\s*$`);

/**
 * Whether the text before a quotation ends in a speech verb introducing it ("he … said, “…”"): the words
 * are that verb's subject's, whatever body a cue after them names as the source ("…,” the office said).
 */
export function introducedBySpeechVerb(beforeOpen: string): boolean {
  return INTRODUCING_VERB.test(beforeOpen);
}

/** Auxiliaries and adverbs that sit between a subject and its speech verb ("Kim was heard saying"). */
const AUXILIARY = new RegExp(`\\s+(?:${AUXILIARIES.join('|')}|quoted as)$`, 'i');

/** Naming verbs whose complement "as" opens ("described it as “…”", "dismissed the claim as “…”"). */
const NAMED_AS_VERB = /^(?:described|describes|dismissed|dismisses|branded|brands|labell?ed|labels)$/;
/** ", as " right before the quotation. */
const AS_BEFORE_QUOTE = /,\s*as\s*$/;

/**
 * A verb of taking an occasion and the "to" of purpose before a speech verb ("used the briefing to say",
 * "took to the radio to insist", "rose in the chamber to warn"): whoever took it speaks.
 */
const PURPOSE_BEFORE_SPEECH =
  /(?:^|\s)(used|uses|using|took|takes|taking|went|goes|going|came|comes|coming|rose|rises|rising|stood|stands|standing|appeared|appears|appearing|returned|returns|returning|turned|turns|turning)\s(?:[^,;:]{0,80}\s)?to\s*$/;

/** A negation ending a subject's words before its verb ("Roe would not", "Roe has never"). */
const NEGATION_END = /\s+(?:not|never)$/i;
/** A relative adverb opening a clause before its subject ("where strikers chanted", "when Roe said"). */
const RELATIVE_ADVERB_OPENING = /^\s*(?:where|when)\s+/i;
/** A subject pronoun ending a clause's words before its verb ("… before he"). */
const CLAUSE_PRONOUN_END = /(?:^|\s)(he|she|they|we|I)$/;
/** A clause of concession after a speech verb's report ("…, although the board could …"). */
const CONCESSION_IN_REPORT = /,\s*(?:although|though)\s/i;
/** "in the words of spokeswoman Marissa Thibodeaux" right after a quotation. */
const IN_THE_WORDS_OF = /^in the words of ([^,.;:"\u201C\u201D_]{2,120})/i;
/**
 * A subordinate clause opened and not yet closed ("whichever way Judge Roe", "if the board"): a verb after
 * it is that clause's.
 */
const SUBORDINATE_OPENING =
  /\b(?:whichever way|whichever|however|whether|if|whenever|when|although|though|because|unless|once|until)\s+[^,;:"\u201C\u201D]*$/iu;
/** A subordinate clause between the verb and the quote starts a new subject: the quote is not the verb's. */
const NEW_CLAUSE = /[,;]\s*(?:after|before|while|when|whereas|although|though|since|if|until|unless|as)\s/i;
/** ", but Mr Kesar was more hopeful: ": a clause of contrast, no comma or quotation in it, closing on a colon. */
const CONTRAST_BEFORE_COLON = /[,;]\s*(?:but|while|whereas|yet)\s+([^,;:\u201C\u201D"]+):\s*$/u;

// A letter before the word, accented or not, makes it the end of another word ("García said", not "a said").
// ("some comments made by players": a quantifier makes a noun of it too.)
const DETERMINER_BEFORE =
  /(?<![\p{L}\p{N}])(?:the|a|an|his|her|their|its|our|my|your|these|those|this|that|such|some|any|many|several|few|other|both|each|every|no)\s+$/iu;
/**
 * Whether text[0, end) ends with a determiner and spaces: DETERMINER_BEFORE read on the last few characters
 * only (a determiner and the character before it), not on all the text before.
 */
function endsWithDeterminer(text: string, end: number): boolean {
  let spaces = end;
  while (spaces > 0 && /\s/.test(text[spaces - 1] as string)) spaces--;
  const before = text.slice(Math.max(0, spaces - 8), end);
  return spaces < end && (DETERMINER_BEFORE.test(before) || AMOUNT_BEFORE.test(before));
}

/** "how little say players have", "too much say": an amount in lower case makes a noun of the verb ("Tom Little said" stays a verb). */
const AMOUNT_BEFORE = /(?<![\p{L}\p{N}])(?:little|much)\s+$/u;

/**
 * "reports of 30 missing", "claims of fraud", "test reports were altered": a speech verb's form in -s before
 * "of" or a plural verb is a plural noun.
 */
const NOUN_BEFORE_OF = /^s\s+(?:of|were|are|have|had)\s/;

/**
 * "in a statement posted on its website", "on a video shared by …": a past form right after a noun a preposition
 * opens is a reduced relative clause about the noun, not the clause's verb.
 */
const NOUN_AFTER_PREPOSITION =
  /\b(?:in|on|via|through|with|from|under)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]+|[$\u20AC\u00A3\u00A5]?\d[\d,.]*%?)\s+$/u;

/** "the chances of finding more people", "in ruling out": a gerund after a preposition, no clause's verb. */
const PREPOSITION_BEFORE_GERUND = /\b(?:of|in|for|on|at|by|from|about|without|after|before)\s+$/;

/** "reported back to work", "report back by Monday": returning, not speaking. */
const REPORT_BACK = /^report(?:s|ed|ing)?$/;
const BACK_AFTER = /^\s+back\b/;

/**
 * "the ex gratia of ₹4 lakh announced on Thursday would be …": a past form after a noun, with the clause's own
 * finite verb after it (maybe behind a phrase of time or place), is a reduced relative clause about the noun.
 */
const FINITE_VERB_AFTER =
  /^(?:\s+(?:on|in|at|by|last|earlier|this)\s+[\p{L}\d]+){0,2}\s+(?:would|will|was|were|is|are|has|have|had|could|should|must|can|may|might)\b/u;
/**
 * The word right before a verb is in lower case or a figure ("₹4 lakh announced", "the plan announced"), and
 * not itself after a pronoun ("he later announced").
 */
const NOUN_BEFORE = /(?<!\b(?:he|she|they|it|we|i|you|who|which|that))(?:\b\p{Ll}+|\d)\s+$/u;

/**
 * Whether the verb form `verb` at text[index] is a noun, a reduced relative clause or a phrasal verb that is
 * no speech ("doctors who had not reported back"), not a clause's verb of speech.
 */
function notTheClauseVerb(text: string, index: number, verb: string): boolean {
  if (REPORT_BACK.test(verb) && BACK_AFTER.test(text.slice(index + verb.length, index + verb.length + 6)))
    return true;
  if (
    FINDING_RE.test(verb) &&
    verb.endsWith('ing') &&
    PREPOSITION_BEFORE_GERUND.test(text.slice(Math.max(0, index - 10), index))
  )
    return true;
  if (verb.endsWith('s') && NOUN_BEFORE_OF.test(text.slice(index + verb.length - 1, index + verb.length + 6)))
    return true;
  // ("accused the Commission of rules that …", "of writing rules “…”": a form in -s right after a
  // preposition, or after a gerund after one, is a noun.)
  if (verb.endsWith('s') && NOUN_AFTER_OF.test(text.slice(Math.max(0, index - 30), index))) return true;
  // ("declined to confirm reports that …": a form in -s right after an infinitive is its object, a noun.)
  if (verb.endsWith('s') && INFINITIVE_BEFORE.test(text.slice(Math.max(0, index - 30), index))) return true;
  if (
    verb.endsWith('ed') &&
    NOUN_BEFORE.test(text.slice(Math.max(0, index - 30), index)) &&
    FINITE_VERB_AFTER.test(text.slice(index + verb.length, index + verb.length + 60))
  )
    return true;
  return verb.endsWith('ed') && NOUN_AFTER_PREPOSITION.test(text.slice(Math.max(0, index - 60), index));
}

/**
 * "of writing rules ", "for telling reporters ": a gerund after a preposition with words of its own after
 * it; what it says is not the quotation after those words.
 */
function gerundWithObject(text: string, index: number, verb: string): boolean {
  const after = text.slice(index + verb.length);
  return (
    verb.endsWith('ing') &&
    PREPOSITION_BEFORE_GERUND.test(text.slice(Math.max(0, index - 10), index)) &&
    /\p{L}/u.test(after) &&
    // ("opened the hearing by warning that her courtroom would not become “…”": what is said, not an object.)
    !GERUND_REPORTS.test(after) &&
    // ("opened the session by saying the committee owed depositors “…”": what was said, "that" left out.)
    !(REPORTING_GERUND.test(verb) && MEANS_BEFORE_GERUND.test(text.slice(Math.max(0, index - 10), index))) &&
    // ("ended her speech by telling jurors the case was “…”": whom the subject told is no object of a
    // deed; "accused her of telling voters …" stays the one accused's.)
    !(ADDRESSEE_GERUND.test(verb) && MEANS_BEFORE_GERUND.test(text.slice(Math.max(0, index - 10), index)))
  );
}

/** A gerund that reports what is said, with "that" or without ("by saying the committee owed …"). */
const REPORTING_GERUND =
  /^(?:saying|stating|arguing|insisting|claiming|noting|suggesting|declaring|explaining|asserting)$/;
/** A gerund of telling someone something, its object the one told ("telling jurors", "assuring residents"). */
const ADDRESSEE_GERUND = /^(?:telling|warning|reminding|assuring|informing|promising)$/;
/** "by", "after", "before" before a gerund: what the sentence's subject did, by or around it. */
const MEANS_BEFORE_GERUND = /\b(?:by|after|before)\s+$/;

/** After a gerund, "that" opening what was said ("by warning that …"). */
const GERUND_REPORTS = /^\s+that\s/;

/** A word ending on a possessive's "'s" or "s'" ("Tuesday's"). */
const POSSESSIVE_END = /['\u2019]s?$/u;

/** A preposition, perhaps then a gerund, right before a word ("of ", "of writing "). */
const NOUN_AFTER_OF = /\b(?:of|in|for|on|at|by|from|about|without|with|into)\s+(?:\p{Ll}+ing\s+)?$/u;

/** "to" and a verb right before a word ("to confirm ", "to deny "). */
const INFINITIVE_BEFORE = /\bto\s+\p{Ll}+\s+$/u;

/** A word with a possessive's "'s" or "s'" ("Trump’s", "the players'"), then spaces. */
const POSSESSIVE_BEFORE = /\p{L}(?:['\u2019]s|s['\u2019])\s+$/u;

/**
 * "Trump’s answers", "the minister's remarks": a verb's form in -s after a possessive is a plural noun ("Trump's
 * said" is "has said", a verb).
 */
function pluralAfterPossessive(text: string, end: number, word: string): boolean {
  return word.endsWith('s') && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, end - 40), end));
}

/**
 * A word that opens a clause of its own ("“…,” while Smith said …", "“…” once the operator confirmed …"):
 * what follows is not the quotation's cue.
 */
const NEW_CLAUSE_OPENER = new RegExp(
  `^(?:while|whereas|but|and|although|though|as|because|when|after|before|since|if|yet|or|so|until|unless|once(?=\\s+(?:the|a|an|it|he|she|they|we|its|his|her|their|this|that)\\b))${WORD_END}`,
  'iu',
);

// Case-sensitive on purpose: "United States" is not the verb "states".
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
const VERB_IN = new RegExp(`\\s(?:${VERBS})\\s`);
const FINDING_RE = new RegExp(`^(?:${alternation(FINDING_VERBS)})$`);
/** After a verb, "for" and the thing asked for, before the quote: "asked for her boots", "called for a vote on". */
const REQUESTED_THING = /^\s*for\s+(?:\p{L}[\p{L}'\u2019-]*\s+){1,6}$/u;
const PARTICIPLE_RE = new RegExp(`^(?:${PARTICIPLES_BEFORE})$`);
const PARTICIPLES_RE = new RegExp(`\\b(?:${PARTICIPLES_BEFORE})\\b`, 'g');
const INVERTED_RE = new RegExp(`^(?:${VERBS})\\s+([^,.;:"\\u201C\\u201D_]{2,100})`);
const LEADING_PARTICIPLE_RE = new RegExp(`^(?:${PARTICIPLES})\\b`);
/** "as X reported", "as one resident put it": a clause crediting the words before it. */
const AS_CREDITED_RE = new RegExp(`^as\\s+([^,.;:"\\u201C\\u201D_]{1,80}?)\\s+(?:(?:${VERBS})|put it)\\b`);
/**
 * What follows a verb that has an object of its own: at least three words before the clause ends, not a
 * time or an audience ("as police confirmed his bicycle had been found" against "as Roe put it on Monday").
 */
const OWN_OBJECT_AFTER =
  /^\s+(?:that\s+)?(?!(?:on|in|at|to|last|this|earlier|later|yesterday|today)\b)\p{L}+\s+\p{L}+\s+\p{L}+/u;
/** "as has been said", "as was reported": no one is credited. */
const AUXILIARY_ONLY = /^(?:(?:has|have|had|was|were|is|are|been|be|it)\s*)+$/i;
const DIRECT_RE = new RegExp(
  `^([^,.;:"\\u201C\\u201D_]{1,100}?)\\s+(?:(?:${VERBS})|(?:${PARTICIPLES})|(?:${alternation(CLOSING_SPEECH_VERBS)})(?=\\s*[.,;!?]|\\s*$))\\b`,
);
/** "Name, a role … verb": an appositive left open before the verb (see `unclosedAppositive`). */
const UNCLOSED_APPOSITIVE_RE = new RegExp(
  `^([^,.;:"\\u201C\\u201D_]{2,80}),\\s+((?:a|an|the)\\s[^,.;:"\\u201C\\u201D_]{1,120}?)\\s+(?:${VERBS})\\b`,
);
/** ", the town nearest the site, said Soelistyo.": the verb and its subject close the sentence. */
/** (Not "told", "tells": what follows them is whom the words were told to, ", told TechCrunch.".) */
const TRAILING_INVERTED_RE = new RegExp(
  `,\\s*(?!(?:told|tells)\\b)(?:${VERBS})\\s+([^,.;:_]{2,100}?)[.!?]?\\s*$`,
);
/**
 * ", Noem said in the campaign's public service announcement.": the subject, the verb and what follows it
 * to the end of the sentence (where and how it was said: up to `SAID_TAIL` characters, no comma).
 */
const SAID_TAIL = 80;
const TRAILING_SAID_RE = new RegExp(
  `,\\s*([^,.;:_]{2,100}?)\\s+(?:${VERBS})\\b[^,;:_]{0,${SAID_TAIL}}[.!?]?\\s*$`,
);

/**
 * Cuts what follows a name in "said X on Sunday" / "said X in a statement" / "said X as he left" / "said X
 * shortly before midnight".
 */
const AFTER_NAME = new RegExp(
  `\\s+(?:on|in|at|as|during|after|before|while|when|via|to|from|about|last|this|earlier|later|today|yesterday|tonight|shortly|moments|hours|minutes|who|which|adding|saying|citing|using|according)${WORD_END}.*$`,
  'iu',
);

/**
 * A capitalised word of a name, initials and abbreviated titles included (their period masked as U+2024 by
 * quotes/attribute.ts, so that "the director, Dr. Ines Moreau, said" reads as one name), or an Irish surname
 * with its initial mutation ("hUiginn" of "Ó hUiginn"), or a surname opened by an elided particle
 * ("d’Estrelle") or by the Arabic article in lower case ("el-Gebaly", "al-Sayed").
 */
const NAME_WORD = `(?:\\p{Lu}|${IRISH_MUTATION_PATTERN}(?=\\p{Lu}\\p{Ll})|[dl]['\u2019](?=\\p{Lu})|[ae]l-(?=\\p{Lu}))[\\p{L}'\u2019.\u2024-]*`;
/**
 * A name opening a sentence, set off by a comma before a role or description ("Tom Vale, the chief of …"),
 * not a place or a time the sentence opens with ("In Kopeland, the settlement …, the community's chief,
 * Kwaku Mensah, said": the chief is the subject, not Kopeland).
 */
const NAME_BEFORE_APPOSITIVE = new RegExp(
  `^\\s*((?!(?:The|In|At|On|From|Inside|Outside|Near|Across|Around|Along|Beyond|Throughout|Within|Since|During|After|Before|Until|By|With)\\s)${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}),\\s+(?:the|a|an|his|her|their)\\s`,
  'u',
);
/** ", the sports barrister Elodie Fairburn, " right before a speech verb: a role in lower case, then a name. */
const ROLE_AND_NAME_APPOSITIVE = new RegExp(
  `,\\s*((?:(?:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){1,3})(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s*,\\s*$`,
  'u',
);
/** ", Jon Perez, " right before a speech verb: two to four capitalised words between commas. */
/** An aside after a comma whose phrase is governed by a preposition (", addressed to the head of midwifery"). */
const OBJECT_IN_ASIDE =
  /,[^,]*\b(?:to|for|from|with|by|against|about|through|via)\s+(?:the|an?|his|her|their|its)\s+[^,]*$/iu;
/**
 * Whether the text before a name set off by commas ends in an aside whose preposition governs a role
 * (", addressed to the then head of midwifery"): the name is that role's holder, the preposition's object.
 */
function namesObjectInAside(lead: string): boolean {
  return OBJECT_IN_ASIDE.test(lead) && hasRoleWord(lead.slice(lead.lastIndexOf(',') + 1));
}
// (Maybe with a party and state, a seat or a party in brackets: "Deputy Helena Vasconcelos (PSB-PE),".)
const APPOSITIVE_NAME = new RegExp(
  `,\\s*(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}|${HANDLE_PATTERN})(?:\\s*\\([^()]{1,40}\\))?\\s*,\\s*$`,
  'u',
);

/**
 * "…, Mrs Edna Pollock, 84, said": a name with the age set off after it, right before the verb, is the
 * verb's subject, whatever an opening clause named before it ("In a statement read by her son, Keith, …"),
 * and a surname that opens with its particle ("In his letter, von Hallerstein, 61, wrote").
 */
const NAME_THEN_AGE = new RegExp(
  `(?:^|[,;]\\s*|\\s)(${NAME_WORD}(?:\\s+${NAME_WORD}){1,4}|(?:(?:${NAME_PARTICLE_PATTERN})\\s+){1,2}${NAME_WORD}),\\s*\\d{1,3},\\s*$`,
  'u',
);

/**
 * ", Kelsey Marr," or ", Kelsey Marr." right after a speaker phrase: the name a role phrase introduces (a
 * particle may stand between its words: "Puan Norhayati binti Abdullah", "Ana de la Cruz").
 */
const ROLE_THEN_NAME = new RegExp(
  `^,\\s*(${NAME_WORD}(?:\\s+(?:(?:${NAME_PARTICLE_PATTERN})\\s+)*${NAME_WORD}){1,3})\\s*(?:[,.]|$)`,
  'u',
);

/** A role noun ("the company's lawyer") or a kinship word ("his daughter") in a lower-case phrase. */
function hasRoleWordOrKin(phrase: string): boolean {
  return hasRoleWord(phrase) || phrase.split(/\s+/).some((w) => GENDERED_ROLES.has(w.toLowerCase()));
}

function hasRoleWord(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => isPrefixedRoleWord(w.toLowerCase()));
}

/** A phrase ending in a member of a legislature ("the district's member of parliament"), a role without a role word. */
const LEGISLATOR_END = new RegExp(`\\b${MEMBER_OF_LEGISLATURE_PATTERN}\\s*$`, 'iu');

export interface Attribution {
  phrase: string;
  /** The speech verb was a participle with no subject of its own ("…, adding"): use the sentence subject. */
  participle?: boolean;
  /** "… and said": the verb shares the subject of the sentence (`phrase` is its opening noun phrase). */
  coordinated?: boolean;
  /** "X, the critic, who described it as": the subject is the person the relative "who" follows. */
  relative?: boolean;
}

/**
 * An adverb in -ly after a name or a pronoun ("Brooke tearfully asked", "he angrily said"); after a
 * lower-case word it may be a noun's end ("the family said").
 */
const ADVERB_AFTER_NAME = /(\p{Lu}\S*|(?<![\p{L}])(?:he|she|they|we|i))\s+\p{Ll}{2,}ly$/u;

/** Text up to a verb without the auxiliaries that end it ("…, Rana Idris, has" → "…, Rana Idris,"). */
function withoutAuxiliaries(text: string): string {
  let s = text.trimEnd();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(AUXILIARY, '').trimEnd();
  }
  return s === text.trimEnd() ? text : `${s} `;
}

/** The subject without the auxiliaries after it ("Kim was heard", "was quoted as": "" when only those). */
function stripAux(subject: string): string {
  let s = ` ${subject.trim()}`;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = ` ${s.replace(AUXILIARY, '').replace(ADVERB_AFTER_NAME, '$1').trim()}`;
  }
  return s.trim();
}

/** Words of time between a speech verb and what was said ("said Tuesday that", "said on Monday that"). */
const SAID_WHEN = new Set(
  [...CALENDAR_WORDS, ...TIME_OPENERS, 'on', 'that', 'today', 'tonight', 'week', 'month', 'year'].map((w) =>
    w.toLowerCase(),
  ),
);
/** A determiner opening a noun phrase for a thing ("the messages", "its report"). */
const THING_DETERMINER = /^(?:the|a|an|its|their|this|these|those)$/;
const MAX_THING_WORDS = 3;

/** Whom something is told, a plural noun ("told reporters", "told journalists", "tells investors"). */
const TOLD_AUDIENCE = /^\p{Ll}{3,}s$/u;

/**
 * Whether a subject is a speech verb's clause about a thing ("Mr. Strand said Tuesday that the messages",
 * "X told a conference that the estimate", or opening the clause after an appositive: "Ana Roe, a
 * professor …, said the footage"): after its last speech verb (and after "that", or time words),
 * a determiner and at most three lower-case words, none of them a role (the one in "X said the spokesman
 * described it as" is someone), or a plural noun alone ("she said crews had found").
 */
function saidOfThing(subject: string): boolean {
  const inner = [...subject.matchAll(VERB_RE)].pop();
  if (inner === undefined) return false;
  const after = subject.slice(inner.index + inner[0].length);
  const told = /^tol?d$|^tells$/.test(inner[0]) && TOLD_AUDIENCE.test(after.trim().split(/\s+/)[0] ?? '');
  // "told an investor conference on Thursday that the higher estimate": what was said opens at "that".
  const that = after.lastIndexOf(' that ');
  const words = (that >= 0 ? after.slice(that + ' that '.length) : after).trim().split(/\s+/);
  let k = 0;
  // "told reporters the damages figure": whom it was told, before the thing.
  if (that < 0 && told) k++;
  while (k < words.length && SAID_WHEN.has((words[k] as string).toLowerCase())) k++;
  const phrase = words.slice(k);
  // "she said crews had found …": a plural noun with no determiner, naming no role ("officers" would).
  const plural = phrase[0] ?? '';
  if (phrase.length === 1 && /^\p{Ll}{3,}s$/u.test(plural))
    return !isRoleNoun(plural.slice(0, -1)) && !isRoleNoun(plural.replace(/e?s$/, ''));
  return (
    phrase.length >= 2 &&
    phrase.length <= MAX_THING_WORDS + 1 &&
    THING_DETERMINER.test(phrase[0] as string) &&
    phrase.slice(1).every((w) => /^[\p{Ll}-]+$/u.test(w) && !isRoleNoun(w))
  );
}

/**
 * "In Dr. Shadlen's words, “…”", "In the words of Ann Lyle: “…”", "In her own words, “…”": the words are
 * credited before they open. (Not "In other words, …".)
 */
const IN_WORDS_BEFORE =
  /(?:^|[,(\u2014]\s*)in (?:the (?:very )?words of ([^,.;:"\u201C\u201D_]{2,80}?)|([^,.;:"\u201C\u201D_]{2,80}?)(?:['\u2019]s|s['\u2019]) (?:own )?words|(his|her) (?:own )?words)\s*[,:]?\s*$/iu;

/**
 * "… with, as she liked to put it, “…”", "The plan was, as her manager Tom Hale put it, “…”": an aside set
 * off by commas that credits the words after it (to the name, not the role before it).
 */
const AS_PUT_IT_BEFORE =
  /,\s*as\s+(?:(?:his|her|their|the)\s+(?:[\p{Ll}-]+\s+){1,2})?((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019.-]*|he|she)\s+(?:(?:once|later|often|memorably|so|liked to|likes to|would)\s+)*(?:put|puts|phrased|phrases)\s+it,\s*$/u;

/** The phrase an "in X's words" opening or an "as X put it" aside credits ("he" for "his"), if the text ends with one. */
function inWordsOf(before: string): string | undefined {
  const put = AS_PUT_IT_BEFORE.exec(before)?.[1];
  if (put !== undefined) return put;
  const m = IN_WORDS_BEFORE.exec(before);
  if (!m) return undefined;
  if (m[3] !== undefined) return m[3].toLowerCase() === 'his' ? 'he' : 'she';
  return m[1] ?? m[2];
}

/**
 * "…, according to X, " right before a quotation opens, or with a copula between ("The danger, according to
 * Dr Rao, was “the bleeding we couldn’t see”").
 */
const ACCORDING_BEFORE =
  /(?:^|[,(\u2014]\s*)according to ([^,.;:"\u201C\u201D_]{2,120})(?:,?\s*|,\s+(?:was|is|were|are|had been|has been|would be|will be)\s+)$/i;

/**
 * "… and was described by Du Plessis as “…”", "was called by the coach “…”": a naming verb in the passive
 * with its agent right before the quotation; the agent's words.
 */
const NAMED_BY_AGENT = new RegExp(
  `\\b(?:was|were|is|are|been|being)\\s+(?:\\p{Ll}+ly\\s+)?(?:described|called|branded|labell?ed|dubbed|dismissed|hailed)\\s+by\\s+((?:the\\s+)?(?:${NAME_WORD}|[\\p{Ll}-]+)(?:\\s+(?:${NAME_WORD}|[\\p{Ll}-]+)){0,3}?)\\s+(?:as\\s+)?$`,
  'u',
);

/**
 * "Says Frank, “…”", "Adds the mayor: “…”": a speech verb opening the sentence before its speaker, then
 * a comma or colon and the quotation.
 */
const INVERTED_BEFORE =
  /(?:^|[.!?]["\u201D\u2019]?\s+)(?:Says|Said|Adds|Added|Recalls|Recalled|Explains|Explained|Notes|Noted|Continues|Continued|Concedes|Conceded|Insists|Insisted)\s+([^,:;"\u201C\u201D_]{2,80}?)\s*[,:]\s*$/u;

/**
 * "“Fraud by an adviser,” said Fleming, “can be hard to detect.”": a speech verb and its speaker between the
 * two parts of one quotation (the quotation's own words masked, its closing mark kept).
 */
const BETWEEN_PARTS = new RegExp(
  `["\u201D](?:\\s*,)?\\s+(?:${VERBS})\\s+([^,.;:"\u201C\u201D_]{2,80}?)\\s*,\\s*$`,
  'u',
);

/**
 * "The biggest reason advisers get fired, writes Beyer, is “…”": a speech verb and its speaker set off by
 * commas inside the sentence, a few lower-case words before the quotation.
 */
const SET_OFF_INVERTED = new RegExp(
  `,\\s+(?:${VERBS})\\s+(\\p{Lu}[^,.;:"\u201C\u201D_]{1,60}?),\\s+(?:[\\p{Ll}'\u2019-]+\\s+){0,4}$`,
  'u',
);

/** "Frank's response? “…”", "Her answer: “…”" (a possessor's reply, then the quotation). */
const RESPONSE_BEFORE =
  /(?:^|[.!?]["\u201D\u2019]?\s+)([^,:;.!?"\u201C\u201D_]{2,60}?)['\u2019]s? (?:response|reply|answer|verdict|retort|explanation)\s*[?:]\s*$/u;

/**
 * "Her assessment was stark: “…”", "Dr Roe's verdict was blunt: “…”": a person's judgement, described,
 * then the quotation. The possessor is a pronoun or a name; a role ("The inspector's verdict") may be no
 * one the article names, and is left.
 */
const VERDICT_BEFORE =
  /(?:^|[.!?]["\u201D\u2019]?\s+)(?:([Hh]is|[Hh]er)|(?!(?:The|A|An|This|That|Its|Their|Our) )(\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3})['\u2019]s?) (?:assessment|verdict|message|advice|warning|reaction|conclusion|diagnosis|prognosis|answer|response|reply|explanation) (?:was|is) (?:\p{Ll}+ )?\p{Ll}+\s*:\s*$/u;

/** The speaker phrase of a described judgement before a quotation (`VERDICT_BEFORE`): "Her" is "she". */
function verdictBefore(before: string): string | undefined {
  const found = VERDICT_BEFORE.exec(before);
  if (!found) return undefined;
  const pronoun = found[1]?.toLowerCase();
  return pronoun === undefined ? found[2] : pronoun === 'his' ? 'he' : 'she';
}

/** ", Marisol Teague." after "according to her lawyer": the name the role is set off before. */
const APPOSITIVE_AFTER_ROLE =
  /^,\s*(\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){1,3})\s*(?:[,.;!?]|$)/u;

/**
 * "according to her lawyer, Marisol Teague": the name set off after a role is who the source is; the role
 * alone ("her lawyer") would go to whoever "her" is.
 */
function namedAfterRole(phrase: string, rest: string): string {
  if (!hasRoleWord(phrase)) return phrase;
  return APPOSITIVE_AFTER_ROLE.exec(rest)?.[1]?.replace(/\.$/, '') ?? phrase;
}

/** "court filings", "the court's record of proceedings": a record (within its first four words) of what was said. */
function isRecord(phrase: string): boolean {
  return phrase
    .split(/\s+/)
    .slice(0, 4)
    .some((w) => RECORD_NOUNS.has(w.toLowerCase()));
}

/** A lower-case preposition opening a phrase ("with Canadian authorities"). */
const PREPOSITION_OPENED =
  /^(?:with|to|for|of|in|on|at|from|by|into|about|against|over|under|after|before|than)\s/;

/** "sabi ni Commodore Santos", "ani Gov. Bongbong": a Filipino cue and the speaker after it. */
const FILIPINO_CUE = new RegExp(
  `^(?:${FILIPINO_SPEECH_CUES.join('|')})\\s+(\\p{Lu}[^,.;:"\\u201C\\u201D_(]{1,80})`,
  'u',
);
/** "the declaration reads", "the letter read": a writing and the verb of what it says. */
const WRITING_READS = new RegExp(`^(the (?:${WRITING_NOUNS.join('|')}))\\s+(?:reads|read)\\b`, 'i');

/** Text directly after a closing quote: `, said X`, `, X said`, `, according to X`, `, telling …`. */
export function attributionAfter(after: string): Attribution | undefined {
  const text = withoutNameLabels(after).replace(/^[\s,.!?]*(?:\u2014|\u2013|-)?\s*/, '');
  // "“…,” as NPR's Debbie Elliot reported": the quotation is credited to whoever the "as" clause names.
  const as = AS_CREDITED_RE.exec(text);
  const credited = as?.[1];
  // (Not "…”, as police confirmed his bicycle had been found": a verb with an object clause of its own
  // reports something else, not the words before it.)
  const reportsOther = as !== null && OWN_OBJECT_AFTER.test(text.slice(as[0].length));
  if (credited !== undefined && !AUXILIARY_ONLY.test(credited) && !reportsOther)
    return { phrase: stripAux(credited) };
  // "“…,” while Smith said …": a conjunction opens another clause, whose speaker is not this quote's.
  if (NEW_CLAUSE_OPENER.test(text)) return undefined;
  const according = /^according to ([^,.;:"\u201C\u201D_]{2,120})/i.exec(text);
  // "…, according to the court's record of proceedings": a record names no speaker; the sentence's cue does.
  if (according && isRecord(according[1] as string)) return undefined;
  if (according) return { phrase: namedAfterRole(according[1] as string, text.slice(according[0].length)) };
  // "“…,” in the words of spokeswoman Marissa Thibodeaux.": whose words they are.
  const inWords = IN_THE_WORDS_OF.exec(text);
  if (inWords) return { phrase: namedAfterRole(inWords[1] as string, text.slice(inWords[0].length)) };
  // "“…,” sabi ni Commodore Santos.": a Filipino cue, then who said it.
  const filipino = FILIPINO_CUE.exec(text);
  if (filipino) return { phrase: (filipino[1] as string).trim() };
  // "“…,” the declaration reads.": the writing, whose author the sentences before name.
  const writing = WRITING_READS.exec(text);
  if (writing) return { phrase: writing[1] as string };
  const inverted = INVERTED_RE.exec(text);
  if (inverted) {
    const phrase = inverted[1] as string;
    // "said his daughter, Kelsey Marr, who …", "said an analyst at Pellbridge Bank, Yusuf Darrow": the role
    // (lower case, though what it is of may be a name) is set off before the name it introduces.
    const named = ROLE_THEN_NAME.exec(text.slice(inverted[0].length));
    if (named && /^\p{Ll}/u.test(phrase) && hasRoleWordOrKin(phrase)) {
      const name = (named[1] as string).replace(/\.$/, '');
      // A role of a named body reads as that body; the name it introduces is the speaker.
      return { phrase: /\p{Lu}/u.test(phrase) ? name : `${phrase}, ${name}` };
    }
    // "said the 62-year-old, a retired timberman who …": the age, and what the person is ("the 62-year-old
    // timberman"), whose noun may say a gender.
    const described = AGE_ONLY.test(phrase) ? AGE_APPOSITIVE.exec(text.slice(inverted[0].length)) : null;
    if (described) return { phrase: `${phrase} ${described[1]}` };
    return { phrase: phrase.replace(AFTER_NAME, '') };
  }
  const participle = LEADING_PARTICIPLE_RE.exec(text);
  // ("“…,” noting that Roe had found …": the comma may stand inside the quotation marks; a participle then
  // "that" reports, and is no subject of the verb after it.)
  if (participle && (/^[\s,]*[,]/.test(after) || PARTICIPLE_REPORTS.test(text.slice(participle[0].length))))
    return { phrase: '', participle: true };
  // "… original cast member Jason Vale — also known as Tommy Oliver — tells Heat Vision": an aside set off
  // by dashes stands between the speaker and the verb.
  const plain = text.replace(DASH_ASIDE, ' ');
  const direct = DIRECT_RE.exec(plain);
  // "“cooperating fully” with Canadian authorities and had offered …": a phrase a preposition opens goes
  // on with the sentence the quotation stands in; it is no speaker.
  if (
    direct &&
    (direct[1] as string).split(/\s+/).length <= maxSubjectWords(direct[1] as string) &&
    !PREPOSITION_OPENED.test(direct[1] as string) &&
    // ("“…,” an unusually frank line from a company that told investors …": the verb is a relative
    // clause's, about the noun phrase that describes the quotation.)
    !ENDS_WITH_RELATIVE.test(direct[1] as string) &&
    // ("“…”, a charge the party described as laughable": likewise without the relative pronoun.)
    !NAMES_THE_WORDS.test(direct[1] as string)
  ) {
    // "“Will you be on the first sailing?” she was asked": the one a passive verb's subject names was
    // spoken to; who spoke is not said.
    if (PASSIVE_BEFORE.test(`${direct[1]} `)) return undefined;
    return { phrase: stripAux(direct[1] as string) };
  }
  return appositiveSubject(plain) ?? unclosedAppositive(plain);
}

/** "the 62-year-old": an age standing for the speaker, and nothing more. */
const AGE_ONLY = /^the\s+\d{1,3}-year-old$/iu;
/** ", a retired timberman who …", ", a fisherwoman,": what an age set off before is, its noun. */
const AGE_APPOSITIVE = /^\s*,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=\s*(?:[,.;]|who\b|$))/u;

/** "that" after a participle: what was said follows ("noting that …"). */
const PARTICIPLE_REPORTS = /^\s+that\s/;

/** A subject phrase that ends on a relative pronoun ("a company that"): its verb is no cue. */
const ENDS_WITH_RELATIVE = /\s(?:that|which|who|whom)\s*$/i;
/**
 * A subject phrase that opens on a noun for the words quoted and goes on ("a charge the party", "a claim
 * Costa"): a relative clause about the quotation follows, whose subject did not say it.
 */
const NAMES_THE_WORDS =
  /^(?:an?|the|one|that)\s+(?:[\p{Ll}-]+\s+)?(?:charge|claim|accusation|allegation|remark|comment|description|characteri[sz]ation|label|term|phrase|assertion|suggestion|jibe|barb|swipe|insult)s?\s+\S/u;

/** The most words a subject after a quotation may have before its verb. */
const MAX_SUBJECT_WORDS = 10;
/**
 * A name, then what it is of: "Chief Inspector Sanne Bakker of the national police's digital investigations
 * unit told TEW": the body it names may be long.
 */
const NAME_THEN_BODY = /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){2,5}(?:of|at|for|from|with)\s/u;
const MAX_NAME_THEN_BODY_WORDS = 16;

function maxSubjectWords(subject: string): number {
  return NAME_THEN_BODY.test(subject) ? MAX_NAME_THEN_BODY_WORDS : MAX_SUBJECT_WORDS;
}

/**
 * "Speaking to the Daily Mail Lacerda claimed:": an opening participle clause whose comma the copy left out,
 * run into the subject. The subject is the name that ends it: its last capitalised word, with the one before
 * when that is a given name ("Talking to reporters Tom Vey said").
 */
const OPENING_PARTICIPLE_RUN =
  /^(?:speaking|talking|writing|responding|replying|testifying|appearing)\s+(?:to|with|on|in|at|before|from)\s+.*?\s(?:(\p{Lu}[\p{L}'\u2019-]+)\s+)?(\p{Lu}[\p{L}'\u2019-]+)$/iu;

function afterOpeningParticiple(subject: string): string | undefined {
  const m = OPENING_PARTICIPLE_RUN.exec(subject.trim());
  if (!m) return undefined;
  const given = m[1];
  return given !== undefined && GIVEN_NAME_GENDERS.has(given.toLowerCase()) ? `${given} ${m[2]}` : m[2];
}

/** "Chair of the Local Government Association", "a spokesman for the trust": a role and the body it serves. */
const ROLE_OF_BODY = /^(?:(?:a|an|the)\s+)?(\p{L}+)(?:\s+\p{Ll}+)?\s+(?:of|for|at)\s+\S/u;

/**
 * "Cllr Louise Gittins, Chair of the Local Government Association said:": a name, then its role set off by a
 * comma the copy never closed before the verb. `lead` is the text before that comma, `subject` the role.
 */
function unclosedRoleBefore(lead: string, subject: string): string | undefined {
  const role = ROLE_OF_BODY.exec(subject.trim())?.[1];
  if (role === undefined || !ROLE_WORDS.has(role.toLowerCase())) return undefined;
  const name = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf('.')) + 1).trim();
  return name !== '' && CAPITALISED_NAME.test(name) && !OPENING_WORD.test(name) ? name : undefined;
}
/** A capitalised word that opens a phrase of place or time, not a name ("In Leeds", "Meanwhile"). */
const OPENING_WORD =
  /^(?:In|At|On|For|From|After|Before|By|With|Without|During|Since|Under|Over|As|When|While|But|And|Meanwhile|Earlier|Later|Also|Then|Now|Today|Yesterday)\b/;

/** "which quoted him as saying", "quoted her as having said": whom the words are, a pronoun. */
const QUOTED_AS = /\bquoted\s+(him|her)\s+as\s+(?:saying|having\s+said)\s*[,:]?\s*$/i;

/** "(D-Va.)", "(R-Texas)", "(I)": a US lawmaker's party and state after the name. */
const PARTY_LABEL = /\s*\((?:[DRI]|[DRI][-\u2013]\p{Lu}[\p{L}.\u2024 ]{0,14})\)/gu;
/** ", R-Halberd Falls,", ", D-Texas,": the same set off by commas, as AP style writes it. */
const PARTY_LABEL_SET_OFF_SOURCE =
  ',\\s*[DRI][-\\u2013]\\p{Lu}[\\p{L}.\\u2024]*(?: \\p{Lu}[\\p{L}.\\u2024]*){0,2},';
const PARTY_LABEL_SET_OFF = new RegExp(PARTY_LABEL_SET_OFF_SOURCE, 'gu');

/** The same right before a speech verb ("Sen. Mark Oduya, D-Ohio, told reporters"): the name's, with its commas. */
const PARTY_LABEL_BEFORE_VERB = new RegExp(`${PARTY_LABEL_SET_OFF_SOURCE}(?=\\s+(?:${VERBS})\\b)`, 'gu');

/** "Jürgen Köhler (58)": an age in brackets after a name, as German and Nordic copy gives it. */
const BRACKETED_AGE = /(?<=\p{L})\s*\(\d{1,3}\)/gu;

/**
 * The cue text without party labels and bracketed ages, which stand between a name and its verb or its
 * appositive ("said Mayor Jürgen Köhler (58) shortly before midnight").
 */
function withoutNameLabels(text: string): string {
  const bracketed = text.includes('(') ? text.replace(PARTY_LABEL, '').replace(BRACKETED_AGE, '') : text;
  return bracketed.replace(PARTY_LABEL_BEFORE_VERB, '').replace(PARTY_LABEL_SET_OFF, ',');
}

/** "in an interview", "on Tuesday", "by phone": a phrase of how or when, never a speaker. */
const PHRASE_OF_MANNER = /^(?:in|on|at|during|by|via|over|from|after|before|to|with)\s/i;

/** An aside set off by dashes inside a clause (" — also known as Tommy Oliver — "). */
const DASH_ASIDE = /\s+[\u2014\u2013]\s+[^\u2014\u2013"\u201C\u201D.!?]{1,80}?\s+[\u2014\u2013]\s+/u;
/** A comment set off by commas inside what was said (", as was standard,", ", as is usual in such cases,"). */
const AS_ASIDE = /,\s+as\s+(?:is|was|are|were|had been|has been|would be)\s+[^,;:"\u201C\u201D.!?]{1,40},/gu;
/**
 * What a name carries in brackets, commas and all ("Cllr Priya Roe (Conservative, Eastmoor Rural) said"): an
 * aside, never where the subject's clause starts.
 */
const BRACKET_ASIDE = /\s*\([^()"\u201C\u201D]{1,80},[^()"\u201C\u201D]{1,80}\)/gu;

/**
 * "Erik Voss, a physical oceanographer at the University of Sydney told Reuters": a name, then an appositive
 * whose closing comma the copy left out, then the verb.
 */
function unclosedAppositive(text: string): Attribution | undefined {
  const m = UNCLOSED_APPOSITIVE_RE.exec(text);
  if (!m || !CAPITALISED_NAME.test(m[1] as string)) return undefined;
  return { phrase: m[1] as string };
}

/**
 * A subject with commas before its speech verb: "Lopez, 52, told", "the company's lawyer, Dan Ortiz, said",
 * "X, a senior fellow at the centre, has written".
 */
const COMMA_SUBJECT_RE = new RegExp(
  `^([^.;:"\\u201C\\u201D_]{1,180}?),\\s*(?:(?:has|have|had)\\s+)?(?:${VERBS})\\b`,
);
/**
 * A name in capitals, lower-case particles inside ("Rania al-Haddad", "Ingrid van der Spek"), titles in front
 * included ("Brigadier General Md. Touhidul Karim Bhuiyan": six words; "Superintendent of Police Ronald
 * Ssekandi", an office of a body), or a user name ("elmo666",
 * people/names.ts isHandle).
 */
const CAPITALISED_NAME = new RegExp(
  `^(?:${NAME_WORD}(?:\\s+(?:(?:of|for)\\s+(?:the\\s+)?|(?:${NAME_PARTICLE_PATTERN}\\s+){0,2})(?:${NAME_WORD}|${NAME_PARTICLE_PATTERN})){0,5}|${HANDLE_PATTERN})$`,
  'u',
);

/** Lower-case role words, a capitalised name and its age set off: "former mayor Ramon Dizon Sr., 74". */
const ROLE_NAME_THEN_AGE = new RegExp(
  `^((?:[\\p{Ll}-]+\\s+){1,3}${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}),\\s*\\d{1,3}$`,
  'u',
);

/**
 * The person in a subject set off by commas, in the shapes news copy uses: a name and an age ("Lopez, 52,
 * told"), a role then a name ("the company's lawyer, Dan Ortiz, said"), a name then who they are ("Dan
 * Ortiz, the company's lawyer, said", "Ana Ruiz, his daughter, pleaded", "Smith, who leads the union,
 * said"). Anything else ("officials in Washington, Tokyo and Seoul said") is no subject.
 */
function appositiveSubject(text: string): Attribution | undefined {
  const subject = COMMA_SUBJECT_RE.exec(text)?.[1];
  if (subject === undefined) return undefined;
  // "“…,” former mayor Ramon Dizon Sr., 74, said": a role written before the name, then the age.
  const aged = ROLE_NAME_THEN_AGE.exec(subject)?.[1];
  if (aged !== undefined && hasRoleWord(aged)) return { phrase: aged };
  const named = nameAmongAppositives(`${subject},`);
  return named ? { phrase: named } : undefined;
}

/** "he declined, saying": a subject pronoun opening a main clause. */
function mainClausePronoun(clause: string): string | undefined {
  return /^\s*(he|she)\b/i.exec(clause)?.[1]?.toLowerCase();
}

/**
 * The noun phrase that opens the sentence ("Al Jazeera’s Rob McBride, reporting…" → "Al Jazeera’s Rob
 * McBride"): capitalised words and role words, for appositives and participles that share its subject.
 */
/** A subordinate clause opening on a capitalised subject ("before Judge Ana Vey sustained …"). */
const SUBORDINATE_OPENER =
  /(?:^|[\s,;])(?:before|after|when|while|until|because|since|although|though|whereas)\s+(?=\p{Lu})/gu;

/**
 * The text of the last subordinate clause of `text`, from its subject to the end, where no comma or
 * quotation breaks it ("Judge Ana Vey sustained an objection and"); undefined where there is none.
 */
/** "two men who said they worked for the company and ": people unnamed, then a relative clause with a verb coordinated. */
const COORDINATED_IN_RELATIVE =
  /(?<![\p{L}\d-])((?:[\p{Ll}\d-]+\s+){0,3}[\p{Ll}-]+)\s+who\s+[^,;:"\u201C\u201D]*\s(?:and|but)\s*$/u;
const LEADING_PREPOSITION = /^(?:by|to|from|with|of|for)\s+/u;

function subordinateClause(text: string): string | undefined {
  let from = -1;
  for (const m of text.matchAll(SUBORDINATE_OPENER)) from = m.index + m[0].length;
  if (from < 0) return undefined;
  const clause = text.slice(from);
  return /[,;:"\u201C\u201D]/u.test(clause) ? undefined : clause;
}

export function sentenceSubject(sentence: string): string {
  // "Asked whether …, Okoro said": an opening participle clause is not the subject.
  const opened = OPENING_CLAUSE.exec(sentence);
  const main = opened ? sentence.slice(opened[0].length) : sentence;
  const head = main.split(/[,;:]/)[0] ?? '';
  const tokens = head.trim().split(/\s+/);
  // "Monroe County's mayor, Yolanda Cárdenas-Iglesias, issued …": a role set off before a name is the name's.
  // ("Counsel for the GMC, Priya Venkataraman, had told": likewise a role opening with what it serves.)
  const servesBody =
    isRoleNoun((tokens[0] ?? '').toLowerCase()) && /^(?:of|for|at|to)$/.test(tokens[1] ?? '');
  if (
    main[head.length] === ',' &&
    (isRoleNoun((tokens[tokens.length - 1] ?? '').toLowerCase()) || servesBody)
  ) {
    const named = SET_OFF_NAME_AFTER.exec(main.slice(head.length + 1));
    if (named) return named[1] as string;
  }
  // "Her first email, which she let me quote, said:": a person's writing speaks for them; so does "The
  // letter, a copy of which has been seen by the Courier, continues:", the one its author was said to write.
  if (isOwnWriting(head.trim()) || isDefiniteWriting(head.trim())) return head.trim();
  // "The prosecutor's office, known by its French initials, said": a body named by what it is.
  if (tokens[0] === 'The' && tokens.length <= 5 && ORG_WORDS.has((tokens.at(-1) ?? '').toLowerCase()))
    return head.trim();
  // "A senior Civic Alliance official, …": the determiner and the lower-case qualifiers of a role belong.
  const role = ROLE_SUBJECT.exec(head.trim());
  // ("The singer Sofia Nunes, who …, wrote": a name right after the role, to the clause's end, is the role's.)
  if (role) return roleThenName(head.trim(), role[0]) ? head.trim() : role[0];
  // "burgemeester Marieke van der Berg published …": a title in another language, in lower case, before a
  // name of two words or more is the name's.
  if (
    /^\p{Ll}/u.test(tokens[0] ?? '') &&
    !FUNCTION_WORDS.has(tokens[0] as string) &&
    !CALENDAR_WORDS.has((tokens[1] ?? '').toLowerCase())
  ) {
    const name = nameRunLength(tokens, 1);
    if (name >= 2) return tokens.slice(0, 1 + name).join(' ');
  }
  const taken: string[] = [];
  for (const [k, token] of tokens.entries()) {
    // "Fuming dad Aurelio Castrejon": a kin word is part of the subject as a role word is, and so is a
    // shared role ("Green Coast co-leader Saoirse Delahunt").
    const lower = token.toLowerCase();
    if (
      /^\p{Lu}/u.test(token) ||
      // "Marieke van der Berg": particles inside a name.
      (taken.length > 0 && isParticle(token) && nameRunLength(tokens, k) > 0) ||
      isHandle(token) ||
      isRoleNoun(lower) ||
      (lower.startsWith('co-') && ROLE_WORDS.has(lower.slice(3))) ||
      (taken.length > 0 && token === 'of') ||
      // ("The President of the Republic": "the" after "of", before a capitalised word.)
      (token === 'the' && taken[taken.length - 1] === 'of' && /^\p{Lu}/u.test(tokens[k + 1] ?? ''))
    ) {
      taken.push(token);
    } else if (token === 'and' && jointPlaceName(capitalisedRun(tokens), k)) {
      // "Ashcombe and Fenbury MP Nadia Khoury": two places that name what one title holder serves.
      taken.push(token);
    } else break;
  }
  // "Top scorer Mateo Ibáñez, known as …, posted", "The Norwegian soprano Ingrid Solbakken, who …, said":
  // an opening word (after "The") and a lower-case description before the name are the subject with it, as
  // a role before a name is.
  const opening = taken.length === 2 && /^(?:The|An?)$/.test(taken[0] as string) ? 2 : 1;
  // (Not a pronoun: "She also names Dale Kostecki" is her clause, not a description of him.)
  if (
    taken.length >= opening &&
    taken.length < opening + DESCRIBED_NAME_OPENING_WORDS &&
    !SUBJECT_PRONOUN.test(taken[0] ?? '') &&
    !taken.some((w) => isRoleNoun(w.toLowerCase())) &&
    DESCRIBED_NAME.test(head.trim())
  )
    return head.trim();
  // ("Rep. Lee Hyun-woo of the opposition party": an "of" before lower-case words is no part of the name.)
  while (taken[taken.length - 1] === 'of') taken.pop();
  return taken.join(' ');
}

/** A personal pronoun as a subject. */
const SUBJECT_PRONOUN = /^(?:I|He|She|It|We|They)$/;

/** Whether `head` is the role phrase `role` opening it and then a name to its end ("The singer Sofia Nunes"). */
function roleThenName(head: string, role: string): boolean {
  const rest = head.slice(role.length).trim().split(/\s+/);
  return (
    rest[0] !== '' &&
    nameRunLength(rest, 0) === rest.length &&
    !rest.some((w) => CALENDAR_WORDS.has(w.toLowerCase()))
  );
}

/**
 * How many tokens from `from` on make a name: capitalised words, with particles ("van der") between them;
 * 0 where none does.
 */
function nameRunLength(tokens: readonly string[], from: number): number {
  let end = from;
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (/^\p{Lu}/u.test(token)) end = k + 1;
    else if (!isParticle(token)) break;
  }
  return end - from;
}

/**
 * A capitalised opening word (maybe after "The"), or up to three ("Former Sri Lanka"), one or two lower-case
 * words, then a name of two to four words ("Central bank governor María Fernanda Quiroga Páez", "The
 * Norwegian soprano Ingrid Solbakken", "Former Sri Lanka left-arm spinner Arulanandan Selvarajah").
 */
const DESCRIBED_NAME =
  /^(?:(?:The|An?)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s+\p{Ll}[\p{L}-]*){1,2}(?:\s+\p{Lu}[\p{L}'\u2019-]+){2,4}$/u;
/** Most capitalised words before the lower-case description of `DESCRIBED_NAME`. */
const DESCRIBED_NAME_OPENING_WORDS = 3;

/** The words up to the first after the opening one that is not capitalised ("and" aside). */
function capitalisedRun(tokens: readonly string[]): readonly string[] {
  const end = tokens.findIndex((t, i) => i > 0 && t !== 'and' && !/^\p{Lu}/u.test(t));
  return end < 0 ? tokens : tokens.slice(0, end);
}

/**
 * "On Wednesday evening", "Late on Tuesday", "On 3 March": a time phrase that opens a sentence with no comma
 * before its subject.
 */
export const TIME_PHRASE_BEFORE_SUBJECT = new RegExp(
  `^["\u201C]?(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+)?(?:${WEEKDAYS.join('|')}|(?:\\d{1,2}\\s+)?(?:${MONTHS.join('|')})(?:\\s+\\d{1,2})?)(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?=\\p{Lu})`,
  'iu',
);

/** "… that Tomás Muñoz, the farmer who owns the land,": a name after "that", set off by what it is. */
const NAME_OPENING_THAT_CLAUSE = new RegExp(
  `\\bthat\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}),(?:\\s*[\\p{Ll}\\d][^,"\u201C\u201D]{0,80},){1,2}(?:\\s*(?:had|has|have|was|were|is|are|would|will|did)\\b)*\\s*$`,
  'u',
);

/**
 * "Ahead of the briefing, Harun bin Osman, chairman of the port authority, told …", "Its secretary-general,
 * Sutrisno, who goes by one name, called …": the name set off by commas right before the verb, after an
 * opening phrase or a role and before appositives that describe it (each opens in lower case and no new
 * clause).
 */
function nameAmongAppositives(lead: string): string | undefined {
  const all = lead.split(',').map((p) => p.trim());
  if (all[all.length - 1] === '') all.pop();
  // "X has been eager to withdraw, but General Mark Dill, chairman of …, told": a conjunction opens the
  // clause the verb is in; what stands before it is another clause's.
  const opened = all.findLastIndex((p) => CLAUSE_CONJUNCTION.test(p));
  const parts =
    opened < 0 ? all : [all[opened]?.replace(CLAUSE_CONJUNCTION, '') ?? '', ...all.slice(opened + 1)];
  if (parts.length > MAX_SUBJECT_PARTS) return undefined;
  // "On Wednesday Colonel Aziz Haddad, the spokesman, told": a time phrase before the name, with no comma.
  if (parts.length > 1) parts[0] = (parts[0] as string).replace(TIME_PHRASE_BEFORE_SUBJECT, '');
  // "Lady Markby listened as Cllr Priya Sandhu, who proposed the motion, accused her of …": a clause "as"
  // or "while" opens inside the first part, its subject the name that ends the part, is the verb's.
  const opening = parts.length > 1 ? INNER_CLAUSE_SUBJECT.exec(parts[0] as string) : null;
  if (opening && !OPENING_PARTICIPLE_CLAUSE.test(parts[0] as string)) parts[0] = opening[1] as string;
  // "Giving evidence on the second day of the hearing, Sallow, 45, said": an opening participle clause is
  // no part of the subject.
  if (parts.length > 2 && OPENING_PARTICIPLE_CLAUSE.test(parts[0] as string)) parts.shift();
  // "a physical oceanographer", "61", "Helion's chief operating officer": what the named person is.
  const describes = (p: string) =>
    (/^[\p{Ll}\d]/u.test(p) && !NEW_CLAUSE_OPENER.test(p)) ||
    (POSSESSIVE_ROLE_PART.test(p) && hasRoleWordOrKin(p)) ||
    // "PhD student in Classical Archaeology at …": a capitalised qualifier before a role.
    (ROLE_AFTER_CAPITAL.test(p) && hasRoleWordOrKin(p)) ||
    // "Julian Asquell, K.C., told …": letters after the name.
    p.split(/\s+/).every(isPostNominal);
  const affiliated = affiliatedName(parts, describes);
  if (affiliated !== undefined || parts.length < 2) return affiliated;
  // "The 68-year-old, whose family has run the club since his father, Jock, bought it, told": a name inside a
  // relative clause set off after the opening role is that clause's; the role is the verb's subject.
  const [head, next] = parts;
  if (
    head !== undefined &&
    DEFINITE_ROLE_PART.test(head) &&
    next !== undefined &&
    RELATIVE_OPENING.test(next)
  )
    return head;
  // ("Kaveria’s Minister of Environment" is a role of Kaveria's, written in capitals, not a name.)
  // ("The younger Marr, who was at the ground, said": one of two relatives, by age, is a name too.)
  const k = parts.findIndex(
    (p) => (CAPITALISED_NAME.test(p) && !OPENING_POSSESSOR.test(p)) || RELATIVE_BY_AGE.test(p),
  );
  // "The 54-year-old, who made his fortune in shipping, described …", "the chairman, 61, said": a role
  // that refers back, set off only by what the person is.
  if (k < 0) {
    const [head, ...rest] = parts;
    return head !== undefined && DEFINITE_ROLE_PART.test(head) && rest.every(describes) ? head : undefined;
  }
  const opens = (p: string) => hasRoleWordOrKin(p) || isOpeningNounPhrase(p);
  const after = parts.slice(k + 1);
  const described = after.every(
    (p, i) =>
      describes(p) || continuesPlace(parts[k + i] as string, p) || restatesBody(parts[k + i] as string, p),
  );
  if (!described || !parts.slice(0, k).every((p, i) => opens(p) || continuesOffice(parts[i - 1], p)))
    return undefined;
  return parts[k];
}

/** A part of a sentence that opens a relative clause ("whose family has run …", "who …"). */
const RELATIVE_OPENING = /^(?:who|whose|whom|which)\s/i;

/** "the younger Marr", "The elder Mateen": one of two relatives of a surname, told apart by age. */
const RELATIVE_BY_AGE = new RegExp(
  `^[Tt]he\\s+(?:${[...RELATIVE_AGE_WORDS].join('|')})\\s+${NAME_WORD}$`,
  'u',
);
/** "Giving evidence on …", "Speaking outside the court": a sentence opened by a participle and its object. */
const OPENING_PARTICIPLE_CLAUSE = /^\p{Lu}\p{Ll}+ing\s+(?:\p{Ll}|\d)/u;

/** A possessive opening a part ("Kaveria’s …"). */
const OPENING_POSSESSOR = /^\S+['\u2019]s\s/u;
/** An office's name ending in its first field ("Minister of Environment"), the rest of its fields after a comma. */
const ENDS_IN_FIELD = /\b(?:of|for)\s+\p{Lu}[\p{L}'\u2019-]*$/u;
const MORE_FIELDS = /^\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'\u2019-]*))+$/u;

/** "Minister of Environment" / "Forestry and Climate Change": the office's name going on past a comma. */
function continuesOffice(previous: string | undefined, part: string): boolean {
  return previous !== undefined && ENDS_IN_FIELD.test(previous) && MORE_FIELDS.test(part);
}

/**
 * "Wray Tane of the University of Otago in Dunedin", "Rep. Lee Hyun-woo of the opposition New Future Party": a
 * name, then the body they are of, at or with.
 */
const NAME_OF_BODY = new RegExp(
  `^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s+(?:of|at|from|with)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+){0,2}\\p{Lu}`,
  'u',
);
/** A part ending in a place ("… in Dunedin", "of Boston"): the capitalised part after it is the place's country or state. */
const ENDS_IN_PLACE = /\b(?:in|of|from)\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,2}$/u;
/** Most words of a place's country or state ("New Zealand", "N.C."). */
const PLACE_WORDS = 3;

/**
 * "Wray Tane of the University of Otago in Dunedin, New Zealand, said": a subject that is a name and its
 * affiliation, the parts after it a place's country or state or what the person is. The name, or undefined.
 */
function affiliatedName(parts: readonly string[], describes: (part: string) => boolean): string | undefined {
  const name = NAME_OF_BODY.exec(parts[0] ?? '')?.[1];
  // ("The President of the Republic": an office, opened by "The", not a name.)
  if (
    name === undefined ||
    /^(?:The|An?)\s/.test(name) ||
    name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))
  )
    return undefined;
  // "American Federation of Government Employees President J. David Cox Sr.": a body, then its officer.
  const affiliation = (parts[0] as string).slice(name.length).split(/\s+/);
  if (affiliation.some((w) => ROLE_WORDS.has(w.toLowerCase()))) return undefined;
  for (let i = 1; i < parts.length; i++)
    if (!describes(parts[i] as string) && !continuesPlace(parts[i - 1] as string, parts[i] as string))
      return undefined;
  return name;
}

/** Whether `part` is the country or state of a place that `previous` ends in ("in Dunedin" / "New Zealand"). */
function continuesPlace(previous: string, part: string): boolean {
  return (
    ENDS_IN_PLACE.test(previous) && CAPITALISED_NAME.test(part) && part.split(/\s+/).length <= PLACE_WORDS
  );
}
/** A part ending in the body a person is of ("… officer with SOPFEU", "… at the Kell Institute"). */
const ENDS_IN_BODY =
  /\b(?:with|of|at|for|from)\s+(?:the\s+)?\p{Lu}[\p{L}.&'\u2019-]*(?:\s+\p{Lu}[\p{L}.&'\u2019-]*){0,4}$/u;

/**
 * Whether `part` says what the body `previous` ends in is ("… with SOPFEU" / "Quebec's forest fire
 * protection agency"): whose it is, then lower-case words.
 */
function restatesBody(previous: string, part: string): boolean {
  return ENDS_IN_BODY.test(previous) && POSSESSIVE_ROLE_PART.test(part);
}
const MAX_SUBJECT_PARTS = 4;
/**
 * "… listened as Cllr Priya Sandhu": a clause opened inside a part by a conjunction of time, its subject a
 * capitalised name ending the part (the name, captured).
 */
const INNER_CLAUSE_SUBJECT =
  /\p{Ll}\s+(?:as|while|when|after|before|until|because|since)\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}\p{Lu}[\p{L}'\u2019-]*)$/u;
/** "but", "and", "yet" opening a part: a new clause starts there. */
const CLAUSE_CONJUNCTION = /^(?:but|and|yet|while|whereas)\s+(?=\p{Lu})/u;
/** A capitalised word, then lower-case words ("PhD student in …", "BBC reporter at …"). */
const ROLE_AFTER_CAPITAL = /^\p{Lu}[\p{L}.&-]*\s+\p{Ll}/u;
/**
 * "Helion's chief operating officer", "Castle Bank's head of risk", "Edmunds' executive director": whose
 * role it is, then the role.
 */
const POSSESSIVE_ROLE_PART =
  /^\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3}(?:['\u2019]s|s['\u2019])\s+\p{Ll}/u;

/** A few words opening the sentence that are no clause of their own ("His opposite number"). */
function isOpeningNounPhrase(lead: string): boolean {
  const words = lead.trim().split(/\s+/);
  return (
    words.length <= OPENING_NOUN_PHRASE_WORDS &&
    !/[,;:]/.test(lead) &&
    !OPENING_CLAUSE.test(`${lead},`) &&
    !VERB_IN.test(` ${lead} `)
  );
}
const OPENING_NOUN_PHRASE_WORDS = 5;

/**
 * A clause before the subject: "Asked whether …, ", "After the vote, ", "Speaking on Monday, ", "Earlier
 * Saturday, ", "Last week, ".
 */
const OPENING_CLAUSE = new RegExp(
  `^\\s*(?:${TIME_OPENERS.join('|')}|asked|speaking|after|before|when|while|as|since|in|on|at|during|following|despite|with|without|unlike|like|for|if|although|though|because|once|until|outside|inside|near|across|behind|beside|opposite|among|amid|around|beyond|within|from|under|throughout)${WORD_END}[^,]{0,120},\\s*`,
  'iu',
);

/** A part that is a definite role and nothing more: "The 54-year-old", "the union's chairman". */
const DEFINITE_ROLE_PART = new RegExp(
  `^the\\s+(?:\\d{1,3}-year-old|(?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:${[...ROLE_WORDS].join('|')}))$`,
  'iu',
);
/** "A senior Civic Alliance official", "The union's chief negotiator": a role noun phrase opening a sentence. */
const ROLE_SUBJECT = new RegExp(
  `^(?:A|An|The)\\s+(?:[\\p{L}\\p{N}'\u2019-]+\\s+){0,4}?(?:${[...ROLE_WORDS].join('|')})\\b`,
  'u',
);

/** An adverb between a form of "be" and its participle ("was then asked", "were repeatedly told"). */
export const PASSIVE_ADVERB = '(?:then|also|later|again|now|first|finally|once|repeatedly|\\p{Ll}+ly)';

/**
 * "she was warned that", "he had been told", "the mayor was then asked": a form of "be" before the verb
 * (maybe with an adverb between) makes it passive.
 */
const PASSIVE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:was|were|is|are|been|be|being)\\s+(?:${PASSIVE_ADVERB}\\s+)?$`,
  'iu',
);

/** A subject pronoun ending a longer phrase: "a plan he", "the deal she". */
const CONTACT_PRONOUN = /\S\s+(he|she)$/i;

/**
 * The nearest speech verb before the quote whose clause governs it (`X said that … "Q"`), and its subject.
 * `before` is the masked sentence text up to the quote's opening mark.
 */
/**
 * Where the last quotation closed before `end` (-1 if none): "Customers “…,” Cook told" — the subject of
 * the verb after a quotation stands after it, not before it. A straight mark closes when an odd number of
 * them stand before it.
 */
function closingMarkBefore(text: string, end: number): number {
  const curly = text.lastIndexOf('\u201D', end);
  let straight = text.lastIndexOf('"', end);
  if (straight >= 0) {
    let marks = 0;
    for (let i = text.indexOf('"'); i >= 0 && i < straight; i = text.indexOf('"', i + 1)) marks++;
    if (marks % 2 === 0) straight = -1;
  }
  return Math.max(curly, straight);
}

/** "Frank's response?" as a sentence of its own before a quotation that is one: whose words follow. */
export function responseBefore(previousSentence: string): Attribution | undefined {
  const found = RESPONSE_BEFORE.exec(previousSentence.trimEnd());
  return found ? { phrase: found[1] as string } : undefined;
}

/** ", which claims", ", who says": a verb opening a relative clause set off after a noun. */
const RELATIVE_OPENER_BEFORE = /,\s*(?:which|who)\s+(?:also\s+|now\s+)?$/u;

/**
 * Whether the verb at `at` opens a relative clause that closes before the quote ("She said the forum,
 * which claims 9,000 members, would press the agency to “…”"): the clause is an aside about a noun, and
 * its verb is not the quote's cue.
 */
function inClosedRelative(before: string, at: number, length: number): boolean {
  if (!RELATIVE_OPENER_BEFORE.test(before.slice(Math.max(0, at - 20), at))) return false;
  // ("Smith, who said, “…”" is the relative's own quote: nothing between the verb and the comma.)
  return /^\s+(?:[^,]|,(?=\d))+,\s/.test(before.slice(at + length));
}

/**
 * A phrase set off after a writing saying where, when or whom it came from (", from Tirtamas", ", in
 * September", ", passed on by negotiators").
 */
const SET_OFF_CIRCUMSTANCE =
  /,\s*(?:(?:passed on|sent|forwarded|relayed)\s+)?(?:from|in|on|at|by|dated|sent|via)\s[^,]*,?\s*$/u;
/** Writings whose words a participle or a "that" after them gives ("a reply … describing the cracks as “…”"). */
const RECEIVED_WRITINGS = [...WRITING_NOUNS, 'reply', 'response', 'report', 'notice', 'circular'];
/** Whom a writing came from, right after it ("a letter from the council"). */
const WRITTEN_FROM = /\s+(?:from|by)\s[^,;:"\u201C\u201D]*$/u;
/** A participle giving a writing's words, running on to the quotation ("messages urging members to "). */
const WRITING_PARTICIPLE =
  /^(.*)\s(?:urging|calling|describing|saying|telling|warning|asking|demanding|threatening|claiming|promising|insisting)\b[^,;:"\u201C\u201D]*$/u;
/** A "that" clause after a writing, running on to the quotation ("a message, …, that her mother was "). */
const RECEIVED_THAT = /^(.*?),?\s+that\s+[^,;:"\u201C\u201D]*$/u;
/**
 * A writing someone else wrote as the last noun phrase: one received, found or quoted among others'
 * ("received one reply", "including messages"), or named with whom it came from (`SET_OFF_CIRCUMSTANCE`).
 * (Not "said in a statement": the sayer's own.)
 */
const RECEIVED_WRITING = new RegExp(
  `\\b(received|receiving|got|getting|obtained|seen|intercepted|including|containing)?\\s*(?:(?:a|an|the|one|two|its|his|her|their|this|that|several|some)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(${RECEIVED_WRITINGS.join('|')})s?\\s*,?\\s*$`,
  'iu',
);

/**
 * The writing by someone else whose words follow: the last noun phrase of `before`, past phrases of where,
 * when and whom it came from ("received one reply, from Tirtamas, in September,", "messages"); undefined
 * when the words before end in no such writing (or, with `senderNamed`, in none whose sender is named).
 */
function receivedWriting(before: string, senderNamed = false): string | undefined {
  let text = before.replace(/\s*(?:,\s*)?(?:that\s*)?$/u, '');
  let circumstance = false;
  for (let m = SET_OFF_CIRCUMSTANCE.exec(text); m !== null; m = SET_OFF_CIRCUMSTANCE.exec(text)) {
    text = text.slice(0, m.index);
    circumstance = true;
  }
  // ("a letter from the council": whom it came from, not set off.)
  const from = WRITTEN_FROM.exec(text);
  if (from !== null) {
    text = text.slice(0, from.index);
    circumstance = true;
  }
  const m = RECEIVED_WRITING.exec(text);
  return m !== null && (circumstance || (m[1] !== undefined && !senderNamed))
    ? (m[2] as string).toLowerCase()
    : undefined;
}

export function attributionBefore(written: string): Attribution | undefined {
  // ("the company's counsel, Niall Kavanagh SC – no relation of Ms Kavanagh – had warned …": an aside set
  // off by dashes stands between the speaker and the verb, as after a quotation; so does one in brackets.)
  const before = withoutNameLabels(written)
    .replace(DASH_ASIDE, ' ')
    .replace(BRACKET_ASIDE, '')
    .replace(AS_ASIDE, ',');
  // "Mayor Dizon has said the province sat on it; Lacsamana, in an interview, said the province had “…”": a
  // semicolon closes a clause as a full stop does; the cue after it has its own subject.
  const semicolon = before.lastIndexOf(';');
  const after = semicolon < 0 ? undefined : attributionBefore(before.slice(semicolon + 1));
  if (after !== undefined && after.phrase !== '') return after;
  // "Mr Roe said it would take days, but Mr Kesar was more hopeful: “…”": a clause of contrast closing on
  // the colon before the quotation, with a subject of its own, introduces its words.
  const contrast = CONTRAST_BEFORE_COLON.exec(before)?.[1];
  const contrasted = contrast === undefined ? '' : sentenceSubject(contrast);
  if (contrasted !== '') return { phrase: contrasted };
  // "… Foreign Policy magazine, which quoted him as saying “…”": the one quoted is "him".
  const quotedAs = QUOTED_AS.exec(before)?.[1]?.toLowerCase();
  if (quotedAs !== undefined) return { phrase: quotedAs === 'him' ? 'he' : 'she' };
  // "a restructuring that, according to Ms Keillor, “…”": the source named right before the quote.
  const according = ACCORDING_BEFORE.exec(before);
  if (according) return { phrase: according[1] as string };
  const agent = NAMED_BY_AGENT.exec(before)?.[1];
  if (agent !== undefined) return { phrase: agent };
  const inWords = inWordsOf(before) ?? verdictBefore(before);
  if (inWords !== undefined) return { phrase: inWords };
  const inverted =
    INVERTED_BEFORE.exec(before) ??
    RESPONSE_BEFORE.exec(before) ??
    BETWEEN_PARTS.exec(before) ??
    SET_OFF_INVERTED.exec(before);
  if (inverted) return { phrase: inverted[1] as string };
  // "the claims were", "her remarks": after a determiner the word is a noun, not the speech verb.
  const verbs = [...before.matchAll(VERB_RE)].filter(
    (m) =>
      !endsWithDeterminer(before, m.index) &&
      !pluralAfterPossessive(before, m.index, m[0]) &&
      !notTheClauseVerb(before, m.index, m[0]) &&
      !inClosedRelative(before, m.index, m[0].length),
  );
  // ("called that warning “…”": after a determiner a participle's form is a noun too.)
  // ("accused the Commission of writing rules “…”": nor is a gerund with an object of its own.)
  const participles = [...before.matchAll(PARTICIPLES_RE)].filter(
    (m) => !endsWithDeterminer(before, m.index) && !gerundWithObject(before, m.index, m[0]),
  );
  const last = [...verbs, ...participles].sort((a, b) => a.index - b.index).pop();
  if (!last) return undefined;
  const between = before.slice(last.index + last[0].length);
  // "He added that whichever way Judge Roe ruled, an appeal was “…”": a verb inside a subordinate clause
  // closed before the quotation's own clause is no cue; the words are the outer verb's subject's, if any.
  const subordinate = SUBORDINATE_OPENING.exec(before.slice(0, last.index));
  if (subordinate !== null && /^\s*,/.test(between))
    return attributionBefore(before.slice(0, subordinate.index));
  // ("Ashcroft described the memo, which …, as “…”": the "as" of a naming verb opens its complement.)
  const complement = NAMED_AS_VERB.test(last[0]) && AS_BEFORE_QUOTE.test(between);
  // ("he said a final report could take a year, although the board could issue “…” sooner": a clause of
  // concession inside what was said, naming no one new, goes on with the report.)
  const concession = CONCESSION_IN_REPORT.test(between) && !/\p{Lu}/u.test(between);
  if ((NEW_CLAUSE.test(between) && !complement && !concession) || /[;]/.test(between)) return undefined;
  // "Judge Almut Roe opened the hearing by warning that …": a speech gerund after a preposition is the
  // main clause's subject's.
  if (
    PARTICIPLE_RE.test(last[0]) &&
    PREPOSITION_BEFORE_GERUND.test(before.slice(Math.max(0, last.index - 10), last.index))
  ) {
    const opening = OPENING_CLAUSE.exec(before)?.[0].length ?? 0;
    return {
      phrase: sentenceSubject(before) || (mainClausePronoun(before.slice(opening)) ?? ''),
      participle: true,
    };
  }
  const clauseStart = Math.max(
    before.lastIndexOf(',', last.index),
    before.lastIndexOf(';', last.index),
    before.lastIndexOf(':', last.index),
    before.lastIndexOf('\u2014', last.index),
    spacedEnDashBefore(before, last.index),
    closingMarkBefore(before, last.index),
  );
  const clause = before.slice(clauseStart + 1, last.index);
  // "Verano used his press conference to say he had learned of it “…”", "…, taking to the radio to insist
  // …": a speech verb of purpose is the words of whoever took the occasion (a participle's: the sentence's).
  const purpose = PURPOSE_BEFORE_SPEECH.exec(clause);
  const taker = purpose === null ? undefined : stripAux(clause.slice(0, purpose.index));
  if (purpose !== null && taker === '' && (purpose[1] as string).endsWith('ing')) {
    const opening = OPENING_CLAUSE.exec(before)?.[0].length ?? 0;
    return (
      attributionBefore(before.slice(opening, clauseStart + 1)) ?? {
        phrase: sentenceSubject(before),
        participle: true,
      }
    );
  }
  // ("… before he took to the radio to insist": a pronoun right before the verb is its subject.)
  // ("…, where strikers chanted “…”": the clause's own subject, after its relative adverb.)
  const subject =
    taker === undefined
      ? stripAux(clause.replace(RELATIVE_ADVERB_OPENING, ''))
      : (CLAUSE_PRONOUN_END.exec(taker)?.[1] ?? taker);
  const unclosed = unclosedRoleBefore(before.slice(0, Math.max(0, clauseStart)), subject);
  if (unclosed !== undefined) return { phrase: unclosed };
  // "X said the group received one reply, from Tirtamas, in September, describing the cracks as “…”": a
  // participle set off after a writing is the writing's, whose words they are, not the sayer's.
  // (Set off by a comma, only one whose sender is named: "she had received a letter, calling it “…”" is
  // her own word for it.)
  if (PARTICIPLE_RE.test(last[0])) {
    const head = before.slice(0, last.index);
    const writing = receivedWriting(head, /,\s*$/.test(head));
    if (writing !== undefined) return { phrase: `the ${writing}` };
  }
  // "X said her family had received a message, passed on by negotiators, that her mother was “…”": the
  // message's words.
  for (const clause of [RECEIVED_THAT, WRITING_PARTICIPLE]) {
    const lead = clause.exec(between)?.[1];
    const writing = lead === undefined ? undefined : receivedWriting(lead);
    if (writing !== undefined) return { phrase: `the ${writing}` };
  }
  // "Pellow, 57, was quoted as saying": a participle after auxiliaries is the clause's verb, not "…, adding".
  const participle = PARTICIPLE_RE.test(last[0]) && !(subject === '' && clause.trim() !== '');
  // "X said the offer was not all her members had asked for, but was “…”": a verb inside what the subject
  // said, its clause closed before the quote (", but was"), is not the quote's; the outer verb is. ("X said
  // Y had called it “…”" stays Y's.)
  if (
    VERB_IN.test(subject) &&
    /,\s*(?:but|and|yet)\s/.test(between) &&
    !/["\u201C\u201D_]|\b(?:while|whereas|and|but|or)\b/.test(subject)
  ) {
    const outer = attributionBefore(before.slice(0, last.index));
    if (outer) return outer;
  }
  // "X said inspectors had found evidence that the reports were altered “…”": a finding inside what X said,
  // by people no name or pronoun stands for, is what X reports.
  if (FINDING_RE.test(last[0]) && VERB_IN.test(` ${subject} `)) {
    const finder = subject.split(VERB_IN).pop() ?? '';
    if (!/\p{Lu}|\b(?:he|she|they|we)\b/u.test(finder)) {
      const outer = attributionBefore(before.slice(0, last.index));
      if (outer) return outer;
    }
  }
  // "X said her daughter had asked for her boots “before she had even asked for tea”": a verb inside what
  // the subject said that asks for a thing, its object given before the quote, asks for no words; the
  // quote is the outer verb's subject's.
  if (VERB_IN.test(` ${subject}`) && REQUESTED_THING.test(between)) {
    const outer = attributionBefore(before.slice(0, last.index));
    if (outer) return outer;
  }
  // "Mr. Strand said Tuesday that the messages reflected “…”": a thing the speaker said something of is no
  // speaker; the words are the outer verb's subject's.
  if (!participle && saidOfThing(subject)) {
    const outer = attributionBefore(before.slice(0, last.index));
    if (outer) return outer;
  }
  // "Reyes was warned that “…”", "she was asked whether “…”": the one told is not the one who spoke. The
  // quote is the words of whoever reports it ("X says managers were warned “…”"), if anyone does.
  if (!participle && PASSIVE_BEFORE.test(clause)) return attributionBefore(before.slice(0, last.index));
  // "a plan he said was “…”", "X said she had told them that “…”": a pronoun right before the verb (and its
  // auxiliaries) is its subject.
  const contact = CONTACT_PRONOUN.exec(subject);
  if (contact) return { phrase: contact[1] as string };
  // "A spokesman for the ministry, Jon Perez, said …": the name set off by commas after a role is the subject
  // (not before a participle: "wrote to the minister, Owen Tregarth, asking him to “…”" is the writer's).
  if (subject === '' && !participle) {
    // (Up to the verb's auxiliaries: "the local MP, Rana Idris, has called".)
    const head = withoutAuxiliaries(before.slice(0, last.index));
    const aged = NAME_THEN_AGE.exec(head);
    if (aged) return { phrase: aged[1] as string };
    // "His opposite number, Claire Dunn, accused …": likewise after a short noun phrase opening the sentence.
    const appositive = APPOSITIVE_NAME.exec(head);
    const lead = appositive ? before.slice(0, appositive.index) : '';
    // ("Tom Vale, the chief of staff to the health minister, Ana Roux, said": the name set off closes the
    // opening name's appositive, naming whom the role serves; the opening name is the subject.)
    const opener = appositive ? NAME_BEFORE_APPOSITIVE.exec(lead)?.[1] : undefined;
    if (opener !== undefined && CAPITALISED_NAME.test(opener)) return { phrase: opener };
    // ("Asa Linden, Lindqvist's CEO, said": what is set off is a role of a body, written in capitals; the
    // name before it is the subject.)
    if (appositive && OPENING_POSSESSOR.test(`${appositive[1]} `) && CAPITALISED_NAME.test(lead.trim()))
      return { phrase: lead.trim() };
    // (Not a name set off after the object of a preposition in an aside: "The second of her letters,
    // addressed to the head of midwifery, Sandra Yelland, warns …" is the letter's, not the addressee's.)
    const ofObject = appositive !== null && namesObjectInAside(lead);
    if (
      appositive &&
      (hasRoleWord(lead) || LEGISLATOR_END.test(lead) || isOpeningNounPhrase(lead)) &&
      !ofObject
    )
      return { phrase: appositive[1] as string };
    // ("The champion's lawyer, the sports barrister Elodie Fairburn, said": a role before the name set off.)
    const roleNamed = appositive ? null : ROLE_AND_NAME_APPOSITIVE.exec(head);
    const roleLead = roleNamed ? before.slice(0, roleNamed.index) : '';
    // (The role's last word right before the name: not ", a spokeswoman for Nucléa France,".)
    if (
      roleNamed &&
      isRoleNoun(((roleNamed[1] as string).trim().split(/\s+/).pop() ?? '').toLowerCase()) &&
      hasRoleWord(roleLead)
    )
      return { phrase: roleNamed[2] as string };
    const named = ofObject ? undefined : nameAmongAppositives(head);
    if (named) return { phrase: named };
    // "She reminded jurors that Tomás Muñoz, the farmer who owns the land, had told them …": a name opening
    // the clause "that" introduces, set off by what describes it, is that clause's subject.
    const inner = NAME_OPENING_THAT_CLAUSE.exec(head);
    if (inner) return { phrase: inner[1] as string };
  }
  // "Hughes welcomed the money but said …": a coordinated verb shares the sentence's subject; or, inside a
  // clause of its own, that clause's ("…, before Judge Ana Vey sustained an objection and told him to “…”").
  if (/\s(?:and|but)$/.test(` ${subject}`)) {
    // "… visited by two men who said they worked for the company and asked him “…”": a verb coordinated
    // inside a relative clause shares the relative's subject, the people it is about.
    const relative = COORDINATED_IN_RELATIVE.exec(before.slice(0, last.index));
    if (relative) return { phrase: (relative[1] as string).replace(LEADING_PREPOSITION, '') };
    const clause = subordinateClause(before.slice(0, last.index));
    const own = clause === undefined ? '' : sentenceSubject(clause);
    // ("… since Tuesday's hearing and found her “…”": a possessive with no noun of its own is no subject.)
    return /^\p{Lu}/u.test(own) && !POSSESSIVE_END.test(own)
      ? { phrase: own }
      : { phrase: sentenceSubject(before), coordinated: true };
  }
  // ("…, the singer who has recorded two of her songs and who described …": a relative clause coordinated.)
  if (/^who$/i.test(subject) || COORDINATED_WHO.test(subject)) return { phrase: '', relative: true };
  // "… with free admission and what Dr. Kjaersgaard described as “…”": a free relative's subject.
  const what = WHAT_CLAUSE.exec(subject)?.[1];
  if (what !== undefined) return { phrase: what };
  if (subject !== '') return { phrase: afterOpeningParticiple(subject) ?? subject };
  if (participle) {
    // "…, adding …": the subject is the one of the speech verb before it, or of the sentence. Not a verb
    // inside the clause that opens the sentence ("When Marr asked if …, he declined, saying “…”": Marr
    // asked, he says), whose subject is not the main clause's.
    const opening = OPENING_CLAUSE.exec(before)?.[0].length ?? 0;
    const outer = attributionBefore(before.slice(opening, last.index));
    // ("Thibodeau would not say whether …, saying only that “…”": what the subject would not say, then
    // what they did; the negation is no part of who.)
    return outer !== undefined
      ? { ...outer, phrase: stripAux(outer.phrase.replace(NEGATION_END, '')) }
      : {
          phrase: sentenceSubject(before) || (mainClausePronoun(before.slice(opening)) ?? ''),
          participle: true,
        };
  }
  // "Trump, who met Kim in June, has said …": the subject is the sentence's first phrase.
  return { phrase: sentenceSubject(before) };
}

/** A subject ending in a second relative "who" joined to the first ("who has recorded … and who"). */
const COORDINATED_WHO = /\bwho\s[^,;:]*\s(?:and|but)\s+who$/i;

/** Where a spaced en dash ("Ashcroft – who described …") before `at` stands, as an em dash would; -1 if none. */
function spacedEnDashBefore(text: string, at: number): number {
  const found = text.lastIndexOf(' \u2013 ', at);
  return found < 0 ? -1 : found + 1;
}

/** "what Dr. Roe", "what she" closing a verb's subject: the free relative's own subject, a name or pronoun. */
const WHAT_CLAUSE =
  /\bwhat\s+((?:\p{Lu}[\p{L}.\u2024'\u2019-]*(?:\s+\p{Lu}[\p{L}.\u2024'\u2019-]*){0,3})|he|she)\s*$/u;

/**
 * "For El Hadj Lamine Ouattara, president of the supporters' club, “there were …”": in whose view, when the
 * quotation opens right after the name (and what the name is set off with) and is the rest of the sentence.
 */
const IN_WHOSE_VIEW =
  /^for\s+(\p{Lu}[^,"\u201C\u201D_]{1,80}),(?:\s*[^,"\u201C\u201D_]{2,120},){0,2}\s*["\u201C]/iu;

/** "According to X, …" opening the sentence. */
export function attributionLeading(sentence: string): Attribution | undefined {
  const trimmed = sentence.trim();
  const view = IN_WHOSE_VIEW.exec(trimmed);
  if (view) return { phrase: (view[1] as string).trim() };
  const m = /^according to ([^,]{2,120}),/i.exec(trimmed);
  if (!m || isRecord(m[1] as string)) return undefined;
  // "According to the dike-reeve, Pieter van den Heuvel, the seepage …": the name set off after a role.
  const named = DETERMINED.test(m[1] as string) ? SET_OFF_NAME_AFTER.exec(trimmed.slice(m[0].length)) : null;
  return { phrase: named ? (named[1] as string) : (m[1] as string) };
}

/** A phrase opened by a determiner or a possessive ("the dike-reeve", "her lawyer"). */
const DETERMINED = /^(?:the|a|an|his|her|their|its)\s/i;
/** " Pieter van den Heuvel," opening the text: a name of two or more words (particles within) set off. */
const SET_OFF_NAME_AFTER = new RegExp(
  `^\\s*(${NAME_WORD}(?:\\s+(?:${NAME_PARTICLE_PATTERN}\\s+)*${NAME_WORD}){1,3}),`,
  'u',
);

/** ", X said." or ", according to X." closing the sentence after its last quote. */
export function attributionTrailing(written: string): Attribution | undefined {
  // "Crews “caught a real break” when the wind eased, he said, but he warned that …": the cue before a
  // clause that "but" or "and" joins on, whose subject is the cue's.
  const joined = JOINED_CLAUSE_END.exec(written);
  const beforeJoined = joined ? trailingCue(withoutNameLabels(written.slice(0, joined.index))) : undefined;
  return beforeJoined ?? trailingCue(withoutNameLabels(written));
}

/** ", but he warned that …", ", and she added …" closing a sentence: a clause joined on by its subject. */
const JOINED_CLAUSE_END = /,\s+(?:but|and)\s+(?:he|she|they)\s+[^,;:]*[.!?]?\s*$/;

function trailingCue(tail: string): Attribution | undefined {
  const named =
    /,\s*according to [^,.;:_]{2,60},\s*(\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){1,3})[.!?]?\s*$/u.exec(
      tail,
    );
  if (named) return { phrase: (named[1] as string).replace(/\.$/, '') };
  const according = /,\s*according to ([^,.;:_]{2,120})[.!?]?\s*$/i.exec(tail);
  // ("…, according to audio published Monday.": a record names no speaker; the sentence's cue does.)
  if (according)
    return isRecord(according[1] as string)
      ? undefined
      : { phrase: (according[1] as string).replace(/\.$/, '') };
  const inverted = TRAILING_INVERTED_RE.exec(tail);
  // (Not ", said in an interview.": a phrase of how it was said, after the subject's own clause.)
  if (inverted && !PHRASE_OF_MANNER.test(inverted[1] as string))
    return { phrase: (inverted[1] as string).replace(AFTER_NAME, '') };
  const said = TRAILING_SAID_RE.exec(tail);
  if (said) return { phrase: stripAux(said[1] as string) };
  return undefined;
}
