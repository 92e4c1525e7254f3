import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/adapters/slack.ts';
import { RateLimiter } from '../../src/commands/rateLimit.ts';
import { IndexStore } from '../../src/index/store.ts';
import { CORPUS, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { liveSlackMarkup, stringFields } from '../helpers/payload.ts';
import type { FakeServer } from './fakes/http.ts';
import { signedHeaders, slashCommandBody } from './fakes/slack.ts';
import { type SlackHarness, startSlackHarness } from './fakes/slackHarness.ts';

const SECRET = 'test-signing-secret-8f2c1d';
const TOKEN = 'xoxb-test-token-5521-abcdef';

let harness: SlackHarness;
let api: FakeServer;
let responses: FakeServer;
let adapter: SlackAdapter;
let base: string;
const { log, lines } = memoryLogger([SECRET, TOKEN]);

beforeAll(async () => {
  const store = await IndexStore.open(CORPUS, testConfig());
  harness = await startSlackHarness({
    store,
    log,
    secret: SECRET,
    token: TOKEN,
    limiter: new RateLimiter(5, 10_000),
  });
  ({ api, responses, adapter, base } = harness);
});

afterAll(async () => {
  await harness.close();
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

  it('cleans and caps a /quote argument like every other command (10 kB, NUL, ESC, CR/LF)', async () => {
    const hostile = `pom\u0000pei\u001b[2J\r\nx ${'y'.repeat(10_240)}`;
    const { res, responseUrl } = await post('/quote', hostile);
    expect(res.status).toBe(200);
    const answer = JSON.parse((await responses.waitFor((r) => r.path === responseUrl)).body);
    for (const { path, text } of stringFields(answer)) {
      expect(text, path).not.toMatch(/\p{Cc}/u);
      expect(text.includes('y'.repeat(300)), path).toBe(false);
    }
  });

  it('escapes mentions a user types in every field of the answer, the top-level text included', async () => {
    const { responseUrl } = await post('/summit', 'search <!here> <!channel> <@U123> <#C9> @everyone');
    const answer = JSON.parse((await responses.waitFor((r) => r.path === responseUrl)).body);
    expect(typeof answer.text).toBe('string');
    const fields = stringFields(answer);
    expect(fields.some((f) => f.text.includes('here'))).toBe(true);
    for (const { path, text } of fields) expect(liveSlackMarkup(text), `${path}: ${text}`).toBeUndefined();
  });

  it('calls the Web API once at start-up, not once per command (auth.test would queue every acknowledgement)', async () => {
    const before = api.requests.length;
    const urls = await Promise.all(
      ['status', 'who', 'sources'].map(async (sub) => (await post('/summit', sub)).responseUrl),
    );
    for (const url of urls) await responses.waitFor((r) => r.path === url);
    expect(api.requests.slice(before)).toEqual([]);
    expect(api.requests.filter((r) => r.path.endsWith('/auth.test'))).toHaveLength(1);
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
