import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { parseArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { deltaQuoteSteps, lastQuoteSteps } from '../../src/index/deltaQuotes.ts';
import { buildIndex, groupBySpeaker, type NewsIndex } from '../../src/index/newsIndex.ts';
import { commonWords } from '../../src/people/commonWords.ts';
import { analyzeArticles, chainsOf, draftQuotes, type Quote } from '../../src/quotes/catalog.ts';
import { quotesAfter } from '../../src/quotes/quoteChanges.ts';
import { finish } from '../../src/steps.ts';
import { loadOptions } from '../helpers/corpus.ts';

const { rules } = loadOptions();
function article(id: string, body: string, published = '2023-12-30'): Article {
  const text = `---\noutlet: Harbor Times\ntitle: "Harbour strike ${id}"\npublished: ${published}\n---\n${body}\n`;
  return parseArticle(id, path.join('/delta', `${id}.md`), text, 1, rules);
}

let base: NewsIndex;
let corpus: Article[];

beforeAll(() => {
  corpus = generateCorpus(150, 5).files.map((f) => parseArticle(f.id, `/base/${f.id}.md`, f.text, 1, rules));
  base = buildIndex(corpus, [], new Date('2024-01-01'));
});

/** The most quoted speaker of the base and their longest quote. */
function quotedSpeaker(): { name: string; quote: Quote } {
  const speaker = base.speakers.speakers[0];
  if (!speaker) throw new Error('the synthetic corpus quotes no one');
  const quotes = base.quotesBySpeaker.get(speaker.key) ?? [];
  const quote = [...quotes].sort((a, b) => b.text.length - a.text.length)[0] as Quote;
  return { name: speaker.name, quote };
}

/** The same change worked out on the speakers' quotes (the delta's way) and on every quote. */
function bothWays(added: Article[]) {
  const analyses = analyzeArticles(added, commonWords(corpus));
  const people = base.people.withChanges({ added: analyses.map(chainsOf), removed: [] });
  const articles = new Map([...base.byId, ...added.map((a) => [a.id, a] as const)]);
  const change = { removed: new Set<string>(), added, articles };
  const scoped = finish(
    deltaQuoteSteps({
      base,
      gone: change.removed,
      added,
      drafts: draftQuotes(analyses, people),
      articles,
      lastQuote: finish(lastQuoteSteps(base.quotes)),
    }),
  );
  const everything = quotesAfter(base.quotes, base.quotesBySpeaker, {
    ...change,
    drafts: draftQuotes(analyses, people),
  });
  return { scoped, everything };
}

describe('deltaQuoteSteps', () => {
  it('numbers new quotes after the highest number of the base', () => {
    expect(finish(lastQuoteSteps(base.quotes))).toBe(base.quotes.length);
    expect(finish(lastQuoteSteps([]))).toBe(0);
  });

  it('GIVEN added articles only THEN gives the quotes a change worked out on every quote gives', () => {
    const { name, quote } = quotedSpeaker();
    const trimmed = quote.text.split(' ').slice(0, -1).join(' ');
    const added = [
      // A speaker nobody quoted before, twice in two outlets (merged among themselves).
      article(
        'delta-1',
        '“The crews will not be moved,” Ada Quillfeather, the union leader, said on Friday.',
      ),
      article(
        'delta-2',
        '“The crews will not be moved,” Ada Quillfeather, the union leader, told reporters.',
        '2023-12-31',
      ),
      // The same words as a quote of the base's most quoted speaker, and a trimmed copy of them.
      article('delta-3', `“${quote.text},” ${name} said on Friday.`),
      article('delta-4', `“${trimmed},” ${name} said again.`),
      // A new quote of the same speaker, and one nobody says.
      article(
        'delta-5',
        `“Nothing is settled in Valemont yet,” ${name} said.\n\n“Who knows,” one docker asked.`,
      ),
    ];
    const { scoped, everything } = bothWays(added);
    expect(scoped.quotes).toEqual(everything.quotes);
    expect(scoped.touched).toEqual(everything.touched);
    // The lists per speaker are those of a grouping of every quote after the change.
    expect(scoped.quotesBySpeaker).toEqual(finish(groupBySpeaker(scoped.quotes)));
    // The base's own quote now cites the added article too, in place; the base is left as it was.
    const joined = scoped.quotes.find((q) => q.id === quote.id);
    expect(joined?.articleIds).toContain('delta-3');
    expect(base.quotes.find((q) => q.id === quote.id)?.articleIds).not.toContain('delta-3');
    expect(scoped.quotes.filter((q) => q.text === 'The crews will not be moved')).toHaveLength(1);
  });

  it('GIVEN an added article that quotes no one THEN the base quotes stay, the new ones follow', () => {
    const { scoped, everything } = bothWays([article('delta-6', '“Nobody asked us,” a docker said.')]);
    expect(scoped.quotes).toEqual(everything.quotes);
    expect(scoped.quotes.slice(0, base.quotes.length)).toEqual(base.quotes);
  });
});
