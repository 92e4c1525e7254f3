/** `npm run discord:deploy`: registers the slash commands (to DISCORD_GUILD_ID if set, else globally). */
import 'dotenv/config';
import { loadConfig, parseEnv } from '../config.ts';
import { registerCommands } from './discordCommands.ts';

const env = parseEnv(process.env);
if (!env.DISCORD_TOKEN || !env.DISCORD_APP_ID) {
  process.stderr.write('Set DISCORD_TOKEN and DISCORD_APP_ID (in the environment or .env) first.\n');
  process.exit(2);
}
const config = loadConfig('config', process.env);
const count = await registerCommands({
  token: env.DISCORD_TOKEN,
  appId: env.DISCORD_APP_ID,
  keyword: config.story.keyword,
  ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
  ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
});
process.stdout.write(
  `Registered ${count} commands ${env.DISCORD_GUILD_ID ? `to guild ${env.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.\n`,
);
