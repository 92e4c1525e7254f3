import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeNewsSite, serveFixtureSite, startNewsSite } from '../e2e/fakes/newsSite.ts';
import { type Harness, harness } from './harness.ts';

let site: FakeNewsSite;
let h: Harness;

beforeEach(async () => {
  site = await startNewsSite();
  serveFixtureSite(site);
  h = await harness();
});

afterEach(async () => {
  await site.close();
  await h.cleanup();
});

const feed = (path: string, extra: { outlet?: string; story?: string } = {}) => ({
  url: `${site.url}${path}`,
  ...extra,
});

describe('FeedFetcher on RSS, Atom, JSON Feed and RDF', () => {
  it('stores each article once with outlet, headline without site suffix, date and canonical url', async () => {
    const { fetcher, state } = await h.fetcher();
    const reports = await fetcher.fetchAll([
      feed('/feeds/harbor.rss'),
      feed('/feeds/coast.atom'),
      feed('/feeds/bulletin.json'),
      feed('/feeds/ledger.rdf'),
    ]);
    await state.close();
    expect(reports.map((r) => [r.status, r.added + r.unchanged])).toEqual([
      ['ok', 2],
      ['ok', 1],
      ['ok', 1],
      ['ok', 1],
    ]);
    // The council story is in the RSS feed and (with an fbclid) in the RDF feed: stored once.
    expect(reports.reduce((n, r) => n + r.added, 0)).toBe(4);
    const { articles, errors } = await h.load();
    expect(errors).toEqual([]);
    const byTitle = Object.fromEntries(articles.map((a) => [a.title, a]));
    expect(Object.keys(byTitle).sort()).toEqual([
      'Council votes to close Ashby library branch',
      'Ferry service suspended as storm nears',
      'Port workers walk out over automation plan',
      'Water main repairs to close Quay Street',
    ]);
    const port = byTitle['Port workers walk out over automation plan'];
    expect(port?.outlet).toBe('Harbor Times');
    expect(port?.published).toBe('2026-11-28');
    expect(port?.publishedInferred).toBe(false);
    expect(port?.url).toBe(`${site.url}/harbor/2026/port-strike`);
    const ferry = byTitle['Ferry service suspended as storm nears'];
    expect(ferry?.outlet).toBe('The Coast Post');
    expect(ferry?.url).toBe(`${site.url}/coast/ferry-suspended`);
    expect(ferry?.published).toBe('2026-11-27');
    expect(byTitle['Council votes to close Ashby library branch']?.outlet).toBe('Valley Ledger');
    expect(byTitle['Water main repairs to close Quay Street']?.outlet).toBe('Brackwater Bulletin');
  });

  it('writes readable paragraphs with every quote intact and the furniture gone', async () => {
    const { fetcher, state } = await h.fetcher();
    await fetcher.fetchAll([feed('/feeds/harbor.rss')]);
    await state.close();
    const [name] = (await h.files()).filter((f) => f.startsWith('port-workers'));
    const text = await h.read(name as string);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body).toContain(
      '“We were told about this plan in a press release, not at the table,” said Tomas Reyna, who chairs the dockworkers’ union local.',
    );
    expect(body).toContain('“My door is open, and it will stay open,” she said.');
    for (const furniture of [
      'Share on Facebook',
      'Idle cranes',
      'newsletter',
      'Most read',
      'Advertisement',
      '©',
    ])
      expect(body).not.toContain(furniture);
    expect(body.split('\n\n').length).toBeGreaterThanOrEqual(7);
    expect(text).toMatch(
      /^---\noutlet: "Harbor Times"\ntitle: "Port workers walk out over automation plan"\n/,
    );
    expect(text).toContain(`feed: "${site.url}/feeds/harbor.rss"`);
    expect(text).toContain('guid: "harbor-18842"');
    expect(text).toContain('fetched: "2026-11-30T09:00:00.000Z"');
  });

  it('leaves the date out when neither the page nor the feed gives one', async () => {
    const { fetcher, state } = await h.fetcher();
    await fetcher.fetchAll([feed('/feeds/bulletin.json')]);
    await state.close();
    const [name] = await h.files();
    const text = await h.read(name as string);
    expect(text).not.toContain('published:');
    expect(text).toContain('title: "Water main repairs to close Quay Street"');
  });

  it('uses the configured outlet name and keeps the story keyword', async () => {
    const { fetcher, state } = await h.fetcher();
    await fetcher.fetchAll([feed('/feeds/coast.atom', { outlet: 'Coast Post', story: 'storm' })]);
    await state.close();
    const [name] = await h.files();
    const text = await h.read(name as string);
    expect(text).toContain('outlet: "Coast Post"');
    expect(text).toContain('story: "storm"');
  });

  it('keeps every short quote paragraph of an interview and reads a date-only JSON-LD date', async () => {
    site.putFixture('/courier/fenwick', 'pages/fenwick-interview.html');
    site.put(
      '/feeds/courier.json',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Northern Courier',
        items: [{ id: 'c-1', url: `${site.url}/courier/fenwick?utm_source=feed` }],
      }),
      'application/feed+json',
    );
    const { fetcher, state } = await h.fetcher();
    await fetcher.fetchAll([feed('/feeds/courier.json')]);
    await state.close();
    const { articles } = await h.load();
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a).toMatchObject({
      outlet: 'Northern Courier',
      title: "'We ran out of time': rescue chief on the Fenwick flood",
      published: '2026-11-29',
      url: `${site.url}/courier/fenwick`,
    });
    const body = a?.paragraphs.map((p) => p.join(' ')).join('\n') ?? '';
    for (const quote of [
      '"We ran out of time," she said.',
      'Another hour and every one',
      'I will remember that',
    ])
      expect(body).toContain(quote);
    for (const furniture of ['Read more', 'Photograph', 'Sign up', 'comments', 'Registered in England'])
      expect(body).not.toContain(furniture);
  });

  it('dates an evening story by the day it ran where it ran, not the UTC day', async () => {
    site.put(
      '/feeds/evening.rss',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Brackwater Bulletin</title><link>${site.url}</link><description>d</description>` +
        `<item><title>Water main repairs to close Quay Street</title><link>${site.url}/bulletin/quay-street</link><guid>q-1</guid><pubDate>Fri, 27 Nov 2026 21:30:00 EST</pubDate></item></channel></rss>`,
      'application/rss+xml',
    );
    const { fetcher, state } = await h.fetcher();
    await fetcher.fetchAll([feed('/feeds/evening.rss')]);
    await state.close();
    const text = await h.read((await h.files())[0] as string);
    expect(text).toContain('published: "2026-11-27"\npublishedAt: "2026-11-27T21:30:00-05:00"');
    expect((await h.load()).articles[0]?.published).toBe('2026-11-27');
  });
});
