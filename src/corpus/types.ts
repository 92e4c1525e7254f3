/** The corpus data model: what loading produces and the index consumes. */
import type { LoadErrorCode } from '../errors.ts';

export interface Sentence {
  /** Stable id: `<articleId>#<paragraph>.<sentence>`. */
  id: string;
  articleId: string;
  paragraph: number;
  /** Position of the sentence in the whole article, from 0. */
  position: number;
  text: string;
}

export interface Article {
  /** File name without extension. */
  id: string;
  path: string;
  outlet: string;
  title: string;
  /** ISO date (YYYY-MM-DD); absent when neither front matter nor the page gives one. */
  published?: string;
  /** True when `published` came from the page's text rather than front matter. */
  publishedInferred: boolean;
  /**
   * The other reading of a numeric date the page could not settle ("10/03/2026": 3 October or 10 March);
   * the loader takes it where the story's other articles are dated nearer it (`settleDateReadings`).
   */
  publishedOtherReading?: string;
  /**
   * "03-11": the day a wire dateline names on a page that gives no year; the loader dates the article in the
   * year that puts it nearest the story's other articles, within a month (`settleDateReadings`).
   */
  publishedMonthDay?: string;
  url?: string;
  /**
   * The one-sentence summary under the headline, without a full stop (front matter `standfirst`, or read
   * from the page): not part of the article's paragraphs; the status may quote it.
   */
  standfirst?: string;
  /**
   * The editors' list of key points above the article, each without a full stop (front matter `keyPoints`,
   * or read from the page: metadata/keyPoints.ts); like the standfirst, not part of the paragraphs.
   */
  keyPoints?: string[];
  /** Cleaned paragraphs, each a list of sentences. */
  paragraphs: string[][];
  sentences: Sentence[];
  mtimeMs: number;
  /** File size in bytes; with `mtimeMs`, how a reload tells an unchanged file without reading it. */
  bytes: number;
}

/** A file (or the folder) that could not be loaded: a plain value, so it crosses worker threads and JSON. */
export interface LoadError {
  code: LoadErrorCode;
  file: string;
  reason: string;
}

export interface LoadResult {
  articles: Article[];
  errors: LoadError[];
}
