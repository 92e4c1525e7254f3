/** A folder laid out like a fresh clone (config/ and corpus/, no data/), for starting the bot from it. */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus.ts';

export async function freshClone(local?: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-clone-'));
  await cp(path.join(ROOT, 'config'), path.join(dir, 'config'), { recursive: true });
  await cp(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  if (local) await writeFile(path.join(dir, 'config', 'local.json'), JSON.stringify(local));
  return dir;
}
