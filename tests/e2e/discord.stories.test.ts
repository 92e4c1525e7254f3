/**
 * The real Discord adapter (discord.js against the local fake) with two stories: one command registered
 * per story, each answering from its own articles; subscriptions only for members with Manage Channels;
 * "N more" as a button that shows the presser the next page.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord.ts';
import { deriveAnswers } from '../../src/commands/answers.ts';
import { RateLimiter } from '../../src/commands/rateLimit.ts';
import { parseConfig, parseEnv } from '../../src/config.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { storiesOf } from '../../src/stories/story.ts';
import { FileSubscriptionStore } from '../../src/subscriptions/fileStore.ts';
import { CORPUS, FIXTURES, NOW } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { liveDiscordMarkup, stringFields } from '../helpers/payload.ts';
import { buttonInteraction, type FakeDiscord, interaction, startFakeDiscord } from './fakes/discord.ts';

const APP = '323456789012345678';
const TOKEN = 'MzIzNDU2Nzg5MDEyMzQ1Njc4.fake.stories-discord-token';
const MANAGE_CHANNELS = '16';
let fake: FakeDiscord;
let adapter: DiscordAdapter;
let stories: StoryStores;
let subscriptions: FileSubscriptionStore;
let dir: string;
const { log, lines } = memoryLogger([TOKEN]);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-discord-stories-'));
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
  fake = await startFakeDiscord(APP);
  adapter = createDiscordAdapter(
    parseEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APP_ID: APP,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_REGISTER: '1',
      DISCORD_GUILD_ID: '300',
    }),
    {
      stories,
      log,
      context: ({ story }) => ({ config: story.config, now: NOW }),
      limiter: new RateLimiter(100, 10_000),
      subscriptions: {
        store: subscriptions,
        digest: config.digest,
        alertsPerHour: config.alerts.perChannelPerHour,
        changed: () => {},
        log,
      },
    },
  );
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await fake.close();
  await stories.close();
  await rm(dir, { recursive: true, force: true });
});

interface Answer {
  flags?: number;
  embeds: { title?: string; description?: string }[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
}

/** Dispatches an interaction and resolves with the answer: the callback's, or the deferred reply's edit. */
async function answerTo(i: { id: string; token: string; payload: Record<string, unknown> }): Promise<Answer> {
  fake.dispatch('INTERACTION_CREATE', i.payload);
  const callback = await fake.rest.waitFor((r) =>
    r.path.startsWith(`/api/v10/interactions/${i.id}/${i.token}/callback`),
  );
  const parsed = JSON.parse(callback.body) as { type: number; data?: Answer };
  if (parsed.type === 4 && parsed.data) return parsed.data;
  const edit = await fake.rest.waitFor(
    (r) => r.path.includes(`/webhooks/${APP}/${i.token}`) && r.method !== 'DELETE' && r.body !== '',
  );
  return JSON.parse(edit.body) as Answer;
}

const story = (name: string, sub: string, options: unknown[] = [], user?: string, permissions?: string) =>
  interaction(APP, 2, name, [{ type: 1, name: sub, options }], user, permissions);
const text = (a: Answer) => JSON.stringify(a.embeds);

describe('Discord with two stories', () => {
  it('registers one command per story and /quote', () => {
    const put = fake.rest.requests.find((r) => r.method === 'PUT');
    expect((JSON.parse(put?.body ?? '[]') as { name: string }[]).map((c) => c.name)).toEqual([
      'summit',
      'strike',
      'quote',
    ]);
  });

  it('answers /summit and /strike each from its own articles', async () => {
    const summit = await answerTo(story('summit', 'sources'));
    const strike = await answerTo(story('strike', 'sources'));
    expect(summit.embeds[0]?.title).toBe('Sources: 5 articles');
    expect(strike.embeds[0]?.title).toBe('Sources: 4 articles');
    expect(text(summit)).toMatch(/Al Jazeera/);
    expect(text(summit)).not.toMatch(/Riverside Courier/);
    expect(text(strike)).toMatch(/Riverside Courier/);
    expect(text(strike)).not.toMatch(/Al Jazeera/);
  });

  it('finds a person of either story with /quote, naming the story', async () => {
    const ferreira = await answerTo(
      interaction(APP, 2, 'quote', [{ type: 3, name: 'speaker', value: 'ferreira' }]),
    );
    expect(ferreira.embeds[0]?.title).toMatch(/Ana Ferreira/);
    expect(text(ferreira)).toContain('/strike');
  });

  it('refuses to subscribe a member without Manage Channels, and changes nothing', async () => {
    const refused = await answerTo(subscribeAlerts('501', '0'));
    expect(refused.flags ?? 0).toBe(64);
    expect(text(refused)).toMatch(/Manage Channels/);
    expect(await subscriptions.list()).toEqual([]);
  });

  it('subscribes the channel for a member with Manage Channels, lists it, and unsubscribes it', async () => {
    const ok = await answerTo(subscribeAlerts('502', MANAGE_CHANNELS));
    expect(ok.embeds[0]?.title).toBe('Subscribed: /strike alerts');
    expect(
      (await subscriptions.list()).map((s) => [s.platform, s.channel, s.story, s.kind, s.createdBy]),
    ).toEqual([['discord', '400', 'strike', 'alerts', '502']]);
    const listed = await answerTo(story('summit', 'subscriptions'));
    expect(text(listed)).toMatch(/\/strike alerts/);
    const refused = await answerTo(story('strike', 'unsubscribe', [], '503', '0'));
    expect(text(refused)).toMatch(/Manage Channels/);
    expect(await subscriptions.list()).toHaveLength(1);
    const stopped = await answerTo(story('strike', 'unsubscribe', [], '502', MANAGE_CHANNELS));
    expect(stopped.embeds[0]?.title).toBe('Unsubscribed: /strike alerts');
    expect(await subscriptions.list()).toEqual([]);
  });

  it('turns "N more" into a button that shows the presser the next page, privately', async () => {
    const first = await answerTo(
      interaction(APP, 2, 'quote', [{ type: 3, name: 'speaker', value: 'pompeo' }]),
    );
    const button = first.components?.[0]?.components[0];
    expect(button?.custom_id).toMatch(/^pg1\./);
    const page = await answerTo(buttonInteraction(APP, button?.custom_id as string));
    expect(page.flags ?? 0).toBe(64);
    expect(page.embeds[0]?.title).toMatch(/Mike Pompeo/);
    expect(text(page)).not.toBe(text(first));
    for (const { path: at, text: t } of stringFields(page)) expect(liveDiscordMarkup(t), at).toBeUndefined();
  });

  it('answers a forged button with help, and never logs the token', async () => {
    const page = await answerTo(buttonInteraction(APP, 'pg1.@everyone'));
    expect(page.flags ?? 0).toBe(64);
    expect(text(page)).toMatch(/help/i);
    for (const line of lines) expect(line).not.toContain(TOKEN);
  });
});

function subscribeAlerts(user: string, permissions: string) {
  // `/strike subscribe alerts`: a subcommand group with its subcommand.
  return interaction(
    APP,
    2,
    'strike',
    [{ type: 2, name: 'subscribe', options: [{ type: 1, name: 'alerts', options: [] }] }],
    user,
    permissions,
  );
}
