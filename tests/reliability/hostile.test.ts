import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../src/commands/handle.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import type { Article } from '../../src/corpus/types.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';
import { buildQuoteCatalog } from '../../src/quotes/catalog.ts';
import { articleOf, indexOf, NOW, testConfig } from '../helpers/corpus.ts';

const config = testConfig();

function article(text: string): Article {
  const paragraphs = text
    .split('\n')
    .map(splitSentences)
    .filter((p) => p.length > 0);
  return articleOf('h', paragraphs, { outlet: 'H', title: 'H' });
}

const chatText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '/summit',
    '/quote',
    '/summit search',
    '@everyone',
    '<!channel>',
    '<@U1>',
    '\u0000\u0007',
    '\u202E',
  ),
  fc.string({ minLength: 10_000, maxLength: 10_240 }),
);

describe('hostile input', () => {
  it('the parser and every handler answer any text with a Briefing, never a throw', async () => {
    const { index } = await indexOf();
    fc.assert(
      fc.property(fc.array(chatText, { minLength: 1, maxLength: 3 }), (parts) => {
        for (const line of [
          parts.join(' '),
          `/summit ${parts.join(' ')}`,
          `/quote ${parts.join(' ')}`,
          `/summit search ${parts.join(' ')}`,
        ]) {
          const command = parseCommand(line, 'summit');
          const briefing = handleCommand(index, command, { config, now: NOW });
          expect(typeof briefing.title).toBe('string');
          expect(Array.isArray(briefing.items)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('extracts quotes from any text in bounded time (no catastrophic backtracking)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.constantFrom(
              '"',
              '\u201C',
              '\u201D',
              ' said ',
              ', he said.',
              ' according to ',
              'Mr. ',
              '\u2018',
              '\u2019',
            ),
          ),
          { maxLength: 400 },
        ),
        (parts) => {
          const started = performance.now();
          buildQuoteCatalog([article(parts.join(''))]);
          expect(performance.now() - started).toBeLessThan(1000);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('handles 20,000 quote marks and 50 KB of one unbroken word quickly', () => {
    for (const text of [
      '"'.repeat(20_000),
      `${'\u201C'.repeat(10_000)}${' said Bob'.repeat(1000)}`,
      'x'.repeat(50_000),
      `${'Mr. '.repeat(5000)}said.`,
    ]) {
      const started = performance.now();
      buildQuoteCatalog([article(text)]);
      splitSentences(text);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
