import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';
import { type FakeServer, json, startFake } from './fakes/http.ts';
import { signedHeaders, slashCommandBody, startFakeSlackApi } from './fakes/slack.ts';

const SECRET = 'shutdown-signing-secret-42';
const TOKEN = 'xoxb-shutdown-token-4242';
/** How long the response_url takes to answer: the commands are still in flight when SIGTERM comes. */
const ANSWER_DELAY_MS = 1500;
const COMMANDS = 12;

let api: FakeServer;
let responses: FakeServer;
const answered: { path: string; at: number }[] = [];

beforeAll(async () => {
  api = await startFakeSlackApi();
  responses = await startFake(async (req, res) => {
    await new Promise((r) => setTimeout(r, ANSWER_DELAY_MS));
    json(res, 200, { ok: true });
    res.on('finish', () => answered.push({ path: req.path, at: Date.now() }));
  });
});

afterAll(async () => {
  await api.close();
  await responses.close();
});

interface Bot {
  pid: number;
  /** The pid to signal, as `docker stop` signals the container's pid 1. */
  signalPid: () => number;
  exit: Promise<{ code: number | null; at: number }>;
  stderr: () => string;
}

function start(command: string, args: string[]): Bot {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${api.url}/api/`,
      PORT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  const exit = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return { pid: child.pid as number, signalPid: () => child.pid as number, exit, stderr: () => err };
}

async function listeningPort(bot: Bot): Promise<number> {
  const started = Date.now();
  for (;;) {
    const line = bot
      .stderr()
      .split('\n')
      .find((l) => l.includes('"slack adapter listening"'));
    if (line) return (JSON.parse(line) as { port: number }).port;
    if (Date.now() - started > 30_000) throw new Error(`never listened: ${bot.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Sends commands, and once all are acknowledged (their answers still on the way to response_url) sends
 * SIGTERM twice, as a terminal and npm both pass a signal on. Then: a new connection is refused, every
 * answer is delivered before the process exits, and it exits 0.
 */
async function expectCleanStop(bot: Bot, tag: string): Promise<void> {
  const port = await listeningPort(bot);
  const base = `http://127.0.0.1:${port}`;
  const statuses = await Promise.all(
    Array.from({ length: COMMANDS }, async (_, n) => {
      const body = slashCommandBody(
        '/summit',
        n % 2 ? 'status' : 'sources',
        `${responses.url}/${tag}/${n}`,
        `U${n}`,
      );
      const res = await fetch(`${base}/slack/events`, {
        method: 'POST',
        headers: signedHeaders(SECRET, body),
        body,
      });
      return res.status;
    }),
  );
  expect(statuses).toEqual(Array(COMMANDS).fill(200));
  process.kill(bot.signalPid(), 'SIGTERM');
  await until(() => bot.stderr().includes('"msg":"shutting down"'));
  process.kill(bot.signalPid(), 'SIGTERM');
  // New connections are refused while the answers (1.5 s away) are still in flight; requests on open
  // keep-alive connections would still be answered. Tried for up to 0.5 s, well inside the drain.
  const deadline = Date.now() + 500;
  let refused = await connectionRefused(port);
  while (!refused && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    refused = await connectionRefused(port);
  }
  expect(refused, bot.stderr()).toBe(true);
  const { code, at } = await bot.exit;
  expect(code, bot.stderr()).toBe(0);
  const mine = answered.filter((a) => a.path.startsWith(`/${tag}/`));
  expect(mine.map((a) => a.path).sort()).toEqual(
    Array.from({ length: COMMANDS }, (_, n) => `/${tag}/${n}`).sort(),
  );
  for (const a of mine) expect(a.at).toBeLessThanOrEqual(at);
  expect(bot.stderr()).toMatch(/"msg":"stopped"/);
  expect(bot.stderr()).not.toMatch(/not delivered|unanswered/);
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Whether a new TCP connection to the port is refused. */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Whether this machine lets us start a process as pid 1 of a new pid namespace (root, as in CI). */
function canUnshare(): boolean {
  try {
    execFileSync('unshare', ['--pid', '--fork', '--mount-proc', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('SIGTERM: stop accepting, finish what is in flight, exit 0', () => {
  it('under npm start (the signal reaches the app through npm)', async () => {
    await expectCleanStop(start('npm', ['start', '--silent']), 'npm');
  }, 60_000);

  it.skipIf(!canUnshare())(
    'as pid 1 of its own pid namespace, as the container runs it (Dockerfile CMD)',
    async () => {
      const dockerfile = readFileSync(`${ROOT}/Dockerfile`, 'utf8');
      const cmd = JSON.parse(dockerfile.match(/^CMD (\[.*\])$/m)?.[1] ?? '[]') as string[];
      expect(cmd[0]).toBe('node');
      const bot = start('unshare', ['--pid', '--fork', '--mount-proc', ...cmd]);
      // The app's host pid: the child unshare forked, which is pid 1 inside its namespace.
      bot.signalPid = () => {
        const child = Number(
          execFileSync('pgrep', ['-P', String(bot.pid)])
            .toString()
            .trim()
            .split('\n')[0],
        );
        expect(readFileSync(`/proc/${child}/status`, 'utf8')).toMatch(/^NSpid:\s+\d+\s+1$/m);
        return child;
      };
      await expectCleanStop(bot, 'pid1');
    },
    60_000,
  );
});
