/**
 * Interview pages: a transcript of questions and answers ("Q: …" / "A: …"), and the questionnaire that
 * closes many profiles ("Last meal? “Stew, and a cold beer.”"). The answers are the interviewee's words,
 * though no cue names them: the interviewee is who the headline names (see attribute.ts).
 */
import {
  CALL_SPEAKER_INLINE,
  CALL_SPEAKER_LINE,
  EXAMINER_HEADING,
  OPERATOR_LINE,
  QUESTION_LABEL,
  UNNAMED_CALL_TURN,
  WITNESS_HEADING,
} from '../corpus/transcript.ts';
import { CAPITALS_PREFIX_PATTERN, NAME_PARTICLE_PATTERN, ROLE_WORDS } from '../lexicon/index.ts';
import type { QuoteSpan } from '../text/quoteSpans.ts';

export interface Answer {
  text: string;
  /**
   * "A: …", or the paragraph right after a "Q: …" in a transcript that labels only its questions; else an
   * unlabelled paragraph running on from an answer, which may yet be narration about them.
   */
  labelled: boolean;
  /** Known to be an answer only by following a question (no "A:" anywhere): trusted when the headline names the interviewee. */
  positional?: boolean;
  /** "HARTMANN: …" in a transcript that labels each turn with its speaker: whose turn it is, as written. */
  speaker?: string;
  /**
   * The length of a label that is no name ("AD " for Ava Dunmore's turn), from the paragraph's start: the
   * people of the article are read without it.
   */
  initials?: number;
  /** A question put by the one who asks, labelled with their full name: quoted only if the article introduces them. */
  asks?: boolean;
}

export interface InterviewLayout {
  /** Paragraphs that are answers, with the answer's words (its label removed). */
  readonly answers: ReadonlyMap<number, Answer>;
  /** Paragraphs that ask a short question and quote the answer: “…” after the "?" is the interviewee's. */
  readonly questionnaire: ReadonlySet<number>;
  /**
   * An interview told as a feature: paragraphs that open with a quotation right after the writer asks a
   * question in narration ("Is the coalition a good one?" / "“Well, I’m fully supportive …”").
   */
  readonly narratedAnswers: ReadonlySet<number>;
}

/** A question's label as written, to cut it off ("Q: ", "Question. "). */
export const QUESTION_OPENING = /^\s*(?:Q|Question)\s*[:.]\s+/;
const ANSWER_LABEL = /^\s*(?:A|Answer)\s*[:.]\s+(?=\S)/;
/** A transcript has at least this many labelled questions and answers; one "A." is an initial. */
const MIN_EXCHANGES = 2;
/** Words of a questionnaire's question ("The cookbook you'd save from a fire?"). */
const MAX_QUESTION_WORDS = 15;
/** An answer running on past its labelled paragraph speaks in the first person. */
const FIRST_PERSON =
  /\b(?:I|I'm|I've|I'd|I'll|I\u2019m|I\u2019ve|I\u2019d|I\u2019ll|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b/;
const OPENING_MARK = /^\s*["'\u201C\u2018]/u;

/** A turn that ends on a colon introduces what follows ("I move:", "I will read it:"). */
const INTRODUCES = /:\s*$/;

/** Words of an unlabelled question inside a transcript ("What happened on Monday morning?"). */
const MAX_BARE_QUESTION_WORDS = 25;

/** "Two people died. Could anything more have been done?": a short paragraph asking, without quotations. */
function isBareQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') && t.split(/\s+/).length <= MAX_BARE_QUESTION_WORDS && !OPENING_MARK.test(t);
}

/**
 * The answers of a transcript, and where they run on over unlabelled paragraphs: "Q: … / A: …", or "Q: …"
 * followed by the answer as a plain paragraph (then an unlabelled short question inside the transcript asks
 * too).
 */
function transcriptAnswers(texts: readonly string[]): Map<number, Answer> {
  const answers = new Map<number, Answer>();
  const questions = texts.filter((t) => QUESTION_LABEL.test(t)).length;
  const labelled = texts.filter((t) => ANSWER_LABEL.test(t)).length;
  if (questions < MIN_EXCHANGES) return answers;
  const answersLabelled = labelled >= MIN_EXCHANGES;
  // One stray "A." among unlabelled answers is an initial or a list; the layout is unclear.
  if (!answersLabelled && labelled > 0) return answers;
  let inTranscript = false;
  let inAnswer = false;
  let afterQuestion = false;
  /** Who the transcript's answers are, once an answer is labelled with a name. */
  let answerer: string | undefined;
  texts.forEach((text, p) => {
    const label = ANSWER_LABEL.exec(text);
    if (label) {
      answers.set(p, { text: text.slice(label[0].length), labelled: true });
      inAnswer = true;
    } else if (QUESTION_LABEL.test(text) || (!answersLabelled && inTranscript && isBareQuestion(text))) {
      inTranscript = true;
      inAnswer = false;
      afterQuestion = !answersLabelled;
    } else if (afterQuestion && !OPENING_MARK.test(text)) {
      // "Q. How did the ankle feel? ¶ ELENA VARGA: Yeah, …": a sports transcript names who answers at their
      // first answer only; the answers after the next questions are theirs too.
      const label = SPEAKER_LABEL.exec(text);
      const name = label?.[1];
      if (label && name !== undefined && !isQuestionerLabel(name)) answerer = name;
      const words = label ? text.slice(label[0].length) : text;
      answers.set(p, {
        text: words,
        labelled: true,
        positional: true,
        ...(answerer === undefined ? {} : { speaker: answerer }),
      });
      afterQuestion = false;
      inAnswer = true;
    } else if (inAnswer && FIRST_PERSON.test(text) && !OPENING_MARK.test(text)) {
      // "A: Me. I went wrong. …" / "And the money was a disaster. I didn't …": the same answer.
      answers.set(p, { text, labelled: false });
    } else {
      // Narration after the last answer ("She still keeps the review in a drawer.") ends the transcript, and
      // with it whose answers they were.
      inAnswer = false;
      afterQuestion = false;
      answerer = undefined;
    }
  });
  return answers;
}

/** A name in capitals after a courtesy title or office word, maybe ("Senator HALLORAN", "MS VOGEL"). */
const CAPITALS_NAME = `(?:(?:The|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Senator|Sen|Councillor|Cllr|Cr)\\.?\\s)?(?:${CAPITALS_PREFIX_PATTERN}?\\p{Lu}[\\p{Lu}'\u2019.-]+\\s){0,4}${CAPITALS_PREFIX_PATTERN}?\\p{Lu}[\\p{Lu}'\u2019-]+`;
/** What may follow the label's name before its colon: brackets, then a role in capitals set off by commas. */
const LABEL_TAIL = `((?:\\s*\\([^)]{1,60}\\)){0,2})(?:,\\s+\\p{Lu}[\\p{Lu}&'\u2019.-]*(?:\\s+[\\p{Lu}&][\\p{Lu}&'\u2019.-]*){0,5}){0,2}:\\s+(?=\\S)`;
/**
 * A turn of a transcript labelled with its speaker in capitals: "HARTMANN: …", "MS VOGEL: …", "Senator HALLORAN: …", "REPORTER
 * (Port Ellery Gazette): …", "McCREADIE: …" (a surname's prefix keeps its case), "JANE ROE, CHIEF
 * EXECUTIVE: …", "JO ROE, VICE PRESIDENT, INVESTOR RELATIONS: …" (a call's first turn gives the role).
 * The label is the speaker's name; questioners' labels ask.
 */
const SPEAKER_LABEL = new RegExp(`^\\s*(${CAPITALS_NAME})${LABEL_TAIL}`, 'u');
/**
 * The same, or an honorific and a surname in title case ("Ms Kovač: …"), as a record writes its witnesses
 * beside "Senator HALLORAN: …": read only on a page that labels turns in capitals too.
 */
const SPEAKER_OR_HONORIFIC_LABEL = new RegExp(
  `^\\s*((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Senator|Sen)\\.?\\s\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*|${CAPITALS_NAME})${LABEL_TAIL}`,
  'u',
);

/**
 * A parliamentary record's label of an office with its holder in brackets: "The PRIME MINISTER (Dame Honor
 * Blackwood):", "Mr SPEAKER (Sir Rhodri Abel):" (not "Mr TOMAS FERREIRA (Harrowgate North)", a member and
 * the seat). Later turns give the office alone ("The PRIME MINISTER:").
 */
const BRACKETED_HOLDER =
  /\((?:(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Deputy|Senator)\.?\s)?(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}[\p{L}'\u2019-]+){1,3})\)/u;
/** Office words a record labels a turn with (besides the lexicon's role nouns). */
const OFFICE_LABELS = new Set(['speaker', 'deputy', 'chair', 'clerk', 'presiding']);

/** Whether a label names an office, not a member: "The PRIME MINISTER", "Mr SPEAKER", "Madam CHAIR". */
function isOfficeLabel(label: string): boolean {
  const words = label.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] as string;
  // ("Minister for Health (…)": the office's role word opens it.)
  return (
    words[0] === 'the' ||
    OFFICE_LABELS.has(last) ||
    ROLE_WORDS.has(last) ||
    (words.length > 2 && ROLE_WORDS.has(words[0] as string) && words[1] === 'for')
  );
}

/** The holder a label's brackets name, when the label is an office ("The PRIME MINISTER (Dame Honor Blackwood)"). */
function bracketedHolder(label: string, brackets: string): string | undefined {
  if (brackets === '' || !isOfficeLabel(label)) return undefined;
  return BRACKETED_HOLDER.exec(brackets)?.[1];
}
/**
 * A title-case word of a name, hyphened parts capitalised or not ("Kerry-Ann", "Ortega-Vidal", "Jean-luc"),
 * maybe with one capital inside after a prefix ("MacLeod", "McLeod", "O'Brien", "LaToya").
 */
const TITLED_WORD = "\\p{Lu}[\\p{Ll}'\u2019]+(?:\\p{Lu}[\\p{Ll}'\u2019]+)?(?:-\\p{Lu}?[\\p{Ll}'\u2019]+)*";
/**
 * A turn labelled with a name in title case ("Tollemarsh: …", "Halfway Line: …", "Dr Owen T. Ferrier: …",
 * "Senior Managing Executive Officer Hollin: …": up to five words), as magazines and news conferences print an
 * interview: read only where each such label opens two turns or more (a one-off "Update: …" is a heading),
 * and a label is a speaker only where the article names that person (see attribute.ts).
 */
/** An office and its holder in brackets, as a parliament's record labels a turn: "Minister for Health (Deputy Ann Hale)". */
const OFFICE_BEFORE_HOLDER = `${TITLED_WORD}(?:\\s(?:of|for|the|and|${TITLED_WORD}))*(?=\\s*\\()`;
const TITLED_LABEL = new RegExp(
  `^\\s*((?:(?:${TITLED_WORD}|\\p{Lu})\\.?\\s(?:${NAME_PARTICLE_PATTERN}\\s)?){0,4}${TITLED_WORD}|${OFFICE_BEFORE_HOLDER})((?:\\s*\\([^)]{1,60}\\)){0,2}):\\s+(?=\\S)`,
  'u',
);
const TITLE_CASE: LabelStyle = {
  pattern: TITLED_LABEL,
  perLabel: 2,
  askerInterviews: true,
  stamp: 'none',
  headlines: true,
};

/** Share of capitalised words above which a turn is a headline ("Riders Beware: Uber & Lyft Could Hike …"). */
const HEADLINE_CAPITALS = 0.7;

/**
 * "Autopsy Report: Ezell Ford Shot 3 Times On Right Side": a headline of the page's lists of links, in title
 * case after its colon, not a turn of an interview (whose turns are sentences).
 */
function isTitleCaseHeadline(words: string): boolean {
  const letters = words.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (letters.length < 3) return false;
  return letters.filter((w) => /^\p{Lu}/u.test(w)).length / letters.length >= HEADLINE_CAPITALS;
}

/**
 * A log of text messages as a page reproduces one ("21:14 Minister: Good to see you tonight.", "21:16
 * Edwin S: That's good news."): the time sent, then the name the sender is saved under, each opening two
 * messages or more. Who a label is comes from the article's people (see attribute.ts).
 */
// (A court's session summary adds how they spoke: "11:21 – Ferreira, raising his voice: “…”".)
const MESSAGE_LABEL =
  /^\s*((?:\p{Lu}[\p{L}'\u2019-]*\.?\s){0,2}\p{Lu}[\p{L}'\u2019-]*)(?:,\s+\p{Ll}[^:"\u201C\u201D]{2,50})?\.?:\s+(?=\S)/u;
const MESSAGE_LOG: LabelStyle = {
  pattern: MESSAGE_LABEL,
  perLabel: 2,
  askerInterviews: false,
  stamp: 'required',
};

/**
 * A turn labelled with its speaker's initials, as newspapers print a conversation with two guests ("AD She
 * was all in.", "OW: I did it every time."): two or three capitals, each opening two turns or more, and
 * each the initials of a name the page writes in full ("Ava Dunmore") — so "US troops …" or "UN officials
 * …" never read as a turn. Who the initials are comes from the article's people (see attribute.ts).
 */
const INITIALS_LABEL = /^\s*(\p{Lu}{2,3}):?\s+(?=[\p{Lu}"\u201C(])/u;
const INITIALS: LabelStyle = {
  pattern: INITIALS_LABEL,
  perLabel: 2,
  askerInterviews: false,
  stamp: 'none',
  names: initialsOfSomeone,
  initials: true,
};

/** Whether the page writes a name in full whose initials `label` is ("AD": "Ava Dunmore", "Ava M. Dunmore"). */
function initialsOfSomeone(label: string, texts: readonly string[]): boolean {
  const letters = [...label];
  const name = new RegExp(
    `(?<![\\p{L}])${letters.map((c) => `${c}[\\p{Ll}'\u2019][\\p{L}'\u2019-]*`).join('\\s(?:\\p{Lu}\\.\\s)?')}(?![\\p{L}])`,
    'u',
  );
  return texts.some((text) => !INITIALS_LABEL.test(text) && name.test(text));
}

/**
 * The time a transcript or log stamps a line with, before its label: "21:14 ", "T+00:00:38 — " (a launch
 * control's count), "09.12 ", a video's "[02:14] ".
 */
const TIME_STAMP =
  /^\s*(?:\[(?=[^\]]{3,10}\]))?(?:T\s?[+-]\s?)?\d{1,2}(?:[:.]\d{2}){1,2}\]?\s*(?:[\u2014\u2013-]\s*)?(?=\p{Lu})/u;

/** Whether a paragraph opens with a label of the style (after a time stamp, where the style reads one). */
function opensWithLabel(text: string, style: LabelStyle): boolean {
  if (style.stamp === 'none') return style.pattern.test(text);
  const stamp = TIME_STAMP.exec(text);
  if (stamp) return style.pattern.test(text.slice(stamp[0].length));
  return style.stamp === 'optional' && style.pattern.test(text);
}

/** A paragraph without the time stamped before its label, and whether it had one. */
function unstamped(text: string): { text: string; stamped: boolean } {
  const stamp = TIME_STAMP.exec(text);
  return stamp ? { text: text.slice(stamp[0].length), stamped: true } : { text, stamped: false };
}

/**
 * Whose name a message log's label is, where the page says so ("Mr Pell's number is saved as Minister; Mr
 * Strand's as Edwin S."): the name before "'s", then "as" and the label in the same clause.
 */
export function labelOwner(label: string, texts: readonly string[]): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const owner = new RegExp(
    `(\\p{Lu}[\\p{L}'\u2019-]+)['\u2019]s\\s[^.;:]{0,40}?\\bas ${escaped}(?![\\p{L}\\d])`,
    'u',
  );
  for (const text of texts) {
    if (MESSAGE_LABEL.test(text)) continue;
    const name = owner.exec(text)?.[1];
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * A parliamentary record in title case: a member by honorific and name, maybe with seat and party ("Mr
 * Desmond Kerrigan (Ashby Fields) (Opp): …", later "Mr Kerrigan: …"), or an office with its holder in
 * brackets ("The Minister for Health (Ms Celia Ferriter): …"). The honorific makes each label a person's.
 */
const RECORD_LABEL =
  /^\s*((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s(?:\p{Lu}[\p{L}'\u2019-]+\s){0,2}\p{Lu}[\p{L}'\u2019-]+|The\s(?:(?:\p{Lu}[\p{L}-]+|of|for|the|and)\s?){1,6}(?=\s*\())((?:\s*\([^)]{1,60}\)){0,2}):\s+(?=\S)/u;
const RECORD: LabelStyle = { pattern: RECORD_LABEL, perLabel: 1, askerInterviews: false, stamp: 'none' };

/** A US lawmaker's party and state in a label's brackets: "(D-OHIO)", "(R-Texas)". */
export const PARTY_TAG = /\([DRI]-\p{Lu}[\p{L}. ]{1,20}\)/u;

/** "(Laughter)", "(Applause)" after a turn: the transcript's, not the speaker's words. */
const STAGE_DIRECTION = /\s*\(\p{Lu}\p{Ll}+(?: \p{Ll}+)?\)\s*$/u;
/** Labels of the one who asks (with or without "THE": "THE MODERATOR: Questions, please."). */
const QUESTIONER_LABELS = new Set([
  'Q',
  'QUESTION',
  'REPORTER',
  'REPORTERS',
  'MODERATOR',
  'INTERVIEWER',
  'AUDIENCE',
]);

/** Whether a turn's label is the one who asks ("MODERATOR", "THE MODERATOR"). */
function isQuestionerLabel(label: string): boolean {
  return QUESTIONER_LABELS.has(label.replace(/^THE\s+/, ''));
}

/**
 * Labels of a role the page may give a name ("MODERATOR: …" in a debate "moderated by TPM anchor Paul
 * Arne"): the verb and the noun it introduces that person with.
 */
const ROLE_LABELS: ReadonlyMap<string, { verb: string; noun: string }> = new Map([
  ['MODERATOR', { verb: 'moderated', noun: 'moderator' }],
  ['INTERVIEWER', { verb: 'interviewed', noun: 'interviewer' }],
  ['HOST', { verb: 'hosted', noun: 'host' }],
  ['PRESENTER', { verb: 'presented', noun: 'presenter' }],
  ['THE JUDGE', { verb: 'presided', noun: 'judge' }],
  ['THE COURT', { verb: 'presided', noun: 'judge' }],
]);

/** How a page names the judge of a court transcript's "THE JUDGE:" turns: "Mr Justice Bremmer", "Judge Ann Hale". */
const JUDGE_NAMED = [
  /\b(?:Mr|Mrs|Ms|Lord|Lady) Justice (\p{Lu}[\p{L}'\u2019-]+)/u,
  /\bJudge (\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'\u2019-]+)?)(?=[.,;:)]|\s+\p{Ll}|$)/u,
];

const NAME = String.raw`(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){1,2})`;
/** A name ends at punctuation or where the sentence goes on ("… Paul Arne and broadcast live"). */
const NAME_END = String.raw`(?=[.,;:)]|\s+(?:and|on|at|in|for|from|with|who)\b|$)`;

/**
 * The person a role label stands for: the one the page introduces in that role ("moderated by TPM News
 * anchor Paul Arne", "the moderator, Paul Arne", "moderator Paul Arne"); undefined when it names no one, or
 * two different people.
 */
function roleHolder(label: string, texts: readonly string[]): string | undefined {
  const role = ROLE_LABELS.get(label);
  if (role === undefined) return undefined;
  const patterns = [
    new RegExp(String.raw`\b${role.verb} by (?:[^.,;:]{0,40}? )??${NAME}${NAME_END}`, 'u'),
    new RegExp(String.raw`\b${role.noun},? ${NAME}${NAME_END}`, 'u'),
    ...(role.noun === 'judge' ? JUDGE_NAMED : []),
  ];
  const found = new Set<string>();
  for (const text of texts) {
    // The turns themselves are the transcript, not its introduction.
    if (SPEAKER_LABEL.test(text)) continue;
    for (const pattern of patterns) {
      const name = pattern.exec(text)?.[1];
      if (name !== undefined) found.add(name);
    }
  }
  // "Judge Harriet M. Kalvik", later "Judge Kalvik": one person, by the longest form.
  const names = [...found].sort((a, b) => b.length - a.length);
  const surname = (name: string) => name.split(' ').pop();
  if (names.length > 0 && names.every((n) => surname(n) === surname(names[0] as string))) return names[0];
  return role.noun === 'judge' ? undefined : addressedHolder(label, texts);
}

/** A given name the other turns address, set off by a comma: "Morning, Kiri.", "in this job, Kiri, but …". */
const VOCATIVE = /,\s+(\p{Lu}\p{Ll}+)(?=[.,!?;])/gu;

/**
 * "PRESENTER: …" where the page introduces the presenter only by name ("… joined Kiri Walsh on Breakfast")
 * and the guest's turns address her ("Morning, Kiri.", "Thanks, Kiri."): the one given name the other
 * turns address, when the page outside the turns writes it with one surname.
 */
function addressedHolder(label: string, texts: readonly string[]): string | undefined {
  const addressed = new Set<string>();
  for (const text of texts) {
    const turn = SPEAKER_LABEL.exec(text);
    if (turn === null || turn[1] === label) continue;
    for (const m of text.slice(turn[0].length).matchAll(VOCATIVE)) addressed.add(m[1] as string);
  }
  if (addressed.size !== 1) return undefined;
  const given = [...addressed][0] as string;
  const full = new Set<string>();
  const written = new RegExp(String.raw`\b${given} (\p{Lu}[\p{L}'\u2019-]+)${NAME_END}`, 'gu');
  for (const text of texts)
    if (!SPEAKER_LABEL.test(text)) for (const m of text.matchAll(written)) full.add(`${given} ${m[1]}`);
  return full.size === 1 ? [...full][0] : undefined;
}

/** How a transcript's labels are read: their pattern, how many turns each must open, and who asks. */
interface LabelStyle {
  pattern: RegExp;
  perLabel: number;
  /** Whether the label whose turns mostly ask is the interviewer, never quoted. */
  askerInterviews: boolean;
  /**
   * Times stamped before labels: read past ("optional": "T+00:00:38 — FLIGHT DIRECTOR X:"), required (a log
   * of messages, "21:14 Minister: …"), or not looked for ("none": a title-case label must open the line).
   */
  stamp: 'none' | 'optional' | 'required';
  /** Whether a paragraph whose words after the label are in title case is a headline, not a turn. */
  headlines?: boolean;
  /** Whether a label names someone the page names (checked once per label), when the pattern alone may not. */
  names?: (label: string, texts: readonly string[]) => boolean;
  /** Whether the labels are initials, no names: the article's people are read without them. */
  initials?: boolean;
}

const CAPITALS: LabelStyle = {
  pattern: SPEAKER_LABEL,
  perLabel: 1,
  askerInterviews: false,
  stamp: 'optional',
};
const CAPITALS_AND_HONORIFICS: LabelStyle = { ...CAPITALS, pattern: SPEAKER_OR_HONORIFIC_LABEL };

/**
 * The turns of a transcript whose speakers are labelled, when at least two turns are. A turn runs on over
 * the unlabelled paragraphs after it that speak in the first person ("MAYOR X: … / I want to be precise
 * …"), up to the next label; a paragraph that does not, or that opens "Q." or "A." (a court transcript's
 * questions and answers between the named turns), ends the turn.
 */
function labelledTurns(paragraphs: readonly string[], style: LabelStyle = CAPITALS): Map<number, Answer> {
  // Most articles have no paragraph opening with a label: nothing more to read (and nothing allocated).
  if (!paragraphs.some((text) => opensWithLabel(text, style))) return new Map();
  const { perLabel } = style;
  // A time stamped before a label is no part of it ("T+00:00:38 — FLIGHT DIRECTOR HALVERSEN: …").
  const lines = paragraphs.map((text) =>
    style.stamp === 'none' ? { text, stamped: false } : unstamped(text),
  );
  const texts = lines.map((line) => line.text);
  /** The label opening paragraph p (only a stamped one for a log of messages). */
  const named = new Map<string, boolean>();
  const names = (label: string) => {
    if (style.names === undefined) return true;
    if (!named.has(label)) named.set(label, style.names(label, texts));
    return named.get(label) as boolean;
  };
  const labelAt = (p: number) => {
    if (style.stamp === 'required' && !lines[p]?.stamped) return null;
    const text = texts[p] as string;
    const found = style.pattern.exec(text);
    if (found === null || !names(found[1] as string)) return null;
    return style.headlines && isTitleCaseHeadline(text.slice(found[0].length)) ? null : found;
  };
  const turns = new Map<number, Answer>();
  if (!texts.some((_, p) => labelAt(p) !== null)) return turns;
  let labelled = 0;
  let speaker: string | undefined;
  /** Whether the turn so far introduced what follows with a colon (see below). */
  let reading = false;
  // How often each label opens a paragraph: a label used once is a heading ("Update: …"), not a speaker.
  const uses = new Map<string, number>();
  // … and how many of its turns ask: the interviewer's label ("Halfway Line: Is 372p enough?") asks.
  const asks = new Map<string, number>();
  const labels: { p: number; name: string }[] = [];
  // A parliament's record ("Minister for Health (Deputy Ann Hale): …") prints a speech over several
  // paragraphs under one label, in the first person or not ("Of those patients, 438 had …").
  let record = false;
  for (const [p, text] of texts.entries()) {
    const found = labelAt(p);
    const name = found?.[1];
    if (!found || name === undefined) continue;
    record ||= bracketedHolder(name, found[2] ?? '') !== undefined;
    labels.push({ p, name });
    uses.set(name, (uses.get(name) ?? 0) + 1);
    if (text.trimEnd().endsWith('?')) asks.set(name, (asks.get(name) ?? 0) + 1);
  }
  // In a magazine's title-case interview the label that mostly asks is the interviewer (often the
  // magazine's own name); in a transcript in capitals a named questioner (a barrister) is quoted too.
  const questioner = (name: string) =>
    isQuestionerLabel(name) || (style.askerInterviews && 2 * (asks.get(name) ?? 0) > (uses.get(name) ?? 0));
  // "MODERATOR: …" is the moderator the page names, if it names one; "The PRIME MINISTER (Dame Honor
  // Blackwood):" names its holder for the later "The PRIME MINISTER:".
  const holders = new Map<string, string | undefined>();
  const holder = (name: string) => {
    if (!holders.has(name)) holders.set(name, roleHolder(name, texts));
    return holders.get(name);
  };
  // Where some labels open turns often enough, a full name labelling one turn is a speaker too ("Dr Ann
  // Hale: …" answering once on a call).
  const recurring = [...uses.values()].some((n) => n >= perLabel);
  const opensTurns = (name: string) =>
    (uses.get(name) ?? 0) >= perLabel || (recurring && /\s\p{Lu}/u.test(name.trim()));
  // After the transcript's last turn the writer's own text resumes ("… ¶ My take ¶ Here is how I think the
  // next few days go."): a turn runs on only over paragraphs before another label.
  const lastLabel = labels.findLast(({ name }) => opensTurns(name))?.p ?? -1;
  texts.forEach((text, p) => {
    const found = labelAt(p);
    const label = found && opensTurns(found[1] as string) ? found : null;
    if (label) {
      const name = label[1] as string;
      const named = bracketedHolder(name, label[2] ?? '');
      if (named !== undefined && !holders.has(name)) holders.set(name, named);
      const words = text.slice(label[0].length).replace(STAGE_DIRECTION, '');
      // The one asking in a magazine's interview may be a person with a full name ("Anton Vey: Why …?",
      // an analyst on a call): their turn is theirs if the article introduces them (see attribute.ts).
      // Their questions are never followed by more of their words.
      if (questioner(name) && holder(name) === undefined) {
        speaker = undefined;
        if (style.askerInterviews && /\s\p{Lu}/u.test(name.trim()))
          turns.set(p, { text: words, labelled: true, speaker: name, asks: true });
        return;
      }
      // ("SEN. WHITFIELD (D-OHIO)" and "SEN. WHITFIELD (R-TEXAS)": two senators, told apart by the tag.)
      const tag = PARTY_TAG.exec(label[2] ?? '')?.[0];
      speaker = holder(name) ?? (tag === undefined ? name : `${name} ${tag}`);
      labelled++;
      const initials = style.initials
        ? { initials: (paragraphs[p] as string).length - text.length + label[0].length }
        : {};
      turns.set(p, { text: words, labelled: true, speaker, ...initials });
    } else if (
      speaker !== undefined &&
      p < lastLabel &&
      (FIRST_PERSON.test(text) || reading || record) &&
      !OPENING_MARK.test(text) &&
      // "MR HALE: … / A. No. …": a question or answer label is someone else's turn (a witness answering).
      !ANSWER_LABEL.test(text) &&
      !QUESTION_LABEL.test(text)
    ) {
      // Not labelled itself: a paragraph naming the speaker is narration about them (see attribute.ts).
      turns.set(p, { text: text.replace(STAGE_DIRECTION, ''), labelled: false, speaker });
    } else speaker = undefined;
    // "Ms FAIRLIE: I move: ¶ That the House refers … ¶ This is a minister who …": a turn ending on a colon
    // goes on over the paragraphs it introduces (a motion, a letter read out), in the first person or not.
    const turn = turns.get(p);
    reading = speaker !== undefined && turn !== undefined && (reading || INTRODUCES.test(turn.text));
  });
  return labelled >= MIN_EXCHANGES ? turns : new Map();
}

/**
 * A court transcript's questions and answers ("Q. …" / "A. …"), whose people only its headings name: the
 * witness ("NAME, recalled") answers, the barrister "examined by" asks; both are quoted.
 */
function courtTurns(texts: readonly string[]): Map<number, Answer> {
  const turns = new Map<number, Answer>();
  let witness: string | undefined;
  let examiner: string | undefined;
  texts.forEach((text, p) => {
    const called = WITNESS_HEADING.exec(text);
    if (called) {
      witness = called[1];
      examiner = undefined;
      return;
    }
    const asking = EXAMINER_HEADING.exec(text);
    if (asking) {
      examiner = (asking[1] as string).trim();
      return;
    }
    const answer = ANSWER_LABEL.exec(text);
    const question = QUESTION_LABEL.test(text) ? QUESTION_OPENING.exec(text) : null;
    const [label, speaker] = answer ? [answer, witness] : question ? [question, examiner] : [null, undefined];
    if (label && speaker !== undefined)
      turns.set(p, { text: text.slice(label[0].length), labelled: true, speaker });
  });
  return turns.size >= MIN_EXCHANGES ? turns : new Map();
}

/**
 * An earnings call's turns: the paragraphs under a speaker line ("Ingrid Halvorsen -- Chief Executive
 * Officer") up to the next speaker line, and none under "Operator:".
 */
function callTurns(texts: readonly string[]): Map<number, Answer> {
  const turns = new Map<number, Answer>();
  let speaker: string | undefined;
  // Whether the turn under way opened on its speaker's line ("Ana Roe -- CFO: Thank you. …"): then only a
  // paragraph in the first person goes on with it, and any other ends the call.
  let inline = false;
  texts.forEach((text, p) => {
    const opening = CALL_SPEAKER_INLINE.exec(text);
    const line = opening ? null : CALL_SPEAKER_LINE.exec(text);
    if (opening) {
      speaker = opening[1];
      inline = true;
      turns.set(p, { text: text.slice(opening[0].length), labelled: true, speaker });
    } else if (line) {
      speaker = line[1];
      inline = false;
    }
    // "OPERATOR: …", "GRANT ROE: …": a turn labelled in the text itself ends the turn under the speaker line
    // (the speaker lines may be only the list of the call's participants above such a transcript).
    else if (OPERATOR_LINE.test(text) || SPEAKER_LABEL.test(text) || UNNAMED_CALL_TURN.test(text))
      speaker = undefined;
    else if (speaker !== undefined && (!inline || (FIRST_PERSON.test(text) && !OPENING_MARK.test(text))))
      turns.set(p, { text, labelled: true, speaker });
    else speaker = undefined;
  });
  return turns.size >= MIN_EXCHANGES ? turns : new Map();
}

/** A paragraph that is a short question, then a quotation to its end: `Last meal? “Stew.”`. */
function isQuestionnaireLine(text: string, spans: readonly QuoteSpan[]): boolean {
  const first = spans[0];
  if (first === undefined || spans.length !== 1) return false;
  const question = text.slice(0, first.open).trim();
  if (!question.endsWith('?') || /[.!?]\s/.test(question.slice(0, -1))) return false;
  const words = question.split(/\s+/).length;
  const closesParagraph = first.close > 0 && /^[\s.,!?]*$/.test(text.slice(first.close));
  return words <= MAX_QUESTION_WORDS && closesParagraph;
}

/**
 * "But you've just written a book for him, I say.", "I ask her whether it was a whistle-blowing letter.": the
 * writer putting something to the interviewee.
 */
const WRITER_PUTS =
  /(?:,\s*I\s+(?:say|ask|suggest|put it to (?:him|her)|point out|venture|reply|counter)\.|^I\s+(?:(?:ask|asked)\s+(?:(?:him|her|them)\s+)?(?:whether|if|why|how|what|who|about)|put (?:it )?to (?:him|her|them))\b.*\.)$/;
/** A paragraph's sentences (a sentence's end, then a capital or a quotation mark). */
const sentencesOf = (text: string) => text.trim().split(/(?<=[.!?])\s+(?=[\p{Lu}"\u201C])/u);

/**
 * The paragraphs answering the writer's questions, asked in narration (a paragraph with no quotation whose
 * last sentence asks, or that puts something to the interviewee: "…, I say.", "I ask her whether …", "I put
 * to her the chairman's line …"), each answered by the next paragraph opening with a quotation; only where
 * the article asks at least two such questions (one is a rhetorical question).
 */
function narratedAnswers(texts: readonly string[], spans: readonly (readonly QuoteSpan[])[]): Set<number> {
  const answers = new Set<number>();
  texts.forEach((text, p) => {
    const next = texts[p + 1];
    if (next === undefined || !OPENING_MARK.test(next) || (spans[p] ?? []).length > 0) return;
    const sentences = sentencesOf(text);
    if (isBareQuestion(sentences[sentences.length - 1] ?? '') || sentences.some((s) => WRITER_PUTS.test(s)))
      answers.add(p + 1);
  });
  return answers.size >= MIN_EXCHANGES ? answers : new Set();
}

/** A question put to the interviewee in the second person ("… about your shows.", "Did you …?"). */
const ADDRESSES = /\b(?:you|your|you're|you\u2019re|you've|you\u2019ve|yourself)\b/i;
/** Most words of an unlabelled question. */
const MAX_UNLABELLED_QUESTION_WORDS = 40;
/** Fewest exchanges for an unlabelled Q&A: fewer are rhetorical questions in a story. */
const MIN_UNLABELLED_EXCHANGES = 3;

/**
 * A Q&A printed with neither labels nor quotation marks (the question set in bold, lost in the copy): short
 * questions, most of them put in the second person ("… which isn't something anyone would say about your
 * shows." / "Is that part of what makes them unique?"). Known by at least three questions followed by an
 * unquoted answer in the first person, two of them addressing the interviewee; then every paragraph after a
 * question is its answer (unless it opens with a quotation mark), and so are the answer's further
 * first-person paragraphs.
 */
function unlabelledAnswers(
  texts: readonly string[],
  spans: readonly (readonly QuoteSpan[])[],
): Map<number, Answer> {
  const plain = (p: number) => (spans[p] ?? []).length === 0 && !OPENING_MARK.test(texts[p] ?? '');
  const firstPerson = (p: number) => plain(p) && FIRST_PERSON.test(texts[p] ?? '');
  const short = (p: number) => (texts[p] ?? '').trim().split(/\s+/).length <= MAX_UNLABELLED_QUESTION_WORDS;
  const asks = (p: number) => {
    const text = (texts[p] ?? '').trim();
    return (text.endsWith('?') || ADDRESSES.test(text)) && plain(p) && !FIRST_PERSON.test(text) && short(p);
  };
  let exchanges = 0;
  let addressed = 0;
  texts.forEach((text, p) => {
    if (!asks(p) || !firstPerson(p + 1)) return;
    exchanges++;
    if (ADDRESSES.test(text)) addressed++;
  });
  const answers = new Map<number, Answer>();
  if (exchanges < MIN_UNLABELLED_EXCHANGES || addressed < MIN_EXCHANGES) return answers;
  // In a Q&A so established, a question may speak of the interviewer ("I read your script … ?") and an
  // answer need not ("They're aspirational stories …"): whatever follows a question answers it.
  const question = (p: number) =>
    asks(p) ||
    (plain(p) && short(p) && ADDRESSES.test(texts[p] ?? '') && (texts[p] ?? '').trim().endsWith('?'));
  let inAnswer = false;
  texts.forEach((text, p) => {
    if (question(p)) inAnswer = false;
    else if (p > 0 && question(p - 1) && !OPENING_MARK.test(text)) {
      answers.set(p, { text, labelled: true, positional: true });
      inAnswer = true;
    } else if (inAnswer && firstPerson(p)) answers.set(p, { text, labelled: false });
    else inAnswer = false;
  });
  return answers;
}

/** How an article lays out an interview, if it does. `spans` are each paragraph's quotations. */
export function interviewLayout(
  texts: readonly string[],
  spans: readonly (readonly QuoteSpan[])[],
): InterviewLayout {
  const questionnaire = new Set<number>();
  texts.forEach((text, p) => {
    if (isQuestionnaireLine(text, spans[p] ?? [])) questionnaire.add(p);
  });
  const capitals = labelledTurns(texts).size > 0 ? labelledTurns(texts, CAPITALS_AND_HONORIFICS) : new Map();
  const titled = capitals.size > 0 ? capitals : labelledTurns(texts, TITLE_CASE);
  const recorded = titled.size > 0 ? titled : labelledTurns(texts, RECORD);
  const logged = recorded.size > 0 ? recorded : labelledTurns(texts, MESSAGE_LOG);
  const labelled = logged.size > 0 ? logged : labelledTurns(texts, INITIALS);
  // A court transcript labels its Q. and A. by headings, and counsel's and the judge's turns by name.
  // (A call's speaker lines over its "Operator: …" turns read as labels: the speaker line names the turn.)
  const turns = new Map([...courtTurns(texts), ...labelled, ...callTurns(texts)]);
  return {
    // ("MR. HOLLOWAY: Objection." and "THE COURT: Overruled." among a witness's "Q. … / A. …": the labelled
    // turns, and the transcript's answers between them.)
    answers: orElse(withTurns(transcriptAnswers(texts), turns), () => unlabelledAnswers(texts, spans)),
    // One question answered in quotes is a sentence of the story; a run of them is a questionnaire.
    questionnaire: questionnaire.size >= MIN_EXCHANGES ? questionnaire : new Set(),
    narratedAnswers: narratedAnswers(texts, spans),
  };
}

/**
 * A transcript's answers with the labelled turns over them, each on its own paragraph. Beside turns, only
 * answers labelled "A." count, and those after a question whose transcript named its answerer at the first
 * answer ("Q. … ¶ TOMAS REINHOLT: … ¶ Q. … ¶ I regret the racket …"): one known by its place alone or running
 * on past its label may be a turn's or the writer's.
 */
function withTurns(answers: Map<number, Answer>, turns: ReadonlyMap<number, Answer>): Map<number, Answer> {
  if (turns.size === 0) return answers;
  const all = new Map(
    [...answers].filter(([, a]) => a.labelled && (!a.positional || a.speaker !== undefined)),
  );
  for (const [p, turn] of turns) all.set(p, turn);
  return all;
}

/** `found`, or what `other` finds when it is empty. */
function orElse<K, V>(found: Map<K, V>, other: () => Map<K, V>): Map<K, V> {
  return found.size > 0 ? found : other();
}

/** Whether an article has interview answers to attribute. */
export function hasInterview(layout: InterviewLayout): boolean {
  return layout.answers.size > 0 || layout.questionnaire.size > 0 || layout.narratedAnswers.size > 0;
}
