/** Sentence features shared by the status summariser, the timeline and the digest. */
import type { Article, Sentence } from '../corpus/types.ts';
import { NAME_CREDIT } from '../corpus/clean.ts';
import { QUESTION_LABEL } from '../corpus/transcript.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { comparable, contentTokens } from '../text/normalize.ts';
import { NEWS_EVENT_WORDS, SPEECH_VERBS, WEEKDAYS } from '../lexicon/index.ts';
import { findQuoteSpans } from '../text/quoteSpans.ts';

/**
 * "Her younger sister, Lucía Vidal, has organised …", "His brother, solicitor Colm Briain, is to …": a
 * possessive whose noun a name set off by commas says, which the sentence stands on.
 */
const NAMED_POSSESSIVE_OPENING =
  /^(?:His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+(?:[\p{L}-]+\s+){0,3}\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'\u2019-]+)+,\s+\p{Ll}/u;

/** Openers that make a sentence lean on the one before it ("He said…", "But…", "This…"). */
const DANGLING =
  /^["'\u201C\u2018(]*(?:he|she|it|they|him|her|his|its|their|them|this|that|these|those|but|and|also|however|so|yet|still|then|such|meanwhile|instead|there(?!\s+(?:is|are|was|were|will be|has been|have been|had been|remains?|remained)\b)|here|which|who)\b/i;

/**
 * A connective that ties a sentence to the one before it: "But the panel released …", "However, the board
 * …", "In the meantime the superintendent has …". What follows it is a sentence of its own.
 */
const LEADING_CONNECTIVE =
  /^(?:(?:but|and|yet)\s+|(?:meanwhile|in the meantime|separately),?\s+|(?:however|still|also|instead),\s+)(?=\p{L})/iu;

/**
 * The sentence without a connective that opens it, its first letter capitalised ("But under questioning,
 * X conceded …" → "Under questioning, X conceded …"): the words are the article's own.
 */
export function withoutConnective(text: string): string {
  const connective = LEADING_CONNECTIVE.exec(text);
  if (!connective) return text;
  const rest = text.slice(connective[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
/**
 * A short opening phrase of time or place, then a pronoun as the subject: "On Wednesday he watched from the
 * second row", "At the hearing, she said …", "Later that night they …": still leaning on who came before.
 */
const PRONOUN_AFTER_OPENER =
  /^(?:on|in|at|after|before|later|earlier|last|that|this|since|until|by)\b[^,.;:]{0,30}?,?\s+(?:he|she|they|it)\s+\p{Ll}/iu;
/**
 * Openers that point back at what the sentence before said: "Of those, 59 were released", "The accusation
 * came as …", "The move follows …", "The 44-year-old, who …" ("The decision to close the plant …" says what it refers
 * to).
 */
const POINTS_BACK =
  /^(?:(?:of|among) (?:them|those|these)\b|the \d{1,3}-year-old\b|the (?:move|decision|announcement|accusations?|comments|remarks|claims?|figure|news)\b(?! (?:to|by|of|on|that|from)\b))/i;
/**
 * An act that names what it is about only by pointing back: "X announced her decision on Saturday", "he
 * explained his move in a statement" (not "announced his decision to resign", which says it).
 */
const UNSAID_ACT =
  /\b(?:announced|explained|defended|confirmed|revealed|made|took|justified)\s+(?:his|her|their|its|the)\s+(?:decision|move|announcement|choice|ruling|verdict)\b(?!\s+(?:to|that|of|on\s+(?:the|whether|a|an|its|his|her|their))\b)/i;
/**
 * A hypothetical: what would happen if something were the case ("If the recount were to overturn the
 * result, the alliance would rise to 29 seats"), not the state of the story. ("If no appeal is filed, the
 * board will certify the result" states the plan, and stays.)
 */
const HYPOTHETICAL = /\bif\b[^.;]*\b(?:were|had)\b[^.;]*\bwould\b/i;
// Case-sensitive: "US" is a country, "us" is the writer.
const FIRST_OR_SECOND_PERSON = /\b(?:I|[Ww]e|[Yy]ou|[Oo]ur|us|[Mm]y|[Yy]our|me)\b/;

/**
 * The page talking to its reader: "Read the correction notice on the journal's website.", "Listen to the
 * full interview", "Log in, register or subscribe to save articles". Not the noun ("Read-across rules").
 */
const TELLS_THE_READER =
  /^(?:(?:log|sign) (?:in|up)|subscribe|(?:read|listen|watch|click|tap|download|scroll)(?=[\s,:]+(?:the|to|our|this|more|here|now|below|all)\b))\b(?![-\u2019'])/i;

/**
 * Where readers can find help, appended to stories of deaths and disasters: "In the US, the 988 Suicide and
 * Crisis Lifeline can be reached by call or text on 988.", "Call or text 988 to reach the Lifeline." A
 * notice to the reader, not the story (not "She called the 114 fire hotline within minutes").
 */
const HELPLINE_NOTICE =
  /\b(?:lifeline|samaritans|helpline|hotline|crisis line)\b[^.]*\b(?:can be (?:reached|contacted)|call or text|is available (?:24|around the clock|free))\b|\b(?:call|text|contact)\b[^.]{0,40}\b(?:lifeline|samaritans|helpline|hotline|crisis line)\b/i;

/**
 * Advice to the reader, in the imperative: "Use only the charger that came with the device.", "Do not
 * charge batteries overnight.", "Never leave a charging bike unattended." A tip, not where the story stands
 * ("Use of the charger was banned …" is the noun).
 */
const ADVICE =
  /^(?:Please\s+)?(?:Use|Do not|Don['\u2019]t|Never|Always|Keep|Avoid|Make sure|Stop using|Unplug)\s+(?!(?:of|by|in|for)\b)\p{Ll}/u;

/**
 * A question put, reported: "A reporter asked whether he had lost control of his own state.", "Journalists
 * asked the minister why …". It says what someone wanted to know, not where the story stands (the answer,
 * "…, and he said he would not", is kept).
 */
const REPORTED_QUESTION =
  /\b(?:asked|wondered)\s+(?:(?:him|her|them|the\s+[\p{Ll}-]+)\s+)?(?:whether|if|why|how|what|when|who)\b(?![^.;]*\b(?:said|says|replied|answered|insisted|told)\b)/iu;

/** A sentence that ends with a colon: what it introduces is in the next one. */
const INTRODUCES_NEXT = /:["'\u201C\u2018]?\s*$/u;

/** Share of a sentence's characters that sit inside quotation marks. */
export function quotedShare(text: string): number {
  let inside = 0;
  for (const s of findQuoteSpans(text)) inside += (s.close < 0 ? text.length : s.close) - s.open;
  return text.length === 0 ? 0 : inside / text.length;
}

function unquoted(text: string): string {
  let out = text;
  for (const s of findQuoteSpans(text).reverse())
    out = out.slice(0, s.open) + out.slice(s.close < 0 ? text.length : s.close);
  return out;
}

/**
 * Whether a sentence can stand alone in a summary: complete, not leaning on a previous sentence, not mostly a
 * quote, not the writer's own voice ("we", "you"), not a question.
 */
export function standsAlone(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (words < 8 || words > 70) return false;
  return !leansOnPrevious(text) && completeInItself(text);
}

/**
 * Whether a sentence leans on the one before it only by how it opens: a pronoun, a connective or a noun
 * that points back ("It booked a restructuring charge of €185 million", "His death brings the toll to
 * four.", "The move comes a day after …").
 */
export function leansOnPrevious(text: string): boolean {
  return (
    (DANGLING.test(text) && !NAMED_POSSESSIVE_OPENING.test(text)) ||
    POINTS_BACK.test(text) ||
    PRONOUN_AFTER_OPENER.test(text)
  );
}

/**
 * A sentence that leans on the one before it, read with that one ("Private Owen Latimer died on Thursday.
 * His death brings the toll to four."): the two stand alone together, the one before standing alone
 * (the caller's to know), when the second is the article's own (no quotation opens it, no question), a
 * pronoun that speaks has a name before it, and the two are not too long.
 */
export function standsAloneAfter(previous: string, text: string): boolean {
  const words = text.split(/\s+/).length + previous.split(/\s+/).length;
  return (
    words <= MAX_PAIR_WORDS &&
    leansOnPrevious(text) &&
    completeInItself(text, true) &&
    !speaksAsPronounOnly(unquoted(`${previous} ${text}`))
  );
}

/** The most words of a sentence read with the one before it. */
const MAX_PAIR_WORDS = 60;

/**
 * The checks of `standsAlone` besides length and how the sentence opens; `paired`: read after the sentence
 * before, where a pronoun that speaks ("She said the rest was outstanding") has its speaker.
 */
function completeInItself(text: string, paired = false): boolean {
  if (OPENS_WITH_QUOTE.test(text)) return false;
  if (UNSAID_ACT.test(text) || HYPOTHETICAL.test(unquoted(text)) || REPORTED_QUESTION.test(text))
    return false;
  // "Tor Haug, Joint Rescue Coordination Centre": the credit line under a quotation, no sentence.
  if (NAME_CREDIT.test(text)) return false;
  if (text.endsWith('?') || quotedShare(text) > 0.5) return false;
  // "Q: Mr Walt says he did not know the alarms were off.": an interviewer's question, not a fact.
  if (QUESTION_LABEL.test(text) || ANSWER_LABEL.test(text)) return false;
  // "…, said in a statement issued before the market opened:" introduces words that follow it.
  if (
    INTRODUCES_NEXT.test(text) ||
    TELLS_THE_READER.test(text) ||
    ADVICE.test(text) ||
    HELPLINE_NOTICE.test(text)
  )
    return false;
  const own = unquoted(text);
  // A sentence carried by a quotation with nobody saying it ("…, to mark “the end of a long and bitter
  // dispute”") is someone's words that the summary cannot attribute.
  if (quotedShare(text) >= BARE_QUOTE_SHARE && hasQuotation(text) && !SPEECH_CUE.test(own)) return false;
  return !FIRST_OR_SECOND_PERSON.test(own) && (paired || !speaksAsPronounOnly(own));
}

/** A year written as a number ("in 2009", "since 1998"). */
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
/** Words that place a sentence in the days of its article: "today", "on Friday", "this week", "now". */
const CURRENT_TIME = new RegExp(
  `\\b(?:today|tonight|yesterday|tomorrow|now|this (?:week|morning|afternoon|evening|month)|${WEEKDAYS.join('|')})\\b`,
  'i',
);

/**
 * Whether a sentence is history: every year it names is before its article's year, and nothing places it in
 * the article's days ("The last strike there, in 2009, lasted 11 days" — not "The firm, founded in 1998,
 * cut 200 jobs on Monday").
 */
export function isHistory(text: string, published: string | undefined): boolean {
  if (published === undefined) return false;
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  const current = Number(published.slice(0, 4));
  return years.length > 0 && years.every((y) => y < current) && !CURRENT_TIME.test(text);
}

/** A news event's verb, as a word ("resigned", "called for"; not "resignation"). */
const NEWS_EVENT = new RegExp(`\\b(?:${NEWS_EVENT_WORDS.join('|')})\\b`, 'i');

/**
 * Whether a sentence, outside its quotations, reports an event ("Police have charged a 24-year-old man",
 * "The union will put a motion …") rather than describing ("Ruby Sorensen found out in a tutorial room …"
 * has "found": verbs are a signal, not a proof).
 */
export function reportsEvent(text: string): boolean {
  return NEWS_EVENT.test(unquoted(text));
}

/** An interview's answer label ("A: …", "Answer: …"): the interviewee's words. */
const ANSWER_LABEL = /^\s*(?:A|Answer)\s*:\s+\S/;

/** "…, she said.", "…, he added on Tuesday": said by someone an earlier sentence names. */
const PRONOUN_SPEAKER = new RegExp(`\\b(?:he|she|they) (?:${SPEECH_VERBS.join('|')})\\b`, 'i');
/** A full name after the sentence's first word: "… the superintendent, Dr Anjali Raman, has …". */
const FULL_NAME_INSIDE = /\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/**
 * A pronoun speaks ("she said") and the sentence names no one before it to be that pronoun: the speaker is
 * in the sentence before. ("The superintendent, Dr Jane Roe, has paused the removal: in a letter she told
 * librarians …" names her.)
 */
function speaksAsPronounOnly(text: string): boolean {
  const pronoun = PRONOUN_SPEAKER.exec(text);
  return pronoun !== null && !FULL_NAME_INSIDE.test(text.slice(0, pronoun.index));
}

/** A sentence that opens a quotation (double or single marks, British style) is someone's words. */
const OPENS_WITH_QUOTE = /^["'\u201C\u2018]/u;

/**
 * Someone's words rather than the reporter's: the sentence opens a quotation, or speaks in the first or
 * second person outside quotation marks (the rest of a quotation whose marks are in another sentence).
 */
export function isSomeonesWords(text: string): boolean {
  return OPENS_WITH_QUOTE.test(text) || FIRST_OR_SECOND_PERSON.test(unquoted(text));
}

/**
 * Someone who is not named, and why: "asked not to be named", "speaking on condition of anonymity", "who was
 * not authorised to comment". Their claim is a lead, not yet the story's state; a vox pop so described is
 * colour (colour.ts).
 */
export const ANONYMITY =
  /\b(?:(?:asked|wished) not to be (?:named|identified)|declined to (?:be (?:named|identified)|give (?:his|her|their) (?:full |last )?name)|did not (?:want|wish) (?:to be (?:named|identified)|(?:his|her|their) name used)|gave only (?:his|her|their) first name|(?:on|under) (?:the )?condition of anonymity|not authori[sz]ed to (?:speak|comment|discuss))\b/u;

/** Share of a sentence in quotation marks from which it needs someone saying it. */
const BARE_QUOTE_SHARE = 0.3;

/** A speech verb or "according to": the sentence says who is speaking. */
const SPEECH_CUE = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')}|according to|called|described|dubbed)\\b`);

/** A quotation of three words or more (not a one-word scare quote). */
function hasQuotation(text: string): boolean {
  return findQuoteSpans(text).some(
    (s) => s.close > 0 && text.slice(s.open, s.close).split(/\s+/).length >= 3,
  );
}

/**
 * A present tense that schedules ("Testimony resumes Thursday morning", "The hearing reconvenes on Monday",
 * "Talks continue tomorrow"): a day to come, written as news writes its diary.
 */
const SCHEDULED =
  /\b(?:resumes?|reconvenes?|continues?|begins?|starts?|opens?|returns?|closes?|ends?) (?:on )?(?:tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;

/** Forward-looking wording: in an older article it is likely superseded by what happened since. */
export const FUTURE = new RegExp(
  `\\b(?:will|would|next (?:week|month|year)|plans? to|planned|(?:is|are) (?:now )?(?:expected|due|set|scheduled) (?:to|for)|upcoming|to visit|may happen|later this)\\b|${SCHEDULED.source}`,
  'i',
);

/** Overlap of two token sets relative to the smaller one. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

export interface Candidate {
  sentence: Sentence;
  article: Article;
  tokens: Set<string>;
}

/**
 * Content-token sets for the sentences of the given articles; with `summaries`, each article's own summary
 * (standfirst and key points) comes before its sentences.
 */
export function candidates(
  articles: readonly Article[],
  keep: (s: Sentence) => boolean,
  // `pairs`: whether a kept sentence and the next are also a candidate read together.
  options: { summaries?: boolean; pairs?: (previous: Sentence, next: Sentence) => boolean } = {},
): Candidate[] {
  const out: Candidate[] = [];
  for (const article of articles) {
    const sentences = options.summaries
      ? [...summarySentences(article), ...article.sentences]
      : article.sentences;
    sentences.forEach((sentence, k) => {
      if (!keep(sentence)) return;
      out.push({ sentence, article, tokens: new Set(contentTokens(sentence.text)) });
      // "… died on Thursday evening. His death brings the toll to four.": the next sentence, which leans on
      // this kept one, with it (in the article's own words and order).
      const next = sentences[k + 1];
      if (next === undefined || next.paragraph < 0 || options.pairs === undefined) return;
      if (!options.pairs(sentence, next)) return;
      const text = `${sentence.text} ${next.text}`;
      const pair = { ...sentence, id: `${sentence.id}+`, text };
      out.push({ sentence: pair, article, tokens: new Set(contentTokens(text)) });
    });
  }
  return out;
}

/**
 * An article's standfirst and key points as sentences before its first (paragraph -1, positions from -1
 * down): the editors' summary of the article, written without full stops.
 */
export function summarySentences(article: Article): Sentence[] {
  const lines = [
    ...(article.standfirst === undefined ? [] : [article.standfirst]),
    ...(article.keyPoints ?? []),
  ];
  return lines.map((text, k) => ({
    id: `${article.id}#summary${k}`,
    articleId: article.id,
    paragraph: -1,
    position: -1 - k,
    text,
  }));
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** A sparse unit vector: sorted term ids and their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Sparse TF-IDF vectors (unit length) for a set of token lists, for cosine similarity. */
export function tfidfVectors(docs: readonly (readonly string[])[]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const termLists = docs.map((doc) => {
    const counts = new Map<number, number>();
    for (const t of doc) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
        df.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) df[id] = (df[id] as number) + 1;
    return counts;
  });
  return termLists.map((counts) => {
    const sorted = [...counts.keys()].sort((a, b) => a - b);
    const weights = new Float64Array(sorted.length);
    let norm = 0;
    sorted.forEach((id, k) => {
      const w = (counts.get(id) as number) * Math.log(1 + docs.length / (df[id] as number));
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
    return { ids: Int32Array.from(sorted), weights };
  });
}

/** Cosine similarity of two unit vectors (merge of their sorted term ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** A transcript turn's label opening a sentence ("CALLOWAY: …", "Jo Maitland: …"): who speaks, not what. */
const TURN_LABEL = /^\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s*:\s+/u;

/**
 * Whether a sentence is someone's words rather than the reporter's: its text (a transcript turn's label
 * aside) lies within a quote the index found in its own article — a paragraph of an interview, a
 * quotation running on over several sentences. What a person said is for `/quote`, with the speaker.
 */
export function spokenIn(
  index: NewsIndex,
  articles: readonly Article[],
): (articleId: string, text: string) => boolean {
  const ids = new Set(articles.map((a) => a.id));
  const quoted = new Map<string, string[]>();
  for (const q of index.quotes)
    for (const id of q.articleIds) {
      if (!ids.has(id)) continue;
      const list = quoted.get(id) ?? [];
      list.push(comparable(q.text));
      quoted.set(id, list);
    }
  const within = (own: readonly string[], text: string) => {
    const words = comparable(text);
    return words.length > 0 && own.some((q) => q.includes(words));
  };
  return (articleId, text) => {
    const own = quoted.get(articleId);
    if (own === undefined) return false;
    // "… the hardest part of it,” said Ines Vallory.": the end of a quotation opened sentences before.
    const close = QUOTATION_TAIL.exec(text);
    const tail = close !== null && 2 * close[0].length >= text.length ? close[0] : undefined;
    return within(own, text.replace(TURN_LABEL, '')) || (tail !== undefined && within(own, tail));
  };
}

/** The first closing quotation mark of a sentence that opens none before it: the tail of a quotation. */
const QUOTATION_TAIL = /^[^"\u201C]*?[,.!?](?=["\u201D])/u;
