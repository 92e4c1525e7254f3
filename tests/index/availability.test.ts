import { appendFile, mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { ErrorCode } from '../../src/errors.ts';
import { IndexStore } from '../../src/index/store.ts';
import { type CorpusWatcher, watchCorpus } from '../../src/index/watch.ts';
import { loadOptions, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';

const config = testConfig();
let root: string;
let dir: string;
let watcher: CorpusWatcher | undefined;

/** An invented article: the outlet and the first sentence make it recognisable in answers. */
const article = (outlet: string, sentence: string) =>
  `---\noutlet: ${outlet}\ntitle: ${outlet} report\npublished: 2031-04-02\n---\n${sentence}\n`;

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'newsdesk-avail-'));
  dir = path.join(root, 'corpus');
  await mkdir(dir);
  await writeFile(
    path.join(dir, 'one.md'),
    article('Lakeside Post', 'The ferry service resumed on Monday after repairs.'),
  );
  await writeFile(
    path.join(dir, 'two.md'),
    article('Valley Herald', 'The council approved the new bridge budget on Tuesday.'),
  );
});

afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await rm(root, { recursive: true, force: true });
});

describe('a corpus folder that disappears', () => {
  it('keeps the last good snapshot, reports degraded with the reason, and re-attaches when the folder is back', async () => {
    const store = await IndexStore.open(dir, config);
    const { log, lines } = memoryLogger();
    watcher = watchCorpus(store, { debounceMs: 50, pollMs: 100, log });
    expect(store.health).toEqual({ ok: true });

    await rm(dir, { recursive: true });
    await until(() => !store.health.ok);
    expect(store.current.articles.map((a) => a.id).sort()).toEqual(['one', 'two']);
    expect(store.health.reason).toMatch(
      /cannot read corpus folder .*ENOENT.*last good snapshot \(2 articles\)/,
    );

    await mkdir(dir);
    await writeFile(
      path.join(dir, 'three.md'),
      article('Harbor Daily', 'Dock workers ended their strike on Friday.'),
    );
    await until(() => store.current.articles.some((a) => a.id === 'three'));
    expect(store.current.articles.map((a) => a.id)).toEqual(['three']);
    expect(store.health).toEqual({ ok: true });
    // And the new folder is watched: a later edit is picked up.
    await writeFile(
      path.join(dir, 'four.md'),
      article('Hill Gazette', 'The mayor opened the new library on Sunday.'),
    );
    await until(() => store.current.articles.length === 2);
    expect(lines.filter((l) => l.includes('corpus folder cannot be read'))).toHaveLength(1);
  });

  it('watches the new folder when one is swapped in under the same name', async () => {
    const store = await IndexStore.open(dir, config);
    const { log } = memoryLogger();
    watcher = watchCorpus(store, { debounceMs: 50, pollMs: 100, log });
    const next = path.join(root, 'next');
    await mkdir(next);
    await writeFile(
      path.join(next, 'five.md'),
      article('Coast Times', 'The lighthouse reopened to visitors on Saturday.'),
    );
    await rename(dir, path.join(root, 'old'));
    await rename(next, dir);
    await until(() => store.current.articles.some((a) => a.id === 'five'));
    await writeFile(
      path.join(dir, 'six.md'),
      article('Plains Courier', 'Farmers reported an early harvest this week.'),
    );
    await until(() => store.current.articles.some((a) => a.id === 'six'));
  });

  it('reports degraded while the corpus is empty', async () => {
    const store = await IndexStore.open(dir, config);
    await rm(path.join(dir, 'one.md'));
    await rm(path.join(dir, 'two.md'));
    await store.reload();
    expect(store.health).toEqual({ ok: false, reason: `no article in ${dir}` });
  });
});

describe('a file still being written', () => {
  it('is not read until its size and time stay the same over the settle time', async () => {
    const store = await IndexStore.open(dir, config);
    const file = path.join(dir, 'growing.md');
    await writeFile(file, article('Ridge Weekly', 'The first half of the report arrived.'));
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    // The writer appends while the store waits out the settle time.
    const report = await store.reload(new Date(), {
      settleMs: 10,
      sleep: async () => {
        await appendFile(file, 'The second half of the report arrived later.\n');
        await utimes(file, new Date(), new Date(Date.now() + 5000));
      },
    });
    expect(report.pending).toEqual([file]);
    expect(store.current.articles.some((a) => a.id === 'growing')).toBe(false);
    const settled = await store.reload(new Date(), { settleMs: 10, sleep: async () => {} });
    expect(settled.added).toEqual(['growing']);
    const growing = store.current.byId.get('growing');
    expect(growing?.sentences.map((s) => s.text)).toContain('The second half of the report arrived later.');
  });

  it('keeps the previous version of an article whose file is being rewritten', async () => {
    const store = await IndexStore.open(dir, config);
    const file = path.join(dir, 'one.md');
    await writeFile(file, '---\noutlet: Lakeside Post\n');
    // Dated ahead: never taken as settled already, however long the machine takes to get to the reload.
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const report = await store.reload(new Date(), {
      settleMs: 10,
      sleep: async () => {
        await appendFile(file, 'title: half\n');
        await utimes(file, new Date(), new Date(Date.now() + 5000));
      },
    });
    expect(report.pending).toEqual([file]);
    expect(report.errors).toEqual([]);
    expect(store.current.byId.get('one')?.sentences[0]?.text).toBe(
      'The ferry service resumed on Monday after repairs.',
    );
  });
});

describe('a broken file', () => {
  it('is logged once per change of its content, not on every reload', async () => {
    const broken = path.join(dir, 'broken.md');
    await writeFile(broken, '---\noutlet: [unclosed\n---\nText.\n');
    const store = await IndexStore.open(dir, config);
    const { log, lines } = memoryLogger();
    watcher = watchCorpus(store, { debounceMs: 30, log });
    const skipped = () =>
      lines.filter((l) => l.includes('skipped corpus file') && l.includes('broken.md')).length;
    for (let i = 0; i < 4; i++) {
      await writeFile(
        path.join(dir, `extra-${i}.md`),
        article(`Outlet ${i}`, `Report ${i} was filed on Monday.`),
      );
      await until(() => store.current.articles.some((a) => a.id === `extra-${i}`));
    }
    // Reported at open (by whoever opened the store), not again by the watcher while it stays the same.
    expect(skipped()).toBe(0);
    await writeFile(broken, '---\ntitle: [still unclosed\n---\nOther text.\n');
    await until(() => skipped() === 1);
    await writeFile(path.join(dir, 'extra-9.md'), article('Outlet 9', 'Report nine was filed on Monday.'));
    await until(() => store.current.articles.some((a) => a.id === 'extra-9'));
    await watcher.idle();
    expect(skipped()).toBe(1);
  });
});

describe('duplicate article ids', () => {
  it('serves the .md file, reports the .txt one naming both', async () => {
    await writeFile(
      path.join(dir, 'same.txt'),
      'Plain text: the river rose two metres overnight, officials said.\n',
    );
    await writeFile(
      path.join(dir, 'same.md'),
      article('Delta News', 'The river rose three metres overnight.'),
    );
    const { articles, errors } = await loadCorpus(dir, loadOptions());
    expect(articles.filter((a) => a.id === 'same').map((a) => path.basename(a.path))).toEqual(['same.md']);
    expect(errors).toEqual([
      {
        code: ErrorCode.DuplicateArticleId,
        file: path.join(dir, 'same.txt'),
        reason: expect.stringMatching(/same article id "same" as same\.md, which is served/),
      },
    ]);
  });

  it('between files of one kind, serves the first in name order', async () => {
    await writeFile(path.join(dir, 'Case.md'), article('North Star', 'Snow closed the pass on Monday.'));
    await writeFile(path.join(dir, 'Case.MD'), article('South Star', 'Snow closed the pass on Tuesday.'));
    const { articles, errors } = await loadCorpus(dir, loadOptions());
    expect(articles.filter((a) => a.id === 'Case').map((a) => a.outlet)).toEqual(['South Star']);
    expect(errors.map((e) => path.basename(e.file))).toEqual(['Case.md']);
  });
});
