/**
 * vitest global setup: a throwaway PostgreSQL cluster for the database tests, on a free port of 127.0.0.1,
 * in a temporary folder that is removed afterwards. Debian's server binaries (`postgresql` package; `.ci/run`
 * installs it); as root the cluster runs as the `postgres` user (the server refuses to run as root).
 * `NEWSDESK_TEST_DATABASE_URL` uses a server of your own instead. Without binaries the database tests are
 * skipped with the reason, except under CI (`CI=true`), where that is a failure.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test server (a test makes its own database with tests/helpers/database.ts). */
    postgresUrl: string;
    /** Why there is no server (only outside CI). */
    postgresMissing: string;
  }
}

function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs a server binary as the unprivileged `postgres` user when we are root. setpriv execs in place (no
 * process in between), so a signal to the child reaches the server itself.
 */
function asServerUser(bin: string, args: string[]): { command: string; args: string[] } {
  return process.getuid?.() === 0
    ? {
        command: 'setpriv',
        args: ['--reuid=postgres', '--regid=postgres', '--clear-groups', '--', bin, ...args],
      }
    : { command: bin, args };
}

async function waitReady(bin: string, port: number, child: ChildProcess, log: () => string) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`postgres exited (${child.exitCode}): ${log()}`);
    const probe = spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]);
    if (probe.status === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`postgres did not start: ${log()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const own = process.env.NEWSDESK_TEST_DATABASE_URL;
  if (own) {
    project.provide('postgresUrl', own);
    project.provide('postgresMissing', '');
    return async () => {};
  }
  const bin = serverBinaries();
  if (!bin) {
    const reason =
      'no PostgreSQL server binaries in /usr/lib/postgresql (apt-get install -y postgresql, as .ci/run does)';
    if (process.env.CI) throw new Error(`database tests cannot run: ${reason}`);
    project.provide('postgresUrl', '');
    project.provide('postgresMissing', reason);
    return async () => {};
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdesk-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, Number(idOf('-u')), Number(idOf('-g')));
  const data = path.join(dir, 'data');
  const init = asServerUser(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const made = spawnSync(init.command, init.args, { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`initdb failed: ${made.stderr || made.stdout}`);
  const port = await freePort();
  const run = asServerUser(path.join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    dir,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ]);
  const child = spawn(run.command, run.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  await waitReady(bin, port, child, () => output);
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  project.provide('postgresMissing', '');
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // SIGINT: PostgreSQL's "fast" shutdown (ends sessions, then stops).
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };
}

function idOf(flag: '-u' | '-g'): string {
  return spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim();
}
