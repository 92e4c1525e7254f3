import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { loadCorpus, parseArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { BuildPool } from '../../src/index/buildPool.ts';
import { buildIndex, type NewsIndex } from '../../src/index/newsIndex.ts';
import { splitByWeight } from '../../src/index/shard.ts';
import { IndexStore } from '../../src/index/store.ts';
import { addBrokenFiles } from '../helpers/brokenFiles.ts';
import {
  comparablePeople,
  CORPUS,
  FIXTURES,
  indexOf,
  loadOptions,
  NOW,
  testConfig,
} from '../helpers/corpus.ts';

/** Everything a command can see of a snapshot, in a comparable form. */
function observable(index: NewsIndex) {
  return {
    articles: index.articles.map((a) => a.id),
    sentences: Array.from(index.sentences, (s) => s.id),
    quotes: index.quotes,
    bySpeaker: [...index.quotesBySpeaker].map(([key, quotes]) => [key, quotes.map((q) => q.id)]),
    people: comparablePeople(index),
    speakers: index.speakers.speakers,
    search: ['summit talks', 'nuclear', 'pompeo kim', 'strike pay', 'kalomi tarsel'].map((q) =>
      index.search.search(q, 8),
    ),
  };
}

function synthetic(count: number): Article[] {
  const { rules } = loadOptions();
  return generateCorpus(count, 7).files.map((f) => parseArticle(f.id, `${f.id}.md`, f.text, 0, rules));
}

const FAILING_WORKER = new URL('../fixtures/failingWorker.ts', import.meta.url);
const pools: BuildPool[] = [];
function pool(workers: number, extra: Partial<ConstructorParameters<typeof BuildPool>[0]> = {}): BuildPool {
  const p = new BuildPool({ workers, minArticles: 0, ...extra });
  pools.push(p);
  return p;
}
afterAll(async () => {
  for (const p of pools) await p.close();
});

describe('parallel index build', () => {
  it('gives the same snapshot as the one-thread build, for one or two workers', {
    timeout: 60_000,
  }, async () => {
    const corpora = [
      (await indexOf(CORPUS)).articles,
      (await indexOf(path.join(FIXTURES, 'story2'))).articles,
      (await indexOf(path.join(FIXTURES, 'story3'))).articles,
      synthetic(300),
    ];
    for (const workers of [1, 2]) {
      const p = pool(workers);
      for (const articles of corpora) {
        const expected = observable(buildIndex(articles, [], NOW));
        expect(observable(await p.build(articles, [], NOW))).toEqual(expected);
      }
    }
  });

  it('builds small corpora on the main thread and answers builds one at a time', async () => {
    const articles = synthetic(40);
    const p = pool(1, { minArticles: 1000 });
    const [a, b] = await Promise.all([p.build(articles, [], NOW), p.build(articles.slice(1), [], NOW)]);
    expect(a.articles).toHaveLength(40);
    expect(b.articles).toHaveLength(39);
  });

  it('falls back to the main thread when a worker fails, and says so', async () => {
    const articles = synthetic(60);
    const failures: Error[] = [];
    const p = pool(1, {
      entry: FAILING_WORKER,
      onFallback: (e) => failures.push(e),
    });
    const index = await p.build(articles, [], NOW);
    expect(observable(index)).toEqual(observable(buildIndex(articles, [], NOW)));
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toMatch(/fails on purpose|exited/);
    expect(p.workers).toBe(0);
  });

  it('cuts shares in article order with sizes in proportion to their weights', () => {
    const articles = synthetic(101);
    const splitShards = (items: readonly Article[], weights: number[]) =>
      splitByWeight(items, weights, (a) => a.sentences.length);
    const shards = splitShards(articles, [0.8, 1, 1]);
    expect(shards).toHaveLength(3);
    expect(shards.flat()).toEqual(articles);
    const sentences = shards.map((s) => s.reduce((n, a) => n + a.sentences.length, 0));
    const total = sentences.reduce((n, s) => n + s, 0);
    [0.8, 1, 1].forEach((w, i) => {
      expect(Math.abs((sentences[i] as number) - (total * w) / 2.8)).toBeLessThan(total * 0.05);
    });
    expect(splitShards(articles.slice(0, 1), [1, 1, 1]).flat()).toHaveLength(1);
    expect(splitShards([], [1, 1])).toEqual([[], []]);
  });
});

describe('parallel file loading', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-pool-'));
    await cp(CORPUS, dir, { recursive: true });
    await addBrokenFiles(dir);
    for (const f of generateCorpus(40, 3).files) await writeFile(path.join(dir, `${f.id}.md`), f.text);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads and parses files on the workers with the same articles and skip reasons, in order', async () => {
    const options = loadOptions();
    const expected = await loadCorpus(dir, options);
    expect(expected.errors.length).toBeGreaterThan(5);
    for (const workers of [1, 2]) {
      const p = pool(workers);
      const loaded = await loadCorpus(dir, { ...options, loadFiles: (f, o) => p.loadFiles(f, o) });
      expect(loaded).toEqual(expected);
    }
  });

  it('loads on the main thread when a worker fails', async () => {
    const options = loadOptions();
    const failures: Error[] = [];
    const p = pool(1, { entry: FAILING_WORKER, onFallback: (e) => failures.push(e) });
    const loaded = await loadCorpus(dir, { ...options, loadFiles: (f, o) => p.loadFiles(f, o) });
    expect(loaded).toEqual(await loadCorpus(dir, options));
    expect(failures).toHaveLength(1);
  });
});

describe('IndexStore with build workers', () => {
  it('opens and reloads through the pool with the same answers as without', async () => {
    const config = testConfig();
    const parallel = await IndexStore.open(CORPUS, {
      ...config,
      index: { ...config.index, buildWorkers: 1, parallelFromArticles: 1 },
    });
    const serial = await IndexStore.open(CORPUS, {
      ...config,
      index: { ...config.index, buildWorkers: 0, parallelFromArticles: 1 },
    });
    try {
      expect(observable(parallel.current)).toEqual(observable(serial.current));
      await parallel.reload(NOW);
      expect(observable(parallel.current)).toEqual(observable(serial.current));
    } finally {
      await parallel.close();
      await serial.close();
    }
  });
});
