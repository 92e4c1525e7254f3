/** Configuration: one zod schema over config/default.json (+ config/local.json) and the environment. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validate as isCronExpression } from 'node-cron';
import { z } from 'zod';
import { ConfigError } from './errors.ts';

// Callers have long imported ConfigError from here; it lives with the other coded errors now.
export { ConfigError };

/**
 * Case-insensitive, and in Unicode mode only when a pattern needs it (\p{…}, \u{…}): V8 runs `iu`
 * expressions through full Unicode case folding, 10–20 times slower than `i`, and the cleaning patterns run
 * on every line of the corpus.
 */
export function configRegExp(source: string): RegExp {
  return new RegExp(source, /\\[pP]\{|\\u\{/.test(source) ? 'iu' : 'i');
}

const regexList = z.array(z.string()).superRefine((list, ctx) => {
  list.forEach((source, i) => {
    // The patterns of a list run as one alternation, where group numbers shift.
    if (/(?<!\\)(?:\\\\)*\\[1-9]/.test(source)) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: 'numbered back-references (\\1) are not supported: the patterns of a list are combined',
      });
      return;
    }
    try {
      configRegExp(source);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `not a valid regular expression (${(error as Error).message})`,
      });
    }
  });
});

/** Slash commands newsdesk has besides the stories' own: a story cannot take their names. */
export const RESERVED_KEYWORDS: readonly string[] = ['quote', 'quotes', 'help'];

/** A story's keyword is its slash command: Slack takes 32 characters with the slash, Discord lower-case names. */
const storyKeyword = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,30}$/, 'lower-case letters, digits and dashes (a slash command name)')
  .refine((k) => !RESERVED_KEYWORDS.includes(k), {
    message: `reserved for newsdesk's own commands (${RESERVED_KEYWORDS.join(', ')})`,
  });

const feedUrl = z.url({
  protocol: /^https?$/,
  error: 'an http(s) address of an RSS, Atom, RDF or JSON feed',
});

/** One followed feed. `story` routes its articles to that story's folder (the first story's without it). */
const FeedSchema = z.object({
  url: feedUrl,
  outlet: z.string().trim().min(1).optional(),
  story: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,30}$/, 'a story keyword: lower-case letters, digits and dashes')
    .optional(),
});

export type FeedConfig = z.infer<typeof FeedSchema>;

/**
 * One story: its slash command, its name in answers, its corpus folder, the feeds that carry only it, and the
 * terms a feed article must contain to be stored for it.
 */
const StorySchema = z.object({
  keyword: storyKeyword,
  /** Empty: answers name the story by its most central recent headline. */
  title: z.string().default(''),
  /** Default: `corpus.dir` for the first story, `<corpus.dir>/<keyword>` for the others. */
  dir: z.string().min(1).optional(),
  feeds: z.array(FeedSchema.omit({ story: true })).default([]),
  /** A feed article is stored for this story only if it contains one of these words or phrases. */
  match: z.array(z.string().trim().min(2, 'a word or phrase of two characters or more')).default([]),
});

export type StoryConfig = z.infer<typeof StorySchema>;

const PollingSchema = z
  .object({
    intervalMinutes: z.number().min(1).max(1440).default(10),
    /** Each wait is the interval ± this fraction, so many bots do not hit a server in step. */
    jitter: z.number().min(0).max(0.5).default(0.1),
    timeoutSeconds: z.number().min(1).max(120).default(20),
    maxBodyBytes: z.number().int().min(10_000).max(100_000_000).default(5_000_000),
    perHostConcurrency: z.number().int().min(1).max(8).default(2),
    maxRedirects: z.number().int().min(0).max(10).default(5),
    maxItemsPerFeed: z.number().int().min(1).max(500).default(50),
    backoffMinMinutes: z.number().min(1).default(10),
    backoffMaxMinutes: z.number().min(1).default(360),
    /** A URL or e-mail address for site owners, sent in the User-Agent. */
    contact: z.string().trim().default(''),
    stateFile: z.string().min(1).default('data/feeds-state.json'),
    /** Lets feeds and pages resolve to loopback/private addresses (a local feed bridge, tests). */
    allowPrivateAddresses: z.boolean().default(false),
  })
  .refine((p) => p.backoffMaxMinutes >= p.backoffMinMinutes, {
    path: ['backoffMaxMinutes'],
    message: 'must be at least polling.backoffMinMinutes',
  });

const cronExpression = z
  .string()
  .refine(
    (v) => isCronExpression(v),
    'not a valid cron expression (e.g. "0 8 * * *" for 08:00 daily, "*/10 * * * * *" every 10 seconds)',
  );
const timeZone = z.string().refine(isTimeZone, 'unknown IANA time zone (e.g. "Europe/Berlin", "UTC")');

const ConfigObject = z.object({
  story: z
    .object({
      keyword: storyKeyword.default('summit'),
      /** Empty: answers name the story by its most central recent headline. */
      title: z.string().default(''),
    })
    .prefault({}),
  corpus: z
    .object({
      dir: z.string().min(1).default('corpus'),
      maxFileBytes: z.number().int().positive().default(2_000_000),
    })
    .prefault({}),
  cleaning: z
    .object({
      boilerplateLines: regexList.default([]),
      tailMarkers: regexList.default([]),
      promoWords: z.array(z.string()).default([]),
      creditAgencies: z.array(z.string()).default([]),
      bioPatterns: regexList.default([]),
    })
    .prefault({}),
  limits: z
    .object({
      statusItems: z.number().int().min(1).max(10).default(8),
      statusChars: z.number().int().min(200).max(3000).default(1800),
      quoteItems: z.number().int().min(1).max(20).default(6),
      searchItems: z.number().int().min(1).max(20).default(8),
      timelineItems: z.number().int().min(1).max(30).default(12),
      whoItems: z.number().int().min(1).max(30).default(15),
      sourcesItems: z.number().int().min(1).max(100).default(25),
      statusArticles: z.number().int().min(1).max(500).default(40),
    })
    .prefault({}),
  digest: z
    .object({
      cron: cronExpression.default('0 8 * * *'),
      timezone: timeZone.default('UTC'),
      stateFile: z.string().default('data/digest-state.json'),
      maxCatchUpHours: z.number().min(0).max(48).default(6),
      /** A claim not renewed for this long belongs to a dead process and is taken over. */
      leaseSeconds: z.number().min(1).max(3600).default(60),
      /** Slot records older than this are pruned from the state file. */
      keepDays: z.number().min(1).max(365).default(14),
    })
    .prefault({}),
  rateLimit: z
    .object({
      commands: z.number().int().min(1).default(10),
      windowSeconds: z.number().positive().default(10),
    })
    .prefault({}),
  index: z
    .object({
      /** Worker threads for building the index: "auto" is one per core beyond the main thread (at most 4). */
      buildWorkers: z.union([z.literal('auto'), z.number().int().min(0).max(16)]).default('auto'),
      /** Smaller corpora are built on the main thread (starting workers costs more than it saves). */
      parallelFromArticles: z.number().int().min(0).default(2000),
      /**
       * Up to this many articles changed since the last full build are applied as a delta (answerable at
       * once, a full rebuild following in the background); a larger change is built in full before it is served.
       */
      deltaMaxArticles: z.number().int().min(0).default(1000),
      /**
       * The background rebuild starts once no article has changed for this long (a burst is rebuilt once):
       * each full build makes a whole new index, and the garbage of rebuilds run back to back made the
       * collector hold the event loop for 100–150 ms at 10,000 articles.
       */
      rebuildDelayMs: z.number().int().min(0).max(600_000).default(10_000),
      /** …and at the latest this long after the first change it has not built (changes that never stop). */
      rebuildMaxDelayMs: z.number().int().min(0).max(3_600_000).default(60_000),
    })
    .prefault({}),
  shutdown: z
    .object({
      /** How long SIGTERM waits for commands in flight; below `docker stop`'s 10 s grace. */
      drainSeconds: z.number().min(0).max(120).default(8),
    })
    .prefault({}),
  reload: z
    .object({
      watch: z.boolean().default(true),
      debounceMs: z.number().int().min(0).max(10_000).default(300),
      /** The whole folder is looked at this often besides the watch's events (0: only on events). */
      rescanMinutes: z.number().min(0).max(1440).default(10),
    })
    .prefault({}),
  feeds: z
    .array(FeedSchema)
    .default([])
    .superRefine((feeds, ctx) => {
      const seen = new Set<string>();
      feeds.forEach((feed, i) => {
        if (seen.has(feed.url)) ctx.addIssue({ code: 'custom', path: [i, 'url'], message: 'listed twice' });
        seen.add(feed.url);
      });
    }),
  polling: PollingSchema.prefault({}),
  /** Several stories, one slash command each; absent: the one story of `story` and `corpus.dir`. */
  stories: z.array(StorySchema).min(1).max(25).optional(),
  subscriptions: z
    .object({
      /** Channel subscriptions made from chat (digest and alerts). */
      stateFile: z.string().min(1).default('data/subscriptions.json'),
      /** How often the file is read again for changes made by another process. */
      refreshSeconds: z.number().min(5).max(3600).default(60),
    })
    .prefault({}),
  alerts: z
    .object({
      /** Articles reporting a development's fact within this long after it opened update its alert. */
      windowMinutes: z.number().min(1).max(1440).default(30),
      /** New alert messages per channel per hour; the rest wait for the digest. */
      perChannelPerHour: z.number().int().min(1).max(60).default(6),
      stateFile: z.string().min(1).default('data/alerts-state.json'),
      /** A claim on an alert post not renewed for this long belongs to a dead process and is taken over. */
      leaseSeconds: z.number().min(1).max(3600).default(60),
      /** Developments and post records older than this are pruned from the state. */
      keepDays: z.number().min(1).max(365).default(7),
    })
    .prefault({}),
  state: z
    .object({
      /**
       * With DATABASE_URL: how long a duty's lease (feed polling, importing the corpus folder) lasts; a dead
       * leader is replaced within about this long.
       */
      leaderLeaseSeconds: z.number().min(2).max(300).default(30),
      /** Without DATABASE_URL: where Slack installations (OAuth, many workspaces) are kept. */
      slackInstallationsDir: z.string().min(1).default('data/slack-installations'),
    })
    .prefault({}),
});

/** Checks between fields: keywords and folders of stories are distinct, and a feed names a story that exists. */
export const ConfigSchema = ConfigObject.superRefine((config, ctx) => {
  const stories = config.stories;
  const keywords = stories ? stories.map((s) => s.keyword) : [config.story.keyword];
  stories?.forEach((story, i) => {
    if (keywords.indexOf(story.keyword) !== i)
      ctx.addIssue({ code: 'custom', path: ['stories', i, 'keyword'], message: 'listed twice' });
  });
  const dirs = stories ? storyDirs(stories, config.corpus.dir) : [];
  dirs.forEach((dir, i) => {
    const first = dirs.indexOf(dir);
    if (first !== i)
      ctx.addIssue({
        code: 'custom',
        path: ['stories', i, 'dir'],
        message: `the same folder as stories.${first} (${dir}): give each story a folder of its own`,
      });
  });
  config.feeds.forEach((feed, i) => {
    if (feed.story !== undefined && !keywords.includes(feed.story))
      ctx.addIssue({
        code: 'custom',
        path: ['feeds', i, 'story'],
        message: `no story '${feed.story}' is configured (stories: ${keywords.join(', ')})`,
      });
  });
  const urls = new Set(config.feeds.map((f) => f.url));
  stories?.forEach((story, i) => {
    story.feeds.forEach((feed, j) => {
      if (urls.has(feed.url))
        ctx.addIssue({ code: 'custom', path: ['stories', i, 'feeds', j, 'url'], message: 'listed twice' });
      urls.add(feed.url);
    });
  });
});

export type Config = z.infer<typeof ConfigSchema>;

/** Each story's corpus folder as configured: its `dir`, else `corpus.dir` (first) or `<corpus.dir>/<keyword>`. */
export function storyDirs(
  stories: readonly Pick<StoryConfig, 'keyword' | 'dir'>[],
  corpusDir: string,
): string[] {
  return stories.map((s, i) =>
    path.normalize(s.dir ?? (i === 0 ? corpusDir : path.join(corpusDir, s.keyword))),
  );
}

/**
 * Every followed feed: the top-level `feeds` and each story's own (which carry that story's keyword), so
 * the poller and the feed state see one list.
 */
export function allFeeds(config: Config): FeedConfig[] {
  return [
    ...config.feeds,
    ...(config.stories ?? []).flatMap((s) => s.feeds.map((f) => ({ ...f, story: s.keyword }))),
  ];
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** Environment variables the bot reads. Secrets stay here and are never logged. */
export const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional.pipe(z.url().optional()),
  PORT: optional.pipe(
    z
      .string()
      .regex(/^\d+$/, 'a port number')
      .transform(Number)
      .pipe(z.number().int().max(65535))
      .default(3000),
  ),
  DISCORD_TOKEN: optional,
  DISCORD_APP_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: optional.pipe(z.url().optional()),
  DISCORD_REGISTER: optional,
  DIGEST_SLACK_CHANNEL: optional,
  DIGEST_DISCORD_CHANNEL: optional,
  /** Override digest.cron / digest.timezone (operators, tests: a six-field cron with seconds works). */
  DIGEST_CRON: optional.pipe(cronExpression.optional()),
  DIGEST_TIMEZONE: optional.pipe(timeZone.optional()),
  CORPUS_DIR: optional,
  /** A config file merged over config/default.json (and config/local.json); `--config FILE` wins over it. */
  NEWSDESK_CONFIG: optional,
  /** PostgreSQL for the state and the articles, shared by every instance (none: the state folder). */
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL (postgres://user:password@host:5432/database)')
      .optional(),
  ),
  /** Slack OAuth for many workspaces (all three together; SLACK_SIGNING_SECRET too). */
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  /** Discord shards: "auto" (Discord's recommendation) or a number of shards, each its own process. */
  DISCORD_SHARDS: optional.pipe(
    z
      .string()
      .regex(/^(auto|[1-9]\d{0,3})$/, '"auto" or a number of shards (1-9999)')
      .optional(),
  ),
  LOG_LEVEL: optional.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
});

export type Env = z.infer<typeof EnvSchema>;

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function describeIssues(source: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('\n');
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: cannot read config (${(error as Error).message})`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges `override` onto `base`; arrays and scalars in `override` replace. */
function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value);
  return out;
}

/** Validates a raw config object (already merged); throws ConfigError naming each bad field. */
export function parseConfig(raw: unknown, source = 'config'): Config {
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(describeIssues(source, result.error));
  return result.data;
}

/** Validates the environment; throws ConfigError naming each bad variable. */
export function parseEnv(env: NodeJS.ProcessEnv): Env {
  const result = EnvSchema.safeParse(env);
  if (!result.success) throw new ConfigError(describeIssues('environment', result.error));
  return result.data;
}

export interface LoadConfigOptions {
  /** An operator's config file (`--config FILE`), merged last; wins over `NEWSDESK_CONFIG`. */
  file?: string;
}

/**
 * Loads `config/default.json`, then `config/local.json` if present, from `configDir`, then the operator's
 * file (`options.file`, else `NEWSDESK_CONFIG`); validates the merge. A named file that does not exist is an
 * error. `CORPUS_DIR` in the environment overrides `corpus.dir`; `DIGEST_CRON` and `DIGEST_TIMEZONE` the
 * schedule.
 */
export function loadConfig(
  configDir = 'config',
  env: NodeJS.ProcessEnv = process.env,
  options: LoadConfigOptions = {},
): Config {
  const files = ['default.json', 'local.json']
    .map((f) => path.join(configDir, f))
    .filter((f) => existsSync(f));
  const named = options.file ?? (env.NEWSDESK_CONFIG?.trim() || undefined);
  if (named !== undefined) {
    if (!existsSync(named))
      throw new ConfigError(
        `${named}: config file not found (given with ${options.file ? '--config' : 'NEWSDESK_CONFIG'})`,
      );
    files.push(named);
  }
  let raw: unknown = {};
  for (const file of files) raw = merge(raw, readJson(file));
  if (env.CORPUS_DIR?.trim()) raw = merge(raw, { corpus: { dir: env.CORPUS_DIR.trim() } });
  const config = parseConfig(raw, files.join(' + ') || 'config (defaults)');
  return withDigestOverrides(config, env);
}

/**
 * `DIGEST_CRON` and `DIGEST_TIMEZONE` override `digest.cron` and `digest.timezone`; validated on their own
 * so that a bad value is reported under the variable's name, not the config file's.
 */
function withDigestOverrides(config: Config, env: NodeJS.ProcessEnv): Config {
  const source = { DIGEST_CRON: env.DIGEST_CRON, DIGEST_TIMEZONE: env.DIGEST_TIMEZONE };
  const result = EnvSchema.pick({ DIGEST_CRON: true, DIGEST_TIMEZONE: true }).safeParse(source);
  if (!result.success) throw new ConfigError(describeIssues('environment', result.error));
  const { DIGEST_CRON: cron, DIGEST_TIMEZONE: timezone } = result.data;
  return {
    ...config,
    digest: { ...config.digest, ...(cron ? { cron } : {}), ...(timezone ? { timezone } : {}) },
  };
}
