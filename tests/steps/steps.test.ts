import { describe, expect, it } from 'vitest';
import { finish, inSlices, sortSteps } from '../../src/steps.ts';

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
