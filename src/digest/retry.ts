/**
 * Retrying a post: 429 waits the platform's retry_after; 5xx and network errors back off exponentially
 * with full jitter; anything else (a wrong channel, a bad token) fails at once. Bounded in attempts. The
 * adapters translate their SDK's errors into PlatformError (adapters/platformErrors.ts).
 */
import { PlatformError } from '../errors.ts';

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onRetry?: (info: { attempt: number; waitMs: number; reason: string }) => void;
}

export const DEFAULT_RETRY = { attempts: 6, baseMs: 1000, maxMs: 60_000 } as const;

/** What to do about an error: wait this long and retry, or give up. Only PlatformErrors are retried. */
export function classify(error: unknown): { retry: boolean; waitMs?: number; reason: string } {
  if (!(error instanceof PlatformError))
    return { retry: false, reason: (error as Error)?.message ?? String(error) };
  if (!error.retryable) return { retry: false, reason: error.message };
  return {
    retry: true,
    ...(error.details.retryAfterMs !== undefined ? { waitMs: error.details.retryAfterMs } : {}),
    reason: error.message,
  };
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
