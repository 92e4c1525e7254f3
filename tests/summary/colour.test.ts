import { describe, expect, it } from 'vitest';
import { Colour } from '../../src/summary/colour.ts';
import { articleOf } from '../helpers/corpus.ts';

describe('Colour: the passers-by of a story', () => {
  const story = articleOf('a', [
    ['Retired ferry engineer Anders Lund, 71, had put his savings into the ferry company.'],
    ['Finance Minister Celia Brannock, 54, said the compensation fund would open on Monday.'],
    ['Greta Holm, a spokeswoman for the harbour authority, said the channel was clear.'],
  ]);
  const others = [
    articleOf('b', [['The ferry service resumed on Tuesday.']]),
    articleOf('c', [['Talks go on.']]),
  ];
  const colour = new Colour([story, ...others]);
  const text = (i: number) => story.sentences[i]?.text ?? '';

  it('is a private person the sentence introduces (by age, or a job before the name)', () => {
    expect(colour.has('a', text(0))).toBe(true);
  });

  it('is never an office holder, however introduced', () => {
    expect(colour.has('a', text(1))).toBe(false);
    expect(colour.has('a', text(2))).toBe(false);
  });
});
