/**
 * The SubscriptionStore and AlertLedger contracts, run against both homes of the state layer: the state
 * folder (files under a lock) and PostgreSQL (a real server). Same calls, same answers, also when two
 * instances of a home change the same state at once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AlertClaimRequest, AlertLedger, Development, ReviewRecord } from '../../src/alerts/ledger.ts';
import type { StateLayer } from '../../src/state/layer.ts';
import { openState } from '../../src/state/layer.ts';
import type { Subscription, SubscriptionStore } from '../../src/subscriptions/store.ts';
import { databaseMissing, freshDatabase } from '../helpers/database.ts';
import { memoryLogger } from '../helpers/logs.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const KEEP = 7 * 86_400_000;
const T0 = new Date('2026-02-02T09:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** Two state layers on the same home: as two instances (or two processes on one host) see it. */
type Home = { name: string; open: () => Promise<[StateLayer, StateLayer]> };

async function layer(dir: string, databaseUrl?: string): Promise<StateLayer> {
  const state = await openState({
    ...(databaseUrl ? { databaseUrl } : {}),
    firstStory: 'harbor',
    digestStateFile: path.join(dir, 'digest-state.json'),
    feedStateFile: path.join(dir, 'feeds-state.json'),
    subscriptionsFile: path.join(dir, 'subscriptions.json'),
    alertStateFile: path.join(dir, 'alerts-state.json'),
    installationsDir: path.join(dir, 'installations'),
    log: memoryLogger().log,
    leaseSeconds: 30,
  });
  cleanups.push(() => state.close());
  return state;
}

async function folder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-contract-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const homes: Home[] = [
  {
    name: 'state folder',
    open: async () => {
      const dir = await folder();
      return [await layer(dir), await layer(dir)];
    },
  },
];
if (!databaseMissing)
  homes.push({
    name: 'PostgreSQL',
    open: async () => {
      const url = await freshDatabase();
      const dir = await folder();
      return [await layer(dir, url), await layer(dir, url)];
    },
  });

const sub = (fields: Partial<Subscription> = {}): Subscription => ({
  platform: 'slack',
  channel: 'C1',
  story: 'strike',
  kind: 'alerts',
  createdBy: 'U1',
  createdAt: '2026-02-01T00:00:00.000Z',
  ...fields,
});

describe.each(homes)('SubscriptionStore in the $name', ({ open }) => {
  const stores = async (): Promise<[SubscriptionStore, SubscriptionStore]> => {
    const [a, b] = await open();
    return [a.subscriptions(), b.subscriptions()];
  };

  it('has none at first, keeps them in the order made, and replaces one with the same key in its place', async () => {
    const [store, other] = await stores();
    expect(await store.list()).toEqual([]);
    expect(await store.put(sub())).toBeUndefined();
    expect(await store.put(sub({ kind: 'digest', time: '07:30', timezone: 'Europe/Oslo' }))).toBeUndefined();
    expect(await store.put(sub({ platform: 'discord', channel: '42' }))).toBeUndefined();
    const replaced = await other.put(sub({ createdBy: 'U2' }));
    expect(replaced).toEqual(sub());
    expect(await store.list()).toEqual([
      sub({ createdBy: 'U2' }),
      sub({ kind: 'digest', time: '07:30', timezone: 'Europe/Oslo' }),
      sub({ platform: 'discord', channel: '42' }),
    ]);
  });

  it('removes one kind or both, and only in that channel and story', async () => {
    const [store] = await stores();
    await store.put(sub());
    await store.put(sub({ kind: 'digest' }));
    await store.put(sub({ story: 'flood' }));
    await store.put(sub({ channel: 'C2' }));
    expect(await store.remove({ platform: 'slack', channel: 'C1', story: 'strike', kind: 'digest' })).toEqual(
      [sub({ kind: 'digest' })],
    );
    expect(await store.remove({ platform: 'slack', channel: 'C1', story: 'strike' })).toEqual([sub()]);
    expect(await store.remove({ platform: 'slack', channel: 'C1', story: 'strike' })).toEqual([]);
    expect(await store.list()).toEqual([sub({ story: 'flood' }), sub({ channel: 'C2' })]);
  });

  it('keeps every change when two instances subscribe at once', async () => {
    const [a, b] = await stores();
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).put(sub({ channel: `C${i}` }))));
    expect((await b.list()).map((s) => s.channel).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `C${i}`).sort(),
    );
  });

  it('tells exactly one of two instances subscribing the same channel at once that it replaced the other', async () => {
    const [a, b] = await stores();
    const results = await Promise.all([a.put(sub({ createdBy: 'UA' })), b.put(sub({ createdBy: 'UB' }))]);
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
    expect(await a.list()).toHaveLength(1);
  });
});

const development = (id: string, fields: Partial<Development> = {}): Development => ({
  id,
  story: 'strike',
  openedAt: T0.toISOString(),
  until: at(1800).toISOString(),
  fact: { text: `Fact of ${id}.`, articleId: `${id}-a1` },
  articles: [{ id: `${id}-a1`, outlet: 'Valley Post', title: `Headline ${id}` }],
  targets: ['slack:C1'],
  ...fields,
});

const review = (fields: Partial<ReviewRecord> = {}): ReviewRecord => ({
  story: 'strike',
  version: 0,
  seen: [],
  opened: [],
  extended: [],
  ...fields,
});

const claimRequest = (
  items: { development: string; target: string }[],
  owner: string,
  now: Date,
  extra: Partial<AlertClaimRequest> = {},
): AlertClaimRequest => ({ items, owner, leaseMs: 60_000, now, perHour: 6, maxAttempts: 3, ...extra });

describe.each(homes)('AlertLedger in the $name', ({ open }) => {
  const ledgers = async (): Promise<[AlertLedger, AlertLedger]> => {
    const [a, b] = await open();
    const pair: [AlertLedger, AlertLedger] = [
      a.alertLedger({ keepMs: KEEP }),
      b.alertLedger({ keepMs: KEEP }),
    ];
    await pair[0].open();
    await pair[1].open();
    return pair;
  };

  it('records a review against the version it read, and refuses one whose version moved on', async () => {
    const [ledger, other] = await ledgers();
    expect(await ledger.read('strike', at(0))).toMatchObject({ version: 0, developments: [] });
    expect(await ledger.record(review({ seen: ['a', 'b'], opened: [development('d1')] }), at(0))).toBe(true);
    expect(await other.record(review({ seen: ['c'] }), at(1))).toBe(false);
    const read = await other.read('strike', at(2));
    expect(read.version).toBe(1);
    expect([...read.seen].sort()).toEqual(['a', 'b']);
    expect(read.developments).toEqual([development('d1')]);
    expect((await other.read('flood', at(2))).version).toBe(0);
  });

  it('adds the articles of an extended development once, in the order they came', async () => {
    const [ledger] = await ledgers();
    await ledger.record(review({ opened: [development('d1')] }), at(0));
    const more = [
      { id: 'd1-a2', outlet: 'State Wire', title: 'Second' },
      { id: 'd1-a1', outlet: 'Valley Post', title: 'Headline d1' },
    ];
    expect(
      await ledger.record(review({ version: 1, extended: [{ id: 'd1', articles: more }] }), at(60)),
    ).toBe(true);
    const [d] = (await ledger.read('strike', at(61))).developments;
    expect(d?.articles.map((a) => a.id)).toEqual(['d1-a1', 'd1-a2']);
  });

  it('gives a post to one instance; the other is kept off while the lease lives, and a posted one is done', async () => {
    const [a, b] = await ledgers();
    await a.record(review({ opened: [development('d1')] }), at(0));
    const item = [{ development: 'd1', target: 'slack:C1' }];
    const [first] = await a.claim(claimRequest(item, 'a', at(1)));
    expect(first).toMatchObject({ kind: 'claimed', claim: { uncertain: false } });
    expect((await b.claim(claimRequest(item, 'b', at(2))))[0]?.kind).toBe('held');
    if (first?.kind !== 'claimed') throw new Error('not claimed');
    await a.finish(
      [{ claim: first.claim, outcome: 'posted', ref: '111.222', shown: 1, confirmedBy: 'post' }],
      at(3),
    );
    expect((await b.claim(claimRequest(item, 'b', at(4))))[0]?.kind).toBe('done');
    expect(await b.posts(['d1'])).toMatchObject([
      { key: 'd1|slack:C1', status: 'posted', ref: '111.222', shown: 1, postedAt: at(3).toISOString() },
    ]);
  });

  it('claims a posted alert again to update it when its development has more articles than it shows', async () => {
    const [ledger] = await ledgers();
    await ledger.record(review({ opened: [development('d1')] }), at(0));
    const item = [{ development: 'd1', target: 'slack:C1' }];
    const [first] = await ledger.claim(claimRequest(item, 'a', at(1)));
    if (first?.kind !== 'claimed') throw new Error('not claimed');
    await ledger.finish(
      [{ claim: first.claim, outcome: 'posted', ref: 'ts1', shown: 1, confirmedBy: 'post' }],
      at(2),
    );
    const extended = [{ id: 'd1', articles: [{ id: 'd1-a2', outlet: 'State Wire', title: 'Second' }] }];
    await ledger.record(review({ version: 1, extended }), at(60));
    const [update] = await ledger.claim(claimRequest(item, 'a', at(61)));
    expect(update).toMatchObject({ kind: 'claimed', claim: { ref: 'ts1', uncertain: false } });
  });

  it('hands a claim the development as it stands then, with articles another instance recorded since a read', async () => {
    const [a, b] = await ledgers();
    await a.record(review({ opened: [development('d1')] }), at(0));
    const before = await a.read('strike', at(1));
    const extended = [{ id: 'd1', articles: [{ id: 'd1-a2', outlet: 'State Wire', title: 'Second' }] }];
    expect(await b.record(review({ version: 1, extended }), at(2))).toBe(true);
    expect(before.developments[0]?.articles).toHaveLength(1);
    const [claimed] = await a.claim(claimRequest([{ development: 'd1', target: 'slack:C1' }], 'a', at(3)));
    if (claimed?.kind !== 'claimed') throw new Error('not claimed');
    expect(claimed.claim.shows?.articles.map((x) => x.id)).toEqual(['d1-a1', 'd1-a2']);
  });

  it('hands a lapsed claim over, marked uncertain (the channel is asked first)', async () => {
    const [a, b] = await ledgers();
    await a.record(review({ opened: [development('d1')] }), at(0));
    const item = [{ development: 'd1', target: 'slack:C1' }];
    await a.claim(claimRequest(item, 'a', at(1)));
    const [taken] = await b.claim(claimRequest(item, 'b', at(120)));
    expect(taken).toMatchObject({ kind: 'claimed', claim: { owner: 'b', uncertain: true } });
  });

  it('caps new alerts per channel and hour, across stories; another channel is not affected', async () => {
    const [ledger] = await ledgers();
    await ledger.record(review({ opened: [development('d1'), development('d2')] }), at(0));
    await ledger.record(review({ story: 'flood', opened: [development('f1', { story: 'flood' })] }), at(0));
    const items = [
      { development: 'd1', target: 'slack:C1' },
      { development: 'd2', target: 'slack:C1' },
      { development: 'f1', target: 'slack:C1' },
      { development: 'f1', target: 'slack:C2' },
    ];
    const outcomes = await ledger.claim(claimRequest(items, 'a', at(1), { perHour: 2 }));
    expect(outcomes.map((o) => o.kind)).toEqual(['claimed', 'claimed', 'capped', 'claimed']);
    // Capped stays capped: it waits for the digest, it is not posted late.
    expect(
      (await ledger.claim(claimRequest(items.slice(2, 3), 'a', at(7200), { perHour: 2 })))[0]?.kind,
    ).toBe('done');
  });

  it('gives up a post that failed maxAttempts times', async () => {
    const [ledger] = await ledgers();
    await ledger.record(review({ opened: [development('d1')] }), at(0));
    const item = [{ development: 'd1', target: 'slack:C1' }];
    for (let i = 0; i < 2; i++) {
      const [o] = await ledger.claim(claimRequest(item, 'a', at(i * 10), { maxAttempts: 2 }));
      if (o?.kind !== 'claimed') throw new Error(`attempt ${i} not claimed`);
      await ledger.finish(
        [{ claim: o.claim, outcome: 'failed', error: 'channel_not_found' }],
        at(i * 10 + 1),
      );
    }
    expect((await ledger.claim(claimRequest(item, 'a', at(30), { maxAttempts: 2 })))[0]?.kind).toBe('done');
    expect(await ledger.posts(['d1'])).toMatchObject([
      { status: 'failed', attempts: 2, lastError: 'channel_not_found' },
    ]);
  });

  it('lets exactly one of two instances claim each post when they claim at once', async () => {
    const [a, b] = await ledgers();
    await a.record(review({ opened: [development('d1'), development('d2')] }), at(0));
    const items = ['slack:C1', 'slack:C2', 'discord:9'].flatMap((target) =>
      ['d1', 'd2'].map((d) => ({ development: d, target })),
    );
    const [fromA, fromB] = await Promise.all([
      a.claim(claimRequest(items, 'a', at(1))),
      b.claim(claimRequest(items, 'b', at(1))),
    ]);
    items.forEach((_, i) => {
      const kinds = [fromA[i]?.kind, fromB[i]?.kind].sort();
      expect(kinds).toEqual(['claimed', 'held']);
    });
  });

  it('forgets developments older than it keeps, with their posts', async () => {
    const [ledger] = await ledgers();
    await ledger.record(review({ opened: [development('d1')] }), at(0));
    const [o] = await ledger.claim(claimRequest([{ development: 'd1', target: 'slack:C1' }], 'a', at(1)));
    if (o?.kind !== 'claimed') throw new Error('not claimed');
    await ledger.finish(
      [{ claim: o.claim, outcome: 'posted', ref: 'x', shown: 1, confirmedBy: 'post' }],
      at(2),
    );
    const later = new Date(T0.getTime() + KEEP + 60_000);
    await ledger.record(review({ version: 1, seen: ['z'] }), later);
    expect((await ledger.read('strike', later)).developments).toEqual([]);
    expect(await ledger.posts(['d1'])).toEqual([]);
  });
});
