import { describe, expect, it } from 'vitest';
import { FUTURE, isHistory, standsAlone, withoutConnective } from '../../src/summary/features.ts';

describe('standsAlone: a sentence a status can show without the one before it', () => {
  it('takes a sentence that says what it is about', () => {
    for (const text of [
      'The decision to close the Arvel plant was taken by the board on Friday, the company said.',
      'The harbour authority reopened the Sarn channel on Tuesday after a survey found it clear.',
      'The returning officer announced her decision to order a recount of the Sarn ward on Saturday night.',
      'If no appeal is filed by Tuesday, the county board will certify the result of the vote on 20 March.',
    ])
      expect(standsAlone(text), text).toBe(true);
  });

  it('leaves out a sentence that points back at what the previous one said', () => {
    for (const text of [
      'Of those, 59 have been released without charge and 12 have been charged with public disorder.',
      'The accusation came as the coastguard confirmed that a fourth person had died in hospital.',
      'The move follows weeks of pressure from islanders over the state of the ferry service.',
      'The 44-year-old, who made 412 appearances for the club, has been appointed until January.',
      'The returning officer announced her decision on Saturday night, hours after her staff re-examined the ballots.',
      'The chief executive explained his move in a statement issued shortly after 2pm on Friday.',
    ])
      expect(standsAlone(text), text).toBe(false);
  });

  it('leaves out a question put, reported, but keeps one reported with its answer', () => {
    for (const text of [
      'At the press conference on Thursday a reporter asked whether the governor had lost control of his own state.',
      'Journalists asked the minister why the harbour had been reopened before the survey was finished.',
    ])
      expect(standsAlone(text), text).toBe(false);
    expect(
      standsAlone(
        'Asked whether the harbour would reopen on Friday, the harbour master said it would open at noon.',
      ),
    ).toBe(true);
  });

  it('takes a sentence opened by a possessive whose noun a name set off by commas says', () => {
    for (const text of [
      'Her younger sister, Lucía Ferrand Vidal, has organised an online fundraiser that had raised $86,000 by Thursday.',
      'His brother, Waterford solicitor Colm Breen, is to issue High Court proceedings on behalf of 27 patients.',
    ])
      expect(standsAlone(text), text).toBe(true);
    // Not a possessive that names no one: "Her sister said on Thursday that the fund had raised $86,000."
    expect(
      standsAlone('Her sister said on Thursday that the online fund had raised more than $86,000.'),
    ).toBe(false);
  });

  it('leaves out an interviewer’s question and an answer line of a transcript', () => {
    for (const text of [
      'Q: Mr Walt says he did not know that the alarms at the plant had been switched off.',
      'A: The alarms at the plant had been switched off for three weeks before the fire.',
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

describe('standsAlone: sentences that only seem to lean on another', () => {
  it('takes an existential "there" ("There was no sign of …"), not "there" as a place already named', () => {
    expect(
      standsAlone('There was no sign of the two contract workers, who remain missing below the ramp.'),
    ).toBe(true);
    expect(
      standsAlone('There, the two contract workers are thought to have sheltered from the rockfall.'),
    ).toBe(false);
  });

  it('takes a sentence whose pronoun speaker it names before ("The superintendent, Dr Jane Roe, …: … she told")', () => {
    expect(
      standsAlone(
        'The superintendent, Dr Jane Roe, has paused the removal: in a letter to staff she told librarians to stop.',
      ),
    ).toBe(true);
    expect(
      standsAlone(
        'In a letter to staff on Thursday afternoon, she told librarians to stop pulling the books.',
      ),
    ).toBe(false);
  });
});

describe('standsAlone: a credit line', () => {
  it('leaves out the name and body credited under a quotation ("Tor-Arne Vik, Joint Rescue Coordination Centre …")', () => {
    expect(standsAlone('Tor-Arne Vik, Joint Rescue Coordination Centre of Southern Norway')).toBe(false);
    expect(
      standsAlone('Tor-Arne Vik, who leads the rescue centre, said the search would go on all night.'),
    ).toBe(true);
  });
});

describe('withoutConnective', () => {
  it('drops "But", "However," or "In the meantime" that opens a sentence and capitalises what follows', () => {
    expect(withoutConnective('But the panel released the engineer.')).toBe(
      'The panel released the engineer.',
    );
    expect(withoutConnective('However, the board said no.')).toBe('The board said no.');
    expect(withoutConnective('In the meantime the superintendent has paused it.')).toBe(
      'The superintendent has paused it.',
    );
  });

  it('keeps a sentence whose first word is no connective ("So far", "Still photos", "Butler")', () => {
    for (const text of [
      'So far, 20 people have been rescued.',
      'Still photos show the damage.',
      'Butler said no.',
    ])
      expect(withoutConnective(text)).toBe(text);
  });
});

describe('standsAlone: the page talking to its reader', () => {
  it('leaves out a sentence telling the reader what to do, not what happened', () => {
    for (const text of [
      'Read the correction notice and the original paper on the Eastmoor Review website.',
      'Listen to the full interview with the harbour master on our podcast page.',
      'Log in, register or subscribe to save articles for later.',
    ])
      expect(standsAlone(text), text).toBe(false);
  });

  it('keeps a sentence where the same word is a noun or a past tense', () => {
    for (const text of [
      'Read-across rules mean the other two plants will be inspected under the same order by March.',
      'Watch commanders at the Sarn coastguard station were told of the fault on Tuesday night.',
    ])
      expect(standsAlone(text), text).toBe(true);
  });
});

describe('standsAlone: what would happen, not what is', () => {
  it('leaves out a hypothetical ("If the recount were to overturn the result, … would …")', () => {
    expect(
      standsAlone(
        'If the recount were to overturn the result, the alliance would rise to 29 seats in the assembly.',
      ),
    ).toBe(false);
  });
});

describe('standsAlone: a pronoun after an opening phrase of time or place', () => {
  it('leaves out "On Wednesday he watched …", which leans on who came before', () => {
    for (const text of [
      'On Wednesday he watched from the second row, beside his daughter, and spoke to reporters afterwards.',
      'At the hearing, she told the panel that the ferry had been sold without a survey of its hull.',
    ])
      expect(standsAlone(text), text).toBe(false);
  });

  it('keeps a sentence whose subject after the opening phrase is named', () => {
    const text = 'On Wednesday the council voted 5-4 to approve public money for the new stadium downtown.';
    expect(standsAlone(text), text).toBe(true);
  });
});

describe('isHistory: background from years before the story', () => {
  it("is a sentence whose every year is before its article's, set in no day of the story", () => {
    expect(
      isHistory('The last strike there, in 2009, lasted 11 days and ended with legislation.', '2026-05-14'),
    ).toBe(true);
  });

  it("is not a sentence about the story's days, nor one of the article's own year, nor one without a year", () => {
    expect(isHistory('The firm, founded in 1998, cut 200 jobs on Monday.', '2026-05-14')).toBe(false);
    expect(isHistory('The port handled a record volume in 2026 before the strike.', '2026-05-14')).toBe(
      false,
    );
    expect(isHistory('The port has been closed for four days.', '2026-05-14')).toBe(false);
    expect(isHistory('The last strike there, in 2009, lasted 11 days.', undefined)).toBe(false);
  });
});

describe('standsAlone: advice to the reader', () => {
  it('leaves out a tip in the imperative', () => {
    for (const text of [
      'Use only the charger that came with the device when you charge the battery at home.',
      'Do not throw lithium-ion batteries in the household rubbish or the recycling bin.',
    ])
      expect(standsAlone(text), text).toBe(false);
  });

  it('keeps a sentence opening on the same word as a noun or a name', () => {
    const text = 'Use of the charger was banned by the regulator on Tuesday after a string of fires.';
    expect(standsAlone(text), text).toBe(true);
  });
});

describe("FUTURE: wording an older article's later events supersede", () => {
  it('is a plan or a date set ahead, with or without "now" ("A committee vote is now scheduled for Thursday.")', () => {
    for (const text of [
      'A committee vote is now scheduled for Thursday.',
      'The hearings are set to resume on Monday.',
      'The minister will visit the port next week.',
    ])
      expect(FUTURE.test(text), text).toBe(true);
  });

  it('is a present tense that schedules a day to come ("Testimony resumes Thursday morning.")', () => {
    for (const text of [
      'Testimony resumes Thursday morning with the first defence witness.',
      'The inquiry reconvenes on Monday.',
      'Negotiations continue tomorrow in the capital.',
    ])
      expect(FUTURE.test(text), text).toBe(true);
  });

  it('is not what has happened', () => {
    for (const text of [
      'The committee voted 10-9 on Thursday to advance the nomination.',
      'The hearing resumed on Thursday after a day off.',
      'It begins with a vote, the chair said on Monday.',
    ])
      expect(FUTURE.test(text), text).toBe(false);
  });
});
