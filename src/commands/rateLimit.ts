/** Per-user rate limit: a sliding window of recent command times per user (config rateLimit.*). */

export class RateLimiter {
  readonly #hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly now: () => number = Date.now,
  ) {}

  /**
   * Records a command by `user` and says whether it may run. When not, `retryAfterMs` is how long until
   * the oldest command in the window expires.
   */
  take(user: string): { allowed: boolean; retryAfterMs: number } {
    const t = this.now();
    const recent = (this.#hits.get(user) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.limit) {
      this.#hits.set(user, recent);
      return { allowed: false, retryAfterMs: this.windowMs - (t - (recent[0] as number)) };
    }
    recent.push(t);
    this.#hits.set(user, recent);
    // Forget idle users so the map does not grow without bound.
    if (this.#hits.size > 10_000) {
      for (const [u, hits] of this.#hits) if (hits.every((h) => t - h >= this.windowMs)) this.#hits.delete(u);
    }
    return { allowed: true, retryAfterMs: 0 };
  }
}
