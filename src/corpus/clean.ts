/**
 * Boilerplate removal for scraped article text. The rules are generic (they describe page furniture, not
 * any one site): prose ends in sentence punctuation, captions sit next to credits or repeat, bios describe
 * a writer's job, promos talk to "you" about newsletters, and link lists trail the story.
 */
import { withoutDateline } from './dateline.ts';
import { dialogueAsQuotation } from './dialogue.ts';
import { withEnglishQuotationMarks } from './guillemets.ts';
import { speakerHeading } from './speakerHeading.ts';
import { isTranscriptHeading, QUESTION_LABEL } from './transcript.ts';
import { type Config, configRegExp } from '../config.ts';
import { MONTHS, NAME_PARTICLE_PATTERN, SPEECH_VERB_WORDS, WEEKDAYS } from '../lexicon/index.ts';
import { contentTokens, escapeRegExp, jaccard, normalizeWhitespace, wordCount } from '../text/normalize.ts';
import { isBylineOrStamp } from './metadata/headline.ts';
import type { PageLine } from './metadata/index.ts';

export interface CleaningRules {
  /** Whole lines that are page furniture ("Advertisement", "Most popular"). */
  boilerplate: RegExp;
  /** Lines that open the link lists trailing a story ("Related", "Most read"). */
  tailMarkers: RegExp;
  promo: RegExp;
  agency: RegExp;
  bio: RegExp;
}

export interface CleanedText {
  paragraphs: string[];
  /**
   * Every line of the page, with page furniture (boilerplate, captions and credits, the link-list tail)
   * marked: where metadata inference looks for the headline, outlet and date.
   */
  lines: PageLine[];
}

interface Line {
  text: string;
  block: number;
  drop: boolean;
}

const NEVER = '(?!)';

/** One alternation of a list of patterns: one scan per line instead of one per pattern. */
const anyOf = (list: string[]) => (list.length === 0 ? NEVER : list.map((p) => `(?:${p})`).join('|'));

/** Compiles the cleaning section of the config once per load. */
export function compileCleaningRules(cleaning: Config['cleaning']): CleaningRules {
  const words = (list: string[]) => list.map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
  return {
    boilerplate: configRegExp(`^(?:${anyOf(cleaning.boilerplateLines)})[\\s.:!|]*$`),
    tailMarkers: configRegExp(`^(?:${anyOf(cleaning.tailMarkers)})`),
    promo: configRegExp(`\\b(?:${anyOf(words(cleaning.promoWords))})`),
    agency: configRegExp(`(?:^|[\\s/(|-])(?:${anyOf(words(cleaning.creditAgencies))})(?:$|[\\s/),|])`),
    bio: configRegExp(anyOf(cleaning.bioPatterns)),
  };
}

/**
 * A sentence's end, maybe inside closing marks (German quotations close with "“": „…“; others with "»"), then
 * perhaps a short aside in brackets: a transcript's stage direction ("… to them. (Laughter)"), a
 * translator's note ("…,” he said. “…” (translated from Marathi)").
 */
/** A short aside in brackets after a sentence or a quotation: "(Laughter)", "(translated from Marathi)". */
export const BRACKETED_ASIDE = "\\(\\p{L}[\\p{L}' -]{0,40}\\)";
const TERMINAL = new RegExp(
  `(?:[.!?\u2026]["'\u201C\u201D\u2019\u00BB)\\]]*|["\u201D])(?:\\s*${BRACKETED_ASIDE})?$`,
  'u',
);
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const PLACEHOLDER = /^\{[^{}]*\}$/;
const CREDIT_LABEL =
  /^\(?\s*(?:(?:image|photo|photograph|picture|video|illustration)\s*)?(?:credit|courtesy)s?\s*:/i;
const CREDIT_LEAD = /^(?:photo(?:graph)?|image|picture)\s*(?:by|:)\s/i;
const BRACKET_CREDIT = /\[(?:file|photo|image|credit|pictured)\b[^\]]*\]\s*$/i;
const TRAILING_PARENS = /[([]([^()[\]]{2,80})[)\]]\s*$/;
/**
 * A photo's credit that only names whose picture it is, set after the caption's full stop: "… at a press
 * conference on Monday. (The Eastern Courier)", "… (Getty Images)". Two to six capitalised words; a
 * sentence's own closing bracket says something in lower case ("(He later moved to Lviv.)").
 */
const NAME_ONLY_CREDIT =
  /[.!?]["'\u201D\u2019]?\s+\((?:\p{Lu}[\p{L}&'\u2019.-]*)(?:\s+(?:(?:of|the|and|&)\s+)?\p{Lu}[\p{L}&'\u2019.-]*){1,5}\)\s*$/u;
/**
 * A caption closed by whose photo it is, after its full stop and without brackets: "… in April 2025. Busan
 * Harbour Post file photo", "… on Monday. AP Photo", "… in 2019. File photo".
 */
const NAMED_PHOTO_CREDIT =
  /[.!?]["'\u201D\u2019]?\s+(?:\p{Lu}[\p{L}&'\u2019.-]*\s+){0,5}(?:[Ff]ile\s+)?(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)s?$/u;
/** A byline: "By Jane Doe", "By LYNNE O'DONNELL", "by: Ann Lee" (a TV station's site). */
const BYLINE = /^by:?\s+\p{Lu}/iu;
const SECOND_PERSON = /\b(?:you|your|yours)\b/i;
/** Verbs a call to action opens with ("Subscribe to …", "Become a supporter …"). */
const CALL_TO_ACTION =
  'sign up|subscribe|get|join|try|download|follow|escape|unlock|register|start|become|donate';
const IMPERATIVE = new RegExp(`^(?:${CALL_TO_ACTION})\\b`, 'i');
/** A later sentence of the line opening with one ("Our journalism is free. Become a supporter …"). */
const LATER_IMPERATIVE = new RegExp(`[.!?]\\s+(?:${CALL_TO_ACTION})\\b`, 'i');

/** Hashtags closing a social-media post after its last sentence ("… act without fear.\" #SindhFloods"). */
const TRAILING_HASHTAGS = /(?<=[.!?\u2026"\u201D])(?:\s+#[\p{L}\p{N}_]+)+$/u;

/**
 * Whether a line ends like a sentence (period, ?, !, ellipsis, or a closing double quote), maybe before the
 * hashtags of a post.
 */
export function endsLikeProse(line: string): boolean {
  return (
    TERMINAL.test(line) ||
    (line.includes('#') && TERMINAL.test(line.replace(TRAILING_HASHTAGS, ''))) ||
    (BROKEN_OFF.test(line) && CAPITALS_LABEL.test(line))
  );
}

/** "MR. PELLETIER: … the Commerce Clause does not allow --": a transcript's turn another speaker broke off. */
const BROKEN_OFF = /\s(?:--|[\u2014\u2013])$/u;

/**
 * A transcript's turn label in capitals opening a line: "MR. PELLETIER:", "CHIEF JUSTICE THORNE:", "THORNE:"
 * (or a topic's, "WEATHER:"). Its words say nothing of how the words after it are written.
 */
const CAPITALS_LABEL = /^(?:\p{Lu}[\p{Lu}'\u2019.-]*\s){0,3}\p{Lu}[\p{Lu}'\u2019-]+:\s/u;
/**
 * … and one that names a person, by an honorific or an office ("MR. PELLETIER:", "JUSTICE BRANDT:"): a
 * turn of speech, whose line is never a headline's, however many of its words a form of address capitalises
 * ("MR. PELLETIER: Briefly, Mr. Chief Justice. The").
 */
const PERSON_LABEL =
  /^(?:CHIEF\s)?(?:MR|MS|MRS|MISS|DR|PROF|JUSTICE|JUDGE|SENATOR|SEN|REP|GOVERNOR|GOV|COUNCILLOR|CLLR)\.?\s(?:\p{Lu}[\p{Lu}'\u2019.-]*\s){0,2}\p{Lu}[\p{Lu}'\u2019-]+:\s/u;

function isTitleCase(line: string): boolean {
  if (PERSON_LABEL.test(line)) return false;
  const words = line
    .replace(CAPITALS_LABEL, '')
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w));
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.7;
}

/** The most words of a caption in a block of its own above its credit's. */
const LONE_CAPTION_WORDS = 40;
/** The most words of a credit that is nothing but a credit ("Ashlyn Tran/Staff photographer"). */
const LONE_CREDIT_WORDS = 6;
/** A photographer's credit after a slash: "Ashlyn Tran/Staff photographer", "Ana Roe / Staff". */
const SLASH_CREDIT =
  /^\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){0,3}\s*\/\s*(?:(?:staff|contributing|freelance|chief)\s+)?(?:photographer|photo|staff|contributor)$/iu;

/**
 * A photograph's caption: the present tense of what the picture shows, with the day it was taken ("Black
 * smoke rises from the plant on Tuesday morning."); news prose tells a past day in the past tense.
 */
function isPhotoCaption(line: string): boolean {
  return (
    CAPTION_PRESENT.test(line) && CAPTION_DAY.test(line) && endsLikeProse(line) && !QUOTE_MARK.test(line)
  );
}
/** Any quotation mark: a caption shows, it does not quote. */
const QUOTE_MARK = /["\u201C\u201D\u00AB\u00BB]/u;
const CAPTION_PRESENT =
  /\b(?:rises|rise|stands|stand|walks|walk|speaks|speak|talks|gathers|gather|looks|look|holds|hold|waits|wait|arrives|arrive|leaves|attends|sits|sit|poses|pose|gestures|listens|listen|watches|watch|reacts|react|prays|pray|mourns|mourn|carries|carry|burns|is seen|are seen|march|marches|embrace|embraces|hugs|hug|wipes|comforts|comfort|inspects|inspect|tour|tours|search|searches|work|works)\b/u;
const CAPTION_DAY =
  /\b(?:on|early|late|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bin\s+\p{Lu}[\p{L}.]+\s+\d{4}\b/u;

function isCredit(line: string, rules: CleaningRules): boolean {
  if (
    SLASH_CREDIT.test(line) ||
    CREDIT_LABEL.test(line) ||
    CREDIT_LEAD.test(line) ||
    BRACKET_CREDIT.test(line) ||
    NAME_ONLY_CREDIT.test(line) ||
    NAMED_PHOTO_CREDIT.test(line) ||
    LABELLED_BRACKET_CREDIT.test(line)
  )
    return true;
  // A caption ending in a parenthesised credit: "… in Seoul on Sunday. (AP Photo/Lee Jin-man)".
  const trailing = TRAILING_PARENS.exec(line);
  if (
    trailing &&
    (rules.agency.test(` ${trailing[1]} `) || /\b(?:photo|image|file)\b/i.test(trailing[1] as string))
  )
    return true;
  return wordCount(line) <= 10 && !/[.!?]$/.test(line.replace(/\)$/, '')) && rules.agency.test(line);
}

const MAX_WRAP_WIDTH = 120;
/** Fewest blocks with a line longer than any wrap width that make a page one paragraph per line. */
const UNWRAPPED_BLOCKS = 3;
/** Shorter than this, a line is no wrapped prose; a block of four lines or more, most of them so, is a menu. */
const SHORT_LINE = 40;
const MENU_LINES = 4;

/**
 * Joins hard-wrapped lines inside a block: a long line with no sentence end continues on the next. A block
 * with a line longer than any wrap width holds one paragraph per line (a scraped page): nothing to join; so
 * does a block of menu items, mostly short lines (a page's title line, "Skip to main content", "Sign in", …
 * with no blank lines between them).
 */
function unwrap(lines: string[]): string[] {
  if (lines.some((l) => l.length > MAX_WRAP_WIDTH)) return lines;
  const short = lines.filter((l) => l.length < SHORT_LINE).length;
  if (lines.length >= MENU_LINES && 2 * short > lines.length) return lines;
  const turns = joinedTurns(lines);
  if (turns !== undefined) return turns;
  if (!filledBeforeEachBreak(lines)) return lines;
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      prev.length >= 40 &&
      !endsLikeProse(prev) &&
      !isTitleCase(prev) &&
      !BYLINE.test(line) &&
      !FIELD_LABEL.test(line) &&
      !CAPITALS_LABEL.test(line) &&
      (/^\p{Ll}/u.test(line) || /[,;\p{Ll}-]$/u.test(prev));
    if (continues) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * Whether a block reads as wrapped by a program: a wrapper fills each line before it breaks it, so the next
 * line's first word never fits on the line before within the block's longest line. A block where it would
 * have ("WEATHER" / "Delphine grows to Category 3 …" / "Governor asks for federal help …") breaks where its
 * writer did: a label, a headline and its standfirst.
 */
function filledBeforeEachBreak(lines: readonly string[]): boolean {
  const width = Math.max(...lines.map((l) => l.length));
  return lines.every((line, i) => {
    const next = lines[i + 1];
    return next === undefined || line.length + 1 + (next.split(/\s/, 1)[0] as string).length > width;
  });
}

/** Fewest lines opening with a turn label in capitals that make a block a transcript's. */
const TRANSCRIPT_TURNS = 3;
/** A stage direction or a cut ("(Laughter.)", "[...]", "(10:03 a.m.)"): a line of its own. */
const STAGE_LINE = /^[([].*[)\]]$/u;
const HAS_LOWER_CASE_LETTER = /\p{Ll}/u;

/**
 * A transcript's page as its record prints it (lines broken where the page's width fell, turns one after
 * the other: "MR. PELLETIER: They are different, Justice Brandt," / "when they are aimed at the disease."):
 * a line that opens no turn goes on with the turn above it. Headings in capitals ("ORAL ARGUMENT OF …"),
 * stage directions and the lines above the first turn stand as they are.
 */
function joinedTurns(lines: readonly string[]): string[] | undefined {
  if (lines.filter((line) => CAPITALS_LABEL.test(line)).length < TRANSCRIPT_TURNS) return undefined;
  const out: string[] = [];
  let inTurn = false;
  for (const line of lines) {
    const opensTurn = CAPITALS_LABEL.test(line);
    const apart = STAGE_LINE.test(line) || !HAS_LOWER_CASE_LETTER.test(line);
    if (inTurn && !opensTurn && !apart) out[out.length - 1] = `${out[out.length - 1]} ${line}`;
    else out.push(line);
    inTurn = opensTurn || (inTurn && !apart);
  }
  return out;
}

/** A line that opens with a field's label ("From: …", "Date: …", "Reply-To: …"): never a wrapped line's rest. */
const FIELD_LABEL = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?:\s/u;

/** Most words of a page's running head or foot. */
const RUNNING_HEAD_WORDS = 12;

/**
 * The lines a printed record repeats at each page break ("Official - Subject to Final Review", "Keystone
 * Court Reporting LLC | Page 4"): short lines the page holds twice or more, its numbers aside.
 */
function runningHeads(lines: readonly string[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const line of lines) {
    if (line === '' || wordCount(line) > RUNNING_HEAD_WORDS) continue;
    const key = pageFolded(line);
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return repeated;
}

function pageFolded(line: string): string {
  return line.replace(/\d+/g, '#');
}

/**
 * The last line read before a page's running heads, when only such heads follow it: a sentence a page
 * break cut goes on after them ("… some families that have hauled to" / "Official - Subject to Final
 * Review" / "the sale barns in Billings …").
 */
function beforeRunningHeads(lines: readonly Line[], heads: ReadonlySet<string>): Line | undefined {
  let k = lines.length - 1;
  while (k >= 0 && heads.has(pageFolded((lines[k] as Line).text))) k--;
  return k < lines.length - 1 ? lines[k] : undefined;
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  const text = raw.replace(/\r\n?/g, '\n');
  const heads = runningHeads(text.split('\n').map(normalizeWhitespace));
  // Every line with its block, so that a line is read with the one after it, in its block or the next.
  // (A page that holds a paragraph per line in several blocks was wrapped by no program: a headline over its
  // deck, "… takes over Santa Lucía police" / "Suspect detained in dawn raid …", are two lines.)
  const blocks = text.split(/\n[ \t\u00A0]*\n/).map((block) =>
    block
      .split('\n')
      .map(normalizeWhitespace)
      .filter((l) => l !== ''),
  );
  const unwrapped =
    blocks.filter((block) => block.some((l) => l.length > MAX_WRAP_WIDTH)).length >= UNWRAPPED_BLOCKS;
  const read = blocks.flatMap((block, b) =>
    (unwrapped ? block : unwrap(block)).map((wrapped) => ({ wrapped, block: b })),
  );
  for (const [k, { wrapped, block }] of read.entries()) {
    const text = quotingCaption(withoutListBullet(withoutEmphasisMarks(withoutTrailingLink(wrapped))));
    const last = lines[lines.length - 1];
    const head = heads.has(pageFolded(text));
    // (A headline that ends on a function word, "… as flames close in", is whole where the page's title
    // line opens with it, or where a standfirst follows it over the byline or date stamp; asked only of a
    // line that would be joined.)
    if (
      last !== undefined &&
      !head &&
      cutMidSentence(last.text, text) &&
      !(last !== lines[0] && opensTitleLine(lines[0]?.text ?? '', last.text)) &&
      !standfirstOverByline(text, read[k + 1]?.wrapped)
    )
      last.text = `${last.text} ${text}`;
    else {
      const cut = heads.size > 0 && /^\p{Ll}/u.test(text) ? beforeRunningHeads(lines, heads) : undefined;
      if (cut !== undefined && cutMidSentence(cut.text, text)) cut.text = `${cut.text} ${text}`;
      else lines.push({ text, block, drop: false });
    }
  }
  return lines;
}

/**
 * "… podcast boss on why Halloway clip stayed in" / "Minister’s team asked for …" / "By Euan McCorquodale": a
 * capitalised line right over a byline or date stamp is the standfirst under a headline, never the rest of
 * a sentence the headline's last word left open.
 */
function standfirstOverByline(line: string, next: string | undefined): boolean {
  return /^\p{Lu}/u.test(line) && next !== undefined && isBylineOrStamp(next);
}

/** Whether the title line opens with a line, maybe after a topic label ("Galamsey: Water firm shuts … in"). */
function opensTitleLine(title: string, line: string): boolean {
  if (title.startsWith(`${line} `)) return true;
  const colon = title.indexOf(': ');
  return colon > 0 && colon <= MAX_TOPIC_LABEL && title.startsWith(`${line} `, colon + 2);
}
const MAX_TOPIC_LABEL = 30;

/**
 * "**Q:** Were you in the room?", "__Update__": markdown emphasis left in a page's text, around whole words
 * (never inside one: "sh** life" keeps its asterisks), is not read; the words inside it are.
 */
const EMPHASIS =
  /(^|[\s([\u201C\u2018"'])(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\2(?=$|[\s.,;:!?)\]\u201D\u2019"'])/gu;

function withoutEmphasisMarks(line: string): string {
  return line.includes('**') || line.includes('__') ? line.replace(EMPHASIS, '$1$3') : line;
}

/**
 * A list item's bullet ("* Cllr Ames said …", "• “We will appeal.”") or a recording's time mark ("[12:40]
 * “…,” she said" in a podcast's write-up): page layout, not the item's words; the item reads as a paragraph
 * of its own. Only before a word or a quotation mark ("* * *" is a break).
 */
const LIST_BULLET =
  /^(?:[*\u2022\u25AA\u25E6\u00B7]|\[\d{1,2}:\d{2}(?::\d{2})?\])\s+(?=[\p{L}\p{N}"'\u201C\u2018\u00AB\u201E])/u;

/** A message log's line after its time mark: the sender's name and a colon ("[21:04] Dan: How many …"). */
const SENDER_AFTER_TIME =
  /^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+\p{Lu}[\p{L}'\u2019-]*(?:\s\p{Lu}[\p{L}'\u2019.-]*)?:\s/u;

/**
 * Whether line `i` is one of a message log's lines ("[21:04] Dan: How many have chased today" beside "[21:06]
 * Rory: 31."): messages end as they were typed, not like prose, and are someone's words all the same.
 */
function inMessageLog(lines: readonly Line[], i: number): boolean {
  const sent = (k: number) => SENDER_AFTER_TIME.test(lines[k]?.text ?? '');
  return sent(i) && (sent(i - 1) || sent(i + 1));
}

function withoutListBullet(line: string): string {
  // (A message log keeps its time marks: they tell its lines from a transcript's labels; see quotes/interview.ts.)
  return LIST_BULLET.test(line) && !SENDER_AFTER_TIME.test(line) ? line.replace(LIST_BULLET, '') : line;
}

/**
 * A caption's credit in brackets after its full stop, as Australian broadcast copy writes it: "… on Friday.
 * (Supplied)", "(Supplied: Ana Roe)", "(CPA: Stavros Pelekanos)": a label, a colon and whose picture it is.
 */
export const LABELLED_BRACKET_CREDIT =
  /[.!?]["'\u201D\u2019]?\s+\((?:Supplied|(?:\p{Lu}[\p{L}&'\u2019.-]*\s+){0,4}\p{Lu}[\p{L}&'\u2019.-]*:\s*\p{Lu}[^()]{1,80})\)\s*$/u;
/** A photo essay's caption label: "Photo 8 of 12: …". */
const PHOTO_NUMBER = /^(?:Photo|Picture|Image)\s+\d{1,3}\s+of\s+\d{1,3}\s*[:.\u2013\u2014-]\s+(?=\S)/i;
/** A photographer's credit closing a caption after its last sentence: "… any longer.\" Photograph: Ana Roe". */
export const TRAILING_PHOTO_CREDIT =
  /(?<=[.!?"\u201D\u2019])\s+(?:Photograph|Photo|Picture)(?:\s+by)?\s*:?\s+\p{Lu}[\p{L}\p{N}'\u2019. -]{1,60}(?:\/[\p{L}\p{N}'\u2019. -]{1,60})?$/u;

/**
 * A caption that quotes someone (a photo essay's "Photo 8 of 12: … “…,” said Dr Lucía Mamani … Photograph:
 * …"): its label and its credit are page furniture, its sentences and quotations are the story's. A caption
 * quoting no one stays as it is, and goes as captions go.
 */
function quotingCaption(line: string): string {
  if (!QUOTES_SOMEONE.test(line)) return line;
  return line.replace(PHOTO_NUMBER, '').replace(TRAILING_PHOTO_CREDIT, '');
}

/**
 * "… and even the classics. [Zombies! Your Complete Guide to the Undead (Infographic) ]": a link to related
 * content in square brackets after a paragraph's last sentence is no part of the paragraph (and made it read
 * as a line of links, dropped whole). Not a credit ("[Photo: …]"), and not after a short caption.
 */
const TRAILING_LINK = /^(.+[.!?"'\u201D\u2019)])\s*\[([^[\]]{3,120})\]$/u;
/** Fewest words of the prose before a trailing link (a caption is shorter). */
const LINKED_PROSE_WORDS = 12;

function withoutTrailingLink(text: string): string {
  const m = TRAILING_LINK.exec(text);
  if (!m || BRACKET_CREDIT.test(`[${m[2]}]`) || wordCount(m[1] as string) < LINKED_PROSE_WORDS) return text;
  return m[1] as string;
}

/**
 * "… a professor of taxation at the" / "University of Michigan Law School.": no sentence ends on an article,
 * a preposition or a conjunction, whatever case the next line opens in.
 */
const ENDS_ON_FUNCTION_WORD =
  /\s(?:the|a|an|of|at|to|for|in|on|into|onto|with|from|by|about|between|through|against|during|upon|than|and|or|that|who|which|whose|its|their|our|your)$/;

/** A line ending in a stop, a closing mark or a separator: no sentence runs on past it. */
const LINE_STOP = /[.!?:\u2026"'\u201D\u2019)\]|]$/u;

/** A time opening a line before a dash: "9:00 a.m. ET — …", "16:48 – …", a live page's entry heading. */
const TIMED_HEADING = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?\s+[\u2014\u2013-]\s/u;

/** Fewest words of a line that a line break cut off mid-sentence (a menu item or a label is shorter). */
const BROKEN_LINE_WORDS = 6;

/**
 * "… paying someone to borrow a bike that’s actually yours to" / "begin with,” said …": a page whose line
 * breaks (`<br>`) were printed as paragraphs cuts sentences in two. A line of prose that ends with no
 * stop, followed by one that opens in lower case (or ending on a function word), is one paragraph.
 */
function cutMidSentence(line: string, next: string): boolean {
  return (
    (/^\p{Ll}/u.test(next) || ENDS_ON_FUNCTION_WORD.test(line)) &&
    !BYLINE.test(next) &&
    // A title line ("Headline - Site") or a row of links ("Email the author | Follow on Twitter") is no prose.
    !/\s[|\u2022-]\s/u.test(line) &&
    // Nor is a live page's entry heading, its time and title ("9:00 a.m. ET — What the strike is about").
    !TIMED_HEADING.test(line) &&
    !isTitleCase(line) &&
    !LINE_STOP.test(line) &&
    // (A comma or a semicolon ends no sentence: "… he wrote in an introductory post," / "using his alias.")
    (/^\p{Ll}/u.test(next) || !/[;,]$/.test(line)) &&
    wordCount(line) >= BROKEN_LINE_WORDS &&
    // ("… three days on" / "Copy link": a control under a headline that ends on a function word is no rest of
    // it; prose goes on for a while, or to a stop or a comma.)
    (/^\p{Ll}/u.test(next) || wordCount(next) >= BROKEN_LINE_WORDS || /[.,;:!?"'\u201D\u2019)]$/u.test(next))
  );
}

/** How far after a "Read more:" box the article may resume with a quotation. */
const RESUME_REACH = 8;
/** A paragraph of quoted speech: the article itself, never a footer's related headline. */
const QUOTED_PROSE = /["\u201C]\S/u;

/** Words of a paragraph of running prose (a related link's teaser is shorter, and stands alone). */
const RESUMED_PROSE_WORDS = 20;

/**
 * Whether the article resumes after line `i` (a box of links inside it): a quoted paragraph follows soon, or
 * two paragraphs of running prose one after the other.
 */
function resumesAfter(lines: readonly Line[], i: number): boolean {
  const after = lines.slice(i + 1, i + 1 + RESUME_REACH);
  const prose = (l: Line | undefined) =>
    l !== undefined && endsLikeProse(l.text) && wordCount(l.text) >= RESUMED_PROSE_WORDS;
  return after.some(
    (l, k) =>
      (endsLikeProse(l.text) && QUOTED_PROSE.test(l.text) && wordCount(l.text) >= 8) ||
      (prose(l) && prose(after[k + 1])),
  );
}

/** Drops a box of links inside the article: its marker ("Read more:") and the headlines under it. */
function dropLinkBox(lines: readonly Line[], i: number): void {
  (lines[i] as Line).drop = true;
  for (let k = i + 1; k < lines.length && k <= i + RESUME_REACH; k++) {
    const line = lines[k] as Line;
    // A headline ends without a full stop ("Who is X, the man behind Y?"); the article's prose with one.
    if (/[.\u201D"']$/u.test(line.text) || QUOTED_PROSE.test(line.text)) break;
    line.drop = true;
  }
}

/**
 * Drops the page's tail, from the first tail marker in the second half of the text on; a marker the article
 * resumes after ("Read more:" and its links between two paragraphs) drops only its box of links.
 */
function markTail(lines: Line[], rules: CleaningRules): void {
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (seen >= total * 0.5 && !endsLikeProse(line.text) && rules.tailMarkers.test(line.text)) {
      if (!resumesAfter(lines, i)) {
        for (let k = i; k < lines.length; k++) (lines[k] as Line).drop = true;
        return;
      }
      dropLinkBox(lines, i);
    }
    seen += line.text.length;
  }
}

/** A caption above its credit: one line, or the same caption printed twice. */
const MAX_CAPTION_LINES = 2;
/** A credit line with at least this many words before its bracketed credit carries its own caption. */
const CAPTION_WORDS = 6;

/** A video player's running time on its own line ("Duration 1:30"). */
const VIDEO_DURATION = /^Duration:?\s+\d{1,2}:\d{2}(?::\d{2})?$/i;
/** A media player's label in capitals ("WATCH | Palestinians react to …:", "LISTEN: …"). */
const MEDIA_LABEL = /^(?:WATCH|LISTEN|VIDEO|AUDIO)\s*[|:]/;

function markCaptionsAndCredits(lines: Line[], rules: CleaningRules): void {
  const blockSizes = new Map<number, number>();
  for (const l of lines) blockSizes.set(l.block, (blockSizes.get(l.block) ?? 0) + 1);
  lines.forEach((line, i) => {
    // "Duration 1:30" / "Yahya Sinwar has been promoted …": the line under a video's running time describes
    // the video, and the player's label names it; neither is part of the article around it.
    // (A video's own page titled "WATCH: …" keeps its title line and the headline that repeats it.)
    const ownTitle = i === 0 || (lines[0]?.text.startsWith(`${line.text} `) ?? false);
    if (VIDEO_DURATION.test(lines[i - 1]?.text ?? '') || (MEDIA_LABEL.test(line.text) && !ownTitle)) {
      line.drop = true;
      return;
    }
    // An agency named under a byline ("By Jane Doe" / "Associated Press") is the byline's, not a credit.
    if (!isCredit(line.text, rules) || BYLINE.test(lines[i - 1]?.text ?? '')) return;
    line.drop = true;
    // ("Black smoke rises from the plant on Tuesday morning." / "Ashlyn Tran/Staff photographer", each a
    // block of its own: a caption, in the present tense of a photograph, right above its credit.)
    const above = lines[i - 1];
    if (
      above !== undefined &&
      above.block !== line.block &&
      blockSizes.get(line.block) === 1 &&
      blockSizes.get(above.block) === 1 &&
      wordCount(line.text) <= LONE_CREDIT_WORDS &&
      wordCount(above.text) <= LONE_CAPTION_WORDS &&
      isPhotoCaption(above.text)
    )
      above.drop = true;
    // The lines above a credit in its block are its photo caption. A page with no blank lines is one big
    // block: there only the caption sentences right above (not the headline or byline further up).
    const small = (blockSizes.get(line.block) ?? 0) <= MAX_CAPTION_LINES + 2;
    // ("The rescue in pictures: firefighters carry … (Image: Wenshire Fire Service)": a credit run on after
    // its own caption has it already; on a page with no blank lines, the story's lines above are not it.)
    if (!small && wordCount(line.text.replace(TRAILING_PARENS, '')) >= CAPTION_WORDS) return;
    for (let j = i - 1; j >= 0 && (lines[j] as Line).block === line.block; j--) {
      const above = lines[j] as Line;
      if (!small && (j < i - MAX_CAPTION_LINES || !(above.drop || endsLikeProse(above.text)))) break;
      // (A gallery's long caption that quotes someone, its credit on the line under it, is the story's, as
      // one with the credit run on is: see `quotingCaption`.)
      if (isQuotingCaption(above.text)) continue;
      above.drop = true;
    }
  });
}

/** A line that asks: a question ends so, a caption never does. */
const ASKS = /\?["'\u201D\u2019]?\s*$/u;

function markRepeats(lines: Line[]): void {
  const tokens = lines.map((l) => new Set(contentTokens(l.text)));
  /** Each line's words, and the line that said them first. */
  const seen = new Map<string, Line>();
  lines.forEach((line, i) => {
    // A transcript names the same speaker above each of their turns.
    if (isTranscriptHeading(lines, i, endsLikeProse)) return;
    const key = [...(tokens[i] as Set<string>)].join(' ');
    const first = seen.get(key);
    if (first && key !== '') {
      // A summary bullet repeats the article's sentence without its full stop: the sentence stays.
      if (!endsLikeProse(first.text) && endsLikeProse(line.text)) {
        first.drop = true;
        seen.set(key, line);
      } else line.drop = true;
    } else seen.set(key, line);
    // Near-identical neighbours are a caption shown twice (or a promo repeated): drop both. Not a question
    // and the answer that takes up its words ("Q: And what action was taken within three months?" / "A:
    // It means action within three months."); and of a heading and the sentence under it that tells the
    // same news in full (a live blog's entry), only the heading.
    const next = lines[i + 1];
    const big = (tokens[i] as Set<string>).size >= 4 && (tokens[i + 1]?.size ?? 0) >= 4;
    if (
      next &&
      big &&
      !ASKS.test(line.text) &&
      !ASKS.test(next.text) &&
      jaccard(tokens[i] as Set<string>, tokens[i + 1] as Set<string>) >= 0.6
    ) {
      const headingOverSentence = !endsLikeProse(line.text) && endsLikeProse(next.text);
      line.drop = true;
      if (!headingOverSentence) next.drop = true;
    }
  });
}

/**
 * A line of a promo box: promo words told to the reader ("Get our newsletter", "Sign up to your free
 * trial") or a short label ("Newsletter", "Sign up"); not a headline that reports them ("Thousands sign up
 * to legal claim against doorbell firm").
 */
function isPromoLine(text: string, rules: CleaningRules): boolean {
  return (
    rules.promo.test(text) &&
    (SECOND_PERSON.test(text) || OUR.test(text) || wordCount(text) <= PROMO_LABEL_WORDS)
  );
}
const OUR = /\b(?:our|we)\b/i;
/** The most words of a promo's label ("Daily newsletter", "Sign up now"). */
const PROMO_LABEL_WORDS = 4;

/** The first person singular: a promo speaks for the paper ("we", "our"), never as "I". */
const SPEAKS_FOR_ONESELF = /\bI(?:['\u2019](?:m|ve|d|ll))?\b/u;

/**
 * A promo in prose: promo words ("newsletter", "supporter") with the reader addressed or told what to do,
 * in any of the line's sentences ("Our journalism is free to read. Become a supporter from £1.50 a month").
 */
function isPromo(text: string, rules: CleaningRules): boolean {
  return (
    rules.promo.test(text) &&
    // "I've had thousands of messages from supporters, and that keeps you going": someone speaking; so is a
    // transcript's question ("Q. You left the terminal unlocked, correct?").
    !SPEAKS_FOR_ONESELF.test(text) &&
    !QUESTION_LABEL.test(text) &&
    (SECOND_PERSON.test(text) || IMPERATIVE.test(text) || LATER_IMPERATIVE.test(text))
  );
}

/** A line ending in a colon ("…, she wrote:") … */
const INTRODUCES = /\p{L}[\p{L}\p{N})\]'\u2019]*:$/u;
/** … whose next line opens a quotation (or a transcript's first question) introduces it: prose, not a label. */
const OPENS_QUOTE = /^["\u201C\u2018']/u;

/**
 * Whether a short cue line ends with a speech verb ("He added:", "Mr Hale replied:"), or opens with one
 * before its speaker ("Said the SP:", "Added the DM:", as South Asian copy writes them).
 */
function endsWithSpeechVerb(line: string): boolean {
  const last = /(\p{L}+):$/u.exec(line)?.[1]?.toLowerCase();
  const first = /^(\p{Lu}\p{Ll}+)\s/u.exec(line)?.[1]?.toLowerCase();
  return (
    (last !== undefined && SPEECH_VERB_WORDS.has(last)) ||
    (first !== undefined && SPEECH_VERB_WORDS.has(first))
  );
}

function introducesQuote(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || !INTRODUCES.test((lines[i] as Line).text)) return false;
  if (blockAfter(lines, i) !== undefined) return true;
  const words = (lines[i] as Line).text.split(/\s+/).length;
  // "Here is some of what she said:" above "Q: Is the deal done?"
  if (words >= 4 && QUESTION_LABEL.test(next.text)) return true;
  return (
    words >= (endsWithSpeechVerb((lines[i] as Line).text) ? 2 : 4) &&
    OPENS_QUOTE.test(next.text) &&
    endsLikeProse(next.text)
  );
}

/** Words from which a line ending in a colon is a sentence leading into what follows, not a heading. */
const LEAD_IN_WORDS = 10;

/**
 * "… pressed the company on what it had known. The exchange was tense:" above a labelled exchange or a
 * list: a long line, not in title case, that ends in a colon is prose ("Most read:" and "Related Coverage
 * From Our Partners:" are not).
 */
function isProseLeadIn(line: string): boolean {
  return INTRODUCES.test(line) && wordCount(line) >= LEAD_IN_WORDS && !isTitleCase(line);
}

/** A handle on a line of its own above a quoted post ("@vessaofficial"). */
const HANDLE_LINE = /^@[\w.]{2,30}$/;
/** A block quote's words: several sentences in the first person ("I trusted …. I have been paid …"). */
const BLOCK_WORDS = 15;
const INNER_SENTENCE_END = /[.!?]["'\u201D\u2019]?\s+\p{Lu}/u;
/** A first-person word: a statement set off as a block speaks so (quotes/attribute.ts reads it too). */
export const FIRST_PERSON_WORD = /\b(?:I|I'm|I've|I\u2019m|I\u2019ve|[Mm]y|me|[Ww]e|[Oo]ur|us)\b/;

/**
 * The index of a block quote right after line `i` (a handle line may stand between): a statement or post
 * in the first person, of several sentences, whose marks and last full stop the layout lost ("… in front
 * of them. V x").
 */
function blockAfter(lines: readonly Line[], i: number): number | undefined {
  let k = i + 1;
  if (HANDLE_LINE.test(lines[k]?.text ?? '')) k++;
  const text = lines[k]?.text;
  if (text === undefined || OPENS_QUOTE.test(text)) return undefined;
  const isBlock =
    wordCount(text) >= BLOCK_WORDS && INNER_SENTENCE_END.test(text) && FIRST_PERSON_WORD.test(text);
  return isBlock ? k : undefined;
}

/** Whether line `i` is a block quote that the line before it (or the one before a handle) introduces. */
function isIntroducedBlock(lines: readonly Line[], i: number): boolean {
  const at = HANDLE_LINE.test(lines[i - 1]?.text ?? '') ? i - 2 : i - 1;
  const introducer = lines[at];
  return introducer !== undefined && /:\s*$/.test(introducer.text) && blockAfter(lines, at) === i;
}

/**
 * A credit line under a quotation: "— Sen. Lucía Montañez", "– Whitcombe" (a dash, then a name), and where or
 * for whom they said it: "— Mayor Ken Ostrowski, on Northern Country 98.1", "— Chief Ada Bear of Loon Lake
 * Cree Nation, in a video".
 */
export const DASH_CREDIT = new RegExp(
  `^[\u2014\u2013-]\\s*((?:(?:\\p{Lu}[\\p{L}.'\u2019-]*|${NAME_PARTICLE_PATTERN})\\s+){0,4}\\p{Lu}[\\p{L}'\u2019-]+)(?:(?:,\\s+|\\s+(?:of|on|in|at|to|for|from)\\s+)[^!?"\u201C\u201D]{2,160})?$`,
  'u',
);

/**
 * A credit line of a name and whom they speak for, set off by a comma, under a quotation standing alone, as
 * live pages and key-quote boxes print them: "Tor Haug, Joint Rescue Coordination Centre", "Dr Lee
 * Dong-hyuk, chair of the residents' council, to a crowd …" (no relative clause, no full stop: not a
 * sentence).
 */
export const NAME_CREDIT = new RegExp(
  `^((?:(?:\\p{Lu}[\\p{L}.'\u2019-]*|${NAME_PARTICLE_PATTERN})\\s+){1,3}\\p{Lu}[\\p{L}'\u2019-]+),\\s+(?!(?:who|which|that|whose|whom)\\b)(?:the\\s+)?\\p{L}[^!?:;"\u201C\u201D]{2,160}(?<!\\.)$`,
  'u',
);

const HAS_LOWER_CASE = /\p{Ll}/u;

/** Whether line `i` credits the quotation right above it ("“…”" / "— Montañez"). */
function creditsQuote(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1];
  const text = (lines[i] as Line).text;
  return (
    above !== undefined &&
    (DASH_CREDIT.test(text) || NAME_CREDIT.test(text)) &&
    OPENS_QUOTE.test(above.text) &&
    // "DR ANN LEE, DIRECTOR OF EDUCATION" in capitals heads the next section of a report: no credit.
    HAS_LOWER_CASE.test(text)
  );
}

/** A last word in lower case ("… seek to sow division"), not a name or a credit ("REUTERS/Ivan Petrov"). */
const ENDS_ON_LOWER_CASE_WORD = /\s\p{Ll}+$/u;
/** Words from which a paragraph of several sentences that lost its last stop is still prose. */
const CUT_PROSE_WORDS = 20;

/**
 * "… has been deplorable. As always, councils are striving to … those who seek to sow division": a
 * paragraph of several sentences whose last stop the page lost (cut off, or the end run into the next
 * block) — long, not in title case, ending on a word. Menus, headlines and link lists are not written in
 * sentences.
 */
function isCutProse(line: string): boolean {
  return (
    wordCount(line) >= CUT_PROSE_WORDS &&
    INNER_SENTENCE_END.test(line) &&
    ENDS_ON_LOWER_CASE_WORD.test(line) &&
    !isTitleCase(line)
  );
}

/** An abbreviation alone on its line ("U.S.", "U.K."): a menu's label. */
const ABBREVIATION_ALONE = /^(?:\p{Lu}\.){2,}$/u;

function markProseRules(lines: Line[], rules: CleaningRules): void {
  joinSpeakerHeadings(lines);
  let inPromo = false;
  for (const [i, line] of lines.entries()) {
    const { text } = line;
    // (A stamp may end on the period of "a.m.", like a sentence.)
    // (Nor is a lone abbreviation a sentence, though it ends on a stop: the menu's "U.S.".)
    if (isTimeStamp(text) || ABBREVIATION_ALONE.test(text)) {
      line.drop = true;
      continue;
    }
    // "CLLR HUW JONES (LLANFEIRIOG)" over the paragraphs of what he said: kept, written as a name is.
    const heading = speakerHeading(text);
    if (heading !== undefined && endsLikeProse(lines[i + 1]?.text ?? '')) {
      line.text = heading;
      continue;
    }
    if (
      !endsLikeProse(text) &&
      !introducesQuote(lines, i) &&
      !isProseLeadIn(text) &&
      !isCutProse(text) &&
      !creditsQuote(lines, i) &&
      !CREDITED_QUOTATION.test(text) &&
      !isTranscriptHeading(lines, i, endsLikeProse) &&
      !isIntroducedBlock(lines, i) &&
      !inMessageLog(lines, i)
    ) {
      line.drop = true;
      // A non-sentence call to action ("Subscribe to X") opens a promo box.
      inPromo = rules.promo.test(text) || IMPERATIVE.test(text);
      continue;
    }
    if (inPromo && SECOND_PERSON.test(text)) {
      line.drop = true;
      continue;
    }
    inPromo = false;
    // ("Martin Oyelaran, who covers Corvana for the bank, said … “…”": a paragraph quoting someone is
    // reporting, not the writer's bio; so is "Lars Brenn, who covers software at Halden Research, said …".)
    if (
      isPromo(text, rules) ||
      (rules.bio.test(text) && !QUOTES_SOMEONE.test(text) && !RELATIVE_THEN_SPEECH.test(text))
    )
      line.drop = true;
  }
}

/**
 * A box that heads each speaker's words with their name and role on lines of their own ("PRO ¶ Thorsten
 * Weber ¶ President, Freight Association ¶ “…”"): the two lines become one that introduces the quotation
 * ("Thorsten Weber, President, Freight Association:"), as a cue ending in a colon does.
 */
function joinSpeakerHeadings(lines: Line[]): void {
  for (let i = 0; i + 2 < lines.length; i++) {
    const [name, role, words] = [lines[i], lines[i + 1], lines[i + 2]] as [Line, Line, Line];
    if (name.drop || role.drop || words.drop) continue;
    if (!HEADING_NAME.test(name.text) || !isRoleLine(role.text)) continue;
    if (!OPENS_QUOTE.test(words.text) || !endsLikeProse(words.text)) continue;
    role.text = `${name.text}, ${role.text}:`;
    name.drop = true;
  }
}

/** A name on a line of its own: two to five capitalised words, titles ("Prof. Dr.") and particles ("von") among them. */
const HEADING_NAME =
  /^(?:(?:Prof|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Col|Capt|Rev|Hon|Cllr)\.?\s+){0,3}\p{Lu}[\p{Ll}'\u2019-]+(?:\s+(?:(?:von|van|der|den|de|da|di|du|del|la|le|al|bin|ibn)\s+){0,2}\p{Lu}[\p{L}'\u2019-]+){1,4}$/u;
/** Most words of a speaker's role on the line under their name ("Professor of Labour Law, Hanseatic University"). */
const MAX_ROLE_LINE_WORDS = 14;

/** A role under a name: a few capitalised words with a comma or "of", not a sentence ("President, Freight Association"). */
function isRoleLine(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    !endsLikeProse(text) &&
    wordCount(text) <= MAX_ROLE_LINE_WORDS &&
    /,|\bof\b/.test(text) &&
    !OPENS_QUOTE.test(text)
  );
}

/** A quotation and its credit on one line, as a "What they said" list prints it: "“…” — Luc Gagnon, captain". */
const CREDITED_QUOTATION = /^["\u201C][^"\u201C\u201D]{8,}["\u201D]\s*[\u2014\u2013]\s*\p{Lu}/u;

/** Words of eight characters or more in quotation marks. */
const QUOTES_SOMEONE = /["\u201C][^"\u201C\u201D]{8,}["\u201D]/u;

/** "Lars Brenn, who covers software at …, said": a person described by a relative clause, then what they said. */
const RELATIVE_THEN_SPEECH =
  /,\s+who\s[^,]+,\s+(?:said|says|told|tells|added|argued|warned|predicted|noted)\b/;

/** A verb that credits a quotation ("…,” said Dr Roe", "she told"). */
const CREDITING_VERB = /\b(?:said|says|told|tells|added|adds|asked|asks)\b/;
/** Fewest words of a gallery's caption that reads as a paragraph of the story (a picture's own caption is shorter). */
const GALLERY_CAPTION_WORDS = 20;

/** A long caption that quotes someone and says who: "D. Ganbold, 58, stands … “I am …,” he said." */
function isQuotingCaption(text: string): boolean {
  return wordCount(text) >= GALLERY_CAPTION_WORDS && QUOTES_SOMEONE.test(text) && CREDITING_VERB.test(text);
}

/** A word of a date stamp: a number, date or time, a month or weekday, a label or a separator. */
const STAMP_WORD = new RegExp(
  `^(?:[|\u00B7\u2022\u2013\u2014-]|\\d{1,4}(?:[:./]\\d{1,2}){0,2}(?:st|nd|rd|th)?|[ap]\\.?m\\.?|(?:${[...MONTHS, ...WEEKDAYS].map((w) => `${w.slice(0, 3)}(?:${w.slice(3)}|${w.slice(3, 4)})?`).join('|')})\\.?|updated|published|posted|last|on|at|et|gmt|bst|utc|[ecmp][sd]t)[:,.]?$`,
  'i',
);

/**
 * "Nov. 7, 2025, 10:52 p.m. | Updated Nov. 8, 2025, 9:15 a.m.": a line of nothing but dates, times and
 * their labels, with a year. The page's stamp, not the story (metadata reads it from the page's lines).
 */
function isTimeStamp(line: string): boolean {
  return /\b(?:19|20)\d{2}\b/.test(line) && line.split(/\s+/).every((w) => STAMP_WORD.test(w));
}

/** How many of the first paragraphs may open with the dateline. */
const DATELINE_REACH = 6;

/** Separators of a row of links ("Skip to navigation | Skip to content"). */
const LINK_ROW = / [|\u00B7\u2022] /;

/** A link's label: a few words, not a sentence ("Skip to navigation", "Accessibility", "Large print"). */
const MAX_LINK_WORDS = 4;
const isLinkLabel = (part: string) => wordCount(part) <= MAX_LINK_WORDS && !endsLikeProse(part);

/**
 * A boilerplate line, or a row of links that is mostly boilerplate ("Skip to main content | Skip to
 * navigation | Accessibility"): its other labels are more of the page's controls, though the config does
 * not list them. A title line ("Headline | Site") has a headline among its parts, not a link label.
 */
export function isBoilerplate(text: string, rules: CleaningRules): boolean {
  if (rules.boilerplate.test(text)) return true;
  const parts = text.split(LINK_ROW).map((p) => p.trim());
  if (parts.length < 2 || !parts.every(isLinkLabel)) return false;
  const furniture = parts.filter((p) => rules.boilerplate.test(p)).length;
  return 2 * furniture >= parts.length;
}

/**
 * "… he said. — with reports from Ana Liza Caballero", "… on Monday. (Additional reporting by Jo Roe)": a credit
 * of the reporters run on after the last sentence of a paragraph; cut off, the paragraph ends like prose.
 */
const REPORTING_CREDIT =
  /(?<=[.!?]["'\u201D\u2019]?)\s+(?:[\u2014\u2013-]+\s*|\(\s*)(?:with\s+(?:additional\s+)?reports?\s+(?:from|by)|(?:additional\s+)?reporting\s+(?:by|from))\s+[^.!?()]{2,120}\)?\s*$/iu;

function withoutReportingCredit(text: string): string {
  return text.replace(REPORTING_CREDIT, '');
}

/** Removes page furniture from raw article text and returns its prose paragraphs. */
export function cleanArticle(raw: string, rules: CleaningRules): CleanedText {
  const lines = splitLines(raw);

  for (const line of lines) {
    // ("« … »": read as English quotation marks from the start, so a paragraph ending on one ends like prose.)
    line.text = withoutReportingCredit(withEnglishQuotationMarks(line.text));
    const t = line.text;
    if (URL_ONLY.test(t) || PLACEHOLDER.test(t) || isBoilerplate(t, rules)) line.drop = true;
  }
  markTail(lines, rules);
  markCaptionsAndCredits(lines, rules);
  // A call to action ("Get our newsletter") is page furniture too, though it is only dropped below.
  const pageLines = lines.map((l) => ({
    text: l.text,
    furniture: l.drop || (!endsLikeProse(l.text) && (isPromoLine(l.text, rules) || IMPERATIVE.test(l.text))),
  }));
  markProseRules(lines, rules);
  markRepeats(lines);
  const paragraphs = lines.filter((l) => !l.drop).map((l) => dialogueAsQuotation(l.text));
  // Before the dateline there may be a kicker or section label that ends like a sentence ("U.S.").
  for (let i = 0; i < Math.min(DATELINE_REACH, paragraphs.length); i++)
    paragraphs[i] = withoutDateline(paragraphs[i] as string);
  return { paragraphs, lines: pageLines };
}
