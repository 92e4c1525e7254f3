/**
 * A list read by position that a few items were appended to, without copying the list they were appended
 * to: a snapshot derived for one added article then costs that article's sentences, not a copy of the
 * 300,000 sentences of a 10,000-article index (the copy held the event loop for 15–40 ms of every add).
 */

/** What is read of a list by position: met by arrays and `AppendedList`. */
export interface PositionalList<T> extends Iterable<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

export class AppendedList<T> implements PositionalList<T> {
  readonly #base: PositionalList<T>;
  readonly #tail: readonly T[];

  constructor(base: PositionalList<T>, tail: readonly T[]) {
    this.#base = base;
    this.#tail = tail;
  }

  get length(): number {
    return this.#base.length + this.#tail.length;
  }

  at(index: number): T | undefined {
    if (!Number.isInteger(index) || index < 0) return undefined;
    const n = this.#base.length;
    return index < n ? this.#base.at(index) : this.#tail[index - n];
  }

  *[Symbol.iterator](): Iterator<T> {
    yield* this.#base;
    yield* this.#tail;
  }
}
