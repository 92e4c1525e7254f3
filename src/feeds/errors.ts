/**
 * Why a feed, a page or an item could not be used: typed values with a code, returned rather than thrown,
 * so one bad feed or page is reported and skipped while the others go on.
 */

export type FeedErrorCode =
  /** Not http(s): file:, data:, ftp: and the like are never fetched. */
  | 'unsupported-scheme'
  /** The host resolves to a loopback, private or link-local address (`feeds.allowPrivateAddresses`). */
  | 'private-address'
  | 'invalid-url'
  | 'timeout'
  /** The body passed `feeds.maxBodyBytes`; the download was cut off. */
  | 'too-large'
  | 'too-many-redirects'
  | 'redirect-loop'
  /** A 4xx/5xx answer other than 429/503 with Retry-After. */
  | 'http-status'
  /** 429, or 503 with Retry-After: the server asked us to wait. */
  | 'rate-limited'
  /** A PDF, an image, a video: not HTML, XML or JSON. */
  | 'unsupported-content'
  | 'network'
  | 'malformed-feed'
  /** The page held no article text (and the feed entry none either). */
  | 'no-article'
  /** Extracting the page took longer than the time limit (a pathological page); not tried again. */
  | 'too-slow'
  /** The feed is not polled before its backoff or Retry-After time has passed. */
  | 'backing-off'
  | 'write-failed';

export interface FeedError {
  code: FeedErrorCode;
  /** One line for logs and `/summit sources`: what happened, with the URL or value that caused it. */
  reason: string;
  /** HTTP status, when the server answered. */
  status?: number;
  /** How long the server asked us to wait (Retry-After), in milliseconds. */
  retryAfterMs?: number;
}

export function feedError(code: FeedErrorCode, reason: string, extra: Partial<FeedError> = {}): FeedError {
  return { code, reason, ...extra };
}

export function isFeedError(value: unknown): value is FeedError {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}
