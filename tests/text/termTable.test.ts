import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchTerms, sentenceLength, termRange } from '../../src/index/searchTerms.ts';
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

describe('SearchTerms.tokenize', () => {
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
        const terms = new SearchTerms();
        const tokens = terms.tokenize(texts);
        expect(tokens[0]).toBe(texts.length);
        texts.forEach((text, i) => {
          const expected = contentTokens(text);
          const [from, to] = termRange(tokens, i);
          const ids = [...tokens.subarray(from, to)];
          expect(ids.map((id) => terms.word(id))).toEqual([...new Set(expected)]);
          expect(sentenceLength(tokens, i)).toBe(expected.length);
        });
        expect(tokens[1]).toBe(texts.reduce((n, t) => n + contentTokens(t).length, 0));
      }),
    );
  });

  it('gives a word the same id in every article, and adopts tokens made with another table', () => {
    const terms = new SearchTerms();
    const a = terms.tokenize(['Envoys met in Panmunjom.']);
    const b = terms.tokenize(['Panmunjom talks resumed; envoys agreed.']);
    const ofA = [...a.subarray(...termRange(a, 0))].map((id) => terms.word(id));
    expect(ofA).toEqual(['envoys', 'met', 'panmunjom']);
    expect(terms.idOf('panmunjom')).toBe(a[termRange(a, 0)[0] + 2]);
    expect(terms.idOf('the')).toBe(-1);
    const other = new SearchTerms();
    const c = other.tokenize(['Agreed talks in Panmunjom.']);
    const adopted = terms.adopt(c, terms.idsOf(other.wordsFrom(0)));
    expect([...adopted.subarray(...termRange(adopted, 0))].map((id) => terms.word(id))).toEqual([
      'agreed',
      'talks',
      'panmunjom',
    ]);
    expect(terms.idOf('talks')).toBe(b[termRange(b, 0)[0] + 1]);
  });
});
