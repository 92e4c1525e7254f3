import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord.ts';
import { RateLimiter } from '../../src/commands/rateLimit.ts';
import { parseEnv } from '../../src/config.ts';
import { IndexStore } from '../../src/index/store.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { CORPUS, NOW, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { type FakeDiscord, interaction, startFakeDiscord } from './fakes/discord.ts';
import type { Recorded } from './fakes/http.ts';

const APP = '223456789012345678';
const TOKEN = 'MjIzNDU2Nzg5MDEyMzQ1Njc4.fake.private-answers-token';
let fake: FakeDiscord;
let adapter: DiscordAdapter;
let failing = false;

beforeAll(async () => {
  fake = await startFakeDiscord(APP);
  const config = testConfig();
  // A store without derived answers: status, timeline and who are computed on request and deferred in public.
  const store = await IndexStore.open(CORPUS, config);
  adapter = createDiscordAdapter(
    parseEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP, DISCORD_API_URL: fake.apiUrl }),
    {
      stories: StoryStores.single(store, 'storm'),
      log: memoryLogger([TOKEN], 'fatal').log,
      context: () => {
        if (failing) throw new Error('the handler broke');
        return { config, now: NOW };
      },
      limiter: new RateLimiter(1, 60_000),
    },
  );
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await fake.close();
});

/** Every request the bot made for one interaction: the callback, webhook edits, deletes and follow-ups. */
async function exchange(token: string, settle: (rs: Recorded[]) => boolean): Promise<Recorded[]> {
  const started = Date.now();
  for (;;) {
    const rs = fake.rest.requests.filter((r) => r.path.split('?')[0]?.split('/').includes(token));
    if (settle(rs)) return rs;
    if (Date.now() - started > 5000) throw new Error(`no answer: ${JSON.stringify(rs)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const bodyOf = (r: Recorded) => (r.body ? (JSON.parse(r.body) as Record<string, unknown>) : {});
const dataOf = (r: Recorded) => (bodyOf(r).data as Record<string, unknown> | undefined) ?? bodyOf(r);
const flagged = (r: Recorded) => ((dataOf(r).flags as number | undefined) ?? 0) & 64;

/**
 * Whether the message carrying `text` was only for the asker: an ephemeral reply or follow-up, or an edit of
 * an ephemerally deferred reply. A public deferral must have been deleted.
 */
function seenOnlyByAsker(rs: Recorded[], text: RegExp): boolean {
  const callback = rs.find((r) => r.path.split('?')[0]?.endsWith('/callback'));
  const deferredPublicly = callback !== undefined && bodyOf(callback).type === 5 && !flagged(callback);
  const deleted = rs.some((r) => r.method === 'DELETE');
  const carrying = rs.filter((r) => text.test(r.body));
  if (carrying.length === 0) return false;
  return carrying.every((r) => {
    if (r.method === 'PATCH') return !deferredPublicly;
    return flagged(r) === 64 && (!deferredPublicly || deleted);
  });
}

describe('Discord answers meant for the asker stay private', () => {
  it('a rate-limited command that would be deferred in public is an ephemeral answer', async () => {
    const first = interaction(APP, 2, 'storm', [{ type: 1, name: 'who', options: [] }], '601');
    fake.dispatch('INTERACTION_CREATE', first.payload);
    await exchange(first.token, (rs) => rs.some((r) => /Who's who/.test(r.body)));
    const second = interaction(APP, 2, 'storm', [{ type: 1, name: 'timeline', options: [] }], '601');
    fake.dispatch('INTERACTION_CREATE', second.payload);
    const rs = await exchange(second.token, (all) => all.some((r) => /Slow down/.test(r.body)));
    expect(seenOnlyByAsker(rs, /Slow down/)).toBe(true);
  });

  it('an error after a public defer is an ephemeral follow-up that names the configured command', async () => {
    failing = true;
    try {
      const i = interaction(APP, 2, 'storm', [{ type: 1, name: 'timeline', options: [] }], '602');
      fake.dispatch('INTERACTION_CREATE', i.payload);
      const rs = await exchange(i.token, (all) => all.some((r) => /failed on our side/.test(r.body)));
      expect(seenOnlyByAsker(rs, /failed on our side/)).toBe(true);
      const said = rs.map((r) => r.body).join('\n');
      expect(said).toMatch(/Try \/storm help/);
      expect(said).not.toMatch(/\/summit/);
    } finally {
      failing = false;
    }
  });
});
