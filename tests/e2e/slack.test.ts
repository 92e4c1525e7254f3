import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack.ts';
import { RateLimiter } from '../../src/commands/rateLimit.ts';
import { parseEnv } from '../../src/config.ts';
import { IndexStore } from '../../src/index/store.ts';
import { CORPUS, NOW, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import type { FakeServer } from './fakes/http.ts';
import { json, startFake } from './fakes/http.ts';
import { signedHeaders, slashCommandBody, startFakeSlackApi } from './fakes/slack.ts';

const SECRET = 'test-signing-secret-8f2c1d';
const TOKEN = 'xoxb-test-token-5521-abcdef';

let api: FakeServer;
let responses: FakeServer;
let adapter: SlackAdapter;
let base: string;
const { log, lines } = memoryLogger([SECRET, TOKEN]);

beforeAll(async () => {
  api = await startFakeSlackApi();
  responses = await startFake((_req, res) => json(res, 200, { ok: true }));
  const config = testConfig();
  const store = await IndexStore.open(CORPUS, config);
  const env = parseEnv({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${api.url}/api/`,
  });
  adapter = createSlackAdapter(env, {
    store,
    log,
    keyword: 'summit',
    context: () => ({ config, now: NOW }),
    limiter: new RateLimiter(5, 10_000),
  });
  const port = await adapter.start(0);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await adapter.stop();
  await api.close();
  await responses.close();
});

async function post(
  command: string,
  text: string,
  options: { secret?: string; ts?: number; user?: string } = {},
) {
  const responseUrl = `${responses.url}/hooks/${Math.random().toString(36).slice(2)}`;
  const body = slashCommandBody(command, text, responseUrl, options.user);
  const started = Date.now();
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: signedHeaders(options.secret ?? SECRET, body, options.ts),
    body,
  });
  return { res, elapsed: Date.now() - started, responseUrl: new URL(responseUrl).pathname };
}

describe('Slack adapter over the HTTP receiver', () => {
  it('acknowledges /summit status within 3 s and answers the response_url with sourced Block Kit', async () => {
    const { res, elapsed, responseUrl } = await post('/summit', 'status');
    expect(res.status).toBe(200);
    expect(elapsed).toBeLessThan(3000);
    const answer = JSON.parse((await responses.waitFor((r) => r.path === responseUrl)).body);
    expect(answer.response_type).toBe('in_channel');
    expect(answer.blocks[0].type).toBe('header');
    const text = JSON.stringify(answer.blocks);
    expect(text).toMatch(/— (VOA|Al Jazeera|The Week|Vox|The Hill)/);
  });

  it('answers /quote pompei with Pompeo quotes and outlets', async () => {
    const { res, responseUrl } = await post('/quote', 'pompei');
    expect(res.status).toBe(200);
    const answer = JSON.parse((await responses.waitFor((r) => r.path === responseUrl)).body);
    expect(answer.blocks[0].text.text).toContain('Mike Pompeo');
    expect(JSON.stringify(answer.blocks)).toMatch(/\*Mike Pompeo\*/);
  });

  it('answers help ephemerally', async () => {
    const { responseUrl } = await post('/summit', 'help');
    const answer = JSON.parse((await responses.waitFor((r) => r.path === responseUrl)).body);
    expect(answer.response_type).toBe('ephemeral');
  });

  it('rejects a wrong signature and a timestamp 10 minutes old with 401', async () => {
    expect((await post('/summit', 'status', { secret: 'not-the-secret' })).res.status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 600;
    expect((await post('/summit', 'status', { ts: old })).res.status).toBe(401);
  });

  it('limits a user who floods commands, politely', async () => {
    const urls: string[] = [];
    for (let i = 0; i < 7; i++) urls.push((await post('/summit', 'sources', { user: 'UFLOOD' })).responseUrl);
    const last = JSON.parse((await responses.waitFor((r) => r.path === urls[6])).body);
    expect(last.response_type).toBe('ephemeral');
    expect(JSON.stringify(last.blocks)).toMatch(/Try again in \d+ s/);
  });

  it('serves GET /healthz with index stats', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', articles: 5 });
  });

  it('posts to a channel through the Web API client pointed at SLACK_API_URL', async () => {
    await adapter.post('C42', { text: 'hello', blocks: [] });
    const call = await api.waitFor((r) => r.path.endsWith('/chat.postMessage'));
    expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(new URLSearchParams(call.body).get('channel') ?? JSON.parse(call.body).channel).toBe('C42');
  });

  it('never logs the signing secret or the bot token', () => {
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain(TOKEN);
    }
  });
});
