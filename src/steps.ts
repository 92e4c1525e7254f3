/**
 * Long computations written once, run two ways. A computation is a generator that `yield`s between small
 * steps; `finish` runs it to the end at once (a CLI, a test, a worker), `inSlices` runs it a slice of
 * milliseconds at a time and lets the event loop run in between, so a bot indexing 10,000 articles still
 * acknowledges a Slack command within its 3 s. Both give the same result: it is the same code.
 */

/** A computation that yields (nothing) between steps and returns T. */
export type Steps<T> = Generator<void, T, undefined>;

/** Iterations of a cheap loop between two yields: a yield and a clock read cost far less than this many. */
export const STEP = 256;

/** Runs the steps to the end without giving the event loop a turn. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** How long one slice may run before the event loop gets a turn (default 10 ms). */
  sliceMs?: number;
  /**
   * Asked between slices: a promise to wait for before the next slice (more urgent work of the caller's,
   * such as applying a new article while a background rebuild runs), or undefined to go on.
   */
  pause?: () => Promise<unknown> | undefined;
  /** Aborts the computation between slices (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /**
   * Turns shared with the other computations of the same owner: one slice of theirs per turn of the event
   * loop, the first one included. Without it, each computation takes its own turn, and several running at
   * once each run a slice in the same turn (all their `setImmediate`s fire in one check phase).
   */
  turns?: SharedTurns;
}

const DEFAULT_SLICE_MS = 10;

/** Lets every callback that is ready run (I/O, timers, other slices) before continuing. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Turns of the event loop handed out one at a time: computations that share it (an index store's rebuild,
 * its deltas and derived answers) run one slice per turn between them, in the order they asked, so the
 * event loop is held for one slice at a time however many of them run at once.
 */
export class SharedTurns {
  readonly #waiting: (() => void)[] = [];
  #scheduled = false;

  /** Resolves on a turn of the event loop no other computation sharing these turns has taken. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#waiting.shift()?.();
      // Scheduled from within the check phase: the next one runs on the next turn.
      if (this.#waiting.length > 0) this.#schedule();
    });
  }
}

/** Runs the steps in slices of about `sliceMs`, giving the event loop a turn between slices. */
export async function inSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const { turns } = options;
  if (turns) await turns.next();
  let started = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - started >= sliceMs) {
      await (turns ? turns.next() : turn());
      const waiting = options.pause?.();
      // Only the wait matters here: whoever started that work handles its outcome.
      if (waiting) {
        await Promise.allSettled([waiting]);
        if (turns) await turns.next();
      }
      options.signal?.throwIfAborted();
      started = performance.now();
    }
  }
}

/**
 * A stable sort in steps (bottom-up merge sort): the same order as `[...items].sort(compare)`, which at
 * 10,000 articles holds the event loop for 50–150 ms in one piece.
 */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  let from = [...items];
  let to = new Array<T>(from.length);
  let moved = 0;
  for (let width = 1; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length);
      const hi = Math.min(lo + 2 * width, from.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // Ties take the left run first: stable.
        if (i < mid && (j >= hi || compare(from[i] as T, from[j] as T) <= 0)) to[k] = from[i++] as T;
        else to[k] = from[j++] as T;
      }
      moved += hi - lo;
      if (moved >= STEP * 16) {
        moved = 0;
        yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
