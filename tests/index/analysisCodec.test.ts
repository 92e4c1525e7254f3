import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { decodeAnalysis, encodeAnalysis } from '../../src/index/analysisCodec.ts';
import { buildIndex, type NewsIndex, snapshotOrder } from '../../src/index/newsIndex.ts';
import { type ArticleRecord, buildFromRecords, recordOf } from '../../src/index/records.ts';
import { SearchTerms } from '../../src/index/searchTerms.ts';
import { analyzeHere } from '../../src/index/shard.ts';
import { commonWordSteps } from '../../src/people/commonWords.ts';
import type { LinkedEntity } from '../../src/people/fullNames.ts';
import { analyzeArticles } from '../../src/quotes/catalog.ts';
import { finish } from '../../src/steps.ts';
import { comparablePeople, loadOptions, NOW } from '../helpers/corpus.ts';

const { rules } = loadOptions();

function article(id: string, speaker: string, words: string, published: string): Article {
  const surname = speaker.split(' ')[1];
  const text = `---\noutlet: Vale Courier\ntitle: "${speaker} on the ferry fares"\npublished: ${published}\n---\n“${words},” ${speaker}, the ferry workers' spokesperson, said on Monday.\n\nThe fares rose again in Orrin Bay, and Ms ${surname} said the crews would meet. “We wait,” ${surname} said. “The boats sail at dawn,” Quellmoor said.\n`;
  return parseArticle(id, path.join('/codec-test', `${id}.md`), text, 1, rules);
}

const ARTICLES = [
  article('ferry-1', 'Tove Lindqvar', 'The fares hurt the islands first', '2024-03-01'),
  article('ferry-2', 'Anselm Krewe', 'We asked for a meeting and got a letter', '2024-03-02'),
  article('ferry-3', 'Tove Lindqvar', 'Nobody on the islands was asked', '2024-03-03'),
  article('ferry-4', 'Maud Orrell', 'The timetable stays as it is', '2024-03-04'),
];

/** Every field the directory links chains by: the codec must give each back as it was. */
const LINKED: (keyof LinkedEntity)[] = [
  'id',
  'tokens',
  'full',
  'key',
  'surname',
  'forms',
  'shortForms',
  'votes',
  'roles',
  'mentions',
  'personal',
  'speaks',
  'locative',
];

function observable(index: NewsIndex) {
  return {
    articles: index.articles.map((a) => a.id),
    quotes: index.quotes,
    people: comparablePeople(index),
    speakers: index.speakers.speakers,
    search: ['ferry fares', 'islands asked', 'timetable'].map((q) => index.search.search(q, 5)),
  };
}

describe('analysisCodec', () => {
  it('gives back every field linking reads, with roles and full forms where the article has them', () => {
    const common = finish(commonWordSteps(ARTICLES));
    const analyses = analyzeArticles(ARTICLES, common);
    let withRole = 0;
    let withoutForms = 0;
    for (const analysis of analyses) {
      const decoded = decodeAnalysis(encodeAnalysis(analysis));
      expect(decoded.quotes).toEqual(analysis.quotes);
      expect(decoded.entities).toHaveLength(analysis.entities.length);
      decoded.entities.forEach((entity, i) => {
        const original = analysis.entities[i] as LinkedEntity;
        for (const field of LINKED) expect(entity[field], field).toEqual(original[field]);
        if (entity.roles.size > 0) withRole++;
        if (entity.forms.size === 0) withoutForms++;
      });
    }
    // The invented text gives both kinds: a chain with a role, and a single name without full forms.
    expect(withRole).toBeGreaterThan(0);
    expect(withoutForms).toBeGreaterThan(0);
  });

  it('builds from encoded analyses (as build workers send them) the snapshot buildIndex makes', () => {
    const sorted = snapshotOrder(ARTICLES);
    const terms = new SearchTerms();
    const common = finish(commonWordSteps(sorted));
    const analysed = finish(analyzeHere(sorted, common, terms));
    const records = new Map<string, ArticleRecord>(
      sorted.map((a, i) => {
        const { encoded, tokens } = analysed[i] as (typeof analysed)[number];
        return [a.id, recordOf(a, { encoded, tokens }, common)];
      }),
    );
    const index = finish(buildFromRecords(sorted, records, terms, [], NOW));
    expect(observable(index)).toEqual(observable(buildIndex(ARTICLES, [], NOW)));
    // Twice from the same records: nothing the first build read was changed by it.
    expect(observable(finish(buildFromRecords(sorted, records, terms, [], NOW)))).toEqual(observable(index));
    expect(index.people.people.find((p) => p.name === 'Tove Lindqvar')?.role).toMatch(/spokesperson/);
  });
});
