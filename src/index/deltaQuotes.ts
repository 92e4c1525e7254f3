/**
 * The quotes of a delta snapshot (index/delta.ts) in time proportional to the change. A change compares an
 * added quote only with the quotes of its own speaker (quotes/quoteChanges.ts), so when no article is
 * removed, the quotes of the speakers the added articles quote are all that it can touch: the change is
 * worked out on those alone and put into the base's list in place, instead of going over the corpus's
 * quotes (50–80 ms at 10,000 articles, the largest part of an add). A change that removes articles goes
 * over every quote: the quotes a removed article carries can be anyone's, or no one's.
 */
import type { Article } from '../corpus/types.ts';
import type { Draft, Quote } from '../quotes/catalog.ts';
import { quoteChangeSteps } from '../quotes/quoteChanges.ts';
import { STEP, type Steps } from '../steps.ts';
import { compareQuotes, type NewsIndex } from './newsIndex.ts';

export interface QuoteDelta {
  base: Pick<NewsIndex, 'quotes' | 'quotesBySpeaker'>;
  /** Ids of the articles removed (or replaced by a new version). */
  gone: ReadonlySet<string>;
  /** The articles added (or the new versions), and the drafts of their quotes. */
  added: readonly Article[];
  drafts: Draft[];
  /** Every article after the change, by id. */
  articles: ReadonlyMap<string, Article>;
  /** The base's highest quote number (`lastQuoteSteps`); found here when not given. */
  lastQuote?: number;
}

export interface QuotesAfterDelta {
  quotes: Quote[];
  quotesBySpeaker: Map<string, readonly Quote[]>;
  /** Speaker keys whose quotes changed. */
  touched: Set<string>;
}

/** Quote ids are "q" and a number (quotes/catalog.ts numbers them as it merges). */
function quoteNumber(quote: Quote): number {
  return Number(quote.id.slice(1)) || 0;
}

/** The highest quote number of a list: new quotes are numbered after it. */
export function* lastQuoteSteps(quotes: readonly Quote[]): Steps<number> {
  let last = 0;
  for (let i = 0; i < quotes.length; i++) {
    last = Math.max(last, quoteNumber(quotes[i] as Quote));
    if (i % (STEP * 8) === STEP * 8 - 1) yield;
  }
  return last;
}

/** The base's quotes per speaker with the lists of the touched speakers made again from `quotes`. */
function* regroup(
  base: ReadonlyMap<string, readonly Quote[]>,
  quotes: readonly Quote[],
  touched: ReadonlySet<string>,
): Steps<Map<string, readonly Quote[]>> {
  const next = new Map(base);
  const lists = new Map<string, Quote[]>();
  for (const key of touched) if (key !== '') lists.set(key, []);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as Quote;
    if (q.speakerKind !== 'unknown') lists.get(q.speakerKey)?.push(q);
    if (i % (STEP * 16) === STEP * 16 - 1) yield;
  }
  for (const [key, list] of lists) {
    if (list.length === 0) next.delete(key);
    else next.set(key, list.sort(compareQuotes));
  }
  return next;
}

/** The base's quotes with some replaced by their new versions, then the new quotes. */
function* replaceSteps(
  quotes: readonly Quote[],
  replaced: ReadonlyMap<Quote, Quote>,
  fresh: readonly Quote[],
): Steps<Quote[]> {
  if (replaced.size === 0) return quotes.concat(fresh);
  const out = quotes.slice();
  // A few replacements are found by the engine's own search; many in one pass over the list.
  if (replaced.size <= 16) {
    for (const [old, now] of replaced) out[out.indexOf(old)] = now;
  } else {
    for (let i = 0; i < out.length; i++) {
      const now = replaced.get(out[i] as Quote);
      if (now) out[i] = now;
      if (i % (STEP * 8) === STEP * 8 - 1) yield;
    }
  }
  return out.concat(fresh);
}

/** The quotes after a change that removes nothing, from the quotes of the speakers it quotes; see the module comment. */
function* addedOnlySteps(input: QuoteDelta): Steps<QuotesAfterDelta | undefined> {
  const { base, drafts } = input;
  const speakers = new Set<string>();
  for (const d of drafts) if (d.speakerKind !== 'unknown') speakers.add(d.speakerKey);
  const scope: Quote[] = [];
  for (const key of speakers) for (const q of base.quotesBySpeaker.get(key) ?? []) scope.push(q);
  // Merging changes the drafts it merges: copies, so that the change can still be worked out in full.
  const copies = drafts.map((d) => ({ ...d, articleIds: [...d.articleIds] }));
  const { quotes: after, touched } = yield* quoteChangeSteps(scope, base.quotesBySpeaker, {
    removed: input.gone,
    added: input.added,
    drafts: copies,
    articles: input.articles,
  });
  // Nothing removed: every quote of the scope comes back in its place (itself or its new version, same
  // id), and the new quotes follow. Anything else is not worked out here.
  if (after.length < scope.length) return undefined;
  const replaced = new Map<Quote, Quote>();
  for (let i = 0; i < scope.length; i++) {
    const old = scope[i] as Quote;
    const now = after[i] as Quote;
    if (now.id !== old.id) return undefined;
    if (now !== old) replaced.set(old, now);
  }
  // Numbered after the base's highest number, as a change worked out on every quote numbers them.
  let last = input.lastQuote ?? (yield* lastQuoteSteps(base.quotes));
  const fresh = after.slice(scope.length).map((q) => ({ ...q, id: `q${++last}` }));
  const quotes = yield* replaceSteps(base.quotes, replaced, fresh);
  const quotesBySpeaker = yield* regroup(
    base.quotesBySpeaker,
    [...after.slice(0, scope.length), ...fresh],
    touched,
  );
  return { quotes, quotesBySpeaker, touched };
}

/** The quotes after a change (see the module comment). */
export function* deltaQuoteSteps(input: QuoteDelta): Steps<QuotesAfterDelta> {
  if (input.gone.size === 0) {
    const done = yield* addedOnlySteps(input);
    if (done) return done;
  }
  const { base } = input;
  const { quotes, touched } = yield* quoteChangeSteps(base.quotes, base.quotesBySpeaker, {
    removed: input.gone,
    added: input.added,
    drafts: input.drafts,
    articles: input.articles,
  });
  const quotesBySpeaker = yield* regroup(base.quotesBySpeaker, quotes, touched);
  return { quotes, quotesBySpeaker, touched };
}
