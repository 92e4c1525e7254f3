import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDevelopments } from '../../src/alerts/detect.ts';
import type { Development } from '../../src/alerts/ledger.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { buildIndex } from '../../src/index/newsIndex.ts';
import { FIXTURES, loadOptions, NOW } from '../helpers/corpus.ts';

const ALERTS = path.join(FIXTURES, 'alerts');

async function load(folder: string): Promise<Article[]> {
  const { articles, errors } = await loadCorpus(path.join(ALERTS, folder), loadOptions());
  expect(errors).toEqual([]);
  return articles;
}

/** Articles in the order they "arrive": each a millisecond after the previous one. */
function arriving(articles: Article[], from = 1_000): Article[] {
  return articles.map((a, i) => ({ ...a, mtimeMs: from + i }));
}

const WINDOW = 30 * 60_000;
const now = new Date('2025-04-03T09:00:00Z');

function detect(older: Article[], fresh: Article[], open: Development[] = [], at = now) {
  const index = buildIndex([...older, ...fresh], [], NOW);
  return detectDevelopments({
    story: 'bridge',
    articles: index.articles,
    fresh,
    open,
    now: at,
    windowMs: WINDOW,
    targets: ['slack:C1'],
    poolSize: 40,
  });
}

describe('detectDevelopments', () => {
  it('opens one development for five outlets reporting one new fact in their own words', async () => {
    const base = await load('base');
    const burst = arriving(await load('burst'));
    const found = detect(base, burst);
    expect(found.opened).toHaveLength(1);
    const [development] = found.opened as [Development];
    expect(development.articles.map((a) => a.outlet).sort()).toEqual(
      ['Channel Nine News', 'Larkspur Herald', 'Morning Ledger', 'State Wire', 'Valley Post'].sort(),
    );
    expect(development.fact.text).toMatch(/closed.*Larkspur Bridge|Larkspur Bridge.*closed/);
    expect(development.fact.text).toMatch(/cracks in two/);
    expect(development.targets).toEqual(['slack:C1']);
    expect(Date.parse(development.until) - Date.parse(development.openedAt)).toBe(WINDOW);
    expect(found.extended).toEqual([]);
    expect(found.quiet).toEqual([]);
  });

  it('joins a later article on the same fact to the open development instead of opening another', async () => {
    const base = await load('base');
    const [first, ...rest] = arriving(await load('burst'));
    const opened = detect(base, [first as Article]).opened;
    expect(opened).toHaveLength(1);
    const found = detect([...base, first as Article], rest, opened);
    expect(found.opened).toEqual([]);
    expect(found.extended).toHaveLength(1);
    expect(found.extended[0]?.id).toBe(opened[0]?.id);
    expect(found.extended[0]?.articles).toHaveLength(4);
  });

  it('stays quiet for an article that only repeats known facts, once the window has closed', async () => {
    const base = await load('base');
    const burst = arriving(await load('burst'));
    const later = await load('later');
    const repeat = later.filter((a) => a.id === 'repeat');
    const opened = detect(base, burst).opened;
    const afterWindow = new Date(now.getTime() + 2 * WINDOW);
    const stillOpen = opened.filter((d) => Date.parse(d.until) > afterWindow.getTime());
    const found = detect([...base, ...burst], arriving(repeat, 5_000), stillOpen, afterWindow);
    expect(found).toEqual({ opened: [], extended: [], quiet: ['repeat'] });
  });

  it('opens a second development for a different new fact', async () => {
    const base = await load('base');
    const burst = arriving(await load('burst'));
    const ferry = (await load('later')).filter((a) => a.id === 'ferry');
    const opened = detect(base, burst).opened;
    const found = detect([...base, ...burst], arriving(ferry, 5_000), opened);
    expect(found.opened).toHaveLength(1);
    expect(found.opened[0]?.fact.text).toMatch(/ferry/);
    expect(found.extended).toEqual([]);
  });

  it('gives the same development the same id for the same input', async () => {
    const base = await load('base');
    const burst = arriving(await load('burst'));
    expect(detect(base, burst).opened[0]?.id).toBe(detect(base, burst).opened[0]?.id);
  });
});
