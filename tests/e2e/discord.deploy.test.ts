import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';
import { runScript } from '../helpers/run.ts';
import { type FakeDiscord, startFakeDiscord } from './fakes/discord.ts';

const APP = '223456789012345678';
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord(APP);
});

afterAll(async () => {
  await fake.close();
});

describe('npm run discord:deploy', () => {
  it('registers the commands globally, or to DISCORD_GUILD_ID when set', async () => {
    const env = {
      DISCORD_TOKEN: 'deploy-test-token-abcdef',
      DISCORD_APP_ID: APP,
      DISCORD_API_URL: fake.apiUrl,
    };
    const script = path.join(ROOT, 'src/adapters/discordDeploy.ts');
    const global = await runScript(script, [], { env });
    expect(global.code).toBe(0);
    expect(global.stdout).toMatch(/Registered 2 commands globally/);
    const guild = await runScript(script, [], { env: { ...env, DISCORD_GUILD_ID: '42' } });
    expect(guild.stdout).toMatch(/to guild 42/);
    const puts = fake.rest.requests.filter((r) => r.method === 'PUT').map((r) => r.path);
    expect(puts).toEqual([
      `/api/v10/applications/${APP}/commands`,
      `/api/v10/applications/${APP}/guilds/42/commands`,
    ]);
  });

  it('says what is missing without the variables', async () => {
    const { code, stderr } = await runScript(path.join(ROOT, 'src/adapters/discordDeploy.ts'), []);
    expect(code).toBe(2);
    expect(stderr).toContain('DISCORD_TOKEN and DISCORD_APP_ID');
  });
});
