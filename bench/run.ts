/**
 * `npm run bench -- [--articles N] [--json]`: builds a synthetic corpus, then measures in one run the index
 * build, heap after build, and p50/p95 latency of /quote (typo'd speakers), /summit search (two words, some
 * typo'd) and /summit status (cached), and — on the same search queries — the naive approach, one fuse.js
 * instance over every sentence, so the speed-up is measured side by side; then incremental indexing
 * (bench/incremental.ts): adds until answerable and the longest event-loop block.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import { loadConfig } from '../src/config.ts';
import { compileCleaningRules } from '../src/corpus/clean.ts';
import { loadCorpus, parseArticle } from '../src/corpus/load.ts';
import type { Article } from '../src/corpus/types.ts';
import type { PositionalList } from '../src/collections/appendedList.ts';
import { createSlackAdapter } from '../src/adapters/slack.ts';
import { StoryStores } from '../src/stories/stores.ts';
import { deriveAnswers } from '../src/commands/answers.ts';
import { handleCommand } from '../src/commands/handle.ts';
import { BuildPool, buildWorkers } from '../src/index/buildPool.ts';
import { parseEnv } from '../src/config.ts';
import { buildIndex, type NewsIndex, withAnswers } from '../src/index/newsIndex.ts';
import { IndexStore } from '../src/index/store.ts';
import { createLogger } from '../src/log.ts';
import { renderSlack } from '../src/render/slack.ts';
import { generateCorpus, prng, typo } from './generate.ts';
import { measureIncremental } from './incremental.ts';
import { percentile as loadPercentile, runSlackLoadProcess, startAuthOnlyWebApi } from './slackLoad.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
    queries: { type: 'string', default: '200' },
    'naive-seconds': { type: 'string', default: '60' },
    'slack-commands': { type: 'string', default: '500' },
    adds: { type: 'string', default: '20' },
    /** `incremental`: only the incremental-indexing figures (a quicker run while working on them). */
    only: { type: 'string' },
    /** A file to append every event-loop block of 40 ms or more to (see bench/attributeBlocks.ts). */
    blocks: { type: 'string' },
  },
});
if (values.only !== undefined && values.only !== 'incremental')
  throw new Error(`--only takes "incremental", not "${values.only}"`);
const articles = Number(values.articles);
const queryCount = Number(values.queries);
const naiveBudgetMs = Number(values['naive-seconds']) * 1000;
const json = values.json === true;
const progress = (msg: string) => {
  if (!json) process.stderr.write(`${msg}\n`);
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function measure(queries: string[], run: (q: string) => unknown, budgetMs = Number.POSITIVE_INFINITY) {
  const times: number[] = [];
  const started = performance.now();
  for (const q of queries) {
    const t0 = performance.now();
    run(q);
    times.push(performance.now() - t0);
    if (performance.now() - started > budgetMs) break;
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { n: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

/** The Slack load case: what a channel full of users sends at once, every command kind, sources included. */
const SLACK_LOAD = {
  count: Number(values['slack-commands']),
  concurrency: 50,
  commands: [
    '/summit sources',
    '/summit status',
    '/summit search summit talks',
    '/summit who',
    '/summit timeline',
    '/quote minister',
    '/quote',
    '/summit help',
  ],
};

/**
 * Starts the bot's Slack adapter (real Bolt HTTP receiver, signature checks) on a store opened from the
 * corpus folder as at start-up, and sends it signed slash commands from a separate process.
 */
async function measureSlackLoad(dir: string) {
  const secret = 'bench-signing-secret';
  const api = await startAuthOnlyWebApi();
  const store = await IndexStore.open(dir, config, { derive: deriveAnswers(config) });
  const adapter = createSlackAdapter(
    parseEnv({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: api.url }),
    {
      stories: StoryStores.single(store),
      log: createLogger('silent'),
      context: () => ({ config, now: new Date() }),
    },
  );
  const port = await adapter.start(0);
  try {
    const run = await runSlackLoadProcess({
      base: `http://127.0.0.1:${port}`,
      signingSecret: secret,
      commands: SLACK_LOAD.commands,
      count: SLACK_LOAD.count,
      concurrency: SLACK_LOAD.concurrency,
      timeoutMs: 120_000,
    });
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      count: run.count,
      concurrency: run.concurrency,
      ackP50Ms: round(loadPercentile(run.ackMs, 50)),
      ackP99Ms: round(loadPercentile(run.ackMs, 99)),
      answerP99Ms: round(loadPercentile(run.answerMs, 99)),
      failed:
        run.statuses.filter((s) => s !== 200).length + run.answers.filter((a) => a === undefined).length,
    };
  } finally {
    await adapter.stop();
    await store.close();
    await api.close();
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
const config = loadConfig('config', {});
const rules = compileCleaningRules(config.cleaning);
// As the bot does: workers per config (auto: one per core beyond the main thread), started before parsing.
const workers = buildWorkers(config.index.buildWorkers);
const pool = new BuildPool({
  workers,
  minArticles: config.index.parallelFromArticles,
  onFallback: (error) => progress(`build workers failed, built on the main thread: ${error.message}`),
});
progress(`generating ${articles} synthetic articles…`);
const corpus = generateCorpus(articles);

// Start-up reads the corpus from disk: the same files, loaded by the bot's loader with its build workers
// (cold, as at start-up), then on the main thread only.
progress('writing the corpus to a temporary folder…');
const folder = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-bench-'));
for (let i = 0; i < corpus.files.length; i += 256) {
  await Promise.all(
    corpus.files.slice(i, i + 256).map((f) => writeFile(path.join(folder, `${f.id}.md`), f.text)),
  );
}
if (values.only === 'incremental') {
  await pool.close();
  const incremental = await measureIncremental(folder, config, {
    adds: Number(values.adds),
    progress,
    ...(values.blocks ? { blocksFile: values.blocks } : {}),
  });
  await rm(folder, { recursive: true, force: true });
  process.stdout.write(
    `${JSON.stringify({ articles, ...incremental, node: process.version, cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}` }, null, json ? undefined : 2)}\n`,
  );
  process.exit(0);
}
progress('parsing (front matter, cleaning, sentence splitting)…');
const t0 = performance.now();
const parsed: Article[] = corpus.files.map((f) => parseArticle(f.id, `${f.id}.md`, f.text, 0, rules));
const parseMs = performance.now() - t0;
const loadOptions = IndexStore.loadOptions(config);
progress('loading it from disk (read, parse) as the bot does, then on the main thread only…');
gc?.();
const t5 = performance.now();
const loadedArticles = (
  await loadCorpus(folder, { ...loadOptions, loadFiles: (f, o) => pool.loadFiles(f, o) })
).articles.length;
const loadMs = performance.now() - t5;
gc?.();
const t6 = performance.now();
await loadCorpus(folder, loadOptions);
const loadOneThreadMs = performance.now() - t6;
if (loadedArticles !== parsed.length)
  throw new Error(`the loader read ${loadedArticles} of ${parsed.length} articles`);

const builtAt = new Date('2024-01-01T00:00:00Z');
const BUILDS = 3;
/** Times `BUILDS` builds (gc between them); the first is cold, as at start-up; later ones are like reloads. */
async function timeBuilds(build: () => NewsIndex | Promise<NewsIndex>) {
  const times: number[] = [];
  let index: NewsIndex | undefined;
  for (let i = 0; i < BUILDS; i++) {
    index = undefined;
    gc?.();
    const started = performance.now();
    index = await build();
    times.push(performance.now() - started);
  }
  const median = [...times].sort((x, y) => x - y)[Math.floor(BUILDS / 2)] as number;
  progress(`  ${times.map((t) => Math.round(t)).join(', ')} ms`);
  return { index: index as NewsIndex, first: times[0] as number, median };
}
progress(
  `building the index ${BUILDS}× as the bot does (${pool.workers} build workers from ${config.index.parallelFromArticles} articles)…`,
);
const built = await timeBuilds(() => pool.build(parsed, [], builtAt));
const { index } = built;
await pool.close();
progress(`building the index ${BUILDS}× on the main thread only…`);
// Only the time is kept: the heap figure below is of the one snapshot the bot holds.
const oneThreadMs = (await timeBuilds(() => buildIndex(parsed, [], builtAt))).median;
const t2 = performance.now();
handleCommand(index, { name: 'status' }, { config, now: new Date() });
const statusFirstMs = performance.now() - t2;
// Every answer that depends only on the snapshot (status, timeline, who, sources), as a reload derives them.
const t4 = performance.now();
const answered = withAnswers(built.index, deriveAnswers(config).derive(built.index));
const deriveMs = performance.now() - t4;
gc?.();
const heapMB = process.memoryUsage().heapUsed / 1024 / 1024;

const rand = prng(7);
const pick = <T>(list: PositionalList<T>): T => list.at(Math.floor(rand() * list.length)) as T;
const quoted = index.speakers.speakers.map((s) => s.name);
const quoteQuery = () => typo((pick(quoted).split(' ').pop() ?? '').toLowerCase(), rand);
const searchQuery = () => {
  const words = pick(index.sentences)
    .text.split(/\s+/)
    .filter((w) => /^[a-z]{5,}$/.test(w));
  const a = pick(words) ?? 'summit';
  const b = pick(words) ?? 'talks';
  return `${rand() < 0.5 ? typo(a, rand) : a} ${b}`;
};
const quoteQueries = Array.from({ length: queryCount }, quoteQuery);
const searchQueries = Array.from({ length: queryCount }, searchQuery);

progress(`running ${queryCount} queries of each kind…`);
const ctx = { config, now: new Date() };
// Steady state, as a running bot answers: 20 other queries of each kind, not measured, warm the JIT first.
for (let i = 0; i < 20; i++) {
  handleCommand(index, { name: 'quote', query: quoteQuery() }, ctx);
  handleCommand(index, { name: 'search', query: searchQuery() }, ctx);
}
const quote = measure(quoteQueries, (q) => handleCommand(index, { name: 'quote', query: q }, ctx));
const search = measure(searchQueries, (q) => handleCommand(index, { name: 'search', query: q }, ctx));
const status = measure(
  Array.from({ length: queryCount }, () => ''),
  () => handleCommand(answered, { name: 'status' }, ctx),
);
// The whole command as a chat adapter runs it: answer, render for Slack, serialise.
const sources = measure(
  Array.from({ length: queryCount }, () => ''),
  () => JSON.stringify(renderSlack(handleCommand(answered, { name: 'sources' }, ctx))),
);

progress(`naive fuse.js over ${index.sentences.length} sentences (bounded to ${naiveBudgetMs / 1000} s)…`);
const t3 = performance.now();
const naiveFuse = new Fuse(
  Array.from(index.sentences, (s) => s.text),
  { threshold: 0.4, ignoreLocation: true },
);
const naiveBuildMs = performance.now() - t3;
const naive = measure(
  searchQueries,
  (q) => naiveFuse.search(q, { limit: config.limits.searchItems }),
  naiveBudgetMs,
);

progress(
  `Slack load: ${SLACK_LOAD.count} signed slash commands, ${SLACK_LOAD.concurrency} at a time, over HTTP…`,
);
const slackLoad = await measureSlackLoad(folder);
const incremental = await measureIncremental(folder, config, {
  adds: Number(values.adds),
  progress,
  ...(values.blocks ? { blocksFile: values.blocks } : {}),
});
await rm(folder, { recursive: true, force: true });

const result = {
  articles,
  sentences: index.sentences.length,
  quotes: index.quotes.length,
  speakers: index.speakers.speakers.length,
  parseMs: Math.round(parseMs),
  loadMs: Math.round(loadMs),
  loadOneThreadMs: Math.round(loadOneThreadMs),
  buildMs: Math.round(built.median),
  buildFirstMs: Math.round(built.first),
  buildWorkers: articles >= config.index.parallelFromArticles ? workers : 0,
  buildOneThreadMs: Math.round(oneThreadMs),
  statusFirstMs: Math.round(statusFirstMs),
  deriveMs: Math.round(deriveMs),
  heapMB: Math.round(heapMB),
  queries: { quote, search, status, sources },
  slackLoad,
  addMs: incremental.addMs,
  addFileMs: incremental.addFileMs,
  fullReloadMs: incremental.fullReloadMs,
  reloadBlockMaxMs: incremental.reloadBlockMaxMs,
  eventLoopBlocks: incremental.blocks,
  naive: { buildMs: Math.round(naiveBuildMs), search: naive },
  speedupP95: naive.p95 > 0 && search.p95 > 0 ? Math.round(naive.p95 / search.p95) : null,
  node: process.version,
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
};

if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  const rows = [
    ['articles / sentences / quotes', `${result.articles} / ${result.sentences} / ${result.quotes}`],
    ['parse (clean + split), in memory', `${result.parseMs} ms`],
    [
      'load from disk (read + parse)',
      `${result.loadMs} ms (main thread + ${result.buildWorkers} workers; main thread only: ${result.loadOneThreadMs} ms)`,
    ],
    [
      'index build (median of 3)',
      `${result.buildMs} ms (main thread + ${result.buildWorkers} workers; first, cold: ${result.buildFirstMs} ms)`,
    ],
    ['index build, main thread only', `${result.buildOneThreadMs} ms (median of 3)`],
    ['first status (then cached)', `${result.statusFirstMs} ms`],
    ['heap after build', `${result.heapMB} MB`],
    ['/quote p50 / p95', `${quote.p50} / ${quote.p95} ms (${quote.n} queries)`],
    ['/summit search p50 / p95', `${search.p50} / ${search.p95} ms (${search.n} queries)`],
    ['/summit status p50 / p95', `${status.p50} / ${status.p95} ms (${status.n} queries)`],
    ['/summit sources + Slack render p50 / p95', `${sources.p50} / ${sources.p95} ms (${sources.n} queries)`],
    ['answers derived per snapshot', `${result.deriveMs} ms (status, timeline, who, sources)`],
    [
      `Slack, ${slackLoad.concurrency} concurrent over HTTP`,
      `ack p50 / p99 ${slackLoad.ackP50Ms} / ${slackLoad.ackP99Ms} ms, answer p99 ${slackLoad.answerP99Ms} ms (${slackLoad.count} commands, ${slackLoad.failed} failed)`,
    ],
    [
      'add (update) until /quote finds it p50 / p95',
      `${result.addMs.p50} / ${result.addMs.p95} ms (${result.addMs.n} adds)`,
    ],
    [
      'add (new file, watcher) p50 / p95',
      `${result.addFileMs.p50} / ${result.addFileMs.p95} ms (${result.addFileMs.n} adds, ${config.reload.debounceMs} ms debounce included)`,
    ],
    [
      'full reload (every file touched)',
      `served in ${result.fullReloadMs.served} ms, settled in ${result.fullReloadMs.settled} ms`,
    ],
    [
      'longest event-loop block (reload, adds)',
      `${result.reloadBlockMaxMs} ms CPU (wall: reload ${result.eventLoopBlocks.fullReload.wallMs}, adds ${result.eventLoopBlocks.adds.wallMs} ms)`,
    ],
    ['naive fuse.js search p50 / p95', `${naive.p50} / ${naive.p95} ms (${naive.n} queries)`],
    ['speed-up at p95', result.speedupP95 === null ? 'n/a' : `${result.speedupP95}×`],
    ['machine', `${result.node}, ${result.cpus}`],
  ];
  for (const [k, v] of rows) process.stdout.write(`${(k as string).padEnd(42)} ${v}\n`);
}
