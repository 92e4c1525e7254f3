import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { parseEnv } from '../../src/config.ts';
import { IndexStore } from '../../src/index/store.ts';
import { CORPUS, NOW, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { type FakeServer, json, startFake } from './fakes/http.ts';
import { type FakeSocketMode, startFakeSocketMode } from './fakes/slackSocket.ts';

const APP_TOKEN = 'xapp-1-socket-test-token-4411';
const BOT_TOKEN = 'xoxb-socket-test-token-7788';
let fake: FakeSocketMode;
let responses: FakeServer;
let adapter: SlackAdapter;
const { log, lines } = memoryLogger([APP_TOKEN, BOT_TOKEN]);

beforeAll(async () => {
  fake = await startFakeSocketMode();
  responses = await startFake((_req, res) => json(res, 200, { ok: true }));
  const config = testConfig();
  const store = await IndexStore.open(CORPUS, config);
  const env = parseEnv({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: 'unused-in-socket-mode',
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: `${fake.api.url}/api/`,
    PORT: '0',
  });
  adapter = createSlackAdapter(env, {
    stories: StoryStores.single(store),
    log,
    context: () => ({ config, now: NOW }),
  });
  await adapter.start(0);
  await fake.connected;
});

afterAll(async () => {
  await adapter.stop();
  await fake.close();
  await responses.close();
});

describe('Slack adapter in Socket Mode', () => {
  it('opens the connection with the app token and answers a slash command envelope', async () => {
    const open = fake.api.requests.find((r) => r.path.endsWith('/apps.connections.open'));
    expect(open?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    fake.send({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy',
        team_id: 'T1',
        channel_id: 'C1',
        user_id: 'U1',
        command: '/quote',
        text: 'nauret',
        api_app_id: 'A1',
        response_url: `${responses.url}/socket/1`,
        trigger_id: '1.2.3',
      },
    });
    await fake.waitForAck('env-1');
    const answer = JSON.parse((await responses.waitFor((r) => r.path === '/socket/1')).body);
    expect(answer.response_type).toBe('in_channel');
    expect(answer.blocks[0].text.text).toContain('Heather Nauert');
  });

  it('never logs the app or bot token', () => {
    for (const line of lines) {
      expect(line).not.toContain(APP_TOKEN);
      expect(line).not.toContain(BOT_TOKEN);
    }
  });
});
