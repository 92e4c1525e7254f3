import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAnswer, deriveAnswers, mayBeSlow, SNAPSHOT_COMMANDS } from '../../src/commands/answers.ts';
import { handleCommand } from '../../src/commands/handle.ts';
import { sourcesBriefing } from '../../src/commands/sources.ts';
import { answerWindow, computeWindowAnswers, WINDOW_COMMANDS } from '../../src/commands/windowAnswers.ts';
import { buildIndex } from '../../src/index/newsIndex.ts';
import { IndexStore } from '../../src/index/store.ts';
import { articleOf, CORPUS, FIXTURES, indexOf, NOW, ROOT, testConfig } from '../helpers/corpus.ts';

const config = testConfig();
let dir: string;
let store: IndexStore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-answers-'));
  await cp(CORPUS, dir, { recursive: true });
  store = await IndexStore.open(dir, config, { derive: deriveAnswers(config), now: () => NOW });
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('answers derived per snapshot', () => {
  it('are computed with the snapshot, so status, timeline, who and sources answer without computing', () => {
    const index = store.current;
    for (const name of SNAPSHOT_COMMANDS) {
      const derived = index.answers.get(name);
      expect(derived, name).toBeDefined();
      expect(handleCommand(index, { name }, { config, now: NOW })).toBe(derived);
      expect(mayBeSlow(index, { name })).toBe(false);
    }
  });

  it('are part of the frozen snapshot; answering mutates nothing', () => {
    const index = store.current;
    expect(Object.isFrozen(index)).toBe(true);
    const keys = Object.keys(index).sort();
    const sizes = index.answers.size;
    for (const name of SNAPSHOT_COMMANDS) handleCommand(index, { name }, { config, now: NOW });
    handleCommand(index, { name: 'search', query: 'pompeo' }, { config, now: NOW });
    expect(Object.keys(index).sort()).toEqual(keys);
    expect(index.answers.size).toBe(sizes);
    expect(keys).not.toContain('cache');
  });

  it('are derived again for a new snapshot after it is served; meanwhile it carries the previous ones', async () => {
    const before = store.current;
    await writeFile(
      path.join(dir, '2018-10-09-example-news-envoys.md'),
      '---\noutlet: Example News\ntitle: Envoys meet in Panmunjom\npublished: 2018-10-09\n---\nEnvoys from both Koreas met in Panmunjom on Tuesday to plan the next round of talks.\n',
    );
    await store.reload(NOW);
    const served = store.current;
    expect(served).not.toBe(before);
    expect(served.articles).toHaveLength(6);
    // Never computed on request: the previous snapshot's answers until the new ones are derived.
    for (const name of SNAPSHOT_COMMANDS) expect(mayBeSlow(served, { name })).toBe(false);
    expect(served.answers).toBe(before.answers);
    await store.settled();
    const after = store.current;
    expect(after.answers.get('sources')?.title).toBe('Sources: 6 articles');
    expect(before.answers.get('sources')?.title).toBe('Sources: 5 articles');
    for (const name of SNAPSHOT_COMMANDS)
      expect(after.answers.get(name), name).toEqual(computeAnswer(after, name, config));
  });

  it('status and timeline of the newest articles alone are those of the whole snapshot', async () => {
    for (const folder of [CORPUS, path.join(FIXTURES, 'story2'), path.join(FIXTURES, 'story3')]) {
      const { index } = await indexOf(folder);
      const window = answerWindow(index, config);
      const windowed = computeWindowAnswers(window, index.errors, index.builtAt, config);
      for (const name of WINDOW_COMMANDS)
        expect(windowed.get(name), name).toEqual(computeAnswer(index, name, config));
    }
    const articles = Array.from({ length: 60 }, (_, i) =>
      articleOf(
        `w${String(i).padStart(2, '0')}`,
        [[`Envoy ${i} said the talks in Valemont went on for hours.`]],
        {
          published: `2024-02-${String((i % 20) + 1).padStart(2, '0')}`,
        },
      ),
    );
    const index = buildIndex(articles, [], NOW);
    const window = answerWindow(index, config);
    expect(window.length).toBeGreaterThanOrEqual(config.limits.statusArticles);
    expect(window.length).toBeLessThan(60);
    const windowed = computeWindowAnswers(window, [], index.builtAt, config);
    for (const name of WINDOW_COMMANDS)
      expect(windowed.get(name), name).toEqual(computeAnswer(index, name, config));
  });

  it('a snapshot built without the hook still answers (computed on request) and says it may be slow', () => {
    const bare = buildIndex([articleOf('a', [['Ada Quill said the talks went on.']])], [], NOW);
    expect(bare.answers.size).toBe(0);
    expect(mayBeSlow(bare, { name: 'sources' })).toBe(true);
    expect(handleCommand(bare, { name: 'sources' }, { config, now: NOW }).title).toBe('Sources: 1 article');
  });
});

describe('sources', () => {
  it('lists the newest limits.sourcesItems articles and counts the rest', () => {
    const articles = Array.from({ length: 40 }, (_, i) =>
      articleOf(`a${String(i).padStart(2, '0')}`, [['Ada Quill said the talks went on.']], {
        published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    const b = sourcesBriefing(buildIndex(articles, [], NOW), 25);
    expect(b.title).toBe('Sources: 40 articles');
    expect(b.items).toHaveLength(25);
    expect(b.note).toMatch(/^15 more not shown/);
  });
});

describe('dependencies point one way', () => {
  it('index/ imports nothing from commands/ (or adapters/, render/)', () => {
    const folder = path.join(ROOT, 'src/index');
    for (const file of readdirSync(folder)) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      expect(text, file).not.toMatch(/from '\.\.\/(commands|adapters|render)\//);
    }
  });
});
