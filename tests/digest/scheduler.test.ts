import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { slackPoster } from '../../src/adapters/digestPosters.ts';
import { createSlackAdapter } from '../../src/adapters/slack.ts';
import type { Briefing } from '../../src/briefing.ts';
import { parseConfig, parseEnv } from '../../src/config.ts';
import { FileLedger } from '../../src/digest/fileLedger.ts';
import type { DigestLedger } from '../../src/digest/ledger.ts';
import type { DigestMarker, Poster } from '../../src/digest/poster.ts';
import { digestFor } from '../../src/digest/preview.ts';
import { DigestScheduler } from '../../src/digest/scheduler.ts';
import { type DigestState, readState } from '../../src/digest/state.ts';
import { ErrorCode, StateError } from '../../src/errors.ts';
import { IndexStore } from '../../src/index/store.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { CORPUS, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { startFakeSlackApi } from '../e2e/fakes/slack.ts';

let dir: string;
let store: IndexStore;
const base = testConfig();

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-digest-'));
  await cp(CORPUS, path.join(dir, 'corpus'), { recursive: true });
  store = await IndexStore.open(path.join(dir, 'corpus'), base);
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const stateFile = () => path.join(dir, 'data', 'state.json');

function digestConfig(overrides: Partial<ReturnType<typeof testConfig>['digest']> = {}) {
  return parseConfig({ ...base, digest: { ...base.digest, stateFile: stateFile(), ...overrides } }).digest;
}

/** A channel in memory: what was posted (with its marker), searchable like a channel's history. */
function recordingPoster(
  target = 'test:C1',
): Poster & { posts: { briefing: Briefing; marker: DigestMarker }[] } {
  const posts: { briefing: Briefing; marker: DigestMarker }[] = [];
  return {
    target,
    posts,
    post: async (briefing, marker) => {
      posts.push({ briefing, marker });
      return `ref-${posts.length}`;
    },
    findPosted: async (marker) => (posts.some((p) => p.marker.key === marker.key) ? 'found' : undefined),
  };
}

function ledgerFor(owner: string, log = memoryLogger().log): FileLedger {
  return new FileLedger({ file: stateFile(), owner, log, keepMs: 14 * 86_400_000 });
}

function scheduler(
  posters: Poster[],
  clock: () => Date,
  extra: Partial<ConstructorParameters<typeof DigestScheduler>[0]> = {},
) {
  const { log, lines } = memoryLogger();
  const owner = extra.owner ?? 'host-a:1:aaaa';
  const s = new DigestScheduler({
    digest: digestConfig(),
    index: () => store.current,
    compose: digestFor(base),
    posters,
    ledger: ledgerFor(owner, log),
    owner,
    log,
    clock,
    sleep: async () => {},
    random: () => 0.5,
    ...extra,
  });
  return { s, lines };
}

async function state(): Promise<DigestState> {
  return (await readState(stateFile(), new Date())).state;
}

describe('digest schedule', () => {
  it('fires at 08:00 Europe/Berlin on the day before and the day of the spring DST change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const poster = recordingPoster();
    // A long lease: the lease review would otherwise run every minute of the simulated day.
    const { s } = scheduler([poster], () => new Date(), {
      digest: digestConfig({ timezone: 'Europe/Berlin', leaseSeconds: 3600 }),
    });
    vi.setSystemTime(new Date('2024-03-30T06:59:00Z'));
    await s.start();
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await s.settled();
    // 2024-03-31 is the DST day: 08:00 CEST = 06:00 UTC (the day before, 08:00 CET = 07:00 UTC).
    await vi.advanceTimersByTimeAsync(Date.parse('2024-03-31T06:01:00Z') - Date.now());
    await s.settled();
    await s.stop();
    expect(Object.keys((await state()).slots).sort()).toEqual([
      '2024-03-30T07:00:00.000Z|test:C1',
      '2024-03-31T06:00:00.000Z|test:C1',
    ]);
    expect(poster.posts).toHaveLength(2);
  });

  it('takes a six-field cron with seconds: one slot per firing, not one per minute', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2024-06-01T10:00:00.500Z'));
    const poster = recordingPoster();
    const { s } = scheduler([poster], () => new Date(), { digest: digestConfig({ cron: '*/5 * * * * *' }) });
    await s.start();
    await vi.advanceTimersByTimeAsync(16_000);
    await s.settled();
    await s.stop();
    expect(poster.posts.map((p) => p.marker.slot)).toEqual([
      '2024-06-01T10:00:00.000Z',
      '2024-06-01T10:00:05.000Z',
      '2024-06-01T10:00:10.000Z',
      '2024-06-01T10:00:15.000Z',
    ]);
  });

  it('keeps running after a failed run: the next slot posts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2024-06-01T10:00:30Z'));
    const poster = recordingPoster();
    const real = ledgerFor('host-a:1:aaaa');
    let failures = 1;
    const flaky: DigestLedger = {
      location: real.location,
      open: () => real.open(),
      claim: (request) => {
        if (failures-- > 0)
          return Promise.reject(new StateError(ErrorCode.StateUnwritable, real.location, 'disk full'));
        return real.claim(request);
      },
      renew: (claims, options) => real.renew(claims, options),
      finish: (results, now) => real.finish(results, now),
      previous: () => real.previous(),
    };
    const { s, lines } = scheduler([poster], () => new Date(), {
      digest: digestConfig({ cron: '0 * * * * *', maxCatchUpHours: 0 }),
      ledger: flaky,
    });
    await s.start();
    await vi.advanceTimersByTimeAsync(31_000);
    await s.settled();
    expect(s.health).toMatchObject({ ok: false, reason: 'disk full' });
    await vi.advanceTimersByTimeAsync(60_000);
    await s.settled();
    await s.stop();
    expect(poster.posts.map((p) => p.marker.slot)).toEqual(['2024-06-01T10:02:00.000Z']);
    expect(s.health.ok).toBe(true);
    expect(lines.join('')).toMatch(/digest run failed; the next slot runs as usual/);
  });
});

describe('exactly once per slot', () => {
  const slot = new Date('2024-05-01T08:00:00Z');

  it('does not post again after a restart once the slot is posted', async () => {
    const poster = recordingPoster();
    const first = scheduler([poster], () => new Date(slot.getTime() + 1000)).s;
    await first.runSlot(slot);
    await first.runSlot(slot);
    const restarted = scheduler([poster], () => new Date(slot.getTime() + 3_600_000), {
      owner: 'host-a:1:bbbb',
    }).s;
    await restarted.start();
    await restarted.stop();
    expect(poster.posts).toHaveLength(1);
  });

  it('posts a slot missed while down exactly once on start-up, if recent', async () => {
    const poster = recordingPoster();
    const later = () => new Date(slot.getTime() + 2 * 3_600_000);
    const a = scheduler([poster], later).s;
    await a.start();
    await a.stop();
    const b = scheduler([poster], later, { owner: 'host-b:1:bbbb' }).s;
    await b.start();
    await b.stop();
    expect(poster.posts).toHaveLength(1);
    expect((await state()).slots['2024-05-01T08:00:00.000Z|test:C1']?.status).toBe('posted');
  });

  it('skips and logs a missed slot older than maxCatchUpHours', async () => {
    const poster = recordingPoster();
    const { s, lines } = scheduler([poster], () => new Date(slot.getTime() + 7 * 3_600_000));
    await s.start();
    await s.stop();
    expect(poster.posts).toHaveLength(0);
    expect(lines.join('')).toMatch(/too old to post; skipped/);
  });

  it('lets one of two processes with the same pid on one state folder post, even when they run together', async () => {
    const poster = recordingPoster();
    const clock = () => new Date(slot.getTime() + 1000);
    // Two containers: both pid 1, different hosts (or the same host name with another random part).
    const one = scheduler([poster], clock, { owner: 'newsdesk:1:aaaa' }).s;
    const two = scheduler([poster], clock, { owner: 'newsdesk:1:bbbb' }).s;
    await Promise.all([one.runSlot(slot), two.runSlot(slot), one.runSlot(slot), two.runSlot(slot)]);
    expect(poster.posts).toHaveLength(1);
  });

  it('takes over a claim whose holder died once the lease runs out, and checks the channel before posting', async () => {
    const poster = recordingPoster();
    let now = slot.getTime() + 1000;
    // A dies right after claiming: its claim is in the state, nothing was posted.
    const dead = ledgerFor('host-a:1:dead');
    await dead.open();
    await dead.claim({
      slot: slot.toISOString(),
      targets: [poster.target],
      owner: 'host-a:1:dead',
      leaseMs: 60_000,
      now: new Date(now),
      maxAttempts: 3,
    });
    const checks: string[] = [];
    const watched: Poster = {
      ...poster,
      findPosted: async (m, since) => {
        checks.push(m.key);
        return poster.findPosted(m, since);
      },
    };
    const b = scheduler([watched], () => new Date(now), { owner: 'host-b:1:live' }).s;
    await b.runSlot(slot);
    expect(poster.posts).toHaveLength(0); // the lease is live: B keeps off
    now += 61_000;
    await b.runSlot(slot);
    expect(checks).toEqual([`${slot.toISOString()}|test:C1`]);
    expect(poster.posts).toHaveLength(1);
    expect((await state()).slots[`${slot.toISOString()}|test:C1`]).toMatchObject({
      status: 'posted',
      owner: 'host-b:1:live',
      attempts: 2,
    });
  });

  it('does not post a slot taken over while its holder stalled past the lease (fencing before the post)', async () => {
    const poster = recordingPoster();
    let now = slot.getTime() + 1000;
    const clock = () => new Date(now);
    const b = scheduler([poster], clock, { owner: 'host-b:1:live' }).s;
    // A claims, then stalls (a saturated host) past its lease before it sends: B takes the slot over,
    // finds nothing in the channel and posts. A must not post it again when it wakes up.
    const real = ledgerFor('host-a:1:slow');
    const stalling: DigestLedger = {
      location: real.location,
      open: () => real.open(),
      claim: async (request) => {
        const outcomes = await real.claim(request);
        now += 61_000;
        await b.runSlot(slot, 'review');
        return outcomes;
      },
      renew: (claims, options) => real.renew(claims, options),
      finish: (results, at) => real.finish(results, at),
      previous: () => real.previous(),
    };
    const { s: a, lines } = scheduler([poster], clock, { owner: 'host-a:1:slow', ledger: stalling });
    await a.runSlot(slot);
    expect(poster.posts).toHaveLength(1);
    expect((await state()).slots[`${slot.toISOString()}|test:C1`]).toMatchObject({
      status: 'posted',
      owner: 'host-b:1:live',
      attempts: 2,
    });
    expect(lines.join('')).toMatch(/taken over by another process before posting/);
  });

  it('does not post again a slot that reached the channel before its poster was killed', async () => {
    const poster = recordingPoster();
    const marker = { slot: slot.toISOString(), key: `${slot.toISOString()}|test:C1` };
    const dead = ledgerFor('host-a:1:dead');
    await dead.open();
    await dead.claim({
      slot: marker.slot,
      targets: [poster.target],
      owner: 'host-a:1:dead',
      leaseMs: 1000,
      now: slot,
      maxAttempts: 3,
    });
    await poster.post({ kind: 'digest', title: 'posted by A', items: [] }, marker); // reached Slack, then SIGKILL
    const { s, lines } = scheduler([poster], () => new Date(slot.getTime() + 5000), {
      owner: 'host-b:1:live',
    });
    await s.runSlot(slot);
    expect(poster.posts).toHaveLength(1);
    expect((await state()).slots[marker.key]).toMatchObject({
      status: 'posted',
      confirmedBy: 'history',
      ref: 'found',
    });
    expect(lines.join('')).toMatch(/found in the channel history/);
  });
});

describe('a corrupt state file', () => {
  const slot = new Date('2024-05-01T08:00:00Z');

  it('is kept aside, and a recent slot is checked against the channel before it is posted again', async () => {
    const poster = recordingPoster();
    const first = scheduler([poster], () => new Date(slot.getTime() + 1000)).s;
    await first.runSlot(slot);
    await writeFile(stateFile(), '{"version": 2, "slots": {"x": tru');
    const { s, lines } = scheduler([poster], () => new Date(slot.getTime() + 3_600_000), {
      owner: 'host-a:1:next',
    });
    await s.start();
    await s.stop();
    expect(poster.posts).toHaveLength(1);
    const kept = (await readdir(path.dirname(stateFile()))).filter((f) =>
      f.startsWith('state.json.corrupt-'),
    );
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(path.dirname(stateFile()), kept[0] as string), 'utf8')).toContain('tru');
    expect(lines.join('')).toMatch(/corrupt; kept aside/);
    expect((await state()).slots[`${slot.toISOString()}|test:C1`]).toMatchObject({ confirmedBy: 'history' });
  });

  it('posts a recent slot once when the channel does not have it', async () => {
    const poster = recordingPoster();
    await writeFile(path.join(dir, 'x'), '');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(stateFile()), { recursive: true }));
    await writeFile(stateFile(), 'garbage');
    const { s } = scheduler([poster], () => new Date(slot.getTime() + 3_600_000));
    await s.start();
    await s.stop();
    expect(poster.posts).toHaveLength(1);
  });
});

describe('the state file', () => {
  it('is pruned of old slots and keeps article ids only on the newest posted digest', async () => {
    const poster = recordingPoster();
    const days = [1, 2, 20, 21, 22].map((d) => new Date(Date.UTC(2024, 4, d, 8)));
    for (const day of days) await scheduler([poster], () => day).s.runSlot(day);
    const slots = Object.values((await state()).slots);
    expect(slots.map((r) => r.slot.slice(0, 10)).sort()).toEqual(['2024-05-20', '2024-05-21', '2024-05-22']);
    expect(slots.filter((r) => r.articleIds).map((r) => r.slot.slice(0, 10))).toEqual(['2024-05-22']);
  });

  it('starts with one clear error when its folder cannot be created', async () => {
    await writeFile(path.join(dir, 'data'), 'a file where the state folder should be');
    const { s } = scheduler([recordingPoster()], () => new Date());
    await expect(s.start()).rejects.toMatchObject({
      code: ErrorCode.StateUnwritable,
      message: expect.stringMatching(/cannot create the digest state folder .*data/),
    });
  });

  it('starts over an empty or garbage lock file', async () => {
    await import('node:fs/promises').then((fs) => fs.mkdir(path.join(dir, 'data')));
    for (const garbage of ['', '{"pid": 1}', 'nonsense']) {
      await writeFile(`${stateFile()}.lock`, garbage);
      const poster = recordingPoster();
      const { s, lines } = scheduler([poster], () => new Date(Date.UTC(2024, 4, 1, 8, 0, 1)), {
        owner: `h:1:${garbage.length}`,
      });
      await s.start();
      await s.stop();
      expect(lines.join('')).toMatch(/removed a lock file that is not a digest state lock/);
    }
  });
});

describe('posting through the Slack Web API with failures', () => {
  const slot = new Date('2024-05-02T08:00:00Z');

  async function slackTarget(
    answers: (n: number) => { status: number; body: unknown; headers?: Record<string, string> },
  ) {
    const api = await startFakeSlackApi(answers);
    const env = parseEnv({
      SLACK_BOT_TOKEN: 'xoxb-digest-test',
      SLACK_SIGNING_SECRET: 'digest-secret',
      SLACK_API_URL: `${api.url}/api/`,
    });
    const { log } = memoryLogger();
    const adapter = createSlackAdapter(env, {
      stories: StoryStores.single(store),
      log,
      context: () => ({ config: base, now: slot }),
    });
    return { api, poster: slackPoster(adapter, 'C9') };
  }

  it('honours retry_after on 429 and then posts once, with the slot marker as metadata', async () => {
    const { api, poster } = await slackTarget((n) =>
      n === 1
        ? { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '2' } }
        : { status: 200, body: { ok: true } },
    );
    const waits: number[] = [];
    const { s } = scheduler([poster], () => slot, { sleep: async (ms) => void waits.push(ms) });
    await s.runSlot(slot);
    expect(waits).toEqual([2000]);
    expect(api.messages).toHaveLength(1);
    expect(api.messages[0]?.metadata).toEqual({
      event_type: 'newsdesk_digest',
      event_payload: { key: `${slot.toISOString()}|slack:C9`, slot: slot.toISOString() },
    });
    expect((await state()).slots[`${slot.toISOString()}|slack:C9`]).toMatchObject({
      status: 'posted',
      ref: api.messages[0]?.ts,
    });
    await api.close();
  });

  it('retries 5xx three times with exponential backoff and jitter, then posts once', async () => {
    const { api, poster } = await slackTarget((n) =>
      n <= 3 ? { status: 503, body: { ok: false } } : { status: 200, body: { ok: true } },
    );
    const waits: number[] = [];
    const { s } = scheduler([poster], () => slot, {
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
    });
    await s.runSlot(slot);
    expect(waits).toEqual([500, 1000, 2000]);
    expect(api.requests.filter((r) => r.path.endsWith('chat.postMessage'))).toHaveLength(4);
    await api.close();
  });

  it('records a digest that finally fails, with the reason; the next attempt looks in the history first', async () => {
    let reject = true;
    const { api, poster } = await slackTarget(() =>
      reject
        ? { status: 200, body: { ok: false, error: 'channel_not_found' } }
        : { status: 200, body: { ok: true } },
    );
    const { s, lines } = scheduler([poster], () => slot);
    await s.runSlot(slot);
    const record = (await state()).slots[`${slot.toISOString()}|slack:C9`];
    expect(record?.status).toBe('failed');
    expect(record?.lastError).toMatch(/channel_not_found/);
    expect(lines.join('')).toMatch(/digest post failed/);
    reject = false;
    await s.runSlot(slot);
    const calls = api.requests.map((r) => r.path.split('/').pop());
    expect(calls.filter((c) => c !== 'auth.test')).toEqual([
      'chat.postMessage',
      'conversations.history',
      'chat.postMessage',
    ]);
    expect(api.messages).toHaveLength(1);
    await api.close();
  });
});

describe('what changed', () => {
  it('lists an article added to the corpus after the previous digest', async () => {
    const poster = recordingPoster();
    const slot = new Date('2024-05-03T08:00:00Z');
    await scheduler([poster], () => slot).s.runSlot(slot);
    expect(poster.posts[0]?.briefing.note).toMatch(/5 new articles/);
    await writeFile(
      path.join(dir, 'corpus', '2031-01-02-example-news-ferry.md'),
      '---\noutlet: Example News\ntitle: Ferry talks continue\npublished: 2031-01-02\n---\nNegotiators met again on Monday to settle the ferry dispute.\n',
    );
    await store.reload();
    const next = new Date('2024-05-04T08:00:00Z');
    const later = scheduler([poster], () => next).s;
    await later.start();
    await later.stop();
    const digest = poster.posts[1]?.briefing as Briefing;
    expect(digest.items.filter((i) => i.text.startsWith('New:')).map((i) => i.text)).toEqual([
      'New: Ferry talks continue (Example News, 2031-01-02)',
    ]);
    expect(digest.note).toMatch(/1 new article since 2024-05-03/);
  });
});
