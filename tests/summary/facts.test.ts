import { describe, expect, it } from 'vitest';
import { figureClaim, updatesFigures } from '../../src/summary/facts.ts';

/** Whether the newer sentence updates a figure of the older one (so the older one leaves the status). */
const updates = (newer: string, older: string) => updatesFigures(figureClaim(newer), figureClaim(older));

describe('updatesFigures: a newer figure of the same thing', () => {
  it('updates the same counts of the same things ("9,200 acres … 10% contained" → "12,400 acres … 41%")', () => {
    expect(
      updates(
        'The Alder Ridge fire had burned 12,400 acres and was 41% contained by Thursday evening.',
        'The Alder Ridge fire has burned 9,200 acres and is 10% contained as of Tuesday evening.',
      ),
    ).toBe(true);
  });

  it('updates a count of people with the same noun and the same surroundings', () => {
    expect(
      updates(
        'About 14,000 people remain in evacuation centres across the province.',
        'Nearly 52,000 people were sleeping in evacuation centres across the province on Sunday.',
      ),
    ).toBe(true);
  });
});

describe('updatesFigures: a figure of something else is no update', () => {
  it('needs more than one background word in common ("the village to repair them within 18 months", "this village of 3,000")', () => {
    expect(
      updates(
        'The flood from the failed dam on Monday evening killed two people and injured 9 in this village of 3,000 near the coast.',
        'The dam that failed in the village of Orvik on Monday, killing two people, had been given a poor grade, and engineers had urged the village to repair them within 18 months.',
      ),
    ).toBe(false);
  });

  it('tells the nouns apart ("2.1 million cars" and "seven affected models"), and a date is no count ("May 14")', () => {
    expect(
      updates(
        'Orlan halted sales of the seven affected models on May 14, and around 9,000 finished cars are waiting to be tested again at the plant.',
        'Orlan admitted on Monday that testers at its Velm plant altered safety test data for as long as 11 years, affecting seven models and about 2.1 million cars.',
      ),
    ).toBe(false);
  });

  it('reads an age as no count of the dead ("the 19-year-old … who died")', () => {
    expect(
      updates(
        'Hundreds gathered for a vigil for Mara Quill, the 19-year-old nursing student who died on Thursday after the meningitis outbreak at the college.',
        'The meningitis outbreak at the college has left one student dead and two others in hospital, health officials said.',
      ),
    ).toBe(false);
  });

  it('reads "two more" as an increment, not a new total', () => {
    expect(
      updates(
        'Federal police arrested two more people on Wednesday in the investigation into illegal clearing of the reserve.',
        'Federal police arrested 14 people on Tuesday in the investigation into illegal clearing of the reserve.',
      ),
    ).toBe(false);
  });

  it('never takes a sum of money for a count ("$6.1 million pipeline project", "nine projects")', () => {
    expect(
      updates(
        'The ministry moved nine projects above the funding line after the department ranked every project on its list.',
        'The department ranked the town’s $6.1 million pipeline project first on its list before the ministry moved it below the funding line.',
      ),
    ).toBe(false);
  });
});
