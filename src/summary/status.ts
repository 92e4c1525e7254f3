/**
 * `/summit status`: an extractive multi-document summary of where the story stands now.
 *
 * Explainable score per sentence = centrality × information × recency × lead × corroboration:
 * - centrality: TF-IDF cosine to the closest sentences of *other* articles (LexRank-style, cross-outlet);
 * - information: log of the number of distinct content words (more facts per sentence);
 * - recency: half-life in days behind the newest article (a live page's lower entries, being older, further
 *   behind);
 * - lead: a bonus for a sentence's early place in its article (the reporter's own summary);
 * - corroboration: how many other outlets have a sentence reporting the same fact;
 * - event: a bonus for reporting an event ("has resigned", "were arrested", "will vote") over describing;
 * - source: a claim from someone unnamed, or carried by someone's words in quotation marks, counts less;
 * - novelty: how little of its claim older articles already made (background every article repeats — "X
 *   denies the charges", "the levee, built in 1958, …" — is not what is new; update summarisation's rule).
 * Forward-looking sentences of older articles are dropped as superseded ("Pompeo to visit next month" after
 * he went), and so are older figures a newer article updates ("the toll rose to 23" once "rose to 31");
 * maximal marginal relevance keeps the picks distinct, and an item that only repeats another's figures of
 * the same things is a repeat. The newest day's news comes first; each earlier day then gives the one
 * sentence that states its headline (the week's story, not only the newest page's).
 */
import { type Briefing, type BriefingItem, sourceRef } from '../briefing.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { comparable, contentTokens } from '../text/normalize.ts';
import { plural } from '../text/plural.ts';
import { Colour } from './colour.ts';
import { latestEventDay } from './dates.ts';
import { findQuoteSpans } from '../text/quoteSpans.ts';
import {
  ANONYMITY,
  candidates,
  cosine,
  daysBetween,
  FUTURE,
  isHistory,
  quotedShare,
  reportsEvent,
  type SparseVector,
  spokenIn,
  standsAlone,
  standsAloneAfter,
  tfidfVectors,
  withoutConnective,
} from './features.ts';
import { compareNewestFirst, compareText } from '../text/compare.ts';
import {
  capitalisedTokens,
  type FigureClaim,
  figureClaim,
  figuresOf,
  mayStateFigure,
  repeatsFigures,
  statesSameFact,
  stem,
  updatesFigures,
} from './facts.ts';

export interface StatusOptions {
  maxItems: number;
  maxChars: number;
  /** Only the newest this-many articles are read: the current state lives there, and cost stays bounded. */
  window: number;
  /** The whole briefing title ("… : latest"). */
  title: string;
}

/** At most this share of the items is kept for earlier days' news, one item a day. */
const EARLIER_DAYS_SHARE = 0.5;
/**
 * The least share of its headline's content words a sentence states to be taken as the headline's fact
 * (0.2 and 0.4 found fewer of the held-out stories' key facts).
 */
const HEADLINE_SHARE = 0.3;
/** Cosine above which a candidate repeats a sentence already picked. */
const REDUNDANT = 0.3;
const MMR_LAMBDA = 0.75;
const RECENCY_HALF_LIFE_DAYS = 1;
const LEAD_WEIGHT = 0.4;
/**
 * How much less each further sentence of an article counts (news is written most important first): a
 * sentence 40 candidates down counts 1 / 1.6 of the lead (measured on the held-out stories' key facts:
 * 338 → 342 of 432 on 72 stories: 167 → 171 on h201–h236, level on h237–h272; 0.01–0.02 all gain, 0.03
 * does not).
 */
const DEPTH_WEIGHT = 0.015;
/**
 * What a sentence's own report counts for centrality before other outlets echo it: a fact only the newest
 * article (or the only article) gives still ranks by its information, recency and place.
 */
const OWN_REPORT = 0.4;
/** Bonus per figure a sentence states, up to MAX_FIGURES. */
const FIGURE_WEIGHT = 0.15;
const MAX_FIGURES = 3;
/** Bonus per other outlet that quotes the same words. */
const QUOTE_WEIGHT = 0.2;
/** The least a sentence's novelty counts: one an older article already stated still ranks by the rest. */
const NOVELTY_FLOOR = 0.2;
/** What colour (a passer-by's anecdote, a vox pop: colour.ts) counts for beside the story's own news. */
const COLOUR_WEIGHT = 0.3;
/**
 * What a sentence that reports an event (features.ts `reportsEvent`) counts for beside one that describes:
 * a feature's colour and background outranked a newest article's news (measured on the held-out stories'
 * key facts: 38 → 44 of 78 on thirteen stories).
 */
const EVENT_WEIGHT = 1.6;
/** What history ("The last strike there, in 2009, lasted 11 days": features.ts `isHistory`) counts for. */
const HISTORY_WEIGHT = 0.5;
/**
 * What a claim from someone unnamed counts for ("A senior official, speaking on condition of anonymity,
 * said …"): a lead the story has not yet stood up (measured on the held-out stories' key facts with the
 * next weight: 264 → 274 of 360 on sixty stories, and up on each half of them).
 */
const ANONYMOUS_WEIGHT = 0.5;
/**
 * What a sentence carried by someone's words counts for (over `WORDS_SHARE` of it in quotation marks: "The
 * regulator said it was “working closely with …”"): it tells what was said more than what happened.
 */
const WORDS_WEIGHT = 0.5;
const WORDS_SHARE = 0.15;
/** How many of the most similar sentences elsewhere count towards centrality. */
const CENTRALITY_NEIGHBOURS = 3;

/** A candidate with its figures and what each counts, read once for every comparison of the status. */
type FigureCandidate = ReturnType<typeof candidates>[number] & { figures: FigureClaim };

function withFigures(c: ReturnType<typeof candidates>[number]): FigureCandidate {
  return { ...c, figures: figureClaim(c.sentence.text) };
}

interface Scored {
  text: string;
  article: Article;
  vector: SparseVector;
  figures: FigureClaim;
  score: number;
  corroborating: Article[];
}

/**
 * A live page's title ("… – live", "LIVE: …", "Live updates: …", "… as it happened"): its entries run
 * newest first. Not the verb ("Where the fishermen live").
 */
const LIVE_TITLE =
  /^live\b\s*[:|\u2013\u2014-]|[|\u2013\u2014-]\s*live\s*(?:$|[|\u2013\u2014-])|\blive (?:updates|blog|coverage)\b|\bas it happened\b/i;
/** "UK riots LIVE: …": the tag in capitals in a title that is not all capitals. */
const LIVE_TAG = /\bLIVE\b/;

function isLivePage(title: string): boolean {
  return LIVE_TITLE.test(title) || (LIVE_TAG.test(title) && title !== title.toUpperCase());
}
/** How much older (in days) a live page's last entry counts than its first. */
const LIVE_PAGE_SPAN_DAYS = 1;

/**
 * How much older than its page's date a sentence of a live page is: the page runs newest first, so the
 * lower an entry stands the older it is ("teams are heading back up" below "all five have been found
 * alive"). 0 for any other page, and for a page's summary lines.
 */
function liveEntryAge(
  c: { sentence: { position: number }; article: Article },
  live: ReadonlySet<string>,
): number {
  if (!live.has(c.article.id) || c.sentence.position < 0) return 0;
  return (LIVE_PAGE_SPAN_DAYS * c.sentence.position) / Math.max(1, c.article.sentences.length);
}

/** Keeps the `k` largest values seen (k is tiny), for centrality. */
function pushTop(top: number[], value: number, k: number): void {
  if (top.length < k) top.push(value);
  else {
    let min = 0;
    for (let i = 1; i < top.length; i++) if ((top[i] as number) < (top[min] as number)) min = i;
    if (value > (top[min] as number)) top[min] = value;
  }
}

/**
 * Information: distinct content words that are not names. "X spoke with Y after Z met W" names many people
 * but says little; "agreed to arrange a second summit as soon as possible" says more.
 */
function factWords(text: string): number {
  return new Set(claimTokens(text)).size;
}

/** A sentence's content words without its names (and the capitalised word that opens it). */
function claimTokens(text: string): string[] {
  const names = capitalisedTokens(text);
  return contentTokens(text).filter((t) => !names.has(t));
}

/** The quoted phrases of a sentence, in comparable form (two words or more). */
function quotedPhrases(text: string): string[] {
  return findQuoteSpans(text)
    .filter((q) => q.close > 0)
    .map((q) => comparable(text.slice(q.open + 1, q.close - 1)))
    .filter((p) => p.includes(' '));
}

/**
 * How many other outlets quote the same words as this sentence ("refined options", "as soon as possible"):
 * a phrase several outlets put in quotation marks is a key fact of the story.
 */
function quoteCorroboration(articles: readonly Article[]): (text: string, outlet: string) => number {
  const quoted: { phrase: string; outlet: string }[] = [];
  for (const a of articles)
    for (const s of a.sentences)
      for (const phrase of quotedPhrases(s.text)) quoted.push({ phrase, outlet: a.outlet });
  return (text, outlet) => {
    let best = 0;
    for (const phrase of quotedPhrases(text)) {
      const outlets = new Set<string>();
      for (const q of quoted) {
        if (q.outlet !== outlet && (q.phrase.includes(phrase) || phrase.includes(q.phrase)))
          outlets.add(q.outlet);
      }
      best = Math.max(best, outlets.size);
    }
    return best;
  };
}

/** The older of two dated articles; undefined when they are of one day or either is undated. */
function olderOf(a: Article, b: Article): Article | undefined {
  if (a.published === undefined || b.published === undefined || a.published === b.published) return undefined;
  return a.published < b.published ? a : b;
}

function rank(
  pool: readonly FigureCandidate[],
  dates: { newest?: string; oldest?: string },
  articles: readonly Article[],
): Scored[] {
  const quotedElsewhere = quoteCorroboration(articles);
  const live = new Set(articles.filter((a) => isLivePage(a.title)).map((a) => a.id));
  const colourOf = new Colour(articles);
  // A sentence's place among its article's candidates: a headline, byline or caption before it does not
  // push the article's lead down.
  const seen = new Map<string, number>();
  const leadRank = pool.map((c) => {
    const k = seen.get(c.article.id) ?? 0;
    seen.set(c.article.id, k + 1);
    return k;
  });
  const vectors = tfidfVectors(pool.map((c) => contentTokens(c.sentence.text)));
  // Centrality asks how widely a claim is reported, so it is measured without names: the same people
  // introduced the same way in every article ("X, whose district includes Y, …") are background, not news.
  const claims = tfidfVectors(pool.map((c) => claimTokens(c.sentence.text)));
  const tops: number[][] = pool.map(() => []);
  const corroborating: Map<string, Article>[] = pool.map(() => new Map());
  // The claim of each sentence most like one an older article made (0: nothing older says it).
  const alreadySaid: number[] = pool.map(() => 0);
  // Each pair once; similarity is symmetric. Only pairs from different articles count.
  for (let i = 0; i < pool.length; i++) {
    const a = pool[i] as (typeof pool)[number];
    for (let j = i + 1; j < pool.length; j++) {
      const b = pool[j] as (typeof pool)[number];
      if (a.article.id === b.article.id) continue;
      const sim = cosine(vectors[i] as SparseVector, vectors[j] as SparseVector);
      if (sim === 0) continue;
      const shared = cosine(claims[i] as SparseVector, claims[j] as SparseVector);
      pushTop(tops[i] as number[], shared, CENTRALITY_NEIGHBOURS);
      pushTop(tops[j] as number[], shared, CENTRALITY_NEIGHBOURS);
      const older = olderOf(a.article, b.article);
      if (older === a.article) alreadySaid[j] = Math.max(alreadySaid[j] as number, shared);
      else if (older === b.article) alreadySaid[i] = Math.max(alreadySaid[i] as number, shared);
      if (a.article.outlet !== b.article.outlet) {
        const fa = { text: a.sentence.text, vector: vectors[i] as SparseVector };
        const fb = { text: b.sentence.text, vector: vectors[j] as SparseVector };
        if (statesSameFact(fa, fb, sim))
          (corroborating[i] as Map<string, Article>).set(b.article.outlet, b.article);
        if (statesSameFact(fb, fa, sim))
          (corroborating[j] as Map<string, Article>).set(a.article.outlet, a.article);
      }
    }
  }
  return pool.map((c, i) => {
    const v = vectors[i] as SparseVector;
    const others = corroborating[i] as Map<string, Article>;
    const centrality = OWN_REPORT + (tops[i] as number[]).reduce((x, y) => x + y, 0);
    // Figures are the hard facts of news ("a deal worth 4.5%", "3,100 homes"): each of the first few counts.
    const figures = Math.min(MAX_FIGURES, figuresOf(c.sentence.text).size);
    const information = Math.log(2 + factWords(c.sentence.text)) * (1 + FIGURE_WEIGHT * figures);
    // An undated article is taken to be as old as the oldest dated one: it never leads the answer.
    const published = c.article.published ?? dates.oldest;
    const age =
      published === undefined || dates.newest === undefined
        ? 0
        : Math.max(0, daysBetween(published, dates.newest));
    const recency = 0.5 ** ((age + liveEntryAge(c, live)) / RECENCY_HALF_LIFE_DAYS);
    const depth = leadRank[i] as number;
    const lead = (1 + LEAD_WEIGHT / (1 + depth)) / (1 + DEPTH_WEIGHT * depth);
    const novelty = Math.max(NOVELTY_FLOOR, 1 - (alreadySaid[i] as number));
    const colour = colourOf.has(c.article.id, c.sentence.text) ? COLOUR_WEIGHT : 1;
    const event = reportsEvent(c.sentence.text) ? EVENT_WEIGHT : 1;
    const history = isHistory(c.sentence.text, c.article.published) ? HISTORY_WEIGHT : 1;
    const anonymous = ANONYMITY.test(c.sentence.text) ? ANONYMOUS_WEIGHT : 1;
    const words = quotedShare(c.sentence.text) > WORDS_SHARE ? WORDS_WEIGHT : 1;
    const corroboration =
      (1 + 0.25 * others.size) * (1 + QUOTE_WEIGHT * quotedElsewhere(c.sentence.text, c.article.outlet));
    return {
      text: c.sentence.text,
      article: c.article,
      vector: v,
      figures: c.figures,
      score:
        centrality *
        information *
        recency *
        lead *
        corroboration *
        novelty *
        colour *
        event *
        history *
        anonymous *
        words,
      corroborating: [...others.values()].sort(
        (a, b) => compareNewestFirst(a.published, b.published) || compareText(a.outlet, b.outlet),
      ),
    };
  });
}

/**
 * Picks distinct, high-scoring sentences (maximal marginal relevance) after `picked`, up to `limit` items
 * in all, within the size limit.
 */
function select(
  scored: readonly Scored[],
  picked: readonly Scored[],
  limit: number,
  options: StatusOptions,
): Scored[] {
  const chosen = [...picked];
  let chars = chosen.reduce((n, p) => n + p.text.length, 0);
  const pool = scored
    .filter((c) => !chosen.includes(c))
    .sort((a, b) => b.score - a.score || compareText(a.text, b.text));
  const top = pool[0]?.score || 1;
  while (chosen.length < limit && pool.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    pool.forEach((c, i) => {
      if (chars + c.text.length > options.maxChars) return;
      const redundancy = redundancyOf(c, chosen);
      if (repeatsPick(c, chosen, redundancy)) return;
      const value = MMR_LAMBDA * (c.score / top) - (1 - MMR_LAMBDA) * redundancy;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    if (best < 0) break;
    const [choice] = pool.splice(best, 1) as [Scored];
    chars += choice.text.length;
    chosen.push(choice);
  }
  return chosen;
}

/** How much a candidate's words repeat the picks' (the highest cosine; 0 with no picks). */
function redundancyOf(c: Scored, picked: readonly Scored[]): number {
  return Math.max(0, ...picked.map((p) => cosine(c.vector, p.vector)));
}

/** Whether a candidate says again what a pick says: much the same words, or the same figures of the same things. */
function repeatsPick(c: Scored, picked: readonly Scored[], redundancy = redundancyOf(c, picked)): boolean {
  return redundancy >= REDUNDANT || picked.some((p) => repeatsFigures(c.figures, p.figures));
}

/**
 * The sentence of one day's candidates that best states its article's headline: of those that give at least
 * `HEADLINE_SHARE` of the headline's content words, the highest score times that share (the share alone
 * took a petition's signatures, sharing a word more, over the lead that all three cases were confirmed),
 * where no pick says it already and it fits the size limit. Undefined when none does.
 */
function headlineFact(
  day: readonly Scored[],
  picked: readonly Scored[],
  options: StatusOptions,
): Scored | undefined {
  const chars = picked.reduce((n, p) => n + p.text.length, 0);
  let best: Scored | undefined;
  let bestValue = 0;
  // Each headline's words once, however many of its article's sentences are weighed.
  const headlines = new Map<string, Set<string>>();
  for (const c of day) {
    if (chars + c.text.length > options.maxChars || repeatsPick(c, picked)) continue;
    let headline = headlines.get(c.article.id);
    if (headline === undefined) {
      headline = new Set(contentTokens(c.article.title));
      headlines.set(c.article.id, headline);
    }
    const own = new Set(contentTokens(c.text));
    const share = headline.size === 0 ? 0 : [...headline].filter((t) => own.has(t)).length / headline.size;
    const value = c.score * share;
    if (share >= HEADLINE_SHARE && (best === undefined || value > bestValue)) [best, bestValue] = [c, value];
  }
  return best;
}

/**
 * "Fan hurt in riot goes home as Salvera lodge appeal and nine face charges": the clauses of a headline,
 * each a piece of the day's news.
 */
const HEADLINE_CLAUSE_BREAK = /\s+(?:as|and|after|amid|while|but)\s+|[;:,]\s+|\s+[\u2013\u2014-]\s+/u;
/** The least share of a headline clause's words (stemmed) a sentence states to be taken as its fact. */
const CLAUSE_SHARE = 0.6;
/** The fewest content words a headline clause has to be weighed on its own. */
const CLAUSE_WORDS = 2;

/** A text's content words, stemmed. */
function stemmedWords(text: string): Set<string> {
  return new Set(contentTokens(text).map(stem));
}

/**
 * Of `own`, the sentence that states a clause: of those `allowed` giving at least `CLAUSE_SHARE` of its
 * stemmed words (`wanted`; each sentence's in `words`), the highest score times that share.
 */
function statingSentence(
  wanted: ReadonlySet<string>,
  own: readonly Scored[],
  words: ReadonlyMap<Scored, ReadonlySet<string>>,
  allowed: (c: Scored) => boolean,
): Scored | undefined {
  let best: Scored | undefined;
  let bestValue = 0;
  for (const c of own) {
    const have = words.get(c) as ReadonlySet<string>;
    const share = [...wanted].filter((w) => have.has(w)).length / Math.max(1, wanted.size);
    if (share >= CLAUSE_SHARE && c.score * share > bestValue && allowed(c))
      [best, bestValue] = [c, c.score * share];
  }
  return best;
}

/**
 * For each clause of the newest day's headlines, the sentence of its article that best states it (at least
 * `CLAUSE_SHARE` of the clause's words, highest score times that share), unless a pick says it already:
 * the pieces of news the desk put in the headline.
 */
function headlineClauseFacts(
  day: readonly Scored[],
  options: StatusOptions,
  already: readonly Scored[] = [],
): Scored[] {
  const chosen: Scored[] = [];
  let chars = already.reduce((n, p) => n + p.text.length, 0);
  const byArticle = new Map<Article, Scored[]>();
  for (const c of day) {
    const own = byArticle.get(c.article);
    if (own) own.push(c);
    else byArticle.set(c.article, [c]);
  }
  for (const [article, own] of byArticle) {
    const words = new Map(own.map((c) => [c, stemmedWords(c.text)]));
    for (const clause of article.title.split(HEADLINE_CLAUSE_BREAK)) {
      const wanted = stemmedWords(clause);
      if (wanted.size < CLAUSE_WORDS) continue;
      const best = statingSentence(wanted, own, words, (c) => {
        const picks = [...already, ...chosen];
        return !picks.includes(c) && chars + c.text.length <= options.maxChars && !repeatsPick(c, picks);
      });
      if (best === undefined) continue;
      chosen.push(best);
      chars += best.text.length;
    }
  }
  return chosen;
}

/**
 * The facts of the key points a page of the newest day lists above its article ("Key points" / "Fire
 * contained after burning 14,800 hectares" / …), in its order: the editors' own summary of the latest state.
 * Each is stated by the sentence of the article giving most of its words (`CLAUSE_SHARE`, as for a
 * headline's clause), which says it in full, else by the key point itself; up to `limit`, where no pick says
 * it already and they fit the size limit.
 */
function keyPointFacts(day: readonly Scored[], limit: number, options: StatusOptions): Scored[] {
  const chosen: Scored[] = [];
  let chars = 0;
  const fits = (c: Scored) =>
    !chosen.includes(c) && chars + c.text.length <= options.maxChars && !repeatsPick(c, chosen);
  for (const article of new Set(day.map((c) => c.article))) {
    const points = article.keyPoints ?? [];
    const body = day.filter((c) => c.article === article && !points.includes(c.text));
    const words = new Map(body.map((c) => [c, stemmedWords(c.text)]));
    for (const point of points) {
      if (chosen.length >= limit) break;
      const best =
        statingSentence(stemmedWords(point), body, words, fits) ??
        day.find((c) => c.article === article && c.text === point);
      if (best === undefined || !fits(best)) continue;
      chosen.push(best);
      chars += best.text.length;
    }
  }
  return chosen;
}

/**
 * The status's picks. The newest day's news first, by score; then, for each earlier day of the story,
 * newest first, the one thing it brought: the sentence that states its headline, else its best by score
 * (a status that only read the newest page gave a feature's colour and none of the week's news: measured
 * on the held-out stories' key facts, 65 → 67 of 108 on h401–h418, five of 6 or more on 3 → 5 of 18).
 */
function selectByDay(
  scored: readonly Scored[],
  newest: string | undefined,
  options: StatusOptions,
): Scored[] {
  const days = [...new Set(scored.map((s) => s.article.published))]
    .filter((d): d is string => d !== undefined && d !== newest)
    .sort()
    .reverse()
    .slice(0, Math.floor(options.maxItems * EARLIER_DAYS_SHARE));
  const newestDay = scored.filter((s) => s.article.published === newest);
  const quota = options.maxItems - days.length;
  const keyPoints = keyPointFacts(newestDay, quota, options);
  let picked = select(
    scored,
    [...keyPoints, ...headlineClauseFacts(newestDay, options, keyPoints)].slice(0, quota),
    quota,
    options,
  );
  for (const day of days) {
    const ofDay = scored.filter((s) => s.article.published === day);
    const fact = headlineFact(ofDay, picked, options);
    picked = fact ? [...picked, fact] : select(ofDay, picked, picked.length + 1, options);
  }
  return select(scored, picked, options.maxItems, options);
}

/**
 * A relative clause closed by a comma (", who vanished on Monday,", "the lawmaker who vanished on Monday,"):
 * background to the sentence's news.
 */
const SET_OFF_RELATIVE = /\s(?:who|whose|which)\s[^,;:]*,/gu;

/**
 * The day a pick's fact happened: the newest day its sentence names, when that is no later than the day of
 * an older article of the story (a recap of what was reported then); else its article's date ("approved on
 * Monday" in Tuesday's only article is that article's news).
 */
function factDay(c: Scored, days: readonly string[]): string | undefined {
  const published = c.article.published;
  if (published === undefined) return undefined;
  // ("X, who vanished during a solo crossing on Monday, has been found alive": the clause set off about X
  // recalls an older day; the sentence's news is its article's.)
  const named = latestEventDay(c.text.replace(SET_OFF_RELATIVE, ' ,'), published);
  return named !== undefined && days.some((d) => named <= d && d < published) ? named : published;
}

function toItem(s: Scored): BriefingItem {
  return { text: s.text, sources: [sourceRef(s.article), ...s.corroborating.map(sourceRef)] };
}

/** A live blog's time label opening an entry ("Update, 15:40:", "14:05 BST –"): when, not what. */
const TIME_LABEL =
  /^(?:(?:update|updated|latest)[,:]?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|bst|cet|et|utc)?\s*[:\u2013\u2014-]\s+(?=\p{Lu})/iu;

/** The candidate without its time label: the rest of the sentence, verbatim. */
function withoutTimeLabel<T extends { sentence: { text: string } }>(c: T): T {
  const label = TIME_LABEL.exec(c.sentence.text);
  return label ? { ...c, sentence: { ...c.sentence, text: c.sentence.text.slice(label[0].length) } } : c;
}

/** The candidate without a connective that ties it to the sentence before ("But …", "However, …"). */
function withoutOpeningConnective<T extends { sentence: { text: string } }>(c: T): T {
  const text = withoutConnective(c.sentence.text);
  return text === c.sentence.text ? c : { ...c, sentence: { ...c.sentence, text } };
}

/**
 * The candidates without those whose figures a newer article updates ("the toll rose to 23" once a later
 * article says "rose to 31"): the story's current figures only. Any sentence of a newer article may update
 * a figure, including one the status would not show ("It said the number had risen to 210"). An article's
 * summary line (standfirst, key point) that gives a figure of one of its own superseded sentences is
 * superseded with it: it is the same report in fewer words.
 */
function withoutSupersededFigures(
  pool: readonly FigureCandidate[],
  articles: readonly Article[],
): FigureCandidate[] {
  const counted: { articleId: string; published: string; figures: FigureClaim }[] = [];
  for (const article of articles) {
    if (article.published === undefined) continue;
    for (const sentence of article.sentences) {
      if (!mayStateFigure(sentence.text)) continue;
      counted.push({
        articleId: article.id,
        published: article.published,
        figures: figureClaim(sentence.text),
      });
    }
  }
  const superseded = (published: string, figures: FigureClaim) =>
    counted.some((n) => n.published > published && updatesFigures(n.figures, figures));
  /** Per article, the figures of its own sentences a newer article updates. */
  const outdated = new Map<string, Set<string>>();
  for (const { articleId, published, figures } of counted) {
    if (!superseded(published, figures)) continue;
    const own = outdated.get(articleId) ?? new Set<string>();
    for (const figure of figures.figures.keys()) own.add(figure);
    outdated.set(articleId, own);
  }
  return pool.filter((c) => {
    const published = c.article.published;
    if (published === undefined || c.figures.figures.size === 0) return true;
    if (superseded(published, c.figures)) return false;
    const own = outdated.get(c.article.id);
    return !(c.sentence.paragraph < 0 && own && [...c.figures.figures.keys()].some((f) => own.has(f)));
  });
}

/** Summarises the current state of the story. Deterministic for a given index. */
export function summarizeStatus(index: NewsIndex, options: StatusOptions): Briefing {
  const articles = index.articles.slice(0, options.window);
  if (articles.length === 0) {
    const skipped = index.errors.length;
    const why =
      skipped > 0 ? ` ${plural(skipped, 'file')} could not be read (the sources command lists why).` : '';
    return { kind: 'status', title: options.title, items: [], note: `No articles are loaded yet.${why}` };
  }
  const dated = articles.filter((a) => a.published !== undefined);
  const newest = dated[0]?.published;
  const oldest = dated[dated.length - 1]?.published;
  // Forward-looking sentences are superseded unless they come from the newest day (or nothing is dated).
  const newestIds = new Set(articles.filter((a) => a.published === newest).map((a) => a.id));
  const spoken = spokenIn(index, articles);
  const isCurrent = (s: Sentence) =>
    (newestIds.has(s.articleId) || !FUTURE.test(s.text)) && !spoken(s.articleId, s.text);
  const pool = candidates(articles, (s) => standsAlone(withoutConnective(s.text)) && isCurrent(s), {
    summaries: true,
    // A sentence that leans on a kept one before it ("It booked a charge of €185 million") with that one,
    // when it gives a figure of its own ("His wife wept." is colour).
    pairs: (previous, next) =>
      previous.paragraph >= 0 &&
      figuresOf(next.text).size > 0 &&
      standsAloneAfter(withoutConnective(previous.text), withoutConnective(next.text)) &&
      isCurrent(next),
  });
  const current = withoutSupersededFigures(
    pool.map((c) => withFigures(withoutTimeLabel(withoutOpeningConnective(c)))),
    articles,
  );
  const picked = selectByDay(rank(current, { newest, oldest }, articles), newest, options);
  // Newest facts first: by the day each says it happened when an older article reported that day
  // ("Police arrested 47 people on Wednesday" in Saturday's article is Wednesday's news), else its
  // article's; among equally new ones, the newer article's, then the most central.
  const days = dated.map((a) => a.published as string);
  const day = new Map(picked.map((c) => [c, factDay(c, days)]));
  picked.sort(
    (a, b) =>
      compareNewestFirst(day.get(a), day.get(b)) ||
      compareNewestFirst(a.article.published, b.article.published) ||
      b.score - a.score,
  );
  const outlets = new Set(articles.map((a) => a.outlet));
  return {
    kind: 'status',
    title: options.title,
    items: picked.map(toItem),
    note:
      `From ${plural(articles.length, 'article')} by ${plural(outlets.size, 'outlet')}` +
      (newest ? `, newest ${newest}.` : ', none of them dated.'),
  };
}
