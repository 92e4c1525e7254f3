import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeSentences } from '../../src/index/sentenceSearch.ts';
import { hashOf, TermTable } from '../../src/text/termTable.ts';
import { contentTokens } from '../../src/text/normalize.ts';

describe('TermTable', () => {
  it('gives every distinct term one id, also when hashes collide, across many regrowths', () => {
    const table = new TermTable();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((w) => table.intern(w, 0, w.length, hashOf(w)));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((w) => table.intern(`(${w})`, 1, w.length + 1, hashOf(w)))).toEqual(ids);
    // Same hash, different words: told apart by their characters.
    const a = table.intern('alpha', 0, 5, 42);
    const b = table.intern('bravo', 0, 5, 42);
    expect(a).not.toBe(b);
    expect(table.intern('xalphax', 1, 6, 42)).toBe(a);
    expect(table.terms[b]).toBe('bravo');
  });
});

describe('tokenizeSentences', () => {
  const sentence = fc
    .array(
      fc.constantFrom(
        'Pompeo',
        'the',
        'said',
        'Kim',
        'Jong-un',
        "won't",
        'Seoul,',
        'a',
        '“talks”',
        'Zürich',
        'ÉTÉ',
        '2018',
        'U.S.',
        'é',
      ),
      { maxLength: 14 },
    )
    .map((words) => words.join(' '));

  it('finds the content words of every sentence (ASCII scanned in place, other text via tokenize)', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 20 }), (texts) => {
        const run = tokenizeSentences(texts);
        let from = 0;
        texts.forEach((text, i) => {
          const expected = contentTokens(text);
          const ids = [...run.stream.subarray(from, run.ends[i])];
          expect(ids.map((id) => run.terms[id])).toEqual([...new Set(expected)]);
          expect(run.lengths[i]).toBe(expected.length);
          from = run.ends[i] as number;
        });
        for (const [id, term] of run.terms.entries()) {
          expect(run.df[id]).toBe(texts.filter((t) => contentTokens(t).includes(term)).length);
        }
      }),
    );
  });
});
