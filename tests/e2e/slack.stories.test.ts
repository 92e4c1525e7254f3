/**
 * The real Slack adapter (Bolt's HTTP receiver, signed requests) with two stories: each command answers from
 * its own articles; subscriptions from chat with and without permission (users.info, conversations.info on a
 * fake Web API); the "Show more" button answers with the next page through response_url.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack.ts';
import { deriveAnswers } from '../../src/commands/answers.ts';
import { RateLimiter } from '../../src/commands/rateLimit.ts';
import { parseConfig, parseEnv } from '../../src/config.ts';
import { PAGE_ACTION } from '../../src/render/slack.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { storiesOf } from '../../src/stories/story.ts';
import { FileSubscriptionStore } from '../../src/subscriptions/fileStore.ts';
import { CORPUS, FIXTURES, NOW } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { liveSlackMarkup, stringFields } from '../helpers/payload.ts';
import { type FakeServer, json, startFake } from './fakes/http.ts';
import {
  blockActionBody,
  type FakeSlackApi,
  signedHeaders,
  slashCommandBody,
  startFakeSlackApi,
} from './fakes/slack.ts';

const SECRET = 'stories-signing-secret-1c9d';
const TOKEN = 'xoxb-stories-token-77aa';

let dir: string;
let api: FakeSlackApi;
let responses: FakeServer;
let adapter: SlackAdapter;
let stories: StoryStores;
let subscriptions: FileSubscriptionStore;
let base: string;
let changes = 0;
const { log, lines } = memoryLogger([SECRET, TOKEN]);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-slack-stories-'));
  await cp(CORPUS, path.join(dir, 'summit'), { recursive: true });
  await cp(path.join(FIXTURES, 'story2'), path.join(dir, 'strike'), { recursive: true });
  const config = parseConfig({
    stories: [
      { keyword: 'summit', dir: path.join(dir, 'summit') },
      { keyword: 'strike', dir: path.join(dir, 'strike') },
    ],
    limits: { quoteItems: 3 },
  });
  stories = await StoryStores.open(storiesOf(config), { derive: deriveAnswers });
  subscriptions = new FileSubscriptionStore({ file: path.join(dir, 'data', 'subscriptions.json'), log });
  api = await startFakeSlackApi(undefined, {
    workspace: {
      users: { UADMIN: { is_admin: true }, UMEMBER: {}, UCREATOR: {} },
      channels: {
        C1: { creator: 'UCREATOR', is_member: true },
        COUTSIDE: { creator: 'UCREATOR', is_member: false },
        DIM: { is_im: true },
      },
    },
  });
  responses = await startFake((_req, res) => json(res, 200, { ok: true }));
  adapter = createSlackAdapter(
    parseEnv({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${api.url}/api/` }),
    {
      stories,
      log,
      context: ({ story }) => ({ config: story.config, now: NOW }),
      limiter: new RateLimiter(100, 10_000),
      subscriptions: {
        store: subscriptions,
        digest: config.digest,
        alertsPerHour: config.alerts.perChannelPerHour,
        changed: () => {
          changes++;
        },
        log,
      },
    },
  );
  base = `http://127.0.0.1:${await adapter.start(0)}`;
});

afterAll(async () => {
  await adapter.stop();
  await stories.close();
  await api.close();
  await responses.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sends a signed slash command and resolves with what was posted to its response_url. */
async function command(name: string, text: string, user = 'U1', channel = 'C1') {
  const responseUrl = `${responses.url}/hooks/${Math.random().toString(36).slice(2)}`;
  const body = slashCommandBody(name, text, responseUrl, user, channel);
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: signedHeaders(SECRET, body),
    body,
  });
  expect(res.status).toBe(200);
  const answer = await responses.waitFor((r) => r.path === new URL(responseUrl).pathname);
  return JSON.parse(answer.body) as {
    response_type: string;
    replace_original?: boolean;
    text: string;
    blocks: { type: string; text?: { text: string }; elements?: { text?: unknown; value?: string }[] }[];
  };
}

const blockText = (answer: { blocks: unknown[] }) => JSON.stringify(answer.blocks);

describe('Slack with two stories', () => {
  it('answers /summit and /strike each from its own articles', async () => {
    const summit = await command('/summit', 'sources');
    const strike = await command('/strike', 'sources');
    expect(summit.blocks[0]?.text?.text).toBe('Sources: 5 articles');
    expect(strike.blocks[0]?.text?.text).toBe('Sources: 4 articles');
    expect(blockText(summit)).toMatch(/Al Jazeera/);
    expect(blockText(summit)).not.toMatch(/Riverside Courier/);
    expect(blockText(strike)).toMatch(/Riverside Courier/);
    expect(blockText(strike)).not.toMatch(/Al Jazeera/);
    const status = await command('/strike', 'status');
    expect(status.response_type).toBe('in_channel');
    expect(blockText(status)).not.toMatch(/Pompeo|Pyongyang/);
  });

  it('finds a person in either story with /quote', async () => {
    expect((await command('/quote', 'pompeo')).blocks[0]?.text?.text).toMatch(/Mike Pompeo/);
    const ferreira = await command('/quote', 'ferreira');
    expect(ferreira.blocks[0]?.text?.text).toMatch(/Ana Ferreira/);
    expect(blockText(ferreira)).toContain('· /strike');
  });

  it('refuses to subscribe a user who is neither an admin nor the channel creator, and changes nothing', async () => {
    const answer = await command('/strike', 'subscribe alerts', 'UMEMBER');
    expect(answer.response_type).toBe('ephemeral');
    expect(blockText(answer)).toMatch(
      /Only workspace admins and owners, and the person who created this channel/,
    );
    expect(await subscriptions.list()).toEqual([]);
    const calls = api.requests.map((r) => r.path.split('/').pop());
    expect(calls).toContain('users.info');
    expect(calls).toContain('conversations.info');
  });

  it('subscribes the channel for a workspace admin and for the channel creator', async () => {
    const before = changes;
    const alerts = await command('/strike', 'subscribe alerts', 'UADMIN');
    expect(alerts.response_type).toBe('in_channel');
    expect(alerts.blocks[0]?.text?.text).toBe('Subscribed: /strike alerts');
    const digest = await command('/strike', 'subscribe digest 07:30 Europe/Lisbon', 'UCREATOR');
    expect(digest.blocks[0]?.text?.text).toBe('Subscribed: /strike digest');
    expect(
      (await subscriptions.list()).map((s) => [s.platform, s.channel, s.story, s.kind, s.time, s.timezone]),
    ).toEqual([
      ['slack', 'C1', 'strike', 'alerts', undefined, undefined],
      ['slack', 'C1', 'strike', 'digest', '07:30', 'Europe/Lisbon'],
    ]);
    expect(changes).toBe(before + 2);
    const listed = await command('/summit', 'subscriptions', 'UMEMBER');
    expect(blockText(listed)).toMatch(/\/strike alerts/);
    expect(blockText(listed)).toMatch(/daily at 07:30 Europe\/Lisbon/);
  });

  it('asks to be invited first when the bot is not in the channel, and refuses direct messages', async () => {
    const outside = await command('/strike', 'subscribe alerts', 'UADMIN', 'COUTSIDE');
    expect(blockText(outside)).toMatch(/Invite me to this channel first/);
    const dm = await command('/strike', 'subscribe alerts', 'UADMIN', 'DIM');
    expect(blockText(dm)).toMatch(/Subscriptions belong to channels/);
    expect((await subscriptions.list()).filter((s) => s.channel !== 'C1')).toEqual([]);
  });

  it('unsubscribes only with permission', async () => {
    const refused = await command('/strike', 'unsubscribe', 'UMEMBER');
    expect(refused.blocks[0]?.text?.text).toBe('Not allowed');
    expect(await subscriptions.list()).toHaveLength(2);
    const stopped = await command('/strike', 'unsubscribe digest', 'UCREATOR');
    expect(stopped.blocks[0]?.text?.text).toBe('Unsubscribed: /strike digest');
    expect((await subscriptions.list()).map((s) => s.kind)).toEqual(['alerts']);
  });

  it('turns "N more" into a button that shows the asker the next page', async () => {
    const first = await command('/quote', 'pompeo');
    const actions = first.blocks.find((b) => b.type === 'actions');
    const value = actions?.elements?.[0]?.value as string;
    expect(value).toMatch(/^pg1\./);
    const firstQuotes = first.blocks.filter((b) => b.type === 'section').map((b) => b.text?.text);
    expect(firstQuotes).toHaveLength(3);

    const responseUrl = `${responses.url}/hooks/page-${Math.random().toString(36).slice(2)}`;
    const body = blockActionBody({ actionId: PAGE_ACTION, value, responseUrl, user: 'U2' });
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(SECRET, body),
      body,
    });
    expect(res.status).toBe(200);
    const page = JSON.parse((await responses.waitFor((r) => r.path === new URL(responseUrl).pathname)).body);
    expect(page.response_type).toBe('ephemeral');
    expect(page.replace_original).toBe(false);
    expect(page.blocks[0].text.text).toMatch(/Mike Pompeo/);
    const nextQuotes = (page.blocks as { type: string; text?: { text: string } }[])
      .filter((b) => b.type === 'section')
      .map((b) => b.text?.text);
    expect(nextQuotes).toHaveLength(3);
    for (const q of nextQuotes) expect(firstQuotes).not.toContain(q);
    // Still more: the next page has its own button.
    expect(page.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(true);
  });

  it('answers a forged button value with help, not an error', async () => {
    const responseUrl = `${responses.url}/hooks/forged-${Math.random().toString(36).slice(2)}`;
    const body = blockActionBody({ actionId: PAGE_ACTION, value: 'pg1.<!here>', responseUrl });
    await fetch(`${base}/slack/events`, { method: 'POST', headers: signedHeaders(SECRET, body), body });
    const page = JSON.parse((await responses.waitFor((r) => r.path === new URL(responseUrl).pathname)).body);
    expect(page.blocks[0].text.text).toBe('newsdesk commands');
    for (const { path: at, text } of stringFields(page)) expect(liveSlackMarkup(text), at).toBeUndefined();
  });

  it('keeps hostile subscription arguments inert and never logs the token', async () => {
    const answer = await command('/strike', 'subscribe digest <!here> <@U1>', 'UADMIN');
    for (const { path: at, text } of stringFields(answer)) expect(liveSlackMarkup(text), at).toBeUndefined();
    for (const line of lines) expect(line).not.toContain(TOKEN);
  });
});
