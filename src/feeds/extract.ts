/**
 * The article body of a page: @mozilla/readability over a linkedom DOM, then two generic rules Readability
 * leaves to its users: photo captions go, and a paragraph that repeats another (a pull quote) goes. Measured
 * against defuddle in bench/feedLibraries.ts (README, Design).
 */
import { Readability } from '@mozilla/readability';
import { htmlParagraphs, parsePage } from './html.ts';
import { type PageMetadata, readPageMetadata } from './pageMetadata.ts';

export interface ExtractedPage {
  /** Readable paragraphs in page order, quotes and their marks as the page has them. */
  paragraphs: string[];
  metadata: PageMetadata;
  /** Readability's byline ("By Lena Hartwell"), kept for the record. */
  byline?: string;
}

/** Letters and digits only, lower-cased, quote marks folded: "the same words" whatever the markup. */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Pull quotes and standfirsts are short; only those are compared with the rest (the check is quadratic). */
const REPEAT_MAX_WORDS = 40;

/** Drops a short paragraph whose words all appear, in order, inside a longer one: pull quotes, standfirsts. */
export function dropRepeatedParagraphs(paragraphs: readonly string[]): string[] {
  const keys = paragraphs.map(comparableText);
  const padded = keys.map((k) => ` ${k} `);
  return paragraphs.filter((_, i) => {
    const key = keys[i] as string;
    if (key === '') return false;
    if (key.split(' ').length > REPEAT_MAX_WORDS) return true;
    return !padded.some((other, j) => j !== i && other.length > key.length + 2 && other.includes(` ${key} `));
  });
}

/** Captions describe a photo, not the story; Readability keeps those inside the article's figure. */
function removeCaptions(document: Document): void {
  for (const el of document.querySelectorAll('figcaption')) el.remove();
}

/**
 * Extracts the article from a page. Returns no paragraphs (never throws) when the page holds no article;
 * metadata is read either way.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedPage {
  const document = parsePage(html);
  const metadata = readPageMetadata(document, pageUrl);
  removeCaptions(document);
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document, { keepClasses: false }).parse();
  } catch {
    parsed = null;
  }
  const paragraphs = dropRepeatedParagraphs(htmlParagraphs(parsed?.content ?? ''));
  const byline = parsed?.byline?.trim();
  return { paragraphs, metadata, ...(byline ? { byline } : {}) };
}
