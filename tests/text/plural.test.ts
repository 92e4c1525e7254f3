import { describe, expect, it } from 'vitest';
import { plural } from '../../src/text/plural.ts';

describe('plural', () => {
  it('counts with the regular plural, or the one given', () => {
    expect([plural(1, 'quote'), plural(0, 'quote'), plural(3, 'quote')]).toEqual([
      '1 quote',
      '0 quotes',
      '3 quotes',
    ]);
    expect([plural(1, 'person', 'people'), plural(2, 'person', 'people')]).toEqual(['1 person', '2 people']);
  });
});
