import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/corpus.ts';
import { type FakeNewsSite, startNewsSite } from '../e2e/fakes/newsSite.ts';
import { type Harness, harness } from './harness.ts';

let site: FakeNewsSite;
let h: Harness;

const page = readFileSync(path.join(FIXTURES, 'feeds/pages/harbor-port-strike.html'), 'utf8');

/** An RSS feed of the given entries (invented; links relative to the site). */
function rss(
  items: { guid: string; link: string; title?: string; date?: string; summary?: string }[],
): string {
  const entries = items.map(
    (i) =>
      `<item><title>${i.title ?? 'Port workers walk out over automation plan'}</title><link>${site.url}${i.link.replace(/&/g, '&amp;')}</link>` +
      `<guid isPermaLink="false">${i.guid}</guid><pubDate>${i.date ?? 'Sat, 28 Nov 2026 07:45:00 GMT'}</pubDate>` +
      `<description>${i.summary ?? 'Dockworkers stopped work.'}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Times</title><link>${site.url}</link><description>d</description>${entries.join('')}</channel></rss>`;
}

const harborPage = (base: string, canonicalPath = '/harbor/2026/port-strike') =>
  page
    .replaceAll('{{BASE}}', base)
    .replaceAll(`"${base}/harbor/2026/port-strike"`, `"${base}${canonicalPath}"`);

beforeEach(async () => {
  site = await startNewsSite();
  h = await harness();
  site.put('/harbor/2026/port-strike', harborPage(site.url));
});

afterEach(async () => {
  await site.close();
  await h.cleanup();
});

async function poll(...paths: string[]) {
  const { fetcher, state } = await h.fetcher();
  const reports = await fetcher.fetchAll(paths.map((p) => ({ url: `${site.url}${p}` })));
  await state.close();
  return reports;
}

describe('duplicates', () => {
  it('stores an article reached through two feeds once', async () => {
    site.put('/feeds/a.rss', rss([{ guid: 'a-1', link: '/harbor/2026/port-strike' }]), 'application/rss+xml');
    site.put(
      '/feeds/b.rss',
      rss([{ guid: 'b-77', link: '/harbor/2026/port-strike' }]),
      'application/rss+xml',
    );
    const reports = await poll('/feeds/a.rss', '/feeds/b.rss');
    expect(reports.map((r) => r.added).reduce((a, b) => a + b)).toBe(1);
    expect(reports.map((r) => r.unchanged).reduce((a, b) => a + b)).toBe(1);
    expect(await h.files()).toHaveLength(1);
  });

  it('treats links that differ only by tracking parameters, fragments and www as one article', async () => {
    site.put(
      '/feeds/a.rss',
      rss([
        { guid: 'x-1', link: '/harbor/2026/port-strike?utm_source=rss&utm_campaign=daily' },
        { guid: 'x-2', link: '/harbor/2026/port-strike?fbclid=IwAR0xyz#comments' },
        { guid: 'x-3', link: '/harbor/2026/port-strike?gclid=abc&utm_medium=email' },
      ]),
      'application/rss+xml',
    );
    const [report] = await poll('/feeds/a.rss');
    expect(report?.added).toBe(1);
    expect(report?.unchanged).toBe(2);
    const files = await h.files();
    expect(files).toHaveLength(1);
    expect(await h.read(files[0] as string)).toContain(`url: "${site.url}/harbor/2026/port-strike"`);
  });

  it('does not fetch or store again when the GUID of a known link changes', async () => {
    site.put(
      '/feeds/a.rss',
      rss([{ guid: 'first-guid', link: '/harbor/2026/port-strike' }]),
      'application/rss+xml',
    );
    await poll('/feeds/a.rss');
    site.put(
      '/feeds/a.rss',
      rss([{ guid: 'regenerated-guid', link: '/harbor/2026/port-strike' }]),
      'application/rss+xml',
    );
    const pageHits = site.hits('/harbor/2026/port-strike');
    const [report] = await poll('/feeds/a.rss');
    expect(report).toMatchObject({ status: 'ok', added: 0, updated: 0, unchanged: 1 });
    expect(site.hits('/harbor/2026/port-strike')).toBe(pageHits);
    expect(await h.files()).toHaveLength(1);
  });

  it('stores the same text under a new URL once', async () => {
    site.put('/feeds/a.rss', rss([{ guid: 'a-1', link: '/harbor/2026/port-strike' }]), 'application/rss+xml');
    await poll('/feeds/a.rss');
    // The outlet moved the story; the new page has the same text and names its new address as canonical.
    site.put('/news/2026/11/28/port-workers', harborPage(site.url, '/news/2026/11/28/port-workers'));
    site.put(
      '/feeds/a.rss',
      rss([{ guid: 'a-1-moved', link: '/news/2026/11/28/port-workers' }]),
      'application/rss+xml',
    );
    const [report] = await poll('/feeds/a.rss');
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await h.files()).toHaveLength(1);
  });

  it('updates an article whose text changed at the same URL in place', async () => {
    site.put('/feeds/a.rss', rss([{ guid: 'a-1', link: '/harbor/2026/port-strike' }]), 'application/rss+xml');
    await poll('/feeds/a.rss');
    const [file] = await h.files();
    const changed = harborPage(site.url).replace(
      '<p>Pranger said talks would resume on Monday.',
      '<p>Late on Friday the union said it would return to work on Tuesday. “We have a deal in principle,” Reyna said.</p><p>Pranger said talks would resume on Monday.',
    );
    site.put('/harbor/2026/port-strike', changed);
    // The feed entry changed too (a new summary): that is what makes the page worth fetching again.
    site.put(
      '/feeds/a.rss',
      rss([
        { guid: 'a-1', link: '/harbor/2026/port-strike', summary: 'Union to return to work on Tuesday.' },
      ]),
      'application/rss+xml',
    );
    const [report] = await poll('/feeds/a.rss');
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(await h.files()).toEqual([file]);
    expect(await h.read(file as string)).toContain('“We have a deal in principle,” Reyna said.');
    const { articles } = await h.load();
    expect(articles).toHaveLength(1);
  });

  it('fetches the page again when the entry changes (new date) but counts an identical text as unchanged', async () => {
    site.put('/feeds/a.rss', rss([{ guid: 'a-1', link: '/harbor/2026/port-strike' }]), 'application/rss+xml');
    await poll('/feeds/a.rss');
    const before = site.hits('/harbor/2026/port-strike');
    site.put(
      '/feeds/a.rss',
      rss([{ guid: 'a-1', link: '/harbor/2026/port-strike', date: 'Sun, 29 Nov 2026 10:00:00 GMT' }]),
      'application/rss+xml',
    );
    const [report] = await poll('/feeds/a.rss');
    expect(site.hits('/harbor/2026/port-strike')).toBe(before + 1);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
  });

  it('does not fetch the page of an unchanged entry again', async () => {
    site.put('/feeds/a.rss', rss([{ guid: 'a-1', link: '/harbor/2026/port-strike' }]), 'application/rss+xml');
    await poll('/feeds/a.rss');
    // A new feed body (new ETag) with the same entry plus one more.
    site.put(
      '/other',
      harborPage(site.url, '/other').replace('walked off the job on Friday', 'voted on Saturday'),
    );
    site.put(
      '/feeds/a.rss',
      rss([
        { guid: 'a-1', link: '/harbor/2026/port-strike' },
        { guid: 'a-2', link: '/other', title: 'Crane drivers vote' },
      ]),
      'application/rss+xml',
    );
    const before = site.hits('/harbor/2026/port-strike');
    const [report] = await poll('/feeds/a.rss');
    expect(site.hits('/harbor/2026/port-strike')).toBe(before);
    expect(report).toMatchObject({ added: 1, unchanged: 1 });
  });

  it('keeps a page whose canonical link names another stored article as its own article', async () => {
    site.put('/feeds/a.rss', rss([{ guid: 'a-1', link: '/harbor/2026/port-strike' }]), 'application/rss+xml');
    await poll('/feeds/a.rss');
    // A template bug: the second story's page names the first story's address as canonical.
    site.put(
      '/harbor/2026/crane-vote',
      harborPage(site.url).replace('walked off the job on Friday', 'voted on Saturday'),
    );
    site.put(
      '/feeds/a.rss',
      rss([
        { guid: 'a-1', link: '/harbor/2026/port-strike' },
        { guid: 'a-2', link: '/harbor/2026/crane-vote', title: 'Crane drivers vote' },
      ]),
      'application/rss+xml',
    );
    const [report] = await poll('/feeds/a.rss');
    expect(report).toMatchObject({ added: 1, updated: 0, unchanged: 1 });
    const texts = await Promise.all((await h.files()).map((f) => h.read(f)));
    expect(texts.filter((t) => t.includes(`url: "${site.url}/harbor/2026/crane-vote"`))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('walked off the job on Friday'))).toHaveLength(1);
  });

  it('stores entries without a link from the feed’s own content, each once, and updates them by GUID', async () => {
    const jsonFeed = (second: string) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Harbor Notices',
        items: [
          {
            id: 'n-1',
            title: 'Ferry timetable changes',
            content_html: '<p>The winter ferry timetable starts on Monday, the harbour office said.</p>',
          },
          { id: 'n-2', title: 'Quay closed', content_html: `<p>${second}</p>` },
        ],
      });
    site.put(
      '/feeds/notices.json',
      jsonFeed('Quay Street closes on Tuesday for repairs, the council said.'),
      'application/feed+json',
    );
    const [first] = await poll('/feeds/notices.json');
    expect(first).toMatchObject({ added: 2 });
    site.put(
      '/feeds/notices.json',
      jsonFeed('Quay Street closes on Wednesday instead, the council said.'),
      'application/feed+json',
    );
    const [second] = await poll('/feeds/notices.json');
    expect(second).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const texts = await Promise.all((await h.files()).map((f) => h.read(f)));
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes('closes on Wednesday instead'))).toBe(true);
    expect(texts.every((t) => !t.includes('\nurl:'))).toBe(true);
  });

  it('updates in place when an entry keeps its GUID but its link moves and its text changes', async () => {
    site.put('/feeds/a.rss', rss([{ guid: 'a-1', link: '/harbor/2026/port-strike' }]), 'application/rss+xml');
    await poll('/feeds/a.rss');
    site.put(
      '/harbor/2026/port-strike-updated',
      harborPage(site.url, '/harbor/2026/port-strike-updated').replace(
        'walked off the job on Friday',
        'stayed off the job on Saturday',
      ),
    );
    site.put(
      '/feeds/a.rss',
      rss([{ guid: 'a-1', link: '/harbor/2026/port-strike-updated' }]),
      'application/rss+xml',
    );
    const [report] = await poll('/feeds/a.rss');
    expect(report).toMatchObject({ added: 0, updated: 1 });
    const files = await h.files();
    expect(files).toHaveLength(1);
    expect(await h.read(files[0] as string)).toContain(`url: "${site.url}/harbor/2026/port-strike-updated"`);
  });

  it('fills an emptied corpus folder again: a missing file is not hidden by a 304 or an unchanged entry', async () => {
    site.put('/feeds/a.rss', rss([{ guid: 'a-1', link: '/harbor/2026/port-strike' }]), 'application/rss+xml');
    await poll('/feeds/a.rss');
    const [file] = await h.files();
    await rm(path.join(h.corpusDir, file as string));
    const [report] = await poll('/feeds/a.rss');
    expect(report).toMatchObject({ status: 'ok', added: 1, updated: 0 });
    expect(await h.files()).toEqual([file]);
    const last = site.requests.filter((r) => r.path === '/feeds/a.rss').at(-1);
    expect(last?.headers['if-none-match']).toBeUndefined();
  });
});
