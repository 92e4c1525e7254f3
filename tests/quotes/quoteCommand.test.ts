import { describe, expect, it } from 'vitest';
import { quoteBriefing } from '../../src/commands/quote.ts';
import { quoteAcrossStories } from '../../src/commands/quoteStories.ts';
import { buildIndex } from '../../src/index/newsIndex.ts';
import { articleOf, indexOf, loose, NOW } from '../helpers/corpus.ts';

describe('/quote <speaker>', async () => {
  const { index } = await indexOf();

  it.each([
    ['pompeo', 'Mike Pompeo'],
    ['pompei', 'Mike Pompeo'],
    ['Secretary Pompeo', 'Mike Pompeo'],
    ['nauret', 'Heather Nauert'],
    ['kim jong-un', 'Kim Jong Un'],
    ['Chairman Kim', 'Kim Jong Un'],
    ['moon', 'Moon Jae-in'],
    ['mcbride', 'Rob McBride'],
  ])('finds %s as %s', (query, speaker) => {
    const b = quoteBriefing(index, query, 6);
    expect(b.kind).toBe('quotes');
    expect(b.items.length).toBeGreaterThan(0);
    for (const item of b.items) expect(item.speaker).toBe(speaker);
  });

  it('suggests a query that finds the most quoted speaker: the surname alone only when it names no one else', () => {
    const relatives = buildIndex(
      [
        articleOf('a', [
          ['Farah Qadir and her brother, Idris Qadir, run the bakery.'],
          ['"We bake at four," Farah Qadir said.', '"We sell out by nine," Farah Qadir said.'],
          ['"The ovens are ours," Idris Qadir said.'],
        ]),
      ],
      [],
      NOW,
    );
    expect(quoteBriefing(relatives, '', 6).note).toContain('e.g. /quote Farah Qadir');
    const single = buildIndex([articleOf('b', [['"We bake at four," Farah Qadir said.']])], [], NOW);
    expect(quoteBriefing(single, '', 6).note).toContain('e.g. /quote Qadir');
  });

  it('never returns a quote by someone else that only mentions the person', () => {
    const pompeo = quoteBriefing(index, 'pompeo', 50).items.map((i) => i.text);
    expect(pompeo.some((t) => t.startsWith('Secretary Pompeo accepted'))).toBe(false);
    expect(pompeo.some((t) => t.startsWith('Secretary Pompeo and Chairman Kim also agreed'))).toBe(false);
    const kim = quoteBriefing(index, 'kim', 50).items.map((i) => i.text);
    expect(kim.some((t) => t.includes('Chairman Kim'))).toBe(false);
  });

  it('answers a person who is only mentioned, never quoted, with a note and no quotes', () => {
    const b = quoteBriefing(index, 'pence', 6);
    expect(b.items).toEqual([]);
    expect(b.note).toMatch(/No quotes found for 'pence'/);
  });

  it('says a person the articles name exactly is not quoted, rather than answer with a near-miss speaker', () => {
    // "Ri" names Ri Yong Ho, who is never quoted; fuzzy matching alone would answer with Rob McBride.
    for (const query of ['ri', 'Ri Yong Ho']) {
      const b = quoteBriefing(index, query, 6, { keyword: 'summit' });
      expect(b.items).toEqual([]);
      expect(b.note).toContain(
        'Ri Yong Ho (North Korean Foreign Minister) is mentioned in The Hill but not quoted',
      );
      expect(b.note).toContain('/summit search Ri Yong Ho');
    }
  });

  it('answers a one-letter typo of a name as the name itself: the same person, quoted or not', () => {
    const namesakes = buildIndex(
      [
        articleOf('a', [
          ['The sprinter Marion Vossler was named in the doping case.'],
          ['Vossler has denied any wrongdoing through her lawyers.'],
        ]),
        articleOf('b', [
          ['"Our sales are two per cent up on last year," said Alan Vossler, a spokesman for the centre.'],
        ]),
      ],
      [],
      NOW,
    );
    for (const query of ['vossler', 'vosslar']) {
      const b = quoteBriefing(namesakes, query, 6);
      expect(b.items).toEqual([]);
      expect(b.note).toContain('Marion Vossler');
    }
    expect(quoteBriefing(namesakes, 'alan vossler', 6).items.map((i) => i.speaker)).toEqual(['Alan Vossler']);
  });

  it('reads a typo as the name with a letter left off before the name with its first letter changed', () => {
    const two = buildIndex(
      [
        articleOf('a', [
          ['"We have sold every ticket," said Tom Bars, the promoter.'],
          ['"The queue went round the block," Bars added.'],
          ['"Demand surprised us all," Bars said later.'],
          ['"I have never seen a crowd like it," said Ines Marsh, a steward.'],
        ]),
      ],
      [],
      NOW,
    );
    expect(quoteBriefing(two, 'mars', 6).items.map((i) => i.speaker)).toEqual(['Ines Marsh']);
    expect(quoteBriefing(two, 'barz', 6).items.map((i) => i.speaker)).toContain('Tom Bars');
  });

  it('reads two neighbouring letters typed the other way round as one slip: the surname, not a given name one letter off', () => {
    const index = buildIndex(
      [
        articleOf('a', [
          ['Tech founder Steve Robs built the first prototype in a garage.'],
          ['"The budget is too thin," said Rose Serrat, a committee member.'],
        ]),
      ],
      [],
      NOW,
    );
    const b = quoteBriefing(index, 'rosb', 6);
    expect(b.items).toEqual([]);
    expect(b.note).toContain('Steve Robs');
  });

  it('finds a person by either part of a hyphened surname, after anyone of that name itself', () => {
    const index = buildIndex(
      [
        articleOf('a', [
          ['"It came in under the door around four," said Luis Benavente-Soto, 62.'],
          ['"We were ready this time," said Ana Soto, the shelter manager.'],
        ]),
      ],
      [],
      NOW,
    );
    expect(quoteBriefing(index, 'benavente', 6).items.map((i) => i.speaker)).toEqual(['Luis Benavente-Soto']);
    expect(quoteBriefing(index, 'benavante', 6).items.map((i) => i.speaker)).toEqual(['Luis Benavente-Soto']);
    expect(quoteBriefing(index, 'soto', 6).items[0]?.speaker).toBe('Ana Soto');
  });

  it('suggests close speakers for an unknown name', () => {
    const b = quoteBriefing(index, 'nauertt pompeoo', 6);
    expect(b.items.length + (b.note?.length ?? 0)).toBeGreaterThan(0);
    const none = quoteBriefing(index, 'zzyzx', 6);
    expect(none.items).toEqual([]);
    expect(none.note).toContain("No quotes found for 'zzyzx'");
  });

  it('cites every outlet that carried a quote, with text found verbatim in each', () => {
    const trump = quoteBriefing(index, 'trump', 20);
    const tweet = trump.items.find((i) => i.text.startsWith('Progress made on Singapore Summit Agreements'));
    expect(tweet?.sources.map((s) => s.outlet).sort()).toEqual(['Al Jazeera', 'VOA']);
    for (const q of index.quotes) {
      for (const id of q.articleIds) {
        const article = index.byId.get(id);
        const text = loose(article?.paragraphs.flat().join(' ') ?? '');
        expect(text, `${q.text} in ${id}`).toContain(loose(q.text));
      }
    }
  });

  it('puts full quotes before scare-quote fragments and caps the answer with a note', () => {
    const b = quoteBriefing(index, 'pompeo', 6);
    expect(b.items).toHaveLength(6);
    expect(b.note).toMatch(/\d+ more not shown/);
    const all = quoteBriefing(index, 'pompeo', 100).items;
    const firstFragment = all.findIndex((i) => i.text.split(' ').length <= 2);
    const lastFull = all.findLastIndex((i) => i.text.split(' ').length > 2);
    expect(firstFragment).toBeGreaterThan(lastFull);
  });

  it('lists speakers with quote counts when no name is given', () => {
    const b = quoteBriefing(index, '', 6);
    expect(b.title).toBe('Who is quoted');
    expect(b.items[0]?.text).toMatch(/^Mike Pompeo .*\d+ quotes/);
  });

  it('never attributes unattributed quotes to a named speaker', () => {
    const unknown = index.quotes.filter((q) => q.speakerKind === 'unknown').map((q) => q.text);
    expect(unknown.length).toBeGreaterThan(0);
    for (const s of index.speakers.speakers) {
      for (const q of index.quotesBySpeaker.get(s.key) ?? []) expect(q.speakerKind).not.toBe('unknown');
    }
  });
});

describe('/quote <surname> shared by two people', () => {
  const family = articleOf(
    'family',
    [
      ['Osric Tamberlane, 71, and his daughter, Wenna Tamberlane, run the ferry café on the quay.'],
      ['"We have had floods before and we will have them again," Osric Tamberlane said on Monday.'],
      ['"I asked him to leave the night the river rose," said Wenna Tamberlane, who is 38.'],
      ['"The café opens again on Saturday," Osric Tamberlane said.'],
    ],
    { outlet: 'Quay Post' },
  );
  const pier = articleOf(
    'pier',
    [['"The pier will be repaired by spring," said Halvard Quist, the harbour engineer.']],
    { outlet: 'Harbour Gazette' },
  );
  const other = articleOf(
    'other',
    [['"Our crews worked through the night," said Brenna Quist, who runs the lifeboat station.']],
    { outlet: 'Coast Weekly' },
  );
  const index = buildIndex([family, pier, other], [], NOW);

  it('asks which one is meant when the same article quotes both, rather than give one the other’s words', () => {
    for (const query of ['tamberlane', 'tamberlain']) {
      const b = quoteBriefing(index, query, 10);
      expect(b.items.map((i) => i.speaker)).toEqual(['Osric Tamberlane', 'Wenna Tamberlane']);
      expect(b.items.map((i) => i.text)).toEqual(['Osric Tamberlane: 2 quotes', 'Wenna Tamberlane: 1 quote']);
      expect(b.note).toContain('Ask for one by full name, e.g. /quote Osric Tamberlane');
    }
  });

  it('answers with the one an honorific in the query picks out ("ms tamberlane")', () => {
    const ms = quoteBriefing(index, 'ms tamberlane', 10);
    expect(ms.items.map((i) => i.speaker)).toEqual(['Wenna Tamberlane']);
    expect(ms.note).toContain('Also matching: Osric Tamberlane');
    const mr = quoteBriefing(index, 'Mr. Tamberlane', 10);
    expect(new Set(mr.items.map((i) => i.speaker))).toEqual(new Set(['Osric Tamberlane']));
  });

  it('asks which one across several stories too', () => {
    const elsewhere = buildIndex([pier], [], NOW);
    const b = quoteAcrossStories(
      [
        { keyword: 'harbour', index: elsewhere },
        { keyword: 'floods', index },
      ],
      'tamberlane',
      { limit: 10 },
    );
    expect(b.items.map((i) => i.speaker)).toEqual(['Osric Tamberlane', 'Wenna Tamberlane']);
    expect(b.note).toContain('Ask for one by full name');
  });

  it('asks which one also when one goes by the surname alone and the other is only ever named in full', () => {
    const feature = articleOf('feature', [
      ['Sara Hadid sat on the tender panel. Her father, Karim Hadid, is a retired teacher.'],
      ['"I refused to change the scores," Hadid said.', '"I was removed two weeks later," Hadid said.'],
      ['"She always read the small print," says Karim Hadid.'],
    ]);
    const b = quoteBriefing(buildIndex([feature], [], NOW), 'hadid', 10);
    // "Hadid said" where two Hadids are named is either of them: a speaker of its own, listed beside.
    expect(b.items.map((i) => i.speaker)).toContain('Karim Hadid');
    expect(b.note).toContain('Ask for one by full name');
  });

  it('asks which one where one person goes by a single name that is a word of another’s full name ("wayan")', () => {
    const ward = articleOf('ward', [
      [
        'Ketut, a 34-year-old farmer who like many of his neighbours uses only one name, was travelling with his wife.',
      ],
      ['"We floated for six hours holding a plastic water tank," Ketut said.'],
    ]);
    const port = articleOf('port', [
      [
        'Ketut Sudarma, a 52-year-old lorry driver from Kendari, said he had been asleep when the ship tilted.',
      ],
      ['"I lost my truck and my cargo of cement," Sudarma said.'],
      ['"I was asleep in my cab when it started," Ketut told the Post.'],
    ]);
    const index = buildIndex([ward, port], [], NOW);
    for (const query of ['ketut', 'ketot']) {
      const b = quoteBriefing(index, query, 10);
      expect(b.items.map((i) => i.speaker).sort()).toEqual(['Ketut', 'Ketut Sudarma']);
      expect(b.note).toContain('Ask for one by full name');
    }
  });

  it('asks which one for a surname of two words two brothers share ("mac giolla"), one of them called by it alone', () => {
    const count = articleOf('count', [
      ['The votes of Ciarán Mac Giolla decided the seat.'],
      ['“I told people to vote with their conscience,” Mr Mac Giolla said.'],
      [
        'His brother, Cllr Séamus Mac Giolla, was less restrained.',
        '“Ciarán got eight thousand votes,” he said.',
      ],
    ]);
    const b = quoteBriefing(buildIndex([count], [], NOW), 'mac giolla', 10);
    expect(b.items.map((i) => i.speaker).sort()).toEqual(['Ciarán Mac Giolla', 'Séamus Mac Giolla']);
    expect(b.note).toContain('Ask for one by full name');
  });

  it('asks which one for a typo one letter from two quoted surnames, whichever slip looks likelier ("hunh": Hung, Hanh)', () => {
    const storm = articleOf('storm', [
      ['“Every vessel we have will go out,” said Tran Van Hung, chairman of the provincial committee.'],
      ['“We have sewn white headbands for six families,” said Le Thi Hanh, the commune chairwoman.'],
    ]);
    const b = quoteBriefing(buildIndex([storm], [], NOW), 'hunh', 10);
    expect(b.items.map((i) => i.speaker).sort()).toEqual(['Le Thi Hanh', 'Tran Van Hung']);
    expect(b.note).toContain('Ask for one by full name');
  });

  it('asks which one for a typo one letter from two family names written first ("danh": Đặng, Đinh)', () => {
    const fire = articleOf('fire', [
      ['“The fire spread very fast,” said Đặng Minh Khôi, director of the provincial fire police.'],
      ['“I want to see the managers stand in court,” said Đinh Công Tuấn, whose wife died in the fire.'],
    ]);
    const b = quoteBriefing(buildIndex([fire], [], NOW), 'đặnh', 10);
    expect(b.items.map((i) => i.speaker).sort()).toEqual(['Đinh Công Tuấn', 'Đặng Minh Khôi']);
    expect(b.note).toContain('Ask for one by full name');
  });

  it('finds a two-letter family name written first ("đỗ", "le"), and never by a shorter word later in the name', () => {
    const storm = articleOf('storm', [
      ['“Every vessel we have will go out,” said Đỗ Thanh Tùng, chairman of the provincial committee.'],
      ['“We have sewn white headbands for six families,” said Le Thi Hanh, the commune chairwoman.'],
      ['“The boats are back,” Mr Tùng said.'],
    ]);
    const index = buildIndex([storm], [], NOW);
    expect(quoteBriefing(index, 'đỗ', 10).items.map((i) => i.speaker)).toEqual([
      'Đỗ Thanh Tùng',
      'Đỗ Thanh Tùng',
    ]);
    expect(quoteBriefing(index, 'do', 10).items.map((i) => i.speaker)).toEqual([
      'Đỗ Thanh Tùng',
      'Đỗ Thanh Tùng',
    ]);
    expect(quoteBriefing(index, 'le', 10).items.map((i) => i.speaker)).toEqual(['Le Thi Hanh']);
    expect(quoteBriefing(index, 'th', 10).items).toEqual([]);
  });

  it('answers with one of them by full name', () => {
    const b = quoteBriefing(index, 'wenna tamberlane', 10);
    expect(b.items.map((i) => i.speaker)).toEqual(['Wenna Tamberlane']);
    expect(b.items[0]?.text).toContain('I asked him to leave');
  });

  it('asks which one too for two people named in full with one surname in different articles', () => {
    for (const query of ['quist', 'qvist']) {
      const b = quoteBriefing(index, query, 10);
      expect(new Set(b.items.map((i) => i.speaker))).toEqual(new Set(['Halvard Quist', 'Brenna Quist']));
      expect(b.note).toContain('Ask for one by full name');
    }
  });

  it('answers with the more quoted when the two hold one role somewhere ("Max" and "Massimo", one club)', () => {
    const match = articleOf(
      'match',
      [
        [
          '"We were brave," said Ardley manager Massimo Quell.',
          '"The second half was ours," Massimo Quell said.',
        ],
      ],
      { outlet: 'Quay Post' },
    );
    const tabloid = articleOf('tabloid', [['"Nobody leaves," said Ardley boss Max Quell.']], {
      outlet: 'Coast Weekly',
    });
    const b = quoteBriefing(buildIndex([match, tabloid], [], NOW), 'quell', 10);
    expect(new Set(b.items.map((i) => i.speaker))).toEqual(new Set(['Massimo Quell']));
    expect(b.note).toContain('Also matching: Max Quell');
  });

  it('asks which one for two of one surname whose roles share only a role noun ("chief executive")', () => {
    const housing = articleOf(
      'housing',
      [
        [
          '"We have a duty to house people fairly," said Grainne Lodd, chief executive of the Harbour Housing Trust.',
          '"The towers will come down next year," Lodd said.',
        ],
      ],
      { outlet: 'Quay Post' },
    );
    const storms = articleOf(
      'storms',
      [
        [
          'Brock Lodd, executive chairman of Varne Consulting and a former agency administrator, is optimistic.',
          '"This is the most tested agency that ever existed," Lodd said.',
        ],
      ],
      { outlet: 'Coast Weekly' },
    );
    const b = quoteBriefing(buildIndex([housing, storms], [], NOW), 'lodd', 10);
    expect(new Set(b.items.map((i) => i.speaker))).toEqual(new Set(['Grainne Lodd', 'Brock Lodd']));
    expect(b.note).toContain('Ask for one by full name');
  });

  it('takes a one-word query for a surname before a given name, however often the other is quoted', () => {
    const court = articleOf(
      'court',
      [
        [
          '"We went through the worst of it," said Ferris Wendt, the dancer.',
          '"It makes you human," Ferris Wendt said.',
          '"Can I give my place to Ferris?" his partner asked.',
        ],
      ],
      { outlet: 'Quay Post' },
    );
    const trade = articleOf(
      'trade',
      [['"The cost is now over $4 billion," said Paul Ferris, an economist.']],
      {
        outlet: 'Coast Weekly',
      },
    );
    const index = buildIndex([court, trade], [], NOW);
    for (const query of ['ferris', 'feris'])
      expect(quoteBriefing(index, query, 10).items.map((i) => i.speaker)).toEqual(['Paul Ferris']);
  });

  it('answers with the more quoted when a typo is as close to one surname as to another given name', () => {
    const shop = articleOf(
      'shop',
      [['"Sales are up," said Ivo Barnes, the manager.', '"Tills are busy," Ivo Barnes said.']],
      { outlet: 'Quay Post' },
    );
    const council = articleOf('council', [['"We will vote on Friday," said Baines Okafor.']], {
      outlet: 'Coast Weekly',
    });
    const b = quoteBriefing(buildIndex([shop, council], [], NOW), 'bairnes', 10);
    expect(new Set(b.items.map((i) => i.speaker))).toEqual(new Set(['Ivo Barnes']));
    expect(b.note).toContain('Also matching: Baines Okafor');
  });
});

describe('/quote <a surname with an Irish particle>', () => {
  const index = buildIndex(
    [
      articleOf(
        'court',
        [['Outside court his lawyer, Aoife Ó Ceallaigh, said her client was "sorry for every hour of it".']],
        { outlet: 'Quay Post' },
      ),
    ],
    [],
    NOW,
  );

  it.each([
    'Ó Ceallaigh',
    'O Ceallaigh',
    'ó ceallaig',
    'Ceallaigh',
    'Aoife Ó Ceallaigh',
  ])('finds %s', (query) => {
    const b = quoteBriefing(index, query, 5);
    expect(b.items.map((i) => i.speaker)).toEqual(['Aoife Ó Ceallaigh']);
  });
});

describe('/quote <surname> where another quoted person’s surname ends with it after particles', () => {
  const index = buildIndex(
    [
      articleOf(
        'blockade',
        [
          ['The lawyer Inés de la Peña said the blockade was "the only language the company hears".'],
          ['A truck driver, Tomás Peña, said he was "paid per trip, not per day of waiting".'],
        ],
        { outlet: 'Andes Wire' },
      ),
    ],
    [],
    NOW,
  );

  it.each([
    ['peña', 'Tomás Peña'],
    ['pena', 'Tomás Peña'],
    ['pana', 'Tomás Peña'],
    ['de la peña', 'Inés de la Peña'],
    ['de la pena', 'Inés de la Peña'],
    ['de la peño', 'Inés de la Peña'],
  ])('answers %s with the one whose whole surname it writes (%s)', (query, speaker) => {
    const b = quoteBriefing(index, query, 5);
    expect(b.items.map((i) => i.speaker)).toEqual([speaker]);
  });
});

describe('/quote <title> <name> for a royal without a surname', () => {
  const index = buildIndex(
    [
      articleOf(
        'palace',
        [
          ['Crown Princess Maelis spoke to reporters at the harbour on Tuesday.'],
          ['“I will try to be useful, which is what a crown is for,” Crown Princess Maelis said.'],
        ],
        { outlet: 'Harbour Post' },
      ),
    ],
    [],
    NOW,
  );

  it.each(['crown princess maelis', 'princess maelis', 'maelis'])('finds %s', (query) => {
    const b = quoteBriefing(index, query, 5);
    expect(b.items.map((i) => i.text)).toEqual(['I will try to be useful, which is what a crown is for']);
  });
});

describe('/quote: a first name alone in one article', () => {
  it('is not the person another article names in full with that first name', () => {
    const index = buildIndex(
      [
        articleOf('a', [['The adviser Tobin Haskell flew to Varnby on Monday to meet the council.']]),
        articleOf('b', [
          ['“It is the new counterculture on this campus,” said Tobin, an undergraduate in a suit.'],
        ]),
      ],
      [],
      NOW,
    );
    const b = quoteBriefing(index, 'haskell', 6);
    expect(b.items.map((i) => i.text)).not.toContain('It is the new counterculture on this campus');
    const tobin = quoteBriefing(index, 'tobin', 6);
    expect(tobin.items.map((i) => i.speaker)).toEqual(['Tobin']);
  });
});

describe('/quote: a typo as close to two quoted surnames', () => {
  it('asks which one is meant instead of giving the more quoted one’s words', () => {
    const index = buildIndex(
      [
        articleOf('a', [
          ['“The pier will reopen in May,” said Orla Dole, the harbour master.'],
          ['“Boats can moor on the east side,” Dole said.'],
        ]),
        articleOf('b', [['“The school roof held up,” said Ben Dale, the head teacher.']]),
      ],
      [],
      NOW,
    );
    const b = quoteBriefing(index, 'dile', 10);
    expect(new Set(b.items.map((i) => i.speaker))).toEqual(new Set(['Orla Dole', 'Ben Dale']));
    expect(b.note).toContain('Ask for one by full name');
    expect(quoteBriefing(index, 'dolle', 10).items.map((i) => i.speaker)).toEqual(['Orla Dole', 'Orla Dole']);
  });
});

describe('/quote: a doubled letter typed once', () => {
  it('costs as little as a vowel for a vowel, so the surname wins over a given name ("marow": Marrow)', () => {
    const index = buildIndex(
      [
        articleOf('a', [['“The bridge will open in May,” said Ann Marrow, the council engineer.']]),
        articleOf('b', [['“We lost the final on penalties,” said Morow Tate, the club captain.']]),
      ],
      [],
      NOW,
    );
    expect(quoteBriefing(index, 'marow', 10).items.map((i) => i.speaker)).toEqual(['Ann Marrow']);
  });
});

describe('/quote <given name> <surname> for someone the articles call by one name', () => {
  const index = buildIndex(
    [
      articleOf('duchess', [
        ['“I was told that I could not leave the house,” said Ysolde, the Duchess of Wray.'],
        ['Tom Brand, a former aide, said he had not been told.'],
      ]),
    ],
    [],
    NOW,
  );

  it('finds them when the surname is in no article', () => {
    const b = quoteBriefing(index, 'ysolde varga', 5);
    expect(b.items.map((i) => i.speaker)).toEqual(['Ysolde']);
  });

  it('does not when the surname is someone else’s', () => {
    expect(quoteBriefing(index, 'ysolde brand', 5).items.map((i) => i.speaker)).not.toContain('Ysolde');
  });
});
