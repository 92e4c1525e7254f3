/** Golden files: renderer output compared with a reviewed file in tests/fixtures/golden/. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { FIXTURES } from './corpus.ts';

export const GOLDEN = path.join(FIXTURES, 'golden');

/**
 * Compares `actual` with `<dir>/<name>`. `UPDATE_GOLDEN=1` rewrites the file instead; without it a missing
 * file fails the test (a golden file is written on purpose and reviewed, never created silently).
 */
export function golden(name: string, actual: string, dir = GOLDEN): void {
  const file = path.join(dir, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  else if (!existsSync(file))
    throw new Error(`golden file ${file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/render`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
