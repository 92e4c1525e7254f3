import { describe, expect, it } from 'vitest';
import { finish, inSlices, SharedTurns, type Steps, sortSteps } from '../../src/steps.ts';

describe('sortSteps', () => {
  it('sorts like Array.prototype.sort, ties kept in their order, whether run at once or in slices', async () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const size of [0, 1, 2, 3, 17, 1000, 5003]) {
      const items = Array.from({ length: size }, (_, i) => ({ key: Math.floor(rand() * 40), i }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      const expected = [...items].sort(byKey);
      expect(finish(sortSteps(items, byKey))).toEqual(expected);
      expect(await inSlices(sortSteps(items, byKey), { sliceMs: 0 })).toEqual(expected);
    }
  });
});

describe('SharedTurns', () => {
  /** A computation of `slices` steps of ~2 ms each, run a step per slice; notes the timer tick of each. */
  function* busy(slices: number, seen: number[], ticks: () => number): Steps<void> {
    for (let i = 0; i < slices; i++) {
      seen.push(ticks());
      const until = performance.now() + 2;
      while (performance.now() < until) {}
      yield;
    }
  }

  /** Runs three computations at once; how many slices ran between two ticks of a 1 ms timer, at most. */
  async function mostSlicesPerTurn(turns: SharedTurns | undefined): Promise<number> {
    let ticks = 0;
    let timer: NodeJS.Timeout;
    const tick = () => {
      ticks++;
      timer = setTimeout(tick, 1);
    };
    timer = setTimeout(tick, 1);
    const seen: number[] = [];
    const options = { sliceMs: 1, ...(turns ? { turns } : {}) };
    await Promise.all(
      [0, 1, 2].map(() =>
        inSlices(
          busy(6, seen, () => ticks),
          options,
        ),
      ),
    );
    clearTimeout(timer);
    const perTick = new Map<number, number>();
    for (const t of seen) perTick.set(t, (perTick.get(t) ?? 0) + 1);
    return Math.max(...perTick.values());
  }

  it('gives computations that share them one slice per turn of the event loop between them', async () => {
    expect(await mostSlicesPerTurn(new SharedTurns())).toBe(1);
  });

  it('is what keeps them apart: unshared, several run a slice in the same turn', async () => {
    expect(await mostSlicesPerTurn(undefined)).toBeGreaterThan(1);
  });
});
