import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord.ts';
import { RateLimiter } from '../../src/commands/rateLimit.ts';
import { parseEnv } from '../../src/config.ts';
import { IndexStore } from '../../src/index/store.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { CORPUS, NOW, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { liveDiscordMarkup, stringFields } from '../helpers/payload.ts';
import { type FakeDiscord, interaction, startFakeDiscord } from './fakes/discord.ts';
import type { Recorded } from './fakes/http.ts';

const APP = '123456789012345678';
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.discord-token-for-tests';
let fake: FakeDiscord;
let adapter: DiscordAdapter;
const { log, lines } = memoryLogger([TOKEN]);

beforeAll(async () => {
  fake = await startFakeDiscord(APP);
  const config = testConfig();
  const store = await IndexStore.open(CORPUS, config);
  const env = parseEnv({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APP_ID: APP,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_REGISTER: '1',
    DISCORD_GUILD_ID: '300',
  });
  adapter = createDiscordAdapter(env, {
    stories: StoryStores.single(store),
    log,
    context: () => ({ config, now: NOW }),
    limiter: new RateLimiter(50, 10_000),
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await fake.close();
});

function messageBodies(requests: Recorded[]): Record<string, unknown>[] {
  return requests
    .filter((r) => r.body !== '')
    .map((r) => JSON.parse(r.body) as Record<string, unknown>)
    .map((b) => (b.data as Record<string, unknown> | undefined) ?? b)
    .filter((b) => 'embeds' in b || 'content' in b);
}

describe('Discord adapter against a local fake', () => {
  it('registers the commands to the dev guild with PUT', async () => {
    const put = fake.rest.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${APP}/guilds/300/commands`);
    const names = (JSON.parse(put?.body ?? '[]') as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(['summit', 'quote']);
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it('identifies with the Guilds intent only', async () => {
    const identify = await fake.identified;
    expect(identify.intents).toBe(1);
  });

  it('answers /summit status within 3 s with embeds that cite outlets', async () => {
    const i = interaction(APP, 2, 'summit', [{ type: 1, name: 'status', options: [] }]);
    const started = Date.now();
    fake.dispatch('INTERACTION_CREATE', i.payload);
    const callback = await fake.rest.waitFor((r) =>
      r.path.startsWith(`/api/v10/interactions/${i.id}/${i.token}/callback`),
    );
    expect(Date.now() - started).toBeLessThan(3000);
    // Either answered at once (callback type 4) or deferred (type 5) and then edited through the webhook.
    const final =
      JSON.parse(callback.body).type === 4
        ? callback
        : await fake.rest.waitFor((r) => r.path.includes(`/webhooks/${APP}/${i.token}/messages/`));
    const body = JSON.parse(final.body);
    const embeds = (body.data ?? body).embeds as { description: string }[];
    expect(embeds[0]?.description).toMatch(/— \*(VOA|Al Jazeera|The Week|Vox|The Hill)/);
  });

  it('autocompletes "pompei" with at most 25 choices including Pompeo', async () => {
    const i = interaction(APP, 4, 'quote', [{ type: 3, name: 'speaker', value: 'pompei', focused: true }]);
    fake.dispatch('INTERACTION_CREATE', i.payload);
    const callback = await fake.rest.waitFor((r) =>
      r.path.startsWith(`/api/v10/interactions/${i.id}/${i.token}/callback`),
    );
    const body = JSON.parse(callback.body) as {
      type: number;
      data: { choices: { name: string; value: string }[] };
    };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    expect(body.data.choices.map((c) => c.value)).toContain('Mike Pompeo');
  });

  it('answers /quote speaker:pompeo with quotes and outlets', async () => {
    const i = interaction(APP, 2, 'quote', [{ type: 3, name: 'speaker', value: 'pompeo' }]);
    fake.dispatch('INTERACTION_CREATE', i.payload);
    const callback = await fake.rest.waitFor((r) =>
      r.path.startsWith(`/api/v10/interactions/${i.id}/${i.token}/callback`),
    );
    const body = JSON.parse(callback.body);
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toContain('Mike Pompeo');
    expect(body.data.embeds[0].description).toMatch(/\*\*Mike Pompeo\*\*/);
    expect(body.data.embeds[0].description).toMatch(/— \*(VOA|Al Jazeera|The Week|Vox|The Hill)/);
  });

  it('answers help ephemerally', async () => {
    const i = interaction(APP, 2, 'summit', [{ type: 1, name: 'help', options: [] }]);
    fake.dispatch('INTERACTION_CREATE', i.payload);
    const callback = await fake.rest.waitFor((r) =>
      r.path.startsWith(`/api/v10/interactions/${i.id}/${i.token}/callback`),
    );
    expect(JSON.parse(callback.body).data.flags & 64).toBe(64);
  });

  it('keeps mentions a user types inert in every field of the answer, the embed title included', async () => {
    const words = '<@123456789012345678> <@&987654321098765432> @everyone [x](https://evil.example)';
    const i = interaction(APP, 2, 'summit', [
      { type: 1, name: 'search', options: [{ type: 3, name: 'words', value: words }] },
    ]);
    fake.dispatch('INTERACTION_CREATE', i.payload);
    const callback = await fake.rest.waitFor((r) =>
      r.path.startsWith(`/api/v10/interactions/${i.id}/${i.token}/callback`),
    );
    const body = JSON.parse(callback.body);
    expect(body.data.embeds[0].title).toMatch(/^Search: /);
    for (const { path, text } of stringFields(body)) {
      expect(liveDiscordMarkup(text), `${path}: ${text}`).toBeUndefined();
    }
  });

  it('sends allowed_mentions with parse: [] on every message body', () => {
    const sent = messageBodies(fake.rest.requests.filter((r) => r.method !== 'PUT'));
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const b of sent) expect(b.allowed_mentions).toEqual({ parse: [] });
  });

  it('posts a digest-style message to a channel without mentions', async () => {
    await adapter.post('400', [
      { embeds: [{ title: 'Digest', description: '@everyone hi' }], allowed_mentions: { parse: [] } },
    ]);
    const post = await fake.rest.waitFor(
      (r) => r.method === 'POST' && r.path === '/api/v10/channels/400/messages',
    );
    expect(JSON.parse(post.body).allowed_mentions).toEqual({ parse: [] });
  });

  it('never logs the token', () => {
    for (const line of lines) expect(line).not.toContain(TOKEN);
  });
});
