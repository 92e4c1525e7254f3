import { describe, expect, it } from 'vitest';
import { standsAlone } from '../../src/summary/features.ts';

describe('standsAlone: a sentence a status can show without the one before it', () => {
  it('takes a sentence that says what it is about', () => {
    for (const text of [
      'The decision to close the Arvel plant was taken by the board on Friday, the company said.',
      'The harbour authority reopened the Sarn channel on Tuesday after a survey found it clear.',
    ])
      expect(standsAlone(text), text).toBe(true);
  });

  it('leaves out a sentence that points back at what the previous one said', () => {
    for (const text of [
      'Of those, 59 have been released without charge and 12 have been charged with public disorder.',
      'The accusation came as the coastguard confirmed that a fourth person had died in hospital.',
      'The move follows weeks of pressure from islanders over the state of the ferry service.',
      'The 44-year-old, who made 412 appearances for the club, has been appointed until January.',
    ])
      expect(standsAlone(text), text).toBe(false);
  });

  it('leaves out a sentence that ends by introducing the next one', () => {
    expect(
      standsAlone(
        'Anneli Varga, the chief executive of the harbour authority, said in a statement on Tuesday:',
      ),
    ).toBe(false);
  });
});
