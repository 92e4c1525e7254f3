/**
 * Errors of the chat platforms as values with codes, in the manner of bolt-js's `ErrorCode`: logged with
 * their code, so an operator can search for one kind of failure. (To be folded into src/errors.ts.)
 */
export enum PlatformErrorCode {
  /** Slack's response_url refused or did not take an answer. */
  SlackRespondFailed = 'slack_respond_failed',
  /** Discord refused an interaction reply, edit or follow-up. */
  DiscordReplyFailed = 'discord_reply_failed',
  /** Even the short "that did not work" answer could not be sent. */
  DiscordFallbackFailed = 'discord_fallback_failed',
  /** Shutting down, some requests were still unanswered when the drain time ran out. */
  DrainTimedOut = 'drain_timed_out',
}

export class PlatformError extends Error {
  override name = 'PlatformError';

  constructor(
    readonly code: PlatformErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The message of whatever was thrown, for a log line (never the whole object: it may hold a token). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
