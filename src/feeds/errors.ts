/**
 * Why a feed, a page or an item could not be used: typed values with a code (src/errors.ts), returned
 * rather than thrown, so one bad feed or page is reported and skipped while the others go on. Plain values,
 * not Error objects: they cross the extraction worker's thread boundary.
 */
import type { ErrorCode } from '../errors.ts';

/**
 * The codes of src/errors.ts that feeds use: not http(s); a loopback/private/link-local host
 * (`polling.allowPrivateAddresses`); no URL; no complete answer in time; a body over
 * `polling.maxBodyBytes`; too many redirects or a loop; a 4xx/5xx other than the next; 429, or 503 with
 * Retry-After; a PDF, image or other content that is not HTML/XML/JSON; a network failure; a body that
 * is no feed; a page (and entry) without article text; a page whose extraction ran over the time limit.
 */
export type FeedErrorCode =
  | ErrorCode.FeedUnsupportedScheme
  | ErrorCode.FeedPrivateAddress
  | ErrorCode.FeedInvalidUrl
  | ErrorCode.FeedTimeout
  | ErrorCode.FeedTooLarge
  | ErrorCode.FeedTooManyRedirects
  | ErrorCode.FeedRedirectLoop
  | ErrorCode.FeedHttpStatus
  | ErrorCode.FeedRateLimited
  | ErrorCode.FeedUnsupportedContent
  | ErrorCode.FeedNetwork
  | ErrorCode.FeedMalformed
  | ErrorCode.FeedNoArticle
  | ErrorCode.FeedTooSlow;

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
