/**
 * The DigestLedger contract, run against both homes: the state file (FileLedger) and PostgreSQL
 * (PgDigestLedger on a real server). Same claims, same answers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileLedger } from '../../src/digest/fileLedger.ts';
import type { ClaimRequest, DigestLedger } from '../../src/digest/ledger.ts';
import { openDatabase } from '../../src/state/postgres/database.ts';
import { PgDigestLedger } from '../../src/state/postgres/digestLedger.ts';
import { migrate } from '../../src/state/postgres/migrate.ts';
import { databaseMissing, freshDatabase } from '../helpers/database.ts';
import { memoryLogger } from '../helpers/logs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

const KEEP = 14 * 86_400_000;
const T0 = new Date('2026-01-05T08:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

type Home = { name: string; ledger: () => Promise<DigestLedger> };

const homes: Home[] = [
  {
    name: 'state file',
    ledger: async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-ledger-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      const ledger = new FileLedger({
        file: path.join(dir, 'state.json'),
        owner: 'test',
        log: memoryLogger().log,
        keepMs: KEEP,
      });
      await ledger.open();
      return ledger;
    },
  },
];
if (!databaseMissing)
  homes.push({
    name: 'PostgreSQL',
    ledger: async () => {
      const db = openDatabase({ url: await freshDatabase(), log: memoryLogger().log, max: 20 });
      cleanups.push(() => db.close());
      await migrate(db, { log: memoryLogger().log, firstStory: 'harbor' });
      const ledger = new PgDigestLedger({ db, keepMs: KEEP, story: 'harbor' });
      await ledger.open();
      return ledger;
    },
  });

function request(owner: string, now: Date, extra: Partial<ClaimRequest> = {}): ClaimRequest {
  return {
    slot: T0.toISOString(),
    targets: ['slack:C1', 'discord:D1'],
    owner,
    leaseMs: 60_000,
    now,
    maxAttempts: 3,
    ...extra,
  };
}

describe.each(homes)('DigestLedger in the $name', ({ ledger: make }) => {
  it('gives a slot to one owner; a live lease keeps the others off', async () => {
    const ledger = await make();
    const first = await ledger.claim(request('a', at(0)));
    expect(first.map((o) => o.kind)).toEqual(['claimed', 'claimed']);
    const second = await ledger.claim(request('b', at(10)));
    expect(second.map((o) => o.kind)).toEqual(['held', 'held']);
  });

  it('hands a lapsed claim over, marked uncertain (the channel is asked first)', async () => {
    const ledger = await make();
    await ledger.claim(request('a', at(0)));
    const taken = await ledger.claim(request('b', at(61)));
    expect(taken.map((o) => o.kind)).toEqual(['claimed', 'claimed']);
    const claim = taken[0]?.kind === 'claimed' ? taken[0].claim : undefined;
    expect(claim).toMatchObject({ owner: 'b', uncertain: true });
    // The old holder learns it lost the claim when it renews.
    const old = { ...(claim as NonNullable<typeof claim>), owner: 'a' };
    expect(await ledger.renew([old], { leaseMs: 60_000, now: at(62) })).toEqual([old]);
  });

  it('never posts a posted slot again, and remembers it as the previous digest', async () => {
    const ledger = await make();
    const outcomes = await ledger.claim(request('a', at(0)));
    const claims = outcomes.flatMap((o) => (o.kind === 'claimed' ? [o.claim] : []));
    await ledger.finish(
      claims.map((claim) => ({
        claim,
        outcome: 'posted' as const,
        ref: `ref-${claim.target}`,
        confirmedBy: 'post' as const,
        articleIds: ['x', 'y'],
      })),
      at(5),
    );
    const again = await ledger.claim(request('b', at(3600)));
    expect(again.map((o) => o.kind)).toEqual(['done', 'done']);
    expect(await ledger.previous()).toEqual({ postedAt: at(5).toISOString(), articleIds: ['x', 'y'] });
  });

  it('renews a held claim, so it is not taken over while its post is under way', async () => {
    const ledger = await make();
    const outcomes = await ledger.claim(request('a', at(0)));
    const claims = outcomes.flatMap((o) => (o.kind === 'claimed' ? [o.claim] : []));
    expect(await ledger.renew(claims, { leaseMs: 60_000, now: at(50) })).toEqual([]);
    expect((await ledger.claim(request('b', at(100)))).map((o) => o.kind)).toEqual(['held', 'held']);
  });

  it('gives up a slot that failed maxAttempts times', async () => {
    const ledger = await make();
    for (let i = 0; i < 3; i++) {
      const outcomes = await ledger.claim(request('a', at(i * 100), { targets: ['slack:C1'] }));
      const claim = outcomes[0]?.kind === 'claimed' ? outcomes[0].claim : undefined;
      expect(claim).toBeDefined();
      await ledger.finish(
        [{ claim: claim as NonNullable<typeof claim>, outcome: 'failed', error: 'channel_not_found' }],
        at(i * 100 + 1),
      );
    }
    const last = await ledger.claim(request('a', at(400), { targets: ['slack:C1'] }));
    expect(last[0]).toMatchObject({ kind: 'done', record: { status: 'failed', attempts: 3 } });
  });

  it('lets exactly one of many owners claiming at once win each target', async () => {
    const ledger = await make();
    const owners = Array.from({ length: 12 }, (_, i) => `owner-${i}`);
    const all = await Promise.all(owners.map((o) => ledger.claim(request(o, at(0)))));
    for (let t = 0; t < 2; t++) expect(all.filter((o) => o[t]?.kind === 'claimed')).toHaveLength(1);
  });
});

describe.skipIf(databaseMissing === '')('DigestLedger in PostgreSQL (skipped)', () => {
  it(`cannot run here: ${databaseMissing}`, () => {});
});
