import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack.ts';
import type { Briefing } from '../../src/briefing.ts';
import { parseConfig, parseEnv } from '../../src/config.ts';
import { digestFor } from '../../src/digest/preview.ts';
import { DigestScheduler, type DigestTarget } from '../../src/digest/scheduler.ts';
import { readState } from '../../src/digest/state.ts';
import { IndexStore } from '../../src/index/store.ts';
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

function digestConfig(overrides: Partial<ReturnType<typeof testConfig>['digest']> = {}) {
  return parseConfig({
    ...base,
    digest: { ...base.digest, stateFile: path.join(dir, 'state.json'), ...overrides },
  }).digest;
}

function recordingTarget(name = 'test:C1'): DigestTarget & { posts: Briefing[] } {
  const posts: Briefing[] = [];
  return { name, posts, post: async (b) => void posts.push(b) };
}

function scheduler(
  target: DigestTarget,
  clock: () => Date,
  extra: Partial<ConstructorParameters<typeof DigestScheduler>[0]> = {},
) {
  const { log, lines } = memoryLogger();
  const s = new DigestScheduler({
    digest: digestConfig(),
    index: () => store.current,
    compose: digestFor(base),
    targets: [target],
    log,
    clock,
    sleep: async () => {},
    random: () => 0.5,
    ...extra,
  });
  return { s, lines };
}

describe('digest schedule', () => {
  it('fires at 08:00 Europe/Berlin on the day before and the day of the spring DST change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const target = recordingTarget();
    const { s } = scheduler(target, () => new Date(), {
      digest: digestConfig({ timezone: 'Europe/Berlin' }),
    });
    vi.setSystemTime(new Date('2024-03-30T06:59:00Z'));
    expect(await s.start()).toBe(true);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await s.settled();
    // 2024-03-31 is the DST day: 08:00 CEST = 06:00 UTC (the day before, 08:00 CET = 07:00 UTC).
    await vi.advanceTimersByTimeAsync(Date.parse('2024-03-31T06:01:00Z') - Date.now());
    await s.settled();
    await s.stop();
    const state = await readState(path.join(dir, 'state.json'));
    expect(Object.keys(state.slots).sort()).toEqual([
      '2024-03-30T07:00:00.000Z|test:C1',
      '2024-03-31T06:00:00.000Z|test:C1',
    ]);
    expect(target.posts).toHaveLength(2);
  });
});

describe('exactly once per slot', () => {
  const slot = new Date('2024-05-01T08:00:00Z');

  it('does not post again after a restart once the slot is posted', async () => {
    const target = recordingTarget();
    const first = scheduler(target, () => new Date(slot.getTime() + 1000)).s;
    await first.runSlot(slot);
    await first.runSlot(slot);
    const restarted = scheduler(target, () => new Date(slot.getTime() + 3_600_000)).s;
    await restarted.start();
    await restarted.stop();
    expect(target.posts).toHaveLength(1);
  });

  it('posts a slot missed while down exactly once on start-up, if recent', async () => {
    const target = recordingTarget();
    const later = () => new Date(slot.getTime() + 2 * 3_600_000);
    const a = scheduler(target, later).s;
    await a.start();
    await a.stop();
    const b = scheduler(target, later).s;
    await b.start();
    await b.stop();
    expect(target.posts).toHaveLength(1);
    const state = JSON.parse(await readFile(path.join(dir, 'state.json'), 'utf8'));
    expect(state.slots['2024-05-01T08:00:00.000Z|test:C1'].status).toBe('posted');
  });

  it('skips and logs a missed slot older than maxCatchUpHours', async () => {
    const target = recordingTarget();
    const { s, lines } = scheduler(target, () => new Date(slot.getTime() + 7 * 3_600_000));
    await s.start();
    await s.stop();
    expect(target.posts).toHaveLength(0);
    expect(lines.join('')).toMatch(/too old to post; skipped/);
  });

  it('lets only one of two processes on the same state file post, and recovers a stale lock', async () => {
    const target = recordingTarget();
    const clock = () => new Date(slot.getTime() + 60_000);
    const one = scheduler(target, clock, { pid: process.pid }).s;
    const two = scheduler(target, clock, { pid: 2_000_000_000 }).s;
    expect(await one.start()).toBe(true);
    expect(await two.start()).toBe(false);
    await one.stop();
    expect(target.posts).toHaveLength(1);
    await writeFile(path.join(dir, 'state.json.lock'), JSON.stringify({ pid: 2_147_483_000 }));
    const three = scheduler(target, clock).s;
    expect(await three.start()).toBe(true);
    await three.stop();
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
      store,
      log,
      keyword: 'summit',
      context: () => ({ config: base, now: slot }),
    });
    const { renderSlack } = await import('../../src/render/slack.ts');
    const target: DigestTarget = { name: 'slack:C9', post: (b) => adapter.post('C9', renderSlack(b)) };
    return { api, target };
  }

  it('honours retry_after on 429 and then posts once', async () => {
    const { api, target } = await slackTarget((n) =>
      n === 1
        ? { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '2' } }
        : { status: 200, body: { ok: true, ts: '1' } },
    );
    const waits: number[] = [];
    const { s } = scheduler(target, () => slot, { sleep: async (ms) => void waits.push(ms) });
    await s.runSlot(slot);
    expect(waits).toEqual([2000]);
    expect(api.requests.filter((r) => r.path.endsWith('chat.postMessage'))).toHaveLength(2);
    const state = await readState(path.join(dir, 'state.json'));
    expect(state.slots[`${slot.toISOString()}|slack:C9`]?.status).toBe('posted');
    await api.close();
  });

  it('retries 5xx three times with exponential backoff and jitter, then posts once', async () => {
    const { api, target } = await slackTarget((n) =>
      n <= 3 ? { status: 503, body: { ok: false } } : { status: 200, body: { ok: true, ts: '1' } },
    );
    const waits: number[] = [];
    const { s } = scheduler(target, () => slot, {
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
    });
    await s.runSlot(slot);
    expect(waits).toEqual([500, 1000, 2000]);
    expect(api.requests.filter((r) => r.path.endsWith('chat.postMessage'))).toHaveLength(4);
    await api.close();
  });

  it('leaves a digest that finally fails pending, with the reason, for the next start', async () => {
    const { api, target } = await slackTarget(() => ({
      status: 200,
      body: { ok: false, error: 'channel_not_found' },
    }));
    const { s, lines } = scheduler(target, () => slot);
    await s.runSlot(slot);
    const state = await readState(path.join(dir, 'state.json'));
    const record = state.slots[`${slot.toISOString()}|slack:C9`];
    expect(record?.status).toBe('pending');
    expect(record?.lastError).toMatch(/channel_not_found/);
    expect(lines.join('')).toMatch(/left pending/);
    await api.close();
  });
});

describe('what changed', () => {
  it('lists an article added to the corpus after the previous digest', async () => {
    const target = recordingTarget();
    const slot = new Date('2024-05-03T08:00:00Z');
    const { s } = scheduler(target, () => slot);
    await s.runSlot(slot);
    expect(target.posts[0]?.note).toMatch(/5 new articles/);
    await writeFile(
      path.join(dir, 'corpus', '2018-10-08-example-news-talks-continue.md'),
      '---\noutlet: Example News\ntitle: Talks continue in Seoul\npublished: 2018-10-08\n---\nDiplomats from both countries met again in Seoul on Monday to prepare the summit.\n',
    );
    await store.reload();
    const next = new Date('2024-05-04T08:00:00Z');
    await scheduler(target, () => next).s.runSlot(next);
    const digest = target.posts[1] as Briefing;
    const news = digest.items.filter((i) => i.text.startsWith('New:'));
    expect(news.map((i) => i.text)).toEqual(['New: Talks continue in Seoul (Example News, 2018-10-08)']);
    expect(digest.note).toMatch(/1 new article since 2024-05-03/);
  });

  it('says there is no new reporting when nothing was added', async () => {
    const target = recordingTarget();
    const { s } = scheduler(target, () => new Date('2024-05-05T08:00:00Z'));
    await s.runSlot(new Date('2024-05-05T08:00:00Z'));
    await scheduler(target, () => new Date('2024-05-06T08:00:00Z')).s.runSlot(
      new Date('2024-05-06T08:00:00Z'),
    );
    expect(target.posts[1]?.note).toMatch(/No new reporting since 2024-05-05/);
  });
});
