/** Wiring shared by main.ts and cli.ts: config + environment + logger + the first index snapshot. */
import 'dotenv/config';
import { type Config, type Env, loadConfig, parseEnv } from './config.ts';
import { IndexStore } from './index/store.ts';
import { createLogger, type Logger } from './log.ts';

export interface Runtime {
  config: Config;
  env: Env;
  log: Logger;
  store: IndexStore;
}

/** Every secret value of the environment, so the logger can scrub them from any line. */
export function secretsOf(env: Env): (string | undefined)[] {
  return [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN, env.DISCORD_TOKEN];
}

/** Loads everything a process needs. Throws ConfigError with a clear message on bad settings. */
export async function startRuntime(
  options: { corpusDir?: string; configDir?: string; logLevel?: string; env?: Env } = {},
): Promise<Runtime> {
  const env = options.env ?? parseEnv(process.env);
  const log = createLogger(env.LOG_LEVEL ?? options.logLevel ?? 'info', secretsOf(env));
  const config = loadConfig(options.configDir ?? 'config', process.env);
  const dir = options.corpusDir ?? config.corpus.dir;
  const store = await IndexStore.open(dir, config, { log });
  const index = store.current;
  log.info(
    {
      corpus: dir,
      articles: index.articles.length,
      quotes: index.quotes.length,
      errors: index.errors.length,
    },
    'corpus loaded',
  );
  if (!store.health.ok) log.error({ corpus: dir, reason: store.health.reason }, 'corpus unavailable');
  for (const error of index.errors)
    log.warn({ file: error.file, code: error.code, reason: error.reason }, 'skipped corpus file');
  return { config, env, log, store };
}
