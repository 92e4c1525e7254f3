/** A tiny recording HTTP server on 127.0.0.1 for fakes of platform APIs. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: Recorded, res: ServerResponse) => void | Promise<void>;

export interface FakeServer {
  url: string;
  port: number;
  requests: Recorded[];
  close(): Promise<void>;
  /** Resolves when a request matching `predicate` has arrived (or rejects after `timeoutMs`). */
  waitFor(predicate: (r: Recorded) => boolean, timeoutMs?: number): Promise<Recorded>;
}

export async function startFake(handler: Handler): Promise<FakeServer> {
  const requests: Recorded[] = [];
  const waiters: { predicate: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      for (const w of [...waiters]) {
        if (w.predicate(recorded)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(recorded);
        }
      }
      try {
        await handler(recorded, res);
      } catch {
        res.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    waitFor(predicate, timeoutMs = 5000) {
      const done = requests.find(predicate);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for a request')), timeoutMs);
        waiters.push({
          predicate,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
