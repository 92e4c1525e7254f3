/**
 * Alerts through `npm start` itself, as an operator runs it: two stories from a config file, a channel
 * subscribed from chat by a workspace admin (fake Slack Web API), articles dropped into the story's folder.
 * The first article of a development posts at once and the others update that message; a process killed
 * with SIGKILL and started again posts what arrived while it was down once, and nothing twice.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshClone } from '../helpers/clone.ts';
import { FIXTURES } from '../helpers/corpus.ts';
import { startBot } from '../helpers/process.ts';
import { type FakeServer, json, startFake } from './fakes/http.ts';
import { type FakeSlackApi, signedHeaders, slashCommandBody, startFakeSlackApi } from './fakes/slack.ts';
import { sleep, until } from '../helpers/wait.ts';

const ALERTS = path.join(FIXTURES, 'alerts');
const SECRET = 'alerts-start-signing-secret';
const TOKEN = 'xoxb-alerts-start-token-31';
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

describe('alerts through npm start', () => {
  it('posts a development once, updates it with each outlet, and posts once what arrived while it was down', {
    timeout: 90_000,
  }, async () => {
    const dir = await freshClone({
      stories: [
        { keyword: 'summit', dir: 'corpus' },
        { keyword: 'bridge', dir: 'stories/bridge' },
      ],
      reload: { watch: true, debounceMs: 200 },
    });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const folder = path.join(dir, 'stories', 'bridge');
    await cp(path.join(ALERTS, 'base'), folder, { recursive: true });
    const api: FakeSlackApi = await startFakeSlackApi(undefined, {
      workspace: {
        users: { UADMIN: { is_admin: true } },
        channels: { CNEWS: { creator: 'UX', is_member: true } },
      },
    });
    cleanups.push(() => api.close());
    const answers: FakeServer = await startFake((_req, res) => json(res, 200, { ok: true }));
    cleanups.push(() => answers.close());
    const env = {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${api.url}/api/`,
      PORT: '0',
      LOG_LEVEL: 'info',
    };
    const start = async () => {
      const bot = startBot(env, dir);
      bots.push(bot);
      const port = Number((await bot.waitForLog('slack adapter listening', 40_000)).port);
      return { bot, port };
    };
    const alerts = () => api.messages.filter((m) => m.metadata?.event_type === 'newsdesk_alert');

    const first = await start();
    const body = slashCommandBody(
      '/bridge',
      'subscribe alerts',
      `${answers.url}/answer/1`,
      'UADMIN',
      'CNEWS',
    );
    const res = await fetch(`http://127.0.0.1:${first.port}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(SECRET, body),
      body,
    });
    expect(res.status).toBe(200);
    const answer = await answers.waitFor((r) => r.path === '/answer/1', 10_000);
    expect(answer.body).toContain('Subscribed: /bridge alerts');
    // What the story holds now is the baseline.
    await first.bot.waitForLog('alerts started for the story; its articles so far are the baseline', 15_000);
    expect(alerts()).toHaveLength(0);

    await cp(path.join(ALERTS, 'burst', BURST[0] as string), path.join(folder, BURST[0] as string));
    await until(() => alerts().length === 1, 15_000, 'the first alert');
    for (const file of BURST.slice(1)) await cp(path.join(ALERTS, 'burst', file), path.join(folder, file));
    await until(
      () => OUTLETS.every((o) => JSON.stringify(api.updates.at(-1)?.blocks ?? '').includes(o)),
      15_000,
      'the alert to list five outlets',
    );
    expect(alerts()).toHaveLength(1);
    expect(api.updates.every((u) => u.ts === alerts()[0]?.ts)).toBe(true);

    // Killed; an article on another development arrives while no process runs.
    await first.bot.kill();
    await cp(path.join(ALERTS, 'later', 'ferry.md'), path.join(folder, 'ferry.md'));
    const second = await start();
    await until(() => alerts().length === 2, 20_000, 'the alert of what arrived while down');
    expect(alerts()[1]?.text).not.toBe(alerts()[0]?.text);
    // Another restart: nothing is posted again.
    expect(await second.bot.stop()).toBe(0);
    const third = await start();
    await third.bot.waitForLog('slack adapter listening', 5_000);
    await sleep(3000);
    expect(await third.bot.stop()).toBe(0);
    expect(alerts()).toHaveLength(2);
    expect(new Set(alerts().map((m) => m.metadata?.event_payload?.key)).size).toBe(2);
    for (const bot of [first, second, third].map((b) => b.bot)) expect(bot.stderr()).not.toContain(TOKEN);
  });
});
