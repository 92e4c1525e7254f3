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

describe('Colour: a private person a sentence opens with, given no introduction', () => {
  const story = articleOf('a', [
    ['Edwin Sallow spent 26 years inspecting piers for the old county council.'],
    ['Greta Holm said the channel would reopen on Monday, the harbour authority confirmed.'],
    ['Marta Lind, the harbour authority’s chief executive, said repairs had been deferred.'],
  ]);
  const others = [
    articleOf('b', [['The ferry service resumed on Tuesday, Greta Holm said.']]),
    articleOf('c', [['Talks go on.']]),
  ];
  const colour = new Colour([story, ...others]);
  const text = (i: number) => story.sentences[i]?.text ?? '';

  it('is one the story names in passing, with no office in the sentence', () => {
    expect(colour.has('a', text(0))).toBe(true);
  });

  it('is not one named across the story, nor one given an office', () => {
    expect(colour.has('a', text(1))).toBe(false);
    expect(colour.has('a', text(2))).toBe(false);
  });
});

describe('Colour: someone unnamed who asked not to be named', () => {
  const story = articleOf('a', [
    [
      'A longshore worker leaving the picket line, who asked not to be named because the deal was not ratified, was cautious.',
    ],
    ['A senior official, who asked not to be named, said the talks had collapsed on Monday.'],
  ]);
  const colour = new Colour([story]);
  const text = (i: number) => story.sentences[i]?.text ?? '';

  it('is a passer-by, whom the status ranks low', () => {
    expect(colour.has('a', text(0))).toBe(true);
  });

  it('is not an official speaking on condition of anonymity, which is news', () => {
    expect(colour.has('a', text(1))).toBe(false);
  });
});
