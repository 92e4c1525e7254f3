import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configRegExp } from '../../src/config.ts';
import { normalizeWhitespace, wordCount } from '../../src/text/normalize.ts';

// The definitions the fast scans replace: one regular expression each.
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;
const byRegex = (text: string) => text.replace(SPACES, ' ').trim();
const wordsByRegex = (text: string) => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);

const spacey = fc
  .array(
    fc.constantFrom('a', 'B', '.', ' ', '  ', '\t', '\n', '\u00A0', '\u2009', '\u200B', '\u3000', 'é', '“'),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

describe('normalizeWhitespace', () => {
  it('returns already-normal text as the same string and fixes every other spacing', () => {
    const normal = 'Pompeo met Kim in Pyongyang.';
    expect(normalizeWhitespace(normal)).toBe(normal);
    expect(normalizeWhitespace('  Pompeo\u00A0met \n Kim\u200B ')).toBe('Pompeo met Kim');
    expect(normalizeWhitespace('')).toBe('');
    expect(normalizeWhitespace(' ')).toBe('');
  });

  it('agrees with the regular-expression definition on any mix of spaces', () => {
    fc.assert(fc.property(spacey, (text) => normalizeWhitespace(text) === byRegex(text)));
  });
});

describe('wordCount', () => {
  it('counts whitespace-separated words like split(/\\s+/)', () => {
    expect(wordCount('  two  words ')).toBe(2);
    expect(wordCount('')).toBe(0);
    fc.assert(
      fc.property(
        spacey,
        (text) => wordCount(text.replace(/\u200B/g, '')) === wordsByRegex(text.replace(/\u200B/g, '')),
      ),
    );
  });
});

describe('configRegExp', () => {
  it('is case-insensitive, and Unicode-aware only when the pattern asks for it', () => {
    expect(configRegExp('before joining').flags).toBe('i');
    expect(configRegExp('before joining').test('Before Joining the paper')).toBe(true);
    const unicode = configRegExp('^\\p{Lu}+ only$');
    expect(unicode.flags).toBe('iu');
    expect(unicode.test('ÉTÉ only')).toBe(true);
  });

  it('still folds the case of accented letters without the u flag', () => {
    expect(configRegExp('écrit pour').test('Écrit pour le journal')).toBe(true);
  });
});
