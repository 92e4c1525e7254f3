/**
 * Retrying a post: 429 waits the platform's retry_after; 5xx and network errors back off exponentially
 * with full jitter; anything else (a wrong channel, a bad token) fails at once. Bounded in attempts.
 */

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onRetry?: (info: { attempt: number; waitMs: number; reason: string }) => void;
}

export const DEFAULT_RETRY = { attempts: 6, baseMs: 1000, maxMs: 60_000 } as const;

interface PlatformError {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  status?: number;
  message?: string;
}

/** What to do about an error: wait this long and retry, or give up. */
export function classify(error: unknown): { retry: boolean; waitMs?: number; reason: string } {
  const e = (error ?? {}) as PlatformError;
  const status = e.statusCode ?? e.status;
  if (typeof e.retryAfter === 'number')
    return { retry: true, waitMs: e.retryAfter * 1000, reason: 'rate limited (429)' };
  if (status === 429) return { retry: true, reason: 'rate limited (429)' };
  if (typeof status === 'number' && status >= 500) return { retry: true, reason: `server error (${status})` };
  const network = [
    'slack_webapi_request_error',
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
  ];
  if (e.code && network.includes(e.code)) return { retry: true, reason: `network error (${e.code})` };
  return { retry: false, reason: e.message ?? String(error) };
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const verdict = classify(error);
      if (!verdict.retry || attempt >= options.attempts) throw error;
      const backoff = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
      const waitMs = verdict.waitMs ?? Math.round(options.random() * backoff);
      options.onRetry?.({ attempt, waitMs, reason: verdict.reason });
      await options.sleep(waitMs);
    }
  }
}
