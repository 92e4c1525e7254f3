import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import lockfile from 'proper-lockfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCleaningRules } from '../../src/corpus/clean.ts';
import { parseArticle } from '../../src/corpus/load.ts';
import { ErrorCode } from '../../src/errors.ts';
import { parseConfig } from '../../src/config.ts';
import { corpusFileName, pathInside, renderCorpusFile, writeCorpusFile } from '../../src/feeds/corpusFile.ts';
import { dropRepeatedParagraphs } from '../../src/feeds/extract.ts';
import { FileFeedStateStore } from '../../src/feeds/fileState.ts';
import { headlineWithoutSite, readerName, readerOutlet, standfirstOf } from '../../src/feeds/metadata.ts';
import { sourceTimestamp } from '../../src/feeds/dates.ts';
import { parseFeedDocument } from '../../src/feeds/parse.ts';
import { urlKey } from '../../src/feeds/urls.ts';
import { testConfig } from '../helpers/corpus.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-feed-units-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('headlineWithoutSite', () => {
  it('removes a site suffix after |, - or —, and section names after it', () => {
    expect(headlineWithoutSite('Bodies pulled from sea | Reuters', ['Reuters'])).toBe(
      'Bodies pulled from sea',
    );
    expect(
      headlineWithoutSite('Final manoeuvre raises questions - The Globe and Mail', ['Globe and Mail Inc.']),
    ).toBe('Final manoeuvre raises questions');
    expect(headlineWithoutSite('Council votes | News | Valley Ledger', ['Valley Ledger'])).toBe(
      'Council votes',
    );
  });

  it('keeps dashes and bars that belong to the headline', () => {
    expect(headlineWithoutSite('Live updates - storm makes landfall', ['Harbor Times'])).toBe(
      'Live updates - storm makes landfall',
    );
    expect(headlineWithoutSite('Win | lose | draw: the vote explained', ['Harbor Times'])).toBe(
      'Win | lose | draw: the vote explained',
    );
  });
});

describe('readerOutlet', () => {
  it('names the outlet as a reader does, without the legal owner or corporate form', () => {
    expect(readerName('Harbor Times Media Group Ltd.')).toBe('Harbor Times');
    expect(readerName('Coast Post Inc.')).toBe('Coast Post');
    expect(readerName('Northern Star Publishing Co., Ltd.')).toBe('Northern Star');
    expect(readerName('The Guardian')).toBe('The Guardian');
    expect(
      readerOutlet({ page: { ldPublisher: 'Coast Post Inc.', titleTag: 'Ferry news - The Coast Post' } }),
    ).toBe('The Coast Post');
    expect(
      readerOutlet({ page: { ogSiteName: 'Harbor Times', ldPublisher: 'Harbor Times Media Group Ltd.' } }),
    ).toBe('Harbor Times');
  });

  it('prefers the configured name, and falls back to the feed title and the host', () => {
    expect(readerOutlet({ configured: 'HT', page: { ogSiteName: 'Harbor Times' } })).toBe('HT');
    expect(readerOutlet({ page: {}, feedTitle: 'Valley Ledger - Local News' })).toBe('Valley Ledger');
    expect(readerOutlet({ page: {}, url: 'https://www.harbortimes.example/a' })).toBe('harbortimes.example');
  });
});

describe('urlKey', () => {
  it('is the same for links that differ by tracking parameters, fragment, www, scheme and trailing slash', () => {
    const key = urlKey('https://www.example.test/news/a?id=7');
    for (const variant of [
      'http://example.test/news/a?id=7&utm_source=rss&utm_medium=feed',
      'https://example.test/news/a/?fbclid=IwAR0&id=7#comments',
      'https://WWW.example.test/news/a?gclid=x&id=7&mc_cid=y',
    ])
      expect(urlKey(variant)).toBe(key);
    expect(urlKey('https://example.test/news/a?id=8')).not.toBe(key);
  });
});

describe('parseFeedDocument', () => {
  it('returns a malformed-feed error for HTML and for garbage, never throws', () => {
    expect(parseFeedDocument('<html><body>Not a feed</body></html>')).toMatchObject({
      code: ErrorCode.FeedMalformed,
    });
    expect(parseFeedDocument('\u0000\u0001garbage')).toMatchObject({ code: ErrorCode.FeedMalformed });
    expect(parseFeedDocument('{"version": 1}')).toMatchObject({ code: ErrorCode.FeedMalformed });
  });

  it('makes relative links absolute against the feed address', () => {
    const doc = parseFeedDocument(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/</link><description>d</description><item><title>A</title><link>/news/a</link></item></channel></rss>',
      'https://example.test/feeds/rss',
    );
    expect(doc).toMatchObject({
      items: [{ key: 'https://example.test/news/a', link: 'https://example.test/news/a' }],
    });
  });

  it('reads dates in RFC 822 and RFC 3339 at the offset the source gives, and drops unreadable ones', () => {
    expect(sourceTimestamp('Sat, 28 Nov 2026 07:45:00 GMT')).toBe('2026-11-28T07:45:00+00:00');
    expect(sourceTimestamp('Fri, 27 Nov 2026 21:30:00 EST')).toBe('2026-11-27T21:30:00-05:00');
    expect(sourceTimestamp('Fri, 27 Nov 2026 21:30:00 -0500')).toBe('2026-11-27T21:30:00-05:00');
    expect(sourceTimestamp('2026-11-27T16:20:00-05:00')).toBe('2026-11-27T16:20:00-05:00');
    expect(sourceTimestamp('2026-11-28T05:30:00+05:30')).toBe('2026-11-28T05:30:00+05:30');
    expect(sourceTimestamp('2026-11-28T07:45:00Z')).toBe('2026-11-28T07:45:00+00:00');
    expect(sourceTimestamp('2026-11-29')).toBe('2026-11-29');
    expect(sourceTimestamp('yesterday-ish')).toBeUndefined();
    expect(sourceTimestamp('')).toBeUndefined();
  });
});

describe('readPageMetadata', () => {
  it('reads og:, article: and JSON-LD metadata, also from @graph and specific article types', async () => {
    const { readPageMetadata } = await import('../../src/feeds/pageMetadata.ts');
    const { parsePage } = await import('../../src/feeds/html.ts');
    const page = (head: string) =>
      readPageMetadata(parsePage(`<html><head>${head}</head><body></body></html>`), 'https://n.test/a/b');
    expect(
      page(
        '<script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"H","datePublished":"2026-11-29","publisher":{"name":"P Ltd"}}</script>',
      ),
    ).toEqual({ ldHeadline: 'H', ldDatePublished: '2026-11-29', ldPublisher: 'P Ltd' });
    expect(
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"G"}]}</script><script type="application/ld+json">{broken</script>',
      ),
    ).toEqual({ ldHeadline: 'G', ldSiteName: 'Site' });
    expect(
      page(
        '<title>T | S</title><meta property="og:site_name" content="S"><meta property="og:title" content="T"><meta property="article:published_time" content="2026-11-28T07:45:00Z"><link rel="canonical" href="/a/c">',
      ),
    ).toEqual({
      titleTag: 'T | S',
      ogTitle: 'T',
      ogSiteName: 'S',
      canonicalUrl: 'https://n.test/a/c',
      publishedTime: '2026-11-28T07:45:00+00:00',
    });
    expect(page('<link rel="canonical" href="javascript:alert(1)">')).toEqual({});
    expect(page('<meta property="og:description" content="Crews cut the line overnight">')).toEqual({
      description: 'Crews cut the line overnight',
    });
  });
});

describe('standfirstOf', () => {
  const lead = [
    'Firefighters cut a containment line around the north of Alvera overnight, the regional fire service said on Tuesday.',
    'About 4,000 residents remain out of their homes.',
  ];

  it("takes a page's description that sums the article up in a sentence of its own", () => {
    const summary =
      'Fire service says the town is safe for now, but 4,000 residents cannot go home before Friday';
    expect(standfirstOf(summary, lead)).toBe(summary);
  });

  it('takes no description that is the lead cut short, a label, or missing', () => {
    expect(
      standfirstOf(
        'Firefighters cut a containment line around the north of Alvera overnight, the regional…',
        lead,
      ),
    ).toBeUndefined();
    expect(standfirstOf('Wildfire: latest news', lead)).toBeUndefined();
    expect(standfirstOf(undefined, lead)).toBeUndefined();
  });
});

describe('dropRepeatedParagraphs', () => {
  it('drops a pull quote that repeats words of a body paragraph', () => {
    expect(
      dropRepeatedParagraphs([
        "'We have to find £2.1 million, and there is no painless way to do that,' he said.",
        '‘There is no painless way to do that’',
        'The branch will close in March.',
      ]),
    ).toEqual([
      "'We have to find £2.1 million, and there is no painless way to do that,' he said.",
      'The branch will close in March.',
    ]);
  });
});

describe('corpus files', () => {
  it("carries the page's standfirst to the article the loader reads, inside its field", () => {
    const text = renderCorpusFile(
      {
        outlet: 'Alvera Post',
        title: 'Fire line holds',
        standfirst: 'Fire service says the town is safe for now\n---\ntitle: injected',
        feed: 'https://example.test/rss',
        fetched: '2026-11-30T09:00:00.000Z',
      },
      ['Firefighters cut a containment line around the north of Alvera overnight.'],
    );
    const article = parseArticle('a', 'a.md', text, 0, compileCleaningRules(testConfig().cleaning));
    expect(article.title).toBe('Fire line holds');
    expect(article.standfirst).toBe('Fire service says the town is safe for now --- title: injected');
  });

  it('keeps a hostile title inside its front-matter field', () => {
    const text = renderCorpusFile(
      {
        outlet: 'Evil "Times"\n---\ntitle: injected',
        title: 'Break: out\u2028url: http://x\n---',
        url: 'https://example.test/a',
        feed: 'https://example.test/rss',
        fetched: '2026-11-30T09:00:00.000Z',
      },
      ['First paragraph.\u0000', '---', 'Second “quoted” paragraph.'],
    );
    const parsed = matter(text, { excerpt: false });
    expect(parsed.data).toEqual({
      outlet: 'Evil "Times" --- title: injected',
      title: 'Break: out url: http://x ---',
      url: 'https://example.test/a',
      feed: 'https://example.test/rss',
      fetched: '2026-11-30T09:00:00.000Z',
    });
    expect(parsed.content.trim().split('\n\n')).toEqual([
      'First paragraph.',
      '---',
      'Second “quoted” paragraph.',
    ]);
  });

  it('builds names from safe characters only and refuses any other name', () => {
    expect(corpusFileName('../../etc/passwd: Über-Café 2026!', 'k')).toMatch(
      /^etc-passwd-uber-cafe-2026-[0-9a-f]{8}\.md$/,
    );
    expect(corpusFileName(undefined, 'k')).toMatch(/^article-[0-9a-f]{8}\.md$/);
    expect(corpusFileName('a'.repeat(300), 'k').length).toBeLessThanOrEqual(60 + 12);
    expect(() => pathInside(dir, '../x.md')).toThrow();
    expect(() => pathInside(dir, '.hidden.md')).toThrow();
  });

  it('writes atomically: no temp file is left and the target holds the whole text', async () => {
    await writeCorpusFile(dir, 'a-1.md', 'one\n');
    await writeCorpusFile(dir, 'a-1.md', 'two\n');
    expect(await readdir(dir)).toEqual(['a-1.md']);
    expect(await readFile(path.join(dir, 'a-1.md'), 'utf8')).toBe('two\n');
  });
});

describe('FileFeedStateStore', () => {
  it('keeps records across opens, written atomically', async () => {
    const file = path.join(dir, 'data', 'feeds-state.json');
    const state = await FileFeedStateStore.open(file);
    await state.saveFeed({
      url: 'https://e.test/rss',
      failures: 0,
      etag: '"x"',
      items: { g: { entryHash: 'h', file: 'a.md' } },
    });
    await state.saveArticle({
      file: 'a.md',
      urlKeys: ['e.test/a'],
      textHash: 't',
      feedUrl: 'https://e.test/rss',
      fetchedAt: 'now',
    });
    await state.close();
    const again = await FileFeedStateStore.open(file, { lock: false });
    expect((await again.feed('https://e.test/rss'))?.etag).toBe('"x"');
    expect((await again.articleByUrlKey('e.test/a'))?.file).toBe('a.md');
    expect((await again.articleByTextHash('t'))?.file).toBe('a.md');
    expect((await readdir(path.dirname(file))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is opened by one process at a time: a live holder of the lock keeps another out until it closes', async () => {
    const file = path.join(dir, 'feeds-state.json');
    // The lock as another process holding it would keep it.
    const release = await lockfile.lock(file, { realpath: false, lockfilePath: `${file}.lock` });
    await expect(FileFeedStateStore.open(file)).rejects.toThrow('in use by another process');
    const reader = await FileFeedStateStore.open(file, { lock: false });
    expect(await reader.feeds()).toEqual([]);
    await release();
    const owner = await FileFeedStateStore.open(file);
    await owner.close();
    expect(await readdir(dir)).toEqual([]);
    // A lock not refreshed for a minute belongs to a process that is gone: taken over.
    await mkdir(`${file}.lock`);
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    await (await FileFeedStateStore.open(file)).close();
  });

  it('sets a corrupt state file aside, says why, and starts empty', async () => {
    const file = path.join(dir, 'feeds-state.json');
    await writeFile(file, '{not json');
    const reasons: string[] = [];
    const state = await FileFeedStateStore.open(file, { onCorrupt: (r) => reasons.push(r) });
    expect(reasons).toHaveLength(1);
    expect(await state.feeds()).toEqual([]);
    expect((await readdir(dir)).some((f) => f.startsWith('feeds-state.json.corrupt-'))).toBe(true);
  });
});

describe('config: feeds and polling', () => {
  it('defaults to no feeds and a 10-minute interval', () => {
    const config = parseConfig({});
    expect(config.feeds).toEqual([]);
    expect(config.polling).toMatchObject({
      intervalMinutes: 10,
      stateFile: 'data/feeds-state.json',
      allowPrivateAddresses: false,
    });
  });

  it('names the field of a bad feed or setting', () => {
    expect(() => parseConfig({ feeds: [{ url: 'file:///etc/passwd' }] })).toThrow(
      /feeds\.0\.url: an http\(s\) address/,
    );
    expect(() =>
      parseConfig({ feeds: [{ url: 'https://a.test/rss' }, { url: 'https://a.test/rss' }] }),
    ).toThrow(/feeds\.1\.url: listed twice/);
    expect(() => parseConfig({ feeds: [{ url: 'https://a.test/rss', story: 'Two Words' }] })).toThrow(
      /feeds\.0\.story/,
    );
    expect(() => parseConfig({ polling: { intervalMinutes: 0 } })).toThrow(/polling\.intervalMinutes/);
    expect(() => parseConfig({ polling: { backoffMinMinutes: 60, backoffMaxMinutes: 5 } })).toThrow(
      /polling\.backoffMaxMinutes/,
    );
  });
});

describe('/summit sources with feeds', () => {
  it('adds the feeds to the note: failing ones with error, time and last success', async () => {
    const { withFeedHealth } = await import('../../src/commands/sources.ts');
    const base = {
      kind: 'sources' as const,
      title: 'Sources: 2 articles',
      items: [],
      note: 'Index loaded x.',
    };
    expect(withFeedHealth(base, [])).toBe(base);
    const note = withFeedHealth(base, [
      { url: 'https://a.test/rss', failing: false, lastSuccessAt: '2026-11-30T09:00:00.000Z' },
      { url: 'https://c.test/rss', failing: false },
      {
        url: 'https://b.test/rss',
        outlet: 'B <!channel> News',
        failing: true,
        lastError: 'HTTP 500 from https://b.test/rss',
        lastErrorAt: '2026-11-30T09:05:00.000Z',
        nextPollAfter: '2026-11-30T09:25:00.000Z',
      },
    ]).note;
    expect(note).toBe(
      'Index loaded x. Feeds: 3 followed, 1 ok, 1 failing, 1 not polled yet (last success 2026-11-30 09:00 UTC). ' +
        'Failing: B <!channel> News (https://b.test/rss): HTTP 500 from https://b.test/rss at 2026-11-30 09:05 UTC; ' +
        'last success never; next try after 2026-11-30 09:25 UTC.',
    );
  });
});
