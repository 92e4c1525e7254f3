import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.ts';
import { politeGet, retryAfterMs } from '../../src/feeds/http.ts';
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

const feed = (path: string) => ({ url: `${site.url}${path}` });

async function poll(paths: string[], settings = {}) {
  const { fetcher, state } = await h.fetcher(settings);
  const reports = await fetcher.fetchAll(paths.map(feed));
  await state.close();
  return reports;
}

const http = (overrides = {}) => ({
  timeoutMs: 1000,
  maxBodyBytes: 1_000_000,
  maxRedirects: 3,
  userAgent: 'newsdesk-test',
  allowPrivateAddresses: true,
  now: () => new Date('2026-11-30T09:00:00Z'),
  ...overrides,
});

describe('conditional requests', () => {
  it('sends the validators on the second poll, gets 304 and stores nothing new', async () => {
    const [first] = await poll(['/feeds/harbor.rss']);
    expect(first?.added).toBe(2);
    const files = await h.files();
    const pageHits = site.hits('/harbor/2026/port-strike');
    const [second] = await poll(['/feeds/harbor.rss']);
    expect(second).toMatchObject({ status: 'not-modified', added: 0, updated: 0 });
    const last = site.requests.filter((r) => r.path === '/feeds/harbor.rss').at(-1);
    expect(last?.headers['if-none-match']).toBe('"v1"');
    expect(last?.headers['if-modified-since']).toMatch(/GMT$/);
    expect(site.hits('/harbor/2026/port-strike')).toBe(pageHits);
    expect(await h.files()).toEqual(files);
  });

  it('names the bot and its contact address in the User-Agent', async () => {
    await poll(['/feeds/harbor.rss'], { contact: 'https://newsroom.example/bot' });
    const ua = site.requests[0]?.headers['user-agent'];
    expect(ua).toMatch(/^newsdesk\//);
    expect(ua).toContain('+https://newsroom.example/bot');
  });
});

describe('a failing feed', () => {
  it('is reported with its reason while the other feeds are stored', async () => {
    site.route('/feeds/broken.rss', (_req, res) => void res.writeHead(500).end('oops'));
    const reports = await poll(['/feeds/broken.rss', '/feeds/coast.atom']);
    expect(reports[0]).toMatchObject({ status: 'error', added: 0 });
    expect(reports[0]?.error).toContain('HTTP 500');
    expect(reports[0]?.error).toContain('/feeds/broken.rss');
    expect(reports[1]).toMatchObject({ status: 'ok', added: 1 });
    expect(h.lines.some((l) => l.includes('"msg":"feed failed"') && l.includes('broken.rss'))).toBe(true);
  });

  it('backs off: not polled again before its next time, polled after, the wait growing with each failure', async () => {
    site.route('/feeds/broken.rss', (_req, res) => void res.writeHead(503).end());
    await poll(['/feeds/broken.rss']);
    const state = await h.state();
    const first = await state.feed(`${site.url}/feeds/broken.rss`);
    expect(first?.failures).toBe(1);
    // backoffMinMinutes 10, random 0.5: exactly 10 minutes.
    expect(first?.nextPollAfter).toBe('2026-11-30T09:10:00.000Z');
    const [skipped] = await poll(['/feeds/broken.rss']);
    expect(skipped?.status).toBe('error');
    expect(skipped?.error).toContain('not polled until 2026-11-30T09:10:00.000Z');
    expect(site.hits('/feeds/broken.rss')).toBe(1);
    h.clock.now = new Date('2026-11-30T09:11:00Z');
    await poll(['/feeds/broken.rss']);
    expect(site.hits('/feeds/broken.rss')).toBe(2);
    const second = await (await h.state()).feed(`${site.url}/feeds/broken.rss`);
    expect(second?.nextPollAfter).toBe('2026-11-30T09:31:00.000Z');
  });

  it('honours Retry-After on 429 and on 503', async () => {
    site.route('/feeds/busy.rss', (_req, res) => void res.writeHead(429, { 'retry-after': '7200' }).end());
    site.route(
      '/feeds/down.rss',
      (_req, res) => void res.writeHead(503, { 'retry-after': 'Mon, 30 Nov 2026 12:00:00 GMT' }).end(),
    );
    const [busy, down] = await poll(['/feeds/busy.rss', '/feeds/down.rss']);
    expect(busy?.error).toContain('HTTP 429');
    expect(down?.error).toContain('HTTP 503');
    const state = await h.state();
    expect((await state.feed(`${site.url}/feeds/busy.rss`))?.nextPollAfter).toBe('2026-11-30T11:00:00.000Z');
    expect((await state.feed(`${site.url}/feeds/down.rss`))?.nextPollAfter).toBe('2026-11-30T12:00:00.000Z');
  });

  it('recovers: a success clears the failures and the backoff', async () => {
    let fail = true;
    site.route('/feeds/flaky.rss', (_req, res) => {
      if (fail) return void res.writeHead(500).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>${site.url}</link><description>d</description></channel></rss>`,
      );
    });
    await poll(['/feeds/flaky.rss']);
    fail = false;
    h.clock.now = new Date('2026-11-30T10:00:00Z');
    const [report] = await poll(['/feeds/flaky.rss']);
    expect(report?.status).toBe('ok');
    const record = await (await h.state()).feed(`${site.url}/feeds/flaky.rss`);
    expect(record).toMatchObject({ failures: 0, lastSuccessAt: '2026-11-30T10:00:00.000Z' });
    expect(record?.nextPollAfter).toBeUndefined();
    expect(record?.lastError).toContain('HTTP 500');
  });

  it('turns a fault of its own (the state cannot be saved) into that feed’s error', async () => {
    const { fetcher, state } = await h.fetcher();
    const save = state.saveFeed.bind(state);
    state.saveFeed = async (record) => {
      if (record.url.endsWith('/feeds/coast.atom')) throw new Error('ENOSPC: no space left on device');
      return save(record);
    };
    const reports = await fetcher.fetchAll([feed('/feeds/coast.atom'), feed('/feeds/bulletin.json')]);
    await state.close();
    expect(reports[0]).toMatchObject({
      status: 'error',
      error: 'internal error: ENOSPC: no space left on device',
    });
    expect(reports[1]).toMatchObject({ status: 'ok', added: 1 });
  });

  it('does not count a poll stopped by shutdown as the feed’s failure', async () => {
    site.route('/feeds/slow.rss', async (_req, res) => {
      await delay(1000);
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>');
    });
    const { fetcher, state } = await h.fetcher();
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 50);
    const [report] = await fetcher.fetchAll([feed('/feeds/slow.rss')], stop.signal);
    expect(report).toMatchObject({ status: 'error', error: 'stopped before the feed was read' });
    expect(await state.feed(`${site.url}/feeds/slow.rss`)).toBeUndefined();
    await state.close();
  });

  it('names the feed an HTML page announces when given the page instead of its feed', async () => {
    site.put(
      '/harbor/',
      '<html><head><link rel="alternate" type="application/rss+xml" title="Local" href="/feeds/harbor.rss"><link rel="alternate" hreflang="fr" href="/fr/"></head><body><h1>Harbor Times</h1></body></html>',
    );
    const [report] = await poll(['/harbor/']);
    expect(report?.status).toBe('error');
    expect(report?.error).toContain(`it is an HTML page announcing the feed ${site.url}/feeds/harbor.rss`);
  });

  it('reads at most polling.maxItemsPerFeed entries of a feed', async () => {
    const [report] = await poll(['/feeds/harbor.rss'], { maxItemsPerFeed: 1 });
    expect(report).toMatchObject({ status: 'ok', added: 1 });
    expect(site.hits('/valley/council-library')).toBe(0);
  });

  it('reports malformed XML as a malformed feed', async () => {
    site.putFixture('/feeds/malformed.xml', 'feeds/malformed.xml');
    const [report] = await poll(['/feeds/malformed.xml']);
    expect(report?.status).toBe('error');
    expect(report?.error).toContain('not a readable RSS, Atom, RDF or JSON feed');
  });

  it('reads sloppy RSS (bare &, &nbsp;, padded link, EST date)', async () => {
    site.putFixture('/feeds/sloppy.rss', 'feeds/sloppy.rss.xml');
    site.put(
      '/sloppy/budget',
      '<html><head><title>Budget</title></head><body><article><h1>Mayor and council agree on budget</h1><p>The mayor and the council agreed on a budget on Friday after months of talks, officials said.</p><p>“It took too long, but we got there,” the mayor said at a news conference in the town hall.</p></article></body></html>',
    );
    const [report] = await poll(['/feeds/sloppy.rss']);
    expect(report).toMatchObject({ status: 'ok', added: 1 });
    const text = await h.read((await h.files())[0] as string);
    expect(text).toContain('published: "2026-11-27"\npublishedAt: "2026-11-27T09:00:00-05:00"');
    expect(text).toContain('outlet: "Sloppy Gazette & Times"');
  });

  it('gives up on a feed slower than the timeout', async () => {
    site.route('/feeds/slow.rss', async (_req, res) => {
      await delay(1500);
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>');
    });
    const started = Date.now();
    const [report] = await poll(['/feeds/slow.rss'], { timeoutSeconds: 0.3 });
    expect(Date.now() - started).toBeLessThan(1400);
    expect(report?.status).toBe('error');
    expect(report?.error).toContain('within 300 ms');
  });
});

describe('politeGet', () => {
  it('cuts a 20 MB body off at the size limit without downloading it', async () => {
    let written = 0;
    let closedEarly = false;
    site.route('/huge.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const total = 20 * 1024 * 1024;
      res.on('close', () => {
        closedEarly = written < total;
      });
      const pump = () => {
        while (written < total) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const got = await politeGet(`${site.url}/huge.xml`, { kind: 'feed' }, http());
    expect(got).toMatchObject({ code: ErrorCode.FeedTooLarge });
    await delay(50);
    expect(closedEarly).toBe(true);
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    site.route('/big.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) });
      res.write('<html>');
    });
    expect(await politeGet(`${site.url}/big.html`, { kind: 'page' }, http())).toMatchObject({
      code: ErrorCode.FeedTooLarge,
    });
  });

  it('detects a redirect loop', async () => {
    site.route('/loop/a', (_req, res) => void res.writeHead(302, { location: '/loop/b' }).end());
    site.route('/loop/b', (_req, res) => void res.writeHead(301, { location: `${site.url}/loop/a` }).end());
    const got = await politeGet(`${site.url}/loop/a`, { kind: 'page' }, http());
    expect(got).toMatchObject({ code: ErrorCode.FeedRedirectLoop });
    expect(site.hits('/loop/a')).toBe(1);
  });

  it('caps the number of redirects', async () => {
    for (let i = 0; i < 6; i++)
      site.route(`/hop/${i}`, (_req, res) => void res.writeHead(307, { location: `/hop/${i + 1}` }).end());
    expect(await politeGet(`${site.url}/hop/0`, { kind: 'page' }, http())).toMatchObject({
      code: ErrorCode.FeedTooManyRedirects,
    });
    expect(site.hits('/hop/4')).toBe(0);
  });

  it('follows a redirect and reports where it landed', async () => {
    site.route(
      '/short/1',
      (_req, res) => void res.writeHead(301, { location: '/harbor/2026/port-strike' }).end(),
    );
    const got = await politeGet(`${site.url}/short/1`, { kind: 'page' }, http());
    expect(got).toMatchObject({ status: 'ok', url: `${site.url}/harbor/2026/port-strike` });
  });

  it('skips a PDF by its content type without reading it, and a PDF served as HTML by its bytes', async () => {
    site.route(
      '/report.pdf',
      (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7 …'),
    );
    site.route(
      '/sneaky',
      (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('%PDF-1.4\n%âãÏÓ'),
    );
    site.route(
      '/photo',
      (_req, res) => void res.writeHead(200, { 'content-type': 'image/jpeg' }).end('\xFF\xD8\xFF'),
    );
    const pdf = await politeGet(`${site.url}/report.pdf`, { kind: 'page' }, http());
    expect(pdf).toMatchObject({ code: ErrorCode.FeedUnsupportedContent });
    expect((pdf as { reason: string }).reason).toContain('application/pdf');
    expect(await politeGet(`${site.url}/sneaky`, { kind: 'page' }, http())).toMatchObject({
      code: ErrorCode.FeedUnsupportedContent,
    });
    expect(await politeGet(`${site.url}/photo`, { kind: 'page' }, http())).toMatchObject({
      code: ErrorCode.FeedUnsupportedContent,
    });
  });

  it('fetches only http(s)', async () => {
    for (const url of [
      'file:///etc/passwd',
      'data:text/html,<p>hi</p>',
      'ftp://127.0.0.1/feed.xml',
      'javascript:alert(1)',
    ])
      expect(await politeGet(url, { kind: 'page' }, http())).toMatchObject({
        code: ErrorCode.FeedUnsupportedScheme,
      });
    // Nor does a redirect lead there.
    site.route('/to-file', (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect(await politeGet(`${site.url}/to-file`, { kind: 'page' }, http())).toMatchObject({
      code: ErrorCode.FeedUnsupportedScheme,
    });
  });

  it('refuses loopback, private and link-local addresses unless allowed', async () => {
    const strict = http({ allowPrivateAddresses: false, lookup: async () => ['10.1.2.3'] });
    expect(await politeGet(`${site.url}/feeds/harbor.rss`, { kind: 'feed' }, strict)).toMatchObject({
      code: ErrorCode.FeedPrivateAddress,
    });
    expect(await politeGet('http://internal.test/', { kind: 'page' }, strict)).toMatchObject({
      code: ErrorCode.FeedPrivateAddress,
    });
    const metadata = http({ allowPrivateAddresses: false });
    expect(
      await politeGet('http://169.254.169.254/latest/meta-data', { kind: 'page' }, metadata),
    ).toMatchObject({
      code: ErrorCode.FeedPrivateAddress,
    });
    expect(site.requests).toHaveLength(0);
  });

  it('decodes a body in the charset it declares', async () => {
    site.route('/latin1.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        Buffer.from(
          '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\xe9</title></channel></rss>',
          'latin1',
        ),
      );
    });
    const got = await politeGet(`${site.url}/latin1.xml`, { kind: 'feed' }, http());
    expect(got).toMatchObject({ status: 'ok' });
    expect((got as { body: string }).body).toContain('Café');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = new Date('2026-11-30T09:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 30 Nov 2026 09:05:00 GMT', now)).toBe(300_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('pages', () => {
  it('waits a short Retry-After on a page once, then stores it', async () => {
    let calls = 0;
    site.route('/harbor/2026/port-strike', (_req, res) => {
      calls++;
      if (calls === 1) return void res.writeHead(429, { 'retry-after': '1' }).end();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<html><head><title>Port</title><meta property="og:site_name" content="Harbor Times"></head><body><article><h1>Port workers walk out over automation plan</h1><p>Hundreds of dockworkers walked off the job on Friday in a dispute over automation, the union said.</p><p>“We were told about this plan in a press release,” said Tomas Reyna, who chairs the union local.</p></article></body></html>',
      );
    });
    const [report] = await poll(['/feeds/harbor.rss']);
    expect(h.sleeps).toEqual([1000]);
    expect(report?.added).toBe(2);
  });

  it('falls back to the content of the feed entry when the page fails', async () => {
    site.route('/bulletin/quay-street', (_req, res) => void res.writeHead(502).end());
    const [report] = await poll(['/feeds/bulletin.json']);
    expect(report).toMatchObject({ status: 'ok', added: 1 });
    const text = await h.read((await h.files())[0] as string);
    expect(text).toContain('engineers replace a burst water main');
  });

  it('skips an entry whose page is a PDF, says why, and does not fetch it again while the entry is unchanged', async () => {
    site.route(
      '/valley/council-library',
      (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    );
    const [report] = await poll(['/feeds/ledger.rdf']);
    expect(report).toMatchObject({ status: 'ok', added: 0 });
    expect(report?.skipped[0]?.reason).toContain('application/pdf');
    site.putFixture('/feeds/ledger.rdf', 'feeds/ledger.rdf.xml', 'application/rdf+xml');
    await poll(['/feeds/ledger.rdf']);
    expect(site.hits('/valley/council-library')).toBe(1);
  });

  it('tries a page that timed out again at the next poll (the feed is fetched in full, not 304)', async () => {
    let slow = true;
    site.route('/bulletin/quay-street', async (_req, res) => {
      if (slow) await delay(800);
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body><article><p>Short.</p></article></body></html>');
    });
    site.put(
      '/feeds/b.json',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'B',
        items: [{ id: '1', url: `${site.url}/bulletin/quay-street`, title: 'Quay Street' }],
      }),
      'application/feed+json',
    );
    const [first] = await poll(['/feeds/b.json'], { timeoutSeconds: 0.3 });
    expect(first?.skipped[0]?.reason).toContain('within 300 ms');
    slow = false;
    await poll(['/feeds/b.json'], { timeoutSeconds: 0.3 });
    expect(site.hits('/bulletin/quay-street')).toBe(2);
    const last = site.requests.filter((r) => r.path === '/feeds/b.json').at(-1);
    expect(last?.headers['if-none-match']).toBeUndefined();
  });

  it('never fetches a link to a file: address from a feed', async () => {
    site.put(
      '/feeds/evil.rss',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>E</title><link>${site.url}</link><description>d</description><item><title>Secrets</title><link>file:///etc/passwd</link><guid>e1</guid></item></channel></rss>`,
      'application/rss+xml',
    );
    const [report] = await poll(['/feeds/evil.rss']);
    expect(report?.added).toBe(0);
    expect(report?.skipped[0]?.reason).toContain('only http(s)');
    expect(await h.files()).toEqual([]);
  });
});

describe('per-host concurrency', () => {
  it('never has more than polling.perHostConcurrency requests open to one host', async () => {
    let open = 0;
    let most = 0;
    const items = Array.from(
      { length: 8 },
      (_, i) => `<item><title>Story ${i}</title><link>${site.url}/s/${i}</link><guid>s${i}</guid></item>`,
    );
    site.put(
      '/feeds/many.rss',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title><link>${site.url}</link><description>d</description>${items.join('')}</channel></rss>`,
      'application/rss+xml',
    );
    for (let i = 0; i < 8; i++)
      site.route(`/s/${i}`, async (_req, res) => {
        open++;
        most = Math.max(most, open);
        await delay(40);
        open--;
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(
          `<html><body><article><h1>Story ${i}</h1><p>Story number ${i} happened on a weekday in a town by the sea, officials said on Monday.</p><p>“It is story ${i},” said a spokesperson for the town council in a statement.</p></article></body></html>`,
        );
      });
    const [report] = await poll(['/feeds/many.rss'], { perHostConcurrency: 2 });
    expect(report?.added).toBe(8);
    expect(most).toBe(2);
  });
});
