/** Metadata a scraped page gives when front matter does not: headline, outlet, publication date. */
import { emailHeader, withEmailHeaderRead } from './email.ts';
import { chooseHeadline, type PageLine } from './headline.ts';
import { inferOutlet } from './outlet.ts';
import { datelineMonthDay, inferPublishedReading } from './published.ts';
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
  /** The other reading of a numeric date the page could not settle ("10/03/2026"; see dateOrder.ts). */
  publishedOtherReading?: string;
  /** "03-11": the day of a wire dateline on a page that gives no year (see dateOrder.ts). */
  publishedMonthDay?: string;
}

/** Reads headline, outlet and date from a page's lines (all of them, furniture included). */
export function inferPageMetadata(
  written: readonly PageLine[],
  options: { isBio: (line: string) => boolean },
): PageMetadata {
  // (A newsletter saved from a mail client: its subject is the title line, its sender the publisher.)
  const email = emailHeader(written);
  const lines = withEmailHeaderRead(written, email);
  const texts = lines.map((l) => l.text);
  const site = findSiteTitle(lines);
  const outlet =
    email?.sender ?? inferOutlet(texts, { isBio: options.isBio, ...(site ? { site: site.site } : {}) });
  const headline = chooseHeadline(lines, { ...(site ? { site } : {}), ...(outlet ? { outlet } : {}) });
  const reading = inferPublishedReading(texts, headline.at, headline.text);
  const published = reading?.date;
  const title = headline.text && outlet ? withoutOutletName(headline.text, outlet) : headline.text;
  const standfirst = findStandfirst(lines, headline);
  return {
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
    ...(reading?.other ? { publishedOtherReading: reading.other } : {}),
    ...(published === undefined ? monthDayOf(texts, headline.at) : {}),
    ...(standfirst ? { standfirst } : {}),
  };
}

function monthDayOf(lines: readonly string[], from: number): { publishedMonthDay?: string } {
  const day = datelineMonthDay(lines, from);
  return day === undefined ? {} : { publishedMonthDay: day };
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
