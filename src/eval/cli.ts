/**
 * `npm run eval -- <corpusDir> [--gold FILE] [--first] [--json]`: attribution precision and recall over every
 * gold speaker query, with each miss, and metadata (outlet, title, date) against a gold file in the format of
 * `shared/eval/real-dev/gold.json` (default: `<corpusDir>/gold.json`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.ts';
import { startRuntime } from '../runtime.ts';
import { readGold } from './gold.ts';
import { type AttributionScore, type MetadataScore, scoreAttribution, scoreMetadata } from './score.ts';

const USAGE = 'usage: npm run eval -- <corpusDir> [--gold FILE] [--first] [--json]';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(attribution: AttributionScore, metadata: MetadataScore): string {
  const lines: string[] = [];
  for (const r of attribution.results) {
    const parts = [`missed ${r.missing.length}${r.missing.length ? ` ${JSON.stringify(r.missing)}` : ''}`];
    if (r.wrong.length > 0) parts.push(`misattributed ${JSON.stringify(r.wrong)}`);
    lines.push(`${r.speaker} [${r.query}] → ${r.answeredAs}: ${parts.join('; ')}`);
  }
  for (const m of metadata.results) {
    const bad: string[] = [];
    if (!m.outlet.ok) bad.push(`outlet ${JSON.stringify(m.outlet.got)}≠${JSON.stringify(m.outlet.want)}`);
    if (!m.title.ok) bad.push(`title ${JSON.stringify(m.title.got)}≠${JSON.stringify(m.title.want)}`);
    if (!m.date.ok) bad.push(`date ${m.date.got}≠${m.date.want}`);
    if (bad.length > 0) lines.push(`metadata ${m.file}: ${bad.join(' ')}`);
  }
  lines.push(
    `recall ${percent(attribution.recall)} (${attribution.found}/${attribution.must}), ` +
      `precision ${percent(attribution.precision)}, misattributed ${attribution.misattributed}, ` +
      `metadata outlet ok ${metadata.outlet}/${metadata.pages}, title ok ${metadata.title}/${metadata.pages}, ` +
      `date ok ${metadata.date}/${metadata.pages}`,
  );
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        gold: { type: 'string' },
        first: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [dir] = parsed.positionals;
  if (dir === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const goldFile = typeof parsed.values.gold === 'string' ? parsed.values.gold : path.join(dir, 'gold.json');
  const gold = await readGold(goldFile);
  const runtime = await startRuntime({ logLevel: 'warn', corpusDir: dir });
  await runtime.store.close();
  const index = runtime.store.current;
  const attribution = scoreAttribution(index, gold, { firstQueryOnly: parsed.values.first === true });
  const metadata = scoreMetadata(index, gold, new Date().toISOString().slice(0, 10));
  if (parsed.values.json === true) {
    process.stdout.write(
      `${JSON.stringify({ corpus: dir, gold: goldFile, attribution, metadata }, null, 2)}\n`,
    );
  } else process.stdout.write(`${report(attribution, metadata)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  },
);
