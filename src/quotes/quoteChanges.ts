/**
 * The quotes of a corpus after a small change, without merging every quote again: the removed articles
 * leave the quotes they carried (a quote no article carries any more goes), and each quote of an added
 * article joins the quote of the same speaker with the same words (or a trimmed copy of them, as
 * `mergeDrafts` joins them) or is a new quote. Merging the whole corpus again may group a few quotes
 * differently; the index store does that in the background (index/store.ts).
 */
import type { Article } from '../corpus/types.ts';
import { comparable } from '../text/normalize.ts';
import { finish, STEP, type Steps } from '../steps.ts';
import { type Draft, edgeKeys, MERGE_MIN_RATIO, mergeSteps, newestFirst, type Quote } from './catalog.ts';

export interface QuoteChange {
  /** Ids of the articles removed (or replaced by a new version). */
  removed: ReadonlySet<string>;
  /** The articles added (or the new versions), and their drafts with speakers of the changed people. */
  added: readonly Article[];
  drafts: Draft[];
  /** Every article after the change, by id. */
  articles: ReadonlyMap<string, Article>;
}

export interface QuotesAfter {
  quotes: Quote[];
  /** Speaker keys whose quotes changed. */
  touched: Set<string>;
}

/** The same words: equal, or one a trimmed copy of the other sharing its first or last two words. */
function sameWords(quote: Quote, draft: Draft): boolean {
  const flat = comparable(quote.text);
  if (flat === draft.flat) return true;
  const [head, tail] = edgeKeys(flat);
  if (head !== draft.edges[0] && tail !== draft.edges[1]) return false;
  const [short, long] = flat.length <= draft.flat.length ? [flat, draft.flat] : [draft.flat, flat];
  return short.length >= MERGE_MIN_RATIO * long.length && long.includes(short);
}

/** A quote also carried by the added articles of `draft`: the shorter text (verbatim in both), every article. */
function joined(quote: Quote, draft: Draft, articles: ReadonlyMap<string, Article>): Quote {
  const shorter = draft.flat.length < comparable(quote.text).length;
  const ids = [...quote.articleIds];
  for (const id of draft.articleIds) if (!ids.includes(id)) ids.push(id);
  return {
    ...quote,
    ...(shorter ? { text: draft.text, fragment: draft.fragment } : {}),
    ...newestFirst(ids, articles),
  };
}

/** The quotes of `quotes` (grouped by speaker in `bySpeaker`) after `change`. */
export function quotesAfter(
  quotes: readonly Quote[],
  bySpeaker: ReadonlyMap<string, readonly Quote[]>,
  change: QuoteChange,
): QuotesAfter {
  return finish(quoteChangeSteps(quotes, bySpeaker, change));
}

/** `quotesAfter` in steps (see steps.ts). */
export function* quoteChangeSteps(
  quotes: readonly Quote[],
  bySpeaker: ReadonlyMap<string, readonly Quote[]>,
  change: QuoteChange,
): Steps<QuotesAfter> {
  const { removed, articles } = change;
  const touched = new Set<string>();
  /** Base quotes that changed: their new version, or null when gone. */
  const changed = new Map<Quote, Quote | null>();
  let lastId = 0;
  let n = 0;
  for (const q of quotes) {
    if (++n % (STEP * 8) === 0) yield;
    lastId = Math.max(lastId, Number(q.id.slice(1)) || 0);
    if (!q.articleIds.some((id) => removed.has(id))) continue;
    touched.add(q.speakerKey);
    const left = q.articleIds.filter((id) => !removed.has(id));
    changed.set(q, left.length === 0 ? null : { ...q, ...newestFirst(left, articles) });
  }
  const fresh: Quote[] = [];
  // The added articles' quotes merged among themselves first, as a whole build would merge them.
  for (const q of yield* mergeSteps(change.drafts, change.added)) {
    if (++n % 64 === 0) yield;
    touched.add(q.speakerKey);
    const draft: Draft = { ...q, flat: comparable(q.text), edges: edgeKeys(comparable(q.text)) };
    const same =
      q.speakerKind === 'unknown'
        ? undefined
        : (bySpeaker.get(q.speakerKey) ?? []).find((old) => {
            const now = changed.has(old) ? changed.get(old) : old;
            return now != null && sameWords(now, draft);
          });
    const current = same && (changed.get(same) ?? same);
    if (same && current) changed.set(same, joined(current, draft, articles));
    else fresh.push({ ...q, id: `q${++lastId}` });
  }
  const after: Quote[] = [];
  for (const q of quotes) {
    if (++n % (STEP * 8) === 0) yield;
    const now = changed.has(q) ? changed.get(q) : q;
    if (now) after.push(now);
  }
  return { quotes: after.concat(fresh), touched };
}
