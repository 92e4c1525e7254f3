/**
 * Feed documents (RSS 2.0, Atom, JSON Feed, RDF) through feedsmith, reduced to the few fields newsdesk uses.
 * feedsmith was measured against @rowanmanning/feed-parser (README, Design): it reads all four formats.
 */
import { ErrorCode } from '../errors.ts';
import { type AnyFeed, parseFeed } from 'feedsmith';
import { type FeedError, feedError } from './errors.ts';
import { sourceTimestamp } from './dates.ts';
import { collapseWhitespace, htmlToText } from './html.ts';

export interface FeedItem {
  /** What identifies the entry within its feed: the GUID/id, else the link, else the title. */
  key: string;
  guid?: string;
  /** The article's address as the feed gives it (absolute; not yet canonical). */
  link?: string;
  title?: string;
  /** The entry's summary as the feed gives it (HTML or text): compared between polls, never shown. */
  summary?: string;
  /** The entry's full content as HTML, when the feed carries it (content:encoded, Atom content, content_html). */
  contentHtml?: string;
  /** Publication time (ISO 8601 at the source's offset, see dates.ts) when the entry states one. */
  published?: string;
  updated?: string;
  author?: string;
}

export interface FeedDocument {
  format: AnyFeed['format'];
  /** The feed's own title ("Harbor Times - Local News"). */
  title?: string;
  items: FeedItem[];
}

/** A link made absolute against `base`; undefined when it is not a URL at all. */
function absolute(link: string | undefined, base: string | undefined): string | undefined {
  const trimmed = link?.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base).toString();
  } catch {
    return undefined;
  }
}

const text = (value: string | undefined) => {
  const t = value === undefined ? '' : htmlToText(value);
  return t === '' ? undefined : t;
};

type Raw = Omit<FeedItem, 'key'>;

function rssItems(feed: Extract<AnyFeed, { format: 'rss' }>['feed']): Raw[] {
  return (feed.items ?? []).map((item) => {
    const guid = item.guid?.value?.trim() || undefined;
    const permalink = guid && item.guid?.isPermaLink !== false && /^https?:/i.test(guid) ? guid : undefined;
    const author = item.authors?.[0];
    return {
      guid,
      link: item.link ?? permalink,
      title: text(item.title),
      summary: item.description,
      contentHtml: item.content?.encoded,
      published: sourceTimestamp(item.pubDate ?? item.dc?.dates?.[0]),
      author: (typeof author === 'string' ? author : author?.name) ?? item.dc?.creators?.[0],
    };
  });
}

function atomItems(feed: Extract<AnyFeed, { format: 'atom' }>['feed']): Raw[] {
  return (feed.entries ?? []).map((entry) => {
    const links = entry.links ?? [];
    const link = links.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href ?? links[0]?.href;
    return {
      guid: entry.id?.trim() || undefined,
      link,
      title: text(entry.title?.value),
      summary: entry.summary?.value,
      contentHtml: entry.content?.value,
      published: sourceTimestamp(entry.published),
      updated: sourceTimestamp(entry.updated),
      author: entry.authors?.[0]?.name,
    };
  });
}

function rdfItems(feed: Extract<AnyFeed, { format: 'rdf' }>['feed']): Raw[] {
  return (feed.items ?? []).map((item) => ({
    guid: item.rdf?.about?.trim() || undefined,
    link: item.link ?? item.rdf?.about,
    title: text(item.title),
    summary: item.description,
    contentHtml: item.content?.encoded,
    published: sourceTimestamp(item.dc?.dates?.[0]),
    author: item.dc?.creators?.[0],
  }));
}

function jsonItems(feed: Extract<AnyFeed, { format: 'json' }>['feed']): Raw[] {
  return (feed.items ?? []).map((item) => ({
    guid: item.id === undefined ? undefined : String(item.id).trim() || undefined,
    link: item.url ?? item.external_url,
    title: text(item.title),
    summary: item.summary,
    contentHtml: item.content_html,
    published: sourceTimestamp(item.date_published),
    updated: sourceTimestamp(item.date_modified),
    author: item.authors?.[0]?.name,
  }));
}

function feedTitle(result: AnyFeed): string | undefined {
  const raw = result.format === 'atom' ? result.feed.title?.value : result.feed.title;
  return text(raw);
}

/**
 * Parses a feed body. `feedUrl` makes relative links absolute. Items with neither a link nor content are
 * dropped (nothing to store). Never throws: an unreadable body is a `malformed-feed` error.
 */
export function parseFeedDocument(
  body: string,
  feedUrl?: string,
  parse: (body: string) => AnyFeed = (b) => parseFeed(b),
): FeedDocument | FeedError {
  let result: AnyFeed;
  try {
    result = parse(body);
  } catch (error) {
    const detail = collapseWhitespace((error as Error).message).slice(0, 200);
    return feedError(ErrorCode.FeedMalformed, `not a readable RSS, Atom, RDF or JSON feed (${detail})`);
  }
  const raw =
    result.format === 'rss'
      ? rssItems(result.feed)
      : result.format === 'atom'
        ? atomItems(result.feed)
        : result.format === 'rdf'
          ? rdfItems(result.feed)
          : jsonItems(result.feed);
  const items: FeedItem[] = [];
  for (const r of raw) {
    const link = absolute(r.link, feedUrl);
    const item: Raw = { ...r, ...(link ? { link } : { link: undefined }) };
    const key = item.guid ?? item.link ?? item.title;
    if (!key || (!item.link && !item.contentHtml)) continue;
    items.push(withoutUndefined({ key, ...item }));
  }
  const title = feedTitle(result);
  return { format: result.format, ...(title ? { title } : {}), items };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
