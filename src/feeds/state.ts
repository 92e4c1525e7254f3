/**
 * What the poller remembers between polls, behind a small interface so the state can live in a file (one
 * process, the default) or a database (several processes; issue 19). Records are plain JSON values.
 */

/** One entry of a feed's latest document. */
export interface ItemRecord {
  /** Hash of the entry's title, summary, content, link and dates: a change means its page is fetched again. */
  entryHash: string;
  /** The corpus file the entry's article lives in; absent when the entry was skipped for good. */
  file?: string;
  /** Why the entry was skipped for good (a PDF, a page with no article): not fetched again until it changes. */
  skipped?: string;
}

export interface FeedRecord {
  url: string;
  /** Validators of the last complete fetch, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  /** The last failure's reason (kept after a success, for `/summit sources`); cleared by `failures: 0`. */
  lastError?: string;
  /** Failures in a row: the backoff grows with it. */
  failures: number;
  /** Not polled before this time (backoff after failures, or the server's Retry-After). */
  nextPollAfter?: string;
  /** The entries of the latest document, by item key (GUID, else link, else title). */
  items: Record<string, ItemRecord>;
}

/** One stored article: a corpus file and the ways it can be recognised again. */
export interface ArticleRecord {
  /** Corpus file name (`<slug>-<hash>.md`), relative to the corpus folder. */
  file: string;
  /** Address keys (see `urlKey`) that reach this article: feed links, redirect targets, canonical links. */
  urlKeys: string[];
  /** Hash of the article's comparable text: the same text under another address is the same article. */
  textHash: string;
  feedUrl: string;
  guid?: string;
  fetchedAt: string;
  updatedAt?: string;
}

export interface FeedStateStore {
  feed(url: string): Promise<FeedRecord | undefined>;
  feeds(): Promise<FeedRecord[]>;
  saveFeed(record: FeedRecord): Promise<void>;
  articleByUrlKey(key: string): Promise<ArticleRecord | undefined>;
  articleByTextHash(hash: string): Promise<ArticleRecord | undefined>;
  /** Adds or replaces the record of `record.file`. */
  saveArticle(record: ArticleRecord): Promise<void>;
  /** Waits for pending writes. */
  close(): Promise<void>;
}

export function emptyFeedRecord(url: string): FeedRecord {
  return { url, failures: 0, items: {} };
}
