/** At most N requests at once to any one host, however many feeds and pages point at it. */
import pLimit, { type LimitFunction } from 'p-limit';

export class HostLimiter {
  readonly #limits = new Map<string, LimitFunction>();

  constructor(readonly perHost: number) {}

  /** Runs `task` when the host of `url` has a free slot. */
  run<T>(url: string, task: () => Promise<T>): Promise<T> {
    let host: string;
    try {
      host = new URL(url).host.toLowerCase();
    } catch {
      host = '';
    }
    let limit = this.#limits.get(host);
    if (!limit) {
      limit = pLimit(this.perHost);
      this.#limits.set(host, limit);
    }
    return limit(task);
  }
}
