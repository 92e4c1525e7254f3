/**
 * The command line: the same handlers as chat. `--json` prints exactly one JSON document on stdout; logs go
 * to stderr. Usage: `npm run -s cli -- <index|ask|quotes|digest|fetch|slack-manifest> [args] [--json]
 * [--corpus DIR] [--config FILE]`.
 */
import path from 'node:path';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { type AnswerDeps, answerCommand } from './adapters/answer.ts';
import { slackManifest } from './adapters/slackManifest.ts';
import type { Briefing } from './briefing.ts';
import type { CommandContext } from './commands/context.ts';
import { type Command, parseCommand } from './commands/parse.ts';
import { allFeeds, type Config, ConfigError, type FeedConfig, loadConfig, parseEnv } from './config.ts';
import { digestComposer } from './digest/preview.ts';
import { readPreviousDigest } from './digest/state.ts';
import { digestStateFile } from './digest/subscribed.ts';
import type { FeedReport } from './feeds/poll.ts';
import { feedHealth, readFeedHealth } from './feeds/status.ts';
import type { NewsIndex } from './index/newsIndex.ts';
import { createLogger, type Logger } from './log.ts';
import { renderText } from './render/text.ts';
import { secretsOf, startRuntime } from './runtime.ts';
import { feedRouting } from './stories/routing.ts';
import type { StoryEntry } from './stories/stores.ts';
import { type Story, storiesOf, withFirstDir } from './stories/story.ts';

const USAGE = `usage: npm run -s cli -- <command> [options]

commands:
  index                    articles loaded (id, path, outlet, title, published, counts) and load errors
  ask "<chat text>"        answer a chat command, e.g. ask "/summit status"
  quotes <name>            quotes by a speaker (fuzzy) in every story, e.g. quotes pompeo
  digest                   what the next daily digest would post
  fetch                    poll the configured feeds once and store new or changed articles in the corpus
  slack-manifest           the Slack app manifest with one slash command per story

options:
  --json                   print one JSON document instead of text
  --config FILE            a config file merged over config/default.json (also NEWSDESK_CONFIG)
  --corpus DIR             the first story's corpus folder (default: its dir, or corpus.dir)
  --story KEYWORD          only this story (index, quotes, digest; default: every story, digest: the first)
  --limit N                how many quotes (quotes command)
  --feed URL               fetch only this feed (repeatable; need not be configured)
  --socket-mode            slack-manifest: the Socket Mode variant (no public URL)
  --url URL                slack-manifest: the bot's public base URL (HTTP variant)
  -h, --help               this help`;

function indexReport(index: NewsIndex, story?: string) {
  const quoteCounts = new Map<string, number>();
  for (const q of index.quotes)
    for (const id of q.articleIds) quoteCounts.set(id, (quoteCounts.get(id) ?? 0) + 1);
  return {
    articles: index.articles.map((a) => ({
      ...(story ? { story } : {}),
      id: a.id,
      path: a.path,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      publishedInferred: a.publishedInferred,
      ...(a.url ? { url: a.url } : {}),
      sentences: a.sentences.length,
      quotes: quoteCounts.get(a.id) ?? 0,
    })),
    errors: index.errors,
  };
}

function indexText(report: ReturnType<typeof indexReport>): string {
  const width = Math.max(14, ...report.articles.map((a) => a.outlet.length));
  const lines = report.articles.map(
    (a) =>
      `${(a.published ?? 'undated').padEnd(10)}  ${a.outlet.padEnd(width)} ${String(a.sentences).padStart(4)} sentences ${String(a.quotes).padStart(3)} quotes  ${a.story ? `/${a.story} ` : ''}${a.id}`,
  );
  lines.push(`${report.articles.length} articles, ${report.errors.length} errors`);
  for (const e of report.errors) lines.push(`error: ${e.file}: ${e.reason}`);
  return lines.join('\n');
}

function fetchText(reports: readonly FeedReport[]): string {
  const lines = reports.map((r) =>
    r.status === 'error'
      ? `error         ${r.url}: ${r.error}`
      : `${r.status.padEnd(13)} ${r.url}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged` +
        (r.skipped.length ? `, ${r.skipped.length} skipped` : '') +
        r.skipped.map((s) => `\n  skipped ${s.url}: ${s.reason}`).join(''),
  );
  const sum = (key: 'added' | 'updated') => reports.reduce((n, r) => n + r[key], 0);
  const failed = reports.filter((r) => r.status === 'error').length;
  lines.push(`${reports.length} feeds: ${sum('added')} added, ${sum('updated')} updated, ${failed} failed`);
  return lines.join('\n');
}

/**
 * `fetch`: polls the feeds once (all configured ones, or those given with --feed) and writes what is new or
 * changed into the corpus folder. Exits 1 when a feed failed (the others are still stored), 2 on bad usage.
 */
async function fetchFeeds(options: {
  json: boolean;
  feeds: string[];
  corpusDir?: string;
  configFile?: string;
}): Promise<number> {
  const env = parseEnv(process.env);
  const log = createLogger(env.LOG_LEVEL ?? 'warn', secretsOf(env));
  const config = loadConfig('config', process.env, options.configFile ? { file: options.configFile } : {});
  const configured = allFeeds(config);
  for (const url of options.feeds) {
    if (!/^https?:\/\/\S+$/i.test(url) || !URL.canParse(url)) {
      process.stderr.write(`--feed takes an http(s) address; '${url}' is not one\n`);
      return 2;
    }
  }
  const feeds: FeedConfig[] =
    options.feeds.length > 0
      ? options.feeds.map((url) => configured.find((f) => f.url === url) ?? { url })
      : configured;
  if (feeds.length === 0)
    process.stderr.write(
      'no feeds configured: add them under "feeds" in config/local.json, or pass --feed URL\n',
    );
  const stories = options.corpusDir ? withFirstDir(storiesOf(config), options.corpusDir) : storiesOf(config);
  const corpusDir = stories[0]?.dir ?? config.corpus.dir;
  const routing = feedRouting(stories);
  const { openFeedFetcher } = await import('./feeds/setup.ts');
  const { FeedStateInUse } = await import('./feeds/fileState.ts');
  // With DATABASE_URL the articles and the feed state are the instances' shared ones, and fetching is the
  // feed duty: refused while a running instance holds it, as the state file's lock refuses.
  const shared = env.DATABASE_URL
    ? await openSharedFeeds({ url: env.DATABASE_URL, config, log, stories })
    : undefined;
  if (typeof shared === 'string') {
    process.stderr.write(`cannot fetch: ${shared}\n`);
    return 1;
  }
  let opened: Awaited<ReturnType<typeof openFeedFetcher>>;
  try {
    opened = await openFeedFetcher(config, {
      corpusDir,
      routing,
      log,
      ...(shared ? { shared: shared.feeds } : {}),
    });
  } catch (error) {
    await shared?.close();
    if (!(error instanceof FeedStateInUse)) throw error;
    process.stderr.write(`cannot fetch: ${error.message}\n`);
    return 1;
  }
  const { fetcher } = opened;
  const close = async () => {
    await opened.close();
    await shared?.close();
  };
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  const reports = await fetcher.fetchAll(feeds, stop.signal);
  process.off('SIGINT', interrupt);
  await close();
  const contract = reports.map(({ skipped: _skipped, ...r }) => r);
  process.stdout.write(
    `${options.json ? JSON.stringify({ feeds: contract }, null, 2) : fetchText(reports)}\n`,
  );
  return reports.some((r) => r.status === 'error') ? 1 : 0;
}

/** The options of the database's state for the command line: the config's files and first story. */
function stateOptions(url: string, config: Config, log: Logger) {
  return {
    databaseUrl: url,
    firstStory: storiesOf(config)[0]?.keyword ?? config.story.keyword,
    digestStateFile: config.digest.stateFile,
    feedStateFile: config.polling.stateFile,
    subscriptionsFile: config.subscriptions.stateFile,
    alertStateFile: config.alerts.stateFile,
    installationsDir: config.state.slackInstallationsDir,
    log,
    leaseSeconds: config.state.leaderLeaseSeconds,
  };
}

/**
 * The shared feed state and article table (each story folder's articles stored under its story), with the
 * feed duty's lease taken for this run; or why not (a running instance polls).
 */
async function openSharedFeeds(options: {
  url: string;
  config: Config;
  log: Logger;
  stories: readonly Story[];
}) {
  const { url, config, log } = options;
  const { openState } = await import('./state/layer.ts');
  const state = await openState(stateOptions(url, config, log));
  const { FEEDS_DUTY } = await import('./state/instance.ts');
  const duty = await state.lead({
    name: FEEDS_DUTY,
    holder: `${hostname()}:${process.pid}:cli`,
    log,
    onElected: () => {},
    onDeposed: () => {},
  });
  if (!duty.leading) {
    const holder = duty.holder;
    await duty.stop();
    await state.close();
    return `the feeds are polled by a running instance (${holder}); it stores what this would`;
  }
  const { state: feedState, sinkFor } = await state.feedState();
  const storyOfDir = new Map(options.stories.map((s) => [path.resolve(s.dir), s.keyword]));
  return {
    feeds: {
      state: feedState,
      sinkFor: (dir: string) => {
        const story = storyOfDir.get(path.resolve(dir));
        if (!story || !sinkFor) throw new Error(`no story has the folder ${dir}`);
        return sinkFor(story);
      },
    },
    close: async () => {
      await duty.stop();
      await state.close();
    },
  };
}

/** A copy of every story's shared articles for one answer, and the shared state (closed by `close`). */
async function openSharedArticles(url: string, config: Config, log: Logger) {
  const { openPostgresState } = await import('./state/postgres/layer.ts');
  const { openMirror } = await import('./state/postgres/mirror.ts');
  const state = await openPostgresState(stateOptions(url, config, log));
  const mirror = await openMirror({
    articles: state.articles,
    url,
    stories: storiesOf(config).map((s) => s.keyword),
    log,
    onChanged: () => {},
  });
  return {
    dirs: mirror.dirs,
    state,
    close: async () => {
      await mirror.close();
      await state.close();
    },
  };
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        config: { type: 'string' },
        story: { type: 'string' },
        limit: { type: 'string' },
        feed: { type: 'string', multiple: true },
        'socket-mode': { type: 'boolean', default: false },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const json = values.json === true;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 100)) {
    process.stderr.write('--limit takes a whole number from 1 to 100\n');
    return 2;
  }
  const configFile = typeof values.config === 'string' ? values.config : undefined;
  if (command === 'fetch') {
    return fetchFeeds({
      json,
      feeds: (values.feed as string[] | undefined) ?? [],
      ...(typeof values.corpus === 'string' ? { corpusDir: values.corpus } : {}),
      ...(configFile ? { configFile } : {}),
    });
  }
  if (command === 'slack-manifest') {
    const config = loadConfig('config', process.env, configFile ? { file: configFile } : {});
    const url = typeof values.url === 'string' ? values.url : undefined;
    if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) {
      process.stderr.write(`--url takes the bot's public http(s) address; '${url}' is not one\n`);
      return 2;
    }
    process.stdout.write(
      slackManifest(storiesOf(config), {
        socketMode: values['socket-mode'] === true,
        ...(url ? { url } : {}),
      }),
    );
    return 0;
  }
  // With DATABASE_URL (and no --corpus) the answers come from the instances' shared articles and state.
  const databaseUrl = parseEnv(process.env).DATABASE_URL;
  let shared: Awaited<ReturnType<typeof openSharedArticles>> | undefined;
  // The command line is quiet unless LOG_LEVEL asks otherwise: its answer is the output.
  const runtime = await startRuntime({
    logLevel: 'warn',
    ...(configFile ? { configFile } : {}),
    ...(typeof values.corpus === 'string'
      ? { corpusDir: values.corpus }
      : databaseUrl
        ? {
            storyDirs: async (config: Config, log: Logger) => {
              shared = await openSharedArticles(databaseUrl, config, log);
              return shared.dirs;
            },
          }
        : {}),
  });
  const { stories } = runtime;
  // One answer per run: the build workers (if the corpus was large enough to use them) are done.
  await stories.close();
  // A corpus folder that cannot be read (missing, a file, no permission) answers nothing: said so, not
  // "no articles are loaded yet" (the bot keeps serving its last snapshot instead; a one-shot run has none).
  // With several stories, the others are still answered.
  const unreadable = stories.all.length === 1 ? stories.first.store.unreadableReason : undefined;
  if (unreadable !== undefined) {
    await shared?.close();
    process.stderr.write(`${stories.first.store.dir}: ${unreadable}\n`);
    return 2;
  }
  const story = typeof values.story === 'string' ? values.story : undefined;
  if (story !== undefined && !stories.get(story)) {
    await shared?.close();
    process.stderr.write(`no story '${story}' is configured (stories: ${stories.keywords.join(', ')})\n`);
    return 2;
  }
  const open = shared;
  const feeds = open
    ? feedHealth(allFeeds(runtime.config), await (await open.state.feedState()).state.feeds())
    : await readFeedHealth(runtime.config, runtime.log);
  const previous = new Map<string, Awaited<ReturnType<typeof readPreviousDigest>>>();
  for (const [i, entry] of stories.all.entries()) {
    const story = { keyword: entry.story.keyword, first: i === 0 };
    // With the database, the shared state knows each story's last digest.
    const last = open
      ? await open.state.previousDigest(story)
      : await readPreviousDigest(digestStateFile(runtime.config, story.keyword, story.first), runtime.log);
    previous.set(entry.story.keyword, last);
  }
  await open?.close();
  const now = new Date();
  const context = ({ story: s }: StoryEntry): CommandContext => ({
    config: s.config,
    now,
    digest: digestComposer(s.config, () => previous.get(s.keyword)),
    feeds: () => feeds.filter((f) => f.story === undefined || f.story === s.keyword),
  });
  const deps: AnswerDeps = { stories, context, log: runtime.log };
  const ask = (c: Command) => answerCommand(deps, c, 'cli');
  const print = (value: unknown, text: string) =>
    process.stdout.write(`${json ? JSON.stringify(value, null, 2) : text}\n`);
  const answer = (briefing: Briefing) => print(briefing, renderText(briefing));
  switch (command) {
    case 'index': {
      const several = stories.all.length > 1;
      const shown = story ? stories.all.filter((e) => e.story.keyword === story) : stories.all;
      const reports = shown.map((e) => indexReport(e.store.current, several ? e.story.keyword : undefined));
      const report = {
        articles: reports.flatMap((r) => r.articles),
        errors: reports.flatMap((r) => r.errors),
      };
      print(report, indexText(report));
      return 0;
    }
    case 'ask': {
      const briefing = ask(parseCommand(rest.join(' '), stories.keywords));
      answer(briefing);
      return briefing.kind === 'error' ? 1 : 0;
    }
    case 'quotes':
      answer(
        ask({
          name: 'quote',
          query: rest.join(' '),
          ...(limit ? { limit } : {}),
          ...(story ? { story } : {}),
        }),
      );
      return 0;
    case 'digest': {
      const entry = stories.get(story) ?? stories.first;
      const ctx = context(entry);
      answer((ctx.digest as NonNullable<CommandContext['digest']>)(entry.store.current, ctx.now));
      return 0;
    }
    default:
      process.stderr.write(`unknown command '${command}'\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  },
);
