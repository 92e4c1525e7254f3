/**
 * All quotes of a corpus: each article's quotes attributed through its own chains of mentions (per article,
 * so shards of a large corpus are analysed in parallel), the chains linked into the corpus's people, and
 * the same quote of the same speaker merged across outlets.
 */
import type { Article } from '../corpus/types.ts';
import { commonWords } from '../people/commonWords.ts';
import { type ArticleChains, PeopleDirectory } from '../people/directory.ts';
import { type LinkedEntity, linkedPart } from '../people/fullNames.ts';
import { MentionScanner } from '../people/mentions.ts';
import { finish, STEP, type Steps, sortSteps } from '../steps.ts';
import { compareNewestFirst, compareText } from '../text/compare.ts';
import { comparable, straightenQuotes } from '../text/normalize.ts';
import {
  type AttributedArticle,
  attributeArticle,
  isFragment,
  type QuotedArticle,
  type RawQuote,
} from './attribute.ts';
import { SpeakerPhrases } from './speakerPhrase.ts';

export type SpeakerKind = 'person' | 'org' | 'unknown';

export interface Quote {
  id: string;
  /** Verbatim from every cited article (whitespace and quote-mark style aside). */
  text: string;
  /** Canonical speaker name, or "unknown". */
  speaker: string;
  speakerKey: string;
  speakerKind: SpeakerKind;
  role?: string;
  fragment: boolean;
  /** Articles that carry the quote, newest first. */
  articleIds: string[];
  /** Date of the newest dated article that carries it (none when no carrying article is dated). */
  published?: string;
}

export interface QuoteCatalog {
  quotes: Quote[];
  people: PeopleDirectory;
}

/** Quotes shorter than this share of the longer one are not merged: a fragment is not the whole quote. */
export const MERGE_MIN_RATIO = 0.6;

/** One quote as one article carries it, before merging across outlets. */
export interface Draft extends Omit<Quote, 'id'> {
  flat: string;
  /** edgeKeys(flat), computed once. */
  edges: [string, string];
}

/** What analysis needs of an article: its text, id and date (an Article, or its copy in a build worker). */
export type DraftSource = QuotedArticle & Pick<Article, 'published'>;

/**
 * One article analysed on its own: its people (chains of mentions) and its attributed quotes. Of each
 * chain only what linking across articles reads (`LinkedEntity`): what attribution alone needed (first-name
 * parts, role nouns) is not kept, nor decoded again by every full build (index/analysisCodec.ts).
 */
export interface ArticleAnalysis {
  articleId: string;
  published?: string;
  entities: LinkedEntity[];
  quotes: RawQuote[];
}

/**
 * One article's attribution, or none when a page defeats it: an article whose text trips a rule keeps being
 * served (search, status, sources) without quotes, and the other articles keep theirs.
 */
function attributeSafely(
  article: DraftSource,
  scanner: MentionScanner,
  phrases: SpeakerPhrases,
): Pick<AttributedArticle, 'quotes'> & { people: Pick<AttributedArticle['people'], 'entities'> } {
  try {
    return attributeArticle(article, scanner, phrases);
  } catch {
    return { people: { entities: [] }, quotes: [] };
  }
}

/** Analyses articles one by one (a shard of the corpus); `common` are the corpus's lower-case words. */
export function analyzeArticles(
  articles: readonly DraftSource[],
  common: ReadonlySet<string>,
): ArticleAnalysis[] {
  return finish(analyzeSteps(articles, common));
}

/** `analyzeArticles` in steps, one article per step (see steps.ts). */
export function* analyzeSteps(
  articles: readonly DraftSource[],
  common: ReadonlySet<string>,
): Steps<ArticleAnalysis[]> {
  const scanner = new MentionScanner(common);
  const phrases = new SpeakerPhrases();
  const analyses: ArticleAnalysis[] = [];
  for (const article of articles) {
    const { people, quotes } = attributeSafely(article, scanner, phrases);
    analyses.push({
      articleId: article.id,
      ...(article.published ? { published: article.published } : {}),
      entities: people.entities.map(linkedPart),
      quotes,
    });
    yield;
  }
  return analyses;
}

/** An analysed article's chains, with the entities its quotes were attributed to. */
export function chainsOf(analysis: ArticleAnalysis): ArticleChains {
  const speakers = new Set<number>();
  for (const q of analysis.quotes) if (q.speaker?.kind === 'entity') speakers.add(q.speaker.entity);
  return { articleId: analysis.articleId, entities: analysis.entities, speakers };
}

/** Links the chains of all analysed articles into the corpus's people. */
export function peopleOf(analyses: readonly ArticleAnalysis[]): PeopleDirectory {
  return new PeopleDirectory(analyses.map(chainsOf));
}

/** `peopleOf` in steps (see steps.ts). */
export function* peopleSteps(analyses: readonly ArticleAnalysis[]): Steps<PeopleDirectory> {
  const chains: ArticleChains[] = [];
  for (const a of analyses) {
    chains.push(chainsOf(a));
    if (chains.length % STEP === 0) yield;
  }
  return yield* PeopleDirectory.build(chains);
}

type Speaker = Pick<Quote, 'speaker' | 'speakerKey' | 'speakerKind' | 'role'>;

const UNKNOWN: Speaker = { speaker: 'unknown', speakerKey: '', speakerKind: 'unknown' };

function orgSpeaker(name: string): Speaker {
  const clean = straightenQuotes(name);
  return { speaker: clean, speakerKey: `org:${comparable(clean.replace(/^the /i, ''))}`, speakerKind: 'org' };
}

/** The canonical speaker of a quote: the corpus's person, an organisation, or unknown. */
function canonicalSpeaker(raw: RawQuote, analysis: ArticleAnalysis, people: PeopleDirectory): Speaker {
  const s = raw.speaker;
  if (s === undefined) return UNKNOWN;
  if (s.kind === 'org') return orgSpeaker(s.name);
  const person = people.personOf(analysis.articleId, s.entity);
  if (person)
    return { speaker: person.name, speakerKey: person.key, speakerKind: 'person', role: person.role };
  // A single name the corpus uses for a place ("Washington said") speaks as an institution.
  const entity = analysis.entities[s.entity];
  return entity ? orgSpeaker(entity.tokens.join(' ')) : UNKNOWN;
}

/** One draft per quote and article, with its canonical speaker. */
export function draftQuotes(analyses: readonly ArticleAnalysis[], people: PeopleDirectory): Draft[] {
  return finish(draftSteps(analyses, people));
}

/** `draftQuotes` in steps (see steps.ts). */
export function* draftSteps(analyses: readonly ArticleAnalysis[], people: PeopleDirectory): Steps<Draft[]> {
  const drafts: Draft[] = [];
  for (let i = 0; i < analyses.length; i++) {
    const analysis = analyses[i] as ArticleAnalysis;
    if (i % 64 === 63) yield;
    for (const raw of analysis.quotes) {
      const flat = comparable(raw.text);
      const speaker = canonicalSpeaker(raw, analysis, people);
      // Built field by field (no spreads): this runs once per quote of the corpus.
      drafts.push({
        text: raw.text,
        flat,
        edges: edgeKeys(flat),
        speaker: speaker.speaker,
        speakerKey: speaker.speakerKey,
        speakerKind: speaker.speakerKind,
        role: speaker.role,
        fragment: isFragment(raw.text),
        articleIds: [analysis.articleId],
        published: analysis.published,
      });
    }
  }
  return drafts;
}

/** Carrying articles newest first (then by outlet), and the newest one's date. */
export function newestFirst(
  articleIds: readonly string[],
  byId: ReadonlyMap<string, Article>,
): { articleIds: string[]; published: string | undefined } {
  const dated = articleIds.map((id) => byId.get(id) as Article);
  dated.sort((a, b) => compareNewestFirst(a.published, b.published) || compareText(a.outlet, b.outlet));
  return { articleIds: dated.map((a) => a.id), published: (dated[0] as Article).published };
}

/**
 * Folds another outlet's copy into a group, keeping the shorter text (it is verbatim in both); a copy from
 * the same article only (a live entry's headline, "Minister: “A dark day for the whole coast”", over the
 * entry's "“This is a dark day for the whole coast,” she said") keeps the longer, verbatim there too.
 */
function mergeInto(group: Draft, other: Draft): void {
  const sameArticles =
    other.articleIds.length === group.articleIds.length &&
    other.articleIds.every((id) => group.articleIds.includes(id));
  if (sameArticles ? other.flat.length > group.flat.length : other.flat.length < group.flat.length) {
    group.text = other.text;
    group.flat = other.flat;
    group.fragment = other.fragment;
  }
  for (const id of other.articleIds) if (!group.articleIds.includes(id)) group.articleIds.push(id);
}

/**
 * Keys under which a group is found by a trimmed copy of it: its first two and its last two words (outlets
 * trim quotes at the start or at the end). A copy trimmed at both ends stays a separate quote.
 */
export function edgeKeys(flat: string): [string, string] {
  const second = flat.indexOf(' ', flat.indexOf(' ') + 1);
  const secondLast = flat.lastIndexOf(' ', flat.lastIndexOf(' ') - 1);
  const head = second < 0 ? flat : flat.slice(0, second);
  const tail = secondLast < 0 ? flat : flat.slice(secondLast + 1);
  return [`^${head}`, `$${tail}`];
}

/** One speaker's quote groups so far: by their comparable text, and by their edge keys. */
interface SpeakerGroups {
  exact: Map<string, Draft>;
  edges: Map<string, Draft[]>;
}

/** A group of the same speaker whose text contains the draft's (or is contained in it), of similar length. */
function containing(draft: Draft, edges: Map<string, Draft[]>): Draft | undefined {
  for (const key of draft.edges) {
    for (const g of edges.get(key) ?? []) {
      const [short, long] = g.flat.length <= draft.flat.length ? [g.flat, draft.flat] : [draft.flat, g.flat];
      if (short.length >= MERGE_MIN_RATIO * long.length && long.includes(short)) return g;
    }
  }
  return undefined;
}

/**
 * Drafts by descending text length, then article id, then their given order: a stable sort done on packed
 * numeric keys (one typed-array sort instead of ~a million comparator calls on a large corpus).
 */
function* longestFirst(drafts: readonly Draft[], articles: readonly Article[]): Steps<Draft[]> {
  const ids = yield* sortSteps(
    articles.map((a) => a.id),
    compareText,
  );
  const rank = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    rank.set(ids[i] as string, i);
    if (i % STEP === STEP - 1) yield;
  }
  const n = drafts.length;
  let maxLength = 0;
  for (let i = 0; i < n; i++) maxLength = Math.max(maxLength, (drafts[i] as Draft).flat.length);
  yield;
  // key = ((maxLength - length) × (articles + 1) + rank) × drafts + index: exact while below 2^53.
  if ((maxLength + 1) * (ids.length + 1) * (n + 1) >= Number.MAX_SAFE_INTEGER) {
    return yield* sortSteps(
      drafts,
      (a, b) =>
        b.flat.length - a.flat.length || compareText(a.articleIds[0] as string, b.articleIds[0] as string),
    );
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = drafts[i] as Draft;
    const r = rank.get(d.articleIds[0] as string) ?? ids.length;
    keys[i] = ((maxLength - d.flat.length) * (ids.length + 1) + r) * n + i;
    if (i % (STEP * 4) === STEP * 4 - 1) yield;
  }
  keys.sort();
  yield;
  const out: Draft[] = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = drafts[(keys[i] as number) % n] as Draft;
    if (i % (STEP * 4) === STEP * 4 - 1) yield;
  }
  return out;
}

/**
 * Merges the drafts of all articles (in article order) into quotes: the same quote of the same speaker in
 * several outlets becomes one quote citing them all. Deterministic for the same drafts.
 */
export function mergeDrafts(drafts: Draft[], articles: readonly Article[]): Quote[] {
  return finish(mergeSteps(drafts, articles));
}

/** `mergeDrafts` in steps (see steps.ts). */
export function* mergeSteps(drafts: Draft[], articles: readonly Article[]): Steps<Quote[]> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  yield;
  // Longest first, so a trimmed copy finds the full quote it was cut from; then by article id.
  const ordered = yield* longestFirst(drafts, articles);
  yield;
  // Only quotes of the same speaker merge: an unattributed copy in one outlet does not make that outlet a
  // source for someone else's attribution. Candidates are found by the first or last words they share, so
  // the merge stays linear even for a prolific speaker.
  const groups: Draft[] = [];
  // Per speaker kind, then key (no key strings built per draft).
  const bySpeaker: Record<SpeakerKind, Map<string, SpeakerGroups>> = {
    person: new Map(),
    org: new Map(),
    unknown: new Map(),
  };
  for (let i = 0; i < ordered.length; i++) {
    const draft = ordered[i] as Draft;
    if (i % STEP === STEP - 1) yield;
    const ofKind = bySpeaker[draft.speakerKind];
    let speaker = ofKind.get(draft.speakerKey);
    if (!speaker) {
      speaker = { exact: new Map(), edges: new Map() };
      ofKind.set(draft.speakerKey, speaker);
    }
    const { exact, edges } = speaker;
    const group =
      exact.get(draft.flat) ?? (draft.speakerKind === 'unknown' ? undefined : containing(draft, edges));
    if (group) {
      mergeInto(group, draft);
      exact.set(draft.flat, group);
      continue;
    }
    // The first draft of a group becomes the group (drafts are this build's own objects).
    const fresh = draft;
    groups.push(fresh);
    exact.set(draft.flat, fresh);
    // Unattributed quotes never look for a group to join (see above): no need to find them by their edges.
    if (draft.speakerKind === 'unknown') continue;
    for (const edge of draft.edges) {
      const list = edges.get(edge);
      if (list) list.push(fresh);
      else edges.set(edge, [fresh]);
    }
  }
  yield;
  const quotes: Quote[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as Draft;
    let { articleIds, published } = g;
    // Most quotes are carried by one article: its id and date as drafted.
    if (articleIds.length > 1) ({ articleIds, published } = newestFirst(articleIds, byId));
    quotes.push({
      text: g.text,
      speaker: g.speaker,
      speakerKey: g.speakerKey,
      speakerKind: g.speakerKind,
      role: g.role,
      fragment: g.fragment,
      articleIds,
      published,
      id: `q${i + 1}`,
    });
    if (i % STEP === STEP - 1) yield;
  }
  return quotes;
}

/** Analyses, links and merges the quotes of all articles in one pass. Deterministic for the same articles. */
export function buildQuoteCatalog(articles: readonly Article[]): QuoteCatalog {
  const analyses = analyzeArticles(articles, commonWords(articles));
  const people = peopleOf(analyses);
  return { quotes: mergeDrafts(draftQuotes(analyses, people), articles), people };
}
