/**
 * The command line with DATABASE_URL: `fetch` stores into the shared article table and feed state (not
 * the corpus folder), and is refused while a running instance holds the feed duty; `ask` answers from the
 * shared articles.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/state/postgres/database.ts';
import { takeLease } from '../../src/state/postgres/leases.ts';
import { freshClone } from '../helpers/clone.ts';
import { ROOT } from '../helpers/corpus.ts';
import { databaseMissing, freshDatabase } from '../helpers/database.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { spawnTsx } from '../helpers/process.ts';
import { serveFixtureSite, startNewsSite } from './fakes/newsSite.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function cli(args: string[], env: Record<string, string>, cwd: string) {
  const run = spawnTsx(path.join(ROOT, 'src/cli.ts'), args, env, cwd);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe.skipIf(databaseMissing !== '')('the command line with DATABASE_URL', () => {
  it('fetches into the database, answers from it, and leaves fetching to a running leader', {
    timeout: 60_000,
  }, async () => {
    const url = await freshDatabase();
    const site = await startNewsSite();
    serveFixtureSite(site);
    cleanups.push(() => site.close());
    const dir = await freshClone({
      feeds: [{ url: `${site.url}/feeds/coast.atom` }],
      polling: { allowPrivateAddresses: true },
    });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const env = { DATABASE_URL: url };
    const before = await readdir(path.join(dir, 'corpus'));

    const fetched = await cli(['fetch', '--json'], env, dir);
    expect(fetched.stderr).toBe('');
    expect(JSON.parse(fetched.stdout).feeds[0]).toMatchObject({ status: 'ok', added: 1 });
    expect(await readdir(path.join(dir, 'corpus'))).toEqual(before);

    const asked = await cli(['ask', '/summit search ferry storm'], env, dir);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('The Coast Post');

    const db = openDatabase({ url, log: memoryLogger().log });
    cleanups.push(() => db.close());
    await takeLease(db, { name: 'feeds', holder: 'host-a:1:running', leaseMs: 60_000 });
    const refused = await cli(['fetch'], env, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /cannot fetch: the feeds are polled by a running instance \(host-a:1:running\)/,
    );
  });
});

describe.skipIf(databaseMissing !== '')('the command line with DATABASE_URL and two stories', () => {
  it("stores a feed's articles under the story it feeds, and answers each story from its own", {
    timeout: 90_000,
  }, async () => {
    const url = await freshDatabase();
    const site = await startNewsSite();
    serveFixtureSite(site);
    cleanups.push(() => site.close());
    const dir = await freshClone({
      stories: [
        { keyword: 'summit', dir: 'corpus' },
        {
          keyword: 'coast',
          dir: 'stories/coast',
          feeds: [{ url: `${site.url}/feeds/coast.atom` }],
        },
      ],
      polling: { allowPrivateAddresses: true },
    });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const env = { DATABASE_URL: url };

    const fetched = await cli(['fetch', '--json'], env, dir);
    expect(fetched.stderr).toBe('');
    expect(JSON.parse(fetched.stdout).feeds[0]).toMatchObject({ status: 'ok', added: 1 });

    const own = await cli(['ask', '/coast search ferry storm'], env, dir);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('The Coast Post');
    const other = await cli(['ask', '/summit search ferry storm'], env, dir);
    expect(other.stdout).not.toContain('The Coast Post');
    const index = await cli(['index', '--story', 'coast', '--json'], env, dir);
    const listed = JSON.parse(index.stdout).articles as { outlet: string }[];
    expect(listed.map((a) => a.outlet)).toEqual(['The Coast Post']);
  });
});

describe.skipIf(databaseMissing === '')('the command line with DATABASE_URL (skipped)', () => {
  it(`cannot run here: ${databaseMissing}`, () => {});
});

describe('npm start with a database that cannot be reached', () => {
  it('stops with one line naming the server without its password, and no stack trace', async () => {
    const dir = await freshClone();
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    // A port nothing listens on: the listener is closed before the bot starts.
    const { createServer } = await import('node:net');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
    const run = spawnTsx(
      path.join(ROOT, 'src/main.ts'),
      [],
      { DATABASE_URL: `postgres://bot:pw-s3cret-value@127.0.0.1:${port}/news` },
      dir,
    );
    run.child.stdin.end();
    expect(await run.exited).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines.at(-1)).toMatch(
      /^cannot start: database postgres:\/\/bot:\*\*\*@127\.0\.0\.1:\d+\/news: cannot connect \(.*ECONNREFUSED/,
    );
    expect(run.stderr()).not.toContain('pw-s3cret-value');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });
});
