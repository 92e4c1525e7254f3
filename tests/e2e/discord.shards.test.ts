/**
 * Many Discord servers: `npm start` with DISCORD_SHARDS=2 runs discord.js's ShardingManager, which starts
 * two shard processes; each identifies with its shard against a fake gateway, answers the interactions of
 * its servers, and either may post the digest, which is posted once per slot all the same. SIGTERM stops
 * the manager and its shards.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freshClone } from '../helpers/clone.ts';
import { startBot } from '../helpers/process.ts';
import { type FakeDiscord, interaction, startFakeDiscord } from './fakes/discord.ts';
import { until } from '../helpers/wait.ts';

const APP = '123456789012345678';
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.discord-shards-token';
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('Discord with DISCORD_SHARDS', () => {
  it('runs one process per shard; each answers its servers and the digest is posted once per slot', {
    timeout: 120_000,
  }, async () => {
    const fake: FakeDiscord = await startFakeDiscord(APP, { shards: 2 });
    cleanups.push(() => fake.close());
    const dir = await freshClone({ reload: { watch: false }, digest: { leaseSeconds: 2 } });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const bot = startBot(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_APP_ID: APP,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARDS: 'auto',
        DIGEST_DISCORD_CHANNEL: '400',
        DIGEST_CRON: '*/2 * * * * *',
        DIGEST_TIMEZONE: 'UTC',
        LOG_LEVEL: 'info',
      },
      dir,
    );
    cleanups.push(() => bot.kill());
    await bot.waitForLog('discord shards ready', 90_000);
    // `auto` asked the (fake) gateway: two shards, each identified once with its own id.
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    for (const shard of [0, 1]) {
      const asked = interaction(APP, 2, 'summit', [{ type: 1, name: 'status', options: [] }]);
      fake.dispatch('INTERACTION_CREATE', asked.payload, shard);
      await fake.rest.waitFor(
        (r) => r.path.includes(`/interactions/${asked.id}/${asked.token}/callback`),
        10_000,
      );
    }

    // Both shard processes run the digest schedule; each slot reaches the channel once.
    const posts = () =>
      fake.rest.requests
        .filter((r) => r.method === 'POST' && r.path.endsWith('/channels/400/messages'))
        .map((r) => JSON.parse(r.body) as { embeds: { footer?: { text?: string } }[] })
        .flatMap((b) =>
          b.embeds.map((e) => e.footer?.text ?? '').filter((t) => t.includes('newsdesk digest')),
        );
    await until(() => new Set(posts()).size >= 3, 30_000, 'three digest slots');
    const from = posts().length;
    expect(from).toBe(new Set(posts()).size);

    const started = Date.now();
    expect(await bot.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(new Set(posts()).size).toBe(posts().length);
    expect(bot.stderr()).not.toContain(TOKEN);
  });
});
