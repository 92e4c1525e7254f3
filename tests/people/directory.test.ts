import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { commonWords } from '../../src/people/commonWords.ts';
import type { PeopleDirectory } from '../../src/people/directory.ts';
import { analyzeArticles, peopleOf } from '../../src/quotes/catalog.ts';
import { articleOf } from '../helpers/corpus.ts';

/** The people of some articles, linked as an index build links them. */
function peopleIn(articles: Article[]): PeopleDirectory {
  return peopleOf(analyzeArticles(articles, commonWords(articles)));
}

function article(sentences: string[]): Article {
  return articleOf('a', [sentences], { outlet: 'O', title: 'T' });
}

describe('a role written in capitals before a name', () => {
  const people = peopleIn([
    article([
      'Our Vice-President and Chief Negotiator, Tomasz Wierzba, wrote to the company on Monday.',
      'The company’s Vice President and General Counsel, Ann Holm, replied on Tuesday.',
    ]),
  ]);

  it('keeps both roles an "and" joins, not "and Chief Negotiator"', () => {
    expect(people.resolve('Tomasz Wierzba')?.role).toBe('Vice-President and Chief Negotiator');
    expect(people.resolve('Ann Holm')?.role).toBe('Vice President and General Counsel');
  });

  it('makes no person of the role\'s last word ("Negotiator", "Counsel")', () => {
    expect(people.people.map((p) => p.name).sort()).toEqual(['Ann Holm', 'Tomasz Wierzba']);
  });
});

describe('a role whose body’s initials in brackets close the sentence', () => {
  it('keeps no stray bracket ("… Federation (KRF).")', () => {
    const people = peopleIn([
      article([
        '“It is not a good day for our sport,” said Margit Olesand, the president of the Kestle Road Federation (KRF).',
      ]),
    ]);
    expect(people.resolve('Margit Olesand')?.role).toBe('president of the Kestle Road Federation KRF');
  });
});

describe('PeopleDirectory', () => {
  const people = peopleIn([
    article([
      'The strike began after union leader Ana Ferreira called a vote on Monday.',
      'State Department spokeswoman Heather Nauert said the talks went well.',
      'Ferreira said the vote was close.',
      'Workers in Valemont walked out, and the port in Valemont closed.',
      'After the vote, Chairman Kim Jong Un met Ferreira.',
      'A Commission spokeswoman, Emma Berg, said the decision was solid.',
      '"They deserve our thanks," said local MP Fiona Baird.',
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
    // A parliamentary title is a title, not part of the name.
    expect(people.resolve('MP Fiona Baird')?.name).toBe('Fiona Baird');
  });

  it('tells places from people and ignores sentence-initial common words', () => {
    expect(people.isPlace('Valemont')).toBe(true);
    expect(people.resolve('Valemont')).toBeUndefined();
    expect(people.resolve('After')).toBeUndefined();
    expect(people.people.map((p: { name: string }) => p.name).sort()).toEqual([
      'Ana Ferreira',
      'Emma Berg',
      'Fiona Baird',
      'Heather Nauert',
      'Kim Jong Un',
    ]);
  });
});

describe('PeopleDirectory: a given name that is a common word', () => {
  it('keeps it after a role noun in lower case: "singer Ally Brooke", though "ally" is common', () => {
    const people = peopleIn([
      article([
        'He lost a tight race against singer Ally Brooke on Monday.',
        'The mayor, an ally of the governor, watched.',
        '"Can I give it to him?" Brooke asked.',
      ]),
    ]);
    expect(people.resolve('Brooke')?.name).toBe('Ally Brooke');
  });
});

describe('PeopleDirectory: a given name put in brackets', () => {
  it('joins "(Rolf) Dankner" into one name, which the surname alone then joins', () => {
    const people = peopleIn([
      article([
        '"Coach (Rolf) Dankner came in here and said congratulations," the guard said.',
        '"He is playing terrific basketball," Dankner said.',
      ]),
    ]);
    expect(people.resolve('Dankner')?.name).toBe('Rolf Dankner');
  });
});

describe('PeopleDirectory: capitalised particles', () => {
  it('links "Van Der Beek" to "Joris Van Der Beek": two particles and a word are a surname', () => {
    const people = peopleIn([
      article([
        'Joris Van Der Beek has left the contest.',
        'A van took the dancers home.',
        '"We lost the baby," Van Der Beek said.',
        'Van Der Beek had told the panel on Monday.',
      ]),
    ]);
    expect(people.resolve('Van Der Beek')?.name).toBe('Joris Van Der Beek');
    expect(people.people.map((p) => p.name)).toEqual(['Joris Van Der Beek']);
  });

  it('keeps one capitalised particle as a given name: "Van Morrison" is no Morrison of the article', () => {
    const people = peopleIn([
      article([
        '"It felt like home," Van Morrison said on Friday.',
        'Edna Morrison, the promoter, said it sold out.',
      ]),
    ]);
    expect(people.people.map((p) => p.name).sort()).toEqual(['Edna Morrison', 'Van Morrison']);
  });
});

describe('PeopleDirectory: given names spelled like a date', () => {
  it('reads "Jan", "Mar" or "Sun" before a surname as a given name, and "Mar 5" as a date', () => {
    const people = peopleIn([
      article([
        '"It was seen as rote," said Mar Wendell, a historian at the institute.',
        'Jan Kowalczyk, the club captain, said on Mar 5 that he would stay.',
        '"We go again," Kowalczyk said.',
      ]),
    ]);
    expect(people.resolve('Mar Wendell')?.name).toBe('Mar Wendell');
    expect(people.resolve('Wendell')?.name).toBe('Mar Wendell');
    expect(people.resolve('Kowalczyk')?.name).toBe('Jan Kowalczyk');
    expect(people.people.map((p) => p.name)).not.toContain('Wendell');
  });
});

describe('PeopleDirectory: a title that ends a sentence', () => {
  it('runs no name on past it: "… is the Premier. On Tuesday Kerrow told …"', () => {
    const people = peopleIn([
      article([
        'Lachlan Kerrow has led the state since 2021.',
        'The more interesting figure, to me, is the Premier. On Tuesday Kerrow told the house he had full confidence in her.',
        '"I stand by my minister," Kerrow said.',
      ]),
    ]);
    expect(people.people.map((p) => p.name)).toEqual(['Lachlan Kerrow']);
  });

  it('still runs an abbreviated title on into the name ("Supt. Jo Bale")', () => {
    const people = peopleIn([article(['Supt. Jo Bale said the road would reopen on Friday.'])]);
    expect(people.resolve('Jo Bale')?.role).toBe('Supt.');
  });
});

describe('PeopleDirectory: roles', () => {
  it('takes no role from the label of a question that names someone: "REPORTER: “Ms Sandvik, …?”"', () => {
    const people = peopleIn([
      articleOf(
        'a',
        [
          ['Agency director Liv Sandvik answered questions on Monday.'],
          ['REPORTER: “Ms Sandvik, why was the ferry allowed to sail?”'],
          ['REPORTER: Ms Sandvik, will you resign?'],
        ],
        { outlet: 'O', title: 'T' },
      ),
    ]);
    expect(people.resolve('Liv Sandvik')?.role).toBe('Agency director');
  });

  it('ends a role at its sentence where the page left out the verb: "“…,” X, adviser for ESA. “…"', () => {
    const people = peopleIn([
      article([
        '“The public’s engagement has been quite amazing,” Mark Ellery, senior science adviser for ESA. “There’s nobody eating sandwiches on the probe, but the mission has human concerns.”',
      ]),
    ]);
    expect(people.resolve('Mark Ellery')?.role).toBe('senior science adviser for ESA');
  });

  it('ends a role at its sentence before the next one runs on into a clause: "X, director at Y. Part of that …"', () => {
    const people = peopleIn([
      article([
        '“We needed a year to get the valve right,” admits Nadia Rusk, senior director of hydraulics at Corvell. Part of that year went on testing the seals in salt water, she said.',
      ]),
    ]);
    expect(people.resolve('Nadia Rusk')?.role).toBe('senior director of hydraulics at Corvell');
  });

  it('ends a role at its body\'s possessive: "X, Duchess of Y\'s interview with Z was …"', () => {
    const people = peopleIn([
      article([
        'Lord Arnel and Tessa, Duchess of Wexmoor’s interview with Dana Crale was more revealing than the palace had feared.',
        '“I was not allowed to leave,” Tessa said.',
      ]),
    ]);
    expect(people.resolve('Tessa')?.role).toBe('Duchess of Wexmoor');
  });

  it('takes the body after a title\'s "of" for no person, and the name after it for the holder', () => {
    const people = peopleIn([
      article([
        'The Secretary of Coastal Defence said the sea wall would hold.',
        'Director of Public Appeals Max Orvell said the ruling would stand.',
      ]),
    ]);
    expect(people.resolve('Coastal Defence')).toBeUndefined();
    expect(people.resolve('Max Orvell')?.role).toBe('Director of Public Appeals');
  });

  it('takes no role from a relative clause: "X, who became chair of the trust in 2023,"', () => {
    const people = peopleIn([
      article(['Ola Brenne, who became chair of the Harbour Trust in 2023, read a statement on Monday.']),
    ]);
    expect(people.resolve('Ola Brenne')?.role ?? '').not.toContain('who');
  });

  it('takes no role from a participle opening the sentence: "Praising Ms X as …"', () => {
    const people = peopleIn([
      article([
        'Ines Varga, 44, runs the bakery on Quay Street.',
        'Praising Ms Varga as "a pillar of the street", her neighbour said the shop would reopen.',
      ]),
    ]);
    expect(people.resolve('Ines Varga')?.role ?? '').toBe('');
  });

  it('keeps a styled honorific out of the role: "Cabinet Secretary Lord X" is a Cabinet Secretary', () => {
    const people = peopleIn([
      article(['Former Cabinet Secretary Lord Penhallow said the inquiry had been fair.']),
    ]);
    expect(people.resolve('Penhallow')?.role).toBe('Former Cabinet Secretary');
  });
});

describe('PeopleDirectory: the same person spelled several ways', () => {
  it('counts a speech verb that ends the sentence as evidence of a person', () => {
    const people = peopleIn([article(['"We are hopeful," Dana Whitcombe said.'])]);
    expect(people.resolve('Whitcombe')?.name).toBe('Dana Whitcombe');
  });

  it('joins a name with and without middle initials, keeping the spelling used most', () => {
    const people = peopleIn([
      article([
        'Secretary of State Michael R. Pompeo arrived in Seoul.',
        'Michael Pompeo told reporters the talks went well.',
        'Secretary of State Michael Pompeo left on Monday.',
      ]),
    ]);
    const person = people.resolve('Michael R. Pompeo');
    expect(person?.name).toBe('Michael Pompeo');
    expect(people.resolve('Pompeo')).toBe(person);
    expect(person?.mentions).toBe(3);
    expect(people.people.map((p: { name: string }) => p.name)).toEqual(['Michael Pompeo']);
  });

  it('never joins two different sets of initials, even through the plain name', () => {
    const people = peopleIn([
      article([
        'Former President George Bush spoke first.',
        'Former President George Bush said the day was sad.',
        'Former President George Bush thanked the crowd.',
        'Former President George W. Bush said a few words.',
        'Former President George H. W. Bush was remembered.',
      ]),
    ]);
    const w = people.resolve('George W. Bush');
    const hw = people.resolve('George H. W. Bush');
    expect(w).toBeDefined();
    expect(hw).toBeDefined();
    expect(w).not.toBe(hw);
  });

  it('keeps a surname that several people share as a name part, resolving it to none of them', () => {
    const people = peopleIn([
      article([
        'Senator Ana Novak spoke first.',
        'Governor Omar Novak spoke next.',
        'Novak said it went well.',
      ]),
    ]);
    expect(['Ana Novak', 'Omar Novak']).not.toContain(people.resolve('Novak')?.name);
    expect(people.isNamePart('Novak')).toBe(true);
    expect(people.isNamePart('Washington')).toBe(false);
  });
});

describe('PeopleDirectory across articles', () => {
  it('joins a name written without its first name to the longer forms ("Bambang Soelistyo")', () => {
    const people = peopleIn([
      articleOf('a', [['Agency chief Henry Bambang Soelistyo said the search would go on.']]),
      articleOf('b', [['Search chief Bambang Soelistyo spoke to reporters.']]),
    ]);
    expect(people.resolve('Henry Bambang Soelistyo')).toBe(people.resolve('Bambang Soelistyo'));
    expect(people.resolve('Soelistyo')?.name).toBeDefined();
  });

  it('joins a given name written short to the longer one of a name with a generation ("Bertram L. Haskell Jr.")', () => {
    const people = peopleIn([
      articleOf('a', [['Club owner Bertram L. Haskell Jr. said the sale would close in March.']]),
      articleOf('b', [['Bert Haskell left City Hall promising a fight.']]),
    ]);
    expect(people.resolve('Bert Haskell')).toBe(people.resolve('Bertram L. Haskell Jr.'));
  });

  it('joins a name written family name first in one outlet and given name first in another', () => {
    const people = peopleIn([
      articleOf('a', [
        ['Economist Da-eun Seo said the losses would mount.', '"It is a conservative figure," Ms Seo said.'],
      ]),
      articleOf('b', [
        ['Seo Da-eun, an economist at Castle Analytics, put the cost higher.', 'Seo said it had doubled.'],
      ]),
    ]);
    expect(people.resolve('Seo Da-eun')).toBe(people.resolve('Da-eun Seo'));
    expect(people.resolve('Seo Da-eun')?.articleIds.size).toBe(2);
  });

  it('joins "Kenji Morimoto" and "Morimoto Kenji", of whose words only one is a common given name', () => {
    const people = peopleIn([
      articleOf('a', [['Hayase president Kenji Morimoto apologised on Monday.']]),
      articleOf('b', [['Morimoto Kenji, president and chief executive, spoke in Japanese.']]),
    ]);
    expect(people.resolve('Kenji Morimoto')).toBe(people.resolve('Morimoto Kenji'));
  });

  it("keys a name written both ways by its family name, the word another person's name ends with", () => {
    const people = peopleIn([
      articleOf('a', [
        ['Engineer Haruto Ikeda said the valve had failed.', '"We saw it crack," Ikeda said.'],
        ['Ikeda Sayuri, a teacher who was injured, said she wanted answers.'],
      ]),
      articleOf('b', [['Sayuri Ikeda, who is no relation of the engineer, said she was still in pain.']]),
    ]);
    const sayuri = people.resolve('Ikeda Sayuri');
    expect(sayuri).toBe(people.resolve('Sayuri Ikeda'));
    expect(sayuri?.name).toBe('Sayuri Ikeda');
    expect(
      people
        .withSurname('ikeda')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Haruto Ikeda', 'Sayuri Ikeda']);
  });

  it('keeps a name with a common given name apart from the same words reversed ("Rosa Martin", "Martin Rosa")', () => {
    const people = peopleIn([
      articleOf('a', [['Coach Rosa Martin said the team was ready.']]),
      articleOf('b', [['The referee, Martin Rosa, said the match would go ahead.']]),
    ]);
    expect(people.resolve('Rosa Martin')?.name).toBe('Rosa Martin');
    expect(people.resolve('Martin Rosa')?.name).toBe('Martin Rosa');
  });

  it('joins a Spanish name with both surnames, shortened to them in its article, to the name with the first', () => {
    const people = peopleIn([
      articleOf('a', [
        ['Student leader Ximena Ortega Vidal spoke first.', 'Ortega Vidal said the march would go on.'],
      ]),
      articleOf('b', [['Student leader Ximena Ortega said the union would strike.']]),
    ]);
    expect(people.resolve('Ximena Ortega')).toBe(people.resolve('Ximena Ortega Vidal'));
    expect(people.resolve('Ortega Vidal')).toBe(people.resolve('Ximena Ortega'));
    expect(people.resolve('Ximena Ortega')?.articleIds.size).toBe(2);
  });

  it('shows a Spanish name in full, not by its two surnames however often those are written', () => {
    const people = peopleIn([
      articleOf('a', [
        [
          'The union delegate, Julián Quiroga Lastra, spoke first.',
          'Quiroga Lastra said the letters were ignored.',
          'Quiroga Lastra said the company knew.',
        ],
      ]),
    ]);
    expect(people.resolve('Quiroga Lastra')?.name).toBe('Julián Quiroga Lastra');
  });

  it('joins a name written with its particles in capitals ("Andrés De La Maza") to the name with both surnames', () => {
    const people = peopleIn([
      articleOf('a', [
        ['The engineer leading the rescue, Andrés de la Maza Cortés, said the ramp was unsafe.'],
      ]),
      articleOf('b', [
        ['ANDRÉS DE LA MAZA: We drilled all night.', 'Andrés De La Maza said the probe had hit the chamber.'],
      ]),
    ]);
    expect(people.resolve('Andrés De La Maza')).toBe(people.resolve('Andrés de la Maza Cortés'));
  });

  it('joins two brothers an article names apart to no one their shared surnames stand for elsewhere', () => {
    const people = peopleIn([
      articleOf('a', [
        [
          'The union delegate, Julián Quiroga Lastra, spoke first.',
          'His brother, Mateo Quiroga Lastra, is trapped.',
        ],
      ]),
      articleOf('b', [['“Someone read our letters,” Quiroga Lastra said on Thursday.']]),
    ]);
    expect(people.resolve('Julián Quiroga Lastra')).not.toBe(people.resolve('Mateo Quiroga Lastra'));
    expect(people.resolve('Julián Quiroga Lastra')?.name).toBe('Julián Quiroga Lastra');
  });

  it('lets the full Spanish name take over both surnames used before it ("Minister Ortega Vidal" … "Tomás Ortega Vidal")', () => {
    const people = peopleIn([
      articleOf('a', [
        ['“We will not sit down with Minister Ortega Vidal,” the union said.'],
        ['The Education Minister, Tomás Ortega Vidal, said his door was open.'],
      ]),
      articleOf('b', [['Education Minister Tomás Ortega said the rise would be phased in.']]),
    ]);
    expect(people.resolve('Ortega Vidal')).toBe(people.resolve('Tomás Ortega'));
    expect(people.resolve('Tomás Ortega')?.articleIds.size).toBe(2);
  });

  it('keeps a name with a middle name apart from a different person named with its first two words', () => {
    const people = peopleIn([
      articleOf('a', [
        ['Coach John Michael Smith said the team was ready.', 'Smith said the pitch was fine.'],
      ]),
      articleOf('b', [['Referee John Michael said the match would go ahead.']]),
    ]);
    expect(people.resolve('John Michael')).not.toBe(people.resolve('John Michael Smith'));
  });

  it('matches a written-out umlaut ("Mueller" for "Müller") within an article', () => {
    const people = peopleIn([
      articleOf('a', [['Cardinal Gerhard Müller wrote the letter.', 'Mueller said it was "a provocation."']]),
    ]);
    expect(people.people.map((p) => p.name)).toEqual(['Gerhard Müller']);
  });

  it('reads a capitalised particle as a first name ("Al Sharpton") and a lower-case one as a particle', () => {
    const people = peopleIn([
      articleOf('a', [
        [
          'The Rev. Al Sharpton spoke in Harlem.',
          'Scientist Erik van Sebille said the currents were strong.',
        ],
      ]),
    ]);
    expect(people.resolve('al sharpton')?.name).toBe('Al Sharpton');
    expect(people.resolve('van Sebille')?.name).toBe('Erik van Sebille');
  });

  it('is no person for a name opening like a place, or used only after "in"', () => {
    const people = peopleIn([
      articleOf('a', [
        ['South Korea said the talks went well.', 'The summit in Port Averill ended on Monday.'],
      ]),
    ]);
    expect(people.resolve('South Korea')).toBeUndefined();
    expect(people.resolve('Port Averill')).toBeUndefined();
  });
});

describe('PeopleDirectory: a clause opener capitalised before a surname', () => {
  it('is no part of the name ("Whether Okafor …", "Unless Okafor …")', () => {
    const people = peopleIn([
      article([
        'Ruth Okafor founded the clinic in 1998.',
        'Whether Okafor knew of the payments remains unclear.',
        'Unless Okafor answers the letter, the board will meet without her.',
      ]),
    ]);
    expect(people.people.map((p: { name: string }) => p.name)).toEqual(['Ruth Okafor']);
  });
});

describe('PeopleDirectory: a role naming a body with "&"', () => {
  it('keeps the ampersand ("president of the Jazz & Heritage Trust")', () => {
    const people = peopleIn([
      article([
        'Demi Carrow, president of the Jazz & Heritage Trust’s board, said the hall would open in May.',
        '"It is a home for the music," Carrow said.',
      ]),
    ]);
    expect(people.resolve('Carrow')?.role).toBe('president of the Jazz & Heritage Trust’s board');
  });
});

describe('PeopleDirectory: "New" opening a place in a role', () => {
  it('keeps it ("New Halden Governor Ada Marsh"), though "new" is a common word', () => {
    const people = peopleIn([
      article([
        'The new rules were announced on Monday.',
        'On Tuesday, New Halden Governor Ada Marsh said the plan was sound.',
        'New Study Finds Link Between Sleep and Memory.',
        '"We will not wait," Marsh said.',
      ]),
    ]);
    expect(people.resolve('Marsh')?.role).toBe('New Halden Governor');
    expect(people.people.map((p: { name: string }) => p.name)).toEqual(['Ada Marsh']);
  });
});

describe('PeopleDirectory: a role and the body it serves set off before the name', () => {
  it('reads "The senior coroner for North Halden, Ada Marsh," as her role, body included', () => {
    const people = peopleIn([
      article([
        'The senior coroner for North Halden, Ada Marsh, opened the inquest on Monday.',
        'The chief executive of the Port Authority, Dana Holt, said the quay was shut.',
        'In a letter to Westfold, Tom Reyes asked for talks.',
      ]),
    ]);
    expect(people.resolve('Marsh')?.role).toBe('senior coroner for North Halden');
    expect(people.resolve('Holt')?.role).toBe('chief executive of the Port Authority');
    expect(people.resolve('Reyes')?.role ?? '').toBe('');
  });
});

describe('PeopleDirectory: a district collector', () => {
  it('reads "District Collector" as a title, shown before the role the article gives', () => {
    const people = peopleIn([
      article([
        'The administrator, District Collector Harish N. Varkey, said a committee would report within a week.',
      ]),
    ]);
    expect(people.people.map((p) => [p.name, p.role])).toEqual([
      ['Harish N. Varkey', 'District Collector, administrator'],
    ]);
  });

  it('is one person written with initials in one article and with his given name in another', () => {
    const people = peopleIn([
      articleOf('a', [['District Collector Harish N. Varkey said the search would go on.']]),
      articleOf('b', [['District Collector H.N. Varkey said the search would reach the barrage.']]),
    ]);
    expect(people.people.map((p) => p.name)).toEqual(['Harish N. Varkey']);
  });

  it('keeps initials apart from a name they do not fit', () => {
    const people = peopleIn([
      articleOf('a', [['District Collector Harish N. Varkey said the search would go on.']]),
      articleOf('b', [['Engineer R.K. Varkey said the bridge had been inspected in May.']]),
    ]);
    const names = people.people.map((p) => p.name).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('Harish N. Varkey');
    expect(names[1]).toMatch(/^R\.K\.? Varkey$/);
  });
});

describe('PeopleDirectory: letters after a name that are also titles ("TD", "MP")', () => {
  it('keeps the name before them, and no nationality or party before them is a name', () => {
    const people = peopleIn([
      article([
        'Opposition health spokeswoman Nuala Grealish TD said the review was late.',
        'Ms Grealish said the minister had been warned.',
        'The South Korean MP said nothing, and the Labour MP left early.',
      ]),
    ]);
    expect(people.people.map((p) => p.name)).toEqual(['Nuala Grealish']);
  });
});

describe('PeopleDirectory: a list of relatives ("his wife, Maura, his daughter, Ciara, and …")', () => {
  it('gives the name before a possessive role no role: the role is the next name’s', () => {
    const people = peopleIn([
      article([
        'Declan Furrow died on a trolley after sixteen hours.',
        'The hospital apologised to Mr Furrow’s wife, Maura Furrow, his daughter, Ciara Furrow, and his wider family.',
      ]),
    ]);
    expect(people.resolve('Maura Furrow')?.role).toBeUndefined();
  });
});

describe('PeopleDirectory: a role before the name and another set off after it', () => {
  it('shows both, apart ("Sporting director Ion Vasquez, the president’s son,")', () => {
    const people = peopleIn([
      article(['Sporting director Ion Vasquez, the president’s son, said the board would meet on Friday.']),
    ]);
    expect(people.resolve('Vasquez')?.role).toBe('Sporting director, president’s son');
  });
});

describe('PeopleDirectory: an office whose last word is also a rank ("Solicitor General")', () => {
  it('shows the whole office, not "General"', () => {
    const people = peopleIn([
      article(['Solicitor General Marta Quill defended the statute before the court on Tuesday.']),
    ]);
    expect(people.resolve('Quill')?.role).toBe('Solicitor General');
  });
});

describe('relatives of a surname with a capitalised particle ("Dela Cruz", "Van Dyke")', () => {
  it('stay apart, however the article writes the surname alone ("Mrs. Dela Cruz said")', () => {
    const people = peopleIn([
      articleOf(
        'a',
        [
          ['The body of Eduardo Dela Cruz, 47, was identified on Tuesday.'],
          ['His wife, Cristina Dela Cruz, who survived, could not go inside.'],
          ['"Atong went in for me," Mrs. Dela Cruz said.'],
          ['Renato Dela Cruz, his older brother, said the wake would be at home.'],
          ['"He deserved better than this," Renato said.'],
        ],
        { outlet: 'O', title: 'T' },
      ),
    ]);
    const names = people.people.map((p) => p.name);
    expect(names).toContain('Renato Dela Cruz');
    expect(names).toContain('Cristina Dela Cruz');
    expect(people.resolve('Renato Dela Cruz')?.name).toBe('Renato Dela Cruz');
  });
});

describe('the role shown for a person', () => {
  it('is one they hold now, not a past one written more often ("a former senior auditor")', () => {
    const people = peopleIn([
      articleOf('a', [['Lawmakers censured Prime Minister Anne-Laure Daurac on Thursday.']], { outlet: 'O' }),
      articleOf('b', [['Ms Daurac, 58, a former senior auditor, cleared her office on Friday.']], {
        outlet: 'P',
      }),
      articleOf('c', [['Daurac, 58, a former senior auditor, had never stood for election.']], {
        outlet: 'Q',
      }),
    ]);
    expect(people.resolve('Anne-Laure Daurac')?.role).toBe('Prime Minister');
  });
});

describe('PeopleDirectory: a role before the name that opens with a country of two words', () => {
  it('keeps the country whole ("Former Sri Lanka left-arm spinner X"), never "Lanka left-arm spinner"', () => {
    const people = peopleIn([
      article([
        'Former Sri Lanka left-arm spinner Arulanandan Selvaraj has been on the podcast this morning.',
      ]),
    ]);
    expect(people.resolve('Selvaraj')?.role).toBe('Former Sri Lanka left-arm spinner');
  });
});
