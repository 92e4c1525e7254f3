/**
 * A fetched article as an ordinary corpus file: YAML front matter (every value a quoted string, so nothing
 * a feed supplies can break out of its field), then the paragraphs separated by blank lines. Written
 * atomically; the file name is built from safe characters only.
 */
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CorpusFileFields {
  outlet: string;
  title?: string;
  /** The day it ran, where it ran (YYYY-MM-DD). */
  published?: string;
  /** The time it ran with the source's UTC offset, when the source gives a time. */
  publishedAt?: string;
  /** None for an entry without a link (its text came from the feed). */
  url?: string;
  /** The page's one-sentence summary under the headline (from its description). */
  standfirst?: string;
  /** Where the article came from. */
  feed: string;
  guid?: string;
  fetched: string;
  story?: string;
}

/** Control characters and line/paragraph separators: never inside a front-matter value or the body. */
const CONTROL = /[^\P{Cc}\t\n\r]|[\u2028\u2029]/gu;

function oneLine(value: string): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** The file's text: front matter, a blank line, paragraphs separated by blank lines. */
export function renderCorpusFile(fields: CorpusFileFields, paragraphs: readonly string[]): string {
  const order: (keyof CorpusFileFields)[] = [
    'outlet',
    'title',
    'published',
    'publishedAt',
    'url',
    'standfirst',
    'feed',
    'guid',
    'fetched',
    'story',
  ];
  const lines = ['---'];
  for (const key of order) {
    const value = fields[key];
    // A JSON string is a valid YAML double-quoted scalar.
    if (value !== undefined && value !== '') lines.push(`${key}: ${JSON.stringify(oneLine(value))}`);
  }
  lines.push('---', '');
  const body = paragraphs.map((p) => p.replace(CONTROL, ' ').trim()).filter((p) => p !== '');
  return `${lines.join('\n')}\n${body.join('\n\n')}\n`;
}

/** Lower-case ASCII words of a title, joined by dashes, at most `max` characters. */
function slug(title: string | undefined, max = 60): string {
  const base = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = base.length > max ? base.slice(0, max).replace(/-[^-]*$/, '') : base;
  return cut || 'article';
}

/**
 * A stable file name for an article: its title's slug and a hash of its address key
 * (`port-workers-walk-out-over-automation-plan-3f9a1c2e.md`). Only `[a-z0-9-]`, so no path can be built
 * from what a feed supplies. `hashChars` grows when a name is taken by a file we did not write.
 */
export function corpusFileName(title: string | undefined, urlKey: string, hashChars = 8): string {
  const hash = createHash('sha256').update(urlKey).digest('hex').slice(0, hashChars);
  return `${slug(title)}-${hash}.md`;
}

/** The full path of `name` inside `dir`; throws on a name that would leave the folder (a programmer error). */
export function pathInside(dir: string, name: string): string {
  const full = path.resolve(dir, name);
  if (path.dirname(full) !== path.resolve(dir) || !/^[a-z0-9][a-z0-9-]*\.md$/.test(name))
    throw new Error(`unsafe corpus file name: ${name}`);
  return full;
}

/**
 * Writes `text` to `dir/name` atomically: a hidden temp file in the same folder (the loader and watcher
 * ignore dot files), then a rename over the old file, so the loader never sees half an article.
 */
export async function writeCorpusFile(dir: string, name: string, text: string): Promise<string> {
  const target = pathInside(dir, name);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return target;
}

/**
 * Where fetched articles go: the corpus folder (the default), or the shared article table when the state
 * lives in PostgreSQL (state/postgres/articles.ts). Names are `corpusFileName`s.
 */
export interface ArticleSink {
  exists(name: string): Promise<boolean>;
  write(name: string, text: string): Promise<void>;
}

/** The corpus folder as an ArticleSink: files written atomically, as `writeCorpusFile` does. */
export function folderSink(dir: string): ArticleSink {
  return {
    exists: (name) =>
      access(pathInside(dir, name)).then(
        () => true,
        () => false,
      ),
    write: async (name, text) => {
      await writeCorpusFile(dir, name, text);
    },
  };
}
