import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/adapters/console.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { IndexStore } from '../../src/index/store.ts';
import { type CorpusWatcher, watchCorpus } from '../../src/index/watch.ts';
import { CORPUS, NOW, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';

const config = testConfig();
let dir: string;
let store: IndexStore;
let watcher: CorpusWatcher;
const { log, lines } = memoryLogger();

const ARTICLE = (title: string, body: string) =>
  `---\noutlet: Example News\ntitle: ${title}\npublished: 2018-10-09\n---\n${body}\n`;

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-reload-'));
  await cp(CORPUS, dir, { recursive: true });
  store = await IndexStore.open(dir, config);
  watcher = watchCorpus(store, { debounceMs: 100, log });
});

afterEach(async () => {
  watcher.close();
  await rm(dir, { recursive: true, force: true });
});

describe('hot reload of the corpus folder', () => {
  it('picks up added, edited and deleted articles within about 2 s', async () => {
    const file = path.join(dir, '2018-10-09-example-news-talks.md');
    await writeFile(
      file,
      ARTICLE(
        'Envoys meet in Panmunjom',
        'Envoys from both Koreas met in Panmunjom on Tuesday to plan the next round of talks.',
      ),
    );
    await until(() => store.current.articles.length === 6);
    const ask = (line: string) =>
      answerLine(line, { stories: StoryStores.single(store), context: () => ({ config, now: NOW }), log });
    expect(ask('/summit search panmunjom')).toContain('Envoys from both Koreas met in Panmunjom');

    await writeFile(
      file,
      ARTICLE(
        'Envoys meet in Kaesong',
        'Envoys from both Koreas met in Kaesong on Tuesday to plan the next round of talks.',
      ),
    );
    await until(() => ask('/summit search kaesong').includes('met in Kaesong'));
    expect(ask('/summit search panmunjom')).not.toContain('Envoys from both Koreas');

    await unlink(file);
    await until(() => store.current.articles.length === 5);
    expect(lines.join('')).toMatch(/corpus reloaded/);
  });

  it('parses again only the files whose size or modification time changed', async () => {
    const before = new Map(store.current.articles.map((a) => [a.id, a]));
    const edited = store.current.articles[0] as (typeof store.current.articles)[number];
    const text = await readFile(edited.path, 'utf8');
    // A new first paragraph, right after the front matter.
    await writeFile(
      edited.path,
      text.replace(/\n---\n/, '\n---\nAn editor added this sentence in an edit.\n\n'),
    );
    const report = await store.reload(NOW);
    expect(report.updated).toEqual([edited.id]);
    for (const article of store.current.articles) {
      if (article.id === edited.id) {
        expect(article).not.toBe(before.get(article.id));
        expect(article.sentences.some((s) => s.text.includes('added this sentence in an edit'))).toBe(true);
      } else expect(article).toBe(before.get(article.id));
    }
  });

  it('reports a broken new file, applies the rest, and keeps the previous version of a file that broke', async () => {
    const vox = store.current.articles.find((a) => a.outlet === 'Vox');
    await writeFile(path.join(dir, 'broken.md'), Buffer.from([0, 1, 2, 3, 0, 0]));
    await writeFile(vox?.path as string, '---\noutlet: [broken\n---\n');
    await writeFile(
      path.join(dir, 'fresh.md'),
      ARTICLE('Fresh report', 'A fresh report says talks will continue in Seoul next week, officials said.'),
    );
    await until(() => store.current.articles.length === 6);
    const index = store.current;
    expect(index.articles.some((a) => a.id === 'fresh')).toBe(true);
    expect(index.articles.some((a) => a.id === vox?.id)).toBe(true);
    expect(index.errors.map((e) => path.basename(e.file)).sort()).toEqual(
      ['broken.md', path.basename(vox?.path as string)].sort(),
    );
    expect(lines.join('')).toMatch(/skipped corpus file/);
  });

  it('answers every request during a swap, each from one whole snapshot', async () => {
    let answered = 0;
    let failed = 0;
    const started = Date.now();
    const writes = (async () => {
      for (let i = 0; i < 5; i++) {
        await writeFile(
          path.join(dir, `burst-${i}.md`),
          ARTICLE(
            `Burst ${i}`,
            `Report number ${i} on the summit preparations was filed on Tuesday by staff.`,
          ),
        );
        await new Promise((r) => setTimeout(r, 60));
      }
    })();
    // Bounded: at most 2,000 requests or 3 s.
    while ((Date.now() - started < 3000 && answered < 2000) || store.current.articles.length < 10) {
      const index = store.current;
      const text = answerLine('/summit sources', {
        stories: StoryStores.single(store),
        context: () => ({ config, now: NOW }),
        log,
      });
      if (text.startsWith('Sources:') && index.articles.length >= 5) answered++;
      else failed++;
      await new Promise((r) => setImmediate(r));
      if (Date.now() - started > 5000) break;
    }
    await writes;
    await watcher.idle();
    expect(failed).toBe(0);
    expect(answered).toBeGreaterThan(100);
    expect(store.current.articles).toHaveLength(10);
  });
});
