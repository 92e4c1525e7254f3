/** When a failing feed is polled again: doubling from the minimum to the maximum, or later if the server asks. */

export interface BackoffSettings {
  backoffMinMinutes: number;
  backoffMaxMinutes: number;
  /** Fraction of spread either way, so feeds that failed together do not retry together. */
  jitter: number;
}

/** The longest Retry-After honoured: a server asking for more is asked again after a day. */
const MAX_RETRY_AFTER_MS = 24 * 3600_000;

export function nextPollAfter(input: {
  failures: number;
  retryAfterMs?: number;
  now: Date;
  random: () => number;
  settings: BackoffSettings;
}): Date {
  const { settings, failures } = input;
  const minutes = Math.min(
    settings.backoffMaxMinutes,
    settings.backoffMinMinutes * 2 ** Math.max(0, failures - 1),
  );
  const spread = 1 + settings.jitter * (2 * input.random() - 1);
  const backoffMs = minutes * 60_000 * spread;
  const serverMs = Math.min(input.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
  return new Date(input.now.getTime() + Math.max(backoffMs, serverMs));
}
