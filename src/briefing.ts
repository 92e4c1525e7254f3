/** The platform-neutral answer every command returns (DESIGN.md §3); renderers turn it into messages. */
import type { Article } from './corpus/types.ts';

export type BriefingKind =
  | 'status'
  | 'quotes'
  | 'search'
  | 'sources'
  | 'timeline'
  | 'who'
  | 'digest'
  | 'help'
  | 'error'
  /** One new development of a story, posted to the channels that subscribed to its alerts. */
  | 'alert'
  /** A channel's subscriptions, or what a subscribe/unsubscribe changed. */
  | 'subscriptions';

export interface SourceRef {
  articleId: string;
  outlet: string;
  title: string;
  published?: string;
  url?: string;
}

export interface BriefingItem {
  /** A sentence or quote, verbatim from the article (whitespace may be normalised). */
  text: string;
  /** Canonical speaker name, for quotes. */
  speaker?: string;
  /** When it happened, for timeline items ("2018-10-07", "2018-08", "week of 2018-09-19"). */
  when?: string;
  /** At least one for every factual item. */
  sources: SourceRef[];
  /** The story (its keyword) the item comes from, when an answer spans several stories. */
  story?: string;
}

/**
 * The rest of a long answer: the same command from `offset` on. The chat renderers make it a button that
 * shows the next page to whoever presses it.
 */
export interface NextPage {
  command: 'quote' | 'who' | 'sources';
  /** The story asked; absent for `/quote` across every story. */
  story?: string;
  /** The `/quote` query. */
  query?: string;
  offset: number;
  /** Items from `offset` on. */
  remaining: number;
}

export interface Briefing {
  kind: BriefingKind;
  title: string;
  items: BriefingItem[];
  note?: string;
  next?: NextPage;
}

/** The citation for an article. */
export function sourceRef(article: Article): SourceRef {
  return {
    articleId: article.id,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    ...(article.url ? { url: article.url } : {}),
  };
}

/** An `error` briefing: a short message and what to do, never a stack trace. */
export function errorBriefing(title: string, note: string): Briefing {
  return { kind: 'error', title, items: [], note };
}
