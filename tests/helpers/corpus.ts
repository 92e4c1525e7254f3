/** Shared test helpers: load the shipped corpus (or a fixture folder) once and build an index. */
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config.ts';
import { compileCleaningRules } from '../../src/corpus/clean.ts';
import { loadCorpus, toSentences } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { buildIndex, type NewsIndex } from '../../src/index/newsIndex.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CORPUS = path.join(ROOT, 'corpus');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const NOW = new Date('2018-10-08T08:00:00Z');

export function testConfig(): Config {
  return loadConfig(path.join(ROOT, 'config'), {});
}

export function loadOptions(config: Config = testConfig()) {
  return { rules: compileCleaningRules(config.cleaning), maxFileBytes: config.corpus.maxFileBytes };
}

const cache = new Map<string, Promise<{ articles: Article[]; index: NewsIndex }>>();

/** Loads a corpus folder and builds its index (memoised per folder). */
export function indexOf(dir: string = CORPUS): Promise<{ articles: Article[]; index: NewsIndex }> {
  let hit = cache.get(dir);
  if (!hit) {
    hit = loadCorpus(dir, loadOptions()).then(({ articles, errors }) => ({
      articles,
      index: buildIndex(articles, errors, NOW),
    }));
    cache.set(dir, hit);
  }
  return hit;
}

/** Whitespace- and quote-style-insensitive form, for "is this text in that article" checks. */
export function loose(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An article built from already-split paragraphs, for tests that do not go through the loader. Dated
 * 2024-01-01 unless `published` is given (`published: undefined` makes an undated article).
 */
export function articleOf(
  id: string,
  paragraphs: string[][],
  fields: Partial<Pick<Article, 'published' | 'outlet' | 'title' | 'standfirst' | 'keyPoints'>> = {},
): Article {
  const published = 'published' in fields ? fields.published : '2024-01-01';
  return {
    id,
    path: `${id}.md`,
    outlet: fields.outlet ?? 'Test Outlet',
    title: fields.title ?? id,
    ...(published ? { published } : {}),
    publishedInferred: false,
    ...(fields.standfirst ? { standfirst: fields.standfirst } : {}),
    ...(fields.keyPoints ? { keyPoints: fields.keyPoints } : {}),
    paragraphs,
    sentences: toSentences(id, paragraphs),
    mtimeMs: 0,
    bytes: paragraphs.flat().join(' ').length,
  };
}

/** A snapshot's people as plain data (sets spread), for comparing two snapshots with toEqual. */
export function comparablePeople(index: NewsIndex) {
  return index.people.people.map((p) => ({
    ...p,
    aliases: [...p.aliases],
    roles: [...p.roles],
    articleIds: [...p.articleIds],
  }));
}
