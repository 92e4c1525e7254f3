/**
 * A reload that looks only at the files it is told changed (the watcher hears their names from fs.watch),
 * so a new file in a 10,000-file folder costs a few stat() calls instead of 20,000. Whatever it cannot
 * judge from those files alone (another file claims the same article id) it leaves to a reload of the
 * whole folder, and so does the watcher when events may have been lost (see index/watch.ts).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { articleIdOf, type FileOptions, inBatches, isArticleFileName } from '../corpus/load.ts';
import type { Article, LoadError } from '../corpus/types.ts';
import { ErrorCode } from '../errors.ts';
import { compareText } from '../text/compare.ts';

/** What the named files changed, for the store to apply. */
export interface NamedChange {
  upserts: Article[];
  removals: string[];
  /** The folder's load errors after the change (those of the other files as they were). */
  errors: LoadError[];
  /** Articles kept at their previous version because their file broke. */
  keptPrevious: string[];
  /** Files still being written: looked at again later. */
  pending: string[];
}

export interface NamedFilesInput {
  dir: string;
  /** File names in `dir`, as fs.watch reports them; names of other kinds of entries are ignored. */
  names: readonly string[];
  /** The articles served, by id. */
  byId: ReadonlyMap<string, Article>;
  /** The folder's load errors as last reported. */
  errors: readonly LoadError[];
  /** The stamp a broken file had when its error was reported, so an unchanged broken file is not read again. */
  reportedStamp: (file: string) => string | undefined;
  /** Reads and parses files (the store's loader: build workers when there are many). */
  load: (files: readonly string[], options: FileOptions) => Promise<(Article | LoadError)[]>;
  fileOptions: FileOptions;
  /** See ReloadOptions.settleMs. */
  settleMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** Size and modification time: how a file is told unchanged without reading it. */
export function stampOf(info: { size: number; mtimeMs: number } | undefined): string | undefined {
  return info ? `${info.size}:${info.mtimeMs}` : undefined;
}

const statOrNothing = (file: string) => stat(file).catch(() => undefined);

/**
 * The change the named files make, or undefined when it cannot be told from them alone: a named file's
 * article id is served from another file, or another file was reported for the same id (`a.md` and
 * `a.txt`; which one is served depends on both).
 */
export async function namedFileChange(input: NamedFilesInput): Promise<NamedChange | undefined> {
  const { dir, byId } = input;
  const names = [...new Set(input.names)].filter((n) => n === path.basename(n) && isArticleFileName(n));
  const files = names.map((name) => path.join(dir, name));
  const erroredIds = new Map<string, string[]>();
  for (const e of input.errors)
    erroredIds.set(articleIdOf(e.file), [...(erroredIds.get(articleIdOf(e.file)) ?? []), e.file]);
  for (const file of files) {
    const id = articleIdOf(file);
    const served = byId.get(id);
    if (served && served.path !== file) return undefined;
    if (erroredIds.get(id)?.some((other) => other !== file)) return undefined;
  }
  const change: NamedChange = { upserts: [], removals: [], errors: [], keptPrevious: [], pending: [] };
  const infos = await inBatches(files, statOrNothing);
  const gone: string[] = [];
  const candidates: { file: string; stamp: string; mtimeMs: number }[] = [];
  files.forEach((file, i) => {
    const info = infos[i];
    const served = byId.get(articleIdOf(file));
    const before = served ? `${served.bytes}:${served.mtimeMs}` : input.reportedStamp(file);
    if (!info) gone.push(file);
    else if (stampOf(info) !== before)
      candidates.push({ file, stamp: stampOf(info) as string, mtimeMs: info.mtimeMs });
  });
  // Unchanged for settleMs already (and not dated in the future): settled; the others are stamped again.
  const now = Date.now();
  const young = candidates.filter(({ mtimeMs }) => !(now - mtimeMs >= input.settleMs && mtimeMs <= now));
  if (young.length > 0) {
    await input.sleep(input.settleMs);
    const again = await inBatches(young, ({ file }) => statOrNothing(file));
    young.forEach(({ file, stamp }, i) => {
      if (stampOf(again[i]) !== stamp) change.pending.push(file);
    });
  }
  const pending = new Set(change.pending);
  const settled = candidates.filter(({ file }) => !pending.has(file)).map(({ file }) => file);
  const loaded = settled.length > 0 ? await input.load(settled, input.fileOptions) : [];
  const fresh: LoadError[] = [];
  loaded.forEach((result, i) => {
    const file = settled[i] as string;
    const served = byId.get(articleIdOf(file));
    if (!('reason' in result)) change.upserts.push(result);
    else {
      fresh.push(result);
      if (served) change.keptPrevious.push(served.id);
    }
  });
  for (const file of gone) {
    const served = byId.get(articleIdOf(file));
    if (served) change.removals.push(served.id);
  }
  // Errors of the files looked at are replaced; a file still being written keeps its old one for now.
  const looked = new Set([...settled, ...gone]);
  const kept = input.errors.filter((e) => !looked.has(e.file));
  // In the loader's order: files by name, then duplicate ids.
  const isDuplicate = (e: LoadError) => e.code === ErrorCode.DuplicateArticleId;
  change.errors = [
    ...[...kept.filter((e) => !isDuplicate(e)), ...fresh].sort((a, b) => compareText(a.file, b.file)),
    ...kept.filter(isDuplicate),
  ];
  return change;
}
