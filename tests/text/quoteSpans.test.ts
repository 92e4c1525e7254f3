import { describe, expect, it } from 'vitest';
import { findQuoteSpans, findSingleQuoteSpans } from '../../src/text/quoteSpans.ts';

const quoted = (text: string) =>
  findSingleQuoteSpans(text).map((s) => text.slice(s.open, s.close < 0 ? undefined : s.close));

describe('findSingleQuoteSpans', () => {
  it('finds straight and curly single-quoted passages', () => {
    expect(quoted("He said 'not good enough' and left. 'We are ready,' she said.")).toEqual([
      "'not good enough'",
      "'We are ready,'",
    ]);
    expect(quoted('‘It is the right deal,’ said Lynch’s deputy.')).toEqual(['‘It is the right deal,’']);
  });

  it('tells apostrophes from quote marks', () => {
    expect(quoted("In the '90s the union's members didn't strike, Harper’s aide said.")).toEqual([]);
    expect(quoted("The workers' union said 'no' to the offer.")).toEqual(["'no'"]);
    expect(quoted("'We hear the workers' demands,' he said.")).toEqual(["'We hear the workers' demands,'"]);
  });

  it('keeps an unclosed quotation only when it opens the paragraph', () => {
    expect(quoted("'This runs on into the next paragraph")).toEqual([
      "'This runs on into the next paragraph",
    ]);
    expect(quoted("He said 'this never closes and it is fine")).toEqual([]);
  });
});

describe('findQuoteSpans on a quotation over paragraphs printed as one paragraph', () => {
  const texts = (text: string) =>
    findQuoteSpans(text).map((s) => text.slice(s.open, s.close < 0 ? text.length : s.close));

  it('ends each part with its sentence where the next part opens a mark ("… club. "No one …")', () => {
    expect(texts('He said: "It is not about money. "No one is bigger than the club." Then he left.')).toEqual(
      ['"It is not about money.', '"No one is bigger than the club."'],
    );
    expect(texts('He said: \u201CIt is not about money. \u201CNo one is bigger.\u201D')).toEqual([
      '\u201CIt is not about money.',
      '\u201CNo one is bigger.\u201D',
    ]);
  });

  it('keeps a straight-quoted word inside a straight quotation ("… going to "fake" an injury …")', () => {
    expect(texts('"He said he was going to "fake" an injury and walk off. "He also agreed."')).toEqual([
      '"He said he was going to "fake" an injury and walk off.',
      '"He also agreed."',
    ]);
    expect(texts('He called it "a farce" and "a disgrace" on Monday.')).toEqual([
      '"a farce"',
      '"a disgrace"',
    ]);
  });

  it('still closes a quotation at a mark after a word ("… he said "no" twice")', () => {
    expect(texts('She said "no" twice. "Never," he said.')).toEqual(['"no"', '"Never,"']);
  });
});

describe('findQuoteSpans on an opening mark doubled by mistake', () => {
  const texts = (text: string) =>
    findQuoteSpans(text).map((s) => text.slice(s.open, s.close < 0 ? text.length : s.close));

  it('opens the quotation at the second mark ("“”This is unfair,” he said")', () => {
    expect(texts('Then he weighed in. \u201C\u201DThis is a very unfair hearing,\u201D he said.')).toEqual([
      '\u201DThis is a very unfair hearing,\u201D',
    ]);
    // An empty pair before a space is an empty quotation, nothing more.
    expect(texts('The sign read \u201C\u201D and nothing else.')).toEqual(['\u201C\u201D']);
  });
});
