import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../src/commands/handle.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { indexOf, NOW, testConfig } from '../helpers/corpus.ts';

const config = testConfig();
const ask = async (line: string) => {
  const { index } = await indexOf();
  return handleCommand(index, parseCommand(line, 'summit'), { config, now: NOW });
};

describe('parseCommand', () => {
  it.each([
    ['/summit status', { name: 'status', story: 'summit' }],
    ['/summit', { name: 'status', story: 'summit' }],
    ['summit   SEARCH  kim   pyongyang', { name: 'search', query: 'kim pyongyang', story: 'summit' }],
    ['/quote pompei', { name: 'quote', query: 'pompei' }],
    ['/quote', { name: 'quote', query: '' }],
    ['/summit who', { name: 'who', story: 'summit' }],
    ['who', { name: 'who', story: 'summit' }],
    ['/summit dance', { name: 'help', unknown: 'dance', story: 'summit' }],
    ['/summit search', { name: 'help', unknown: 'search (it needs words to search for)', story: 'summit' }],
    ['/weather', { name: 'help', unknown: '/weather', story: 'summit' }],
  ])('%s', (line, expected) => {
    expect(parseCommand(line, 'summit')).toEqual(expected);
  });

  it('strips control characters and caps very long arguments', () => {
    const c = parseCommand(`/summit search ki\u0000m\u200B ${'x'.repeat(10_000)}`, 'summit');
    expect(c.name).toBe('search');
    if (c.name === 'search') {
      expect(c.query.startsWith('ki m')).toBe(true);
      expect(c.query.length).toBeLessThanOrEqual(200);
    }
  });
});

describe('search', () => {
  it('finds sentences for two words, each with its outlet', async () => {
    const b = await ask('/summit search pompeo pyongyang');
    expect(b.kind).toBe('search');
    expect(b.items.length).toBeGreaterThan(0);
    expect(b.items[0]?.text).toMatch(/Pompeo/);
    expect(b.items[0]?.text).toMatch(/Pyongyang/);
    for (const i of b.items) expect(i.sources[0]?.outlet).toBeTruthy();
  });

  it('tolerates a typo in each word', async () => {
    const b = await ask('/summit search pyongyamg singapoor');
    expect(b.items[0]?.text).toMatch(/Pyongyang|Singapore/);
    const exact = await ask('/summit search denuclearisation');
    const typo = await ask('/summit search denuclearisaton');
    expect(typo.items[0]?.text).toBe(exact.items[0]?.text);
  });

  it('says so when nothing matches', async () => {
    const b = await ask('/summit search zebra giraffe');
    expect(b.items).toEqual([]);
    expect(b.note).toMatch(/No sentences match/);
  });

  it('explains that a query of only common words finds nothing', async () => {
    const b = await ask('/summit search the and of');
    expect(b.items).toEqual([]);
    expect(b.note).toMatch(/only common words/);
  });
});

describe('sources, timeline, who, help', () => {
  it('lists the five articles with counts and the load time', async () => {
    const b = await ask('/summit sources');
    expect(b.items).toHaveLength(5);
    expect(b.items[0]?.text).toMatch(/\d+ sentences, \d+ quotes/);
    expect(b.note).toContain('Index loaded');
  });

  it('orders dated events and cites each', async () => {
    const b = await ask('/summit timeline');
    expect(b.items.length).toBeGreaterThan(3);
    const dates = b.items.map((i) => i.when ?? '');
    const keys = dates.map((d) => d.replace('week of ', ''));
    expect([...keys].sort()).toEqual(keys);
    expect(b.items.some((i) => i.when === '2018-06-12' && /Singapore/.test(i.text))).toBe(true);
    expect(b.items.some((i) => i.when === '2018-10-07' && /Sunday/.test(i.text))).toBe(true);
    for (const i of b.items) expect(i.sources.length).toBeGreaterThan(0);
  });

  it('names the people with their roles and quote counts', async () => {
    const b = await ask('/summit who');
    const pompeo = b.items.find((i) => i.speaker === 'Mike Pompeo');
    expect(pompeo?.text).toMatch(/Secretary of State · \d+ quotes/);
    expect(b.items.find((i) => i.speaker === 'Heather Nauert')?.text).toMatch(/spokes(person|woman)/);
  });

  it('answers help and unknown commands with the command list', async () => {
    const b = await ask('/summit frobnicate');
    expect(b.kind).toBe('help');
    expect(b.note).toContain("I don't know 'frobnicate'");
    expect(b.items.map((i) => i.text).join('\n')).toMatch(/\/summit status[\s\S]*\/quote <name>/);
  });
});
