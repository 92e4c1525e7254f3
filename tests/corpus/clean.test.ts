import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, compileCleaningRules, NAME_CREDIT } from '../../src/corpus/clean.ts';
import { inferPageMetadata } from '../../src/corpus/metadata/index.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';
import { FIXTURES, indexOf, testConfig } from '../helpers/corpus.ts';

const rules = compileCleaningRules(testConfig().cleaning);

/** Headline, outlet and date of a raw page, as the loader infers them. */
const metadataOf = (raw: string) =>
  inferPageMetadata(cleanArticle(raw, rules).lines, { isBio: (line) => rules.bio.test(line) });

/** Boilerplate of the seed pages, per outlet: none of it may survive cleaning. */
const BOILERPLATE: Record<string, string[]> = {
  Vox: [
    'clock menu more-arrow',
    'Filed under',
    'South Koreans watch',
    'Chung Sung-Jun/Getty Images',
    'Emily Stewart covers',
    'Before joining Vox',
    'There have been both steps forward and backslides since the first summit',
  ],
  'The Week': [
    '(Image credit',
    'SAUL LOEB',
    'Subscribe to The Week',
    'Escape your echo chamber',
    'SUBSCRIBE & SAVE',
    'https://',
    'Sign up',
    'Newsletter',
    'Explore More',
    'Harold Maass',
    'President Trump and Kim Jong Un.',
  ],
  'Al Jazeera': [
    '{articleGUID}',
    'Source: Al Jazeera',
    'News Agencies',
    '[File:',
    'Anadolu',
    'Bumpy road',
    'The US is pushing for progress on disarming',
  ],
  VOA: [
    'Accessibility links',
    'Breaking News',
    'USA\n',
    'update',
    '16x9 Image',
    'VOA News',
    'The Voice of America provides',
    'XS',
    'SM',
    'MD',
    'LG',
    'talks with South Korean President Moon Jae-in during their meeting',
    'shakes hands with Japanese Prime Minister',
  ],
  'The Hill': ['Getty Images', 'Tags', 'Most Popular', 'Load more', 'See all Video'],
};

/** The first and last body sentences of each seed: cleaning must keep them. */
const KEPT: Record<string, string[]> = {
  Vox: [
    'It appears as though a Trump-Kim summit 2.0 might be on the horizon.',
    'The strategy seems to be paying dividends: At a rally in West Virginia at the end of September, Trump said that he and Kim “fell in love” over the denuclearization letters they’d been exchanging.',
  ],
  'The Week': [
    'South Korean President Moon Jae-in spoke with Secretary of State Mike Pompeo after the top U.S. diplomat met with Kim.',
    '"It was another step forward. So this is, I think, a good outcome for all of us," Pompeo said.',
  ],
  'Al Jazeera': [
    'US Secretary of State Mike Pompeo met Kim on Sunday morning for around two hours of talks followed by lunch in the North Korean capital, before flying to Seoul as part of his three-day East Asia tour aimed at breaking a deadlock on nuclear negotiations.',
    '“Its thought to try to continue North Korea’s lobbying effort for a lifting of sanctions.”',
  ],
  VOA: [
    'U.S. Secretary of State Mike Pompeo and North Korean leader Kim Jong Un have agreed to arrange a second U.S.-North Korea summit "as soon as possible."',
    'Saturday, Pompeo met with Japanese Prime Minister Shinzo Abe and Foreign Minister Taro Kono about North Korea.',
    'The Beijing visit could be tense as it comes days after U.S. Vice President Mike Pence delivered a blistering speech accusing China of military aggression, commercial theft, rising human rights violations, and electoral intervention against Trump.',
  ],
  'The Hill': [
    'Secretary of State Mike Pompeo accepted an invitation from North Korean leader Kim Jong Un to visit Pyongyang next month to plan a second summit with President Trump.',
    '“I don’t want to prejudge precisely where we’ll end up,” he said.',
  ],
};

describe('cleanArticle on the shipped corpus', async () => {
  const { articles } = await indexOf();
  for (const [outlet, strings] of Object.entries(BOILERPLATE)) {
    it(`removes ${outlet} page furniture`, () => {
      const article = articles.find((a) => a.outlet === outlet);
      expect(article).toBeDefined();
      const text = article?.paragraphs.map((p) => p.join(' ')).join('\n') ?? '';
      for (const s of strings) {
        // Short tokens (XS, SM…) must not stand as a line of their own.
        if (s.length <= 3) expect(text.split('\n')).not.toContain(s);
        else expect(text, s).not.toContain(s.trim());
      }
    });
    it(`keeps ${outlet}'s first and last body sentences`, () => {
      const sentences = articles.find((a) => a.outlet === outlet)?.sentences.map((s) => s.text) ?? [];
      for (const s of KEPT[outlet] ?? []) expect(sentences).toContain(s);
    });
  }
});

describe('cleanArticle on other page layouts', () => {
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'layouts/expected.json'), 'utf8')) as Record<
    string,
    { keep: string[]; drop: string[] }
  >;
  for (const [file, { keep, drop }] of Object.entries(expected)) {
    it(`cleans ${file}`, () => {
      const raw = readFileSync(path.join(FIXTURES, 'layouts', file), 'utf8');
      const { paragraphs } = cleanArticle(raw, rules);
      const sentences = paragraphs.flatMap(splitSentences);
      for (const s of keep) expect(sentences).toContain(s);
      const text = paragraphs.join('\n');
      for (const s of drop) expect(text, s).not.toContain(s);
    });
  }

  it('finds a headline for articles without front matter', () => {
    const raw = readFileSync(path.join(FIXTURES, 'layouts/broadcaster.txt'), 'utf8');
    expect(metadataOf(raw).title).toBe('Flood defences to be rebuilt after record rainfall');
  });

  it('does not take a menu or breadcrumb line for the headline', () => {
    const raw = [
      'News | Business | Tech | Opinion',
      'Home › World › Europe',
      'Regulators fine Meridian Labs over data practices',
      '',
      'The European Commission fined the company on Thursday, its largest penalty this year.',
    ].join('\n');
    expect(metadataOf(raw).title).toBe('Regulators fine Meridian Labs over data practices');
  });

  it.each([
    ['a copyright line', 'Copyright 2018 The Associated Press. All rights reserved.', 'The Associated Press'],
    ['a © line with an initialism', '© 2024 U.S. News & World Report, L.P.', 'U.S. News & World Report'],
    [
      "an author bio's employer",
      'Clara Weiss is a technology correspondent for the Harbor Times, covering regulation.',
      'Harbor Times',
    ],
    [
      'a wire dateline',
      'ISTANBUL, Aug 10 (Reuters) - Talks resumed on Wednesday, officials said.',
      'Reuters',
    ],
    ['a mixed-case dateline', 'New York (CNN) — Talks resumed on Wednesday, officials said.', 'CNN'],
    ['a byline', 'By Jane Doe and Sam Lee, CNN', 'CNN'],
  ])('finds the outlet the page names in %s', (_, line, outlet) => {
    const raw = [
      'Talks resume in the port city',
      '',
      'Negotiators met again on Wednesday after a pause.',
      '',
      line,
    ];
    expect(metadataOf(raw.join('\n')).outlet).toBe(outlet);
  });

  it('names no outlet from a bio that names none, or from prose that merely mentions one', () => {
    const raw = [
      'Negotiators met again on Wednesday, the Associated Press reported.',
      '',
      'The deal (PDF) — signed on Monday — runs to 40 pages.',
      '',
      'Sarah Kim is a senior correspondent for the network, covering climate.',
    ].join('\n');
    expect(metadataOf(raw).outlet).toBeUndefined();
  });

  it('prefers a "Source:" line to a copyright line', () => {
    const raw = [
      'Negotiators met again on Wednesday after a pause of three weeks, officials in the port city said.',
      '',
      'A second round of talks is planned for next month, according to a statement from the ministry.',
      '',
      'Most Popular',
      'Source: Al Jazeera',
      'Copyright 2018 Network Holdings. All rights reserved.',
    ].join('\n');
    expect(metadataOf(raw).outlet).toBe('Al Jazeera');
  });

  it('drops a caption closed by whose photo it is, without brackets ("… in April 2025. Harbour Post file photo")', () => {
    const raw = [
      'Fans hold green balloons outside the arena during the group’s concert in Kestle in April 2025. Kestle Harbour Post file photo',
      '',
      'The agency on Wednesday cancelled the group’s concert at the arena on March 28, saying it could not confirm the schedules.',
      '',
      'Union officials at the port said the walkout would go ahead on Friday; AP Photo of the picket line ran on the front page.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'The agency on Wednesday cancelled the group’s concert at the arena on March 28, saying it could not confirm the schedules.',
      'Union officials at the port said the walkout would go ahead on Friday; AP Photo of the picket line ran on the front page.',
    ]);
  });

  it('reads a page with one paragraph per line and no blank lines', () => {
    const raw = [
      'Link Copied!',
      'Port strike ends after union and shippers reach tentative deal',
      'By Jane Doe, CNN',
      'Dockworkers at a port in New Jersey on Tuesday. (Spencer Platt/Getty Images)',
      'Dockworkers at a port in New Jersey on Tuesday.',
      'Spencer Platt/Getty Images',
      'New York (CNN) — A three-day strike that shut ports from Maine to Texas ended Thursday after the union and port operators reached a tentative agreement on wages.',
      'Port strike could cost the economy billions',
      'The deal raises wages by about 62% over six years, according to a person familiar with the talks.',
      "CNN's Vanessa Yurkevich contributed to this report.",
    ].join('\n');
    const cleaned = cleanArticle(raw, rules);
    const metadata = metadataOf(raw);
    // The caption and its credit go, not every line above them; a short heading is not glued to the next line.
    expect(metadata.title).toBe('Port strike ends after union and shippers reach tentative deal');
    expect(cleaned.paragraphs).toEqual([
      'A three-day strike that shut ports from Maine to Texas ended Thursday after the union and port operators reached a tentative agreement on wages.',
      'The deal raises wages by about 62% over six years, according to a person familiar with the talks.',
    ]);
    expect(metadata.outlet).toBe('CNN');
  });

  it('still joins a hard-wrapped paragraph', () => {
    const raw = [
      'The council approved the new bridge on Tuesday after a review that lasted',
      'two years and cost the city more than it had planned to spend on the',
      'project, officials said.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'The council approved the new bridge on Tuesday after a review that lasted two years and cost the city more than it had planned to spend on the project, officials said.',
    ]);
  });

  it('keeps a headline and its standfirst apart when their block breaks where no wrapper would', () => {
    const raw = [
      'WEATHER',
      'Storm grows to Category 3 as the parish orders everyone out',
      'Governor asks for federal help before the storm arrives; buses staged for residents without a ride',
      '',
      'By Ada Quill, Staff Writer',
      'September 9, 2025 | 6:42 PM',
      '',
      'The storm gathered strength over the warm Gulf on Tuesday, and by late afternoon officials in three parishes had ordered everyone out.',
    ].join('\n');
    expect(metadataOf(raw).title).toBe('Storm grows to Category 3 as the parish orders everyone out');
  });

  it('keeps each line of a block of menu items apart (a page saved with no blank lines at its top)', () => {
    const raw = [
      'Ferry firm fined after harbour crash injures nine | Business | The Harbour Courier',
      'Skip to main content',
      'Sign in',
      'UK edition',
      'The Harbour Courier',
      'News',
      'Business',
      '',
      'Ferry firm fined after harbour crash injures nine',
      '',
      'The operator of the Sarn ferry was fined £2m on Tuesday over a crash that injured nine passengers in May.',
      '',
      '© 2026 Courier News & Media Ltd. All rights reserved.',
    ].join('\n');
    const metadata = metadataOf(raw);
    expect(metadata.outlet).toBe('The Harbour Courier');
    expect(metadata.title).toBe('Ferry firm fined after harbour crash injures nine');
  });

  it('drops a reader-revenue appeal in the body, keeps prose that merely mentions supporters or journalism', () => {
    const raw = [
      'The council voted on Tuesday to close the Linden Street depot by the end of the year.',
      '',
      'Our journalism is free to read. Become a supporter from £2 a month and help keep local news alive.',
      '',
      'Support local journalism. Become a Herald member today.',
      '',
      'Become a member and read every long read ad-free.',
      '',
      'About 200 supporters of the depot marched to the town hall, and a local journalism trust filmed the vote.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'The council voted on Tuesday to close the Linden Street depot by the end of the year.',
      'About 200 supporters of the depot marched to the town hall, and a local journalism trust filmed the vote.',
    ]);
  });

  it('drops a caption printed twice and a credit line, keeps the prose around them', () => {
    const raw = [
      'Leaders meet in Paris on Monday.',
      'Leaders meet in Paris on Monday, June 3.',
      '',
      'The two leaders agreed to a new trade framework on Monday after three days of talks.',
      '',
      'A crowd gathers outside the palace.',
      'Jean Martin/AFP via Getty Images',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'The two leaders agreed to a new trade framework on Monday after three days of talks.',
    ]);
  });

  it('drops a caption whose credit only names whose photo it is ("… on Monday. (The Harbour Gazette)")', () => {
    const raw = [
      'Print',
      '',
      'Ilse Varga, head of Orlan Motors, centre, bows with other executives at a news conference in Velm on Monday. (The Harbour Gazette)',
      '',
      'Orlan Motors admitted on Monday that testers at its Velm plant had altered safety data for years.',
      '',
      'The company said it would recall the cars concerned. (It did not say how many.)',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Orlan Motors admitted on Monday that testers at its Velm plant had altered safety data for years.',
      'The company said it would recall the cars concerned. (It did not say how many.)',
    ]);
  });

  it('drops a caption and the photographer’s credit under it, each a block of its own ("Ana Roe/Staff photographer")', () => {
    const raw = [
      'Print',
      '',
      'Black smoke rises from the Verlo Chemical plant on the town’s north side on Tuesday morning.',
      '',
      'Ana Roe/Staff photographer',
      '',
      'An explosion at the Verlo Chemical plant killed two workers on Tuesday, the county said.',
      '',
      'Crews searched the wrecked unit on Tuesday for a third worker, who was still missing.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'An explosion at the Verlo Chemical plant killed two workers on Tuesday, the county said.',
      'Crews searched the wrecked unit on Tuesday for a third worker, who was still missing.',
    ]);
  });

  it('keeps a story paragraph above a caption that carries its own credit, each a block of its own', () => {
    const raw = [
      'The pilot told a newspaper: "There are seven to eight people. Three of them hold hands." He saw them on Tuesday.',
      '',
      'Divers carry a body on a stretcher during the recovery (AFP/Getty)',
      '',
      'The search resumed at dawn on Wednesday.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs[0]).toMatch(/^The pilot told a newspaper/);
  });

  it('keeps the story’s lines above a caption that carries its own credit, on a page with no blank lines', () => {
    const raw = [
      'Crews pulled 40 people from the flooded caravans at Brackley on Sunday night.',
      '‘It’s the job. The whole crew did it,’ he said.',
      '‘If they’d opened that door and tried to walk out, I don’t like to think about it,’ he added.',
      'The county fire service confirmed that 160 people were evacuated from the park.',
      'The rescue in pictures: firefighters carry children to safety as water rises (Image: County Fire Service)',
      'The park’s owner said it would review what happened.',
      'More than 60 caravans were damaged, the council said on Monday.',
    ].join('\n');
    const paragraphs = cleanArticle(raw, rules).paragraphs;
    expect(paragraphs).toContain(
      '‘If they’d opened that door and tried to walk out, I don’t like to think about it,’ he added.',
    );
    expect(paragraphs).toContain(
      'The county fire service confirmed that 160 people were evacuated from the park.',
    );
    expect(paragraphs.some((p) => p.includes('in pictures'))).toBe(false);
  });

  it('keeps a paragraph that ends with a bracketed link to related content, without the link', () => {
    const raw = [
      'The harbour reopened at noon after divers cleared the wreck from the channel on Sunday.',
      '',
      '"We had no idea how deep it sat," the diver said. Since then, the port has bought two new survey boats for the channel. [Ferries! Your Complete Guide to the Harbour (Infographic) ]',
      '',
      'Sailing times for the week ahead. [See full timetable]',
      '',
      'The ferry operator expects to run half of its sailings on Monday.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'The harbour reopened at noon after divers cleared the wreck from the channel on Sunday.',
      '"We had no idea how deep it sat," the diver said. Since then, the port has bought two new survey boats for the channel.',
      'The ferry operator expects to run half of its sailings on Monday.',
    ]);
  });

  it('keeps the sentence a summary bullet repeats, not the bullet', () => {
    const raw = [
      'Key points',
      '',
      'The ferry operator expects to run half of its sailings on Sunday',
      '',
      'Latest',
      '',
      'The harbour reopened at noon after divers cleared the wreck from the channel.',
      '',
      'The ferry operator says it expects to run half of its sailings on Sunday.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toContain(
      'The ferry operator says it expects to run half of its sailings on Sunday.',
    );
  });

  it('starts the prose after a wire dateline, which the outlet is still read from', () => {
    const raw = [
      'Harbour board orders inquiry | NWA',
      '',
      'World',
      '',
      'VALEMONT, Calder (NWA) - The harbour board on Tuesday ordered an inquiry into the flooding of the quay.',
      '',
      'The inquiry will report within 90 days, the board said.',
    ].join('\n');
    const cleaned = cleanArticle(raw, rules);
    expect(cleaned.paragraphs[0]).toBe(
      'The harbour board on Tuesday ordered an inquiry into the flooding of the quay.',
    );
    expect(metadataOf(raw).outlet).toBe('NWA');
  });

  it("starts the prose after a local paper's dateline: the place in capitals and a dash", () => {
    for (const [dateline, rest] of [
      ['PORT VALE - ', 'The harbour board on Tuesday ordered an inquiry into the flooding of the quay.'],
      ['ORRINDALE, Wessmark — ', 'The harbour board on Tuesday ordered an inquiry into the flooding.'],
      ['SAN LORÉN – ', '"We will rebuild the quay," the mayor said on Tuesday at the harbour.'],
    ]) {
      const raw = ['Harbour board orders inquiry', '', `${dateline}${rest}`, '', 'It will report soon.'];
      expect(cleanArticle(raw.join('\n'), rules).paragraphs[0]).toBe(rest);
    }
  });

  it('keeps a paragraph that opens with an initialism and a dash in its words', () => {
    const raw = 'NATO - the alliance - met in Brussels on Tuesday to discuss the quay.';
    expect(cleanArticle(raw, rules).paragraphs[0]).toBe(raw);
  });

  it('reads the words inside markdown emphasis ("**Q:** …"), never asterisks inside a word ("sh** day")', () => {
    const raw = [
      '**Q:** Were you in the room?',
      '',
      '**Ilse Varga:** I was in the room for the ones that mattered, and __that__ is all.',
      '',
      '“It was a sh** day,” she said.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Q: Were you in the room?',
      'Ilse Varga: I was in the room for the ones that mattered, and that is all.',
      '“It was a sh** day,” she said.',
    ]);
  });

  it('keeps a paragraph that ends with a translator’s note after its quotation', () => {
    const raw =
      '“Vilas told them on the first night, look for a green saree,” he said. “He was right.” (translated from Marathi)';
    expect(cleanArticle(raw, rules).paragraphs).toEqual([raw]);
  });

  it("keeps a transcript's turn that ends with a stage direction", () => {
    const raw = ['ERLE: We have set fair fees. I will not negotiate in a hotel ballroom. (Laughter)'].join(
      '\n',
    );
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'ERLE: We have set fair fees. I will not negotiate in a hotel ballroom. (Laughter)',
    ]);
  });

  it('keeps a line that introduces the quotation under it with a colon, drops a label that ends in one', () => {
    const raw = [
      'Key events:',
      '',
      'The harbour flooded overnight and 300 people left their homes.',
      '',
      'Councillor Ada Fenn wrote on social media from the shelter, where she has spent the day:',
      '',
      '“Families here were promised that wall would hold. They deserve the truth.”',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'The harbour flooded overnight and 300 people left their homes.',
      'Councillor Ada Fenn wrote on social media from the shelter, where she has spent the day:',
      '“Families here were promised that wall would hold. They deserve the truth.”',
    ]);
  });

  it('keeps a paragraph of prose that ends in a colon above a labelled exchange, drops a heading that does', () => {
    const raw = [
      'Related Coverage From Our Partners:',
      '',
      'Tomas Reel, an analyst at Corrib Securities, pressed the company on what it had known. The exchange was tense:',
      '',
      'Tomas Reel: Why did you take that dose forward?',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Tomas Reel, an analyst at Corrib Securities, pressed the company on what it had known. The exchange was tense:',
      'Tomas Reel: Why did you take that dose forward?',
    ]);
  });

  it('keeps an answer in the first person that mentions supporters ("I’ve had thousands of messages from supporters")', () => {
    const raw = [
      'Quist: Exhausting. I’ve had thousands of messages from supporters, and that keeps you going.',
      '',
      'Become a supporter today: your support keeps our journalism free.',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Quist: Exhausting. I’ve had thousands of messages from supporters, and that keeps you going.',
    ]);
  });

  it('keeps a paragraph that reads like a bio but quotes someone ("X, who covers Corvana for the bank, said “…”")', () => {
    const quoted =
      'Mark Oyel, who covers Corvana for the investment bank Pike & Co, said the cuts were expected. "Investors have wanted this for a year," he said.';
    const bio = 'Dana Reyes covers technology for The Ledger.';
    expect(cleanArticle([quoted, '', bio].join('\n'), rules).paragraphs).toEqual([quoted]);
  });

  it('keeps a paragraph that describes someone by what they cover, then reports what they said ("X, who covers software at Y, said …")', () => {
    const reported =
      'Tom Brenn, who covers software at Halden Research, said the charge would tell investors a lot.';
    const bio = 'Dana Reyes covers technology for The Ledger.';
    expect(cleanArticle([reported, '', bio].join('\n'), rules).paragraphs).toEqual([reported]);
  });

  it('keeps a paragraph about someone’s career ("spent 27 years at the ministry before joining the university"); drops a writer’s', () => {
    const career =
      'His younger brother, Dr Idris Sallah, is an engineer who spent 27 years at the water ministry before joining the university. He is blunter than the minister.';
    const started = 'Ms Orrin started her career as a nurse in Tellbridge and ran the ward for a decade.';
    const bio = 'Dana Reyes was a reporter at The Courier before joining The Ledger in 2019.';
    expect(cleanArticle([career, '', started, '', bio].join('\n'), rules).paragraphs).toEqual([
      career,
      started,
    ]);
  });

  it('drops a "Read more:" box of links between two paragraphs, and keeps the article after it', () => {
    const first = 'The commission said the state had overpaid 48m crowns for the equipment on Friday.';
    const second = 'Police searched the supplier’s headquarters for six hours and left with boxes of papers.';
    const quoted =
      '"We priced freight at the most generous rates we could find, and 48m is unexplained," he said.';
    const added = '"I would invite Mr Vell to show us the invoices that prove otherwise," he added.';
    const raw = [
      first,
      second,
      quoted,
      'Read more:',
      'Who is Tomas Vell, the salesman behind Corvid Medtech?',
      'Piers Hale: the acting minister with a crisis on his desk',
      added,
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([first, second, quoted, added]);
  });

  it('keeps the article after a box of related links when two paragraphs of prose follow it', () => {
    const before =
      'Most of the group’s forty employees are working remotely on the effort, helping to connect local organisers and set up websites for them.';
    const after = [
      'The organisers, as well as the mayor’s office, said there was no coordination between the rallies and the council’s own campaign.',
      'But the rallies coincide with messages from the council and have been helped by its supporters, some of whom have begun ventures of their own.',
    ];
    const raw = [
      'Police closed the square for the second rally in a week on Saturday, and the council said it would review its rules for public gatherings before the summer.',
      'The first rally drew about 300 people to the steps of the town hall, where speakers from four groups called for the harbour to be reopened to private boats.',
      'Organisers said the numbers had doubled since the first weekend of the month, and that more groups from the towns along the coast had asked to join them.',
      'Nonprofit groups including two residents’ associations have used their social media accounts and email lists to spread the word about the rallies.',
      before,
      'More on the harbour dispute',
      'Live: updates from the quay, Thursday',
      'Ferry operators threaten to leave the port',
      'Full coverage of the dispute',
      ...after,
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs.slice(-3)).toEqual([before, ...after]);
  });

  it('joins a sentence a line break cut in two ("… yours to" / "begin with,” said …"), but not a byline under a headline nor a stamp under a row of links', () => {
    const raw = [
      'From the government’s standpoint, “it’s as if you are paying someone to borrow a bike that’s actually yours to',
      'begin with,” said Ruben Avon, a professor of taxation at the',
      'University of Marsland Law School,',
      'speaking on a panel in the capital.',
      'Seeking a bigger role for the harbour ferry this summer',
      'by Jane Marlow',
      'Email the author of this piece | Follow on Twitter',
      'on January 14, 2015 at 2:30 PM',
    ].join('\n\n');
    const { paragraphs, lines } = cleanArticle(raw, rules);
    expect(paragraphs[0]).toBe(
      'From the government’s standpoint, “it’s as if you are paying someone to borrow a bike that’s actually yours to begin with,” said Ruben Avon, a professor of taxation at the University of Marsland Law School, speaking on a panel in the capital.',
    );
    expect(lines.map((l) => l.text)).toContain('by Jane Marlow');
    expect(lines.map((l) => l.text)).toContain('on January 14, 2015 at 2:30 PM');
  });

  it('joins a line cut after "into", "about" or "their" to the capitalised line that goes on', () => {
    const raw = [
      '“They don’t want to pay taxes, but they use our courts,” said Ines Varga, the counsel who led the inquiry into',
      'Marlow Holdings’ tax affairs. “It is ironic.”',
      'The fund reported a loss for the year, according to filings seen by the Gazette about',
      'Marlow Holdings and two of its subsidiaries.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      '“They don’t want to pay taxes, but they use our courts,” said Ines Varga, the counsel who led the inquiry into Marlow Holdings’ tax affairs. “It is ironic.”',
      'The fund reported a loss for the year, according to filings seen by the Gazette about Marlow Holdings and two of its subsidiaries.',
    ]);
  });

  it('keeps the dash credit under a quotation ("— Sen. Mara Quist") and drops a dash line under prose', () => {
    const claim =
      '“The lieutenant governor cast the tie-breaking vote in 2023 to cut $140 million from schools.”';
    const prose = 'The state budget passed by one vote in 2023 after a long night in the Senate chamber.';
    const raw = [claim, '— Sen. Mara Quist', prose, '— Advertisement'].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([claim, '— Sen. Mara Quist', prose]);
  });

  it('keeps a credit line of a name and whom they speak for under a quotation standing alone', () => {
    const quote = '“We are not giving up on the four people we are still looking for.”';
    const credit = 'Tor-Arne Vik, Joint Rescue Coordination Centre of Southern Norway';
    const prose =
      'The coast guard said two helicopters would keep searching through the night off the coast.';
    const raw = [quote, credit, prose].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([quote, credit, prose]);
  });

  it('keeps a section heading in capitals that names the next speaker as a sentence naming them, which credits no quotation above it', () => {
    const quote = '"Waiting is also a choice, and a worse one, for every family on the list."';
    const heading = 'DR ORLA VANCE, DIRECTOR OF HOUSING';
    const prose = 'Answering questions, Dr Vance said the average wait for a flat was now nine months.';
    const { paragraphs } = cleanArticle([quote, heading, prose].join('\n\n'), rules);
    expect(paragraphs).toEqual([quote, 'Dr Orla Vance, director of housing.', prose]);
    // Ended as a sentence: no credit line ("— Name, role" or "Name, role" standing alone) of the quotation.
    expect(NAME_CREDIT.test(paragraphs[1] as string)).toBe(false);
  });

  it("reads a bulleted item without its bullet, and a podcast's line without its time mark", () => {
    const raw = [
      '* Cllr Ames, who chairs the committee, said he would vote against "every one of the closures".',
      '\u2022 "We were told nothing had been decided," said a parent from the village of Brynhir.',
      '* * *',
      '[12:40] "Let them sign it," the union leader said of the order.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Cllr Ames, who chairs the committee, said he would vote against "every one of the closures".',
      '"We were told nothing had been decided," said a parent from the village of Brynhir.',
      '"Let them sign it," the union leader said of the order.',
    ]);
  });

  it('keeps a short cue line that ends with a speech verb ("Mr Tallis replied:", "He added:")', () => {
    const raw = [
      'Read more:',
      '',
      'Mr Tallis replied:',
      '',
      '"Nothing will be waved through, and the authority has the power to stop it."',
      '',
      'He added:',
      '',
      '"It is not for ministers to pick the owners of football clubs."',
    ].join('\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Mr Tallis replied:',
      '"Nothing will be waved through, and the authority has the power to stop it."',
      'He added:',
      '"It is not for ministers to pick the owners of football clubs."',
    ]);
  });

  it('keeps a paragraph of several sentences that lost its last stop, not a menu line without one', () => {
    const cut =
      'Cllr Dana Whitlock, chair of the harbour board, said: “The damage we have seen along the sea wall is serious. As always, crews are working through the night to make the quay safe for the ferries';
    const next = '“We will reopen the north berth as soon as the engineers allow it.”';
    const raw = ['News Sport Weather Business Travel Culture Opinion Podcasts Newsletters', cut, next].join(
      '\n\n',
    );
    expect(cleanArticle(raw, rules).paragraphs).toEqual([cut, next]);
  });

  it('keeps an answer that takes up the words of the question before it', () => {
    const raw = [
      'Q: Mr Trell, category one means what?',
      'A: It means repairs within a month.',
      'Q: And what repairs were made within a month?',
      'A: None that I know of.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toHaveLength(4);
  });

  it('keeps the sentence under a live blog entry’s heading that tells the same news in full, not the heading', () => {
    const raw = [
      '17:24',
      'Harbour mayor Tom Reyes says town must not let rioters prevail',
      'Harbour mayor Tom Reyes has warned how the town "must not let rioters prevail" after a weekend of violent disorder across the county.',
      'Mr Reyes also said that four further arrests had been made.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Harbour mayor Tom Reyes has warned how the town "must not let rioters prevail" after a weekend of violent disorder across the county.',
      'Mr Reyes also said that four further arrests had been made.',
    ]);
  });

  it('drops a video player set into the article: its label, title, age, running time and description', () => {
    const raw = [
      'Tom Reyes said the harbour board “understands the town.”',
      'WATCH | Residents react to the harbour board’s decision:',
      'Some residents worry the decision could hurt the ferry service',
      '14 hours ago',
      'Duration 1:30',
      'The harbour board has approved the new terminal. Some residents in Marlow fear it will end the ferry service.',
      '"He learned the trade on the quay, and that really showed," he said.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Tom Reyes said the harbour board “understands the town.”',
      '"He learned the trade on the quay, and that really showed," he said.',
    ]);
  });

  it('drops a date stamp that ends on the period of "a.m.", and keeps a sentence that gives a time', () => {
    const raw = [
      'Harbour board approves new ferry terminal',
      'By Ada Quill | Staff Writer',
      'Nov. 7, 2025, 10:52 p.m. | Updated Nov. 8, 2025, 9:15 a.m.',
      'The harbour board approved the new terminal on Thursday after a two-hour meeting.',
      'Work on the terminal starts on Nov. 17, 2025 at 9 a.m.',
    ].join('\n\n');
    const { paragraphs, lines } = cleanArticle(raw, rules);
    expect(paragraphs).toEqual([
      'The harbour board approved the new terminal on Thursday after a two-hour meeting.',
      'Work on the terminal starts on Nov. 17, 2025 at 9 a.m.',
    ]);
    // The page's lines keep it for the metadata.
    expect(lines.some((l) => l.text.startsWith('Nov. 7, 2025'))).toBe(true);
  });

  it('drops a correction notice: not the story, though it gives a figure', () => {
    const raw = [
      'The harbour board approved the new terminal on Thursday after a two-hour meeting.',
      'This article was amended on 6 November 2025. An earlier version said the terminal would cost $14m; the correct figure is $40m.',
      'Editor’s note: An earlier version of this article misstated the number of berths. There are three, not four.',
      'Correction, Nov. 11, 2025: This article originally stated that 45 ferries were built.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'The harbour board approved the new terminal on Thursday after a two-hour meeting.',
    ]);
  });
});

describe('cleanArticle: a live page’s entries and their captions', () => {
  it('keeps an entry heading ("9:00 a.m. ET — What the strike is about") apart from the entry under it', () => {
    const raw = [
      'The union said it would suspend the strike on Friday.',
      '9:00 a.m. ET — What the strike is about',
      'The union, which represents about 38,000 drivers, began the strike at 2 a.m. Monday.',
    ].join('\n\n');
    const { paragraphs } = cleanArticle(raw, rules);
    expect(paragraphs).toContain(
      'The union, which represents about 38,000 drivers, began the strike at 2 a.m. Monday.',
    );
    expect(paragraphs.join('\n')).not.toContain('about The union');
  });

  it('drops a menu’s abbreviation alone on its line ("U.S."), which is no sentence for all its stops', () => {
    const raw = [
      'U.S.',
      'World',
      'Politics',
      'The talks ended after three hours without a deal, officials said.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'The talks ended after three hours without a deal, officials said.',
    ]);
  });

  it('drops a caption credited in brackets as a label and a name ("(CPA: Ana Roe)", "(Supplied)")', () => {
    const raw = [
      'Firefighters brought the wildfire under control after four days, officials said.',
      'Burned forest on the slopes of the mountain on Friday. (CPA: Ana Roe)',
      'Crews rest beside the road near the village. (Supplied)',
      'Evacuation orders were lifted on Friday morning for two villages.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Firefighters brought the wildfire under control after four days, officials said.',
      'Evacuation orders were lifted on Friday morning for two villages.',
    ]);
  });
});

describe('cleanArticle: a transcript’s question that says "you" beside a promo word', () => {
  it('keeps "Q. …, you left the terminal unlocked, correct?" as the question it is, not a promo', () => {
    const body = [
      'The mechanic returned to the stand for cross-examination by the defense. From the transcript:',
      'Q. Mr. Orta, you left the drive terminal unlocked in March 2024, correct?',
      'A. I was written up. I don’t agree with what it said.',
      'Q. And again that October?',
      'A. My daughter was in the hospital.',
    ].join('\n\n');
    expect(cleanArticle(body, rules).paragraphs).toContain(
      'Q. Mr. Orta, you left the drive terminal unlocked in March 2024, correct?',
    );
  });
});

describe('cleanArticle: a hearing’s record as its pages print it', () => {
  // Lines broken where the record's width fell, turns one after the other, a running head at each page break.
  const record = [
    'The tribunal heard the appeal on Tuesday. From the record:',
    [
      'OFFICIAL RECORD OF PROCEEDINGS',
      'CHAIR VANTERPOOL: We will hear the appeal of the',
      'Orlan Ferry Company first. Mr. Quist.',
      'SUBMISSIONS ON BEHALF OF THE APPELLANT',
      'MR. QUIST: Madam Chair, may it please the Tribunal:',
      'For six weeks the harbour has refused every',
      'sailing we have asked for, and the licence does not',
      'allow --',
      'MEMBER OKONJO: Counsel, Madam Chair Asked You',
      'whether the licence lapsed in March.',
      'MR. QUIST: Not in March, Member Okonjo. The',
      'licence runs until the board revokes it, and the board',
      'has never met to do so, which leaves the crews and',
    ].join('\n'),
    'Tribunal Reporting Services | Page 7\nUnofficial Transcript',
    [
      'their families without work for the whole of the',
      'summer season.',
      '(Pause.)',
      'CHAIR VANTERPOOL: Thank you, Mr. Quist.',
    ].join('\n'),
    'Tribunal Reporting Services | Page 8\nUnofficial Transcript',
    'The tribunal reserved its decision.',
  ].join('\n\n');

  it('joins each turn’s lines, keeps a turn broken off with "--", and reads a turn on past a page break', () => {
    expect(cleanArticle(record, rules).paragraphs).toEqual([
      'The tribunal heard the appeal on Tuesday. From the record:',
      'CHAIR VANTERPOOL: We will hear the appeal of the Orlan Ferry Company first. Mr. Quist.',
      'MR. QUIST: Madam Chair, may it please the Tribunal: For six weeks the harbour has refused every sailing we have asked for, and the licence does not allow --',
      'MEMBER OKONJO: Counsel, Madam Chair Asked You whether the licence lapsed in March.',
      'MR. QUIST: Not in March, Member Okonjo. The licence runs until the board revokes it, and the board has never met to do so, which leaves the crews and their families without work for the whole of the summer season.',
      '(Pause.)',
      'CHAIR VANTERPOOL: Thank you, Mr. Quist.',
      'The tribunal reserved its decision.',
    ]);
  });
});
