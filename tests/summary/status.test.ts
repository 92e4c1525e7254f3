import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/commands/handle.ts';
import type { LoadError } from '../../src/corpus/types.ts';
import { ErrorCode } from '../../src/errors.ts';
import { buildIndex } from '../../src/index/newsIndex.ts';
import { articleOf, FIXTURES, indexOf, loose, NOW, testConfig } from '../helpers/corpus.ts';

const config = testConfig();

/** Words a boilerplate line would bring in; none may appear in a summary. */
const BOILERPLATE =
  /Getty|Image credit|Subscribe|newsletter|Most Popular|Load more|articleGUID|Accessibility|Filed under/i;

describe('summarizeStatus on the shipped corpus', async () => {
  const { index } = await indexOf();
  const status = statusOf(index, { config });
  const all = status.items.map((i) => i.text).join(' ');

  it('has at most limits.statusItems items within limits.statusChars characters, each with sources', () => {
    expect(status.kind).toBe('status');
    expect(status.items.length).toBeGreaterThanOrEqual(4);
    expect(status.items.length).toBeLessThanOrEqual(config.limits.statusItems);
    expect(all.length).toBeLessThanOrEqual(config.limits.statusChars);
    for (const item of status.items) expect(item.sources.length).toBeGreaterThanOrEqual(1);
  });

  it('takes every item verbatim from the first article it cites, and no boilerplate', () => {
    for (const item of status.items) {
      const article = index.byId.get(item.sources[0]?.articleId ?? '');
      expect(loose(article?.sentences.map((s) => s.text).join(' ') ?? '')).toContain(loose(item.text));
      expect(item.text).not.toMatch(BOILERPLATE);
    }
  });

  it('starts with one of the newest articles and cites the same fact from several outlets', () => {
    expect(status.items[0]?.sources[0]?.published).toBe('2018-10-07');
    expect(status.items.some((i) => new Set(i.sources.map((s) => s.outlet)).size >= 3)).toBe(true);
  });

  it('covers at least five of the six facts a good status of this story has', () => {
    const facts = {
      'second summit as soon as possible':
        /second summit[\s\S]*(as soon as possible|earliest (possible date|date possible))/,
      'no date or place yet': /refine|no specific time or location|date and venue/,
      'Pompeo met Kim in Pyongyang': /Pyongyang|North Korean capital|visit to North Korea/,
      'talks productive': /productive|step forward/,
      'working-level talks': /working-level|working group/,
      'first summit in Singapore in June': /Singapore/,
    };
    const covered = Object.entries(facts)
      .filter(([, re]) => re.test(all))
      .map(([name]) => name);
    expect(covered.length, `covered: ${covered.join('; ')}`).toBeGreaterThanOrEqual(5);
  });

  it('does not present the superseded plan of the older article as current', () => {
    expect(all).not.toMatch(/next month/);
    expect(status.items.every((i) => i.sources[0]?.outlet !== 'The Hill' || !/will|next/.test(i.text))).toBe(
      true,
    );
  });

  it('avoids sentences that lean on a previous one', () => {
    for (const item of status.items) expect(item.text).not.toMatch(/^(He|She|It|They|But|This|That)\b/);
  });

  it('is deterministic: the same index gives the same answer', async () => {
    const again = statusOf({ ...index, answers: new Map() }, { config });
    expect(again).toEqual(status);
  });
});

describe('summarizeStatus on a second story', async () => {
  const { index } = await indexOf(path.join(FIXTURES, 'story2'));
  const status = statusOf(index, { config });
  const all = status.items.map((i) => i.text).join(' ');

  it('reports the newest state (the strike ended) and drops the older article’s plans', () => {
    expect(all).toMatch(/end their week-long strike|strike .*ended|return on Monday/);
    expect(all).not.toMatch(/will begin on Monday|walk out next week/);
    expect(status.items[0]?.sources[0]?.published).toBe('2024-03-10');
  });
});

describe('summarizeStatus citations', () => {
  it('cites another outlet only for the fact it reports, not for background both mention', () => {
    const fine = articleOf(
      'fine',
      [
        [
          'The European Commission on Thursday fined Meridian Labs €2.1 billion for breaching the bloc’s data rules, the largest penalty of its kind this year.',
        ],
        ['The fine must be paid within 90 days, the Commission said.'],
      ],
      { outlet: 'Harbor Times', published: '2025-05-01' },
    );
    const shares = articleOf(
      'shares',
      [
        [
          'Shares in Meridian Labs fell 6 percent on Friday after the European Commission fined the company €2.1 billion on Thursday.',
        ],
        ['Smaller firms said they had waited years for regulators to act.'],
      ],
      { outlet: 'Daily Ledger', published: '2025-05-02' },
    );
    const status = statusOf(buildIndex([fine, shares], [], NOW), { config });
    const item = status.items.find((i) => i.text.startsWith('Shares in Meridian Labs fell'));
    expect(item?.sources.map((s) => s.outlet)).toEqual(['Daily Ledger']);
  });
});

describe('summarizeStatus citations: the same fact, not the same words', () => {
  const statusOf2 = (a: string, b: string) =>
    statusOf(
      buildIndex(
        [
          articleOf('a', [[a]], { outlet: 'Coastal Gazette', published: '2025-03-05' }),
          articleOf('b', [[b]], { outlet: 'Shore Weekly', published: '2025-03-05' }),
        ],
        [],
        NOW,
      ),
      { config },
    );
  const outletsOf = (status: ReturnType<typeof statusOf>, has: string) =>
    status.items.find((i) => i.text.includes(has))?.sources.map((s) => s.outlet);

  it('never cites an outlet whose sentence gives other figures', () => {
    const status = statusOf2(
      'The port strike has left a backlog of 90,000 containers waiting at the terminal in Valemont, officials said.',
      'The port strike has left a backlog of 30,000 containers waiting at the terminal in Valemont, officials said.',
    );
    expect(status.items.length).toBeGreaterThan(0);
    for (const item of status.items) expect(item.sources).toHaveLength(1);
  });

  it('does not cite an outlet that shares the topic but not the claim', () => {
    const status = statusOf2(
      'Negotiators for the union and the port authority will resume talks in Valemont on Friday morning.',
      'The mayor of Valemont called on the union and the port authority to hold talks as soon as possible.',
    );
    expect(status.items.length).toBeGreaterThan(0);
    for (const item of status.items) expect(item.sources).toHaveLength(1);
  });

  it('does not cite an outlet for what the same person said about something else', () => {
    const status = statusOf2(
      'Harriet Okafor, chief executive of the Valemont dockside traders’ association and chair of the regional chamber of commerce, said on Tuesday the deal came not a moment too soon.',
      'Harriet Okafor, chief executive of the Valemont dockside traders’ association and chair of the regional chamber of commerce, said on Tuesday exporters wanted compensation.',
    );
    expect(status.items.length).toBeGreaterThan(0);
    for (const item of status.items) expect(item.sources).toHaveLength(1);
  });

  it('cites every outlet that states the fact, in other words and with the same figures', () => {
    const status = statusOf2(
      'The port authority offered dock workers a 4.5% pay rise on Tuesday, ending a nine-day strike in Valemont.',
      'Dock workers in Valemont ended their nine-day strike on Tuesday after the port authority offered a 4.5% pay rise.',
    );
    // (Either outlet's wording may be the item: both state the fact.)
    expect(outletsOf(status, '4.5%')?.sort()).toEqual(['Coastal Gazette', 'Shore Weekly']);
  });
});

describe('summarizeStatus: what is widely reported, not who is widely named', () => {
  const day = '2025-10-15';
  const status = statusOf(
    buildIndex(
      [
        articleOf(
          'a',
          [
            [
              'Ada Fenn of the Valemont Harbour Trust and Mayor Ilse Varga toured Eastbank Quay with Tomas Brenner and Sunita Okafor.',
            ],
            ['Valemont council approved a £40m flood barrier for the harbour on Monday night.'],
          ],
          { outlet: 'Coastal Gazette', published: day },
        ),
        articleOf(
          'b',
          [
            [
              'Mayor Ilse Varga thanked Ada Fenn, Sunita Okafor and Tomas Brenner of the Valemont Harbour Trust at Eastbank Quay.',
            ],
            ['Councillors voted on Monday to build the harbour flood barrier, which will cost £40m.'],
          ],
          { outlet: 'Shore Weekly', published: day },
        ),
        articleOf(
          'c',
          [
            [
              'Tomas Brenner, Sunita Okafor, Ada Fenn and Mayor Ilse Varga of Valemont Harbour Trust spoke at Eastbank Quay.',
            ],
            ['The £40m barrier approved by the council on Monday should protect the harbour from floods.'],
          ],
          { outlet: 'Harbour Wire', published: day },
        ),
      ],
      [],
      NOW,
    ),
    { config },
  );

  it('leads with the claim several outlets report, not a sentence that only names the same people', () => {
    expect(status.items[0]?.text).toMatch(/flood barrier/);
  });

  it('cites no other outlet for what the same people did there (toured, thanked, spoke)', () => {
    for (const item of status.items.filter((i) => i.text.includes('Eastbank Quay')))
      expect(item.sources).toHaveLength(1);
  });
});

describe('summarizeStatus: figures are hard facts', () => {
  it('prefers the sentence that states figures to one that only describes', () => {
    const status = statusOf(
      buildIndex(
        [
          articleOf(
            'a',
            [
              [
                'Officials in Valemont described the mood among the dock workers as tense but hopeful this week.',
              ],
              ['The union said its 2,400 members would vote on a deal worth 4.5% this year, up from 3%.'],
            ],
            { outlet: 'Coastal Gazette', published: '2025-03-06' },
          ),
        ],
        [],
        NOW,
      ),
      { config: { ...config, limits: { ...config.limits, statusItems: 1 } } },
    );
    expect(status.items[0]?.text).toMatch(/2,400 members/);
  });
});

describe('summarizeStatus items', () => {
  it('never takes a sentence that quotes someone without saying who', () => {
    const article = articleOf(
      'quay',
      [
        [
          'Crowds gathered at the quay in Valemont on Monday evening to mark "the end of a long and bitter dispute".',
        ],
        ['The port authority and the dock workers union signed the agreement in Valemont on Monday evening.'],
      ],
      { outlet: 'Coastal Gazette', published: '2025-03-05' },
    );
    const status = statusOf(buildIndex([article], [], NOW), { config });
    expect(status.items.map((i) => i.text)).toEqual([
      'The port authority and the dock workers union signed the agreement in Valemont on Monday evening.',
    ]);
  });
});

describe('summarizeStatus with an undated article', () => {
  it('never lets the undated article lead, nor call its day the newest', () => {
    const dated = articleOf(
      'dated',
      [['The harbour board approved the new ferry terminal on Tuesday after a planning fight of two years.']],
      { outlet: 'Coastal Gazette', published: '2025-03-04' },
    );
    const undated = articleOf(
      'undated',
      [
        [
          'Crews began clearing the site of the ferry terminal on Monday, the harbour board said in a statement.',
        ],
      ],
      { outlet: 'Shore Weekly', published: undefined },
    );
    const status = statusOf(buildIndex([undated, dated], [], NOW), { config });
    expect(status.items.map((i) => i.sources[0]?.outlet)).toEqual(['Coastal Gazette', 'Shore Weekly']);
    expect(status.note).toBe('From 2 articles by 2 outlets, newest 2025-03-04.');
  });
});

describe('summarizeStatus with nothing to summarise', () => {
  it('says no article is loaded, and how many files could not be read', () => {
    const errors: LoadError[] = [
      { code: ErrorCode.FileEmpty, file: 'corpus/a.md', reason: 'empty file' },
      {
        code: ErrorCode.FileBinary,
        file: 'corpus/b.md',
        reason: 'binary file (contains NUL bytes), not article text',
      },
    ];
    const status = statusOf(buildIndex([], errors, NOW), { config });
    expect(status.items).toEqual([]);
    expect(status.note).toBe(
      'No articles are loaded yet. 2 files could not be read (the sources command lists why).',
    );
  });
});

describe('summarizeStatus: what is new, not what every article repeats', () => {
  it('leads with the newest development, not the background the newest article repeats', () => {
    const background = (day: string) =>
      `Marlow Holdings, which has run the ferry port at Dunhaven since 2009, denies breaching its safety licence${day}.`;
    const article = (id: string, published: string, paragraphs: string[][]) =>
      articleOf(id, paragraphs, { outlet: `Outlet ${id}`, published });
    const status = statusOf(
      buildIndex(
        [
          article('a', '2025-06-02', [
            ['Inspectors began a review of the ferry port at Dunhaven after a gangway collapsed on Sunday.'],
            [background('')],
          ]),
          article('b', '2025-06-03', [
            ['Passengers at Dunhaven waited for hours as crossings were cut to four a day on Tuesday.'],
            [background(', according to a statement issued on Tuesday')],
          ]),
          article('c', '2025-06-04', [
            ['The port inspector ordered the north quay at Dunhaven closed for repairs until September.'],
            [background(' and says it will appeal')],
          ]),
        ],
        [],
        NOW,
      ),
      { config: { ...config, limits: { ...config.limits, statusItems: 2 } } },
    );
    // The newest article's own news leads; its repeat of the background is not taken (the first report of
    // it may be).
    expect(status.items[0]?.text).toMatch(/ordered the north quay/);
    expect(status.items.map((i) => i.text).join(' ')).not.toMatch(/will appeal/);
  });
});

describe('summarizeStatus: one item per fact', () => {
  const status = statusOf(
    buildIndex(
      [
        articleOf(
          'wire',
          [
            [
              'The small Harbour Party withdrew its candidates from 14 of the 22 ridings it was contesting on Thursday.',
            ],
            ['Turnout in the advance vote reached a record 212,400 ballots, the elections office said.'],
          ],
          { outlet: 'Coast Wire', published: '2025-05-15' },
        ),
        articleOf(
          'blog',
          [
            [
              'Update, 15:40: The Harbour Party has withdrawn its candidates from 14 ridings and endorsed the Forward Party.',
            ],
            ['Update, 14:05: Ferries to the islands were cancelled because of high winds across the strait.'],
          ],
          { outlet: 'Valley Live', published: '2025-05-15' },
        ),
      ],
      [],
      NOW,
    ),
    { config: { ...config, limits: { ...config.limits, statusItems: 4 } } },
  );

  it('does not give the same fact twice in other words', () => {
    const withdrawn = status.items.filter((i) => /withdr[ae]w/.test(i.text));
    expect(withdrawn).toHaveLength(1);
  });

  it('drops a live blog’s time label from the sentence it shows', () => {
    for (const item of status.items) expect(item.text).not.toMatch(/^Update|\d{2}:\d{2}/);
    expect(status.items.some((i) => i.text.startsWith('Ferries to the islands were cancelled'))).toBe(true);
  });
});

describe('summarizeStatus: the current figures only', () => {
  const status = statusOf(
    buildIndex(
      [
        articleOf(
          'monday',
          [
            [
              'The death toll from the Kellmoor mine flood rose to 12 on Monday, with 20 miners still missing.',
            ],
            ['Rescue teams pumped water from the lower galleries through the night, working in four shifts.'],
          ],
          { outlet: 'Valley Post', published: '2025-03-03' },
        ),
        articleOf(
          'wednesday',
          [
            [
              'Divers reached the flooded lower gallery of the Kellmoor mine on Wednesday as the confirmed death toll rose to 19.',
            ],
            [
              'The mine company agreed to pay for the funerals of every miner who died in the flood, its chairman said.',
            ],
            ['The dead were carried out at 4.30am and taken to the district hospital in Kellmoor town.'],
          ],
          { outlet: 'Coal Country Wire', published: '2025-03-05' },
        ),
        articleOf(
          'wednesday-again',
          [
            [
              'Water pumped from the Kellmoor mine since Monday has lowered the flood by 19 metres in the galleries.',
            ],
            [
              'The death toll of the flood at the Kellmoor mine is 19 miners, the mine company confirmed on Wednesday.',
            ],
          ],
          { outlet: 'Miners Weekly', published: '2025-03-05' },
        ),
      ],
      [],
      NOW,
    ),
    { config },
  );
  const texts = status.items.map((i) => i.text);

  it('drops an older figure a newer article updates, and keeps what the older article alone reports', () => {
    expect(texts.some((t) => t.includes('rose to 19'))).toBe(true);
    expect(texts.some((t) => t.includes('rose to 12'))).toBe(false);
    expect(texts.some((t) => t.includes('four shifts'))).toBe(true);
  });

  it('keeps a sentence whose figure counts something else (a time, a depth)', () => {
    expect(texts.some((t) => t.includes('4.30am'))).toBe(true);
    expect(texts.some((t) => t.includes('19 metres'))).toBe(true);
  });

  it('gives a figure of the same thing once', () => {
    expect(texts.filter((t) => /\b19\b/.test(t) && /dea(?:d|th)|killed/.test(t))).toHaveLength(1);
  });
});

describe('summarizeStatus: a figure a newer article gives as the former value', () => {
  it('drops the older sentence whose figure the newer one says it was ("23, up from 19")', () => {
    const status = statusOf(
      buildIndex(
        [
          articleOf(
            'tuesday',
            [
              [
                'Nineteen children were in hospital on Tuesday after taking the recalled syrup, officials said.',
              ],
              [
                'The regulator said 19 children had been admitted to hospital since the recall began on Monday.',
              ],
            ],
            { outlet: 'Valley Post', published: '2025-06-10' },
          ),
          articleOf(
            'thursday',
            [
              [
                'The number of children admitted to hospital after taking the syrup rose to 23 on Thursday, up from 19.',
              ],
              ['The manufacturer suspended all production at its Eastbury plant on Thursday morning.'],
            ],
            { outlet: 'Coal Country Wire', published: '2025-06-12' },
          ),
        ],
        [],
        NOW,
      ),
      { config },
    );
    const texts = status.items.map((i) => i.text);
    expect(texts.some((t) => t.includes('rose to 23'))).toBe(true);
    expect(texts.some((t) => t.startsWith('The regulator said 19 children'))).toBe(false);
  });
});

describe('summarizeStatus items that lean on another sentence', () => {
  it('never takes a sentence said by "he" or "she" that it does not name', () => {
    const status = statusOf(
      buildIndex(
        [
          articleOf(
            'a',
            [
              [
                'The harbour board approved the new ferry terminal on Tuesday after a two-year planning fight.',
              ],
              [
                'The terminal will open to passengers in the spring of next year, she said on Tuesday evening.',
              ],
            ],
            { outlet: 'Coast Wire', published: '2025-05-15' },
          ),
        ],
        [],
        NOW,
      ),
      { config },
    );
    expect(status.items.map((i) => i.text).join(' ')).not.toMatch(/she said/);
    expect(status.items).toHaveLength(1);
  });
});

describe('summarizeStatus: a sentence that leans on the one before, read with it', () => {
  const statusOfParagraphs = (paragraphs: string[][]) =>
    statusOf(
      buildIndex([articleOf('a', paragraphs, { outlet: 'Coast Wire', published: '2025-05-15' })], [], NOW),
      { config },
    );

  it('shows a figure it gives with the sentence before, both verbatim ("… died on Thursday. His death brings the toll to four.")', () => {
    const status = statusOfParagraphs([
      ['Private Ivo Brandt died on Thursday evening at the regional infirmary, the army said.'],
      ['His death brings the toll from the river crossing to four.'],
    ]);
    expect(status.items.map((i) => i.text)).toContain(
      'Private Ivo Brandt died on Thursday evening at the regional infirmary, the army said. His death brings the toll from the river crossing to four.',
    );
  });

  it('leaves out one that adds no figure ("He walked to the microphone …")', () => {
    const status = statusOfParagraphs([
      [
        'Dan Hale, the boy’s father, told reporters earlier in the week that he might not speak at the vigil.',
      ],
      ['He walked to the microphone after the band played and stood for several seconds before he began.'],
    ]);
    expect(status.items.map((i) => i.text).join(' ')).not.toMatch(/microphone/);
  });

  it('leaves out "she said" when neither sentence names who she is', () => {
    const status = statusOfParagraphs([
      ['The harbour board approved the new ferry terminal on Tuesday after a two-year planning fight.'],
      ['The terminal will cost 40 million euros and open next spring, she said on Tuesday evening.'],
    ]);
    expect(status.items.map((i) => i.text).join(' ')).not.toMatch(/she said/);
  });
});

describe('summarizeStatus: a notice of where readers can find help', () => {
  it('is no item ("the 988 Lifeline can be reached by call or text on 988")', () => {
    const status = statusOf(
      buildIndex(
        [
          articleOf(
            'a',
            [
              [
                'More than 2,000 people attended a vigil for the 15-year-old at the school field on Friday night.',
              ],
              ['In the US, the 988 Suicide and Crisis Lifeline can be reached by call or text on 988.'],
            ],
            { outlet: 'Coast Wire', published: '2025-05-15' },
          ),
        ],
        [],
        NOW,
      ),
      { config },
    );
    expect(status.items.map((i) => i.text).join(' ')).not.toMatch(/Lifeline/);
    expect(status.items).toHaveLength(1);
  });
});

describe('summarizeStatus: a sentence opened by a connective', () => {
  it('shows it without the connective, the rest verbatim ("But the panel released …" → "The panel released …")', () => {
    const status = statusOf(
      buildIndex(
        [
          articleOf(
            'a',
            [
              [
                'The harbour board approved the new ferry terminal on Tuesday after a two-year planning fight.',
              ],
              [
                'But the panel released the contractor’s site engineer under judicial control with a travel ban.',
              ],
            ],
            { outlet: 'Coast Wire', published: '2025-05-15' },
          ),
        ],
        [],
        NOW,
      ),
      { config },
    );
    const texts = status.items.map((i) => i.text);
    expect(texts).toContain(
      'The panel released the contractor’s site engineer under judicial control with a travel ban.',
    );
    expect(texts.join(' ')).not.toMatch(/\bBut\b/);
  });
});

describe('summarizeStatus: a figure of the same thing once', () => {
  it('does not repeat a figure another item gives of the same thing, in fewer words', () => {
    const status = statusOf(
      buildIndex(
        [
          articleOf(
            'wire',
            [
              [
                'Bus drivers in Orrin agreed on Sunday to end their two-week strike after the transit board offered a 7 percent pay rise over three years, the union said.',
              ],
              [
                'The transit board said in a statement that buses would run a full timetable from Tuesday morning.',
              ],
            ],
            { outlet: 'Orrin Wire', published: '2025-05-15' },
          ),
          articleOf(
            'paper',
            [
              ['The settlement gives the drivers a 7 percent raise over three years.'],
              [
                'Commuters who walked or cycled during the stoppage said they were glad to have the buses back.',
              ],
            ],
            { outlet: 'Orrin Daily', published: '2025-05-15' },
          ),
        ],
        [],
        NOW,
      ),
      { config },
    );
    expect(status.items.filter((i) => /7 percent/.test(i.text))).toHaveLength(1);
  });
});

describe('summarizeStatus: the editors’ summary and the story’s passers-by', () => {
  const article = (id: string, published: string, paragraphs: string[][], standfirst?: string) =>
    articleOf(id, paragraphs, { outlet: `Outlet ${id}`, published, ...(standfirst ? { standfirst } : {}) });
  const statusOfArticles = (articles: ReturnType<typeof article>[], items: number) =>
    statusOf(buildIndex(articles, [], NOW), {
      config: { ...config, limits: { ...config.limits, statusItems: items } },
    });

  it("quotes the newest article's standfirst, verbatim, as one of its items", () => {
    const status = statusOfArticles(
      [
        article(
          'a',
          '2025-06-03',
          [
            ['The tribunal sat for a third day in Corvel on Tuesday, hearing from two harbour pilots.'],
            ['The pilots described the fog on the morning the dredger grounded near the river mouth.'],
          ],
          'Harbour authority found negligent over dredger grounding; fine of 2 million crowns to be set in July',
        ),
        article('b', '2025-06-01', [
          ['The dredger Velka grounded at the mouth of the Corvel river on Saturday with nine crew aboard.'],
        ]),
      ],
      2,
    );
    expect(status.items.map((i) => i.text)).toContain(
      'Harbour authority found negligent over dredger grounding; fine of 2 million crowns to be set in July',
    );
  });

  it("quotes the newest article's key points, verbatim, as items", () => {
    const live = articleOf(
      'live',
      [
        ['Good evening and welcome to our coverage of the third day of the dredger inquiry.'],
        ['The tribunal heard from two harbour pilots who described fog on the morning of the grounding.'],
      ],
      {
        outlet: 'Outlet live',
        published: '2025-06-03',
        keyPoints: [
          'Tribunal finds the harbour authority negligent over the dredger grounding',
          'Fine of 2 million crowns to be set at a hearing on 14 July',
        ],
      },
    );
    const older = article('b', '2025-06-01', [
      ['The dredger Velka grounded at the mouth of the Corvel river on Saturday with nine crew aboard.'],
    ]);
    const status = statusOfArticles([live, older], 3);
    expect(status.items.map((i) => i.text)).toContain(
      'Fine of 2 million crowns to be set at a hearing on 14 July',
    );
  });

  it("states the newest article's key points first, each by the sentence of the article that gives it in full", () => {
    const live = articleOf(
      'live',
      [
        ['Mara Lindell was among the first residents back in Arden Flat this morning, her roses scorched.'],
        ['Volunteers handed out sandwiches and tea at the showground gates from dawn.'],
        ['A choir from the primary school sang for the crews as they came off the line.'],
        [
          'The rural fire service says the Brennan Ridge fire was contained overnight after burning 14,800 hectares.',
        ],
        [
          'The insurers’ association declared the fire a catastrophe on Monday, and 310 claims have been lodged.',
        ],
      ],
      {
        outlet: 'Outlet live',
        published: '2025-03-10',
        keyPoints: [
          'Brennan Ridge fire contained after burning 14,800 hectares',
          'Insurers declare a catastrophe as claims pass 310',
        ],
      },
    );
    const older = article('b', '2025-03-08', [
      ['A fast-moving fire tore through bushland above the valley on Saturday, forcing 3,000 people out.'],
    ]);
    const texts = statusOfArticles([live, older], 3).items.map((i) => i.text);
    expect(texts).toContain(
      'The rural fire service says the Brennan Ridge fire was contained overnight after burning 14,800 hectares.',
    );
    expect(texts).toContain(
      'The insurers’ association declared the fire a catastrophe on Monday, and 310 claims have been lodged.',
    );
  });

  it('drops an older key point whose figure its own article gives in a sentence a newer article updates', () => {
    const older = articleOf(
      'a',
      [['The hospital group said on Monday that the records of about 310,000 patients had been stolen.']],
      {
        outlet: 'Outlet a',
        published: '2025-03-11',
        keyPoints: ['Around 310,000 patient records affected, up from 40,000 first reported'],
      },
    );
    const newer = article('b', '2025-03-13', [
      ['The hospital group said on Thursday that the records of 1.37 million patients had been stolen.'],
      ['Police arrested a 22-year-old man at an address in Ostby on Thursday in connection with the theft.'],
    ]);
    const status = statusOfArticles([newer, older], 4);
    expect(status.items.map((i) => i.text).filter((t) => t.includes('310,000'))).toEqual([]);
  });

  it('never ends an item with the colon that introduces a statement in the next sentence', () => {
    const status = statusOfArticles(
      [
        article('a', '2025-06-03', [
          [
            'Anneli Varga, the chief executive of the harbour authority, said in a statement issued on Tuesday night:',
            '“We accept the tribunal’s findings in full and will not appeal.”',
          ],
          [
            'The tribunal found the authority negligent and will set a fine of up to 2 million crowns in July.',
          ],
        ]),
      ],
      3,
    );
    expect(status.items.length).toBeGreaterThan(0);
    for (const item of status.items) expect(item.text).not.toMatch(/:$/);
  });

  it('ranks a passer-by introduced in passing, and what they go on to say, below the story’s news', () => {
    const story = (id: string, published: string, first: string) =>
      article(id, published, [
        [first],
        [
          'Tomas Ilves, 34, a ferry deckhand from Sarn, was waiting at the terminal with his two children on Tuesday.',
        ],
        [
          'Mr Ilves said the family had missed two days of school and a hospital appointment on the mainland.',
        ],
        [
          'Greta Holm, a retired teacher whose sister lives on the island, had slept in her car for two nights.',
        ],
        [
          'Retired ferry engineer Anders Lund, 71, had put 62,000 crowns of his savings into the ferry company last year.',
        ],
      ]);
    const status = statusOfArticles(
      [
        story(
          'a',
          '2025-06-03',
          'The Sarn ferry service resumed on Tuesday after the harbour authority reopened the channel.',
        ),
        article('b', '2025-06-02', [
          [
            'The harbour authority closed the Sarn channel on Monday after the dredger Velka grounded near the pier.',
          ],
          [
            'Salvage crews refloated the Velka at high tide on Monday evening and towed her to Corvel for repairs.',
          ],
        ]),
        article('c', '2025-06-01', [
          [
            'About 1,200 islanders were stranded on the mainland after crossings to Sarn were halted on Sunday.',
          ],
        ]),
      ],
      3,
    );
    const texts = status.items.map((i) => i.text).join(' ');
    expect(texts).toMatch(/resumed on Tuesday/);
    expect(texts).not.toMatch(/Ilves|Holm|Lund/);
  });
});

describe('summarizeStatus: a figure a newer article updates', () => {
  it('drops the older figure even when the newer one is in a sentence it would not show', () => {
    const status = statusOf(
      buildIndex(
        [
          articleOf(
            'new',
            [
              [
                'Rescue teams reached the last cut-off villages in the Arvel valley on Wednesday, the army said.',
              ],
              ['It said the confirmed death toll from the Arvel valley floods had climbed to 19 overnight.'],
            ],
            { outlet: 'Valley Wire', published: '2025-04-09' },
          ),
          articleOf(
            'old',
            [
              ['The death toll from flash floods in the Arvel valley reached 12 on Monday, officials said.'],
              ['Schools across the district were closed and two bridges were swept away near Ostrel.'],
            ],
            { outlet: 'Arvel Post', published: '2025-04-07' },
          ),
        ],
        [],
        NOW,
      ),
      { config },
    );
    const texts = status.items.map((i) => i.text).join(' ');
    expect(texts).toMatch(/cut-off villages/);
    expect(texts).not.toMatch(/reached 12/);
  });
});

describe('outlets spelled two ways', () => {
  it('are one outlet in a snapshot, spelled as fully as any page gives it', () => {
    const fact = 'The Vellmore ferry service will stay suspended until 14 June, the operator said on Monday.';
    const index = buildIndex(
      [
        articleOf('a', [[fact]], { outlet: 'Harbour Courier', published: '2025-06-02' }),
        articleOf('b', [[fact]], { outlet: 'The Harbour Courier', published: '2025-06-02' }),
        articleOf('c', [[fact]], { outlet: 'harbourcourier.com', published: '2025-06-01' }),
        articleOf('d', [[fact]], { outlet: 'Island Post', published: '2025-06-01' }),
      ],
      [],
      NOW,
    );
    expect(index.articles.map((a) => a.outlet).sort()).toEqual([
      'Island Post',
      'The Harbour Courier',
      'The Harbour Courier',
      'The Harbour Courier',
    ]);
    const item = statusOf(index, { config }).items.find((i) => i.text.startsWith('The Vellmore ferry'));
    const cited = item?.sources.map((s) => s.outlet) ?? [];
    expect(cited).toContain('The Harbour Courier');
    expect(new Set(cited).size).toBe(cited.length);
  });
});

describe('summarizeStatus: the reporter’s facts, not someone’s words', () => {
  it('leaves out the turns of an interview transcript and the sentences of a long quotation', () => {
    const transcript = articleOf(
      'radio',
      [
        ['This is a transcript of an interview broadcast on Harbour Breakfast on Thursday morning.'],
        [
          'NELL PRATHER: The ferry crossing between Dunhaven and Kessock reopened yesterday after nine days of repairs to the gangway.',
          'Was the wait worth it?',
        ],
        [
          'OSKAR LINDGREN: The engineers replaced every one of the forty-two bolts holding the gangway to the quay.',
          'Nobody will cross until the inspector signs the whole structure off on Friday afternoon.',
        ],
      ],
      { outlet: 'Harbour Radio', published: '2025-06-05' },
    );
    const report = articleOf(
      'report',
      [
        [
          'The ferry between Dunhaven and Kessock reopened on Wednesday after nine days of repairs to a collapsed gangway.',
        ],
        [
          '“We had to rebuild the whole landing stage from the piles up, which took far longer than anyone hoped at the start.',
        ],
        [
          '“The crews worked through two storms at the quay.',
          'The night shifts on the flooded landing stage were the hardest part of it,” said Ines Vallory, the port engineer.',
        ],
      ],
      { outlet: 'Coastal Gazette', published: '2025-06-04' },
    );
    const status = statusOf(buildIndex([transcript, report], [], NOW), { config });
    const texts = status.items.map((i) => i.text);
    expect(texts).toContain(
      'The ferry between Dunhaven and Kessock reopened on Wednesday after nine days of repairs to a collapsed gangway.',
    );
    expect(texts.join(' ')).not.toMatch(/bolts|inspector signs|landing stage|PRATHER|LINDGREN/);
  });
});

describe('summarizeStatus on a live page', () => {
  it('counts a live page’s lower entries as older: the newest entry leads, not a longer one below it', () => {
    const live = articleOf(
      'live',
      [
        ['All five walkers missing on the fells since Sunday are safe and well.'],
        [
          'Families have gathered at the village hall in Stonegill, where tea and blankets are being handed out.',
        ],
        ['The police said the search would resume at first light if the weather allowed it.'],
        [
          'Some 60 volunteers from three mountain rescue teams and 2 helicopters are heading back up from Stonegill this morning, with a brief break in the weather forecast for the 900-metre high ground around Raven Crag.',
        ],
      ],
      { outlet: 'Harrow Courier', published: '2025-10-15', title: 'Harrow Fells missing walkers – live' },
    );
    const status = statusOf(buildIndex([live], [], NOW), {
      config: { ...config, limits: { ...config.limits, statusItems: 1 } },
    });
    expect(status.items.map((i) => i.text)).toEqual([
      'All five walkers missing on the fells since Sunday are safe and well.',
    ]);
  });
});

describe('summarizeStatus: which pages are live', () => {
  const article = (title: string) =>
    articleOf(
      'page',
      [
        ['All five walkers missing on the fells since Sunday are safe and well.'],
        [
          'Families have gathered at the village hall in Stonegill, where tea and blankets are being handed out.',
        ],
        ['The police said the search would resume at first light if the weather allowed it.'],
        [
          'Some 60 volunteers from three mountain rescue teams and 2 helicopters are heading back up from Stonegill this morning, with a brief break in the weather forecast for the 900-metre high ground around Raven Crag.',
        ],
      ],
      { outlet: 'Harrow Courier', published: '2025-10-15', title },
    );
  const first = (title: string) =>
    statusOf(buildIndex([article(title)], [], NOW), {
      config: { ...config, limits: { ...config.limits, statusItems: 1 } },
    }).items[0]?.text;

  it('reads a live tag wherever a title carries it, and not the verb', () => {
    for (const title of ['Harrow Fells walkers LIVE: rescue under way', 'Live updates: Harrow Fells rescue'])
      expect(first(title)).toMatch(/^All five walkers/);
    expect(first('Where the fell walkers of Harrow live')).toMatch(/^Some 60 volunteers/);
  });
});

describe('summarizeStatus: news over a feature’s description', () => {
  it('takes the sentences that report events ("Police have charged …") before those that describe', () => {
    const feature = articleOf(
      'feature',
      [
        [
          'When a criminal gang posted students’ passports and medical letters online, it exposed more than data.',
        ],
        [
          'The Tamsetts are two of up to 310,000 current and former students whose records sat on a single ageing server in the basement of the old library.',
        ],
        [
          'Ruby Tamsett learned of it in a tutorial room on the third floor of the marine science building, halfway through marking first-year lab reports.',
        ],
        ['Police have charged a 24-year-old man from Kellmoor with unauthorised access offences.'],
        [
          'The staff union will put a motion of no confidence in the university’s leadership to members next Thursday.',
        ],
      ],
      { outlet: 'Port Herald', published: '2025-11-08' },
    );
    const status = statusOf(buildIndex([feature], [], NOW), {
      config: { ...config, limits: { ...config.limits, statusItems: 2 } },
    });
    expect(status.items.map((i) => i.text).join(' ')).toMatch(/Police have charged/);
  });
});

describe('summarizeStatus: a service restored, a patient who remains in hospital', () => {
  it('reads as news ("were restored", "remains"), ahead of a description', () => {
    const feature = articleOf(
      'restored',
      [
        ['The lava field steams quietly now under a low grey sky above the harbour town of Sarnvik.'],
        ['Hot water supplies to Sarnvik and two neighbouring towns were restored on Wednesday night.'],
        ['The injured pilot remains in a stable condition at the regional hospital in Kellmoor.'],
      ],
      { outlet: 'Port Herald', published: '2025-11-08' },
    );
    const status = statusOf(buildIndex([feature], [], NOW), {
      config: { ...config, limits: { ...config.limits, statusItems: 2 } },
    });
    const text = status.items.map((i) => i.text).join(' ');
    expect(text).toMatch(/were restored/);
    expect(text).toMatch(/remains in a stable condition/);
  });
});

describe('summarizeStatus: a toll told in other words', () => {
  const status = statusOf(
    buildIndex(
      [
        articleOf(
          'wednesday',
          [
            ['According to the district administration, 13 people have died and eight remain missing.'],
            ['A support desk for families has opened beside the river in Tarnagar.'],
            ['Eight people remain unaccounted for, officials at the control room said.'],
          ],
          { outlet: 'Relief Collective', published: '2025-08-20' },
        ),
        articleOf(
          'thursday',
          [
            [
              'The death toll in the collapse of the bridge at Tarnagar rose to 17 on Thursday after divers recovered more bodies downstream.',
            ],
            ['Four people are still missing in the river below the broken span at Tarnagar.'],
            ['A free ferry will run between the two banks from Friday, the collector said.'],
          ],
          { outlet: 'Daily Ledger', published: '2025-08-21' },
        ),
        articleOf(
          'history',
          [['A derailment in 1998 killed four people on the same line, the newest article recalls.']],
          { outlet: 'Rail Review', published: '2025-08-22' },
        ),
      ],
      [],
      NOW,
    ),
    { config },
  );
  const texts = status.items.map((i) => i.text);

  it('drops an older count of the dead that a newer one updates, though the sentences share few words', () => {
    expect(texts.some((t) => t.includes('rose to 17'))).toBe(true);
    expect(texts.some((t) => t.includes('13 people have died'))).toBe(false);
  });

  it('reads a count written in words: "Four … still missing" updates "Eight … remain unaccounted for"', () => {
    expect(texts.some((t) => t.startsWith('Eight people'))).toBe(false);
  });

  it('takes no year-dated history for a newer toll ("A derailment in 1998 killed four")', () => {
    expect(texts.some((t) => t.includes('rose to 17'))).toBe(true);
  });
});

describe('summarizeStatus: what the story stands on, before what someone unnamed or quoted says', () => {
  const story = (sentences: string[]) =>
    buildIndex(
      [
        articleOf(
          'quay',
          sentences.map((s) => [s]),
          { outlet: 'Port Herald', published: '2025-11-08' },
        ),
      ],
      [],
      NOW,
    );
  const top = (sentences: string[]) =>
    statusOf(story(sentences), {
      config: { ...config, limits: { ...config.limits, statusItems: 1 } },
    }).items[0]?.text;

  it('ranks a claim from someone speaking on condition of anonymity below the reported fact', () => {
    const fact = 'The harbour board voted on Friday to close the old ferry quay to all traffic until April.';
    const anonymous =
      'A senior harbour official, speaking on condition of anonymity, said the board had voted on Friday to close the old quay until April.';
    expect(top([anonymous, fact])).toBe(fact);
  });

  it('ranks a sentence carried by someone’s words in quotation marks below the reported fact', () => {
    const fact = 'The harbour board voted on Friday to close the old ferry quay to all traffic until April.';
    const words =
      'The board’s engineer announced on Friday that the old ferry quay, with its cracked piles and rusted rails, was “simply not safe for anyone to use” until April.';
    expect(top([words, fact])).toBe(fact);
  });
});

describe('summarizeStatus: the fact of an earlier day is its headline stated by a sentence that ranks', () => {
  it('takes the lead stating most of the headline over a sentence further down sharing a word or two more', () => {
    const story = (id: string, published: string, title: string, paragraphs: string[][]) =>
      articleOf(id, paragraphs, { outlet: `Outlet ${id}`, published, title });
    const status = statusOf(
      buildIndex(
        [
          story('new', '2025-11-16', 'More than 3,000 Velm students vaccinated over the weekend', [
            ['More than 3,000 students at Velm were vaccinated over the weekend at an emergency clinic.'],
          ]),
          story('old', '2025-11-13', 'Laboratory confirms three Velm fever cases as vaccine petition grows', [
            [
              'The national laboratory confirmed on Thursday that all three fever cases at the Velm campus were caused by the same strain of the bacteria.',
            ],
            ['The university cancelled every social event in its halls of residence until further notice.'],
            ['Students queued at the campus health centre for advice for most of the afternoon on Thursday.'],
            ['Lecturers were told to record their lectures for students who stayed away from the campus.'],
            [
              'A petition asking for vaccines after the three fever cases at Velm grows by the hour, organisers said.',
            ],
          ]),
        ],
        [],
        NOW,
      ),
      { config: { ...config, limits: { ...config.limits, statusItems: 2 } } },
    );
    const texts = status.items.map((i) => i.text);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/^The national laboratory confirmed/);
  });
});

describe('summarizeStatus: newest facts first', () => {
  // 2031-04-16 was a Wednesday, 2031-04-19 a Saturday.
  const article = (id: string, published: string, paragraphs: string[][], title: string) =>
    articleOf(id, paragraphs, { outlet: `Outlet ${id}`, published, title });
  const status = statusOf(
    buildIndex(
      [
        article(
          'a',
          '2031-04-16',
          [
            [
              'Police cleared the protest camp on Linden Green early on Wednesday and made dozens of arrests.',
            ],
          ],
          'Police clear Linden Green camp',
        ),
        article(
          'b',
          '2031-04-19',
          [
            [
              'Police arrested 47 people at the Linden Green camp early on Wednesday, ending a 13-day protest over the college’s arms holdings.',
            ],
            [
              'On Saturday morning, the college president announced an independent review of the police operation at the Linden Green camp.',
            ],
          ],
          'President orders review of camp raid',
        ),
      ],
      [],
      NOW,
    ),
    { config },
  );
  const texts = status.items.map((i) => i.text);

  it('puts the newest article’s recap of a day an older article reported after the news of its own day', () => {
    const review = texts.findIndex((t) => /announced an independent review/.test(t));
    expect(review).toBe(0);
  });

  it('reads a day named in a relative clause as background: "X, who vanished on Wednesday, has been found" is news of its own day', () => {
    const found = statusOf(
      buildIndex(
        [
          article(
            'a',
            '2031-04-16',
            [['The coastguard began searching for the yachtsman Ivo Brand early on Wednesday off Skarra.']],
            'Search for missing yachtsman',
          ),
          article(
            'b',
            '2031-04-19',
            [
              [
                'Ivo Brand, the yachtsman and councillor who vanished during a solo crossing on Wednesday, has been found alive on the island of Inchmor.',
              ],
              ['A helicopter crew spotted his life raft on the east shore shortly after dawn.'],
            ],
            'Missing yachtsman found alive',
          ),
        ],
        [],
        NOW,
      ),
      { config },
    ).items.map((i) => i.text);
    expect(found.findIndex((t) => /has been found alive/.test(t))).toBe(0);
  });
});

describe('summarizeStatus: the newest day’s headline, clause by clause', () => {
  it('gives the sentence stating each piece of news the headline names, over colour that ranks higher', () => {
    const story = (id: string, published: string, title: string, paragraphs: string[][]) =>
      articleOf(id, paragraphs, { outlet: `Outlet ${id}`, published, title });
    const status = statusOf(
      buildIndex(
        [
          story('new', '2029-10-22', 'Injured fan goes home as Velmar lodge appeal and nine face charges', [
            [
              'Five days earlier, the 24-year-old delivery driver had been lying unconscious on the concrete steps of the north stand, one of 47 people injured in the riot.',
            ],
            ['He says he remembers only smoke, the noise of the crowd and a flare landing near his feet.'],
            ['His mother sat beside his hospital bed for five days and slept in a plastic chair.'],
            ['The Velmar federation on Monday lodged its appeal against the forfeit with the appeals board.'],
            ['Prosecutors charged nine men over the violence, two of them with attempted homicide.'],
          ]),
          story('old', '2029-10-18', 'Qualifier abandoned as riot engulfs stadium', [
            ['The qualifier between Velmar and Ostrand was abandoned in the 78th minute after a riot.'],
          ]),
        ],
        [],
        NOW,
      ),
      { config: { ...config, limits: { ...config.limits, statusItems: 3 } } },
    );
    const texts = status.items.map((i) => i.text).join(' | ');
    expect(texts).toMatch(/lodged its appeal/);
    expect(texts).toMatch(/Prosecutors charged nine men/);
  });
});
