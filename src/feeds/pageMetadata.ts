/**
 * What a page says about itself: `<title>`, Open Graph and `article:` meta tags, the canonical link and
 * schema.org JSON-LD (`NewsArticle` headline, datePublished, publisher; `WebSite` name), read from the DOM.
 */
import { collapseWhitespace } from './html.ts';
import { sourceTimestamp } from './dates.ts';

export interface PageMetadata {
  titleTag?: string;
  ogTitle?: string;
  ogSiteName?: string;
  /** `og:url` or `<link rel="canonical">`, absolute. */
  canonicalUrl?: string;
  /** `article:published_time` (or a `datePublished` microdata tag), at its own offset (dates.ts). */
  publishedTime?: string;
  ldHeadline?: string;
  ldDatePublished?: string;
  ldPublisher?: string;
  /** The `name` of a JSON-LD `WebSite`. */
  ldSiteName?: string;
  applicationName?: string;
  /** `og:description` (or the twitter or plain meta description, or the JSON-LD article's): often the standfirst. */
  description?: string;
}

/** schema.org types of an article: NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, BlogPosting, … */
const ARTICLE_TYPES = /Article$|^(?:LiveBlog|Blog|Social Media)Posting$/;
/^(?:News|Reportage|Analysis|Opinion|Report|Review|Background|Satirical)?Article$|^BlogPosting$|^LiveBlogPosting$/;

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const value = collapseWhitespace(el?.getAttribute('content') ?? '');
    if (value) return value;
  }
  return undefined;
}

type LdNode = Record<string, unknown>;

/** Every JSON-LD object on the page, with arrays and `@graph` flattened. Broken blocks are skipped. */
function jsonLdNodes(document: Document): LdNode[] {
  const out: LdNode[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const node = value as LdNode;
      out.push(node);
      if (node['@graph']) walk(node['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem: the other metadata still counts.
    }
  }
  return out;
}

const types = (node: LdNode): string[] =>
  [node['@type']].flat().filter((t): t is string => typeof t === 'string');

function ldString(value: unknown): string | undefined {
  if (typeof value === 'string') return collapseWhitespace(value) || undefined;
  if (Array.isArray(value)) return ldString(value[0]);
  if (value && typeof value === 'object') return ldString((value as LdNode).name);
  return undefined;
}

function absoluteUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the page's metadata; `pageUrl` resolves relative canonical links. */
export function readPageMetadata(document: Document, pageUrl: string): PageMetadata {
  const nodes = jsonLdNodes(document);
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const site = nodes.find((n) => types(n).includes('WebSite'));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const found: PageMetadata = {
    titleTag: collapseWhitespace(document.querySelector('title')?.textContent ?? '') || undefined,
    ogTitle: meta(document, 'og:title', 'twitter:title'),
    ogSiteName: meta(document, 'og:site_name'),
    canonicalUrl: absoluteUrl(canonical ?? meta(document, 'og:url'), pageUrl),
    publishedTime: sourceTimestamp(meta(document, 'article:published_time', 'datePublished', 'pubdate')),
    ldHeadline: article ? ldString(article.headline) : undefined,
    ldDatePublished: article ? sourceTimestamp(ldString(article.datePublished)) : undefined,
    ldPublisher: article ? ldString(article.publisher) : undefined,
    ldSiteName: site ? ldString(site.name) : undefined,
    applicationName: meta(document, 'application-name'),
    description:
      meta(document, 'og:description', 'twitter:description', 'description') ??
      (article ? ldString(article.description) : undefined),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as PageMetadata;
}
