/**
 * Errors as values with codes, in the manner of bolt-js's `errors.ts`: one string `ErrorCode` enum, one small
 * class (or plain typed value, where the error must cross a worker thread or be printed as JSON) per kind.
 * Callers branch on `code`, never on message text. To add a code: add it to the enum and, if it needs its
 * own fields, a class or value type below.
 */

export enum ErrorCode {
  // Corpus loading: each skipped file (or the folder itself) carries one of these.
  CorpusUnreadable = 'newsdesk_corpus_unreadable',
  FileUnreadable = 'newsdesk_file_unreadable',
  FileNotArticle = 'newsdesk_file_not_article',
  FileTooLarge = 'newsdesk_file_too_large',
  FileEmpty = 'newsdesk_file_empty',
  FileBinary = 'newsdesk_file_binary',
  FileNotUtf8 = 'newsdesk_file_not_utf8',
  FrontMatterInvalid = 'newsdesk_front_matter_invalid',
  NoArticleText = 'newsdesk_no_article_text',
  DuplicateArticleId = 'newsdesk_duplicate_article_id',

  // Configuration and start-up.
  ConfigInvalid = 'newsdesk_config_invalid',
  StartupFailed = 'newsdesk_startup_failed',

  // Digest state and claims.
  StateUnwritable = 'newsdesk_state_unwritable',
  StateCorrupt = 'newsdesk_state_corrupt',
  StateLockFailed = 'newsdesk_state_lock_failed',
  ClaimLost = 'newsdesk_claim_lost',
  // The PostgreSQL state (DATABASE_URL): unreachable or refusing, or its schema could not be migrated.
  DatabaseUnavailable = 'newsdesk_database_unavailable',
  MigrationFailed = 'newsdesk_migration_failed',

  // Platform calls (Slack Web API, Discord REST), as the adapters report them.
  PlatformRateLimited = 'newsdesk_platform_rate_limited',
  PlatformServerError = 'newsdesk_platform_server_error',
  PlatformNetworkError = 'newsdesk_platform_network_error',
  PlatformRejected = 'newsdesk_platform_rejected',

  // Chat answers: shutting down, requests were still unanswered when shutdown.drainSeconds ran out.
  DrainTimedOut = 'newsdesk_drain_timed_out',

  // Feeds (src/feeds): why a feed, a page or an entry could not be used; it is reported and skipped.
  FeedUnsupportedScheme = 'newsdesk_feed_unsupported_scheme',
  FeedPrivateAddress = 'newsdesk_feed_private_address',
  FeedInvalidUrl = 'newsdesk_feed_invalid_url',
  FeedTimeout = 'newsdesk_feed_timeout',
  FeedTooLarge = 'newsdesk_feed_too_large',
  FeedTooManyRedirects = 'newsdesk_feed_too_many_redirects',
  FeedRedirectLoop = 'newsdesk_feed_redirect_loop',
  FeedHttpStatus = 'newsdesk_feed_http_status',
  FeedRateLimited = 'newsdesk_feed_rate_limited',
  FeedUnsupportedContent = 'newsdesk_feed_unsupported_content',
  FeedNetwork = 'newsdesk_feed_network',
  FeedMalformed = 'newsdesk_feed_malformed',
  FeedNoArticle = 'newsdesk_feed_no_article',
  FeedTooSlow = 'newsdesk_feed_too_slow',
  FeedStateInUse = 'newsdesk_feed_state_in_use',
}

/** Any error this project raises on purpose: it has a code. */
export interface CodedError extends Error {
  code: ErrorCode;
}

export function isCodedError(error: unknown): error is CodedError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    Object.values(ErrorCode).includes((error as CodedError).code)
  );
}

/** The codes a skipped corpus file (or an unreadable folder) can carry. */
export type LoadErrorCode =
  | ErrorCode.CorpusUnreadable
  | ErrorCode.FileUnreadable
  | ErrorCode.FileNotArticle
  | ErrorCode.FileTooLarge
  | ErrorCode.FileEmpty
  | ErrorCode.FileBinary
  | ErrorCode.FileNotUtf8
  | ErrorCode.FrontMatterInvalid
  | ErrorCode.NoArticleText
  | ErrorCode.DuplicateArticleId;

/** An invalid configuration or environment; the message names the file or variable and the field. */
export class ConfigError extends Error implements CodedError {
  override name = 'ConfigError';
  readonly code = ErrorCode.ConfigInvalid;
}

/** Stops start-up with a message for the operator (no stack trace): what failed and what to check. */
export class StartupError extends Error implements CodedError {
  override name = 'StartupError';
  readonly code = ErrorCode.StartupFailed;
}

/**
 * The state cannot be read, written or locked; `path` names the file or folder (for the database, its URL
 * without the password).
 */
export class StateError extends Error implements CodedError {
  override name = 'StateError';
  constructor(
    readonly code:
      | ErrorCode.StateUnwritable
      | ErrorCode.StateCorrupt
      | ErrorCode.StateLockFailed
      | ErrorCode.DatabaseUnavailable
      | ErrorCode.MigrationFailed,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A digest claim was taken over by another owner (its lease ran out while this one still held it). */
export class ClaimLostError extends Error implements CodedError {
  override name = 'ClaimLostError';
  readonly code = ErrorCode.ClaimLost;
}

export type PlatformErrorCode =
  | ErrorCode.PlatformRateLimited
  | ErrorCode.PlatformServerError
  | ErrorCode.PlatformNetworkError
  | ErrorCode.PlatformRejected;

/**
 * A failed call to Slack or Discord, translated by the adapter: rate limits carry `retryAfterMs`, server
 * errors their HTTP status, rejections the platform's own error string (`channel_not_found`).
 */
export class PlatformError extends Error implements CodedError {
  override name = 'PlatformError';
  constructor(
    readonly code: PlatformErrorCode,
    message: string,
    readonly details: { platform: 'slack' | 'discord'; status?: number; retryAfterMs?: number } = {
      platform: 'slack',
    },
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Whether trying the same call again later can succeed. */
  get retryable(): boolean {
    return this.code !== ErrorCode.PlatformRejected;
  }
}
