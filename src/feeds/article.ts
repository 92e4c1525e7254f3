/**
 * One feed entry → the article to store: its page fetched and extracted, the feed's own content used when
 * the page fails or holds less, metadata reconciled, addresses and text reduced to the keys duplicates are
 * recognised by.
 */
import { ErrorCode } from '../errors.ts';
import { createHash } from 'node:crypto';
import { type FeedError, isFeedError } from './errors.ts';
import { comparableText, type ExtractedPage } from './extract.ts';
import { htmlParagraphs } from './html.ts';
import type { ArticleMetadata } from './metadata.ts';
import { reconcileMetadata, standfirstOf } from './metadata.ts';
import type { FeedItem } from './parse.ts';
import { cleanUrl, urlKey } from './urls.ts';

export interface CandidateArticle {
  metadata: ArticleMetadata;
  /** The address to store: the page's canonical link (same host), else where the link led; none without a link. */
  url?: string;
  /** Where the link led (tracking parameters removed): the address to store if the canonical one is taken. */
  landedUrl?: string;
  /**
   * Keys of the addresses this entry was reached by (its link, where that led) and of the entry itself
   * (feed + GUID, see `entryKey`): an article stored under one of them is this article. The canonical link
   * is not among them: a page may name another page as canonical.
   */
  lookupKeys: string[];
  /** Every key to remember for the article, the canonical link's included. */
  urlKeys: string[];
  paragraphs: string[];
  textHash: string;
  /** Where the text came from. */
  source: 'page' | 'feed';
}

export function sha256(text: string, chars = 32): string {
  return createHash('sha256').update(text).digest('hex').slice(0, chars);
}

/** The entry's identity within its feed, as a key beside the address keys: "entry:<feed>#<guid>". */
export function entryKey(feedUrl: string, item: FeedItem): string {
  return `entry:${feedUrl}#${item.key}`;
}

/** What the feed says about an entry; when it changes, the page is fetched again. */
export function entryHash(item: FeedItem): string {
  return sha256(
    JSON.stringify([item.title, item.summary, item.contentHtml, item.link, item.published, item.updated]),
  );
}

/** Errors worth trying again at the next poll (the server or the network may recover). */
export function isTransient(error: FeedError): boolean {
  if (
    error.code === ErrorCode.FeedTimeout ||
    error.code === ErrorCode.FeedNetwork ||
    error.code === ErrorCode.FeedRateLimited
  )
    return true;
  return (
    error.code === ErrorCode.FeedHttpStatus &&
    (error.status === undefined || error.status >= 500 || error.status === 408)
  );
}

const letters = (paragraphs: readonly string[]) =>
  paragraphs.reduce((n, p) => n + comparableText(p).length, 0);

function sameSite(a: string, b: string): boolean {
  try {
    const host = (u: string) => new URL(u).hostname.replace(/^www\./, '');
    return host(a) === host(b);
  } catch {
    return false;
  }
}

/**
 * Builds the article of `item` from its extracted page (with the address it was fetched from), or the
 * error that kept it from being fetched or extracted, and the feed's content. Returns the error to report
 * when neither holds article text.
 */
export function buildCandidate(input: {
  item: FeedItem;
  page: (ExtractedPage & { url: string }) | FeedError | undefined;
  feedUrl: string;
  feedTitle?: string;
  configuredOutlet?: string;
  /** Whole paragraphs that are page furniture ("Advertisement"), from the cleaning config. */
  isFurniture: (paragraph: string) => boolean;
}): CandidateArticle | FeedError {
  const { item, page } = input;
  const extracted = page && !isFeedError(page) ? page : undefined;
  const fromPage = (extracted?.paragraphs ?? []).filter((p) => !input.isFurniture(p));
  const fromFeed = item.contentHtml
    ? htmlParagraphs(item.contentHtml).filter((p) => !input.isFurniture(p))
    : [];
  const useFeed = letters(fromFeed) > letters(fromPage);
  const paragraphs = useFeed ? fromFeed : fromPage;
  if (paragraphs.length === 0) {
    if (isFeedError(page)) return page;
    return {
      code: ErrorCode.FeedNoArticle,
      reason: `no article text on ${item.link ?? 'the entry'}${item.contentHtml ? ' nor in the feed entry' : ''}`,
    };
  }
  const fetchedUrl = page && !isFeedError(page) ? page.url : undefined;
  const landed = fetchedUrl ?? item.link;
  const canonical = extracted?.metadata.canonicalUrl;
  const chosen = canonical && landed && sameSite(canonical, landed) ? canonical : landed;
  const url = chosen ? cleanUrl(chosen) : undefined;
  const reconciled = reconcileMetadata({
    item,
    page: extracted?.metadata ?? {},
    ...(input.configuredOutlet ? { configuredOutlet: input.configuredOutlet } : {}),
    ...(input.feedTitle ? { feedTitle: input.feedTitle } : {}),
    url: url ?? input.feedUrl,
  });
  const standfirst = useFeed ? undefined : standfirstOf(extracted?.metadata.description, paragraphs);
  const metadata = standfirst ? { ...reconciled, standfirst } : reconciled;
  const reached = [
    ...[item.link, fetchedUrl].filter((u): u is string => typeof u === 'string').map(urlKey),
    entryKey(input.feedUrl, item),
  ];
  return {
    metadata,
    ...(url ? { url } : {}),
    ...(landed ? { landedUrl: cleanUrl(landed) } : {}),
    lookupKeys: [...new Set(reached)],
    urlKeys: [...new Set([...(url ? [urlKey(url)] : []), ...reached])],
    paragraphs,
    textHash: sha256(comparableText(paragraphs.join(' '))),
    source: useFeed ? 'feed' : 'page',
  };
}
