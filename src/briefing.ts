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
  | 'error';

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
}

export interface Briefing {
  kind: BriefingKind;
  title: string;
  items: BriefingItem[];
  note?: string;
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
