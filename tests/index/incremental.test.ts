import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type EventLoopBlocks, watchEventLoop } from '../../bench/eventLoopProbe.ts';
import { generateCorpus } from '../../bench/generate.ts';
import { deriveAnswers, SNAPSHOT_COMMANDS } from '../../src/commands/answers.ts';
import { handleCommand } from '../../src/commands/handle.ts';
import type { Config } from '../../src/config.ts';
import { parseArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { buildIndex, type NewsIndex } from '../../src/index/newsIndex.ts';
import { IndexStore } from '../../src/index/store.ts';
import { comparablePeople, loadOptions, NOW, testConfig } from '../helpers/corpus.ts';

/** Everything a command can see of a snapshot, in a comparable form (quote ids aside: see `quoted`). */
function observable(index: NewsIndex) {
  const config = testConfig();
  return {
    articles: index.articles.map((a) => a.id),
    sentences: Array.from(index.sentences, (s) => s.id),
    quotes: index.quotes,
    bySpeaker: [...index.quotesBySpeaker].map(([key, quotes]) => [key, quotes.map((q) => q.id)]),
    people: comparablePeople(index),
    speakers: index.speakers.speakers,
    search: ['talks', 'minister said', 'valemont plan', 'harbour strike', 'zephyrs'].map((q) =>
      index.search.search(q, 8),
    ),
    match: ['tanaka', 'ana abara', 'okonkwo', 'zephyrs'].map((q) =>
      index.speakers.match(q, 3).map((m) => m.speaker?.key ?? m.person?.key),
    ),
    suggest: ['tanakka', 'ana abbara', 'okonkow'].map((q) => index.speakers.suggest(q).map((s) => s.key)),
    answers: SNAPSHOT_COMMANDS.map((name) => handleCommand(index, { name }, { config, now: NOW })),
  };
}

const { rules } = loadOptions();
function article(id: string, text: string, dir = ''): Article {
  return parseArticle(id, path.join(dir, `${id}.md`), text, 1, rules);
}

/** An invented article quoting an invented speaker. */
function quoting(speaker: string, words: string, published = '2023-12-30'): string {
  return `---\noutlet: Harbor Times\ntitle: "${speaker} on the harbour strike"\npublished: ${published}\n---\n“${words},” ${speaker}, the dockworkers' union leader, said on Friday.\n\nThe harbour strike entered its third week as talks in Valemont stalled.\n`;
}

function settingsFor(config: Config, index: Partial<Config['index']>): Config {
  return { ...config, index: { ...config.index, ...index } };
}

let dir: string;
let corpus: Article[];
const stores: IndexStore[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-incremental-'));
  const files = generateCorpus(300, 11).files;
  await Promise.all(files.map((f) => writeFile(path.join(dir, `${f.id}.md`), f.text)));
  corpus = files.map((f) => article(f.id, f.text, dir));
});

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A store on the synthetic folder that applies changes as deltas and rebuilds only when told to settle. */
async function openStore(index: Partial<Config['index']> = {}, derive = false): Promise<IndexStore> {
  const config = settingsFor(testConfig(), { rebuildDelayMs: 600_000, ...index });
  const store = await IndexStore.open(dir, config, {
    now: () => NOW,
    ...(derive ? { derive: deriveAnswers(config) } : {}),
  });
  stores.push(store);
  return store;
}

/** The snapshot a build from scratch makes of the store's articles, to compare with the store's. */
function fromScratch(store: IndexStore): NewsIndex {
  return buildIndex(store.current.articles, store.current.errors, NOW);
}

// Each test builds 300 articles several times: on a loaded 2-core machine that takes longer than the default.
describe('IndexStore.update', { timeout: 60_000 }, () => {
  it('makes an added article answerable at once, and settles on the snapshot a build from scratch makes', async () => {
    const store = await openStore();
    const ask = (query: string) =>
      handleCommand(store.current, { name: 'quote', query }, { config: testConfig(), now: NOW });
    expect(ask('Okonkwo').items).toHaveLength(0);
    const added = article('harbor-1', quoting('Ada Okonkwo', 'We will not go back without a deal'));
    const report = await store.update({ upserts: [added], removals: [] }, NOW);
    expect(report).toMatchObject({ added: ['harbor-1'], updated: [], removed: [], applied: 'delta' });
    const answer = ask('okonkwo');
    expect(answer.title).toMatch(/^Ada Okonkwo/);
    expect(answer.items[0]).toMatchObject({
      text: 'We will not go back without a deal',
      speaker: 'Ada Okonkwo',
      sources: [{ articleId: 'harbor-1' }],
    });
    const found = handleCommand(
      store.current,
      { name: 'search', query: 'dockworkers union' },
      { config: testConfig(), now: NOW },
    );
    expect(found.items[0]?.sources[0]?.articleId).toBe('harbor-1');
    expect(store.current.articles).toHaveLength(301);
    await store.settled();
    expect(observable(store.current)).toEqual(observable(fromScratch(store)));
    expect(ask('okonkwo').items[0]?.text).toBe('We will not go back without a deal');
  });

  it('removes and replaces articles: gone from quotes, people and search at once, exact once settled', async () => {
    const store = await openStore();
    const first = article('harbor-2', quoting('Ivo Marrow', 'The port must stay open'));
    await store.update({ upserts: [first], removals: [] }, NOW);
    await store.settled();
    const speaker = store.current.speakers.match('marrow', 1)[0]?.speaker;
    expect(speaker?.name).toBe('Ivo Marrow');

    // A new version of the article, with other words from someone else.
    const edited = article('harbor-2', quoting('Lena Brightwater', 'The port will reopen on Monday'));
    const replaced = await store.update({ upserts: [edited], removals: [] }, NOW);
    expect(replaced).toMatchObject({ added: [], updated: ['harbor-2'], applied: 'delta' });
    expect(store.current.speakers.match('marrow', 1)).toEqual([]);
    expect(store.current.quotes.some((q) => q.text === 'The port must stay open')).toBe(false);
    expect(store.current.speakers.match('brightwater', 1)[0]?.speaker?.name).toBe('Lena Brightwater');
    expect(store.current.byId.get('harbor-2')).toBe(edited);
    // "Did you mean" names only speakers the snapshot has: not the one the new version took out.
    const suggested = store.current.speakers.suggest('Ivo Marow', 20);
    expect(suggested.map((s) => s.name)).not.toContain('Ivo Marrow');
    for (const s of suggested) expect(store.current.speakers.get(s.key)).toBe(s);

    // A removal, and an id the index does not hold.
    const gone = corpus[0] as Article;
    const removed = await store.update(
      { upserts: [], removals: ['harbor-2', gone.id, 'no-such-article'] },
      NOW,
    );
    expect(removed).toMatchObject({ removed: ['harbor-2', gone.id], unknown: ['no-such-article'] });
    const index = store.current;
    expect(index.articles.map((a) => a.id)).not.toContain(gone.id);
    expect(
      index.quotes.some((q) => q.articleIds.includes(gone.id) || q.articleIds.includes('harbor-2')),
    ).toBe(false);
    expect(index.speakers.match('brightwater', 1)).toEqual([]);
    for (const hit of index.search.search(gone.sentences[3]?.text ?? '', 20))
      expect(index.sentences.at(hit.ordinal)?.articleId).not.toBe(gone.id);
    await store.settled();
    expect(observable(store.current)).toEqual(observable(fromScratch(store)));
  });

  it('settles on the from-scratch snapshot after many changes in a row, also when the common words change', async () => {
    const store = await openStore();
    // "Zephyrs" opens a sentence of an article: a name until another article writes "zephyrs" in lower case.
    const before = article(
      'gusts-1',
      '---\noutlet: Coast Post\ntitle: Gusts\npublished: 2023-12-29\n---\nZephyrs said nothing. “It will blow over,” Zephyrs said.\n',
    );
    const after = article(
      'gusts-2',
      '---\noutlet: Coast Post\ntitle: Calm\npublished: 2023-12-31\n---\nThe zephyrs calmed down by noon, forecasters said.\n',
    );
    await store.update({ upserts: [before], removals: [] }, NOW);
    await store.settled();
    expect(observable(store.current)).toEqual(observable(fromScratch(store)));
    await store.update({ upserts: [after], removals: [] }, NOW);
    for (let i = 0; i < 6; i++) {
      const id = `burst-${i}`;
      await store.update(
        {
          upserts: [
            article(id, quoting(`Cara Westmoor${'e'.repeat(i)}`, `Round ${i} of talks went nowhere`)),
          ],
          removals: i % 2 === 1 ? [(corpus[10 + i] as Article).id] : [],
        },
        NOW,
      );
    }
    await store.settled();
    expect(store.current.articles).toHaveLength(300 + 2 + 6 - 3);
    expect(observable(store.current)).toEqual(observable(fromScratch(store)));
  });

  it('builds a change too large for a delta in full before it resolves', async () => {
    const store = await openStore({ deltaMaxArticles: 2 });
    const upserts = [1, 2, 3].map((i) => article(`big-${i}`, quoting(`Nora Quill${i}`, `Point ${i}`)));
    const report = await store.update({ upserts, removals: [] }, NOW);
    expect(report.applied).toBe('rebuild');
    expect(observable(store.current)).toEqual(observable(fromScratch(store)));
  });
});

describe('IndexStore.reload', { timeout: 60_000 }, () => {
  it('applies a new file as a delta and settles exact; unchanged files are not read again', async () => {
    const store = await openStore();
    const before = new Map(store.current.articles.map((a) => [a.id, a]));
    const file = path.join(dir, 'harbor-9.md');
    await writeFile(file, quoting('Tomas Greyfield', 'Nobody asked the crews'));
    try {
      const report = await store.reload(NOW);
      expect(report.added).toEqual(['harbor-9']);
      expect(store.current.speakers.match('greyfield', 1)[0]?.speaker?.name).toBe('Tomas Greyfield');
      for (const a of store.current.articles) if (a.id !== 'harbor-9') expect(a).toBe(before.get(a.id));
      await store.settled();
      expect(observable(store.current)).toEqual(observable(fromScratch(store)));
    } finally {
      await rm(file);
    }
  });

  it('leaves articles given through update alone (they have no file in the folder)', async () => {
    const store = await openStore();
    await store.update(
      { upserts: [article('db-1', quoting('Ines Falk', 'From the database'), '/db')], removals: [] },
      NOW,
    );
    const report = await store.reload(NOW);
    expect(report.removed).toEqual([]);
    expect(store.current.byId.has('db-1')).toBe(true);
  });
});

describe('the event loop while indexing', () => {
  /** The longest the event loop was held during `work` (see bench/eventLoopProbe.ts). */
  async function longestBlock(work: () => Promise<unknown>): Promise<EventLoopBlocks> {
    const probe = watchEventLoop();
    const failure = await work().then(
      () => undefined,
      (error: unknown) => error ?? new Error('failed'),
    );
    const blocks = probe.stop();
    if (failure) throw failure;
    return blocks;
  }

  it('rebuilds a burst of changes once, and changes that never stop at the latest rebuildMaxDelayMs after the first', async () => {
    const rebuilt = { burst: 0, endless: 0 };
    const open = async (index: Partial<Config['index']>, which: keyof typeof rebuilt) => {
      const store = await IndexStore.open(dir, settingsFor(testConfig(), index), {
        now: () => NOW,
        onRebuilt: () => rebuilt[which]++,
      });
      stores.push(store);
      return store;
    };
    const burst = await open({ rebuildDelayMs: 1000, rebuildMaxDelayMs: 600_000 }, 'burst');
    const endless = await open({ rebuildDelayMs: 600_000, rebuildMaxDelayMs: 300 }, 'endless');
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    for (let i = 0; i < 8; i++) {
      const added = article(`burst-${i}`, quoting('Ivo Marlstone', `Round ${i} changed nothing`));
      await Promise.all([burst, endless].map((s) => s.update({ upserts: [added], removals: [] }, NOW)));
      await sleep(100);
    }
    // The burst's second of quiet starts after its last change; the endless one rebuilds meanwhile.
    expect(rebuilt.burst).toBe(0);
    await vi.waitFor(() => expect(rebuilt.endless).toBeGreaterThan(0), { timeout: 20_000, interval: 50 });
    await vi.waitFor(() => expect(rebuilt.burst).toBe(1), { timeout: 20_000, interval: 50 });
    await Promise.all([burst.settled(), endless.settled()]);
    expect(rebuilt.burst).toBe(1);
  });

  it('is never held 100 ms or more by a full reload, an add, or the rebuild after it', async () => {
    // Bounded: 300 articles; the pool and its workers are used from 100 articles on.
    const store = await openStore({ rebuildDelayMs: 0, buildWorkers: 1, parallelFromArticles: 100 }, true);
    const touched = new Date(Date.now() - 60_000);
    const full = await longestBlock(async () => {
      await Promise.all(store.current.articles.map((a) => utimes(a.path, touched, touched)));
      const report = await store.reload(NOW);
      expect(report.updated).toHaveLength(300);
      await store.settled();
    });
    const add = await longestBlock(async () => {
      const added = article('harbor-5', quoting('Pia Lindgren', 'We want the same deal as Northport'));
      expect((await store.update({ upserts: [added], removals: [] }, NOW)).applied).toBe('delta');
      await store.settled();
    });
    expect(store.current.speakers.match('lindgren', 1)[0]?.speaker?.name).toBe('Pia Lindgren');
    // The main thread's own time (the wall-clock figure also counts other processes holding the CPUs).
    for (const blocks of [full, add])
      expect(blocks.cpuMs ?? blocks.wallMs, JSON.stringify(blocks)).toBeLessThan(100);
  }, 60_000);
});
