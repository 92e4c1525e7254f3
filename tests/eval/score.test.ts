import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typoOf } from '../../src/eval/fromQuotes.ts';
import { readGold } from '../../src/eval/gold.ts';
import { scoreAttribution, scoreMetadata } from '../../src/eval/score.ts';
import { FIXTURES, indexOf } from '../helpers/corpus.ts';

describe('npm run eval: scoring /quote and metadata against gold', () => {
  it.each([
    'story2',
    'story3',
    'styles',
  ])('finds every quote of %s for every query form, and no one else’s', async (story) => {
    const dir = path.join(FIXTURES, story);
    const { index } = await indexOf(dir);
    const score = scoreAttribution(index, await readGold(path.join(dir, 'gold.json')));
    expect(score.results).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
  });

  it('counts a quote returned for the wrong person against precision', async () => {
    const { index } = await indexOf(path.join(FIXTURES, 'story2'));
    const gold = await readGold(path.join(FIXTURES, 'story2/gold.json'));
    const [first, second] = Object.values(gold.speakers);
    // Swap what two speakers said: every answer is now someone else's.
    const swapped = {
      ...gold,
      speakers: {
        a: { ...first, must: second?.must ?? [] },
        b: { ...second, must: first?.must ?? [] },
      },
    } as typeof gold;
    const score = scoreAttribution(index, swapped);
    expect(score.misattributed).toBeGreaterThan(0);
    expect(score.precision).toBeLessThan(1);
  });

  it('scores metadata, an absent date being right for a page that gives none', async () => {
    const { index } = await indexOf(path.join(FIXTURES, 'story2'));
    const first = index.articles[0];
    const score = scoreMetadata(
      index,
      {
        articles: {
          [`${first?.id}.md`]: {
            outlet: first?.outlet ?? '',
            title: first?.title ?? '',
            published: first?.published ?? null,
          },
          'missing.md': { outlet: 'X', title: 'Y', published: null },
        },
        speakers: {},
        unattributed: [],
      },
      '2026-01-01',
    );
    expect([score.outlet, score.title, score.date, score.pages]).toEqual([1, 1, 1, 2]);
  });

  it('makes a one-letter typo of a surname for the query forms', () => {
    expect(typoOf('Okafor')).toBe('okafer');
    expect(typoOf('Lind')).toBe('lend');
  });
});
