/**
 * `npm run discord:deploy [-- --config FILE]`: registers the slash commands, one per story and `/quote` (to
 * DISCORD_GUILD_ID if set, else globally).
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { loadConfig, parseEnv } from '../config.ts';
import { storiesOf } from '../stories/story.ts';
import { registerCommands } from './discordCommands.ts';

const env = parseEnv(process.env);
if (!env.DISCORD_TOKEN || !env.DISCORD_APP_ID) {
  process.stderr.write('Set DISCORD_TOKEN and DISCORD_APP_ID (in the environment or .env) first.\n');
  process.exit(2);
}
const { values } = parseArgs({ options: { config: { type: 'string' } }, allowPositionals: false });
const config = loadConfig('config', process.env, values.config ? { file: values.config } : {});
const count = await registerCommands({
  token: env.DISCORD_TOKEN,
  appId: env.DISCORD_APP_ID,
  stories: storiesOf(config),
  ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
  ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
});
process.stdout.write(
  `Registered ${count} commands ${env.DISCORD_GUILD_ID ? `to guild ${env.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.\n`,
);
