/**
 * Scoring against a gold file, as `shared/eval/score.mjs` scores the command line: for every speaker and
 * every query, `/quote <query>` (50 quotes at most) must return each `must` substring and no quote of
 * anyone else; metadata (outlet, title, date) must equal the gold's. In process, so a run takes seconds.
 */
import { quoteBriefing } from '../commands/quote.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import type { Gold } from './gold.ts';

/** How the shared scorer compares texts: lower case, quote marks folded, whitespace collapsed. */
export function normalizeForScore(text: string): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface QueryResult {
  speaker: string;
  query: string;
  missing: string[];
  wrong: string[];
  /** Who `/quote` answered with (the briefing title), to tell a wrong person from a missed quote. */
  answeredAs: string;
}

export interface AttributionScore {
  found: number;
  must: number;
  misattributed: number;
  recall: number;
  precision: number;
  results: QueryResult[];
}

export interface MetadataResult {
  file: string;
  outlet: { ok: boolean; got: string; want: string };
  title: { ok: boolean; got: string; want: string };
  date: { ok: boolean; got: string | null; want: string | null };
}

export interface MetadataScore {
  pages: number;
  outlet: number;
  title: number;
  date: number;
  results: MetadataResult[];
}

const QUOTE_LIMIT = 50;

/** Scores every speaker query of the gold against `/quote` on the index. */
export function scoreAttribution(
  index: NewsIndex,
  gold: Gold,
  options: { firstQueryOnly?: boolean } = {},
): AttributionScore {
  const owner = new Map<string, string | null>();
  for (const [key, speaker] of Object.entries(gold.speakers))
    for (const m of speaker.must) owner.set(normalizeForScore(m), key);
  for (const u of gold.unattributed) owner.set(normalizeForScore(u), null);
  let found = 0;
  let must = 0;
  let misattributed = 0;
  const results: QueryResult[] = [];
  for (const [key, speaker] of Object.entries(gold.speakers)) {
    const queries = options.firstQueryOnly ? speaker.queries.slice(0, 1) : speaker.queries;
    const own = speaker.must.map(normalizeForScore);
    for (const query of queries) {
      const briefing = quoteBriefing(index, query, QUOTE_LIMIT);
      const hay = briefing.items.map((i) => normalizeForScore(i.text));
      const has = (s: string) => hay.some((t) => t.includes(s));
      const missing = speaker.must.filter((m) => !has(normalizeForScore(m)));
      // Another speaker's quote counts as wrong unless it sits inside one of this speaker's own quotes.
      const others = [...owner]
        .filter(([m, k]) => k !== key && has(m))
        .filter(([m]) => !own.some((o) => hay.some((t) => t.includes(o) && t.includes(m))))
        .map(([m]) => m);
      const wrong = [...new Set([...speaker.never.map(normalizeForScore).filter(has), ...others])];
      found += speaker.must.length - missing.length;
      must += speaker.must.length;
      misattributed += wrong.length;
      if (missing.length > 0 || wrong.length > 0)
        results.push({ speaker: key, query, missing, wrong, answeredAs: briefing.title });
    }
  }
  return {
    found,
    must,
    misattributed,
    recall: must === 0 ? 1 : found / must,
    precision: found + misattributed === 0 ? 1 : found / (found + misattributed),
    results,
  };
}

/** Scores each gold article's outlet, title and date; `today` is when an undated page would be stamped. */
export function scoreMetadata(index: NewsIndex, gold: Gold, today: string): MetadataScore {
  const results: MetadataResult[] = [];
  let outlet = 0;
  let title = 0;
  let date = 0;
  for (const [file, want] of Object.entries(gold.articles)) {
    const article = index.byId.get(file.replace(/\.(txt|md)$/, ''));
    const got = {
      outlet: article?.outlet ?? '',
      title: article?.title ?? '',
      published: article?.published ?? null,
    };
    const day = got.published?.slice(0, 10) ?? '';
    // No date on the page: absent is right; the file's time (today) is not a publication date.
    const dateOk = want.published === null ? day === '' || day < today : day === want.published;
    const result: MetadataResult = {
      file,
      outlet: {
        ok: normalizeForScore(got.outlet) === normalizeForScore(want.outlet),
        got: got.outlet,
        want: want.outlet,
      },
      title: {
        ok: normalizeForScore(got.title) === normalizeForScore(want.title),
        got: got.title,
        want: want.title,
      },
      date: { ok: article !== undefined && dateOk, got: got.published, want: want.published },
    };
    outlet += Number(result.outlet.ok);
    title += Number(result.title.ok);
    date += Number(result.date.ok);
    results.push(result);
  }
  return { pages: results.length, outlet, title, date, results };
}
