/**
 * A reload of the files the watcher heard of, not of the whole folder: it must give what a reload of the
 * whole folder gives, fall back to the whole folder where the named files cannot tell alone, and lose
 * nothing when events are missed (the watcher's rescan finds the change).
 */
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.ts';
import { type ReloadReport, IndexStore } from '../../src/index/store.ts';
import { type CorpusWatcher, watchCorpus } from '../../src/index/watch.ts';
import { testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { until } from '../helpers/wait.ts';

const config = testConfig();
let root: string;
let dir: string;
let watcher: CorpusWatcher | undefined;
let store: IndexStore | undefined;

/** An invented article: the outlet and the first sentence make it recognisable in answers. */
const article = (outlet: string, sentence: string) =>
  `---\noutlet: ${outlet}\ntitle: ${outlet} report\npublished: 2031-04-02\n---\n${sentence}\n`;

const ids = (s: IndexStore) => s.current.articles.map((a) => a.id).sort();
const write = (name: string, text: string) => writeFile(path.join(dir, name), text);

/** What a store opened on the folder now serves: the reference every reload must end at. */
async function fromScratch(): Promise<{ ids: string[]; errors: unknown }> {
  const fresh = await IndexStore.open(dir, config);
  try {
    return { ids: ids(fresh), errors: fresh.current.errors };
  } finally {
    await fresh.close();
  }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'newsdesk-named-'));
  dir = path.join(root, 'corpus');
  await mkdir(dir);
  await write('one.md', article('Lakeside Post', 'The ferry service resumed on Monday after repairs.'));
  await write('two.md', article('Valley Herald', 'The council approved the new bridge budget on Tuesday.'));
  store = await IndexStore.open(dir, config);
});

afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await store?.close();
  await rm(root, { recursive: true, force: true });
});

describe('IndexStore.reload of named files', () => {
  it('adds, updates and removes the named files only, as a reload of the whole folder would', async () => {
    const s = store as IndexStore;
    await write('three.md', article('Coast Times', 'The lighthouse reopened to visitors on Saturday.'));
    await write('unnamed.md', article('Hill Gazette', 'The mayor opened the new library on Sunday.'));
    await write('two.md', article('Valley Herald', 'The council rejected the bridge budget on Friday.'));
    await unlink(path.join(dir, 'one.md'));
    const report = await s.reload(new Date(), { files: ['three.md', 'two.md', 'one.md', '.three.md.tmp'] });
    expect(report).toMatchObject({ scope: 'files', added: ['three'], updated: ['two'], removed: ['one'] });
    // A file nobody named is not looked at…
    expect(ids(s)).toEqual(['three', 'two']);
    expect(s.current.byId.get('two')?.sentences[0]?.text).toMatch(/rejected/);
    // …until the whole folder is: then the store serves what a fresh start serves.
    const whole = await s.reload(new Date());
    expect(whole).toMatchObject({ scope: 'folder', added: ['unnamed'], updated: [], removed: [] });
    expect({ ids: ids(s), errors: s.current.errors }).toEqual(await fromScratch());
  });

  it('keeps the previous version of a named file that broke, and reports it once', async () => {
    const s = store as IndexStore;
    await write('two.md', '---\ntitle: [unclosed\n---\nText.\n');
    await write('empty.md', '');
    const report = await s.reload(new Date(), { files: ['two.md', 'empty.md'] });
    expect(report.keptPrevious).toEqual(['two']);
    expect(report.freshErrors.map((e) => [path.basename(e.file), e.code])).toEqual([
      ['empty.md', ErrorCode.FileEmpty],
      ['two.md', ErrorCode.FrontMatterInvalid],
    ]);
    expect(s.current.byId.get('two')?.outlet).toBe('Valley Herald');
    // Named again unchanged: nothing read, nothing reported again.
    const again = await s.reload(new Date(), { files: ['two.md', 'empty.md'] });
    expect(again).toMatchObject({ added: [], updated: [], freshErrors: [] });
    expect(again.errors).toHaveLength(2);
    // Fixed: served, and its error gone.
    await write('two.md', article('Valley Herald', 'The council approved the budget after all.'));
    const fixed = await s.reload(new Date(), { files: ['two.md'] });
    expect(fixed.updated).toEqual(['two']);
    expect(fixed.errors.map((e) => path.basename(e.file))).toEqual(['empty.md']);
    expect({ ids: ids(s), errors: s.current.errors }).toEqual(await fromScratch());
  });

  it('looks at the whole folder when another file has the same article id', async () => {
    const s = store as IndexStore;
    await write('one.txt', 'Plain text: the ferry service resumed on Monday, officials said.\n');
    const report = await s.reload(new Date(), { files: ['one.txt'] });
    expect(report.scope).toBe('folder');
    expect(report.errors.map((e) => [path.basename(e.file), e.code])).toEqual([
      ['one.txt', ErrorCode.DuplicateArticleId],
    ]);
    // The served .md file goes: the .txt one, reported until now, is served in its place.
    await unlink(path.join(dir, 'one.md'));
    const gone = await s.reload(new Date(), { files: ['one.md'] });
    expect(gone.scope).toBe('folder');
    expect(s.current.byId.get('one')?.path).toBe(path.join(dir, 'one.txt'));
    expect({ ids: ids(s), errors: s.current.errors }).toEqual(await fromScratch());
  });

  it('does not read a named file still being written, and says it is pending', async () => {
    const s = store as IndexStore;
    await write('three.md', article('Coast Times', 'The lighthouse reopened on Saturday.'));
    const report = await s.reload(new Date(), {
      files: ['three.md'],
      settleMs: 10_000,
      // The file grows while the store waits for it to settle.
      sleep: () =>
        write('three.md', article('Coast Times', 'The lighthouse reopened on Saturday, and more.')),
    });
    expect(report).toMatchObject({ scope: 'files', added: [], pending: [path.join(dir, 'three.md')] });
  });
});

describe('watchCorpus', () => {
  it('applies a new file by looking at that file only', async () => {
    const reports: ReloadReport[] = [];
    watcher = watchCorpus(store as IndexStore, {
      debounceMs: 50,
      log: memoryLogger().log,
      onReload: (r) => reports.push(r),
    });
    await write('three.md', article('Coast Times', 'The lighthouse reopened to visitors on Saturday.'));
    await until(() => (store as IndexStore).current.byId.has('three'), 5000, 'the new file served');
    expect(reports.map((r) => r.scope)).toEqual(['files']);
  });

  it('finds a change whose event it never got, at the next rescan of the whole folder', async () => {
    // Written before the watch exists: no event will ever name it.
    await write('missed.md', article('Plains Courier', 'Farmers reported an early harvest this week.'));
    const reports: ReloadReport[] = [];
    watcher = watchCorpus(store as IndexStore, {
      debounceMs: 50,
      rescanMs: 300,
      log: memoryLogger().log,
      onReload: (r) => reports.push(r),
    });
    await until(() => (store as IndexStore).current.byId.has('missed'), 5000, 'the missed file served');
    expect(reports[0]).toMatchObject({ scope: 'folder', added: ['missed'] });
  });
});
