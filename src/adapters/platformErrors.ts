/**
 * Slack's and Discord's SDK errors translated into PlatformError (errors.ts), so that retrying and
 * reporting do not depend on either SDK's error shapes.
 */
import { ErrorCode, PlatformError } from '../errors.ts';

interface SlackSdkError {
  code?: string;
  message?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
  original?: { code?: string; message?: string };
}

/** A @slack/web-api error (rate limited, HTTP, request or platform error) as a PlatformError. */
export function slackError(error: unknown, call: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const e = (error ?? {}) as SlackSdkError;
  const details = { platform: 'slack' as const };
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return new PlatformError(
        ErrorCode.PlatformRateLimited,
        `Slack ${call}: rate limited (429), retry after ${e.retryAfter ?? '?'} s`,
        {
          ...details,
          status: 429,
          ...(e.retryAfter !== undefined ? { retryAfterMs: e.retryAfter * 1000 } : {}),
        },
        { cause: error },
      );
    case 'slack_webapi_http_error': {
      const status = e.statusCode ?? 0;
      return new PlatformError(
        status >= 500 ? ErrorCode.PlatformServerError : ErrorCode.PlatformRejected,
        `Slack ${call}: HTTP ${status}`,
        { ...details, status },
        { cause: error },
      );
    }
    case 'slack_webapi_request_error':
      return new PlatformError(
        ErrorCode.PlatformNetworkError,
        `Slack ${call}: network error (${e.original?.code ?? e.original?.message ?? 'no answer'})`,
        details,
        { cause: error },
      );
    case 'slack_webapi_platform_error':
      return new PlatformError(
        ErrorCode.PlatformRejected,
        `Slack ${call}: ${e.data?.error ?? 'rejected'}`,
        details,
        { cause: error },
      );
    default:
      return new PlatformError(
        ErrorCode.PlatformNetworkError,
        `Slack ${call}: ${e.message ?? String(error)}`,
        details,
        { cause: error },
      );
  }
}

interface DiscordSdkError {
  name?: string;
  message?: string;
  status?: number;
  code?: number | string;
  /** RateLimitError (rejectOnRateLimit): milliseconds. */
  retryAfter?: number;
}

/** A discord.js REST error (DiscordAPIError, HTTPError, RateLimitError, or a failed fetch) as a PlatformError. */
export function discordError(error: unknown, call: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const e = (error ?? {}) as DiscordSdkError;
  const details = { platform: 'discord' as const };
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (e.name === 'RateLimitError' || status === 429)
    return new PlatformError(
      ErrorCode.PlatformRateLimited,
      `Discord ${call}: rate limited (429)`,
      {
        ...details,
        status: 429,
        ...(typeof e.retryAfter === 'number' ? { retryAfterMs: e.retryAfter } : {}),
      },
      { cause: error },
    );
  if (status !== undefined && status >= 500)
    return new PlatformError(
      ErrorCode.PlatformServerError,
      `Discord ${call}: HTTP ${status}`,
      { ...details, status },
      { cause: error },
    );
  if (status !== undefined)
    return new PlatformError(
      ErrorCode.PlatformRejected,
      `Discord ${call}: HTTP ${status} (${e.message ?? 'rejected'})`,
      { ...details, status },
      { cause: error },
    );
  return new PlatformError(
    ErrorCode.PlatformNetworkError,
    `Discord ${call}: network error (${e.message ?? String(error)})`,
    details,
    { cause: error },
  );
}
