/** Loading a corpus folder: read, validate, parse front matter, clean, split. Never throws for bad files. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { ErrorCode, type LoadErrorCode } from '../errors.ts';
import { turn } from '../steps.ts';
import { type CleaningRules, cleanArticle, isBoilerplate } from './clean.ts';
import { resolveDuplicateIds } from './duplicates.ts';
import { settleDateReadings } from './metadata/dateOrder.ts';
import { inferPageMetadata, outletFromUrl } from './metadata/index.ts';
import { findKeyPoints } from './metadata/keyPoints.ts';
import { splitSentences } from './sentences.ts';
import { normalizeWhitespace, withApostrophes } from '../text/normalize.ts';
import type { Article, LoadError, LoadResult, Sentence } from './types.ts';

export const ARTICLE_EXTENSIONS = ['.md', '.txt'];

export interface LoadOptions {
  rules: CleaningRules;
  maxFileBytes: number;
  /**
   * The articles of the previous load, by path: a file whose size and modification time are unchanged is
   * not read or parsed again (a reload of a large corpus after one edit parses one file).
   */
  previous?: ReadonlyMap<string, Article>;
  /** Reads and parses the files that changed; by default `loadFiles`, on this thread (BuildPool shares it). */
  loadFiles?: (files: readonly string[], options: FileOptions) => Promise<(Article | LoadError)[]>;
}

/** What reading and parsing one file needs (also sent to build workers). */
export type FileOptions = Pick<LoadOptions, 'rules' | 'maxFileBytes'>;

/** Formats a Date as YYYY-MM-DD (UTC). */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Raised (and caught per file) when one file cannot become an article. */
class SkipFile extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const FrontMatter = z.object({
  outlet: z.string().trim().min(1).optional(),
  title: z.string().trim().min(1).optional(),
  published: z
    .union([z.date(), z.string().trim().min(1)])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const date = v instanceof Date ? v : new Date(v);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: 'custom', message: `"${String(v)}" is not a date (use YYYY-MM-DD)` });
        return z.NEVER;
      }
      return isoDate(date);
    }),
  url: z.url().nullish(),
  standfirst: z.string().trim().min(1).optional(),
  keyPoints: z.array(z.string().trim().min(1)).optional(),
});

function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw new SkipFile(ErrorCode.FileEmpty, 'empty file');
  if (bytes.subarray(0, 8192).includes(0))
    throw new SkipFile(ErrorCode.FileBinary, 'binary file (contains NUL bytes), not article text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new SkipFile(ErrorCode.FileNotUtf8, 'not valid UTF-8 (re-save the file as UTF-8)');
  }
}

const FRONT_MATTER_BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const PLAIN_FIELD = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/;

/**
 * Front matter that YAML rejects only because a plain value holds ": " ("title: Live updates: storm makes
 * landfall"), read as one `key: value` per line. Undefined when any line is anything else, or a value
 * starts like YAML syntax ("[unclosed"): that file is broken, not merely unquoted.
 */
function plainFields(text: string): { data: Record<string, string>; body: string } | undefined {
  const block = FRONT_MATTER_BLOCK.exec(text);
  if (!block) return undefined;
  const data: Record<string, string> = {};
  for (const line of (block[1] as string).split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const field = PLAIN_FIELD.exec(line);
    const value = field?.[2]?.trim() ?? '';
    if (!field || /^[[\]{}&*!|>'"%@`]/.test(value)) return undefined;
    if (value !== '') data[field[1] as string] = value;
  }
  return { data, body: text.slice(block[0].length) };
}

function parseFrontMatter(text: string): { data: z.infer<typeof FrontMatter>; body: string } {
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Passing options turns off gray-matter's unbounded content cache.
    parsed = matter(text, { excerpt: false });
  } catch (error) {
    const plain = plainFields(text);
    if (!plain) {
      const reason = (error as Error).message.split('\n')[0];
      throw new SkipFile(ErrorCode.FrontMatterInvalid, `front matter is not valid YAML: ${reason}`);
    }
    parsed = { data: plain.data, content: plain.body };
  }
  const result = FrontMatter.safeParse(parsed.data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SkipFile(
      ErrorCode.FrontMatterInvalid,
      `front matter field "${issue?.path.join('.')}": ${issue?.message}`,
    );
  }
  return { data: result.data, body: parsed.content };
}

export function toSentences(articleId: string, paragraphs: string[][]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((sentences, p) => {
    sentences.forEach((text, s) => {
      out.push({ id: `${articleId}#${p}.${s}`, articleId, paragraph: p, position: out.length, text });
    });
  });
  return out;
}

/** Builds an article from a file's text; throws SkipFile with the reason when it cannot. */
export function parseArticle(
  id: string,
  file: string,
  text: string,
  mtimeMs: number,
  rules: CleaningRules,
  bytes: number = Buffer.byteLength(text),
): Article {
  const { data, body: written } = parseFrontMatter(text);
  const body = withApostrophes(written);
  const cleaned = cleanArticle(body, rules);
  const paragraphs = cleaned.paragraphs.map(splitSentences).filter((p) => p.length > 0);
  if (paragraphs.length === 0)
    throw new SkipFile(ErrorCode.NoArticleText, 'no article text left after removing boilerplate');
  const url = data.url ?? undefined;
  const page =
    data.outlet && data.title && data.published
      ? {}
      : inferPageMetadata(cleaned.lines, { isBio: (line) => rules.bio.test(line) });
  // The file's time is when it was saved, not when the story ran: an undated page stays undated.
  const published = data.published ?? page.published;
  const standfirst = data.standfirst ?? page.standfirst;
  const keyPoints =
    data.keyPoints ?? findKeyPoints(body, paragraphs.flat(), (line) => isBoilerplate(line, rules));
  return {
    id,
    path: file,
    // With no outlet anywhere, the file name stands in: distinct articles must not look like one outlet.
    outlet: data.outlet ?? page.outlet ?? outletFromUrl(url) ?? id,
    title: data.title ?? page.title ?? paragraphs[0]?.[0] ?? id,
    ...(published ? { published } : {}),
    ...(data.published === undefined && page.publishedOtherReading
      ? { publishedOtherReading: page.publishedOtherReading }
      : {}),
    ...(published === undefined && page.publishedMonthDay
      ? { publishedMonthDay: page.publishedMonthDay }
      : {}),
    publishedInferred:
      data.published === undefined && (published !== undefined || page.publishedMonthDay !== undefined),
    ...(url ? { url } : {}),
    ...(standfirst ? { standfirst: normalizeWhitespace(standfirst) } : {}),
    ...(keyPoints.length > 0 ? { keyPoints: keyPoints.map(normalizeWhitespace) } : {}),
    paragraphs,
    sentences: toSentences(id, paragraphs),
    mtimeMs,
    bytes,
  };
}

/** The article id of a file: its name without the extension. */
export function articleIdOf(file: string): string {
  return path.basename(file, path.extname(file));
}

/** Loads one file; returns an article or the reason it was skipped. `gate` is awaited before parsing. */
export async function loadArticleFile(
  file: string,
  options: FileOptions,
  gate?: () => Promise<void>,
): Promise<Article | LoadError> {
  const id = articleIdOf(file);
  try {
    const info = await stat(file);
    if (info.isDirectory())
      throw new SkipFile(ErrorCode.FileNotArticle, 'is a directory, not an article file');
    if (info.size > options.maxFileBytes) {
      throw new SkipFile(
        ErrorCode.FileTooLarge,
        `file is ${info.size} bytes, over the corpus.maxFileBytes limit of ${options.maxFileBytes}`,
      );
    }
    const text = decodeText(await readFile(file));
    await gate?.();
    return parseArticle(id, file, text, info.mtimeMs, options.rules, info.size);
  } catch (error) {
    if (error instanceof SkipFile) return { code: error.code, file, reason: error.message };
    return { code: ErrorCode.FileUnreadable, file, reason: `cannot read file (${(error as Error).message})` };
  }
}

/**
 * Files read at once. Opening every file of a large corpus together runs into the open-files limit
 * (EMFILE at 1,024 on many systems), and the files it hits would be skipped.
 */
const OPEN_FILES = 64;

/** How long files are parsed back to back before other callbacks get a turn of the event loop. */
const PARSE_SLICE_MS = 10;

/**
 * Lets files be parsed one at a time, with a turn of the event loop after every PARSE_SLICE_MS of parsing:
 * reads that complete together would otherwise be parsed back to back, holding the event loop for as long
 * as dozens of parses take.
 */
function parseGate(): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  let started = performance.now();
  return () => {
    chain = chain.then(async () => {
      if (performance.now() - started < PARSE_SLICE_MS) return;
      await turn();
      started = performance.now();
    });
    return chain;
  };
}

/** Loads files on this thread, in order: one article or skip reason per file. */
export async function loadFiles(
  files: readonly string[],
  options: FileOptions,
): Promise<(Article | LoadError)[]> {
  const results: (Article | LoadError)[] = new Array(files.length);
  const gate = parseGate();
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await loadArticleFile(files[i] as string, options, gate);
    }
  };
  await Promise.all(Array.from({ length: Math.min(OPEN_FILES, files.length) }, reader));
  return results;
}

/** The previous article of a file whose size and modification time have not changed since. */
async function unchanged(file: string, previous: Article | undefined): Promise<Article | undefined> {
  if (!previous) return undefined;
  try {
    const info = await stat(file);
    return info.mtimeMs === previous.mtimeMs && info.size === previous.bytes ? previous : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a directory entry name is an article file by its extension. */
export function isArticleFileName(name: string): boolean {
  // A folder's README/CHANGELOG/LICENSE describes the folder; it is not an article.
  if (/^(?:readme|changelog|license|notes)\b/i.test(name)) return false;
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !name.startsWith('.');
}

/** How many article files `dir` holds (0 when it cannot be read): sizes the build before loading. */
export async function countArticleFiles(dir: string): Promise<number> {
  try {
    return (await readdir(dir)).filter(isArticleFileName).length;
  } catch {
    return 0;
  }
}

/**
 * Loads every `*.md` / `*.txt` in `dir` (not recursive), sorted by name. Bad files become `errors` naming
 * the file and the reason; other entries (sub-folders, other extensions) are ignored.
 */
/**
 * Calls made this many at a time. stat() opens no file, so this is not about open files: issuing and
 * settling 10,000 at once held the event loop for 100–250 ms in one piece; batches of 256 made a reload
 * of 10,000 files twice as slow on a loaded machine.
 */
const BATCH = 1024;

/** `Promise.all(items.map(call))`, BATCH calls at a time. */
export async function inBatches<T, R>(items: readonly T[], call: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    for (const r of await Promise.all(items.slice(i, i + BATCH).map(call))) out.push(r);
  }
  return out;
}

export async function loadCorpus(dir: string, options: LoadOptions): Promise<LoadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isArticleFileName).sort();
  } catch (error) {
    return {
      articles: [],
      errors: [
        {
          code: ErrorCode.CorpusUnreadable,
          file: dir,
          reason: `cannot read corpus folder (${(error as Error).message})`,
        },
      ],
    };
  }
  const files = names.map((name) => path.join(dir, name));
  const kept = await inBatches(files, (file) => unchanged(file, options.previous?.get(file)));
  const changed = files.filter((_, i) => kept[i] === undefined);
  const loaded = await (options.loadFiles ?? loadFiles)(changed, options);
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  let next = 0;
  for (const item of kept) {
    const result = item ?? (loaded[next++] as Article | LoadError);
    if ('reason' in result) errors.push(result);
    else articles.push(result);
  }
  const unique = resolveDuplicateIds(articles);
  return { articles: settleDateReadings(unique.articles), errors: [...errors, ...unique.errors] };
}
