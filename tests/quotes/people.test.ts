import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { PeopleDirectory } from '../../src/quotes/people.ts';
import { articleOf } from '../helpers/corpus.ts';

function article(sentences: string[]): Article {
  return articleOf('a', [sentences], { outlet: 'O', title: 'T' });
}

describe('PeopleDirectory', () => {
  const people = PeopleDirectory.fromArticles([
    article([
      'The strike began after union leader Ana Ferreira called a vote on Monday.',
      'State Department spokeswoman Heather Nauert said the talks went well.',
      'Ferreira said the vote was close.',
      'Workers in Valemont walked out, and the port in Valemont closed.',
      'After the vote, Chairman Kim Jong Un met Ferreira.',
      'A Commission spokeswoman, Emma Berg, said the decision was solid.',
    ]),
  ]);

  it('links a surname and a title + surname to the full name', () => {
    expect(people.resolve('Ferreira')?.name).toBe('Ana Ferreira');
    expect(people.resolve('Chairman Kim')?.name).toBe('Kim Jong Un');
    expect(people.resolve('Kim Jong-un')?.name).toBe('Kim Jong Un');
  });

  it('keeps the role words in front of a name, with one lower-case qualifier', () => {
    expect(people.resolve('Ana Ferreira')?.role).toBe('union leader');
    expect(people.resolve('Heather Nauert')?.role).toBe('State Department spokeswoman');
    // The article opening the sentence is not part of the role.
    expect(people.resolve('Emma Berg')?.role).toBe('Commission spokeswoman');
  });

  it('tells places from people and ignores sentence-initial common words', () => {
    expect(people.isPlace('Valemont')).toBe(true);
    expect(people.resolve('Valemont')).toBeUndefined();
    expect(people.resolve('After')).toBeUndefined();
    expect(people.people.map((p) => p.name).sort()).toEqual([
      'Ana Ferreira',
      'Emma Berg',
      'Heather Nauert',
      'Kim Jong Un',
    ]);
  });
});
