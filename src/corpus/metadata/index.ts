/** Metadata a scraped page gives when front matter does not: headline, outlet, publication date. */
import { chooseHeadline, type PageLine } from './headline.ts';
import { inferOutlet } from './outlet.ts';
import { inferPublished } from './published.ts';
import { findStandfirst } from './standfirst.ts';
import { findSiteTitle, withoutOutletName } from './siteTitle.ts';

export type { PageLine } from './headline.ts';

export interface PageMetadata {
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD; undefined when the page shows no full date. */
  published?: string;
  /** The one-sentence summary under the headline (standfirst.ts). */
  standfirst?: string;
}

/** Reads headline, outlet and date from a page's lines (all of them, furniture included). */
export function inferPageMetadata(
  lines: readonly PageLine[],
  options: { isBio: (line: string) => boolean },
): PageMetadata {
  const texts = lines.map((l) => l.text);
  const site = findSiteTitle(lines);
  const outlet = inferOutlet(texts, { isBio: options.isBio, ...(site ? { site: site.site } : {}) });
  const headline = chooseHeadline(lines, { ...(site ? { site } : {}), ...(outlet ? { outlet } : {}) });
  const published = inferPublished(texts, headline.at, headline.text);
  const title = headline.text && outlet ? withoutOutletName(headline.text, outlet) : headline.text;
  const standfirst = findStandfirst(lines, headline);
  return {
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
    ...(standfirst ? { standfirst } : {}),
  };
}

/** Derives an outlet name from a URL's host ("www.voanews.com" → "voanews.com"). */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
