/** Wiring shared by main.ts and cli.ts: config + environment + logger + the first index snapshot. */
import 'dotenv/config';
import { type Config, type Env, loadConfig, parseEnv } from './config.ts';
import { deriveAnswers } from './commands/answers.ts';
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
  return [
    env.SLACK_BOT_TOKEN,
    env.SLACK_SIGNING_SECRET,
    env.SLACK_APP_TOKEN,
    env.DISCORD_TOKEN,
    env.SLACK_CLIENT_SECRET,
    env.SLACK_STATE_SECRET,
    env.DATABASE_URL,
    databasePassword(env.DATABASE_URL),
  ];
}

/** The password inside DATABASE_URL, so a driver message that quotes it alone is scrubbed too. */
function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

/** Loads everything a process needs. Throws ConfigError with a clear message on bad settings. */
export async function startRuntime(
  options: {
    /** The folder the index loads, or a step that decides it (PostgreSQL: the mirror of the shared articles). */
    corpusDir?: string | ((config: Config, log: Logger) => Promise<string>);
    configDir?: string;
    logLevel?: string;
    env?: Env;
  } = {},
): Promise<Runtime> {
  const env = options.env ?? parseEnv(process.env);
  const log = createLogger(env.LOG_LEVEL ?? options.logLevel ?? 'info', secretsOf(env));
  const config = loadConfig(options.configDir ?? 'config', process.env);
  const dir =
    typeof options.corpusDir === 'function'
      ? await options.corpusDir(config, log)
      : (options.corpusDir ?? config.corpus.dir);
  const store = await IndexStore.open(dir, config, { log, derive: deriveAnswers(config, { log }) });
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
