import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.ts';
import { buildQuoteCatalog } from '../../src/quotes/catalog.ts';
import { readSpeakerPhrase } from '../../src/quotes/speakerPhrase.ts';
import { articleOf } from '../helpers/corpus.ts';

/** A minimal article from paragraphs of sentences (ids and dates are arbitrary). */
function article(
  id: string,
  paragraphs: string[][],
  published = '2024-01-02',
  outlet = 'Test Outlet',
): Article {
  return articleOf(id, paragraphs, { published, outlet });
}

function speakers(articles: Article[]): Record<string, string> {
  const { quotes } = buildQuoteCatalog(articles);
  return Object.fromEntries(quotes.map((q) => [q.text, q.speaker]));
}

describe('readSpeakerPhrase', () => {
  it('keeps every particle of the lexicon inside a name ("Ana dos Reis", "Maria das Graças Lobo")', () => {
    expect(readSpeakerPhrase('Ana dos Reis')).toEqual({ kind: 'person', tokens: ['Ana', 'dos', 'Reis'] });
    expect(readSpeakerPhrase('Maria das Graças Lobo')).toEqual({
      kind: 'person',
      tokens: ['Maria', 'das', 'Graças', 'Lobo'],
    });
  });

  it('names no one for an opening phrase with no body after it ("in a statement")', () => {
    expect(readSpeakerPhrase('in a statement')).toBeUndefined();
    expect(readSpeakerPhrase('In a statement the Harbour Board')).toEqual({
      kind: 'org',
      name: 'Harbour Board',
    });
  });

  it('separates titles and roles from the name', () => {
    expect(readSpeakerPhrase('State Department spokeswoman Heather Nauert')).toEqual({
      kind: 'person',
      tokens: ['Heather', 'Nauert'],
      role: 'State Department spokeswoman',
    });
    expect(readSpeakerPhrase('Secretary of State Mike Pompeo')).toMatchObject({
      kind: 'person',
      tokens: ['Mike', 'Pompeo'],
    });
    expect(readSpeakerPhrase("Al Jazeera's Rob McBride")).toMatchObject({
      kind: 'person',
      tokens: ['Rob', 'McBride'],
    });
  });

  it('reads a role of a field before a full name as that person ("director of telecoms research Ann Vey")', () => {
    expect(readSpeakerPhrase('director of telecoms research Ann Vey')).toEqual({
      kind: 'person',
      tokens: ['Ann', 'Vey'],
      role: 'director of telecoms research',
    });
    expect(readSpeakerPhrase('deputy head of the museum Tomas Berrick')).toEqual({
      kind: 'person',
      tokens: ['Tomas', 'Berrick'],
      role: 'deputy head of the museum',
    });
    // A body after the preposition is still a body.
    expect(readSpeakerPhrase('a spokesman for the Harbour Trust')).toMatchObject({ kind: 'org' });
    expect(readSpeakerPhrase('head of research at Velmont Ian Rusk')).toMatchObject({ kind: 'org' });
  });

  it('keeps a hyphened given name after a family name ("Director Kang Ji-hoon"), not a compound opening a sentence', () => {
    expect(readSpeakerPhrase('Director Pyo Min-seok')).toMatchObject({
      kind: 'person',
      tokens: ['Pyo', 'Min-seok'],
    });
    expect(readSpeakerPhrase('Red-eyed Solvberg')).toMatchObject({ kind: 'person', tokens: ['Solvberg'] });
  });

  it('reads two roles joined before one name as that person, and two names as no one speaker', () => {
    expect(readSpeakerPhrase('Harbour Foods co-founder and CEO Ann Vey')).toMatchObject({
      kind: 'person',
      tokens: ['Ann', 'Vey'],
    });
    expect(readSpeakerPhrase('chairman and chief executive Tomas Berrick')).toMatchObject({
      kind: 'person',
      tokens: ['Tomas', 'Berrick'],
    });
    expect(readSpeakerPhrase('Ann Vey and Tomas Berrick')).toBeUndefined();
    expect(readSpeakerPhrase('the mayor and Tomas Berrick')).toBeUndefined();
    expect(readSpeakerPhrase('the mayor and deputy mayor Tomas Berrick')).toBeUndefined();
  });

  it('reads a capitalised title after "the" as the role ("the President", "the Prime Minister"), and a role "-elect" as that role', () => {
    expect(readSpeakerPhrase('the President')).toMatchObject({ kind: 'role', noun: 'president' });
    expect(readSpeakerPhrase('The Prime Minister')).toMatchObject({ kind: 'role', noun: 'minister' });
    expect(readSpeakerPhrase('the Mayor-elect')).toMatchObject({ kind: 'role', noun: 'mayor' });
    expect(readSpeakerPhrase('the governor-elect')).toMatchObject({ kind: 'role', noun: 'governor' });
    // An institution capitalised so is no role, nor a name after "the".
    expect(readSpeakerPhrase('the Commission')).toMatchObject({ kind: 'org' });
    expect(readSpeakerPhrase('the Harbour Trust')).toMatchObject({ kind: 'org' });
  });

  it('reads a body\'s name after a capitalised "The" as the body, and a name after "a"/"an" as no one', () => {
    expect(readSpeakerPhrase('The Civil Aviation Directorate')).toMatchObject({
      kind: 'org',
      name: 'Civil Aviation Directorate',
    });
    expect(readSpeakerPhrase('The Rev Ann Vey')).toMatchObject({ kind: 'person', tokens: ['Ann', 'Vey'] });
    expect(readSpeakerPhrase('an Iowa Republican')).toBeUndefined();
    expect(readSpeakerPhrase('a Vale Democrat')).toBeUndefined();
    expect(readSpeakerPhrase('a Brightline spokesperson')).toMatchObject({ kind: 'org' });
  });

  it('reads a form of address ("Her Honour", "His Lordship") as the role it stands for, with its gender', () => {
    expect(readSpeakerPhrase('Her Honour')).toEqual({ kind: 'role', noun: 'judge', gender: 'f' });
    expect(readSpeakerPhrase('His Lordship')).toEqual({ kind: 'role', noun: 'judge', gender: 'm' });
  });

  it('keeps the words that make a role another office ("the prime minister", not any minister)', () => {
    expect(readSpeakerPhrase('the prime minister')).toMatchObject({ noun: 'minister', office: ['prime'] });
    expect(readSpeakerPhrase('the Deputy Mayor')).toMatchObject({ noun: 'mayor', office: ['deputy'] });
    expect(readSpeakerPhrase('the embattled minister')).not.toHaveProperty('office');
  });

  it('reads a clause that ends in "it" or "they" as no speaker: "the office declined to comment on a report it [said]"', () => {
    expect(readSpeakerPhrase('The auditor’s office declined to comment on a report it')).toBeUndefined();
    expect(readSpeakerPhrase('The harbour board')).toMatchObject({ kind: 'org' });
  });

  it('reads offices and unnamed sources as organisations, never as the person they belong to', () => {
    expect(readSpeakerPhrase('The office of South Korean President Moon Jae-in')).toMatchObject({
      kind: 'org',
    });
    expect(readSpeakerPhrase('a spokesperson for the prime minister')).toMatchObject({ kind: 'org' });
    expect(
      readSpeakerPhrase('a statement from US State Department spokesperson Heather Nauert'),
    ).toMatchObject({
      kind: 'person',
      tokens: ['Heather', 'Nauert'],
    });
  });

  it('rejects phrases that name nobody and groups of people', () => {
    expect(readSpeakerPhrase('the goal')).toBeUndefined();
    expect(readSpeakerPhrase('Trump and Kim')).toBeUndefined();
    expect(readSpeakerPhrase('he')).toEqual({ kind: 'pronoun', pronoun: 'he' });
  });
});

describe('extractQuotes with attribution', () => {
  it('attributes "…," said X / X said "…" / according to X / X told …', () => {
    const s = speakers([
      article('a', [
        ['Senator Jane Alvarez spoke on Monday.'],
        ['"We will not back down," said Senator Jane Alvarez.'],
        ['Governor Tom Reyes said, "The budget is balanced."'],
        ['"Talks continue," according to Deputy Minister Lee Park.'],
        ['"It is over," Alvarez told reporters on Tuesday.'],
      ]),
    ]);
    expect(s['We will not back down']).toBe('Jane Alvarez');
    expect(s['The budget is balanced']).toBe('Tom Reyes');
    expect(s['Talks continue']).toBe('Lee Park');
    expect(s['It is over']).toBe('Jane Alvarez');
  });

  it('never takes a person named inside the quote for its speaker', () => {
    const s = speakers([
      article('a', [
        ['Minister Ana Lopes met Governor Tom Reyes on Monday.'],
        ['"Governor Reyes accepted Minister Lopes\'s invitation to visit," spokeswoman Dana White said.'],
      ]),
    ]);
    expect(s["Governor Reyes accepted Minister Lopes's invitation to visit"]).toBe('Dana White');
  });

  it('resolves "he said" to the subject of the sentence before, or the last speaker', () => {
    const s = speakers([
      article('a', [
        ['Mayor Lena Brandt thanked both sides.', '"Valemont works best when its port works," she said.'],
        ['"We are done," said union leader Ana Ferreira.'],
        ['"Nobody lost today," she said.'],
      ]),
    ]);
    expect(s['Valemont works best when its port works']).toBe('Lena Brandt');
    expect(s['Nobody lost today']).toBe('Ana Ferreira');
  });

  it('continues a multi-paragraph quote and a quote-only paragraph with the same speaker', () => {
    const s = speakers([
      article('a', [
        [
          '"The longer it lasts, the more cargo leaves," economist Priya Shah said. "Shipping lines have long memories.',
        ],
        ['"Once a route moves, it rarely comes back."'],
      ]),
    ]);
    expect(s['Shipping lines have long memories']).toBe('Priya Shah');
    expect(s['Once a route moves, it rarely comes back']).toBe('Priya Shah');
  });

  it('takes the name set off by commas after a role for the speaker, not the role or whom it serves', () => {
    const s = speakers([
      article('a', [
        ['Governor Lena Brandt met the mayor on Friday.'],
        ['A spokesman for Brandt, Jon Perez, said the governor "will not comment on rumours."'],
        ['Jon Perez, a spokesman for Brandt, said the office was "closed for the weekend."'],
        ['In Seoul, South Korea, officials said talks were "going well."'],
      ]),
    ]);
    expect(s['will not comment on rumours']).toBe('Jon Perez');
    expect(s['closed for the weekend']).toBe('Jon Perez');
    expect(s['going well']).not.toBe('South Korea');
  });

  it('reads a name past abbreviated titles and before the employer that follows it', () => {
    const s = speakers([
      article('a', [
        ['"So far, yes," said Col. Cullen Jones of the Army Corps of Engineers.'],
        ['"We will vote no," said Sen. Chuck Schumer.'],
        ['Paul Okafor of Meridian Labs said the ruling was "deeply flawed."'],
        ['"Rates will stay high," Bank of America said in a note.'],
      ]),
    ]);
    expect(s['So far, yes']).toBe('Cullen Jones');
    expect(s['We will vote no']).toBe('Chuck Schumer');
    expect(s['deeply flawed']).toBe('Paul Okafor');
    expect(s['Rates will stay high']).toBe('Bank of America');
  });

  it('finds the person in a subject set off by commas, and no one in a list of places', () => {
    const s = speakers([
      article('a', [
        ['Chief executive Maria Lopez met investors on Monday.'],
        ['"It was a hard year," Lopez, 52, told analysts on a call.'],
        ['"We will sue," the company\'s lawyer, Dan Ortiz, said.'],
        ['"We will appeal," Dan Ortiz, the company\'s lawyer, said.'],
        ['"The deal is done," officials in Washington, Tokyo and Seoul said.'],
        ['"We will win," Lopez, who leads the company, said.'],
        ['Lopez: "The plan goes on."'],
        ['Breaking: "Markets fall."'],
      ]),
    ]);
    expect(s['We will win']).toBe('Maria Lopez');
    // A name before a colon speaks only when the articles know it as a person.
    expect(s['The plan goes on']).toBe('Maria Lopez');
    expect(s['Markets fall']).toBe('unknown');
    expect(s['It was a hard year']).toBe('Maria Lopez');
    expect(s['We will sue']).toBe('Dan Ortiz');
    expect(s['We will appeal']).toBe('Dan Ortiz');
    expect(s['The deal is done']).not.toMatch(/Seoul|Tokyo|Washington/);
  });

  it('reads a sentence-initial role word as a role and "the" + name as an institution', () => {
    const { quotes } = buildQuoteCatalog([
      article('a', [
        ['Analyst Tom Reed said the results were "solid but unspectacular."'],
        ['Deckhand Jo Pettit, 34, said the crew had been "sacked by text message."'],
        ['According to a statement from the Federal Reserve, rates will "remain elevated."'],
      ]),
    ]);
    const by = Object.fromEntries(quotes.map((q) => [q.text, [q.speakerKind, q.speaker]]));
    expect(by['solid but unspectacular']).toEqual(['person', 'Tom Reed']);
    expect(by['sacked by text message']).toEqual(['person', 'Jo Pettit']);
    expect(by['remain elevated']).toEqual(['org', 'Federal Reserve']);
  });

  it('leaves quotes no rule attributes as unknown', () => {
    const s = speakers([
      article('a', [['The deal was called a "historic" step by observers who declined to be named.']]),
    ]);
    expect(s.historic).toBe('unknown');
  });

  it('merges the same quote from several outlets, curly or straight, trimmed or not', () => {
    const { quotes } = buildQuoteCatalog([
      article(
        'x',
        [['“We had a good, productive conversation,” Minister Ana Lopes told reporters.']],
        '2024-01-02',
        'Outlet X',
      ),
      article(
        'y',
        [['"We had a good, productive conversation," Lopes said on Tuesday.'], ['Minister Ana Lopes left.']],
        '2024-01-03',
        'Outlet Y',
      ),
    ]);
    const merged = quotes.filter((q) => q.text.includes('productive conversation'));
    expect(merged).toHaveLength(1);
    expect(merged[0]?.articleIds).toEqual(['y', 'x']);
    expect(merged[0]?.speaker).toBe('Ana Lopes');
  });

  it('processes thousands of quote marks in bounded time', () => {
    const hostile = `${'"a '.repeat(5000)}said Bob.`;
    const started = performance.now();
    buildQuoteCatalog([article('h', [[hostile], ['\u201C'.repeat(5000)]])]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('quotations in single marks (British style)', () => {
  const uk = article('uk', [
    ["RMT general secretary Mick Lynch said the offer was 'nowhere near good enough'."],
    [
      'Transport Secretary Mark Harper said he was disappointed.',
      "'This was a fair and reasonable offer,' he told the BBC.",
      "'The union should put it to its members.'",
    ],
    ["'We will answer the workers' demands in time,' a spokesperson for Network Rail said."],
    ['"Mark Harper could settle this tomorrow if he wanted to," Lynch said.'],
    ["Lynch's members didn't vote in the '90s, Harper said."],
  ]);

  it('attributes them like double-quoted ones, apostrophes aside', () => {
    expect(speakers([uk])).toEqual({
      'nowhere near good enough': 'Mick Lynch',
      'This was a fair and reasonable offer': 'Mark Harper',
      'The union should put it to its members': 'Mark Harper',
      "We will answer the workers' demands in time": 'spokesperson for Network Rail',
      // Double marks still quote in an article that mostly uses single ones.
      'Mark Harper could settle this tomorrow if he wanted to': 'Mick Lynch',
    });
  });

  it('leaves single marks as unattributed scare quotes in an article that quotes with double ones', () => {
    const us = article('us', [
      ['Pompeo and Kim ‘refine options’ for the summit.'],
      ['"We made real progress on the summit," Secretary of State Mike Pompeo said.'],
    ]);
    const { quotes } = buildQuoteCatalog([us]);
    expect(quotes.map((q) => [q.text, q.speakerKind])).toEqual([
      ['We made real progress on the summit', 'person'],
      ['refine options', 'unknown'],
    ]);
  });
});
