/**
 * `npm start` with feeds configured: the bot polls on its own, the stored article reaches the index through
 * the corpus watcher, `/summit sources` shows the feeds' health, and SIGTERM stops it cleanly.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';
import { startMain } from '../helpers/process.ts';
import { type FakeNewsSite, serveFixtureSite, startNewsSite } from './fakes/newsSite.ts';

let site: FakeNewsSite;
let dir: string;

beforeAll(async () => {
  site = await startNewsSite();
  serveFixtureSite(site);
  site.route('/feeds/down.rss', (_req, res) => void res.writeHead(503).end());
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-feeds-start-'));
  await mkdir(path.join(dir, 'config'));
  await mkdir(path.join(dir, 'corpus'));
  await cp(path.join(ROOT, 'config/default.json'), path.join(dir, 'config/default.json'));
  await writeFile(
    path.join(dir, 'config/local.json'),
    JSON.stringify({
      feeds: [
        { url: `${site.url}/feeds/coast.atom` },
        { url: `${site.url}/feeds/down.rss`, outlet: 'Down Daily' },
      ],
      polling: { allowPrivateAddresses: true },
    }),
  );
});

afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start with feeds', { timeout: 60_000 }, () => {
  it('polls at start-up, answers from the fetched article and exits at the end of input', async () => {
    const bot = startMain({ LOG_LEVEL: 'info' }, dir);
    await bot.waitForLog('feed polling started');
    await bot.waitForLog('corpus reloaded');
    bot.child.stdin.write('/summit sources\n');
    await until(() => bot.stdout().includes('Sources: 1 article'));
    expect(bot.stdout()).toContain('The Coast Post: Ferry service suspended as storm nears');
    expect(bot.stdout()).toContain('Feeds: 2 followed, 1 ok, 1 failing');
    expect(bot.stdout()).toContain(`Failing: Down Daily (${site.url}/feeds/down.rss): HTTP 503`);
    bot.child.stdin.write('/quote brennick\n');
    await until(() => bot.stdout().includes('cannot risk a crossing'));
    const ended = Date.now();
    bot.child.stdin.end();
    await until(() => bot.child.exitCode !== null, 3000);
    expect(await bot.stop()).toBe(0);
    expect(Date.now() - ended).toBeLessThan(3000);
    expect(bot.stderr()).toContain('"msg":"feed failed"');
  });
});
