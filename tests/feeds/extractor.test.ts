import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.ts';
import { extractArticle } from '../../src/feeds/extract.ts';
import { ExtractorThread } from '../../src/feeds/extractor.ts';
import { FIXTURES } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';

const page = readFileSync(path.join(FIXTURES, 'feeds/pages/harbor-port-strike.html'), 'utf8').replaceAll(
  '{{BASE}}',
  'http://127.0.0.1:9',
);

/** A page big enough that extracting it takes far longer than a few milliseconds. */
function hugePage(): string {
  const nav = Array.from({ length: 4000 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  const body = Array.from(
    { length: 400 },
    (_, i) => `<div><p>Paragraph ${i} of a very long page, said a spokesperson.</p></div>`,
  ).join('');
  return `<html><body><ul>${nav}</ul><article>${body}</article><ul>${nav}</ul></body></html>`;
}

describe('ExtractorThread', { timeout: 30_000 }, () => {
  it('extracts in a worker thread exactly what the main thread would', async () => {
    const { log } = memoryLogger();
    const thread = new ExtractorThread({ timeoutMs: 15_000, log });
    try {
      const [a, b] = await Promise.all([
        thread.extract(page, 'http://127.0.0.1:9/a'),
        thread.extract(page, 'http://127.0.0.1:9/b'),
      ]);
      expect(a).toEqual(extractArticle(page, 'http://127.0.0.1:9/a'));
      expect(b).toMatchObject({ metadata: { ogSiteName: 'Harbor Times' } });
    } finally {
      await thread.close();
    }
  });

  it('gives up on a page that takes longer than the limit and goes on with a fresh worker', async () => {
    const { log } = memoryLogger();
    const thread = new ExtractorThread({ timeoutMs: 50, log });
    try {
      // The first job also pays for the worker's start-up, which alone is longer than 50 ms.
      expect(await thread.extract(hugePage(), 'http://127.0.0.1:9/huge')).toMatchObject({
        code: ErrorCode.FeedTooSlow,
      });
    } finally {
      await thread.close();
    }
    const generous = new ExtractorThread({ timeoutMs: 15_000, log });
    try {
      expect(await generous.extract(page, 'http://127.0.0.1:9/a')).toMatchObject({
        paragraphs: expect.any(Array),
      });
    } finally {
      await generous.close();
    }
  });

  it('keeps the event loop free while a large page is extracted', async () => {
    const { log } = memoryLogger();
    const thread = new ExtractorThread({ timeoutMs: 15_000, log });
    try {
      await thread.extract(page, 'http://127.0.0.1:9/warm');
      let longest = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      await thread.extract(hugePage(), 'http://127.0.0.1:9/huge');
      const took = performance.now() - started;
      clearInterval(ticker);
      // The extraction itself takes hundreds of milliseconds; the main thread never stalls for that long.
      expect(took).toBeGreaterThan(100);
      expect(longest).toBeLessThan(took / 2);
    } finally {
      await thread.close();
    }
  });
});
