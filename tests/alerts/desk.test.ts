import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertDesk } from '../../src/alerts/desk.ts';
import { FileAlertLedger } from '../../src/alerts/fileLedger.ts';
import type { AlertLedger } from '../../src/alerts/ledger.ts';
import type { AlertMarker, AlertPoster } from '../../src/alerts/poster.ts';
import type { Briefing } from '../../src/briefing.ts';
import { type Config, parseConfig } from '../../src/config.ts';
import { ErrorCode, PlatformError } from '../../src/errors.ts';
import { IndexStore } from '../../src/index/store.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { FileSubscriptionStore } from '../../src/subscriptions/fileStore.ts';
import { FIXTURES } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';

const ALERTS = path.join(FIXTURES, 'alerts');

/** A channel as the fake poster keeps it: every message, and every call made. */
interface FakeChannel {
  messages: { ref: string; briefing: Briefing; marker: AlertMarker }[];
  posts: number;
  updates: number;
}

let dir: string;
let corpus: string;
let channels: Map<string, FakeChannel>;
/** What the next post does after delivering: nothing, or fail as a reply lost on the way back. */
let afterDelivery: 'ok' | 'lose-reply' = 'ok';

function channel(target: string): FakeChannel {
  let c = channels.get(target);
  if (!c) {
    c = { messages: [], posts: 0, updates: 0 };
    channels.set(target, c);
  }
  return c;
}

function fakePoster(target: string): AlertPoster {
  const c = channel(target);
  return {
    target,
    async post(briefing, marker) {
      c.posts++;
      const ref = `m${c.messages.length + 1}`;
      c.messages.push({ ref, briefing, marker });
      if (afterDelivery === 'lose-reply') {
        afterDelivery = 'ok';
        throw new PlatformError(ErrorCode.PlatformRejected, 'the reply was lost');
      }
      return ref;
    },
    async update(ref, briefing) {
      c.updates++;
      const m = c.messages.find((x) => x.ref === ref);
      if (!m) throw new PlatformError(ErrorCode.PlatformRejected, 'message_not_found');
      m.briefing = briefing;
    },
    async findPosted(marker) {
      return c.messages.find((m) => m.marker.key === marker.key)?.ref;
    },
  };
}

const outletsOf = (b: Briefing) =>
  [...new Set(b.items.flatMap((i) => i.sources.map((s) => s.outlet)))].sort();

async function setUp(
  settings: Partial<Config['alerts']> = {},
  freshPerReview?: number,
  wrap: (ledger: AlertLedger) => AlertLedger = (ledger) => ledger,
) {
  const config = parseConfig({
    story: { keyword: 'bridge' },
    reload: { watch: false },
    alerts: { stateFile: path.join(dir, 'alerts.json'), ...settings },
  });
  const store = await IndexStore.open(corpus, config);
  const stories = StoryStores.single(store);
  const subscriptions = new FileSubscriptionStore({
    file: path.join(dir, 'subs.json'),
    log: memoryLogger().log,
  });
  await subscriptions.put({
    platform: 'slack',
    channel: 'C1',
    story: 'bridge',
    kind: 'alerts',
    createdBy: 'U1',
    createdAt: '2025-04-01T00:00:00.000Z',
  });
  const { log, lines } = memoryLogger();
  let clock = new Date('2025-04-03T09:00:00Z');
  const desk = () =>
    new AlertDesk({
      stories,
      ledger: wrap(new FileAlertLedger({ file: config.alerts.stateFile, log, keepMs: 7 * 86_400_000 })),
      subscriptions,
      posterFor: (platform, id) => fakePoster(`${platform}:${id}`),
      settings: config.alerts,
      poolSize: 40,
      owner: `test-${Math.random()}`,
      log,
      clock: () => clock,
      sleep: async () => {},
      ...(freshPerReview ? { freshPerReview } : {}),
    });
  return {
    store,
    desk,
    lines,
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

async function arrive(folder: string, file: string): Promise<void> {
  await cp(path.join(ALERTS, folder, file), path.join(corpus, file));
}

const BURST = [
  '2025-04-03-larkspur-herald-closed.md',
  '2025-04-03-valley-post-closed.md',
  '2025-04-03-state-wire-closed.md',
  '2025-04-03-channel-nine-closed.md',
  '2025-04-03-morning-ledger-closed.md',
];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-alerts-'));
  corpus = path.join(dir, 'corpus');
  await cp(path.join(ALERTS, 'base'), corpus, { recursive: true });
  channels = new Map();
  afterDelivery = 'ok';
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('AlertDesk', () => {
  it('takes what the story holds when alerts start as the baseline: no alert for it', async () => {
    const { desk, lines } = await setUp();
    await desk().review();
    expect(channels.get('slack:C1')?.posts ?? 0).toBe(0);
    expect(lines.join('')).toMatch(/alerts started for the story/);
  });

  it('posts one alert with five outlets for a burst of five articles on one development', async () => {
    const { store, desk } = await setUp();
    const d = desk();
    await d.review();
    for (const file of BURST) await arrive('burst', file);
    await store.reload();
    await d.review();
    const c = channel('slack:C1');
    expect(c.posts).toBe(1);
    expect(c.messages).toHaveLength(1);
    expect(outletsOf(c.messages[0]?.briefing as Briefing)).toEqual(
      ['Channel Nine News', 'Larkspur Herald', 'Morning Ledger', 'State Wire', 'Valley Post'].sort(),
    );
    // Reviewing again changes nothing.
    await d.review();
    expect(c.posts + c.updates).toBe(1);
  });

  it('reads a large arrival a batch at a time and still posts one alert with every outlet', async () => {
    const { store, desk } = await setUp({}, 2);
    const d = desk();
    await d.review();
    for (const file of BURST) await arrive('burst', file);
    await store.reload();
    await d.review();
    const c = channel('slack:C1');
    expect(c.posts).toBe(1);
    expect(outletsOf(c.messages[0]?.briefing as Briefing)).toEqual(
      ['Channel Nine News', 'Larkspur Herald', 'Morning Ledger', 'State Wire', 'Valley Post'].sort(),
    );
  });

  it('posts the first article at once and updates that message as the others arrive', async () => {
    const { store, desk, advance } = await setUp();
    const d = desk();
    await d.review();
    for (const [i, file] of BURST.entries()) {
      await arrive('burst', file);
      await store.reload();
      await d.review();
      const c = channel('slack:C1');
      expect(c.posts).toBe(1);
      expect(c.updates).toBe(i);
      expect(outletsOf(c.messages[0]?.briefing as Briefing)).toHaveLength(i + 1);
      advance(3 * 60_000);
    }
    const alert = channel('slack:C1').messages[0]?.briefing as Briefing;
    expect(alert.kind).toBe('alert');
    expect(alert.title).toMatch(/Larkspur Bridge closed/);
    expect(alert.items[0]?.text).toMatch(/cracks in two of its support cables/);
    expect(alert.items[0]?.sources.find((s) => s.outlet === 'Larkspur Herald')?.url).toBe(
      'https://larkspur-herald.example/news/bridge-closed',
    );
  });

  it('updates an alert with the articles the ledger holds when it claims, not those it read before', async () => {
    // Another instance records one more outlet between this instance's read and its claim, once.
    let race = false;
    const late = { id: 'late-article', outlet: 'Late Gazette', title: 'Bridge closed, late' };
    const racing = (ledger: AlertLedger): AlertLedger => ({
      location: ledger.location,
      open: () => ledger.open(),
      read: (story, now) => ledger.read(story, now),
      record: (review, now) => ledger.record(review, now),
      posts: (ids) => ledger.posts(ids),
      finish: (results, now) => ledger.finish(results, now),
      claim: async (request) => {
        if (race) {
          race = false;
          const state = await ledger.read('bridge', request.now);
          const id = state.developments[0]?.id as string;
          await ledger.record(
            {
              story: 'bridge',
              version: state.version,
              seen: [late.id],
              opened: [],
              extended: [{ id, articles: [late] }],
            },
            request.now,
          );
        }
        return ledger.claim(request);
      },
    });
    const { store, desk, advance } = await setUp({}, undefined, racing);
    const d = desk();
    await d.review();
    await arrive('burst', BURST[0] as string);
    await store.reload();
    await d.review();
    advance(60_000);
    await arrive('burst', BURST[1] as string);
    await store.reload();
    race = true;
    await d.review();
    const c = channel('slack:C1');
    expect(outletsOf(c.messages[0]?.briefing as Briefing)).toContain('Late Gazette');
    // Shown as claimed: reviewing again has nothing left to update.
    const updates = c.updates;
    advance(60_000);
    await d.review();
    expect(c.updates).toBe(updates);
  });

  it('posts nothing for an article that only repeats what is known', async () => {
    const { store, desk, advance } = await setUp();
    const d = desk();
    await d.review();
    for (const file of BURST) await arrive('burst', file);
    await store.reload();
    await d.review();
    advance(60 * 60_000);
    await arrive('later', 'repeat.md');
    await store.reload();
    await d.review();
    const c = channel('slack:C1');
    expect(c.posts).toBe(1);
    expect(c.updates).toBe(0);
  });

  it('posts an article that arrived while the bot was down once after the restart, and never again', async () => {
    const { store, desk } = await setUp();
    await desk().review();
    // Down: the file arrives, no process looks at it.
    await arrive('later', 'ferry.md');
    await store.reload();
    await desk().review();
    await desk().review();
    const c = channel('slack:C1');
    expect(c.posts).toBe(1);
    expect(c.messages[0]?.briefing.items[0]?.text).toMatch(/ferry/);
  });

  it('finds an alert that reached the channel before its reply was lost, and does not post it again', async () => {
    const { store, desk, lines } = await setUp();
    const d = desk();
    await d.review();
    await arrive('later', 'ferry.md');
    await store.reload();
    afterDelivery = 'lose-reply';
    await d.review();
    expect(channel('slack:C1').posts).toBe(1);
    await desk().review();
    const c = channel('slack:C1');
    expect(c.posts).toBe(1);
    expect(c.messages).toHaveLength(1);
    expect(lines.join('')).toMatch(/alert found in the channel history/);
    const state = JSON.parse(await readFile(path.join(dir, 'alerts.json'), 'utf8'));
    expect(Object.values(state.posts)).toMatchObject([
      { status: 'posted', confirmedBy: 'history', ref: 'm1' },
    ]);
  });

  it('caps new alerts per channel and hour; the rest are not posted', async () => {
    const { store, desk, lines, advance } = await setUp({ perChannelPerHour: 1 });
    const d = desk();
    await d.review();
    for (const file of BURST) await arrive('burst', file);
    await store.reload();
    await d.review();
    advance(5 * 60_000);
    await arrive('later', 'ferry.md');
    await store.reload();
    await d.review();
    await d.review();
    expect(channel('slack:C1').posts).toBe(1);
    expect(lines.join('')).toMatch(/the channel had its alerts for this hour/);
  });

  it('sets a corrupt state aside and starts afresh without posting what the story holds', async () => {
    const { store, desk, lines } = await setUp();
    await desk().review();
    await writeFile(path.join(dir, 'alerts.json'), '{ not json');
    for (const file of BURST) await arrive('burst', file);
    await store.reload();
    await desk().review();
    expect(channel('slack:C1').posts).toBe(0);
    expect(lines.join('')).toMatch(/alerts state is corrupt; kept aside/);
  });
});
