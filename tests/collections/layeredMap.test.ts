import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../src/collections/layeredMap.ts';

type Op = { kind: 'set'; key: number; value: string } | { kind: 'delete'; key: number };

const ops = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('set' as const), key: fc.nat(12), value: fc.string({ maxLength: 3 }) }),
    fc.record({ kind: fc.constant('delete' as const), key: fc.nat(12) }),
  ),
  { maxLength: 40 },
);

describe('LayeredMap', () => {
  it('reads as a copy of its base changed the same way would, and leaves the base alone', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(12)), ops, (keys, changes: Op[]) => {
        const base = new Map(keys.map((k) => [k, `base-${k}`]));
        const before = [...base];
        const copy = new Map(base);
        const layered = new LayeredMap(base);
        for (const op of changes) {
          if (op.kind === 'set') {
            copy.set(op.key, op.value);
            expect(layered.set(op.key, op.value)).toBe(layered);
          } else expect(layered.delete(op.key)).toBe(copy.delete(op.key));
        }
        expect(layered.size).toBe(copy.size);
        for (let k = 0; k <= 12; k++) {
          expect(layered.has(k)).toBe(copy.has(k));
          expect(layered.get(k)).toBe(copy.get(k));
        }
        // The same entries (the order is the base's keys first, then the new ones).
        const sorted = (entries: Iterable<[number, string]>) => [...entries].sort((a, b) => a[0] - b[0]);
        expect(sorted(layered)).toEqual(sorted(copy));
        expect([...layered.keys()].sort()).toEqual([...copy.keys()].sort());
        expect([...layered.values()].sort()).toEqual([...copy.values()].sort());
        const seen: [number, string][] = [];
        layered.forEach((value, key) => {
          seen.push([key, value]);
        });
        expect(sorted(seen)).toEqual(sorted(copy));
        expect([...base]).toEqual(before);
      }),
    );
  });

  it('lays over another layered map', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const first = new LayeredMap(base).set('c', 3);
    first.delete('a');
    const second = new LayeredMap(first).set('a', 4);
    second.delete('b');
    expect([...second]).toEqual([
      ['c', 3],
      ['a', 4],
    ]);
    expect([...first]).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
  });
});
