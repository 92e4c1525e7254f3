import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnswerDeps, answerAllowed } from '../../src/adapters/answer.ts';
import type { Briefing } from '../../src/briefing.ts';
import { deriveAnswers } from '../../src/commands/answers.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { parseConfig } from '../../src/config.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { storiesOf } from '../../src/stories/story.ts';
import { FIXTURES, NOW } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';

let dir: string;
let stories: StoryStores;
let deps: AnswerDeps;

const STRIKE_OUTLETS = [
  'Riverside Courier',
  'Northern Ledger',
  'The Daily Signal',
  'Global Wire',
  'Coast Herald',
];
const FLOOD_OUTLETS = ['City Gazette', 'National Wire'];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-stories-'));
  await cp(path.join(FIXTURES, 'story2'), path.join(dir, 'strike'), { recursive: true });
  await cp(path.join(FIXTURES, 'stories'), path.join(dir, 'strike'), { recursive: true });
  await cp(path.join(FIXTURES, 'story3'), path.join(dir, 'flood'), { recursive: true });
  const config = parseConfig({
    stories: [
      { keyword: 'strike', title: 'Valemont port strike', dir: path.join(dir, 'strike') },
      { keyword: 'flood', dir: path.join(dir, 'flood') },
    ],
  });
  stories = await StoryStores.open(storiesOf(config), { derive: deriveAnswers });
  deps = {
    stories,
    context: ({ story }) => ({ config: story.config, now: NOW }),
    log: memoryLogger().log,
  };
});

afterAll(async () => {
  await stories.close();
  await rm(dir, { recursive: true, force: true });
});

const ask = (line: string) => answerAllowed(deps, parseCommand(line, stories.keywords));
const outletsOf = (b: Briefing) => new Set(b.items.flatMap((i) => i.sources.map((s) => s.outlet)));

describe('several stories in one bot', () => {
  it('answers each story command from its own articles only', () => {
    for (const sub of ['status', 'sources', 'timeline', 'search port', 'search river']) {
      for (const o of outletsOf(ask(`/strike ${sub}`))) expect(STRIKE_OUTLETS, `/strike ${sub}`).toContain(o);
      for (const o of outletsOf(ask(`/flood ${sub}`))) expect(FLOOD_OUTLETS, `/flood ${sub}`).toContain(o);
    }
    expect(ask('/strike status').title).toBe('Valemont port strike: latest');
    expect(ask('/strike status').items.length).toBeGreaterThan(0);
    expect(ask('/flood status').items.length).toBeGreaterThan(0);
    expect(ask('/strike sources').title).toBe('Sources: 5 articles');
    expect(ask('/flood sources').title).toBe('Sources: 2 articles');
  });

  it('finds a person quoted in one story from /quote, without naming a story', () => {
    const ferreira = ask('/quote ferreira');
    expect(ferreira.title).toMatch(/^Ana Ferreira/);
    expect(ferreira.items.length).toBeGreaterThan(0);
    expect(new Set(ferreira.items.map((i) => i.story))).toEqual(new Set(['strike']));
    const patel = ask('/quote patel');
    expect(patel.title).toMatch(/^Raj Patel/);
    expect(new Set(patel.items.map((i) => i.story))).toEqual(new Set(['flood']));
  });

  it('lists the quotes of a person quoted in both stories together, each naming its story', () => {
    const boyd = ask('/quote boyd');
    expect(boyd.title).toMatch(/^Claire Boyd/);
    expect(new Set(boyd.items.map((i) => i.story))).toEqual(new Set(['strike', 'flood']));
    expect(boyd.items.find((i) => i.story === 'strike')?.text).toMatch(/ready for the next storm/);
    expect(boyd.note).toMatch(/From \/strike, \/flood|From \/flood, \/strike/);
  });

  it('narrows /quote to one story with /<story> quote', () => {
    const boyd = ask('/flood quote boyd');
    expect(boyd.items.length).toBeGreaterThan(0);
    for (const item of boyd.items) for (const s of item.sources) expect(FLOOD_OUTLETS).toContain(s.outlet);
    expect(boyd.items.some((i) => /next storm/.test(i.text))).toBe(false);
  });

  it('lists the other stories in help and answers an unknown sub-command with the story help', () => {
    const help = ask('/flood dance');
    expect(help.kind).toBe('help');
    expect(help.items.map((i) => i.text)).toContain('Other stories: /strike');
    expect(help.items[0]?.text).toMatch(/^\/flood status/);
  });

  it('routes console shorthand to the first story', () => {
    expect(ask('sources').title).toBe('Sources: 5 articles');
  });
});
