/**
 * Incremental indexing as the running bot gets it: a store opened on the corpus folder (build workers,
 * derived answers), then
 * - a full reload (every file touched, so every article is read, analysed and built again),
 * - articles added one at a time through `IndexStore.update` (an API call, as a database source makes it),
 *   each timed until `/quote` finds its speaker,
 * - articles added as new files in the folder, picked up by the watcher (its debounce included), timed the
 *   same way,
 * with the adds spaced like a feed's arrivals (a burst is rebuilt once, `index.rebuildDelayMs` after its last
 * change), and once in each half a pause past that delay, so that the adds after it land while the background
 * rebuild runs. The event-loop probe runs throughout: the longest block is what a Slack acknowledgement could
 * wait.
 */
import { appendFileSync } from 'node:fs';
import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { constants as perf, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import { deriveAnswers } from '../src/commands/answers.ts';
import { handleCommand } from '../src/commands/handle.ts';
import type { Config } from '../src/config.ts';
import { parseArticle } from '../src/corpus/load.ts';
import type { NewsIndex } from '../src/index/newsIndex.ts';
import { IndexStore } from '../src/index/store.ts';
import { watchCorpus } from '../src/index/watch.ts';
import { createLogger } from '../src/log.ts';
import { type Block, type EventLoopBlocks, watchEventLoop } from './eventLoopProbe.ts';
import { prng } from './generate.ts';

export interface IncrementalFigures {
  /** An article given to `update` until /quote finds its speaker (ms). */
  addMs: { n: number; p50: number; p95: number };
  /** A new file written until /quote finds its speaker, through the watcher (debounce included). */
  addFileMs: { n: number; p50: number; p95: number };
  /** Every file touched: until the reload resolved (served), and until the snapshot was settled. */
  fullReloadMs: { served: number; settled: number };
  /** The longest event-loop block during the full reload and during the adds (CPU time where measurable). */
  reloadBlockMaxMs: number;
  blocks: { fullReload: EventLoopBlocks; adds: EventLoopBlocks };
  /**
   * Heap in MB: live after the store opened and after the last add settled (each after a full collection,
   * when `--expose-gc` is on), and the most used and the most reserved at any time during the measuring.
   */
  heapMB: { openLive: number; endLive: number; peakUsed: number; peakTotal: number };
  /** The collector's pauses on the main thread during the measuring: the longest of each kind, count, sum (ms). */
  gcPauses: { scavengeMaxMs: number; markCompactMaxMs: number; count: number; totalMs: number };
}

const MB = 1024 * 1024;

/** Samples the heap every 50 ms and notes the collector's pauses, until `stop`. */
function watchHeap(): {
  stop: () => Pick<IncrementalFigures, 'gcPauses'> & { peakUsed: number; peakTotal: number };
} {
  let peakUsed = 0;
  let peakTotal = 0;
  const sample = () => {
    const h = v8.getHeapStatistics();
    peakUsed = Math.max(peakUsed, h.used_heap_size);
    peakTotal = Math.max(peakTotal, h.total_heap_size);
  };
  const timer = setInterval(sample, 50);
  const pauses = { scavengeMaxMs: 0, markCompactMaxMs: 0, count: 0, totalMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = ((entry as { detail?: unknown }).detail as { kind?: number } | undefined)?.kind;
      pauses.count++;
      pauses.totalMs += entry.duration;
      if (kind === perf.NODE_PERFORMANCE_GC_MINOR)
        pauses.scavengeMaxMs = Math.max(pauses.scavengeMaxMs, entry.duration);
      else if (kind === perf.NODE_PERFORMANCE_GC_MAJOR)
        pauses.markCompactMaxMs = Math.max(pauses.markCompactMaxMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      clearInterval(timer);
      sample();
      observer.disconnect();
      const round = (n: number) => Math.round(n * 10) / 10;
      return {
        peakUsed: Math.round(peakUsed / MB),
        peakTotal: Math.round(peakTotal / MB),
        gcPauses: {
          scavengeMaxMs: round(pauses.scavengeMaxMs),
          markCompactMaxMs: round(pauses.markCompactMaxMs),
          count: pauses.count,
          totalMs: Math.round(pauses.totalMs),
        },
      };
    },
  };
}

/** Heap in use after a full collection (with `--expose-gc`; otherwise as it is), in MB. */
function liveHeapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / MB);
}

const HEADS = 'Bram Cor Dun Fel Gar Hal Mor Tam Vel Wen Ysel Quor'.split(' ');
const TAILS = 'ridge wick stone ford holm mere croft ley worth dale'.split(' ');
const GIVEN = 'Ada Ivo Lena Tomas Pia Nils Odile Rafe'.split(' ');

/** A name no generated article uses (the synthetic corpus draws surnames from another list). */
function inventedName(i: number): { full: string; surname: string } {
  const surname = `${HEADS[i % HEADS.length]}${TAILS[Math.floor(i / HEADS.length) % TAILS.length]}`;
  return { full: `${GIVEN[i % GIVEN.length]} ${surname}`, surname };
}

/** What the i-th added article quotes its speaker saying. */
function quoted(i: number): string {
  return `Round ${i} of the talks changed nothing for the crews`;
}

function articleText(name: string, i: number): string {
  return [
    '---',
    'outlet: Harbor Times',
    `title: "${name} on the harbour strike"`,
    'published: 2025-06-30',
    '---',
    `“${quoted(i)},” ${name}, the dockworkers' union leader, said on Friday.`,
    '',
    'The harbour strike entered its third week as talks in Valemont stalled.',
    '',
  ].join('\n');
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves when `/quote <surname>` answers with the speaker and the new quote. The store is looked at every
 * 5 ms, and /quote asked again only when it serves a new snapshot: a snapshot gives the same answer every
 * time (snapshots are swapped whole), and asking for a name not indexed yet runs fuse.js over every speaker
 * name (20-60 ms at 10,000 articles), which held the thread the new file's reload needed.
 */
async function untilAnswered(
  store: IndexStore,
  ask: (index: NewsIndex) => boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const started = performance.now();
  let asked: NewsIndex | undefined;
  for (;;) {
    const index = store.current;
    if (index !== asked) {
      if (ask(index)) return;
      asked = index;
    }
    if (performance.now() - started > timeoutMs)
      throw new Error('bench: an added article never became answerable');
    await sleep(5);
  }
}

export async function measureIncremental(
  dir: string,
  config: Config,
  options: { adds: number; progress: (msg: string) => void; blocksFile?: string },
): Promise<IncrementalFigures> {
  const { progress, blocksFile } = options;
  // Every block of 40 ms or more, for bench/attributeBlocks.ts.
  const probe = {
    onBlock: (b: Block) => {
      if (blocksFile) appendFileSync(blocksFile, `${b.endUs} ${b.wallMs.toFixed(1)} ${b.cpuMs.toFixed(1)}\n`);
    },
  };
  const store = await IndexStore.open(dir, config, { derive: deriveAnswers(config) });
  const rules = IndexStore.loadOptions(config).rules;
  const ctx = { config, now: new Date() };
  /** Whether /quote <surname> answers with the speaker and what the i-th added article quotes. */
  const finds = (i: number) => (index: NewsIndex) => {
    const { full, surname } = inventedName(i);
    const answer = handleCommand(index, { name: 'quote', query: surname.toLowerCase() }, ctx);
    return answer.items.some((item) => item.speaker === full && item.text === quoted(i));
  };
  const rand = prng(23);
  /** The wait after the i-th add of a half: a feed's spacing, and once a pause that lets the rebuild start. */
  const spacing = (i: number) =>
    i === Math.floor(options.adds / 4) ? config.index.rebuildDelayMs + 500 : 200 + rand() * 1300;
  try {
    const openLive = liveHeapMB();
    const heap = watchHeap();
    progress('full reload: every file touched, read and built again…');
    const files = store.current.articles.map((a) => a.path);
    const touched = new Date(Date.now() - 60_000);
    for (let i = 0; i < files.length; i += 256)
      await Promise.all(files.slice(i, i + 256).map((f) => utimes(f, touched, touched)));
    const fullProbe = watchEventLoop(probe);
    const t0 = performance.now();
    await store.reload(new Date());
    const served = performance.now() - t0;
    await store.settled();
    const settled = performance.now() - t0;
    const fullReload = fullProbe.stop();

    progress(`${options.adds} adds through update, ${options.adds} new files through the watcher…`);
    const addProbe = watchEventLoop(probe);
    const apiTimes: number[] = [];
    for (let i = 0; i < options.adds; i++) {
      const { full } = inventedName(i);
      const article = parseArticle(
        `bench-add-${i}`,
        path.join('/bench-api', `bench-add-${i}.md`),
        articleText(full, i),
        Date.now(),
        rules,
      );
      const started = performance.now();
      await store.update({ upserts: [article], removals: [] });
      await untilAnswered(store, finds(i));
      apiTimes.push(performance.now() - started);
      await sleep(spacing(i));
    }
    const watcher = watchCorpus(store, { debounceMs: config.reload.debounceMs, log: createLogger('silent') });
    const fileTimes: number[] = [];
    try {
      for (let i = options.adds; i < 2 * options.adds; i++) {
        const started = performance.now();
        await writeFile(path.join(dir, `bench-add-${i}.md`), articleText(inventedName(i).full, i));
        await untilAnswered(store, finds(i));
        fileTimes.push(performance.now() - started);
        await sleep(spacing(i - options.adds));
      }
      await store.settled();
    } finally {
      watcher.close();
    }
    const adds = addProbe.stop();
    const { peakUsed, peakTotal, gcPauses } = heap.stop();
    const endLive = liveHeapMB();
    const worst = (b: EventLoopBlocks) => b.cpuMs ?? b.wallMs;
    return {
      addMs: summary(apiTimes),
      addFileMs: summary(fileTimes),
      fullReloadMs: { served: Math.round(served), settled: Math.round(settled) },
      reloadBlockMaxMs: Math.max(worst(fullReload), worst(adds)),
      blocks: { fullReload, adds },
      heapMB: { openLive, endLive, peakUsed, peakTotal },
      gcPauses,
    };
  } finally {
    await store.close();
  }
}
