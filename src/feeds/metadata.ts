/**
 * Reconciling what the feed and the page say about an article: the headline without a site suffix, the
 * outlet as a reader names it, and the publication date (absent when nobody states one; never the time we
 * fetched it).
 */
import { outletKey, withoutLegalSuffix } from '../corpus/metadata/outlet.ts';
import type { FeedItem } from './parse.ts';
import { comparableText } from './extract.ts';
import type { PageMetadata } from './pageMetadata.ts';

export interface ArticleMetadata {
  title?: string;
  outlet: string;
  /** When it was published, at the source's own offset (dates.ts), when the page or the feed says. */
  published?: string;
  /** The page's description when it is a standfirst, not the lead cut short (see `standfirstOf`). */
  standfirst?: string;
}

/** Words of a description that sums the article up in a sentence (fewer: a label; more: the lead itself). */
const STANDFIRST_WORDS = { min: 8, max: 60 };

/**
 * The page's description as the article's standfirst: a sentence of its own, not the start of the lead
 * (many sites, and Readability's fallback, describe a page by its first paragraph, cut short).
 */
export function standfirstOf(
  description: string | undefined,
  paragraphs: readonly string[],
): string | undefined {
  if (description === undefined) return undefined;
  const count = description.split(/\s+/).length;
  if (count < STANDFIRST_WORDS.min || count > STANDFIRST_WORDS.max) return undefined;
  const key = comparableText(description.replace(/(?:\u2026|\.\.\.)\s*$/u, ''));
  const lead = comparableText(paragraphs.slice(0, 2).join(' '));
  return key === '' || lead.includes(key) ? undefined : description;
}

/** Separators between a headline and the site or section names a `<title>` appends. */
const TITLE_SEPARATOR = /\s+(?:\||-|\u2013|\u2014|\u00B7|\u2022|::|\/\/)\s+/u;

/** Lower-cased words of a name, punctuation gone. */
function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** A name with its corporate tail removed: "Harbor Times Media Group Ltd." → "Harbor Times". */
export function readerName(name: string): string {
  return withoutLegalSuffix(name).name || name.trim();
}

/** The identity of a site name: no leading "The", no corporate tail, no domain suffix, case aside. */
function nameKey(name: string): string {
  return outletKey(readerName(name));
}

/** The first segment of a feed title ("Harbor Times - Local News" → "Harbor Times"). */
function leadingSegment(title: string | undefined): string | undefined {
  return title?.split(TITLE_SEPARATOR)[0]?.trim() || undefined;
}

/**
 * Removes trailing " | Site", " - The Site" segments naming one of `siteNames`; after a site name, short
 * " | Section" segments go too ("… | News | Valley Ledger").
 */
export function headlineWithoutSite(title: string, siteNames: readonly string[]): string {
  const keys = new Set(siteNames.map(nameKey).filter((k) => k !== ''));
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'gu'))];
  const segments = title.split(TITLE_SEPARATOR);
  let kept = segments.length;
  let removedSite = false;
  while (kept > 1) {
    const last = segments[kept - 1] as string;
    if (keys.has(nameKey(last))) removedSite = true;
    else if (!(removedSite && words(last).length <= 2)) break;
    kept--;
  }
  // Cut at the separator after the last kept segment: separators inside the headline stay as they were.
  return kept === segments.length ? title : title.slice(0, separators[kept - 1]?.index ?? title.length);
}

/** The site name the `<title>` ends with, when another source confirms it is the site ("… - The Coast Post"). */
function titleSuffix(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const segments = title.split(TITLE_SEPARATOR);
  return segments.length > 1 ? segments[segments.length - 1] : undefined;
}

/** The host name as a last resort ("www.harbortimes.example" → "harbortimes.example"). */
function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The outlet as a reader says it: the operator's name for the feed, else the page's `og:site_name`, its
 * JSON-LD `WebSite`, its publisher, `application-name`, the feed's title, the host. Corporate tails go; a
 * `<title>` suffix that names the same outlet gives its exact form ("Coast Post Inc." → "The Coast Post").
 */
export function readerOutlet(input: {
  configured?: string;
  page: PageMetadata;
  feedTitle?: string;
  url?: string;
}): string {
  const { page } = input;
  if (input.configured) return input.configured;
  const candidate =
    page.ogSiteName ??
    page.ldSiteName ??
    page.ldPublisher ??
    page.applicationName ??
    leadingSegment(input.feedTitle);
  if (!candidate) return hostName(input.url) ?? 'unknown outlet';
  const name = readerName(candidate);
  const suffix = titleSuffix(page.titleTag) ?? titleSuffix(page.ogTitle);
  if (suffix && nameKey(suffix) === nameKey(name) && words(suffix).length <= words(name).length + 1)
    return suffix.trim();
  return name;
}

/** Title, outlet and date from the page and the feed entry, page first where both speak. */
export function reconcileMetadata(input: {
  item: FeedItem;
  page: PageMetadata;
  configuredOutlet?: string;
  feedTitle?: string;
  url: string;
}): ArticleMetadata {
  const { item, page } = input;
  const outlet = readerOutlet({
    ...(input.configuredOutlet ? { configured: input.configuredOutlet } : {}),
    page,
    ...(input.feedTitle ? { feedTitle: input.feedTitle } : {}),
    url: input.url,
  });
  const siteNames = [
    outlet,
    page.ogSiteName,
    page.ldSiteName,
    page.ldPublisher,
    page.applicationName,
    leadingSegment(input.feedTitle),
    hostName(input.url),
  ].filter((n): n is string => typeof n === 'string');
  const rawTitle = page.ldHeadline ?? page.ogTitle ?? item.title ?? page.titleTag;
  const title = rawTitle ? headlineWithoutSite(rawTitle, siteNames) : undefined;
  const published = page.ldDatePublished ?? page.publishedTime ?? item.published ?? item.updated;
  return { outlet, ...(title ? { title } : {}), ...(published ? { published } : {}) };
}
