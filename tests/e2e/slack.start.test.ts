import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startMain } from '../helpers/process.ts';
import { type FakeServer, json, startFake } from './fakes/http.ts';
import { startFakeSlackApi } from './fakes/slack.ts';

const SECRET = 'start-test-signing-secret-77';
const TOKEN = 'xoxb-start-test-token-9911';
let api: FakeServer;
let bot: Running;

beforeAll(async () => {
  api = await startFakeSlackApi();
  bot = startMain({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${api.url}/api/`,
    PORT: '0',
    LOG_LEVEL: 'info',
  });
});

afterAll(async () => {
  await bot.stop();
  await api.close();
});

describe('npm start with the Slack variables set', () => {
  it('starts only the Slack adapter with its health endpoint, and stops cleanly on SIGTERM', async () => {
    const listening = await bot.waitForLog('slack adapter listening');
    const res = await fetch(`http://127.0.0.1:${listening.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', articles: 5 });
    expect(bot.stderr()).not.toMatch(/discord adapter/i);
    expect(bot.stdout()).toBe('');
    expect(await bot.stop()).toBe(0);
    expect(bot.stderr()).not.toContain(SECRET);
    expect(bot.stderr()).not.toContain(TOKEN);
  });

  it('stops with a clear message when Slack rejects the token, without printing it', async () => {
    const rejecting = await startFake((req, res) =>
      req.path.endsWith('/auth.test')
        ? json(res, 200, { ok: false, error: 'invalid_auth' })
        : json(res, 404, {}),
    );
    const failing = startMain({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `${rejecting.url}/api/`,
      PORT: '0',
    });
    const code = await new Promise<number | null>((resolve) => failing.child.on('close', resolve));
    expect(code).toBe(1);
    expect(failing.stderr()).toMatch(/cannot start: Slack rejected .*invalid_auth/);
    expect(failing.stderr()).not.toContain(TOKEN);
    await rejecting.close();
  });
});
