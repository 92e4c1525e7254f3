/**
 * Slash-command load over HTTP: signed requests, `concurrency` of them in flight at once, against a Slack
 * adapter's real Bolt receiver on 127.0.0.1; each answer arrives at a local response_url. Used by the bench
 * (`slackLoad` in its JSON) and by tests/reliability/load.test.ts. Bounded in count and time.
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackLoadOptions {
  /** http://127.0.0.1:<port> of the adapter. */
  base: string;
  signingSecret: string;
  /** Command lines, sent round-robin ("/summit sources", "/quote pompeo"). */
  commands: readonly string[];
  count: number;
  concurrency: number;
  /** Users the requests come from, round-robin (the rate limit is per user). */
  users?: number;
  /** Everything, acknowledgements and answers, must be done by then. */
  timeoutMs: number;
}

export interface SlackLoadResult {
  count: number;
  concurrency: number;
  /** Requests in flight at once, at the peak (client side). */
  peakInFlight: number;
  /** HTTP status per request (0: no response). */
  statuses: number[];
  /** Milliseconds from sending to the acknowledgement, per request. */
  ackMs: number[];
  /** Milliseconds from sending to the answer's arrival at response_url, per request (NaN: none). */
  answerMs: number[];
  /** The answer body per request (undefined: none arrived). */
  answers: (Record<string, unknown> | undefined)[];
  /** Answers that arrived for a request that already had one. */
  duplicates: number;
  elapsedMs: number;
}

/** Form-encodes a slash command the way Slack sends it. */
export function slashCommandBody(command: string, text: string, responseUrl: string, user: string): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'load',
    channel_id: 'C1',
    channel_name: 'news',
    user_id: user,
    user_name: user,
    command,
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:{ts}:{body}"). */
export function signedHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** A Slack Web API stand-in that only verifies tokens (auth.test), for starting an adapter without Slack. */
export async function startAuthOnlyWebApi(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          req.url?.includes('auth.test') ? { ok: true, user_id: 'UBOT', team_id: 'T1' } : { ok: true },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `count` signed slash commands, `concurrency` at a time, and waits for every answer (or the time-out). */
export async function runSlackLoad(options: SlackLoadOptions): Promise<SlackLoadResult> {
  const { count, concurrency, commands, base, signingSecret } = options;
  const users = options.users ?? count;
  const statuses = new Array<number>(count).fill(0);
  const ackMs = new Array<number>(count).fill(Number.NaN);
  const answerMs = new Array<number>(count).fill(Number.NaN);
  const answers = new Array<Record<string, unknown> | undefined>(count).fill(undefined);
  const sentAt = new Array<number>(count).fill(0);
  let duplicates = 0;
  let answered = 0;
  let allAnswered: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    allAnswered = resolve;
  });
  const sink = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      const n = Number(req.url?.split('/').pop());
      if (!Number.isInteger(n) || n < 0 || n >= count) return;
      if (answers[n] !== undefined) {
        duplicates++;
        return;
      }
      answerMs[n] = performance.now() - (sentAt[n] as number);
      answers[n] = JSON.parse(body) as Record<string, unknown>;
      if (++answered === count) allAnswered();
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
  const started = performance.now();
  const deadline = AbortSignal.timeout(options.timeoutMs);
  // Every request in flight listens for the one deadline.
  setMaxListeners(concurrency + 10, deadline);
  // One keep-alive connection per concurrent sender, as a busy Slack would hold them.
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const post = (url: string, payload: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers, agent, signal: deadline }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  let next = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  const worker = async () => {
    while (next < count && !deadline.aborted) {
      const n = next++;
      const [command = '', ...words] = (commands[n % commands.length] as string).split(' ');
      const body = slashCommandBody(command, words.join(' '), `${sinkUrl}/answer/${n}`, `U${n % users}`);
      inFlight++;
      peakInFlight = Math.max(peakInFlight, inFlight);
      sentAt[n] = performance.now();
      try {
        statuses[n] = await post(`${base}/slack/events`, body, signedHeaders(signingSecret, body));
        ackMs[n] = performance.now() - (sentAt[n] as number);
      } catch {
        statuses[n] = 0;
      } finally {
        inFlight--;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  if (answered < count) {
    await Promise.race([done, new Promise((resolve) => deadline.addEventListener('abort', resolve))]);
  }
  const elapsedMs = performance.now() - started;
  agent.destroy();
  await new Promise<void>((resolve) => {
    sink.closeAllConnections();
    sink.close(() => resolve());
  });
  return { count, concurrency, peakInFlight, statuses, ackMs, answerMs, answers, duplicates, elapsedMs };
}

/**
 * Runs the load from a separate process (bench/slackLoadClient.ts), so the server's event loop serves only
 * the server. Rejects if the client fails or outlives the time-out by 10 s.
 */
export function runSlackLoadProcess(options: SlackLoadOptions): Promise<SlackLoadResult> {
  const client = new URL('./slackLoadClient.ts', import.meta.url).pathname;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', client, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs + 10_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`load client exited with ${code}`));
      const result = JSON.parse(out) as SlackLoadResult;
      // JSON has no NaN: a missing time comes back as null.
      result.ackMs = result.ackMs.map((v) => (typeof v === 'number' ? v : Number.NaN));
      result.answerMs = result.answerMs.map((v) => (typeof v === 'number' ? v : Number.NaN));
      resolve(result);
    });
  });
}
