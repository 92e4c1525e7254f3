/** Wiring shared by main.ts and cli.ts: config + environment + logger + the first snapshot of every story. */
import 'dotenv/config';
import { type Config, type Env, loadConfig, parseEnv } from './config.ts';
import { deriveAnswers } from './commands/answers.ts';
import type { IndexStore } from './index/store.ts';
import { createLogger, type Logger } from './log.ts';
import { StoryStores } from './stories/stores.ts';
import { storiesOf, withDirs, withFirstDir } from './stories/story.ts';

export interface Runtime {
  config: Config;
  env: Env;
  log: Logger;
  /** Every story's store, in config order. */
  stories: StoryStores;
  /** The first story's store (the only one with the one-story configuration). */
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

export interface RuntimeOptions {
  /** Replaces the first story's folder (`--corpus DIR`). */
  corpusDir?: string;
  /**
   * A step that decides each story's folder once the config is read (PostgreSQL: this process's mirror of
   * each story's shared articles), by keyword; a story it leaves out keeps its own.
   */
  storyDirs?: (config: Config, log: Logger) => Promise<ReadonlyMap<string, string>>;
  configDir?: string;
  /** An operator's config file (`--config FILE`), merged over the config folder's files. */
  configFile?: string;
  logLevel?: string;
  env?: Env;
}

/** Loads everything a process needs. Throws ConfigError with a clear message on bad settings. */
export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const env = options.env ?? parseEnv(process.env);
  const log = createLogger(env.LOG_LEVEL ?? options.logLevel ?? 'info', secretsOf(env));
  const config = loadConfig(
    options.configDir ?? 'config',
    process.env,
    options.configFile ? { file: options.configFile } : {},
  );
  let configured = storiesOf(config);
  if (options.corpusDir !== undefined) configured = withFirstDir(configured, options.corpusDir);
  if (options.storyDirs) configured = withDirs(configured, await options.storyDirs(config, log));
  const stories = await StoryStores.open(configured, {
    log,
    derive: (config) => deriveAnswers(config, { log }),
  });
  const several = stories.all.length > 1;
  for (const { story, store } of stories.all) {
    const index = store.current;
    const at = several ? { story: story.keyword } : {};
    log.info(
      {
        ...at,
        corpus: store.dir,
        articles: index.articles.length,
        quotes: index.quotes.length,
        errors: index.errors.length,
      },
      'corpus loaded',
    );
    if (!store.health.ok)
      log.error({ ...at, corpus: store.dir, reason: store.health.reason }, 'corpus unavailable');
    for (const error of index.errors)
      log.warn({ ...at, file: error.file, code: error.code, reason: error.reason }, 'skipped corpus file');
  }
  return { config, env, log, stories, store: stories.first.store };
}
