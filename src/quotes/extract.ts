/**
 * Direct-quote extraction with speaker attribution, one article at a time. Precision first: a quote whose
 * speaker no rule establishes stays "unknown" rather than being guessed.
 */
import type { Article } from '../corpus/types.ts';
import { wordCount } from '../text/normalize.ts';
import { findQuoteSpans, findSingleQuoteSpans, type QuoteSpan } from '../text/quoteSpans.ts';
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  attributionLeading,
  attributionTrailing,
  sentenceSubject,
} from './attribution.ts';
import { readSpeakerPhrase, type SpeakerRef } from './names.ts';
import { abbreviationDots } from '../corpus/sentences.ts';

/** A speaker as extraction resolves it: a named person, an organisation/unnamed source, or nobody. */
export type ResolvedSpeaker =
  | { kind: 'person'; name: string; role?: string }
  | { kind: 'org'; name: string }
  | undefined;

export interface RawQuote {
  articleId: string;
  paragraph: number;
  text: string;
  speaker: ResolvedSpeaker;
  /** Which rule attributed it (for tests and debugging). */
  rule: string;
}

export interface ExtractOptions {
  isPlace: (name: string) => boolean;
  /** Whether the articles establish this name as a person (see PeopleDirectory). */
  isPerson: (name: string) => boolean;
}

/** What extraction reads of an article. */
export type QuotedArticle = Pick<Article, 'id' | 'paragraphs'>;

/** Quotes of at most this many words are fragments (scare quotes): kept, but ranked below full quotes. */
export const FRAGMENT_WORDS = 2;
const MAX_QUOTE_CHARS = 2000;

interface Located {
  span: QuoteSpan;
  sentence: { start: number; end: number };
}

/** Stands in for an abbreviation's period in masked text ("Sen\u2024 Chuck Schumer"): one char, like "." */
const ABBREVIATION_DOT = '\u2024';

/**
 * Replaces quoted passages by underscores of equal length, keeping the marks, and the periods of
 * abbreviations by ABBREVIATION_DOT, so offsets stay valid and "said Col. Cullen Jones" reads past "Col.".
 */
function mask(text: string, spans: QuoteSpan[]): string {
  // Only quotations are attributed: a paragraph without one needs no masking.
  if (spans.length === 0) return text;
  let out = text;
  for (const s of spans) {
    const end = s.close < 0 ? text.length : s.close - 1;
    out = out.slice(0, s.open + 1) + '_'.repeat(Math.max(0, end - s.open - 1)) + out.slice(end);
  }
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

function sentenceBounds(sentences: string[]): { start: number; end: number }[] {
  const bounds: { start: number; end: number }[] = [];
  let offset = 0;
  for (const s of sentences) {
    bounds.push({ start: offset, end: offset + s.length });
    offset += s.length + 1;
  }
  return bounds;
}

/** The last complete sentence of a paragraph's text before a given point (masked text). */
function lastSentence(before: string): string {
  const trimmed = before.replace(/\s*["\u201C]?_*$/u, '').trim();
  const parts = trimmed.split(/(?<=[.!?]["\u201D']?)\s+/u);
  return parts.length > 1 || /[.!?]["\u201D']?$/u.test(trimmed) ? (parts[parts.length - 1] ?? '') : '';
}

function quoteText(text: string, span: QuoteSpan): string {
  const inner = text.slice(span.open + 1, span.close < 0 ? text.length : span.close - 1);
  // Trailing commas and periods vary between outlets ("…," he said / "…."); the words are the quote.
  return inner
    .trim()
    .replace(/[,.;:]+$/, '')
    .trim();
}

/** Curly single quotes used as quote marks (headlines, decks): ‘refine options’. Not apostrophes. */
function singleQuoteSpans(text: string): QuoteSpan[] {
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

/** Speaker phrases recur across a corpus ("Pompeo said"): each is read once per set of options (a build). */
const phrasesRead = new WeakMap<ExtractOptions, Map<string, SpeakerRef | undefined>>();

function readPhrase(phrase: string, options: ExtractOptions): SpeakerRef | undefined {
  let read = phrasesRead.get(options);
  if (!read) {
    read = new Map();
    phrasesRead.set(options, read);
  }
  if (read.has(phrase)) return read.get(phrase);
  const ref = readSpeakerPhrase(phrase.replaceAll(ABBREVIATION_DOT, '.'), options.isPlace);
  read.set(phrase, ref);
  return ref;
}

/** A sentence that is a name, a colon and the quote. */
const COLON_SPEAKER =
  /^\s*(\p{Lu}[\p{L}'\u2019\u2024-]*(?:\s+\p{Lu}[\p{L}'\u2019\u2024-]*){0,3}):\s*["'\u201C\u2018]?$/u;

class ArticleQuotes {
  readonly quotes: RawQuote[] = [];
  /** The last named person who spoke, and in which paragraph: the antecedent for "he said". */
  #lastPerson: { ref: ResolvedSpeaker; paragraph: number } | undefined;
  #previousParagraphSpeaker: ResolvedSpeaker;
  #openFromPrevious: ResolvedSpeaker | null = null;

  constructor(
    readonly article: QuotedArticle,
    readonly options: ExtractOptions,
  ) {}

  resolve(
    attribution: Attribution | undefined,
    paragraph: number,
    maskedSentence: string,
    maskedBefore: string,
  ): ResolvedSpeaker | null {
    if (!attribution) return null;
    const phrase = attribution.participle ? sentenceSubject(maskedSentence) : attribution.phrase;
    const ref: SpeakerRef | undefined = readPhrase(phrase, this.options);
    if (!ref) return null;
    if (ref.kind !== 'pronoun') return ref;
    if (ref.pronoun === 'they') return null;
    // "Mayor Lena Brandt thanked both sides. “…,” she said.": the subject of the sentence just before, if
    // the articles know it as a person ("it" takes an organisation: "The ministry said… “…,” it said.").
    const before = lastSentence(maskedBefore);
    const said = attributionBefore(before);
    const previous = readPhrase(said?.phrase || sentenceSubject(before), this.options);
    if (ref.pronoun === 'it') return previous?.kind === 'org' ? previous : null;
    if (previous?.kind === 'person' && this.options.isPerson(previous.name)) return previous;
    const last = this.#lastPerson;
    return last && paragraph - last.paragraph <= 2 ? last.ref : null;
  }

  /**
   * "Smith: “The strike goes on.”" (transcripts, Q&A, lists): the name before the colon speaks, if the
   * articles know it as a person ("Breaking: “…”" names no one).
   */
  namedBeforeColon(beforeOpen: string): ResolvedSpeaker | null {
    const name = COLON_SPEAKER.exec(beforeOpen)?.[1];
    if (name === undefined || !this.options.isPerson(name)) return null;
    const ref = readPhrase(name, this.options);
    return ref?.kind === 'person' ? ref : null;
  }

  /**
   * One paragraph's quotes. `spans` are its quotations in the article's style: double marks, or single
   * marks in an article that quotes with single ones (British style).
   */
  paragraph(p: number, sentences: string[], text: string, spans: QuoteSpan[], singleStyle: boolean): void {
    const firstOfParagraph = this.quotes.length;
    const masked = mask(text, spans);
    const bounds = sentenceBounds(sentences);
    const located: Located[] = spans.map((span) => ({
      span,
      sentence: bounds.find((b) => span.open >= b.start && span.open < b.end) ?? {
        start: 0,
        end: text.length,
      },
    }));
    let previous: ResolvedSpeaker | null = null;
    let previousEnd = -1;
    const wholeParagraphIsQuote =
      spans.length > 0 &&
      (spans[0] as QuoteSpan).open === 0 &&
      (singleStyle ? /["'\u201D\u2019][.!?]?$/ : /["\u201D][.!?]?$/).test(text.trim());
    located.forEach(({ span, sentence }, i) => {
      const quote = quoteText(text, span);
      if (!/\p{L}/u.test(quote) || quote.length > MAX_QUOTE_CHARS) return;
      const sMasked = masked.slice(sentence.start, sentence.end);
      const paragraphBefore = masked.slice(0, sentence.start);
      const resolve = (a: Attribution | undefined) => this.resolve(a, p, sMasked, paragraphBefore);
      const afterClose = span.close < 0 ? '' : masked.slice(span.close, sentence.end);
      const beforeOpen = masked.slice(sentence.start, span.open);
      // The sentence's text after its last quote, where a closing ", the ministry said." sits.
      const sameSentence = located.filter((l) => l.sentence.start === sentence.start);
      const lastClose = Math.max(
        ...sameSentence.map((l) => (l.span.close < 0 ? sentence.end : l.span.close)),
      );
      const tail = masked.slice(lastClose, sentence.end);
      let rule = 'after';
      let speaker = resolve(attributionAfter(afterClose));
      if (speaker === null) [rule, speaker] = ['before', resolve(attributionBefore(beforeOpen))];
      if (speaker === null) [rule, speaker] = ['leading', resolve(attributionLeading(sMasked))];
      if (speaker === null) [rule, speaker] = ['trailing', resolve(attributionTrailing(tail))];
      if (speaker === null) [rule, speaker] = ['colon', this.namedBeforeColon(beforeOpen)];
      // Continuations keep the speaker: a quote opening a later sentence of the paragraph (“…,” he said.
      // “But …”), the paragraph after an unclosed quote, and a paragraph that is nothing but a quote.
      const opensLaterSentence =
        beforeOpen.trim() === '' && previousEnd >= 0 && previousEnd <= sentence.start;
      if (speaker === null && previous && opensLaterSentence) [rule, speaker] = ['continues', previous];
      if (speaker === null && i === 0 && this.#openFromPrevious)
        [rule, speaker] = ['continues', this.#openFromPrevious];
      if (speaker === null && i === 0 && wholeParagraphIsQuote && this.#previousParagraphSpeaker) {
        [rule, speaker] = ['continues', this.#previousParagraphSpeaker];
      }
      const resolved: ResolvedSpeaker = speaker ?? undefined;
      this.quotes.push({
        articleId: this.article.id,
        paragraph: p,
        text: quote,
        speaker: resolved,
        rule: resolved ? rule : 'none',
      });
      if (resolved?.kind === 'person') this.#lastPerson = { ref: resolved, paragraph: p };
      previous = resolved ?? null;
      previousEnd = span.close < 0 ? text.length : sentence.end;
    });
    // Scare quotes in single marks (‘refine options’) beside double-quoted speech: kept, unattributed.
    for (const span of singleStyle ? [] : singleQuoteSpans(text)) {
      const quote = quoteText(text, span);
      if (spans.some((d) => d.open < span.open && (d.close < 0 || d.close > span.close))) continue;
      this.quotes.push({
        articleId: this.article.id,
        paragraph: p,
        text: quote,
        speaker: undefined,
        rule: 'none',
      });
    }
    const lastSpan = spans[spans.length - 1];
    const lastQuote = this.quotes.length > firstOfParagraph ? this.quotes[this.quotes.length - 1] : undefined;
    this.#openFromPrevious = lastSpan && lastSpan.close < 0 ? (lastQuote?.speaker ?? null) : null;
    this.#previousParagraphSpeaker = lastQuote?.speaker;
  }
}

/** Extracts every direct quote of an article, each with its speaker or `undefined` when unattributable. */
export function extractQuotes(article: QuotedArticle, options: ExtractOptions): RawQuote[] {
  const state = new ArticleQuotes(article, options);
  const texts = article.paragraphs.map((sentences) => sentences.join(' '));
  const doubles = texts.map(findQuoteSpans);
  const singles = texts.map(findSingleQuoteSpans);
  // An article quotes in one style: single marks when more of its quotations use them.
  const singleStyle =
    singles.some((list) => list.length > 0) && quotations(singles, texts) > quotations(doubles, texts);
  article.paragraphs.forEach((sentences, p) => {
    const text = texts[p] as string;
    const spans = singleStyle
      ? withOuter(singles[p] as QuoteSpan[], doubles[p] as QuoteSpan[])
      : (doubles[p] as QuoteSpan[]);
    state.paragraph(p, sentences, text, spans, singleStyle);
  });
  return state.quotes;
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

/** Whether a quote is a scare-quote fragment rather than a full quote. */
export function isFragment(text: string): boolean {
  return wordCount(text) <= FRAGMENT_WORDS;
}
