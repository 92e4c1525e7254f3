import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCleaningRules } from '../../src/corpus/clean.ts';
import { loadCorpus, parseArticle } from '../../src/corpus/load.ts';
import { addBrokenFiles } from '../helpers/brokenFiles.ts';
import { CORPUS, FIXTURES, loadOptions, testConfig } from '../helpers/corpus.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-load-'));
  await cp(CORPUS, dir, { recursive: true });
  await addBrokenFiles(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus: a numeric date its page cannot settle ("Newsroom | 10/03/2026")', () => {
  it("takes the reading nearer the dates of the story's other articles", async () => {
    const story = await mkdtemp(path.join(tmpdir(), 'newsdesk-dates-'));
    try {
      await writeFile(
        path.join(story, 'a.txt'),
        [
          'Players suspended over banned peptide',
          'By Staff | Monday 9 March 2026',
          'Five players at the Harbour Ravens were suspended on Monday after testing positive for a banned peptide, the league said.',
          'The club’s chief executive said the players had been told the supplement was approved by the team doctor.',
          'An independent panel will hear the cases next month, and the players may appeal any ban to a tribunal.',
        ].join('\n\n'),
      );
      await writeFile(
        path.join(story, 'b.txt'),
        [
          'Agent says players were misled',
          'Radio Newsroom | 10/03/2026 9:48am',
          'The agent of two suspended Ravens players said on Tuesday that his clients had been misled by the club.',
          'He told the breakfast program that the players had asked three times what was in the injections.',
          'The league said it would not comment while the investigation was continuing.',
        ].join('\n\n'),
      );
      const { articles } = await loadCorpus(story, loadOptions());
      const dates = Object.fromEntries(articles.map((a) => [a.id, a.published]));
      expect(dates).toEqual({ a: '2026-03-09', b: '2026-03-10' });
    } finally {
      await rm(story, { recursive: true, force: true });
    }
  });
});

describe('loadCorpus: a wire story whose dateline gives the day and nothing on the page the year', () => {
  const wire = [
    'Three miners found alive at Harbour colliery',
    'Updated 12:10 GMT',
    'HARBOUR, Wessmark, March 11 (HW) - Rescuers pulled three miners alive from the Harbour colliery early on Wednesday, officials said.',
    'Six men remain missing, and the search will go on through the night, the rescue chief told reporters.',
    'The mine’s owner said it would pay for the funerals of the two men found dead.',
  ];
  const dated = (day: string) => [
    'Miners trapped after blast',
    `By Staff | ${day}`,
    'Eleven miners were trapped after a methane explosion at the Harbour colliery, the owner said.',
    'Rescue teams from three mines joined the search on Tuesday night, officials said.',
    'Families gathered at the gates of the mine through the night as the search went on.',
  ];

  async function datesOf(pages: Record<string, string[]>): Promise<Record<string, string | undefined>> {
    const story = await mkdtemp(path.join(tmpdir(), 'newsdesk-dateline-'));
    try {
      for (const [name, lines] of Object.entries(pages))
        await writeFile(path.join(story, `${name}.txt`), lines.join('\n\n'));
      const { articles } = await loadCorpus(story, loadOptions());
      return Object.fromEntries(articles.map((a) => [a.id, a.published]));
    } finally {
      await rm(story, { recursive: true, force: true });
    }
  }

  it("is dated in the year of the story's other articles, within a month of them", async () => {
    expect(await datesOf({ a: dated('Tuesday 10 March 2026'), b: wire })).toEqual({
      a: '2026-03-10',
      b: '2026-03-11',
    });
  });

  it('stays undated alone, or when the other articles are months away', async () => {
    expect(await datesOf({ b: wire })).toEqual({ b: undefined });
    expect(await datesOf({ a: dated('Tuesday 10 November 2026'), b: wire })).toEqual({
      a: '2026-11-10',
      b: undefined,
    });
  });
});

describe('loadCorpus', () => {
  it('loads the five shipped articles with outlets and dates from front matter', async () => {
    const { articles, errors } = await loadCorpus(CORPUS, loadOptions());
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.outlet, a.published]).sort()).toEqual([
      ['Al Jazeera', '2018-10-07'],
      ['The Hill', '2018-09-26'],
      ['The Week', '2018-10-07'],
      ['VOA', '2018-10-07'],
      ['Vox', '2018-10-07'],
    ]);
    for (const a of articles) {
      expect(a.id).toBe(path.basename(a.path, '.md'));
      expect(a.publishedInferred).toBe(false);
      expect(a.url).toBeUndefined();
      expect(a.sentences.length).toBeGreaterThan(3);
    }
  });

  it('gives sentences stable ids and positions', async () => {
    const { articles } = await loadCorpus(CORPUS, loadOptions());
    const a = articles[0];
    expect(a?.sentences[0]?.id).toBe(`${a?.id}#0.0`);
    expect(a?.sentences.map((s) => s.position)).toEqual(a?.sentences.map((_, i) => i));
  });

  it('skips each broken file with a reason naming it and keeps every good article', async () => {
    const { articles, errors } = await loadCorpus(dir, loadOptions());
    expect(articles).toHaveLength(5);
    const reasons = Object.fromEntries(errors.map((e) => [path.basename(e.file), e.reason]));
    expect(reasons['binary.md']).toMatch(/binary/);
    expect(reasons['empty.md']).toMatch(/empty/);
    expect(reasons['bad-yaml.md']).toMatch(/front matter/);
    expect(reasons['huge.md']).toMatch(/maxFileBytes/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['boilerplate-only.md']).toMatch(/no article text/);
    expect(reasons['x.md']).toMatch(/directory/);
    expect(reasons['notes.json']).toBeUndefined();
  });

  it('infers title and date when front matter is missing, and flags the date as inferred', async () => {
    const only = await mkdtemp(path.join(tmpdir(), 'newsdesk-infer-'));
    await writeFile(
      path.join(only, 'plain.txt'),
      'Menu\n\nCouncil approves new bridge over the river\n\nPublished October 3, 2019\n\nThe city council approved the bridge on Tuesday after a two-year review.\n',
    );
    const { articles } = await loadCorpus(only, loadOptions());
    expect(articles[0]?.title).toBe('Council approves new bridge over the river');
    expect(articles[0]?.published).toBe('2019-10-03');
    expect(articles[0]?.publishedInferred).toBe(true);
    await rm(only, { recursive: true, force: true });
  });

  it('takes the outlet of a raw page from its author bio, and its title from below the menu line', async () => {
    const { articles } = await loadCorpus(path.join(FIXTURES, 'styles'), loadOptions());
    const page = articles.find((a) => a.id === '2025-05-01-harbor-times-fine');
    expect(page?.outlet).toBe('Harbor Times');
    expect(page?.title).toBe('EU regulators fine Meridian Labs €2.1 billion over data practices');
    expect(page?.published).toBe('2025-05-01');
    const text = page?.sentences.map((s) => s.text).join('\n') ?? '';
    expect(text).not.toMatch(/Sign up|Most Popular|correspondent for the Harbor Times|Hoslet/);
  });

  it('reads front matter whose plain value holds a colon, and still skips front matter that is broken', async () => {
    const only = await mkdtemp(path.join(tmpdir(), 'newsdesk-colon-'));
    await writeFile(
      path.join(only, 'live.md'),
      '---\noutlet: Metro Live\ntitle: Live updates: storm makes landfall\npublished: 2024-09-12\n---\nThe storm made landfall near Morgan City on Thursday, forecasters said.\n',
    );
    await writeFile(
      path.join(only, 'broken.md'),
      '---\noutlet: [unclosed\ntitle: x: y\n---\nSome text that is long enough to be a sentence here.\n',
    );
    const { articles, errors } = await loadCorpus(only, loadOptions());
    expect(articles.map((a) => [a.outlet, a.title, a.published])).toEqual([
      ['Metro Live', 'Live updates: storm makes landfall', '2024-09-12'],
    ]);
    expect(errors.map((e) => path.basename(e.file))).toEqual(['broken.md']);
    expect(errors[0]?.reason).toMatch(/front matter is not valid YAML/);
    await rm(only, { recursive: true, force: true });
  });

  it('reports a missing corpus folder instead of throwing', async () => {
    const { articles, errors } = await loadCorpus(path.join(dir, 'nope'), loadOptions());
    expect(articles).toEqual([]);
    expect(errors[0]?.reason).toMatch(/cannot read corpus folder/);
  });
});

describe('parseArticle: primes typed for apostrophes', () => {
  it('reads "Germany′s" as "Germany’s" in the headline and the text', () => {
    const rules = compileCleaningRules(testConfig().cleaning);
    const raw = [
      'Marlow confronts the harbour′s colonial past with new initiative | News | Coastal Wire',
      '',
      'Marlow confronts the harbour′s colonial past with new initiative',
      '',
      'The city′s council voted on Tuesday to rename four streets near the old customs house.',
    ].join('\n');
    const article = parseArticle('a', 'a.txt', raw, 0, rules);
    expect(article.title).toBe('Marlow confronts the harbour’s colonial past with new initiative');
    expect(article.sentences.map((s) => s.text)).toContain(
      'The city’s council voted on Tuesday to rename four streets near the old customs house.',
    );
  });
});
