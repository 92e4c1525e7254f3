/**
 * One spelling per outlet across a corpus. Pages of one outlet may name it differently — "Telegraph" from
 * one page's title line, "The Telegraph" where another page writes it so — and a status cites, counts and
 * lists outlets by name: the same fact on two pages of one paper would be cited to two outlets. Spellings
 * of one outlet (the same `outletKey`: case, "The", a domain suffix and punctuation aside) take the fullest
 * that any page gives, a domain ("CNN.com") only where no page gives another.
 */
import { compareText } from '../text/compare.ts';
import { isDomainName, outletKey } from './metadata/outlet.ts';
import type { Article } from './types.ts';

/** Whether spelling `a` is preferred to `b` for the same outlet. */
function fuller(a: string, b: string): boolean {
  const domain = Number(isDomainName(a)) - Number(isDomainName(b));
  if (domain !== 0) return domain < 0;
  if (a.length !== b.length) return a.length > b.length;
  return compareText(a, b) < 0;
}

/** The articles, each with its outlet's one spelling (the same objects where nothing changes). */
export function oneSpellingPerOutlet(articles: readonly Article[]): Article[] {
  const spelling = new Map<string, string>();
  for (const a of articles) {
    const key = outletKey(a.outlet);
    const known = spelling.get(key);
    if (known === undefined || fuller(a.outlet, known)) spelling.set(key, a.outlet);
  }
  return articles.map((a) => {
    const name = spelling.get(outletKey(a.outlet)) as string;
    return name === a.outlet ? a : { ...a, outlet: name };
  });
}
