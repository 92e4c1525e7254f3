/** The feeds an HTML page announces (`<link rel="alternate" type="application/rss+xml" href>`), for a hint. */
import { parsePage } from './html.ts';

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json|json)$/i;

/** Absolute addresses of the feeds `html` links to, in page order (at most five). */
export function announcedFeeds(html: string, pageUrl: string): string[] {
  const out: string[] = [];
  // Feed links live in the head: parse only that much (this runs on the main thread).
  const end = html.search(/<\/head\s*>/i);
  const head = html.slice(0, end === -1 ? 100_000 : end);
  for (const link of parsePage(head).querySelectorAll('link[rel~="alternate"][href]')) {
    if (!FEED_TYPES.test(link.getAttribute('type') ?? '')) continue;
    try {
      const url = new URL(link.getAttribute('href') ?? '', pageUrl);
      if (/^https?:$/.test(url.protocol) && !out.includes(url.href)) out.push(url.href);
    } catch {
      // An unreadable href is no feed address.
    }
    if (out.length === 5) break;
  }
  return out;
}
