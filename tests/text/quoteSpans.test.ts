import { describe, expect, it } from 'vitest';
import { findSingleQuoteSpans } from '../../src/text/quoteSpans.ts';

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
