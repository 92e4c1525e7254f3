/**
 * Acceptance: `npm run -s cli -- fetch` against a local fake news site, then the stored folder read back
 * with `index --json`, `quotes` and `ask "/summit sources"`, as an operator would.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing.ts';
import { ROOT } from '../helpers/corpus.ts';
import { spawnTsx } from '../helpers/process.ts';
import { type FakeNewsSite, serveFixtureSite, startNewsSite } from '../e2e/fakes/newsSite.ts';

let site: FakeNewsSite;
let dir: string;

/** Runs the CLI in `dir` (its config/ and data/ are the temp folder's). */
async function cli(...args: string[]) {
  const run = spawnTsx(path.join(ROOT, 'src/cli.ts'), args, {}, dir);
  run.child.stdin.end();
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

interface FetchJson {
  feeds: { url: string; status: string; added: number; updated: number; unchanged: number; error?: string }[];
}

beforeAll(async () => {
  site = await startNewsSite();
  serveFixtureSite(site);
  site.route('/feeds/gone.rss', (_req, res) => void res.writeHead(500).end());
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-fetch-'));
  await mkdir(path.join(dir, 'config'));
  await cp(path.join(ROOT, 'config/default.json'), path.join(dir, 'config/default.json'));
  const feeds = [
    '/feeds/harbor.rss',
    '/feeds/coast.atom',
    '/feeds/gone.rss',
    '/feeds/bulletin.json',
    '/feeds/ledger.rdf',
  ];
  await writeFile(
    path.join(dir, 'config/local.json'),
    JSON.stringify({
      feeds: feeds.map((p) => ({ url: `${site.url}${p}` })),
      polling: { allowPrivateAddresses: true },
    }),
  );
});

afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run -s cli -- fetch', { timeout: 60_000 }, () => {
  it('stores each article once and reports the broken feed while the others are stored', async () => {
    const { code, stdout, stderr } = await cli('fetch', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as FetchJson;
    expect(report.feeds.map((f) => f.status)).toEqual(['ok', 'ok', 'error', 'ok', 'ok']);
    expect(Object.keys(report.feeds[0] as object).sort()).toEqual([
      'added',
      'status',
      'unchanged',
      'updated',
      'url',
    ]);
    expect(report.feeds[2]?.error).toContain('HTTP 500');
    expect(report.feeds.reduce((n, f) => n + f.added, 0)).toBe(4);
    expect(stderr).toContain('feed failed');
  });

  it('leaves files the loader reads like hand-added ones, with quotes attributed', async () => {
    const index = await cli('index', '--json', '--corpus', 'corpus');
    const { articles, errors } = JSON.parse(index.stdout) as {
      articles: { outlet: string; title: string; published: string; url: string; quotes: number }[];
      errors: unknown[];
    };
    expect(errors).toEqual([]);
    expect(articles.map((a) => `${a.outlet} | ${a.title}`).sort()).toEqual([
      'Brackwater Bulletin | Water main repairs to close Quay Street',
      'Harbor Times | Port workers walk out over automation plan',
      'The Coast Post | Ferry service suspended as storm nears',
      'Valley Ledger | Council votes to close Ashby library branch',
    ]);
    const port = articles.find((a) => a.outlet === 'Harbor Times');
    expect(port).toMatchObject({ published: '2026-11-28', url: `${site.url}/harbor/2026/port-strike` });
    expect(port?.quotes).toBeGreaterThanOrEqual(3);
    const quotes = await cli('quotes', 'reyna', '--json', '--corpus', 'corpus');
    const briefing = JSON.parse(quotes.stdout) as Briefing;
    const texts = briefing.items.map((i) => `${i.speaker}: ${i.text}`);
    expect(texts.some((t) => t.startsWith('Tomas Reyna') && t.includes('not at the table'))).toBe(true);
    expect(texts.some((t) => t.includes('Words are cheap'))).toBe(true);
    const brennick = JSON.parse(
      (await cli('quotes', 'brennick', '--json', '--corpus', 'corpus')).stdout,
    ) as Briefing;
    expect(brennick.items.some((i) => i.text.includes('cannot risk a crossing'))).toBe(true);
  });

  it('a second fetch sends the validators, gets 304 and adds nothing', async () => {
    const before = site.requests.length;
    const { stdout } = await cli('fetch', '--json');
    const report = JSON.parse(stdout) as FetchJson;
    expect(report.feeds.filter((f) => f.status !== 'error').map((f) => f.status)).toEqual([
      'not-modified',
      'not-modified',
      'not-modified',
      'not-modified',
    ]);
    expect(report.feeds.reduce((n, f) => n + f.added + f.updated, 0)).toBe(0);
    const sent = site.requests.slice(before);
    // Four conditional feed requests; the failing feed waits for its backoff; no page is fetched.
    expect(sent).toHaveLength(4);
    expect(sent.every((r) => r.headers['if-none-match'])).toBe(true);
  });

  it('updates a changed article in place', async () => {
    const page = await readFile(path.join(ROOT, 'tests/fixtures/feeds/pages/undated-notice.html'), 'utf8');
    site.put(
      '/bulletin/quay-street',
      page.replace(
        '</article>',
        '<p>"The road should reopen on Friday," the spokesperson added on Thursday.</p></article>',
      ),
    );
    site.put(
      '/feeds/bulletin.json',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Brackwater Bulletin',
        items: [
          {
            id: 'bulletin-quay-street',
            url: `${site.url}/bulletin/quay-street`,
            title: 'Water main repairs to close Quay Street',
            summary: 'Updated: reopening Friday.',
          },
        ],
      }),
      'application/feed+json',
    );
    const { stdout } = await cli('fetch', '--json', '--feed', `${site.url}/feeds/bulletin.json`);
    expect((JSON.parse(stdout) as FetchJson).feeds).toEqual([
      { url: `${site.url}/feeds/bulletin.json`, status: 'ok', added: 0, updated: 1, unchanged: 0 },
    ]);
    const index = JSON.parse((await cli('index', '--json', '--corpus', 'corpus')).stdout) as {
      articles: unknown[];
    };
    expect(index.articles).toHaveLength(4);
  });

  it('shows the failing feed in /summit sources', async () => {
    const { stdout } = await cli('ask', '/summit sources', '--json', '--corpus', 'corpus');
    const briefing = JSON.parse(stdout) as Briefing;
    expect(briefing.note).toContain('Feeds: 5 followed, 4 ok, 1 failing');
    expect(briefing.note).toContain(`Failing: ${site.url}/feeds/gone.rss: HTTP 500`);
    expect(briefing.note).toContain('last success never');
  });

  it('prints a readable summary without --json and rejects a --feed that is not http(s)', async () => {
    const text = await cli('fetch', '--feed', `${site.url}/feeds/coast.atom`);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`not-modified  ${site.url}/feeds/coast.atom: 0 added, 0 updated`);
    expect(text.stdout).toContain('1 feeds: 0 added, 0 updated, 0 failed');
    const bad = await cli('fetch', '--feed', 'file:///etc/passwd');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--feed takes an http(s) address');
  });

  it('refuses to fetch while another live process polls on the same state', async () => {
    const file = path.join(dir, 'data/feeds-state.json');
    const release = await lockfile.lock(file, { realpath: false, lockfilePath: `${file}.lock` });
    try {
      const run = await cli('fetch', '--json');
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('feeds-state.json is in use by another process');
    } finally {
      await release();
    }
  });
});
