import { describe, expect, it } from 'vitest';
import { whoBriefing } from '../../src/commands/who.ts';
import { buildIndex } from '../../src/index/newsIndex.ts';
import { articleOf, NOW } from '../helpers/corpus.ts';

const listed = (paragraphs: string[][], outlet = 'Harbour Courier') =>
  whoBriefing(buildIndex([articleOf('a', paragraphs, { outlet })], [], NOW), 50).items.map((i) => i.speaker);

describe('who lists people, not the places and bodies a story mentions', () => {
  it('leaves out never-quoted streets, counties, institutions and the outlet itself', () => {
    const who = listed([
      ['Traders on Quay Street said the Camden Valley County council had ignored them for years.'],
      [
        'Quay Street was closed on Monday, and the Brookings Institution published a report on Camden Valley County.',
      ],
      ['The Brookings Institution said Quay Street lost trade, the Harbour Courier reported.'],
      ['The Harbour Courier has covered the dispute since March.'],
    ]);
    expect(who).not.toContain('Quay Street');
    expect(who).not.toContain('Brookings Institution');
    expect(who).not.toContain('Harbour Courier');
  });

  it('keeps a person who is mentioned twice but never quoted, and every quoted speaker', () => {
    const who = listed([
      ['Tomas Brenner founded the ferry company in 1998.'],
      ['Critics say Tomas Brenner sold it too cheaply.'],
      ['“We will not move,” said Ilse Varga, who runs a bakery on the quay.'],
    ]);
    expect(who).toContain('Tomas Brenner');
    expect(who).toContain('Ilse Varga');
  });
});

describe('who leaves out never-quoted names with nothing personal that read as things', () => {
  it('drops a brand, a nationality before a name, a lone word, a date run into a name and an opening participle', () => {
    const who = listed([
      ['Searchers found debris from the missing Ferrosky SkyLine jet off Marlhaven on Monday.'],
      ['Ferrosky SkyLine said it was working with investigators. Marlhaven was closed to traffic.'],
      ['Fighters of the Syrian Rastani attacked the port. The Syrian Rastani denied it.'],
      ['Neighbouring Corvania closed its border. Neighbouring Corvania sent ships.'],
      ['Talks in Ostland December were delayed. Ostland December brought snow.'],
      ['Tomas Brenner founded the ferry company in 1998. Critics say Tomas Brenner sold it too cheaply.'],
    ]);
    expect(who).toContain('Tomas Brenner');
    for (const thing of [
      'Ferrosky SkyLine',
      'Syrian Rastani',
      'Marlhaven',
      'Neighbouring Corvania',
      'Ostland December',
    ])
      expect(who).not.toContain(thing);
  });
});
