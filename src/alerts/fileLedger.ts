/**
 * The alert ledger in one JSON file in the state folder (`alerts.stateFile`, default
 * `data/alerts-state.json`): every change a short read-modify-write under the file's lock, written
 * atomically, as the digest ledger does. A corrupt file is set aside and the state starts empty: every
 * story is then looked at afresh (what it holds counts as seen), so nothing is posted twice.
 */
import { readJsonFile, setAside, withFileLock, writeJsonFile } from '../fileState/jsonFile.ts';
import { claimOne, finishOne, type LedgerState, reviewedDevelopments } from './claims.ts';
import type { Logger } from '../log.ts';
import type {
  AlertClaimOutcome,
  AlertClaimRequest,
  AlertLedger,
  AlertPost,
  AlertResult,
  Development,
  ReviewRecord,
  StoryAlerts,
} from './ledger.ts';

interface StoryState {
  version: number;
  seen: string[];
  developments: Development[];
}

interface FileShape extends LedgerState {
  version: 1;
  stories: Record<string, StoryState>;
}

const WHAT = 'alerts state';

function parse(raw: unknown): FileShape | string {
  const shape = raw as Partial<FileShape>;
  if (typeof shape !== 'object' || shape === null || shape.version !== 1)
    return 'not a version 1 alerts state';
  if (typeof shape.stories !== 'object' || shape.stories === null) return 'no "stories" object';
  if (typeof shape.posts !== 'object' || shape.posts === null) return 'no "posts" object';
  for (const [story, s] of Object.entries(shape.stories))
    if (!Array.isArray(s?.seen) || !Array.isArray(s?.developments) || typeof s?.version !== 'number')
      return `story "${story}" is not a story record`;
  for (const [key, p] of Object.entries(shape.posts))
    if (typeof p?.development !== 'string' || typeof p?.target !== 'string')
      return `post "${key}" is not a post record`;
  return { version: 1, stories: shape.stories, posts: shape.posts };
}

function empty(): FileShape {
  return { version: 1, stories: {}, posts: {} };
}

export interface FileAlertLedgerOptions {
  file: string;
  log: Pick<Logger, 'error'>;
  /** Developments (and their posts) older than this are forgotten. */
  keepMs: number;
}

export class FileAlertLedger implements AlertLedger {
  readonly #options: FileAlertLedgerOptions;

  constructor(options: FileAlertLedgerOptions) {
    this.#options = options;
  }

  get location(): string {
    return this.#options.file;
  }

  async open(): Promise<void> {
    await this.#update(() => true, new Date());
  }

  async read(story: string, now: Date): Promise<StoryAlerts> {
    let out: StoryAlerts = { story, version: 0, seen: new Set(), developments: [] };
    await this.#update((state) => {
      const s = state.stories[story];
      if (s) out = { story, version: s.version, seen: new Set(s.seen), developments: [...s.developments] };
      return false;
    }, now);
    return out;
  }

  async record(review: ReviewRecord, now: Date): Promise<boolean> {
    let recorded = false;
    await this.#update((state) => {
      const s = state.stories[review.story] ?? { version: 0, seen: [], developments: [] };
      if (s.version !== review.version) return false;
      const seen = new Set(s.seen);
      for (const id of review.seen) seen.add(id);
      state.stories[review.story] = {
        version: s.version + 1,
        seen: [...seen],
        developments: reviewedDevelopments(s.developments, review),
      };
      recorded = true;
      return true;
    }, now);
    return recorded;
  }

  async posts(developments: readonly string[]): Promise<AlertPost[]> {
    const wanted = new Set(developments);
    let out: AlertPost[] = [];
    await this.#update((state) => {
      out = Object.values(state.posts).filter((p) => wanted.has(p.development));
      return false;
    }, new Date());
    return out;
  }

  async claim(request: AlertClaimRequest): Promise<AlertClaimOutcome[]> {
    const outcomes: AlertClaimOutcome[] = [];
    await this.#update((state) => {
      let changed = false;
      for (const item of request.items) {
        const outcome = claimOne(state, request, item);
        outcomes.push(outcome);
        if (outcome.kind === 'claimed' || outcome.kind === 'capped') changed = true;
      }
      return changed;
    }, request.now);
    return outcomes;
  }

  async finish(results: readonly AlertResult[], now: Date): Promise<void> {
    if (results.length === 0) return;
    await this.#update((state) => {
      for (const result of results) finishOne(state, result, now);
      return true;
    }, now);
  }

  /** Reads the state under the lock, lets `change` edit it, and writes it back (pruned) when it changed. */
  async #update(change: (state: FileShape) => boolean, now: Date): Promise<void> {
    const { file, log } = this.#options;
    await withFileLock(file, { what: WHAT, log }, async () => {
      const read = await readJsonFile(file, WHAT, parse);
      let state: FileShape;
      // A corrupt file is replaced at once (its copy kept aside), so the loss is not reported twice.
      let fresh = false;
      if (read.kind === 'ok') state = read.value;
      else {
        state = empty();
        if (read.kind === 'corrupt') {
          fresh = true;
          const keptAs = await setAside(file, WHAT, now);
          log.error(
            { file, reason: read.reason, keptAs },
            'alerts state is corrupt; kept aside, and every story is looked at afresh (no alert for what it holds now)',
          );
        }
      }
      if (change(state) || fresh) await writeJsonFile(file, WHAT, prune(state, now, this.#options.keepMs));
    });
  }
}

/** Forgets developments older than `keepMs`, and their posts. */
function prune(state: FileShape, now: Date, keepMs: number): FileShape {
  const kept = new Set<string>();
  const stories: Record<string, StoryState> = {};
  for (const [story, s] of Object.entries(state.stories)) {
    const developments = s.developments.filter((d) => now.getTime() - Date.parse(d.openedAt) <= keepMs);
    for (const d of developments) kept.add(d.id);
    stories[story] = { ...s, developments };
  }
  const posts: Record<string, AlertPost> = {};
  for (const [key, p] of Object.entries(state.posts)) if (kept.has(p.development)) posts[key] = p;
  return { version: 1, stories, posts };
}
