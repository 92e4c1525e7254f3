/**
 * `npm run bench:compare -- <other checkout> [articles] [rounds]`: one-thread index builds of another
 * checkout of newsdesk (e.g. a `git worktree` of an older commit, with node_modules linked) and of this
 * one, alternated in one process so that both see the same machine at the same moment; prints each side's
 * times and the ratio of the medians (this / other).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const other = path.resolve(process.argv[2] ?? '');
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articles = Number(process.argv[3] ?? 10000);
const rounds = Number(process.argv[4] ?? 5);
if (!process.argv[2]) {
  console.error('usage: npm run bench:compare -- <other checkout> [articles] [rounds]');
  process.exit(2);
}

/** A build of `root`'s synthetic corpus, parsed once with that checkout's own loader. */
async function builder(root: string): Promise<() => unknown> {
  const { generateCorpus } = await import(path.join(root, 'bench/generate.ts'));
  const { loadConfig } = await import(path.join(root, 'src/config.ts'));
  const { compileCleaningRules } = await import(path.join(root, 'src/corpus/clean.ts'));
  const { parseArticle } = await import(path.join(root, 'src/corpus/load.ts'));
  const { buildIndex } = await import(path.join(root, 'src/index/newsIndex.ts'));
  const rules = compileCleaningRules(loadConfig(path.join(root, 'config'), {}).cleaning);
  const parsed = generateCorpus(articles).files.map((f: { id: string; text: string }) =>
    parseArticle(f.id, `${f.id}.md`, f.text, 0, rules),
  );
  const at = new Date('2024-01-01T00:00:00Z');
  return () => buildIndex(parsed, [], at);
}

const sides = [
  { name: 'other', build: await builder(other), times: [] as number[] },
  { name: 'this', build: await builder(here), times: [] as number[] },
];
const gc = (globalThis as { gc?: () => void }).gc;
for (let r = 0; r < rounds; r++)
  for (const side of sides) {
    gc?.();
    const start = performance.now();
    side.build();
    side.times.push(performance.now() - start);
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
for (const side of sides)
  console.log(
    `${side.name}: ${side.times.map(Math.round).join(' ')} ms, median ${Math.round(median(side.times))} ms`,
  );
console.log(`this / other: ${(median(sides[1]?.times ?? []) / median(sides[0]?.times ?? [])).toFixed(2)}`);
