/** A FeedFetcher over a temporary corpus folder and state file, with a test clock, for the feed tests. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config.ts';
import { compileCleaningRules } from '../../src/corpus/clean.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { FileFeedStateStore } from '../../src/feeds/fileState.ts';
import { FeedFetcher, type PollSettings } from '../../src/feeds/poll.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { testConfig } from '../helpers/corpus.ts';

export const SETTINGS: PollSettings = {
  ...parseConfig({}).polling,
  allowPrivateAddresses: true,
  timeoutSeconds: 2,
  maxBodyBytes: 1_000_000,
};

export interface Harness {
  dir: string;
  corpusDir: string;
  stateFile: string;
  clock: { now: Date };
  sleeps: number[];
  lines: string[];
  fetcher(settings?: Partial<PollSettings>): Promise<{ fetcher: FeedFetcher; state: FileFeedStateStore }>;
  /** The state as the last poll left it, read without taking the lock. */
  state(): Promise<FileFeedStateStore>;
  files(): Promise<string[]>;
  read(name: string): Promise<string>;
  load(): ReturnType<typeof loadCorpus>;
  cleanup(): Promise<void>;
}

export async function harness(): Promise<Harness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-feeds-'));
  const corpusDir = path.join(dir, 'corpus');
  const stateFile = path.join(dir, 'data', 'feeds-state.json');
  const clock = { now: new Date('2026-11-30T09:00:00Z') };
  const sleeps: number[] = [];
  const { log, lines } = memoryLogger();
  const config = testConfig();
  const furniture = compileCleaningRules(config.cleaning).boilerplate;
  return {
    dir,
    corpusDir,
    stateFile,
    clock,
    sleeps,
    lines,
    async fetcher(settings = {}) {
      const state = await FileFeedStateStore.open(stateFile);
      const fetcher = new FeedFetcher({
        settings: { ...SETTINGS, ...settings },
        corpusDir,
        state,
        log,
        isFurniture: (p) => furniture.test(p),
        now: () => clock.now,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        random: () => 0.5,
      });
      return { fetcher, state };
    },
    state: () => FileFeedStateStore.open(stateFile, { lock: false }),
    async files() {
      try {
        return (await readdir(corpusDir)).sort();
      } catch {
        return [];
      }
    },
    read: (name) => readFile(path.join(corpusDir, name), 'utf8'),
    load: () =>
      loadCorpus(corpusDir, {
        rules: compileCleaningRules(config.cleaning),
        maxFileBytes: config.corpus.maxFileBytes,
      }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
