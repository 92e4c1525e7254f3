import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { ROOT } from '../helpers/corpus.ts';

function runBench(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench/run.ts'), ...args],
      { cwd: ROOT },
    );
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout });
    });
  });
}

describe('benchmark smoke run', () => {
  it('generates the same corpus for the same seed', () => {
    expect(generateCorpus(5, 9).files).toEqual(generateCorpus(5, 9).files);
    expect(generateCorpus(5, 9).files).not.toEqual(generateCorpus(5, 10).files);
  });

  it('prints one JSON document with every measured figure for 100 articles', async () => {
    const { code, stdout } = await runBench([
      '--articles',
      '100',
      '--json',
      '--queries',
      '20',
      '--naive-seconds',
      '2',
      '--slack-commands',
      '100',
      '--adds',
      '2',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ articles: 100, node: process.version });
    for (const key of ['sentences', 'quotes', 'buildMs', 'heapMB']) expect(result[key]).toBeGreaterThan(0);
    for (const kind of ['quote', 'search', 'status', 'sources']) {
      expect(result.queries[kind].p95).toBeGreaterThanOrEqual(result.queries[kind].p50);
    }
    expect(result.naive.search.p95).toBeGreaterThan(0);
    expect(typeof result.cpus).toBe('string');
    expect(result.deriveMs).toBeGreaterThan(0);
    // The Slack load case: every command acknowledged and answered over HTTP, with its latencies.
    expect(result.slackLoad).toMatchObject({ count: 100, concurrency: 50, failed: 0 });
    expect(result.slackLoad.ackP99Ms).toBeGreaterThanOrEqual(result.slackLoad.ackP50Ms);
    expect(result.slackLoad.answerP99Ms).toBeGreaterThan(0);
    // Incremental indexing: adds answerable, through update and through the watcher, and the longest block.
    expect(result.addMs).toMatchObject({ n: 2 });
    expect(result.addMs.p50).toBeGreaterThan(0);
    expect(result.addFileMs).toMatchObject({ n: 2 });
    expect(result.addFileMs.p95).toBeGreaterThanOrEqual(result.addFileMs.p50);
    expect(result.reloadBlockMaxMs).toBeGreaterThan(0);
    expect(result.fullReloadMs.settled).toBeGreaterThanOrEqual(result.fullReloadMs.served);
  }, 120_000);
});
