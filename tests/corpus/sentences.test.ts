import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.ts';

describe('splitSentences', () => {
  it('does not split after U.S., U.N. or other initialisms inside a sentence', () => {
    expect(splitSentences('The U.S. and North Korea agreed. The U.N. said no.')).toEqual([
      'The U.S. and North Korea agreed.',
      'The U.N. said no.',
    ]);
  });

  it('splits after an initialism when a typical sentence opener follows', () => {
    expect(splitSentences('He moved to the U.S. The next day he left.')).toEqual([
      'He moved to the U.S.',
      'The next day he left.',
    ]);
  });

  it('keeps dates, titles and times together', () => {
    expect(splitSentences('Mr. Smith met Dr. Jones on Oct. 7, 2018. They talked at 3 p.m. Tuesday.')).toEqual(
      ['Mr. Smith met Dr. Jones on Oct. 7, 2018.', 'They talked at 3 p.m. Tuesday.'],
    );
  });

  it('ends a sentence at a time when an honorific opens the next ("… before 3 a.m. Mme Roy said …")', () => {
    expect(
      splitSentences(
        'They left shortly before 3 a.m. Mme Roy said only that it had been long. Talks resume at 9 a.m. Friday.',
      ),
    ).toEqual([
      'They left shortly before 3 a.m.',
      'Mme Roy said only that it had been long.',
      'Talks resume at 9 a.m. Friday.',
    ]);
  });

  it('keeps a middle initial and "N. Korea" inside the sentence', () => {
    expect(splitSentences('Mike R. Pompeo flew to N. Korea on Sunday. He met Kim.')).toEqual([
      'Mike R. Pompeo flew to N. Korea on Sunday.',
      'He met Kim.',
    ]);
  });

  it('ends a sentence on the letter of a thing ("in Block B.", "Plan B."), which is no initial', () => {
    expect(
      splitSentences(
        'Her son was asleep in Block B. Standing at the cordon, she waited. They chose Plan B. It worked.',
      ),
    ).toEqual([
      'Her son was asleep in Block B.',
      'Standing at the cordon, she waited.',
      'They chose Plan B.',
      'It worked.',
    ]);
  });

  it('ends a sentence on a unit after a number ("minus 40C."), which is no initial', () => {
    expect(splitSentences('It was minus 40C. "The skis froze in minutes," he said.')).toEqual([
      'It was minus 40C.',
      '"The skis froze in minutes," he said.',
    ]);
  });

  it('does not split inside a closed quotation, and splits after it', () => {
    expect(
      splitSentences('"It was another step forward. So this is a good outcome," Pompeo said. Kim agreed.'),
    ).toEqual(['"It was another step forward. So this is a good outcome," Pompeo said.', 'Kim agreed.']);
    expect(splitSentences('He said “It was fine. Really.” Then he left.')).toEqual([
      'He said “It was fine. Really.”',
      'Then he left.',
    ]);
  });

  it('does not split inside a quotation in single marks (British style) either', () => {
    expect(splitSentences('‘We never met. Not once,’ Dr Hale said. The court rose.')).toEqual([
      '‘We never met. Not once,’ Dr Hale said.',
      'The court rose.',
    ]);
  });

  it('does not end a sentence at the "v." of a case name ("Abbott v. Burke")', () => {
    expect(splitSentences('The rulings are known as Tamsin v. Hale. They changed school funding.')).toEqual([
      'The rulings are known as Tamsin v. Hale.',
      'They changed school funding.',
    ]);
  });

  it('keeps a quoted question with the name, a description set off by commas, and the speech verb', () => {
    expect(
      splitSentences(
        '“What is the incentive?” Ling Baowen, the former director of the fund, said at a Nov. 6 event. Nobody replied.',
      ),
    ).toEqual([
      '“What is the incentive?” Ling Baowen, the former director of the fund, said at a Nov. 6 event.',
      'Nobody replied.',
    ]);
    expect(splitSentences('“Can I give it to him?” Brooke tearfully asked. Nobody answered.')).toEqual([
      '“Can I give it to him?” Brooke tearfully asked.',
      'Nobody answered.',
    ]);
    expect(splitSentences('“Why now?” Ann Lowe, 54, a nurse, asked. Then she left.')).toEqual([
      '“Why now?” Ann Lowe, 54, a nurse, asked.',
      'Then she left.',
    ]);
  });

  it('keeps words trailing off in quotation marks with the name and speech verb that follow them', () => {
    expect(
      splitSentences(
        '“What is your single best example of a fund like this …” Ruiz asked the minister. She paused.',
      ),
    ).toEqual([
      '“What is your single best example of a fund like this …” Ruiz asked the minister.',
      'She paused.',
    ]);
    expect(splitSentences('"If the board had only listened..." Ann Hale said. Nobody replied.')).toEqual([
      '"If the board had only listened..." Ann Hale said.',
      'Nobody replied.',
    ]);
    expect(splitSentences('“It is over.” Ruiz said nothing more.')).toEqual([
      '“It is over.”',
      'Ruiz said nothing more.',
    ]);
  });

  it('keeps a quoted question with the name and speech verb that follow it', () => {
    expect(
      splitSentences('“Who decided what the board was told?” Ms de la Vega asked. Then she sat down.'),
    ).toEqual(['“Who decided what the board was told?” Ms de la Vega asked.', 'Then she sat down.']);
    expect(splitSentences('‘Can we go home?’ Tom Reyes asked on Monday. Nobody replied.')).toEqual([
      '‘Can we go home?’ Tom Reyes asked on Monday.',
      'Nobody replied.',
    ]);
    // A long scene after the verb is still the same sentence.
    const long =
      '“Do you want to hear the tapes?” Matt Oduya asks as he steers his white car along a narrow road surrounded by cornfields and mud huts.';
    expect(splitSentences(`${long} He keeps them for long drives.`)).toEqual([
      long,
      'He keeps them for long drives.',
    ]);
    // A capitalised sentence that is no attribution still starts a sentence of its own.
    expect(splitSentences('“Why now?” The question hung in the air.')).toEqual([
      '“Why now?”',
      'The question hung in the air.',
    ]);
  });

  it('handles ellipses: a mid-sentence one stays, one before a capital ends the sentence', () => {
    expect(splitSentences('We want to achieve ... and deliver. It worked\u2026 Then it stopped.')).toEqual([
      'We want to achieve ... and deliver.',
      'It worked\u2026',
      'Then it stopped.',
    ]);
  });

  it('splits on question and exclamation marks and normalises whitespace', () => {
    expect(splitSentences('  Progress   made!  Why now?\nBecause talks resumed. ')).toEqual([
      'Progress made!',
      'Why now?',
      'Because talks resumed.',
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('"Ma." shortening María in a Filipino name', () => {
  it('ends no sentence before the given name, but "Jack Ma." still does', () => {
    expect(splitSentences('His wife, Ma. Cristina Dela Cruz, survived. Sen. Ma. Luisa Tan spoke.')).toEqual([
      'His wife, Ma. Cristina Dela Cruz, survived.',
      'Sen. Ma. Luisa Tan spoke.',
    ]);
    expect(splitSentences('He met Jack Ma. He left.')).toEqual(['He met Jack Ma.', 'He left.']);
  });
});

describe('"Eng." for an engineer, as Arabic-speaking countries write it before a name', () => {
  it('ends no sentence before the name, but a surname Eng at a sentence end still does', () => {
    expect(splitSentences('“It works,” said Eng. Samir Haddad, the chief negotiator. Talks resume.')).toEqual(
      ['“It works,” said Eng. Samir Haddad, the chief negotiator.', 'Talks resume.'],
    );
    expect(splitSentences('“We were close,” said Karen Eng. Talks resume on Monday.')).toEqual([
      '“We were close,” said Karen Eng.',
      'Talks resume on Monday.',
    ]);
  });
});

describe('a hyphenated word before a full stop whose last part is also an abbreviation ("Jun-Jun.")', () => {
  it('ends the sentence; "Lt.-Col." and "Jun. 5" do not', () => {
    expect(splitSentences('Friends call him Jun-Jun. "Then the lights went off," he said.')).toEqual([
      'Friends call him Jun-Jun.',
      '"Then the lights went off," he said.',
    ]);
    expect(splitSentences('Lt.-Col. Ana Reyes spoke on Jun. 5 in Manila.')).toEqual([
      'Lt.-Col. Ana Reyes spoke on Jun. 5 in Manila.',
    ]);
  });
});

describe('Spanish professional forms of address ("Dra.", "Lic.", "Mtro.", "Mtra.", "Ing.")', () => {
  it('does not end a sentence at the abbreviation before a name', () => {
    expect(
      splitSentences(
        '“It was hard,” said Dra. Marta Ruiz, who came. Lic. Tomás Paz and Mtro. Luis Soto left.',
      ),
    ).toEqual(['“It was hard,” said Dra. Marta Ruiz, who came.', 'Lic. Tomás Paz and Mtro. Luis Soto left.']);
    expect(splitSentences('Ing. Ana Soto signed it. Mtra. Luz Vega did not.')).toEqual([
      'Ing. Ana Soto signed it.',
      'Mtra. Luz Vega did not.',
    ]);
  });

  it('ends a sentence at "Ing." closing a name ("said Karen Ing. Talks resume")', () => {
    expect(splitSentences('“It works,” said Karen Ing. Talks resume.')).toEqual([
      '“It works,” said Karen Ing.',
      'Talks resume.',
    ]);
  });
});
