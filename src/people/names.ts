/**
 * Name forms: folding ("Zoë" = "Zoe", "O’Donnell" = "O'Donnell", "Kim Jong-un" = "Kim Jong Un"), the parts
 * of a name, and the keys under which people are found.
 */
import {
  GENERATIONAL_SUFFIXES,
  GIVEN_NAME_GENDERS,
  HONORIFICS,
  NAME_PARTICLES,
  OFFICE_FIELDS,
  ORG_WORDS,
  PET_NAMES,
  PLACE_OPENERS,
  PLACES_OPENING_WITH_HONORIFIC,
  POST_NOMINALS,
  CLOSING_HONORIFICS,
  ROLE_WORDS,
} from '../lexicon/index.ts';
import { comparable } from '../text/normalize.ts';

/**
 * Where the name starts in capitalised words that may open with a body and a role ("Federal Emergency
 * Readiness Agency Administrator Rochelle Vantreese", "Wanderers Manager Stuart Kettle"): after a role word
 * followed by two or three words that are no role or body word themselves; else at `from`.
 */
export function nameAfterBodyRole(words: readonly string[], from: number): number {
  const j = words.length;
  // (A name of up to five words with a particle or an initial: "FAA Administrator Victor E. de la Garza".)
  for (let k = j - 3; k > from && k >= j - 6; k--) {
    if (!ROLE_WORDS.has((words[k] as string).toLowerCase())) continue;
    const after = words.slice(k + 1, j).map((w) => w.toLowerCase());
    if (k < j - 4 && !words.slice(k + 1, j).some((w) => NAME_PARTICLES.has(w) || /^\p{Lu}\.$/u.test(w)))
      return from;
    return after.some((w) => ROLE_WORDS.has(w) || ORG_WORDS.has(w)) ? from : k + 1;
  }
  return from;
}

/**
 * Where a person's name starts in a capitalised run that ends a title's body ("Attorney for the District of
 * Massachusetts Joshua Levy", "Attorney General of New York Letitia James", "Director of Public
 * Prosecutions Max Hill"): after a place's two words ("New York …"), or at the first given name after a
 * word that is none ("Massachusetts Joshua …"); 0 when the run is one name ("the son of John Paul Reyes") or
 * names no one by a given name the lexicon knows.
 */
export function nameAfterBody(words: readonly string[]): number {
  if (words.length >= 4 && PLACE_OPENERS.has((words[0] as string).toLowerCase())) return 2;
  const given = (w: string) => GIVEN_NAME_GENDERS.has(w.toLowerCase());
  for (let k = 1; k + 2 <= words.length; k++)
    if (!given(words[k - 1] as string) && given(words[k] as string)) return k;
  // "Commissioner of Police Tejaswini Kulkarni": a given name the lexicon does not know, after a word of a
  // body that is no name ("Police", "Department") or the field an office serves ("Commissioner of Railway
  // Safety Sanjeev Bhatnagar"): the two words after it, or three ("… of Police Tejinder Singh Bal").
  for (let body = words.length - 3; body >= Math.max(0, words.length - 4); body--) {
    const word = (words[body] as string).toLowerCase();
    if (ORG_WORDS.has(word) || OFFICE_FIELDS.has(word)) return body + 1;
  }
  return 0;
}

/**
 * Where the name starts in the capitalised words that end an office's body ("Minister for Rural and …
 * Disaster Management Ratu Epeli Naivalu", "… and Coastal Affairs Oona Pell"): at its honorific, else two
 * words before the end.
 */
export function nameAfterOfficeBody(words: readonly string[]): number {
  const titled = words.findIndex((w) => HONORIFICS.has(w.toLowerCase().replace(/[.\u2019']/g, '')));
  if (titled >= 0) return titled;
  // ("… Rural Affairs and Islands Alasdair J. Grieve": a middle initial is no word of the two.)
  const from = words.length - 2;
  return from >= 1 && MIDDLE_INITIAL.test(words[from] as string) ? from - 1 : Math.max(0, from);
}

/** A middle initial written with its stop ("J."). */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/** A name that opens like a place ("South Korea", "New York"): never a person's. */
export function looksLikePlace(tokens: readonly string[]): boolean {
  if (tokens.length < 2) return false;
  return (
    PLACE_OPENERS.has((tokens[0] as string).toLowerCase()) ||
    PLACES_OPENING_WITH_HONORIFIC.has(tokens.join(' ').toLowerCase())
  );
}

/** The longest particle: a longer token is none, without a look-up. */
const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((p) => p.length));

/** Whether a written token is a name particle (lower case only: "Al" in "Al Sharpton" is a first name). */
export function isParticle(token: string): boolean {
  return token.length <= LONGEST_PARTICLE && NAME_PARTICLES.has(token);
}

/**
 * Professional letters in mixed case: two capitals or more, then lower case, and perhaps capitals again
 * ("CEng", "FIStructE", "FRCPath", "MBChB", "DPhil", "MSc"). No name starts so ("McDonald", "LeBron",
 * "JoAnne" have one capital before their lower case).
 */
const PROFESSIONAL_LETTERS = /^\p{Lu}{2,}\p{Ll}+(?:\p{Lu}\p{Ll}*)*$/u;

/** Letters after a name, as the lexicon lists them ("KC", "K.C.,", "MBE") or by their shape ("CEng"). */
export function isPostNominal(token: string): boolean {
  const form = postNominalForm(token);
  return POST_NOMINALS.has(form) || PROFESSIONAL_LETTERS.test(form);
}

/** Letters after a name ("KC", "MBE") or a courtesy written after it ("Sahib", "Bey", "Hanım"). */
function isAfterName(token: string): boolean {
  return isPostNominal(token) || CLOSING_HONORIFICS.has(token.toLowerCase());
}

/**
 * Where a name that starts at `from` ends before the letters or courtesy after it ("Imelda Cour KC", "Ann
 * Hale MBE", "Shah Sahib"): never before its first word.
 */
export function endBeforePostNominals(tokens: readonly string[], from = 0): number {
  let end = tokens.length;
  while (end - from > 1 && isAfterName(tokens[end - 1] as string)) end--;
  return end;
}

/**
 * Letters after a name as the lexicon lists them, periods and commas dropped ("K.C.," → "KC"; a period
 * masked as a one-dot leader too).
 */
export function postNominalForm(token: string): string {
  return token.replace(/[.,\u2024]/g, '');
}

/**
 * An online user name as its owner writes it, lower-case letters then digits ("elmo666", "jayk1984"): the
 * name a forum poster is quoted under. Capitalised words with digits ("COVID19", "A380") are not.
 */
export const HANDLE_PATTERN = '[a-z][a-z_]{2,}\\d{2,}';
const HANDLE = new RegExp(`^${HANDLE_PATTERN}$`);

export function isHandle(token: string): boolean {
  return HANDLE.test(token);
}

/** Whether the word at text[start, end) may be a user name: it ends in a digit, punctuation after it aside. */
export function mayBeHandle(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && !isAsciiLetterOrDigit(text.charCodeAt(last))) last--;
  const c = text.charCodeAt(last);
  return c >= 48 && c <= 57;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A surname that opens with its particle in lower case: "al-Haddad", "el-Amin", "bin-Talal", "d'Estaing". */
const PARTICLE_NAME = /^(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|abd|abu|bin|ibn)-|[dl]['\u2019])\p{Lu}/u;

/** The Gaelic particles "son of" and "daughter of" ("Mac", "Nic", "Mhic"), which an article may follow. */
const FILIAL_PARTICLES: ReadonlySet<string> = new Set(['mac', 'nic', 'mhic']);
/** Irish particles of a surname: "Ó", "Ní", "Uí", and "Mac", "Nic", "Mhic" (and "O" written without the fada). */
const IRISH_PARTICLES: ReadonlySet<string> = new Set(['ó', 'o', 'ní', 'ni', 'uí', 'ui', ...FILIAL_PARTICLES]);
/** The lower-case initial mutation of an Irish surname ("h" of "hUiginn", "n" of "nDonnchadha"): a RegExp source. */
export const IRISH_MUTATION_PATTERN = '(?:[hnt]|bh|bhf|mb|gc|nd|ng|dt)';
/**
 * A surname after an Irish particle with its initial mutation in lower case: "hUiginn", "nDonnchadha",
 * "tSaoi", and in Scottish Gaelic with a hyphen, "t-Saoir".
 */
const MUTATED_SURNAME = new RegExp(`^${IRISH_MUTATION_PATTERN}-?\\p{Lu}\\p{Ll}`, 'u');
/** The Gaelic article inside a surname after "Mac" or "Nic": "Mac an tSaoi", "Nic an t-Saoir", "Mac a' Phi". */
const GAELIC_ARTICLES: ReadonlySet<string> = new Set(['an', "a'", 'a\u2019', 'na']);

/** Whether `token` after `before` is an Irish surname written with its mutation ("Ó hUiginn", "Mac an tSaoi"). */
export function isMutatedSurname(before: string, token: string): boolean {
  return (
    MUTATED_SURNAME.test(token) && (IRISH_PARTICLES.has(before.toLowerCase()) || GAELIC_ARTICLES.has(before))
  );
}

/**
 * Whether `token` is the Gaelic article inside a surname: after "Mac", "Nic" or "Mhic" and before the rest of
 * the name ("Mac an t-Saoir", "Mac a' Phearsain").
 */
export function isGaelicArticle(before: string, token: string, next: string): boolean {
  return (
    GAELIC_ARTICLES.has(token) &&
    FILIAL_PARTICLES.has(before.toLowerCase()) &&
    (/^\p{Lu}/u.test(next) || MUTATED_SURNAME.test(next))
  );
}

export function isParticleName(token: string): boolean {
  return mayOpenParticleName(token, 0) && PARTICLE_NAME.test(token);
}

/**
 * Whether the word at text[start] may be a particle name ("al-Haddad", "d'Estaing"): an apostrophe second or
 * a hyphen third or fourth. A look by char codes before the regular expression: most words have neither.
 */
export function mayOpenParticleName(text: string, start: number): boolean {
  const second = text.charCodeAt(start + 1);
  return (
    second === 39 ||
    second === 0x2019 ||
    text.charCodeAt(start + 2) === 45 ||
    text.charCodeAt(start + 3) === 45
  );
}

/**
 * German umlauts and Scandinavian letters written out ("Mueller" for "Müller", folded "muller";
 * "Oedegaard" for "Ødegård", folded "odegard"): the other spellings of a folded token, none when it has none.
 */
export function umlautVariants(folded: string): string[] {
  // ("Muehlbauer" is "Mühlbauer": not every "ue" is an umlaut written out, so each choice of them.)
  const at: number[] = [];
  for (let i = folded.indexOf('e', 1); i > 0; i = folded.indexOf('e', i + 1))
    if ('aou'.includes(folded.charAt(i - 1))) at.push(i);
  const variants: string[] = [];
  for (let mask = 1; mask < 1 << Math.min(at.length, MAX_WRITTEN_OUT_UMLAUTS); mask++) {
    let variant = folded;
    for (let k = at.length - 1; k >= 0; k--)
      if (mask & (1 << k)) variant = variant.slice(0, at[k]) + variant.slice((at[k] as number) + 1);
    variants.push(variant);
  }
  // ("aa" for "å": with and without the umlauts above.)
  if (folded.includes('aa'))
    for (const written of [folded, ...variants]) variants.push(written.replaceAll('aa', 'a'));
  return variants;
}

/** Most "ae", "oe", "ue" of one word tried as umlauts written out. */
const MAX_WRITTEN_OUT_UMLAUTS = 3;

/**
 * Whether two folded words differ only by two neighbouring letters written the other way round
 * ("chastian" for "chastain"): the commonest typing slip in a name. Words of five letters or more only (short
 * names differ that way on purpose: "Gael"/"Gale").
 */
export function isTransposed(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a === b) return false;
  let i = 0;
  while (a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return (
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    a.slice(i + 2) === b.slice(i + 2)
  );
}

/**
 * The Arabic article opening a family name ("al-Mansouri", "El-Amin", "ash-Shami"), which many outlets leave
 * out ("Mansouri told reporters"): not part of what the name is known by.
 */
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-(?=\p{L})/iu;

/**
 * One name token, folded: lower case, no accents, no apostrophes or hyphens ("O’Donnell" → "odonnell"), and
 * no Arabic article ("al-Mansouri" → "mansouri").
 */
export function foldToken(token: string): string {
  // Plain ASCII letters (most names): lower case is all there is to do.
  if (isPlainLetters(token)) return token.toLowerCase();
  return comparable(token.replace(ARABIC_ARTICLE, '')).replaceAll(' ', '');
}

/** Letters a-z and A-Z only: a name word whose folded form is its lower case. */
export function isPlainLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/** A name's folded tokens joined by spaces: how a name is shown to search ("zoe marsh-adeyemi" → "zoe marshadeyemi"). */
export function nameKey(tokens: readonly string[]): string {
  return tokens
    .map(foldToken)
    .filter((t) => t !== '')
    .join(' ');
}

/** A name's identity, spaces aside: "Kim Jong-un" and "Kim Jong Un" are one name. */
export function compactKey(tokens: readonly string[]): string {
  let key = '';
  for (const [k, t] of tokens.entries())
    if (!(k > 0 && k < tokens.length - 1 && isSeparateArticle(t))) key += foldToken(t);
  return key;
}

/**
 * "Khalid Al Harthi", "Khalid al Harthi": the Arabic article written apart inside a name, which another
 * outlet joins to the family name ("Khalid al-Harthi") or leaves out; as `ARABIC_ARTICLE`, not part of what
 * the name is known by. (Opening a name it is a given name: "Al Sharpton".)
 */
function isSeparateArticle(token: string): boolean {
  return token.length === 2 && /^(?:al|el)$/i.test(token);
}

/** Splits a typed or written name into tokens (whitespace), keeping hyphens and apostrophes inside. */
export function nameTokens(name: string): string[] {
  return name
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, ''))
    .filter((t) => t !== '');
}

/**
 * The last token that is neither a particle nor a generational suffix after a given name and surname
 * ("Aldo Venn Jr."): what "Ms X" and a bare "X" refer to.
 */
export function surnameOf(tokens: readonly string[]): string {
  // "Jerry Jr." keeps its suffix: the family name is left unsaid.
  const end = tokens.length >= 3 && generationOf(tokens) !== '' ? tokens.length - 1 : tokens.length;
  for (let i = end - 1; i >= 0; i--) {
    const t = tokens[i] as string;
    if (!isParticle(t)) return foldToken(t);
  }
  return foldToken(tokens[tokens.length - 1] ?? '');
}

/**
 * "Ji-hoon", "Eun-hye", "Wai-ming": a given name romanised from Korean or Chinese, two syllables joined by a
 * hyphen, the second in lower case (a double-barrelled surname capitalises both: "Marsh-Adeyemi").
 */
const ROMANISED_GIVEN_NAME = /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}$/u;

/**
 * The family name of a name as written (cased tokens): the word before a romanised given name that ends
 * the name ("Park Eun-hye", "Tony Cheung Wai-ming": written family name first), else `surnameOf`.
 */
export function familyNameOf(tokens: readonly string[]): string {
  const last = tokens[tokens.length - 1] ?? '';
  const before = tokens[tokens.length - 2] ?? '';
  return tokens.length >= 2 && ROMANISED_GIVEN_NAME.test(last) && /^\p{Lu}\p{Ll}+$/u.test(before)
    ? foldToken(before)
    : surnameOf(tokens);
}

/** Letters a given name written short keeps at least ("Des", "Alex"): shorter ones are initials or other names. */
export const MIN_SHORT_GIVEN = 3;

/** Whether `short` is the given name `full` written short, as its start ("dan" for "daniel", "chris"). */
export function startsGivenName(short: string, full: string): boolean {
  return short.length >= MIN_SHORT_GIVEN && full.length > short.length && full.startsWith(short);
}

/** Whether `short` is the given name `full` written short ("dan", "daniel") or a pet form of it ("bill"). */
export function shortensGivenName(short: string, full: string): boolean {
  return startsGivenName(short, full) || (PET_NAMES.get(short)?.includes(full) ?? false);
}

/** The generational suffix a name ends with ("jr" of "Aldo Venn Jr."), or '' for none. */
export function generationOf(tokens: readonly string[]): string {
  const last = foldToken(tokens[tokens.length - 1] ?? '');
  return GENERATIONAL_SUFFIXES.has(last) ? last : '';
}

/**
 * Whether a name longer than `tail` ends with it (folded): "Ximena Ibáñez-Corral Soto" ends with
 * "Ibáñez-Corral Soto".
 */
export function endsWithTokens(tokens: readonly string[], tail: readonly string[]): boolean {
  if (tokens.length <= tail.length) return false;
  const from = tokens.length - tail.length;
  return tail.every((t, i) => foldToken(t) === foldToken(tokens[from + i] as string));
}

/** A name's words without particles; "De la Cruz" opening a sentence is a surname, its "De" a particle. */
export function nameCore(tokens: readonly string[]): string[] {
  return tokens.filter((_, i) => isCoreWord(tokens, i));
}

/** How many words `nameCore` keeps, without making the list. */
export function coreLength(tokens: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (isCoreWord(tokens, i)) n++;
  return n;
}

/** The words of a name's core, particles left out ("Andrés De La Maza" → Andrés, Maza). */
export function coreWords(tokens: readonly string[]): string[] {
  return tokens.filter((_, i) => isCoreWord(tokens, i));
}

/**
 * Whether tokens[i] is a word of the name's core: no particle, nor a capitalised one of two or more before
 * the rest of the name ("De la Cruz" opening a sentence, "James Van Der Beek"; "Van Morrison" and "De Niro"
 * keep theirs).
 */
function isCoreWord(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] as string;
  if (isParticle(t)) return false;
  // "Mac an t-Saoir": the patronymic and its article are no given name.
  if (isGaelicArticle(tokens[i - 1] ?? '', t, tokens[i + 1] ?? '')) return false;
  if (isGaelicArticle(t, tokens[i + 1] ?? '', tokens[i + 2] ?? '')) return false;
  const lower = t.toLowerCase();
  if (lower === t || !isParticle(lower)) return true;
  // "Mrs Dela Cruz", "Capt. De Souza": a capitalised particle and one word are a surname, no given name
  // and surname ("Van Morrison" aside: Van is a given name too).
  if (tokens.length === 2 && i === 0 && !GIVEN_PARTICLES.has(lower)) return false;
  let from = i;
  while (from > 0 && isParticle((tokens[from - 1] as string).toLowerCase())) from--;
  let to = i + 1;
  while (to < tokens.length && isParticle((tokens[to] as string).toLowerCase())) to++;
  return to - from < 2 || to === tokens.length;
}

/** Particles that are given names too ("Van Morrison", "Del Shannon"). */
const GIVEN_PARTICLES: ReadonlySet<string> = new Set(['van', 'del']);

/** Whether a token is a single initial ("R.", "J"), which may be left out of a name. */
export function isInitial(token: string): boolean {
  return /^\p{Lu}\.?$/u.test(token) || /^(?:\p{Lu}\.){2,}$/u.test(token);
}

/**
 * Whether two full names are one person written with and without middle names ("Seddique Mir Mateen",
 * "Seddique Mateen") or with initials for them ("Michael R. Pompeo", "Michael Richard Pompeo"): same first
 * and last token, and middle tokens that are absent on one side or agree one by one. Two different sets of
 * initials ("George H. W. Bush", "George W. Bush") are two people.
 */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (foldToken(a[0] as string) !== foldToken(b[0] as string) || surnameOf(a) !== surnameOf(b)) return false;
  // "Aldo Venn" and his son "Aldo Venn Jr.": the suffix tells them apart.
  if (generationOf(a) !== generationOf(b)) return false;
  const middle = (t: readonly string[]) =>
    t
      .slice(1, -1)
      .filter((w) => !isParticle(w))
      .map(foldToken);
  const [ma, mb] = [middle(a), middle(b)];
  if (ma.length === 0 || mb.length === 0) return true;
  if (ma.length !== mb.length) return false;
  return ma.every((w, i) => {
    const v = mb[i] as string;
    return w === v || (w.length === 1 && v.startsWith(w)) || (v.length === 1 && w.startsWith(v));
  });
}
