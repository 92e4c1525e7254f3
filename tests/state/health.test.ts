/** `/healthz` with the state in PostgreSQL: 200 while the database answers, 503 with the reason while not. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { healthHandler } from '../../src/adapters/health.ts';
import { IndexStore } from '../../src/index/store.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { openPostgresState } from '../../src/state/postgres/layer.ts';
import { CORPUS, testConfig } from '../helpers/corpus.ts';
import { databaseMissing, freshDatabase } from '../helpers/database.ts';
import { memoryLogger } from '../helpers/logs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe.skipIf(databaseMissing !== '')('/healthz with DATABASE_URL', () => {
  it('says whether the database can be reached, without its password', async () => {
    const url = new URL(await freshDatabase());
    const name = url.pathname.slice(1);
    const state = await openPostgresState({
      databaseUrl: url.toString(),
      firstStory: 'harbor',
      digestStateFile: 'unused',
      feedStateFile: 'unused',
      subscriptionsFile: 'unused',
      alertStateFile: 'unused',
      installationsDir: 'unused',
      log: memoryLogger().log,
      leaseSeconds: 30,
    });
    cleanups.push(() => state.close());
    const store = await IndexStore.open(CORPUS, testConfig());
    const server = createServer(
      healthHandler({ stories: StoryStores.single(store), state: () => state.health() }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const get = async () => {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect(await get()).toMatchObject({
      status: 200,
      body: { status: 'ok', state: { kind: 'postgres', ok: true } },
    });

    const admin = new pg.Client({ connectionString: new URL('/postgres', url).toString() });
    await admin.connect();
    cleanups.push(() => admin.end());
    // The database stops taking connections and drops the ones it has (a restart, a failover).
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    const down = await get();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'degraded', state: { kind: 'postgres', ok: false } });
    expect((down.body.reasons as string[])[0]).toMatch(
      /^state: database postgres:\/\/postgres@127\.0\.0\.1:\d+\/\w+: cannot be reached/,
    );

    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    expect((await get()).status).toBe(200);
  });
});

describe.skipIf(databaseMissing === '')('/healthz with DATABASE_URL (skipped)', () => {
  it(`cannot run here: ${databaseMissing}`, () => {});
});
