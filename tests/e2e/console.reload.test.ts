import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/corpus.ts';
import { startMain } from '../helpers/process.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-console-'));
  await cp(CORPUS, dir, { recursive: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start (console) while the corpus changes', () => {
  it('answers from a new article within about 2 s of it being added', async () => {
    const bot = startMain({ CORPUS_DIR: dir });
    bot.child.stdin.write('/summit sources\n');
    // Start-up is not what this test measures (a loaded machine can take several seconds): the reload is.
    await until(() => bot.stdout().includes('Sources: 5 articles'), 20_000);
    await writeFile(
      path.join(dir, '2018-10-09-example-news-envoys.md'),
      '---\noutlet: Example News\ntitle: Envoys meet in Panmunjom\npublished: 2018-10-09\n---\nEnvoys from both Koreas met in Panmunjom on Tuesday to plan the next round of talks.\n',
    );
    const added = Date.now();
    let seen = false;
    while (!seen && Date.now() - added < 4000) {
      bot.child.stdin.write('/summit sources\n');
      await new Promise((r) => setTimeout(r, 200));
      seen = bot.stdout().includes('Sources: 6 articles');
    }
    expect(seen).toBe(true);
    expect(Date.now() - added).toBeLessThan(2500);
    bot.child.stdin.end('/summit search panmunjom\n');
    // The end of input ends the console (SIGTERM only if it does not).
    expect(await bot.stop(5000)).toBe(0);
    expect(bot.stdout()).toContain('Envoys from both Koreas met in Panmunjom');
  });
});
