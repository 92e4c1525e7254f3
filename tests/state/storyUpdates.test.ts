/**
 * Handing a story's mirrored files to its index (what each instance does when the shared articles change):
 * only the changed files are read; a broken one is skipped, named, and its previous version stays; two
 * files with one id let the loader decide. Invented articles; no database needed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexStore } from '../../src/index/store.ts';
import { applyMirrorChange, StoryUpdates } from '../../src/state/postgres/storyUpdates.ts';
import { testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const article = (outlet: string, text: string) =>
  `---\noutlet: ${outlet}\ntitle: ${text.split('.')[0]}\npublished: 2026-11-20\n---\n${text}\n`;

async function storyFolder(): Promise<{ dir: string; store: IndexStore }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-story-updates-'));
  await writeFile(
    path.join(dir, 'sluice.md'),
    article('Fenland Courier', 'The Wrenfold sluice was repaired on Monday after a winter of leaks.'),
  );
  const store = await IndexStore.open(dir, testConfig());
  cleanups.push(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { dir, store };
}

const outlets = (store: IndexStore) => store.current.articles.map((a) => `${a.id}:${a.outlet}`).sort();

describe('applyMirrorChange', () => {
  it('adds, replaces and removes the articles of the changed files', async () => {
    const { dir, store } = await storyFolder();
    const { log } = memoryLogger();
    const file = path.join(dir, 'herons.md');
    await writeFile(file, article('Estuary Weekly', 'Herons returned to the Wrenfold creek within a week.'));
    const added = await applyMirrorChange({
      story: 'marsh',
      store,
      change: { written: [file], removed: [], ambiguous: false },
      log,
    });
    expect(added.added).toEqual(['herons']);
    expect(outlets(store)).toEqual(['herons:Estuary Weekly', 'sluice:Fenland Courier']);

    await writeFile(
      file,
      article('Marsh Gazette', 'Herons nested on the Wrenfold creek for the first time.'),
    );
    await rm(path.join(dir, 'sluice.md'));
    const changed = await applyMirrorChange({
      story: 'marsh',
      store,
      change: { written: [file], removed: [path.join(dir, 'sluice.md')], ambiguous: false },
      log,
    });
    expect(changed).toEqual({ added: [], updated: ['herons'], removed: ['sluice'] });
    expect(outlets(store)).toEqual(['herons:Marsh Gazette']);
  });

  it('skips a file that is no article, naming it, and keeps its previous version', async () => {
    const { dir, store } = await storyFolder();
    const { log, lines } = memoryLogger();
    // Front matter and nothing else: no article text.
    await writeFile(path.join(dir, 'sluice.md'), '---\noutlet: Fenland Courier\n---\n');
    const report = await applyMirrorChange({
      story: 'marsh',
      store,
      change: { written: [path.join(dir, 'sluice.md')], removed: [], ambiguous: false },
      log,
    });
    expect(report).toEqual({ added: [], updated: [], removed: [] });
    expect(outlets(store)).toEqual(['sluice:Fenland Courier']);
    const warning = lines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === 'skipped article from the database');
    expect(warning).toMatchObject({ story: 'marsh', file: 'sluice.md' });
    expect(warning.reason).toMatch(/no article text/);
  });

  it('lets the loader choose between two files with one id', async () => {
    const { dir, store } = await storyFolder();
    const { log } = memoryLogger();
    // "sluice.txt" beside "sluice.md": the .md one is served, as in any corpus folder.
    await writeFile(
      path.join(dir, 'sluice.txt'),
      article('Plain Text Post', 'The Wrenfold sluice leaked again within a month.'),
    );
    await applyMirrorChange({
      story: 'marsh',
      store,
      change: { written: [path.join(dir, 'sluice.txt')], removed: [], ambiguous: true },
      log,
    });
    expect(outlets(store)).toEqual(['sluice:Fenland Courier']);
  });
});

describe('StoryUpdates', () => {
  it("applies a story's bursts to its own store in order, and reloads a story changed before its store was attached", async () => {
    const marsh = await storyFolder();
    const other = await storyFolder();
    const { log } = memoryLogger();
    const told: string[] = [];
    const updates = new StoryUpdates({
      log,
      several: true,
      onChanged: (story, update) =>
        void told.push(`${story}:+${update.added.join()}-${update.removed.join()}`),
    });
    // Heard while the store loads: nothing to apply it to yet.
    const early = path.join(marsh.dir, 'early.md');
    await writeFile(early, article('Estuary Weekly', 'Spoonbills were counted on the Wrenfold marsh.'));
    updates.changed('marsh', { written: [early], removed: [], ambiguous: false });
    await updates.idle();
    expect(told).toEqual([]);
    updates.attach([
      { story: { keyword: 'marsh' }, store: marsh.store },
      { story: { keyword: 'other' }, store: other.store },
    ]);
    for (let i = 0; i < 100 && told.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(told).toEqual(['marsh:+early-']);

    const late = path.join(marsh.dir, 'late.md');
    await writeFile(late, article('Marsh Gazette', 'Avocets nested beside the Wrenfold sluice.'));
    updates.changed('marsh', { written: [late], removed: [], ambiguous: false });
    await rm(early);
    updates.changed('marsh', { written: [], removed: [early], ambiguous: false });
    await updates.idle();
    expect(told).toEqual(['marsh:+early-', 'marsh:+late-', 'marsh:+-early']);
    expect(outlets(marsh.store)).toEqual(['late:Marsh Gazette', 'sluice:Fenland Courier']);
    expect(outlets(other.store)).toEqual(['sluice:Fenland Courier']);
  });
});
