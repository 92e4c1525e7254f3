import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, indexOf } from '../helpers/corpus.ts';
import { readGold, scoreAttribution } from '../helpers/gold.ts';

describe('quote attribution against hand-annotated gold', () => {
  it('is 100 % precise with ≥ 90 % recall on the shipped corpus', async () => {
    const { index } = await indexOf();
    const score = scoreAttribution(index, readGold(path.join(FIXTURES, 'quotes/seeds.gold.json')));
    console.info(
      `seeds: precision ${score.correct}/${score.attributed}, recall ${score.found}/${score.goldNamed}`,
    );
    expect(score.errors.filter((e) => !e.startsWith('missed'))).toEqual([]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    'story2',
    'story3',
    'styles',
  ])('gives no quote to the wrong person on %s, another story, and finds nearly all', async (story) => {
    const { index } = await indexOf(path.join(FIXTURES, story));
    const score = scoreAttribution(index, readGold(path.join(FIXTURES, story, 'gold.json')));
    console.info(
      `${story}: precision ${score.correct}/${score.attributed}, recall ${score.found}/${score.goldNamed}`,
    );
    expect(score.errors.filter((e) => !e.startsWith('missed'))).toEqual([]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
