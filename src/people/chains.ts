/**
 * The people of one article as chains of mentions: "Zoë Marsh-Adeyemi", later "Ms Marsh-Adeyemi" and
 * "Marsh-Adeyemi", are one entity; a surname joins the full name introduced before it (or after it, when
 * a headline uses the surname first); an honorific's gender keeps "Mr Reyes" out of a woman's chain. Each
 * entity learns its gender from honorifics, gendered roles and the pronouns that follow it, and its roles.
 */
import { sentenceStarts } from '../corpus/sentences.ts';
import type { Gender } from '../lexicon/index.ts';
import {
  CHILD_KIN,
  COURTESY_HONORIFICS,
  DEMONYMS,
  GENDERED_ROLES,
  GENERATION_ORDER,
  GIVEN_NAME_GENDERS,
  NAME_PARTICLES,
  PARENT_KIN,
  PAST_ROLE_WORDS,
  PATRONYMIC_GENDERS,
  MEMBER_OF_LEGISLATURE_PATTERN,
  patronymicEndingGender,
  HYPHENATED_GIVEN_NAME_GENDERS,
  isRoleNoun,
  KIN_WORDS,
  POST_NOMINAL_ROLES,
  ROLE_WORDS,
  TITLE_WORDS,
  SPEECH_VERB_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_ROLES,
  US_PARTY_LETTERS,
  US_STATES,
} from '../lexicon/index.ts';
import { isQuoted, type QuoteSpan } from '../text/quoteSpans.ts';
import { escapeRegExp, isStopword } from '../text/normalize.ts';
import {
  isPluralRole,
  type Kin,
  type MentionScanner,
  type NameMention,
  type PronounMention,
} from './mentions.ts';
import {
  coreWords,
  isParticle,
  compactKey,
  coreLength,
  foldToken,
  generationOf,
  isTransposed,
  sameFullName,
  surnameOf,
  endsWithTokens,
  umlautVariants,
  isPostNominal,
  shortensGivenName,
} from './names.ts';

export interface ArticleEntity {
  id: number;
  /** The fullest name the article gives, as written. */
  tokens: string[];
  /** Whether it was ever named with first name and surname. */
  full: boolean;
  /** `compactKey(tokens)`, kept in step with `tokens`. */
  key: string;
  surname: string;
  /** Folded tokens of every form it was named by, for first-name references ("Matiullah"). */
  parts: Set<string>;
  /** Qualifiers written in brackets after its name ("Vieux-Moulin" of "Luc Tremblay (Vieux-Moulin)"). */
  brackets?: Set<string>;
  /** Written full forms and how often ("Zoë Marsh-Adeyemi" 2, "Zoe Marsh-Adeyemi" 1). */
  forms: Map<string, number>;
  /** Its surname is inferred from a relative's ("Her brother, Lachlan," after Ruby Sorensen), not written. */
  inferredFamily?: boolean;
  /** Single names the article calls it by ("Marsh-Adeyemi", "Kim", "Xi"), folded. */
  shortForms: Set<string>;
  votes: { m: number; f: number };
  /** Role phrases as written ("union leader", "Secretary of State"), and their counts. */
  roles: Map<string, number>;
  /** Lower-case role nouns it was described with ("director", "actress"), for "the director said". */
  roleWords: Set<string>;
  mentions: number;
  /** Mentions with a title, honorific, role or age beside them. */
  personal: number;
  /** Mentions beside a speech verb. */
  speaks: number;
  /** Mentions after "in", "from"… or a named thing's word ("the tanker"): a place or thing, more likely than a person. */
  locative: number;
  /** Mentions outside quotations: only those can speak or be "he". */
  unquoted: number;
  /** Which of two relatives it is, as its mentions say (see `NameMention.elder`); not kept across articles. */
  elder?: { kin?: Kin; age?: number };
  /** Named as someone's relative at least once ("His brother, Nathan Kessler"); not kept across articles. */
  kin?: boolean;
  /** Titles and honorifics it was named with ("dr", "prof"), folded; not kept across articles. */
  titles?: Set<string>;
  /** Nicknames the article says it goes by ("dubbed ‘the Quartermaster’"), folded; not kept across articles. */
  nicknames?: Set<string>;
}

export interface LinkedName extends NameMention {
  entity: number;
}

export interface ParagraphPeople {
  names: LinkedName[];
  pronouns: PronounMention[];
}

export interface ArticlePeople {
  entities: ArticleEntity[];
  paragraphs: ParagraphPeople[];
}

/** How much a common given name ("Helena") weighs: less than an honorific, more than one pronoun. */
const GIVEN_NAME_WEIGHT = 2;

/**
 * The gender an entity's evidence states, when it clearly leans one way: honorifics, gendered roles and
 * pronouns in the text, and a common given name as a prior the text can outweigh.
 */
export function genderOf(entity: Pick<ArticleEntity, 'votes' | 'tokens' | 'full'>): Gender | undefined {
  // "H. David Rosenbloom": the given name after an initial.
  const first = entity.tokens.find((t) => !INITIAL.test(t)) ?? '';
  const given = entity.full
    ? (GIVEN_NAME_GENDERS.get(foldToken(first)) ??
      hyphenatedGivenGender(entity.tokens) ??
      patronymicGender(entity.tokens))
    : undefined;
  const m = entity.votes.m + (given === 'm' ? GIVEN_NAME_WEIGHT : 0);
  const f = entity.votes.f + (given === 'f' ? GIVEN_NAME_WEIGHT : 0);
  if (m > 2 * f && m > 0) return 'm';
  if (f > 2 * m && f > 0) return 'f';
  return undefined;
}

/**
 * "Badriya bint Salim", "Gulnar Serikkyzy Tölegenova": the gender a patronymic particle inside the name gives,
 * or a patronymic after the given name.
 */
function patronymicGender(tokens: readonly string[]): Gender | undefined {
  for (const t of tokens) {
    const gender = PATRONYMIC_GENDERS.get(t);
    if (gender !== undefined) return gender;
  }
  return tokens.length === 3 ? patronymicEndingGender(tokens[1] as string) : undefined;
}

/** "Kim Min-jun": the gender of a hyphenated given name after the family name, if the lexicon knows it. */
function hyphenatedGivenGender(tokens: readonly string[]): Gender | undefined {
  const second = tokens.length === 2 ? (tokens[1] as string) : '';
  return second.includes('-') ? HYPHENATED_GIVEN_NAME_GENDERS.get(foldToken(second)) : undefined;
}

const HONORIFIC_WEIGHT = 3;
/** An initial standing for a given name ("H.", "J"). */
const INITIAL = /^\p{Lu}\.?$/u;
const NO_ENTITIES: ReadonlySet<number> = new Set();
/** A title as the lexicon's lists hold it: lower case, without its full stop ("Mme." → "mme"). */
function honorificForm(title: string): string {
  return title.toLowerCase().replace(/\.$/, '');
}
/** Honorifics that say nothing of a person's role ("Ms", "Dr"): not kept as roles. */
function isHonorificOnly(title: string): boolean {
  const form = honorificForm(title);
  return COURTESY_HONORIFICS.has(form) || RANKLESS_TITLES.has(form);
}
/** Titles besides the courtesy ones that say no role ("Dr", "Sir", "Comrade", "Sr.", "Alhaji"). */
const RANKLESS_TITLES: ReadonlySet<string> = new Set(
  'dr sir dame lord lady baroness viscount viscountess countess sr comrade barr engr alhaji alhaja hajiya hajia don dom'.split(
    ' ',
  ),
);
/**
 * Whether the mentions show `a` to be older than `b`: generations named ("Sr." and "Jr."), ages given, or
 * one named as the other's child or parent, or as the younger or elder sibling.
 */
export function isElder(a: ArticleEntity, b: ArticleEntity): boolean {
  const [ga, gb] = [
    GENERATION_ORDER.get(generationOf(a.tokens)),
    GENERATION_ORDER.get(generationOf(b.tokens)),
  ];
  if (ga !== undefined && gb !== undefined && ga !== gb) return ga < gb;
  const x = a.elder;
  const y = b.elder;
  if (x?.age !== undefined && y?.age !== undefined) return x.age > y.age;
  const [kx, ky] = [x?.kin, y?.kin];
  if (kx !== undefined && ky !== undefined) return KIN_ORDER[kx] < KIN_ORDER[ky];
  return kx === 'parent' || kx === 'elder' || ky === 'child' || ky === 'younger';
}

/** Relatives from the eldest to the youngest: a parent, an elder sibling, a younger one, a child. */
const KIN_ORDER: Readonly<Record<Kin, number>> = { parent: 0, elder: 1, younger: 2, child: 3 };

/** A mention's titles that tell people apart ("Prof", "Dr", "Adv."), not a courtesy ("Mr", "Ms", "Mme"). */
function tellingTitles(m: NameMention): string[] {
  return m.titles.filter((t) => !COURTESY_HONORIFICS.has(honorificForm(t)));
}

/**
 * Of several people, the only one given a telling title the mention has ("Prof Shawcross"), else the only one
 * given it as a role, if one is.
 */
function onlyTitled(m: NameMention, among: readonly ArticleEntity[]): ArticleEntity | undefined {
  const telling = tellingTitles(m);
  if (telling.length === 0 || among.length < 2) return undefined;
  const found = among.filter((e) => telling.some((t) => e.titles?.has(foldTitle(t))));
  if (found.length === 1) return found[0];
  // "Chairman Park said" where "Park Sung-ho, chairman of Daeyang" and his son "president Park Ji-hoon" are
  // named: the one the article gave that role, when no one was given it as a title.
  // ("Mayor Roe" is not the one only ever called a former mayor.)
  const holding =
    found.length === 0
      ? among.filter((e) =>
          telling.some((t) => e.roleWords.has(foldTitle(t)) && !heldOnlyInPast(e, foldTitle(t))),
        )
      : [];
  if (holding.length === 1) return holding[0];
  // "DSP Rai said" where Dawa Rai and Deputy Superintendent Kamala Rai are named: the one whose titles the
  // initials spell.
  const spelled =
    found.length === 0 && holding.length === 0
      ? among.filter((e) => telling.some((t) => spellsTitles(t, e)))
      : [];
  return spelled.length === 1 ? spelled[0] : undefined;
}

/**
 * Whether a title in initials ("DSP", "ACP") spells the words of someone's titles ("Deputy Superintendent"),
 * maybe with a "P" for the police they serve, which the full title may leave out.
 */
function spellsTitles(abbreviation: string, e: ArticleEntity): boolean {
  if (!TITLE_INITIALS.test(abbreviation) || e.titles === undefined) return false;
  const initials = [...e.titles]
    .filter((t) => !COURTESY_HONORIFICS.has(honorificForm(t)))
    .map((t) => t.charAt(0))
    .join('');
  const spelled = abbreviation.toLowerCase();
  return initials.length >= 2 && (spelled === initials || spelled === `${initials}p`);
}
/** A title written in initials ("DSP", "ACP"). */
const TITLE_INITIALS = /^\p{Lu}{2,5}$/u;

/** How much more often one person must be named to take a surname several people of the article share. */
const DOMINANT = 2;
/** How many paragraphs back a person still counts as just named (see `#linkSingle`). */
const RECENT_PARAGRAPHS = 1;
/** Honorifics of adults ("Mr Pryor" is not the 15-year-old son). */
const ADULT_HONORIFICS = /^(?:mr|mrs|ms)\.?$/i;
/** The age from which an honorific may be someone's. */
const ADULT_AGE = 18;
/** Whether an entity called by an adult's honorific ("Mr Roe") may be the one a mention gives an age. */
function adultHonorificFitsAge(e: ArticleEntity, m: NameMention): boolean {
  const age = m.elder?.age;
  return (
    age === undefined || age >= ADULT_AGE || ![...(e.titles ?? [])].some((t) => ADULT_HONORIFICS.test(t))
  );
}
/** Whether an adult's honorific in the mention, if it has one, may be the entity's (not a child's). */
function honorificFitsAge(m: NameMention, e: ArticleEntity): boolean {
  return (
    !m.titles.some((t) => ADULT_HONORIFICS.test(t)) || e.elder?.age === undefined || e.elder.age >= ADULT_AGE
  );
}

/** How many paragraphs back another person of the surname still stands in the way of the one just named. */
const NEAR_PARAGRAPHS = 2;

/** Years two ages given for one person may differ by (a birthday between two reports). */
const AGE_SLACK = 1;
/**
 * Whether two ages given, if both are, may be one person's ("Mr Fenwick, 49," is not the Fenwick of 78).
 */
export function agesAgree(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined || Math.abs(a - b) <= AGE_SLACK;
}

/** Someone the article gives no kinship ("his daughter") nor an age under `ADULT_AGE`. */
function isUnrelatedAdult(e: ArticleEntity): boolean {
  return e.elder?.kin === undefined && (e.elder?.age === undefined || e.elder.age >= ADULT_AGE);
}

/** "Mr Kessler" → "mr kessler": a surname after honorifics that say no more than a gender; else undefined. */
function courtesyKey(m: NameMention): string | undefined {
  if (m.tokens.length !== 1 || m.titles.length === 0 || tellingTitles(m).length > 0) return undefined;
  return `${m.titles.map(foldTitle).join(' ')} ${foldToken(m.tokens[0] as string)}`;
}

/** A title as compared: "Dr." and "dr" are one, and so are "Cllr" and "Councillor". */
function foldTitle(title: string): string {
  const folded = title.toLowerCase().replace(/\.$/, '');
  return TITLE_ABBREVIATIONS.get(folded) ?? folded;
}

function compatible(entity: ArticleEntity, gender: Gender | undefined): boolean {
  if (!gender) return true;
  const known = genderOf(entity);
  return known === undefined || known === gender;
}

/**
 * One person under every full form it has had: "George W. Bush" and "George H. W. Bush" both fit "George
 * Bush", but not each other. (A function, not a closure: closures in the hot path cost a build.)
 */
function fitsEveryForm(e: ArticleEntity, key: string, tokens: readonly string[]): boolean {
  if (e.key === key) return true;
  if (!sameFullName(e.tokens, tokens)) return false;
  for (const form of e.forms.keys()) if (!sameFullName(form.split(' '), tokens)) return false;
  return true;
}

/**
 * A two-word name that may be both surnames of a Spanish name ("Ortega Vidal"): its first word is no common
 * given name ("Maria Smith" is a given name and a surname); or one opened by a particle, which no given name
 * is ("de la Fuente Soto").
 */
function bothSurnames(tokens: readonly string[]): boolean {
  if (tokens.length === 2) return !GIVEN_NAME_GENDERS.has(foldToken(tokens[0] as string));
  return isParticle(tokens[0] as string) && coreWords(tokens).length === 2;
}

/** An entity known by one word until now, given the full name `tokens` (surname `surname`, folded). */
function namedInFull(e: ArticleEntity, tokens: readonly string[], surname: string): ArticleEntity {
  e.tokens = [...tokens];
  e.key = compactKey(e.tokens);
  e.surname = surname;
  e.full = true;
  return e;
}

class ArticleChains {
  readonly entities: ArticleEntity[] = [];
  /** Entities by every folded word of their names: where a mention looks for its chain. */
  readonly #byPart = new Map<string, ArticleEntity[]>();
  /** Names of several words people go by ("Umm Khaled"), folded: whose they are. */
  readonly #aliases = new Map<string, ArticleEntity>();
  /**
   * "mr kessler": the person an honorific and surname were first used for, outside quotations (see
   * `courtesyKey`).
   */
  readonly #courtesyForms = new Map<string, ArticleEntity>();
  /** Surnames (folded) of the people named in full so far. */
  readonly surnames = new Set<string>();
  /** The first word and surname (folded, "per nygard") of each person named in full so far. */
  readonly fullNames = new Set<string>();
  /** The entities whose full name is in `fullNames`. */
  readonly #inFullNames = new Set<number>();
  /** The paragraph of each entity's latest mention outside quotations. */
  readonly #lastParagraph = new Map<number, number>();
  /** Which paragraphs are one quotation and nothing else (see `#since`). */
  readonly #allQuoted: readonly boolean[];
  /** The headline's full names, which say whose an early bare surname is: read when first needed (rarely). */
  readonly #headline: () => readonly (readonly string[])[];

  /** The paragraphs' texts, where a titled full name named further down is looked for (see `#titledAhead`). */
  readonly #texts: readonly string[];

  constructor(
    headline: () => readonly (readonly string[])[] = () => [],
    texts: readonly string[] = [],
    spans: readonly (readonly QuoteSpan[])[] = [],
  ) {
    let names: readonly (readonly string[])[] | undefined;
    this.#headline = () => {
      names ??= headline();
      return names;
    };
    this.#texts = texts;
    this.#allQuoted = texts.map((text, p) => isAllQuotation(text, spans[p] ?? []));
  }

  /**
   * The full name a telling title and this surname are given further down the article ("Judge Ingeborg
   * Müller" under a live page's newest entry "Judge Müller said"), if one is.
   */
  #titledAhead(title: string, surname: string, paragraph: number): readonly string[] | undefined {
    const written = escapeRegExp(title.replace(/\.$/, ''));
    const initial = written.charAt(0);
    const pattern = new RegExp(
      `(?<![\\p{L}])[${initial.toUpperCase()}${initial.toLowerCase()}]${written.slice(1)}\\.?\\s+((?:\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*\\s+){1,3}\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*)`,
      'gu',
    );
    for (let p = paragraph + 1; p < this.#texts.length; p++)
      for (const match of (this.#texts[p] as string).matchAll(pattern)) {
        const tokens = (match[1] as string).split(/\s+/);
        // (A name, not more title: "Flight Director Holvik" gives no full name.)
        if (tokens.some((t) => ROLE_WORDS.has(t.toLowerCase()) || TITLE_ROLES.has(t.toLowerCase()))) continue;
        if (foldToken(tokens[tokens.length - 1] as string) === surname) return tokens;
      }
    return undefined;
  }

  /**
   * `paragraph`: where the mention stands; `agrees`: the gender of a pronoun that follows the mention in its
   * own clause or opens the next sentence, and whether it is a subject (see `agreeingGender`); `spokenOf`:
   * entities named inside a quotation before it in its paragraph (see `#linkSingle`).
   */
  link(
    m: NameMention,
    paragraph: number,
    agrees?: Agreement,
    spokenOf: ReadonlySet<number> = NO_ENTITIES,
  ): ArticleEntity {
    const entity =
      coreLength(m.tokens) >= 2
        ? this.#linkFull(m, paragraph)
        : this.#linkSingle(m, paragraph, agrees, spokenOf);
    this.#record(entity, m);
    const courtesy = m.quoted || !entity.full ? undefined : courtesyKey(m);
    if (courtesy !== undefined && !this.#courtesyForms.has(courtesy))
      this.#courtesyForms.set(courtesy, entity);
    if (entity.full) {
      this.surnames.add(entity.surname);
      if (!this.#inFullNames.has(entity.id)) {
        this.#inFullNames.add(entity.id);
        this.fullNames.add(`${foldToken(entity.tokens[0] ?? '')} ${entity.surname}`);
      }
    }
    // ("Tobias Wendt (no relation to Ms Wendt), said …. “…,” Wendt said": the one disowned is not whom the
    // paragraph is about.)
    if (!m.quoted && !m.disowned) this.#lastParagraph.set(entity.id, paragraph);
    return entity;
  }

  /**
   * "James Kell Jr. … said …. ¶ He said that …. ¶ Kell, who …": a paragraph whose first sentence opens with
   * "he" or "she" (no one named before it) carries on about the one person of that gender the paragraph before
   * named, who stays the recent one of a shared surname (see `#linkSingle`). So does a paragraph that opens
   * with a quotation its cue gives to "he" or "she" ("Emyr Davies … defended the decision. ¶ “…,” he told
   * reporters. ¶ … Davies said:"), and one carried on passes its person to the next ("¶ “…,” he added.").
   * `spans`: the quotations of the current paragraph. Returns the entity carried on, if any.
   */
  carryOn(
    previous: ParagraphPeople | undefined,
    current: ParagraphPeople,
    paragraph: number,
    spans: readonly QuoteSpan[] = [],
    carried?: number,
  ): number | undefined {
    if (previous === undefined) return undefined;
    const opening = current.pronouns.find((q) => !q.quoted);
    if (opening === undefined || !isVotingPronoun(opening)) return undefined;
    if (opening.sentence !== 0 && !cuesOpeningQuotation(spans, opening)) return undefined;
    if (current.names.some((n) => !n.quoted && n.start < opening.at)) return undefined;
    const gender = opening.pronoun === 'he' ? 'm' : 'f';
    const named = new Set<number>();
    for (const n of previous.names) if (!n.quoted) named.add(n.entity);
    if (named.size === 0 && carried !== undefined) named.add(carried);
    const fitting = [...named].filter((id) => compatible(this.entities[id] as ArticleEntity, gender));
    // (A place or a body named beside the person, "Emyr Davies, who is not related to the Senedd member",
    // is no one: of several that fit, the one person named in full.)
    const inFull = fitting.filter((id) => this.entities[id]?.full);
    const one = fitting.length === 1 ? fitting[0] : inFull.length === 1 ? inFull[0] : undefined;
    if (one === undefined) return undefined;
    this.#lastParagraph.set(one, paragraph);
    return one;
  }

  /**
   * "Contacted by phone last night, the senator said …": a paragraph that names no one in full but refers to
   * the one person given that title or role keeps that person in mind, as naming them would (so that "Mr O
   * Suilleabhain said" next is the senator, not his son named further up).
   */
  referredByTitle(text: string, spans: readonly QuoteSpan[], paragraph: number): void {
    for (const m of text.matchAll(DEFINITE_TITLE)) {
      if (isQuoted(spans, m.index)) continue;
      const word = (m[1] as string).toLowerCase();
      if (!ROLE_WORDS.has(word) && !TITLE_WORDS.has(word)) continue;
      const holders = this.entities.filter(
        (e) => e.full && (e.titles?.has(word) === true || e.roleWords.has(word)),
      );
      if (holders.length === 1) this.#lastParagraph.set((holders[0] as ArticleEntity).id, paragraph);
    }
  }

  /**
   * "His mother, Ruth Pell, 51, … ¶ “…,” the younger Pell said. ¶ His mother, who is also a member, said …":
   * a sentence opening with a possessive and a kinship word that no name follows refers to the one person
   * the article introduced as a relative of that kind and gender (a parent or a child), and keeps that
   * person in mind, as naming them would (so that "Ms Pell said" next is the mother, not her son).
   */
  referredByKin(text: string, spans: readonly QuoteSpan[], paragraph: number): void {
    for (const m of text.matchAll(KIN_OPENING)) {
      if (isQuoted(spans, m.index)) continue;
      const word = (m[1] as string).toLowerCase();
      const kin: Kin | undefined = PARENT_KIN.has(word)
        ? 'parent'
        : CHILD_KIN.has(word)
          ? 'child'
          : undefined;
      const gender = GENDERED_ROLES.get(word);
      if (kin === undefined || gender === undefined) continue;
      const holders = this.entities.filter((e) => e.full && e.elder?.kin === kin && genderOf(e) === gender);
      if (holders.length === 1) this.#lastParagraph.set((holders[0] as ArticleEntity).id, paragraph);
    }
  }

  /**
   * "Sorensen, 27, is a PhD candidate. Her brother, Lachlan, 20, …": a relative the article names by given
   * name only, set off after a kinship word, shares the family name of the one the possessive refers to.
   */
  giveFamilyName(entity: ArticleEntity, family: ArticleEntity): void {
    const surname = family.tokens[family.tokens.length - 1];
    if (entity.full || entity.tokens.length !== 1 || surname === undefined) return;
    namedInFull(entity, [...entity.tokens, surname], family.surname);
    entity.inferredFamily = true;
    entity.forms.set(entity.tokens.join(' '), 1);
    this.surnames.add(family.surname);
    if (entity.parts.has(family.surname)) return;
    entity.parts.add(family.surname);
    this.#byPart.get(family.surname)?.push(entity);
  }

  /** A name the person also goes by ("Vessa"): later mentions of it in the article are theirs. */
  alsoKnownAs(entity: ArticleEntity, tokens: readonly string[]): void {
    const form = tokens.map(foldToken).join(' ');
    entity.shortForms.add(form);
    if (tokens.length > 1 && !entity.parts.has(form)) this.#aliases.set(form, entity);
    // ("El Tordo": a name of a particle and one word is read by that word, as a surname is.)
    const core = tokens.filter((t) => !isParticle(t.toLowerCase()));
    const part = core.length === 1 ? foldToken(core[0] as string) : undefined;
    if (part === undefined || entity.parts.has(part)) return;
    entity.parts.add(part);
    const list = this.#byPart.get(part);
    if (list) list.push(entity);
    else this.#byPart.set(part, [entity]);
  }

  #new(m: NameMention, full: boolean): ArticleEntity {
    const entity: ArticleEntity = {
      id: this.entities.length,
      tokens: [...m.tokens],
      full,
      key: compactKey(m.tokens),
      surname: surnameOf(m.tokens),
      parts: new Set(),
      forms: new Map(),
      shortForms: new Set(),
      votes: { m: 0, f: 0 },
      roles: new Map(),
      roleWords: new Set(),
      mentions: 0,
      personal: 0,
      speaks: 0,
      locative: 0,
      unquoted: 0,
    };
    this.entities.push(entity);
    return entity;
  }

  #linkFull(m: NameMention, paragraph: number): ArticleEntity {
    // "Edwin S" (a contact saved by given name and initial) after "Edwin Strand": the one person so named.
    const abbreviated = givenAndInitial(m.tokens);
    if (abbreviated !== undefined) {
      const named = (this.#byPart.get(abbreviated[0]) ?? []).filter((e) => abbreviates(abbreviated, e));
      if (named.length === 1) return named[0] as ArticleEntity;
    }
    // "Umm Khaled said" after "Hala Darwish, known to everyone as Umm Khaled": the name she goes by.
    const alias = this.#aliasOf(m.tokens);
    if (alias !== undefined) return alias;
    const key = compactKey(m.tokens);
    const surname = surnameOf(m.tokens);
    const sharing = this.#byPart.get(surname) ?? [];
    const same = sharing.find((e) => e.full && fitsEveryForm(e, key, m.tokens));
    if (same) return same;
    // "says Gulnar Serikkyzy" after "Gulnar Serikkyzy Tölegenova": given name and patronymic, the courteous
    // form of address, are the one person named with them and a family name.
    const addressed = this.#addressedByPatronymic(m.tokens);
    if (addressed !== undefined) return addressed;
    // "Ibáñez-Corral Soto" after "Ximena Ibáñez-Corral Soto": both surnames, the way Spanish names are
    // shortened, are the person named with them.
    const surnames = bothSurnames(m.tokens)
      ? sharing.filter((e) => e.full && endsWithTokens(e.tokens, m.tokens))
      : [];
    if (surnames.length === 1) return surnames[0] as ArticleEntity;
    // "García Fuentes said" where the brothers Javier and Luis Alberto García Fuentes are named: the one
    // named in the last two paragraphs, when only one of them is.
    const near = surnames.filter((e) => this.#since(e, paragraph) <= NEAR_PARAGRAPHS);
    if (near.length === 1) return near[0] as ArticleEntity;
    // "Mrs Ait Ouarab said of her nephew" where aunt and nephew Fadma and Lahcen Ait Ouarab are named: the
    // one whose known gender the honorific's is, when one only.
    if (m.gender !== undefined && surnames.length > 1) {
      const fitting = surnames.filter((e) => genderOf(e) === m.gender);
      if (fitting.length === 1) return fitting[0] as ArticleEntity;
    }
    // … and "Minister Arredondo Beltrán" before "Tomás Arredondo Beltrán" (or "María Fernanda López Ortega",
    // two given names): the full name takes it over.
    const shortened = sharing.filter(
      (e) =>
        e.full && bothSurnames(e.tokens) && endsWithTokens(m.tokens, e.tokens) && compatible(e, m.gender),
    );
    if ((m.tokens.length === 3 || m.tokens.length === 4) && shortened.length === 1) {
      const e = shortened[0] as ArticleEntity;
      e.tokens = [...m.tokens];
      e.key = compactKey(e.tokens);
      return e;
    }
    // A surname used before the full name (a headline, a standfirst): the full name takes it over, unless
    // the headline names someone else of that surname ("Anél Brandt" in the headline, "Brandt's suspension"
    // in the editor's note, then her father "Pieter Brandt").
    // ("“…,” Mr Tregenna said" before "two-day-old Elsie Tregenna": an adult's honorific is not the baby's.)
    const earlier = sharing.filter(
      (e) => !e.full && e.surname === surname && compatible(e, m.gender) && adultHonorificFitsAge(e, m),
    );
    if (earlier.length === 1 && !this.#headlineNamesAnother(surname, m.tokens))
      return namedInFull(earlier[0] as ArticleEntity, m.tokens, surname);
    // A first word used alone before the full name is the same person: "Dr Leong" before "Leong Su-Lin" (a
    // live blog's newest entry first: a family name written first, which no given-name list knows), and
    // "Her husband, Tom, is missing. … Tom Vock" (a given name no one else is named in full with).
    // So does one whose family name was only inferred from a relative's ("Her husband, Tom, … Tom Vock").
    const first = foldToken(m.tokens[0] as string);
    const withFirst = this.#byPart.get(first) ?? [];
    const single = withFirst.filter(
      (e) =>
        ((!e.full && e.surname === first) ||
          (e.inferredFamily === true && foldToken(e.tokens[0] as string) === first)) &&
        compatible(e, m.gender),
    );
    const sameOne = GIVEN_NAME_GENDERS.has(first)
      ? !withFirst.some((e) => e.full && e.inferredFamily !== true)
      : true;
    if (m.tokens.length > 1 && first !== surname && single.length === 1 && sameOne) {
      const e = single[0] as ArticleEntity;
      if (e.inferredFamily) e.forms.delete(e.tokens.join(' '));
      delete e.inferredFamily;
      return namedInFull(e, m.tokens, surname);
    }
    // "“Beth Hughes is one of the best midwives I have worked with”" where the article names Bethan Hughes:
    // a name only a quotation gives, its given name a short or pet form of the one person's of that
    // surname, is how the speaker calls her.
    const longer = m.quoted && m.tokens.length === 2 ? this.#calledShort(first, sharing, m) : undefined;
    if (longer !== undefined) return longer;
    return this.#new(m, true);
  }

  /** The one person named in full with the surname whose given name `given` writes short (see `#linkFull`). */
  #calledShort(given: string, sharing: readonly ArticleEntity[], m: NameMention): ArticleEntity | undefined {
    const found = sharing.filter((e) => {
      if (!e.full || e.tokens.length !== 2 || !compatible(e, m.gender)) return false;
      const full = foldToken(e.tokens[0] as string);
      return full !== given && shortensGivenName(given, full);
    });
    return found.length === 1 ? found[0] : undefined;
  }

  /** The one person named "Given Patronymic Family" whom the two words "Given Patronymic" address. */
  #addressedByPatronymic(tokens: readonly string[]): ArticleEntity | undefined {
    if (tokens.length !== 2 || patronymicEndingGender(tokens[1] as string) === undefined) return undefined;
    const [given, patronymic] = tokens.map(foldToken) as [string, string];
    const named = (this.#byPart.get(patronymic) ?? []).filter(
      (e) =>
        e.full &&
        e.tokens.length === 3 &&
        foldToken(e.tokens[0] as string) === given &&
        foldToken(e.tokens[1] as string) === patronymic,
    );
    return named.length === 1 ? named[0] : undefined;
  }

  /** How many paragraphs before `paragraph` the entity was last named outside quotations. */
  #since(e: ArticleEntity, paragraph: number): number {
    const last = this.#lastParagraph.get(e.id);
    if (last === undefined) return Number.POSITIVE_INFINITY;
    // "Outside court, Bríd Quinlan read a statement. ¶ “…” ¶ “…” ¶ Ms Quinlan said": the paragraphs of a
    // statement are the one named before it speaking, not narrative that puts her out of mind.
    let since = 0;
    for (let q = last + 1; q <= paragraph; q++) if (!this.#allQuoted[q]) since++;
    return since;
  }

  /** Whose name of several words `tokens` is ("Umm Khaled"), if the article said someone goes by it. */
  #aliasOf(tokens: readonly string[]): ArticleEntity | undefined {
    return this.#aliases.size === 0 ? undefined : this.#aliases.get(tokens.map(foldToken).join(' '));
  }

  /** A new chain for a bare surname the headline gives one full name of, named in full; else undefined. */
  #namedInHeadline(m: NameMention, surname: string): ArticleEntity | undefined {
    if (m.tokens.length !== 1 || m.locative) return undefined;
    // ("Mrs Redfern said" under a headline naming Callum Redfern: a name whose given name is of the other
    // gender than the honorific's is someone else.)
    const names = this.#headline().filter(
      (name) =>
        surnameOf(name) === surname &&
        (m.gender === undefined ||
          (GIVEN_NAME_GENDERS.get(foldToken(name[0] as string)) ?? m.gender) === m.gender),
    );
    if (names.length !== 1 || names.some((name) => foldToken(name[0] as string) === surname))
      return undefined;
    return namedInFull(this.#new(m, false), names[0] as readonly string[], surname);
  }

  /** Whether the headline names in full someone of this surname other than `tokens`. */
  #headlineNamesAnother(surname: string, tokens: readonly string[]): boolean {
    return this.#headline().some((name) => surnameOf(name) === surname && !sameFullName(name, tokens));
  }

  #linkSingle(
    m: NameMention,
    paragraph: number,
    agrees: Agreement | undefined,
    spokenOf: ReadonlySet<number>,
  ): ArticleEntity {
    let word = surnameOf(m.tokens);
    if (!this.#byPart.has(word)) {
      const variant = umlautVariants(word).find((v) => this.#byPart.has(v));
      if (variant !== undefined) word = variant;
      else word = this.#transposedSurname(word, m) ?? this.#partOfDoubleSurname(word) ?? word;
    }
    // "in Jordan" is a place even where a Jordan was named: a locative mention joins no full name.
    // ("Mr Fenwick, 49, said" where the one Fenwick named is 78: someone else of that surname.)
    const candidates = (this.#byPart.get(word) ?? []).filter(
      (e) =>
        compatible(e, m.gender) &&
        !(m.locative && e.full) &&
        agesAgree(m.elder?.age, e.elder?.age) &&
        // ("Mr Tregenna said" where the one Tregenna named is "two-day-old Elsie Tregenna": someone else.)
        honorificFitsAge(m, e),
    );
    // ("Governor Leticia Gallardo Ochoa … while Gallardo says he turned down an escort": a gender read only
    // from the pronoun a speech verb reports, where the one person of that surname is known to be of the
    // other, says who that clause is about, not who she is.)
    if (candidates.length === 0 && m.reportedGender) {
      const only = m.locative ? [] : (this.#byPart.get(word) ?? []).filter((e) => e.full);
      if (only.length === 1) {
        m.gender = undefined;
        return only[0] as ArticleEntity;
      }
    }
    // No one or one person goes by the word (most mentions): theirs, or someone new; "Pellow" where the
    // headline or standfirst names Graham Pellow, and no one else of that surname, is him.
    // "Judge Müller said" where the one Müller named so far is the witness Dieter Müller, never called a
    // judge, and "Judge Ingeborg Müller" is named further down (a live page, newest entry first): her.
    const telling = tellingTitles(m);
    if (telling.length > 0 && candidates.length === 1 && m.tokens.length === 1) {
      const one = candidates[0] as ArticleEntity;
      const title = telling[0] as string;
      const ahead = one.titles?.has(foldTitle(title)) ? undefined : this.#titledAhead(title, word, paragraph);
      if (ahead !== undefined && !sameFullName(ahead, one.tokens))
        return namedInFull(this.#new(m, false), ahead, word);
    }
    if (candidates.length <= 1) return candidates[0] ?? this.#namedInHeadline(m, word) ?? this.#new(m, false);
    const bySurname = candidates.filter((e) => e.surname === word);
    const since = (e: ArticleEntity) => this.#since(e, paragraph);
    // "Zhang Wei … spoke in a video. ¶ “…,” Zhang said" where a Kevin Zhang is named elsewhere: the word
    // opens the name of the one just named (a family name written first), and the one whose surname it is
    // is out of mind; the word is not his for sure.
    if (
      bySurname.length > 0 &&
      bySurname.every((e) => since(e) > NEAR_PARAGRAPHS) &&
      candidates.some((e) => e.full && foldToken(e.tokens[0] ?? '') === word && since(e) <= RECENT_PARAGRAPHS)
    )
      return this.#new(m, false);
    const all = bySurname.length > 0 ? bySurname : candidates;
    // "Gulnara Sadykova and her daughter, Aisha, … ¶ Sadykova described …": a relative named only by a given
    // name is called by it; the family name the article lent them is not how it refers to them.
    // ("Ms Hopkins" may be the mother set off by her given name: an honorific is how it would call her,
    // unless one written in full is of the honorific's gender: "Mr Wolski" after "Tomasz Wolski … His son,
    // Marek" is the father.)
    const inFull = all.filter((e) => !e.inferredFamily);
    const honoured = m.gender !== undefined && inFull.some((e) => genderOf(e) === m.gender);
    const written = all.length > 1 && (m.titles.length === 0 || honoured) ? inFull : all;
    const sharing = written.length > 0 ? written : all;
    // "Moved by Tremblay (Vieux-Moulin)" where the attendance list reads "Luc Tremblay (Vieux-Moulin)" and a
    // resident Gisèle Tremblay spoke too: the one named with that ward, seat or party in brackets.
    const bracketed =
      m.bracket !== undefined && sharing.length > 1
        ? sharing.filter((e) => e.brackets?.has(m.bracket as string))
        : [];
    if (bracketed.length === 1) return bracketed[0] as ArticleEntity;
    // "Prof Shawcross said" where Prof Alan Shawcross and the candidate Craig Shawcross are named: a title
    // only one of them was given decides, whoever the quotation names ("… go to Mr Shawcross").
    const titled = onlyTitled(m, sharing);
    if (titled !== undefined) return titled;
    // "Asked whether his uncle had known, Shimazu said" where the president and "the president's uncle"
    // share the surname: whose uncle it is speaks, not the uncle.
    const notKin =
      m.ownKin === undefined ? sharing : sharing.filter((e) => !holdsKinRole(e, m.ownKin as string));
    if (notKin.length === 1 && sharing.length > 1) return notKin[0] as ArticleEntity;
    // "“Calvin gave me his life jacket,” Amsel said" where Ruth and Calvin Amsel are named: people do not
    // speak of themselves by name, so the relative the quotation names is not the one meant.
    const unspoken = sharing.length > 1 ? sharing.filter((e) => !spokenOf.has(e.id)) : sharing;
    const pool = (unspoken.length > 0 ? unspoken : sharing).sort((a, b) => b.mentions - a.mentions);
    // "The younger Pruitt" where Gary Pruitt Sr. and Gary Pruitt Jr. are named: the one the article shows to
    // be the younger (or the elder) of all.
    if (m.byAge !== undefined && pool.length > 1) {
      const elder = m.byAge === 'elder';
      const found = pool.filter((e) => pool.every((o) => o === e || (elder ? isElder(e, o) : isElder(o, e))));
      if (found.length === 1) return found[0] as ArticleEntity;
    }
    // "Kim Dong-jin said … ¶ “…,” the CEO said. ¶ Asked …, Mr. Kim said" where the union's Kim Tae-hoon was
    // named four paragraphs up: an honorific and a surname are the one of them named in the last few
    // paragraphs, when only one was (whatever else is known of the other's gender). A title that tells
    // people apart ("Adv. van der Merwe") is read below.
    const courtesy = m.titles.length > 0 && tellingTitles(m).length === 0;
    // "Gregory Kessler … Mr Kessler described himself … ¶ His brother, Nathan Kessler, … ¶ Mr Kessler
    // rejected that account": where the others of a surname came in as that person's relatives, the article
    // keeps "Mr Kessler" for the one it first called so, and names the relatives in full. (Namesakes who
    // are no kin are told apart by who was just named: see below.)
    const key = courtesyKey(m);
    const used = key === undefined ? undefined : this.#courtesyForms.get(key);
    if (used !== undefined && pool.includes(used) && pool.every((e) => e === used || e.kin === true))
      return used;
    const named = courtesy && pool.length > 1 ? pool.filter((e) => since(e) <= NEAR_PARAGRAPHS) : [];
    // (Not one known to be of the other gender: "Mrs Veltran said" after "Marko Veltran" is his wife, named
    // further up.)
    if (named.length === 1 && compatible(named[0] as ArticleEntity, m.gender))
      return named[0] as ArticleEntity;
    // "Lee Ga-eun, 34, spent the night in an ambulance. ¶ “…,” said Ms Lee" where the minister Lee Hyun-ju,
    // known to be a woman, was named two paragraphs up: the one named in this paragraph or the one before,
    // when only one was and nothing says she is not a woman.
    // (Nor a child: "Mr Marsh" is not the 15-year-old son quoted just before.)
    const justNamed = named.filter((e) => since(e) <= RECENT_PARAGRAPHS);
    if (
      justNamed.length === 1 &&
      compatible(justNamed[0] as ArticleEntity, m.gender) &&
      honorificFitsAge(m, justNamed[0] as ArticleEntity)
    )
      return justNamed[0] as ArticleEntity;
    // Several people share the surname ("Omar Mateen", his father "Seddique Mateen"): the one the article
    // is about, named at least twice as often as the other; otherwise it is no one's for sure.
    // "Ms Haddad" where Dr Farid Haddad and his daughter Samira are named: the one known to be a woman,
    // however often the other is named.
    const ofGender = m.gender && pool.length > 1 ? pool.filter((e) => genderOf(e) === m.gender) : [];
    if (ofGender.length === 1) return ofGender[0] as ArticleEntity;
    // "Ms Lee" where two women and a man of unknown gender are Lees: one of the women, never the man
    // because the article names him most.
    const left = ofGender.length > 1 ? ofGender : pool;
    // "Dovrenko chooses her words" where her brother Pavel Dovrenko is named too: the one full name not
    // known to be of the other gender. (Only an exclusion: "Mateen … his home" where a son is known to be
    // a man and his father is not yet is neither's for sure.)
    const fitting =
      agrees && left.length > 1 ? left.filter((e) => e.full && compatible(e, agrees.gender)) : [];
    if (fitting.length === 1) return fitting[0] as ArticleEntity;
    // "Castrejón, 24, was more measured. “…,” she said." where Lucía and her father Aurelio Castrejón are
    // named: a subject "she" is the one known to be a woman (a possessive is not: "Mateen … his son").
    // Nor when the mention tells relatives apart by age ("The elder Mateen said he …").
    const known =
      agrees?.subject && !m.byAge && left.length > 1
        ? left.filter((e) => e.full && genderOf(e) === agrees.gender)
        : [];
    if (known.length === 1) return known[0] as ArticleEntity;
    // "Mr Pryor said" where David Pryor, 47, and his son Callum, 15, are named: an adult's honorific is
    // not the child's.
    const adults =
      left.length > 1 && m.titles.some((t) => ADULT_HONORIFICS.test(t))
        ? left.filter((e) => honorificFitsAge(m, e))
        : [];
    if (adults.length === 1) return adults[0] as ArticleEntity;
    // "Dr Haddad" where only one of them was named a doctor. (Not "Ms": that says no more than her gender,
    // and a "Ms Furlong" no one could tell apart before is not the one of two women meant now.)
    const ofTitle = onlyTitled(m, left);
    if (ofTitle !== undefined) return ofTitle;
    // "Ailbhe Galvery says her mother knew. ¶ “…,” Ms Galvery told Broadwave": of several of that surname,
    // the one named in this paragraph or the one before, when only one of them was.
    const recent = left.filter((e) => since(e) <= RECENT_PARAGRAPHS);
    // A bare surname needs the other one out of mind: "Amber Loudermilk … ¶ Harper Loudermilk, 6, … ¶
    // “…,” Loudermilk said" is the mother's as likely as the daughter's ("Aldo Venn … ¶ Aldo Venn Jr. … ¶
    // He … ¶ Venn, …" is the grandson's; an honorific, as in "Ms Galvery", is read as the one just named).
    const near = left.filter((e) => since(e) <= NEAR_PARAGRAPHS);
    if (left.length > 1 && recent.length === 1 && (m.titles.length > 0 || near.length === 1))
      return recent[0] as ArticleEntity;
    // "Calum MacNeil, who manages the farm and is not related to the ferry executive, said … ¶ “…,” MacNeil
    // said" where the executive Ruaraidh MacNeil was named two paragraphs up: people of one surname the
    // article gives no kinship or childhood are namesakes, and the surname is the one just named.
    if (left.length > 1 && recent.length === 1 && near.every(isUnrelatedAdult))
      return recent[0] as ArticleEntity;
    // "Thomas Garnier … said … ¶ The spokeswoman, Sylvie Garnier, insisted …. “…,” Garnier said": of
    // namesakes named in this paragraph and the one before, the one named earlier in this very paragraph.
    const here = left.filter((e) => since(e) === 0);
    if (left.length > 1 && here.length === 1 && near.every(isUnrelatedAdult)) return here[0] as ArticleEntity;
    // "Ms Lee replied" where the minister Lee Hyun-ju was named five paragraphs up and Dr Lee Dong-hyuk
    // eleven: an honorific that says only a gender is the one of them named last, not the one named most.
    if (courtesy && left.length > 1) {
      const [last, before] = [...left].sort((a, b) => since(a) - since(b));
      if (last && before && since(last) < since(before)) return last;
    }
    const [best, second] = left;
    if (best && (!second || best.mentions >= DOMINANT * second.mentions)) return best;
    // No one's for sure: the same word used alone before stands for the same one ("Loudermilk said …
    // ¶ Loudermilk, too, heard …").
    return sharing.find((e) => !e.full && e.tokens.length === 1) ?? this.#new(m, false);
  }

  /**
   * "Isaac and Chastian, 37, …" after "Jessica Chastain": a single name that is the surname of exactly one
   * person named in full before it, with two neighbouring letters swapped, is that surname misspelt.
   */
  #transposedSurname(word: string, m: NameMention): string | undefined {
    if (m.locative || word.length < 5) return undefined;
    let found: string | undefined;
    for (const e of this.entities) {
      if (!e.full || !isTransposed(word, e.surname) || !compatible(e, m.gender)) continue;
      if (found !== undefined && found !== e.surname) return undefined;
      found = e.surname;
    }
    return found !== undefined && (this.#byPart.get(found)?.length ?? 0) === 1 ? found : undefined;
  }

  /**
   * "Ocampo said" after "Carmelita Ramos-Ocampo": a word that is one part of exactly one person's hyphened
   * surname, when no one goes by the word itself, is that surname.
   */
  #partOfDoubleSurname(word: string): string | undefined {
    let found: ArticleEntity | undefined;
    for (const e of this.entities) {
      const last = e.tokens[e.tokens.length - 1] ?? '';
      if (!e.full || !last.includes('-') || !last.split('-').some((part) => foldToken(part) === word))
        continue;
      if (found !== undefined) return undefined;
      found = e;
    }
    return found === undefined ? undefined : found.surname;
  }

  #record(e: ArticleEntity, m: NameMention): void {
    e.mentions++;
    if (m.bracket !== undefined) {
      e.brackets ??= new Set();
      e.brackets.add(m.bracket);
      // "Sen. Dale Kittredge (R-Kan.)": the one "the Kansas Republican" is.
      const party = partyAndState(m.bracket);
      if (party !== undefined) {
        e.roles.set(party, (e.roles.get(party) ?? 0) + 1);
        const noun = (party.split(' ').pop() as string).toLowerCase();
        if (ROLE_WORDS.has(noun)) e.roleWords.add(noun);
      }
    }
    if (m.personal) e.personal++;
    if (m.elder) e.elder = { ...m.elder, ...e.elder };
    if (m.speaks) e.speaks++;
    if (m.locative) e.locative++;
    if (!m.quoted) e.unquoted++;
    if (m.testifies) e.roleWords.add('witness');
    if (m.accused) for (const word of ACCUSED_ROLES) e.roleWords.add(word);
    for (const t of m.tokens) {
      const part = foldToken(t);
      if (e.parts.has(part)) continue;
      e.parts.add(part);
      const list = this.#byPart.get(part);
      if (list) list.push(e);
      else this.#byPart.set(part, [e]);
    }
    // A name the person goes by ("Umm Khaled") is not a form of their own name.
    const alias = this.#aliasOf(m.tokens) === e;
    if (!alias && m.tokens.length > e.tokens.length) {
      e.tokens = [...m.tokens];
      e.key = compactKey(e.tokens);
    }
    // A full form has a first name and a surname ("Edwin S" has an initial for one; "Gulnar Serikkyzy" a
    // patronymic, addressing "Gulnar Serikkyzy Tölegenova"); "De la Cruz" is a surname with its particles.
    const addressing =
      m.tokens.length === 2 && e.tokens.length === 3 && this.#addressedByPatronymic(m.tokens) === e;
    if (!alias && !addressing && coreLength(m.tokens) >= 2 && givenAndInitial(m.tokens) === undefined) {
      const form = m.tokens.join(' ');
      e.forms.set(form, (e.forms.get(form) ?? 0) + 1);
    } else if (m.tokens.length === 1) e.shortForms.add(foldToken(m.tokens[0] as string));
    else e.shortForms.add(m.tokens.map(foldToken).join(' '));
    // ("“Ms Chan has done in three days …,” said a union organiser, Chan Kwok-wing": a quotation's "Ms Chan",
    // where several Chans are named and this one's gender is not known, was linked by a guess, and says
    // nothing of the gender of the one it was linked to.)
    const guessed =
      m.quoted &&
      genderOf(e) === undefined &&
      m.tokens.length === 1 &&
      (this.#byPart.get(foldToken(m.tokens[0] as string)) ?? []).some((o) => o !== e && o.full);
    if (m.gender && !guessed) e.votes[m.gender] += HONORIFIC_WEIGHT;
    if (m.kin) e.kin = true;
    // Most mentions carry no title or role: nothing more to learn from them.
    if (m.role === '' && m.titles.length === 0) return;
    if (m.titles.length > 0) {
      e.titles ??= new Set();
      for (const t of m.titles) e.titles.add(foldTitle(t));
    }
    // Letters after the name ("KC") say what someone is for "the barrister said", not a role to show.
    // "The administrator, District Collector X": the title, then the role ("District Collector,
    // administrator").
    const title = m.titles.filter((t) => !isHonorificOnly(t) && !isPostNominal(t)).join(' ');
    const role = [title, m.role].filter((r) => r !== '').join(', ');
    if (role !== '') e.roles.set(role, (e.roles.get(role) ?? 0) + 1);
    // ("the member of parliament for Meghnachar-3": a legislator, whom "the lawmaker" and "the MP" mean.)
    if (MEMBER_OF_LEGISLATURE.test(m.role)) for (const word of LEGISLATOR_ROLES) e.roleWords.add(word);
    // ("Deputy Commissioner of Police Arun Mehra … the officer said": a police rank is an officer's.)
    if (POLICE_RANK.test(role)) e.roleWords.add('officer');
    // ("Dr Ana Roe, head of emergency medicine at the trauma centre, … ¶ “…,” the doctor said": a doctor's
    // title with a role in medicine is a doctor of medicine; not a political scientist's doctorate.)
    if (e.titles !== undefined && [...e.titles].some((t) => DOCTOR_TITLES.has(t)) && MEDICAL_ROLE.test(role))
      e.roleWords.add('doctor');
    // ("Political scientist Hassan Amin of the University of Lorne … ¶ “…,” the professor said": an academic
    // the article gives no title is whom "the professor" may mean.)
    if (ACADEMIC_ROLE.test(role)) e.roleWords.add('professor');
    // ("Nuria Arregui, football writer for the daily El Marcador, … ¶ The journalist … said": one who reports.)
    if (NEWS_ROLE.test(role)) e.roleWords.add('journalist');
    // ("Assistant U.S. Attorney Daniel Presswood … ¶ “…?” the prosecutor asked": one who prosecutes by office.)
    if (PROSECUTING_ROLE.test(role)) e.roleWords.add('prosecutor');
    // ("Its publicity secretary, Mrs. Zainab Tura, … ¶ “…,” the spokeswoman said": one who speaks for a body
    // to the press is its spokesperson, whichever word the article uses.)
    if (PRESS_ROLE.test(role)) for (const word of SPOKESPERSON_WORDS) e.roleWords.add(word);
    // ("a partner at Callander Reid and one of the firm's joint administrators": one of the administrators
    // is whom "the administrator" means.)
    const oneOf = ONE_OF_PLURAL.exec(m.role)?.[1]?.toLowerCase();
    if (oneOf !== undefined && isPluralRole(oneOf)) e.roleWords.add(oneOf.slice(0, -1));
    for (const words of [m.role.split(/[\s,]+/), m.titles])
      words.forEach((w, i) => {
        const lower = foldTitle(w);
        // ("assistant warden", "Deputy Mayor": the office below, not the one "the warden" or "the mayor" is.)
        const below = i > 0 && SUBORDINATE_RANKS.has(foldTitle(words[i - 1] as string));
        if (ROLE_WORDS.has(lower) && !below) e.roleWords.add(lower);
        for (const role of POST_NOMINAL_ROLES.get(w) ?? []) e.roleWords.add(role);
        for (const role of TITLE_ROLES.get(lower) ?? []) e.roleWords.add(role);
      });
  }
}

/** What the one who stands trial is called ("the defendant said", "the accused told the jury"). */
const ACCUSED_ROLES = ['defendant', 'accused'];

/** A doctor's title, folded ("Dr", "Dr.", "Doctor"). */
const DOCTOR_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor']);
/** A role in medicine ("head of emergency medicine", "consultant at St Mary's Hospital", "a GP"). */
const MEDICAL_ROLE =
  /\b(?:medicine|medical|hospital|clinic|surgery|surgeon|surgical|trauma|infirmary|paediatric|pediatric|physician|GP|general practitioner|consultant|intensive care|A&E|emergency department)\b/iu;

/** A role in academic research ("political scientist", "historian", "a lecturer in law"). */
const ACADEMIC_ROLE =
  /\b(?:academic|lecturer|scholar|historian|political scientist|sociologist|anthropologist|criminologist|philosopher)\b/iu;

/**
 * Someone who reports the news ("football writer for the daily El Marcador", "political correspondent",
 * "columnist"): whom "the journalist" means. (A writer only with a beat: a crime writer writes novels.)
 */
const NEWS_ROLE =
  /\b(?:journalist|reporter|correspondent|columnist|commentator|(?:football|sports?|political|politics|business|economics|staff|science|health|education|transport|motoring|fashion|food|travel|music|racing|rugby|cricket|tennis|golf|chief) writer)\b/iu;

/** An office that prosecutes ("Assistant U.S. Attorney", "District Attorney", "counsel for the prosecution"). */
const PROSECUTING_ROLE =
  /\b(?:(?:assistant\s+)?(?:u\.?\s?s\.?|united states|district|state['\u2019]?s?|county|crown)\s+attorney|counsel for the (?:prosecution|crown)|crown counsel|prosecuting counsel)\b/iu;

/** A role that speaks to the press for a body ("publicity secretary", "press officer", "spokeswoman"). */
const PRESS_ROLE =
  /\b(?:publicity secretary|press secretary|press officer|public relations officer|spokes(?:man|woman|person))\b/iu;
/** The words for a spokesperson. */
const SPOKESPERSON_WORDS = ['spokesperson', 'spokesman', 'spokeswoman'];

/** "Her coach, " right before a name: a possessive and the role it owns, set off before the name. */
const POSSESSED_ROLE_BEFORE_NAME = /^(?:her|his)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,?\s+$/iu;

/** "one of Pennyweather's joint administrators": one of a group named by its role, in the plural. */
const ONE_OF_PLURAL = /\bone of (?:[\p{L}'\u2019-]+ ){0,3}(\p{Ll}[\p{Ll}-]*s)$/u;

/** A role that makes someone a member of a legislature, and the role words that refer back to one. */
const MEMBER_OF_LEGISLATURE = new RegExp(`\\b${MEMBER_OF_LEGISLATURE_PATTERN}\\b`, 'iu');
const LEGISLATOR_ROLES = ['mp', 'lawmaker', 'legislator'];

/** Whether one of an entity's roles is the kinship word `kin` ("president’s uncle", "her son"). */
function holdsKinRole(e: ArticleEntity, kin: string): boolean {
  return [...e.roles.keys()].some((role) =>
    role
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .includes(kin),
  );
}

/**
 * A US lawmaker's party and state as Washington copy brackets them after the name ("R-Kan.", "D-N.Y.",
 * "I-Vt."), as a role: "Kansas Republican". Undefined for any other bracket.
 */
function partyAndState(bracket: string): string | undefined {
  const m = /^([DRI])-\s?(\S+?)\.?$/.exec(bracket);
  const party = m ? US_PARTY_LETTERS.get(m[1] as string) : undefined;
  const state = m ? US_STATES.get(m[2] as string) : undefined;
  return party && state ? `${state} ${party}` : undefined;
}

/** A role or title that makes someone a police officer ("Commissioner of Police", "Det Sgt", "constable"). */
const POLICE_RANK = /\b(?:police|constable|sergeant|sgt|detective|det)\b/i;

/** Words that make a role the one below it: an assistant warden is not the warden. */
const SUBORDINATE_RANKS: ReadonlySet<string> = new Set(['assistant', 'deputy', 'vice', 'associate']);

/**
 * Whether every role of the entity that names `noun` says it is held no longer ("former mayor Ramon Roe"):
 * such a person is not "the mayor" nor "Mayor Roe", but "the former mayor".
 */
export function heldOnlyInPast(e: Pick<ArticleEntity, 'roles'>, noun: string): boolean {
  let past = false;
  for (const role of e.roles.keys()) {
    const words = role.toLowerCase().split(/[\s,]+/);
    for (let i = 0; i < words.length; i++) {
      if (words[i] !== noun) continue;
      if (i === 0 || !PAST_ROLE_WORDS.has(words[i - 1] as string)) return false;
      past = true;
    }
  }
  return past;
}

/**
 * A pronoun in a sentence that names one person outside quotations, as its subject (no "he"/"she" before
 * the name), after that name ("Paltrow said she …"), or opening the next sentence ("Paltrow left. She
 * …"), most likely refers to them: one vote for that person's gender. Only subjects vote: an object ("him")
 * in the subject's own clause refers to someone else, and a possessive ("said Mwangi, who is now her
 * partner") as often to someone else as not. Voted once a paragraph is linked, so that the paragraphs after
 * it link knowing who is "he" so far.
 */
function votePronouns(chains: ArticleChains, p: ParagraphPeople, text: string): void {
  if (!p.pronouns.some(isVotingPronoun)) return;
  // Per sentence: its one named person (or -1 for several), where first named, and its pronouns.
  const named = new Map<number, { entity: number; at: number; end: number }>();
  // Sentences that name a place or a nationality besides: their next sentence's opening "He" is still the
  // person's ("… across a small European country. He had never …"), but a pronoun in the same sentence may
  // belong to someone the place brings in ("born in Spain, where her father was stationed as he served").
  const placed = new Set<number>();
  for (const n of p.names) {
    if (n.quoted || servedBody(text, n) || possessedThing(text, n)) continue;
    // "Asked by prosecutor Leah Roe to describe the meeting, he said": the one asking is not "he".
    if (ASKED_BY.test(text.slice(Math.max(0, n.start - ASKED_BY_REACH), n.start))) continue;
    // "Asked about the reports that linked her to Joseph Kosk, the coach, she laughed": nor whom the
    // question was about.
    if (ASKED_ABOUT.test(text.slice(Math.max(0, n.start - ASKED_ABOUT_REACH), n.start))) continue;
    if (namesNoOne(n)) {
      placed.add(n.sentence);
      continue;
    }
    const seen = named.get(n.sentence);
    if (!seen) named.set(n.sentence, { entity: n.entity, at: n.start, end: n.end });
    else if (seen.entity !== n.entity) seen.entity = -1;
  }
  for (const [s, { entity, at, end }] of named) {
    if (entity < 0) continue;
    const e = chains.entities[entity] as ArticleEntity;
    // "… accused him of …. He said …": with another person of that kind in play ("him", "his"), the
    // next sentence's "He" may be theirs; not a "his" in the name's own aside ("Aled, sitting alongside his
    // brother, has …"), which is the named one's.
    const aside = setOffAsideEnd(text, end);
    const others = new Set(
      p.pronouns
        .filter(
          (q) =>
            q.sentence === s &&
            !q.quoted &&
            q.role !== 'subject' &&
            !(q.role === 'possessive' && q.at > end && q.at < aside),
        )
        .map((q) => q.pronoun),
    );
    for (const q of p.pronouns) {
      if (!isVotingPronoun(q)) continue;
      // "Reyburn resigned; that night, so did she": someone else doing the same.
      if (SO_DID.test(text.slice(Math.max(0, q.at - 16), q.at))) continue;
      // A "she" before the name is the sentence's subject, and the name someone else.
      if (q.sentence === s && q.at < at) break;
      // "Korhonen called the judge's order “modest”, noting that he …": a person a role names in between
      // may be whom the pronoun means.
      // "Guðmundur joined her there, and she said": an object of the pronoun's gender in between ("her")
      // is someone else, whom the "she" may as well mean.
      const objectBetween = p.pronouns.some(
        (o) =>
          o.sentence === s &&
          o.pronoun === q.pronoun &&
          o.at > at &&
          o.at < q.at &&
          (o.role === 'object' ||
            (o.role === 'possessive' && HER_AS_OBJECT.test(text.slice(o.at, o.at + 16)))),
      );
      // ("Her coach, Joseph Mutai, said she had …": a possessive of the pronoun's gender before the name
      // means someone else, whom the pronoun goes on with.)
      const possessorBefore = p.pronouns.some(
        (o) =>
          o.sentence === s &&
          !o.quoted &&
          o.role === 'possessive' &&
          o.pronoun === q.pronoun &&
          o.at < at &&
          POSSESSED_ROLE_BEFORE_NAME.test(text.slice(o.at, at)),
      );
      const sameSentence =
        q.sentence === s &&
        q.at > at &&
        !possessorBefore &&
        !placed.has(s) &&
        !roleBetween(text, at, q.at) &&
        !objectBetween &&
        !ASKS_ABOUT_ANOTHER.test(text.slice(end, q.at));
      const opensNext =
        q.sentence === s + 1 &&
        !others.has(q.pronoun) &&
        !(named.has(s + 1) && (named.get(s + 1)?.at ?? 0) < q.at);
      if (sameSentence || opensNext)
        e.votes[q.pronoun === 'he' ? 'm' : 'f'] +=
          sameSentence && inClosingCue(text, q.at) ? CLOSING_CUE_VOTE : 1;
    }
  }
}

/**
 * "Halasz asked why she had told investigators …", "pressed her on whether she …": a question put about
 * someone, whose pronoun after it is that person, not the one asking.
 */
const ASKS_ABOUT_ANOTHER =
  /\b(?:asked|asks|asking|wondered|questioned|pressed|quizzed)\b[^.;:!?]*?\b(?:why|whether|if|how|what|when|where)\b/u;

/** "the senator", "the minister": a title or role after "the", as a paragraph refers to its holder. */
const DEFINITE_TITLE = /\b[Tt]he\s+(\p{Ll}+)\b(?!['\u2019]s\b| of\b)/gu;

/**
 * A sentence that opens with "His", "Her" or "Their" and a kinship word no name follows ("His mother, who
 * …", "Her son said"): the kinship word.
 */
const KIN_OPENING =
  /(?:^|[.!?]["\u201D\u2019]?\s+)(?:His|Her|Their)\s+(\p{Ll}+)\b(?!['\u2019]s\b|,?\s+\p{Lu})/gu;

/** An opening clause whose agent is the name after it: "Asked by Assistant U.S. Attorney ", "Asked by prosecutor ". */
const ASKED_BY =
  /(?:^|[.!?]["\u201D\u2019]?\s+)(?:Asked|Pressed|Questioned|Challenged|Quizzed|Prompted|Urged)\s+by\s+(?:[\p{L}.'\u2019-]+,?\s+){0,5}$/u;
/** How far before a name `ASKED_BY` looks. */
const ASKED_BY_REACH = 80;
/** An opening clause of a question, about what the name is in: "Asked about the reports that linked her to ". */
const ASKED_ABOUT =
  /(?:^|[.!?]["\u201D\u2019]?\s+)(?:Asked|Pressed|Questioned|Quizzed)\s+(?:about|over|on|whether|if|what|why|how|who|when|where)\b[^.!?,;:]*$/u;
/** How far before a name `ASKED_ABOUT` looks. */
const ASKED_ABOUT_REACH = 160;

/** The longest aside set off by commas right after a name ("Aled, sitting alongside his brother,"). */
const MAX_ASIDE = 80;

/** Where the aside set off by commas right after a name ends (its closing comma), or -1 if there is none. */
function setOffAsideEnd(text: string, nameEnd: number): number {
  if (text.charAt(nameEnd) !== ',') return -1;
  const close = text.indexOf(',', nameEnd + 1);
  return close > 0 && close - nameEnd <= MAX_ASIDE ? close : -1;
}

/** "her" as an object: before punctuation or a word that opens no noun ("joined her there", "told her that"). */
const HER_AS_OBJECT =
  /^her(?=\s*[,.;:!?]|\s+(?:there|here|to|that|the|a|an|and|in|on|at|with|for|by|from|about|as|again|back|up|down|off|out|over)\b)/i;

/**
 * What a pronoun in a cue closing its sentence counts for the person the sentence names ("Alcaraz visited the
 * wards, she said."): as often the reporter of the sentence as its subject, so half a vote.
 */
const CLOSING_CUE_VOTE = 0.5;

/** Whether the pronoun at text[at] opens a cue that closes its sentence (", she said.", ", he added on Monday."). */
function inClosingCue(text: string, at: number): boolean {
  if (!/,\s*$/.test(text.slice(Math.max(0, at - 3), at))) return false;
  const cue = /^(?:he|she)\s+([\p{Ll}]+)(?:\s+[\p{L}\d]+){0,3}[.!]/iu.exec(text.slice(at, at + 60));
  return cue !== null && SPEECH_VERB_WORDS.has(cue[1] as string);
}

/** "the judge", "the judge's": a definite role noun, another person a pronoun after it may mean. */
const DEFINITE_NOUN = /\bthe\s+([\p{Ll}-]+?)(?:['\u2019]s)?\b/gu;

/**
 * Whether text[from, to) names someone by a definite role ("the judge's order"); not an appositive set off
 * by a comma, which is the named person's own ("said Sam Vane, the engineer").
 */
function roleBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  for (const m of between.matchAll(DEFINITE_NOUN))
    if (isRoleNoun(m[1] as string) && !/,\s*$/.test(between.slice(0, m.index))) return true;
  // "Lee, whose father waited five hours, said he had been moved": a relative of theirs, whom the pronoun
  // may as well mean.
  for (const m of between.matchAll(POSSESSED_KIN))
    if ((m[1] as string).split(/\s+/).some((w) => KIN_WORDS.has(w))) return true;
  return false;
}

/** "whose father", "her 71-year-old father", "his late wife": a possessive and the three words after it. */
const POSSESSED_KIN = /\b(?:whose|his|her|their)((?:\s+[\p{Ll}\d-]+){1,3})/gu;

/**
 * A name that stands for no one a pronoun could mean: a place after "in" ("a shop in Vaalkop") or a
 * nationality ("a district the size of a small European country").
 */
function namesNoOne(n: NameMention): boolean {
  return n.locative || (n.titles.length === 0 && DEMONYMS.has(n.tokens.join(' ').toLowerCase()));
}

/**
 * "In a post on her Facebook page, she wrote": one capitalised word right after a possessive determiner
 * names a thing of that person's (a brand, a place, a platform), never a second person in the sentence.
 */
function possessedThing(text: string, n: NameMention): boolean {
  return (
    n.tokens.length === 1 &&
    n.titles.length === 0 &&
    POSSESSIVE_DETERMINER.test(text.slice(Math.max(0, n.start - 8), n.start))
  );
}
const POSSESSIVE_DETERMINER = /\b(?:his|her|their|its|our|my|your)\s+$/i;

/**
 * "Tariq Al Mahrouqi, chief executive of Mawarid, said he …": a name with nothing personal about it right
 * after a role noun and "of", "at" or "for" is the body the role serves, not a second person in the sentence.
 */
function servedBody(text: string, n: NameMention): boolean {
  if (n.personal || n.titles.length > 0) return false;
  const role = ROLE_OF_BODY.exec(text.slice(Math.max(0, n.start - 40), n.start))?.[1];
  return role !== undefined && isRoleNoun(role.toLowerCase());
}

/** A role noun and the word that ties it to a body, just before a name ("chief executive of "). */
const ROLE_OF_BODY = /\b(\p{Ll}+)\s+(?:of|at|for)\s+(?:the\s+)?$/u;

/** "so did", "nor was", "neither has" before a pronoun: another person doing as the one named did. */
const SO_DID =
  /\b(?:so|nor|neither)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|should)\s+$/i;

/**
 * Whether the pronoun is the cue of a quotation that opens the paragraph ("“…,” he told reporters"): it stands
 * right after that quotation's closing mark, with at most a comma and a space between.
 */
function cuesOpeningQuotation(spans: readonly QuoteSpan[], q: PronounMention): boolean {
  const first = spans[0];
  return first !== undefined && first.open === 0 && first.close >= 0 && q.at - first.close <= 2;
}

/** "he" or "she" outside quotations as a subject: a pronoun that may vote for a person's gender. */
function isVotingPronoun(q: PronounMention): boolean {
  return !q.quoted && q.role === 'subject' && (q.pronoun === 'he' || q.pronoun === 'she');
}

/** The gender a pronoun after a mention gives it, and whether that pronoun is a subject ("she said"). */
interface Agreement {
  gender: Gender;
  subject: boolean;
}

/**
 * The gender of the pronoun that follows a name opening its sentence, before any other name: "Dovrenko
 * chooses her words", "Lind said he …", or one opening the next sentence (see `nextSentenceSubject`). A
 * possessive counts only before a word of content ("her words", not "told her that"), where it is rarely
 * anyone's but the subject's.
 */
function agreeingGender(
  n: NameMention,
  names: readonly NameMention[],
  pronouns: readonly PronounMention[],
  text: string,
): Agreement | undefined {
  if (n.quoted || n.possessive) return undefined;
  // Loops, not closures: this runs for every name of every article.
  let next = Number.POSITIVE_INFINITY;
  for (const o of names) {
    if (o.sentence !== n.sentence) continue;
    if (o.start < n.start) return undefined;
    // ("Whitfield the Texan, for his part, …": a nationality names no one the pronoun could mean.)
    if (o.start > n.start && next === Number.POSITIVE_INFINITY && !namesNoOne(o)) next = o.start;
  }
  let q: PronounMention | undefined;
  for (const p of pronouns)
    if (p.sentence === n.sentence && p.at > n.end && p.at < next && !p.quoted) {
      q = p;
      break;
    }
  q ??= nextSentenceSubject(n, names, pronouns, text);
  if (!q || (q.pronoun !== 'he' && q.pronoun !== 'she')) return undefined;
  if (q.role === 'object') return undefined;
  if (q.role === 'possessive') {
    const following = /^\S+\s+([\p{Ll}-]+)/u.exec(text.slice(q.at))?.[1];
    if (!following || isStopword(following)) return undefined;
  }
  return { gender: q.pronoun === 'he' ? 'm' : 'f', subject: q.role === 'subject' };
}

/** ", 24, who lost the semi-final to ": a relative clause right after a name, still open. */
const OWN_RELATIVE_CLAUSE = /^,\s*(?:\d{1,3},\s*)?who\s[^,;:.]*$/u;

/**
 * "Castrejón, 24, was more measured. “…,” she said.": the subject pronoun of the next sentence, when the
 * mention is the only person its own sentence names and the next names no one before that pronoun (both
 * outside quotations): the person the pronoun carries on about.
 */
function nextSentenceSubject(
  n: NameMention,
  names: readonly NameMention[],
  pronouns: readonly PronounMention[],
  text: string,
): PronounMention | undefined {
  // A name in a relative clause about the mention ("Castrejón, 24, who lost to Mila Draganova, …") is not
  // who the sentence is about.
  for (const o of names)
    if (
      o !== n &&
      o.sentence === n.sentence &&
      !o.quoted &&
      !(o.start > n.end && OWN_RELATIVE_CLAUSE.test(text.slice(n.end, o.start)))
    )
      return undefined;
  let q: PronounMention | undefined;
  for (const p of pronouns) {
    if (p.quoted) continue;
    if (p.sentence === n.sentence && p.at > n.end) return undefined;
    if (p.sentence === n.sentence + 1) {
      q ??= p;
    }
  }
  if (q?.role !== 'subject') return undefined;
  for (const o of names) if (o.sentence === n.sentence + 1 && !o.quoted && o.start < q.at) return undefined;
  return q;
}

/** A person named inside a quotation, and the offset where that quotation closes. */
interface QuotedName {
  entity: number;
  close: number;
}

/** Where the quotation around `at` closes (a quotation left open runs to the paragraph's end). */
function closeOf(spans: readonly QuoteSpan[], at: number): number {
  const span = spans.find((s) => s.open <= at && (s.close < 0 || at < s.close));
  return span === undefined || span.close < 0 ? Number.POSITIVE_INFINITY : span.close;
}

/**
 * The people named in a quotation that reaches into the sentence starting at `sentenceStart`: the words a
 * name there may be given ("“Calvin gave me his life jacket,” Amsel said", see `#linkSingle`). A quotation
 * of an earlier sentence is someone else's words: "Whitcombe shouting: “Lachlan, put the knife down.”
 * Brierley can be heard replying:" says nothing against Lachlan being the Brierley who replies.
 */
function spokenInReach(quoted: readonly QuotedName[], sentenceStart: number): ReadonlySet<number> {
  const reaching = quoted.filter((q) => q.close >= sentenceStart);
  return reaching.length === 0 ? NO_ENTITIES : new Set(reaching.map((q) => q.entity));
}

/**
 * "Liam and Kirsty Darrow": a common given name joined by "and" to a full name shares its surname, so it
 * is named in full ("Liam Darrow"), not a single name to link to whoever else goes by "Liam".
 */
function sharedSurnames(names: NameMention[], text: string): void {
  for (let k = 0; k + 1 < names.length; k++) {
    const [n, next] = [names[k] as NameMention, names[k + 1] as NameMention];
    if (n.tokens.length !== 1 || next.titles.length > 0 || coreLength(next.tokens) < 2) continue;
    if (!GIVEN_NAME_GENDERS.has(foldToken(n.tokens[0] as string))) continue;
    if (text.slice(n.end, next.start) !== ' and ' || n.sentence !== next.sentence) continue;
    n.tokens = [n.tokens[0] as string, ...next.tokens.slice(1)];
  }
}

/** A given name and a surname's initial ("Edwin S", "Edwin S."), folded; undefined for other names. */
export function givenAndInitial(tokens: readonly string[]): [string, string] | undefined {
  if (tokens.length !== 2 || !/^\p{Lu}\.?$/u.test(tokens[1] as string)) return undefined;
  const given = foldToken(tokens[0] as string);
  return given.length > 1 ? [given, foldToken((tokens[1] as string).replace('.', ''))] : undefined;
}

/** Whether a person named in full is the one a given name and initial stand for ("Edwin S": Edwin Strand). */
export function abbreviates([given, initial]: readonly [string, string], e: ArticleEntity): boolean {
  return (
    e.full &&
    e.surname.length > 1 &&
    e.surname.startsWith(initial) &&
    foldToken(e.tokens[0] as string) === given
  );
}

/**
 * A nickname in quotation marks between a given name and a surname: 'Rafe "Cally" Calloway', "Jo ‘Bull’
 * Hale", and before the surname's particles: 'Maria Cristina “Tina” de los Reyes'.
 */
const INLINE_NICKNAME = new RegExp(
  `["\u201C\u2018](\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}'\u2019-]+)?)["\u201D\u2019](?=\\s+(?:(?:${[...NAME_PARTICLES].join('|')})\\s+){0,3}\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll})`,
  'gu',
);
/** The given name before an inline nickname's opening mark (read backwards from the mark, not at every place). */
const GIVEN_BEFORE_NICKNAME = /\p{Lu}[\p{L}'\u2019-]+\s+$/u;

/**
 * A paragraph with each inline nickname (and its marks) blanked with spaces, so that every offset stays where
 * it was; the same arrays when it has none.
 */
function withoutInlineNicknames(
  sentences: readonly string[],
  text: string,
): { text: string; sentences: readonly string[]; nicknames: { start: number; end: number; name: string }[] } {
  const nicknames = [...text.matchAll(INLINE_NICKNAME)]
    .filter((m) => GIVEN_BEFORE_NICKNAME.test(text.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[1] as string }));
  if (nicknames.length === 0) return { text, sentences, nicknames };
  let blanked = text;
  for (const { start, end } of nicknames)
    blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  // The sentences are the paragraph's text joined by one space: cut the blanked text the same way.
  let at = 0;
  const cut = sentences.map((sentence) => {
    const piece = blanked.slice(at, at + sentence.length);
    at += sentence.length + 1;
    return piece;
  });
  return { text: blanked, sentences: cut, nicknames };
}

/**
 * "Vanessa Kerr, who performs as Vessa", "…, known as Vessa", "… (better known as Vessa)", "Mr Odeh, who is
 * known to friends as Abu Samer", "Hala Darwish, a mother of three known to everyone as Umm Khaled", "…, known
 * across the state simply as Toninho", "…, who was mayor from 2013 and is widely known as Toninho Ferreira": a name
 * the person goes by, maybe after an appositive that names no one and has no clause of its own ("who is
 * better known by his kunya Abu Khaled" too; "Ramos, 63, a retired miner whom everyone calls Seu João").
 */
const ALSO_KNOWN_AS =
  /^,?\s*(?:\d{1,3},\s*)?(?:(?:an?|the)\s(?:(?!who\b|whom\b|which\b|that\b)[\p{L}\d'\u2019-]+,?\s){1,10})?\(?(?:who (?:performs|sings|raps|records|goes|writes|plays) (?:as|by)|whom (?:[^,.;:"\u201C]{1,60}?\s)?calls|(?:who (?:[^,.;:"\u201C]{1,100}?\sand\s)?(?:is|was) )?(?:better |professionally |widely )?known(?: professionally)?(?: (?:to|across|throughout|around|in) (?:[\p{Ll}]+ ){1,4}?)?(?: ?simply)? ?(?:as|by (?:his|her|their|the) (?:kunya|nickname|nom de guerre|alias|name)))\s+(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+)?)/u;
/**
 * "Anselmo Requena is 67, has farmed the slope all his life and is known to everyone here as “El Tordo”": the
 * name a sentence's subject goes by, in quotation marks, stated in a clause of its predicate.
 */
const KNOWN_AS_IN_PREDICATE =
  /^\s+(?:is|was)\s[^.;:"\u201C]{0,160}?\sand\s+(?:is|was)\s+(?:better\s+|widely\s+)?known(?:\s+(?:to|across|throughout|around|in)\s+(?:\p{Ll}+\s+){1,4}?)?\s*as\s+["'\u2018\u201C](\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+)?)["'\u2019\u201D]/u;
/**
 * "Ottoline Vosburgh - dubbed ‘the Quartermaster’ by her players", ", nicknamed “The Wall”,": a nickname in
 * quotation marks (capitalised words, maybe after "the") that the article may then call the person by.
 */
const DUBBED =
  /^\s*(?:,|[-\u2013\u2014])?\s*\(?(?:(?:widely|affectionately|fondly|often|once)\s+)?(?:dubbed|nicknamed)\s+["'\u2018\u201C](?:[Tt]he\s+)?(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+)?)["'\u2019\u201D]/u;
/**
 * "Vessa, whose real name is Vanessa Kerr", "Tavinho, whose full name is Gustavo Lacerda", "Dudu, full name
 * Eduardo Spindola", "Tavinho, born Gustavo Lacerda": the name a person goes by first, then their name.
 */
const WHOSE_REAL_NAME =
  /^,?\s*(?:\d{1,3},\s*)?(?:whose (?:real|legal|birth|full) name is|(?:real|full|birth) name:?|born)\s+$/u;

/**
 * Names a person goes by besides their own, stated in the paragraph: the stage name after a full name, or the
 * full name after a stage name ("whose real name is"). The stage name becomes a short form of the full name.
 */
function stageNames(names: readonly LinkedName[], text: string, chains: ArticleChains): void {
  for (let i = 0; i < names.length; i++) {
    const n = names[i] as LinkedName;
    const entity = chains.entities[n.entity] as ArticleEntity;
    if (entity.full) {
      const after = text.slice(n.end);
      const alias = (ALSO_KNOWN_AS.exec(after) ?? KNOWN_AS_IN_PREDICATE.exec(after))?.[1];
      if (alias !== undefined) chains.alsoKnownAs(entity, alias.split(' '));
      const nickname = DUBBED.exec(text.slice(n.end))?.[1];
      if (nickname !== undefined) {
        chains.alsoKnownAs(entity, nickname.split(' '));
        entity.nicknames ??= new Set();
        entity.nicknames.add(nickname.split(' ').map(foldToken).join(' '));
      }
      continue;
    }
    const next = names[i + 1];
    if (next === undefined || !WHOSE_REAL_NAME.test(text.slice(n.end, next.start))) continue;
    const named = chains.entities[next.entity] as ArticleEntity;
    if (named.full) chains.alsoKnownAs(named, n.tokens);
  }
  // "Rogan Meireles, 58, grew up in the port. Along the docks he has been known for decades as “Tatu”": the
  // one person of the pronoun's gender (or a person of no known gender) named in full before it in the
  // paragraph; not a firm named there too.
  for (const known of text.matchAll(PRONOUN_KNOWN_AS)) {
    const gender = (known[1] as string).toLowerCase() === 'he' ? 'm' : 'f';
    const before = new Set(
      names
        .filter((m) => !m.quoted && m.end <= known.index)
        .map((m) => chains.entities[m.entity] as ArticleEntity)
        .filter((e) => e.full && (genderOf(e) === gender || (e.personal > 0 && compatible(e, gender)))),
    );
    const [person, ...others] = before;
    if (person === undefined || others.length > 0) continue;
    const nickname = known[2] as string;
    chains.alsoKnownAs(person, nickname.split(' '));
    person.nicknames ??= new Set();
    person.nicknames.add(nickname.split(' ').map(foldToken).join(' '));
  }
}

/** "he has been known for decades as “Tatu”", "she is known to everyone as ‘Nana’": a pronoun's nickname. */
const PRONOUN_KNOWN_AS =
  /\b(he|she)\s+(?:is|was|has\s+been|had\s+been)\s+(?:better\s+|widely\s+|long\s+|affectionately\s+)?known(?:\s+(?:to|across|throughout|around|in|for)\s+(?:\p{Ll}+\s+){1,4}?)?\s*as\s+["'\u2018\u201C](\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+)?)["'\u2019\u201D]/giu;

/**
 * "Her brother, ", "his younger sister, ", "their son ", "His mother, ": a kinship word before a given name,
 * set off or not.
 */
const KIN_SET_OFF =
  /\b(his|her|their)\s+(?:(?:older|younger|elder|big|little|twin|baby)\s+)?(?:brother|sister|son|daughter|husband|wife|widow|widower|mother|father)\s*,?\s*$/i;

/** "’s parents, ", "'s younger brother ", "'s wife ": a named person's relatives before their given names. */
const KIN_OF_NAMED =
  /['\u2019]s\s+(?:(?:older|younger|elder|twin)\s+)?(?:parents|mother|father|mum|dad|brothers?|sisters?|sons?|daughters?|husband|wife|widow|widower|children|grandparents)\s*,?\s*$/i;
/** A kinship word right before a name ("wife Lucy", "brother, Lachlan"). */
const KIN_WORD_BEFORE =
  /\b(?:brothers?|sisters?|sons?|daughters?|husband|wife|widow|widower|mother|father|mum|dad|parents|children|grandparents),?\s$/i;

/**
 * Gives the relative `names[i]`, named by given name after a kinship word ("Her brother, Lachlan, …"), the
 * family name of the person the possessive refers to: the last person named in full before it, in this
 * paragraph or the two before (`before`), of the possessive's gender. `given`: the family each relative of the
 * paragraph was given so far, by place in `names`.
 */
function familyNameAt(
  i: number,
  names: readonly LinkedName[],
  before: readonly LinkedName[],
  text: string,
  chains: ArticleChains,
  given: Map<number, ArticleEntity>,
): void {
  const n = names[i] as LinkedName;
  if (n.quoted || n.tokens.length !== 1) return;
  const entity = chains.entities[n.entity] as ArticleEntity;
  // "Josh Tremlett’s parents, Alison and Martin": the second of two relatives joined by "and".
  const sibling = given.get(i - 1);
  if (sibling && /^\s+and\s+$/.test(text.slice((names[i - 1] as LinkedName).end, n.start))) {
    chains.giveFamilyName(entity, sibling);
    given.set(i, sibling);
    return;
  }
  // (Most names have no kinship word right before them: nothing to read.)
  const lead = text.slice(Math.max(0, n.start - 40), n.start);
  if (!KIN_WORD_BEFORE.test(lead)) return;
  // "Josh Tremlett’s parents, Alison": the relatives of the person named just before the possessive.
  const ofNamed = KIN_OF_NAMED.exec(lead);
  const owner = names[i - 1];
  const at = ofNamed ? n.start - lead.length + ofNamed.index : -1;
  if (ofNamed && owner && !owner.quoted && owner.end >= at - 1 && owner.end <= at + 2) {
    const family = chains.entities[owner.entity] as ArticleEntity;
    if (family.full && family !== entity) {
      chains.giveFamilyName(entity, family);
      given.set(i, family);
    }
    return;
  }
  const kin = KIN_SET_OFF.exec(lead);
  if (!kin) return;
  const possessive = (kin[1] as string).toLowerCase();
  const gender = possessive === 'his' ? 'm' : possessive === 'her' ? 'f' : undefined;
  const earlier = [...before, ...names.slice(0, i)].filter((m) => !m.quoted && m.entity !== n.entity);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const family = chains.entities[(earlier[k] as LinkedName).entity] as ArticleEntity;
    if (!family.full || !compatible(family, gender)) continue;
    chains.giveFamilyName(entity, family);
    given.set(i, family);
    return;
  }
}

/** How many names back, within the sentence, "known as" may follow the person's full name. */
const KNOWN_AS_REACH = 3;

/**
 * The person named in full before mention `i` of its sentence (up to KNOWN_AS_REACH names back) whom the
 * text after that name says goes by mention `i`'s name ("X, who … is widely known as Abu Khaled").
 */
function alsoKnownAsOf(
  names: readonly LinkedName[],
  i: number,
  text: string,
  chains: ArticleChains,
): ArticleEntity | undefined {
  const n = names[i] as LinkedName;
  for (let k = i - 1; k >= 0 && k >= i - KNOWN_AS_REACH; k--) {
    const prior = names[k] as LinkedName;
    if (prior.sentence !== n.sentence) return undefined;
    const entity = chains.entities[prior.entity];
    if (entity?.full && ALSO_KNOWN_AS.exec(text.slice(prior.end))?.[1] === n.tokens.join(' ')) return entity;
  }
  return undefined;
}

/** Whether a paragraph is one quotation and nothing else ("“We will never have justice, only a sentence.”"). */
function isAllQuotation(text: string, spans: readonly QuoteSpan[]): boolean {
  const only = spans.length === 1 ? spans[0] : undefined;
  if (only === undefined || only.open > 0) return false;
  return only.close === -1 || only.close >= text.trimEnd().length - 1;
}

/** The full names a headline gives ("Anél Brandt"). */
function headlineNames(headline: string, scanner: MentionScanner): (readonly string[])[] {
  if (headline === '') return [];
  const { names } = scanner.scan([headline], headline, [], new Set());
  return names.filter((n) => coreLength(n.tokens) >= 2).map((n) => n.tokens);
}

/**
 * Finds the people of an article: mentions per paragraph, linked into entities. `texts` are the
 * paragraphs' sentences joined by spaces, `spans` their quotations.
 */
export function findArticlePeople(
  paragraphs: readonly (readonly string[])[],
  texts: readonly string[],
  spans: readonly (readonly QuoteSpan[])[],
  scanner: MentionScanner,
  headline = '',
): ArticlePeople {
  scanner.readArticle(texts);
  const chains = new ArticleChains(() => headlineNames(headline, scanner), texts, spans);
  let previous: ParagraphPeople | undefined;
  // The names of the two paragraphs before, where a relative's family is looked for ("… Vilas Kharat … ¶
  // “…,” he said. ¶ His younger brother, Santosh, …").
  let before: readonly LinkedName[] = [];
  // The person the paragraph before carried on about without naming them (see `carryOn`).
  let carried: number | undefined;
  const linked: ParagraphPeople[] = paragraphs.map((written, p) => {
    // 'Rafe "Cally" Calloway': the nickname is blanked out for the name to read whole, then made one of its forms.
    const { text, sentences, nicknames } = withoutInlineNicknames(written, texts[p] as string);
    const { names, pronouns } = scanner.scan(
      sentences,
      text,
      spans[p] ?? [],
      chains.surnames,
      chains.fullNames,
    );
    // The people named inside the paragraph's quotations so far, and where each one's quotation closes.
    const quotedNames: QuotedName[] = [];
    const starts = sentenceStarts(sentences);
    sharedSurnames(names, text);
    // The family each relative named here was given, by the relative's place in `names`: given as soon as
    // the relative is linked, so that "Mrs Fairbairn" after "Colin Fairbairn's widow, Margaret," is hers.
    const given = new Map<number, ArticleEntity>();
    for (const [i, n] of names.entries()) {
      // "Antonio Carlos Ferreira Junior, who … is widely known as Toninho Ferreira": the name after "known
      // as" is one the person goes by, known as such before it is linked (not a second Ferreira).
      // (Past a body the appositive names: "Mohammad al-Tamimi, the head of the Southern Front delegation,
      // who is better known by his kunya Abu Khaled".)
      const known = alsoKnownAsOf(names as LinkedName[], i, text, chains);
      if (known !== undefined) chains.alsoKnownAs(known, n.tokens);
      const entity = chains.link(
        n,
        p,
        agreeingGender(n, names, pronouns, text),
        n.quoted ? NO_ENTITIES : spokenInReach(quotedNames, starts[n.sentence] ?? 0),
      );
      (n as LinkedName).entity = entity.id;
      if (n.quoted) quotedNames.push({ entity: entity.id, close: closeOf(spans[p] ?? [], n.start) });
      familyNameAt(i, names as LinkedName[], before, text, chains, given);
    }
    stageNames(names as LinkedName[], text, chains);
    for (const nickname of nicknames) {
      const n = (names as LinkedName[]).find((m) => m.start < nickname.start && nickname.end < m.end);
      const entity = n === undefined ? undefined : chains.entities[n.entity];
      if (entity?.full) {
        chains.alsoKnownAs(entity, nickname.name.split(' '));
        entity.nicknames ??= new Set();
        entity.nicknames.add(nickname.name.split(' ').map(foldToken).join(' '));
      }
    }
    const people = { names: names as LinkedName[], pronouns };
    votePronouns(chains, people, text);
    // (Places and stray capitals aside: "Contacted by phone, the senator said … at Cloonagh".)
    if (!people.names.some((n) => !n.quoted && chains.entities[n.entity]?.full)) {
      chains.referredByTitle(text, spans[p] ?? [], p);
      chains.referredByKin(text, spans[p] ?? [], p);
    }
    carried = chains.carryOn(previous, people, p, spans[p], carried);
    before = [...(previous?.names ?? []), ...people.names];
    previous = people;
    return people;
  });
  return { entities: chains.entities, paragraphs: linked };
}
