/**
 * `npm run bench:alerts [-- ARTICLES]`: how long the alert desk's detection holds the event loop for a batch
 * of new articles against a synthetic story (default 2,000 articles), for 1, 8 (one batch, the desk's
 * default) and 50 new articles at once. Five runs each; median and max.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { detectDevelopments } from '../src/alerts/detect.ts';
import { parseConfig } from '../src/config.ts';
import { IndexStore } from '../src/index/store.ts';
import { generateCorpus } from './generate.ts';

const count = Number(process.argv[2] ?? 2000);
const config = parseConfig({ reload: { watch: false }, index: { buildWorkers: 0 } });
const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-bench-alerts-'));
try {
  for (const f of generateCorpus(count).files) await writeFile(path.join(dir, `${f.id}.md`), f.text);
  const store = await IndexStore.open(dir, config);
  const articles = [...store.current.articles];
  for (const fresh of [1, 8, 50]) {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      detectDevelopments({
        story: 'bench',
        articles,
        fresh: articles.slice(0, fresh),
        open: [],
        now: new Date(),
        windowMs: config.alerts.windowMinutes * 60_000,
        targets: ['slack:C1'],
        poolSize: config.limits.statusArticles,
      });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        articles: articles.length,
        fresh,
        medianMs: Math.round(times[2] ?? 0),
        maxMs: Math.round(times[4] ?? 0),
      }),
    );
  }
  await store.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
