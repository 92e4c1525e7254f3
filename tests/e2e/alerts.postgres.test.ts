/**
 * Alerts with DATABASE_URL: two `npm start` instances on one PostgreSQL database (a real server), one
 * channel subscribed from chat on one of them. Articles dropped into the corpus folder reach both instances
 * through the shared articles; both look for developments, and each development is posted once and updated
 * once per new outlet, whichever instance claims it.
 */
import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshClone } from '../helpers/clone.ts';
import { FIXTURES } from '../helpers/corpus.ts';
import { databaseMissing, freshDatabase } from '../helpers/database.ts';
import { slackInstanceEnv, startBot } from '../helpers/process.ts';
import { type FakeServer, json, startFake } from './fakes/http.ts';
import { type FakeSlackApi, signedHeaders, slashCommandBody, startFakeSlackApi } from './fakes/slack.ts';
import { sleep, until } from '../helpers/wait.ts';

const ALERTS = path.join(FIXTURES, 'alerts');
const SECRET = 'alerts-pg-signing-secret';
const OUTLETS = ['Channel Nine News', 'Larkspur Herald', 'Morning Ledger', 'State Wire', 'Valley Post'];
const BURST = [
  '2025-04-03-larkspur-herald-closed.md',
  '2025-04-03-valley-post-closed.md',
  '2025-04-03-state-wire-closed.md',
  '2025-04-03-channel-nine-closed.md',
  '2025-04-03-morning-ledger-closed.md',
];

type Bot = ReturnType<typeof startBot>;
const bots: Bot[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const bot of bots) await bot.kill();
  for (const c of cleanups.reverse()) await c();
});

describe.skipIf(databaseMissing !== '')('alerts with two instances on one PostgreSQL database', () => {
  it('posts each development once and updates it once per outlet, whichever instance sees it', {
    timeout: 120_000,
  }, async () => {
    const url = await freshDatabase();
    const dir = await freshClone({
      story: { keyword: 'bridge' },
      reload: { watch: true, debounceMs: 200 },
      state: { leaderLeaseSeconds: 3 },
    });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const corpus = path.join(dir, 'corpus');
    for (const file of await readdir(corpus)) await rm(path.join(corpus, file), { recursive: true });
    await cp(path.join(ALERTS, 'base'), corpus, { recursive: true });
    const api: FakeSlackApi = await startFakeSlackApi(undefined, {
      workspace: {
        users: { UADMIN: { is_admin: true } },
        channels: { CNEWS: { creator: 'UX', is_member: true } },
      },
    });
    cleanups.push(() => api.close());
    const answers: FakeServer = await startFake((_req, res) => json(res, 200, { ok: true }));
    cleanups.push(() => answers.close());
    const start = async (token: string) => {
      const bot = startBot(
        slackInstanceEnv({ databaseUrl: url, token, secret: SECRET, apiUrl: api.url }),
        dir,
      );
      bots.push(bot);
      return { bot, port: Number((await bot.waitForLog('slack adapter listening', 40_000)).port) };
    };
    const [a, b] = await Promise.all([start('xoxb-alerts-a'), start('xoxb-alerts-b')]);
    const alerts = () => api.messages.filter((m) => m.metadata?.event_type === 'newsdesk_alert');
    // The leader imports the corpus folder into the database one file at a time: the baseline is the two
    // base articles only once both instances serve them (subscribed earlier, the second would be news).
    const serving = async (port: number) =>
      ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { articles: number }).articles;
    await until(
      async () => (await serving(a.port)) === 2 && (await serving(b.port)) === 2,
      20_000,
      'both instances to serve the two base articles',
    );

    const body = slashCommandBody(
      '/bridge',
      'subscribe alerts',
      `${answers.url}/answer/1`,
      'UADMIN',
      'CNEWS',
    );
    const res = await fetch(`http://127.0.0.1:${a.port}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(SECRET, body),
      body,
    });
    expect(res.status).toBe(200);
    expect((await answers.waitFor((r) => r.path === '/answer/1', 10_000)).body).toContain(
      'Subscribed: /bridge alerts',
    );
    await a.bot.waitForLog('alerts started for the story; its articles so far are the baseline', 15_000);

    await cp(path.join(ALERTS, 'burst', BURST[0] as string), path.join(corpus, BURST[0] as string));
    await until(() => alerts().length === 1, 20_000, 'the first alert');
    for (const file of BURST.slice(1)) {
      await cp(path.join(ALERTS, 'burst', file), path.join(corpus, file));
      await sleep(400);
    }
    await until(
      () => OUTLETS.every((o) => JSON.stringify(api.updates.at(-1)?.blocks ?? '').includes(o)),
      20_000,
      'the alert to list five outlets',
    );
    // Both instances reviewed every arrival (the shared articles reload both), yet: one message, and at
    // most one update per new outlet.
    await sleep(2000);
    expect(alerts()).toHaveLength(1);
    expect(api.updates.length).toBeGreaterThanOrEqual(1);
    expect(api.updates.length).toBeLessThanOrEqual(4);
    expect(api.updates.every((u) => u.ts === alerts()[0]?.ts)).toBe(true);
    const reviewed = (bot: Bot) => bot.stderr().includes('"msg":"new development"');
    expect(reviewed(a.bot) || reviewed(b.bot)).toBe(true);
    for (const bot of [a.bot, b.bot]) expect(await bot.stop()).toBe(0);
  });
});

describe.skipIf(databaseMissing === '')(
  'alerts with two instances on one PostgreSQL database (skipped)',
  () => {
    it(`cannot run here: ${databaseMissing}`, () => {});
  },
);
