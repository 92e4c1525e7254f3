/**
 * Soak (bounded): 2,000 reloads of a five-file corpus, one file edited before each, with a broken file
 * present throughout. The heap after a full collection must stay within 10 % of where it settled.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { IndexStore } from '../../src/index/store.ts';
import { testConfig } from '../helpers/corpus.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const RELOADS = 2000;
const WARM_UP = 200;
let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** An invented article whose text changes with `version`. */
const article = (n: number, version: number) =>
  `---\noutlet: Outlet ${n}\ntitle: Harbour works, part ${n}\npublished: 2031-03-0${n}\n---\n` +
  `Crews worked on section ${n} of the harbour wall for the ${version}th day, the port authority said.\n\n` +
  `"We expect to finish section ${n} before the storms," said Dana Holt, the site manager.\n`;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('soak: repeated reloads', () => {
  it(`keeps the heap flat over ${RELOADS} reloads of 5 files`, { timeout: 180_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-soak-'));
    for (let n = 1; n <= 5; n++) await writeFile(path.join(dir, `part-${n}.md`), article(n, 0));
    await writeFile(path.join(dir, 'broken.md'), '---\noutlet: [unclosed\n---\nText.\n');
    const store = await IndexStore.open(dir, testConfig());
    let warm = 0;
    for (let i = 1; i <= RELOADS; i++) {
      const n = (i % 5) + 1;
      await writeFile(path.join(dir, `part-${n}.md`), article(n, i));
      const report = await store.reload(new Date(Date.UTC(2031, 3, 1) + i * 1000));
      expect(report.updated).toEqual([`part-${n}`]);
      if (i === WARM_UP) warm = heapAfterGc();
    }
    const end = heapAfterGc();
    expect(store.current.articles).toHaveLength(5);
    expect(end / warm).toBeLessThan(1.1);
  });
});
