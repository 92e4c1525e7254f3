/**
 * A fake news site on 127.0.0.1 for the feed tests: feeds and article pages from tests/fixtures/feeds (with
 * `{{BASE}}` set to its address), validators and 304s like a real server, and routes a test can replace
 * to answer 429, 500, slowly, with 20 MB, a redirect loop or a PDF.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES } from '../../helpers/corpus.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

interface Document {
  body: string;
  type: string;
  version: number;
}

export interface FakeNewsSite {
  url: string;
  /** Every request, in order: method, path and the headers that matter here. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  /** Serves `body` at `path` with a fresh ETag and Last-Modified (replacing what was there). */
  put(path: string, body: string, type?: string): void;
  /** Serves a fixture file (with `{{BASE}}` filled in) at `path`. */
  putFixture(path: string, fixture: string, type?: string): void;
  /** Replaces a route with a hand-written answer. */
  route(path: string, handler: RouteHandler): void;
  hits(path: string): number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.json': 'application/feed+json',
  '.html': 'text/html; charset=utf-8',
};

export async function startNewsSite(): Promise<FakeNewsSite> {
  const docs = new Map<string, Document>();
  const handlers = new Map<string, RouteHandler>();
  const requests: FakeNewsSite['requests'] = [];
  let version = 0;
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path: req.url ?? '', headers: req.headers });
    const handler = handlers.get(pathname);
    if (handler) return handler(req, res);
    const doc = docs.get(pathname);
    if (!doc) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const etag = `"v${doc.version}"`;
    const lastModified = new Date(Date.UTC(2026, 10, 1) + doc.version * 60_000).toUTCString();
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
      return void res.writeHead(304, { etag, 'last-modified': lastModified }).end();
    }
    res.writeHead(200, { 'content-type': doc.type, etag, 'last-modified': lastModified });
    res.end(doc.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const site: FakeNewsSite = {
    url: base,
    requests,
    put(p, body, type = 'text/html; charset=utf-8') {
      handlers.delete(p);
      docs.set(p, { body, type, version: ++version });
    },
    putFixture(p, fixture, type) {
      const text = readFileSync(path.join(FIXTURES, 'feeds', fixture), 'utf8').replaceAll('{{BASE}}', base);
      site.put(p, text, type ?? TYPES[path.extname(fixture)] ?? 'text/plain');
    },
    route(p, handler) {
      handlers.set(p, handler);
    },
    hits: (p) => requests.filter((r) => new URL(r.path, base).pathname === p).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return site;
}

/** The fixture site as the tests use it: four feeds and their pages. */
export function serveFixtureSite(site: FakeNewsSite): void {
  site.putFixture('/feeds/harbor.rss', 'feeds/harbor.rss.xml');
  site.putFixture('/feeds/coast.atom', 'feeds/coast.atom.xml', 'application/atom+xml');
  site.putFixture('/feeds/bulletin.json', 'feeds/bulletin.json');
  site.putFixture('/feeds/ledger.rdf', 'feeds/ledger.rdf.xml', 'application/rdf+xml');
  site.putFixture('/harbor/2026/port-strike', 'pages/harbor-port-strike.html');
  site.putFixture('/coast/ferry-suspended', 'pages/coast-post-ferry.html');
  site.putFixture('/valley/council-library', 'pages/valley-ledger-council.html');
  site.putFixture('/bulletin/quay-street', 'pages/undated-notice.html');
}
