/**
 * Alerts end to end through the real adapters: the Slack adapter against the fake Web API and the Discord
 * adapter against the fake Discord, one channel subscribed on each. A burst of five articles on one
 * development is one message per channel, updated (chat.update, message edit) until it lists the five
 * outlets; articles that arrived while no process looked are posted once after a restart, and never again.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { alertPosterFor } from '../../src/adapters/alertPosters.ts';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord.ts';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack.ts';
import { AlertDesk } from '../../src/alerts/desk.ts';
import { FileAlertLedger } from '../../src/alerts/fileLedger.ts';
import { parseConfig, parseEnv } from '../../src/config.ts';
import { IndexStore } from '../../src/index/store.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { FileSubscriptionStore } from '../../src/subscriptions/fileStore.ts';
import { FIXTURES } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { type FakeDiscord, startFakeDiscord } from './fakes/discord.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fakes/slack.ts';

const ALERTS = path.join(FIXTURES, 'alerts');
const APP = '223456789012345678';
const DISCORD_TOKEN = 'MjIzNDU2Nzg5MDEyMzQ1Njc4.fake.alerts-discord-token';
const SLACK_TOKEN = 'xoxb-alerts-token-5b1e';
const DISCORD_CHANNEL = '700000000000000001';
const OUTLETS = ['Channel Nine News', 'Larkspur Herald', 'Morning Ledger', 'State Wire', 'Valley Post'];
const BURST = [
  '2025-04-03-larkspur-herald-closed.md',
  '2025-04-03-valley-post-closed.md',
  '2025-04-03-state-wire-closed.md',
  '2025-04-03-channel-nine-closed.md',
  '2025-04-03-morning-ledger-closed.md',
];

const { log, lines } = memoryLogger([SLACK_TOKEN, DISCORD_TOKEN]);
let slackApi: FakeSlackApi;
let discordFake: FakeDiscord;
let slack: SlackAdapter;
let discord: DiscordAdapter;
let dir: string;
let corpus: string;

beforeAll(async () => {
  slackApi = await startFakeSlackApi();
  discordFake = await startFakeDiscord(APP);
  // The adapters only post here; their command side answers from an empty story.
  const idle = await mkdtemp(path.join(tmpdir(), 'newsdesk-alerts-idle-'));
  const config = parseConfig({ story: { keyword: 'bridge' }, reload: { watch: false } });
  const stories = StoryStores.single(await IndexStore.open(idle, config));
  const deps = { stories, log, context: () => ({ config, now: new Date() }) };
  slack = createSlackAdapter(
    parseEnv({
      SLACK_BOT_TOKEN: SLACK_TOKEN,
      SLACK_SIGNING_SECRET: 'alerts-signing-secret',
      SLACK_API_URL: `${slackApi.url}/api/`,
    }),
    deps,
  );
  await slack.start(0);
  discord = createDiscordAdapter(
    parseEnv({ DISCORD_TOKEN, DISCORD_APP_ID: APP, DISCORD_API_URL: discordFake.apiUrl }),
    deps,
  );
  await discord.start();
  return async () => {
    await rm(idle, { recursive: true, force: true });
  };
});

afterAll(async () => {
  await slack.stop();
  await discord.stop();
  await slackApi.close();
  await discordFake.close();
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-alerts-e2e-'));
  corpus = path.join(dir, 'corpus');
  await cp(path.join(ALERTS, 'base'), corpus, { recursive: true });
  slackApi.messages.length = 0;
  slackApi.updates.length = 0;
  discordFake.messages.length = 0;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A process's alert desk over the story folder, with state and subscriptions in `dir`. */
async function bot() {
  const config = parseConfig({
    story: { keyword: 'bridge' },
    reload: { watch: false },
    alerts: { stateFile: path.join(dir, 'data', 'alerts-state.json') },
  });
  const store = await IndexStore.open(corpus, config);
  const subscriptions = new FileSubscriptionStore({
    file: path.join(dir, 'data', 'subscriptions.json'),
    log,
  });
  const desk = new AlertDesk({
    stories: StoryStores.single(store),
    ledger: new FileAlertLedger({ file: config.alerts.stateFile, log, keepMs: 7 * 86_400_000 }),
    subscriptions,
    posterFor: alertPosterFor({ slack, discord }),
    settings: config.alerts,
    poolSize: 40,
    owner: `process-${Math.random().toString(36).slice(2)}`,
    log,
  });
  return { store, desk, subscriptions };
}

async function subscribeBoth(subscriptions: FileSubscriptionStore): Promise<void> {
  for (const [platform, channel] of [
    ['slack', 'CALERTS'],
    ['discord', DISCORD_CHANNEL],
  ] as const)
    await subscriptions.put({
      platform,
      channel,
      story: 'bridge',
      kind: 'alerts',
      createdBy: 'U1',
      createdAt: new Date().toISOString(),
    });
}

const discordText = () => JSON.stringify(discordFake.messages.map((m) => m.embeds));

describe('alerts through the Slack and Discord adapters', () => {
  it('posts one message per channel for a burst of five articles, updated until it lists the five outlets', async () => {
    const { store, desk, subscriptions } = await bot();
    await subscribeBoth(subscriptions);
    await desk.review();
    expect(slackApi.messages).toHaveLength(0);
    for (const file of BURST) {
      await cp(path.join(ALERTS, 'burst', file), path.join(corpus, file));
      await store.reload();
      await desk.review();
    }
    expect(slackApi.messages).toHaveLength(1);
    const [message] = slackApi.messages;
    expect(message?.channel).toBe('CALERTS');
    expect(message?.metadata?.event_type).toBe('newsdesk_alert');
    expect(slackApi.updates).toHaveLength(4);
    const last = slackApi.updates.at(-1);
    for (const outlet of OUTLETS) expect(JSON.stringify(last?.blocks)).toContain(outlet);
    // The citation links the article.
    expect(JSON.stringify(last?.blocks)).toContain('<https://larkspur-herald.example/news/bridge-closed|');

    expect(discordFake.messages).toHaveLength(1);
    expect(discordFake.messages[0]?.channel_id).toBe(DISCORD_CHANNEL);
    expect(discordFake.messages[0]?.edits).toBe(4);
    for (const outlet of OUTLETS) expect(discordText()).toContain(outlet);
    expect(discordText()).toContain('](https://larkspur-herald.example/news/bridge-closed)');

    // Nothing new: nothing posted or edited.
    await desk.review();
    expect(slackApi.messages).toHaveLength(1);
    expect(slackApi.updates).toHaveLength(4);
    expect(discordFake.messages[0]?.edits).toBe(4);
  });

  it('posts a burst that arrived while no process looked once after the restart, and never again', async () => {
    const first = await bot();
    await subscribeBoth(first.subscriptions);
    await first.desk.review();
    await first.desk.stop();
    // Down: the articles arrive, no process looks at them.
    for (const file of BURST) await cp(path.join(ALERTS, 'burst', file), path.join(corpus, file));
    const restarted = await bot();
    await restarted.desk.review();
    await restarted.desk.stop();
    const again = await bot();
    await again.desk.review();
    expect(slackApi.messages).toHaveLength(1);
    expect(slackApi.messages[0]?.text).toMatch(/Larkspur Bridge closed/);
    expect(slackApi.updates).toHaveLength(0);
    expect(discordFake.messages).toHaveLength(1);
    expect(discordFake.messages[0]?.edits).toBe(0);
    // One message, all five outlets in it at once.
    for (const outlet of OUTLETS) expect(discordText()).toContain(outlet);
    expect(lines.join('\n')).not.toContain(SLACK_TOKEN);
  });
});
