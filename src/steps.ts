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
}

const DEFAULT_SLICE_MS = 10;

/** Lets every callback that is ready run (I/O, timers, other slices) before continuing. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs the steps in slices of about `sliceMs`, giving the event loop a turn between slices. */
export async function inSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  let started = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - started >= sliceMs) {
      await turn();
      const waiting = options.pause?.();
      // Only the wait matters here: whoever started that work handles its outcome.
      if (waiting) await Promise.allSettled([waiting]);
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
