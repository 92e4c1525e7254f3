/**
 * `npm run bench:state`: what the embedded default would cost as PGlite (@electric-sql/pglite, PostgreSQL in
 * WebAssembly, in a data folder) against today's state folder. Each home is measured in a fresh process:
 * start-up (first open of an empty folder, then reopening it), the memory it adds, and 100 digest claims.
 * PGlite runs the same migrations as PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Sample {
  home: string;
  firstOpenMs: number;
  reopenMs: number;
  rssAddedMb: number;
  claims100Ms: number;
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

async function measure(home: 'pglite' | 'folder'): Promise<Sample> {
  const dir = mkdtempSync(path.join(tmpdir(), `newsdesk-bench-${home}-`));
  const rssBefore = process.memoryUsage().rss;
  try {
    if (home === 'pglite') {
      const { PGlite } = await import('@electric-sql/pglite');
      const { migrations } = await import('../src/state/postgres/migrate.ts');
      let t = performance.now();
      let db = await PGlite.create(path.join(dir, 'pg'));
      for (const m of migrations()) await db.exec(m.sql);
      const firstOpenMs = performance.now() - t;
      await db.close();
      t = performance.now();
      db = await PGlite.create(path.join(dir, 'pg'));
      await db.query('SELECT 1');
      const reopenMs = performance.now() - t;
      t = performance.now();
      for (let i = 0; i < 100; i++)
        await db.query(
          `INSERT INTO digest_slots (key, slot, target, status, record) VALUES ($1, $2, $3, 'claimed', '{}')
           ON CONFLICT (key) DO NOTHING`,
          [`s${i}|t`, `s${i}`, 't'],
        );
      const claims100Ms = performance.now() - t;
      const rssAddedMb = mb(process.memoryUsage().rss - rssBefore);
      await db.close();
      return { home, firstOpenMs, reopenMs, rssAddedMb, claims100Ms };
    }
    const { FileLedger } = await import('../src/digest/fileLedger.ts');
    const { createLogger } = await import('../src/log.ts');
    const log = createLogger('silent');
    const file = path.join(dir, 'data', 'digest-state.json');
    let t = performance.now();
    const ledger = new FileLedger({ file, owner: 'bench', log, keepMs: 14 * 86_400_000 });
    await ledger.open();
    const firstOpenMs = performance.now() - t;
    t = performance.now();
    await new FileLedger({ file, owner: 'bench', log, keepMs: 14 * 86_400_000 }).open();
    const reopenMs = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < 100; i++)
      await ledger.claim({
        slot: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        targets: ['t'],
        owner: 'bench',
        leaseMs: 60_000,
        now: new Date(Date.UTC(2026, 0, 1)),
        maxAttempts: 3,
      });
    const claims100Ms = performance.now() - t;
    return {
      home,
      firstOpenMs,
      reopenMs,
      rssAddedMb: mb(process.memoryUsage().rss - rssBefore),
      claims100Ms,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const which = process.argv[2];
if (which === 'pglite' || which === 'folder') {
  process.stdout.write(`${JSON.stringify(await measure(which))}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const rows: Sample[] = [];
  for (const home of ['folder', 'pglite']) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', self, home], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    rows.push(JSON.parse(run.stdout) as Sample);
  }
  const json = process.argv.includes('--json');
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else
    for (const r of rows)
      process.stdout.write(
        `${r.home.padEnd(7)} first open ${r.firstOpenMs.toFixed(0)} ms, reopen ${r.reopenMs.toFixed(0)} ms, +${r.rssAddedMb} MB RSS, 100 claims ${r.claims100Ms.toFixed(0)} ms\n`,
      );
}
