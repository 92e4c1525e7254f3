/** How long stopping waits for answers in flight by default: inside `docker stop`'s 10 s grace. */
export const DEFAULT_DRAIN_MS = 8000;

/** The requests an adapter is still answering, so that stopping can finish them before the process exits. */
export class InFlight {
  readonly #running = new Set<Promise<unknown>>();
  #closing = false;

  /** True once `drain` has been called: new requests should be turned away politely. */
  get closing(): boolean {
    return this.#closing;
  }

  get size(): number {
    return this.#running.size;
  }

  /** Runs `work` and keeps it counted until it settles. */
  track<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.#running.add(settled);
    void settled.then(() => this.#running.delete(settled));
    return running;
  }

  /**
   * Marks the adapter as closing and waits until every tracked request has settled (also those that start
   * while waiting), or `timeoutMs` has passed. Resolves with how many were still running.
   */
  async drain(timeoutMs: number): Promise<number> {
    this.#closing = true;
    const deadline = Date.now() + timeoutMs;
    while (this.#running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) break;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all([...this.#running]),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left);
        }),
      ]);
      clearTimeout(timer);
    }
    return this.#running.size;
  }
}
