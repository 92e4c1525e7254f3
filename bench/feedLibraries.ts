/**
 * `npm run bench:feeds`: the measurements behind the feed libraries newsdesk uses (README, Design). Runs the
 * two feed parsers (feedsmith, @rowanmanning/feed-parser) and the two article extractors (@mozilla/readability
 * over linkedom, defuddle over linkedom) on the invented fixtures of tests/fixtures/feeds: what each gets
 * right, how each fails on malformed input, and how fast each is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseFeed as rowanParse } from '@rowanmanning/feed-parser';
import { Defuddle } from 'defuddle/node';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { loadConfig } from '../src/config.ts';
import { compileCleaningRules } from '../src/corpus/clean.ts';
import { extractArticle } from '../src/feeds/extract.ts';
import { parseFeedDocument } from '../src/feeds/parse.ts';

const furniture = compileCleaningRules(
  loadConfig(path.join(import.meta.dirname, '../config'), {}).cleaning,
).boilerplate;
const FIXTURES = path.join(import.meta.dirname, '../tests/fixtures/feeds');
const BASE = 'http://127.0.0.1:8080';
const read = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8').replaceAll('{{BASE}}', BASE);

function timeMs(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 20; i++) fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
}

async function timeAsyncMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - start) / runs;
}

// ---- feed parsers ---------------------------------------------------------------------------------------
const FEEDS = [
  'feeds/harbor.rss.xml',
  'feeds/coast.atom.xml',
  'feeds/bulletin.json',
  'feeds/ledger.rdf.xml',
  'feeds/sloppy.rss.xml',
  'feeds/malformed.xml',
];

type ParserResult = { items: number; first?: { title?: string; link?: string; date?: string } } | string;

const parsers: Record<string, (text: string) => ParserResult> = {
  'feedsmith (through parseFeedDocument)'(text) {
    const doc = parseFeedDocument(text, BASE, (raw) => feedsmithParse(raw));
    if ('code' in doc) return doc.reason;
    const item = doc.items[0];
    return {
      items: doc.items.length,
      first: { title: item?.title, link: item?.link, date: item?.published },
    };
  },
  '@rowanmanning/feed-parser'(text) {
    try {
      const feed = rowanParse(text);
      const item = feed.items[0];
      return {
        items: feed.items.length,
        first: {
          title: item?.title ?? undefined,
          link: item?.url ?? undefined,
          date: item?.published?.toISOString(),
        },
      };
    } catch (error) {
      return `error: ${(error as Error).message.split('\n')[0]}`;
    }
  },
};

function bigRss(items: number): string {
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Story ${i} &amp; more</title><link>${BASE}/s/${i}</link><guid>g-${i}</guid>` +
      `<pubDate>Sat, 28 Nov 2026 07:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate>` +
      `<description><![CDATA[<p>Summary of story ${i}, with <b>markup</b>.</p>]]></description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>${BASE}</link><description>d</description>${entries.join('')}</channel></rss>`;
}

console.log('## Feed parsers\n');
for (const [name, parse] of Object.entries(parsers)) {
  console.log(`### ${name}`);
  for (const file of FEEDS) {
    const result = parse(read(file));
    console.log(
      `- ${file}: ${typeof result === 'string' ? result : `${result.items} items; first: ${JSON.stringify(result.first)}`}`,
    );
  }
  console.log('');
}
const big = bigRss(200);
console.log(
  `- 200-item RSS, feedsmith alone: ${timeMs(() => feedsmithParse(big), 100).toFixed(2)} ms per parse`,
);
console.log(
  `- 200-item RSS, @rowanmanning/feed-parser: ${timeMs(() => rowanParse(big), 100).toFixed(2)} ms per parse`,
);
console.log(
  `- 200-item RSS, newsdesk's parseFeedDocument (feedsmith + titles to text, links made absolute): ${timeMs(() => parseFeedDocument(big, BASE), 100).toFixed(2)} ms per parse\n`,
);

// ---- extractors -----------------------------------------------------------------------------------------
interface PageCase {
  file: string;
  /** Words from every quote paragraph: each must survive. */
  quotes: string[];
  /** Page furniture: none may survive. */
  furniture: string[];
}

const PAGES: PageCase[] = [
  {
    file: 'pages/harbor-port-strike.html',
    quotes: [
      'in a press release, not at the table',
      'treated like spare parts',
      'lose the ships that keep this city working',
      'Words are cheap when the contract',
      'My door is open',
    ],
    furniture: [
      'Share on Facebook',
      'Idle cranes',
      'Sign up for our newsletter',
      'Most read',
      'Tags:',
      '©',
      'Advertisement',
    ],
  },
  {
    file: 'pages/coast-post-ferry.html',
    quotes: [
      'cannot risk a crossing',
      'Safety comes first',
      'no way to get there',
      'extra boats as soon as it is safe',
    ],
    furniture: [
      'Waves break over',
      'Link Copied',
      'ADVERTISEMENT',
      'Read more',
      'Log in to comment',
      'Updated 4:20',
    ],
  },
  {
    file: 'pages/valley-ledger-council.html',
    quotes: ['no painless way to do that', 'only warm room', 'We will keep fighting this'],
    furniture: [
      'Campaigners outside',
      'Share this article',
      'Trending',
      'Download the app',
      'We use cookies',
    ],
  },
  {
    file: 'pages/fenwick-interview.html',
    quotes: [
      'a race we lost by about forty minutes',
      'We ran out of time',
      'Another hour and every one',
      'The warning came when it came',
      'hailing a taxi',
      'rest of my life',
    ],
    furniture: [
      'Subscribe from',
      'Gift this article',
      'Read more:',
      'Photograph:',
      'Sign up to the Courier',
      'comments',
      'Registered in England',
    ],
  },
  {
    file: 'pages/undated-notice.html',
    quotes: ['about ten days'],
    furniture: ['Notices', '©'],
  },
];

/** Text blocks of an extractor's HTML output. */
function blocksOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('p, li, h2, h3, h4, blockquote, pre, figcaption')]
    .filter((el) => !el.querySelector('p, li, blockquote'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}

const extractors: Record<string, (html: string) => Promise<string[]>> = {
  'readability (raw)': async (html) => {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as Document).parse();
    return blocksOf(article?.content ?? '');
  },
  'defuddle (raw)': async (html) => {
    const { document } = parseHTML(html);
    const result = await Defuddle(document as unknown as Document, `${BASE}/page`, {});
    return blocksOf(result.content);
  },
  'newsdesk: readability + caption, pull-quote and boilerplate-line rules': async (html) =>
    extractArticle(html, `${BASE}/page`).paragraphs.filter((p) => !furniture.test(p)),
};

console.log('## Article extractors\n');
console.log('| extractor | quote paragraphs kept | furniture left | pull quote repeated | ms per page |');
console.log('|---|---:|---:|---:|---:|');
const quoteTotal = PAGES.reduce((n, p) => n + p.quotes.length, 0);
const furnitureTotal = PAGES.reduce((n, p) => n + p.furniture.length, 0);
for (const [name, extract] of Object.entries(extractors)) {
  let kept = 0;
  let left = 0;
  let repeated = 0;
  const misses: string[] = [];
  for (const page of PAGES) {
    const blocks = await extract(read(page.file));
    const text = blocks.join('\n');
    for (const q of page.quotes) {
      if (text.includes(q)) kept++;
      else misses.push(`lost "${q}"`);
    }
    for (const f of page.furniture) {
      if (text.includes(f)) {
        left++;
        misses.push(`kept "${f}"`);
      }
    }
    if (blocks.filter((b) => b.includes('no painless way to do that')).length > 1) repeated++;
  }
  const pages = PAGES.map((p) => read(p.file));
  const ms = await timeAsyncMs(async () => {
    for (const html of pages) await extract(html);
  }, 30);
  console.log(
    `| ${name} | ${kept}/${quoteTotal} | ${left}/${furnitureTotal} | ${repeated} | ${(ms / pages.length).toFixed(2)} |`,
  );
  if (misses.length > 0) console.log(`|  | ${misses.join('; ')} | | | |`);
}
