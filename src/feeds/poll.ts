/**
 * One poll of a set of feeds: each feed fetched (conditionally), each new or changed entry's page fetched
 * and extracted, and each article stored once in the corpus folder. One feed's failure is its own report;
 * the others go on.
 */
import { ErrorCode } from '../errors.ts';
import pLimit from 'p-limit';
import type { FeedConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { buildCandidate, type CandidateArticle, entryHash, isTransient } from './article.ts';
import { nextPollAfter } from './backoff.ts';
import { sourceDay } from './dates.ts';
import { announcedFeeds } from './discover.ts';
import { type ArticleSink, corpusFileName, folderSink, renderCorpusFile } from './corpusFile.ts';
import { type FeedError, feedError, isFeedError } from './errors.ts';
import type { ExtractedPage } from './extract.ts';
import { type Extractor, inlineExtractor } from './extractor.ts';
import { HostLimiter } from './hostLimiter.ts';
import { type HttpOptions, politeGet } from './http.ts';
import { type FeedDocument, type FeedItem, parseFeedDocument } from './parse.ts';
import {
  type ArticleRecord,
  emptyFeedRecord,
  type FeedRecord,
  type FeedStateStore,
  type ItemRecord,
} from './state.ts';
import { abortableSleep } from './sleep.ts';
import { urlKey } from './urls.ts';

/** The `fetch --json` contract, one per feed. */
export interface FeedReport {
  url: string;
  status: 'ok' | 'not-modified' | 'error';
  added: number;
  updated: number;
  unchanged: number;
  error?: string;
  /** Entries not stored this time, with the reason (text output and logs; not in `--json`). */
  skipped: { url: string; reason: string }[];
}

export interface PollSettings {
  timeoutSeconds: number;
  maxBodyBytes: number;
  maxRedirects: number;
  perHostConcurrency: number;
  maxItemsPerFeed: number;
  backoffMinMinutes: number;
  backoffMaxMinutes: number;
  jitter: number;
  allowPrivateAddresses: boolean;
  contact: string;
}

export interface FetcherOptions {
  settings: PollSettings;
  corpusDir: string;
  state: FeedStateStore;
  log: Logger;
  isFurniture?: (paragraph: string) => boolean;
  now?: () => Date;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  lookup?: HttpOptions['lookup'];
  /** Where pages are extracted; by default on this thread (the bot passes a worker thread). */
  extractor?: Extractor;
  /** Where each feed's articles go when there are several stories; without it, all go to `corpusDir`. */
  routing?: FeedRouting;
  /**
   * Where the articles of a folder (`corpusDir`, or a routed story's) are stored: by default files in it;
   * with DATABASE_URL the database's table, under that folder's story.
   */
  sinkFor?: (dir: string) => ArticleSink;
}

/** One story's folder as a home for a feed's articles, and what an article needs to belong there. */
export interface FeedRoute {
  story: string;
  dir: string;
  accepts(article: { title?: string; paragraphs: readonly string[] }): boolean;
}

/**
 * Routing by story: the folders in order of preference for a feed's article (the first that accepts it
 * stores it), and every story folder (an article is recognised in whichever folder it was stored).
 */
export interface FeedRouting {
  routes(feed: FeedConfig): readonly FeedRoute[];
  dirs: readonly string[];
}

type ItemOutcome =
  | { kind: 'added' | 'updated' | 'unchanged'; record: ItemRecord }
  | { kind: 'skipped'; reason: string; record?: ItemRecord };

export function userAgent(contact: string): string {
  return `newsdesk/0.1 (news-briefing bot; feed reader${contact ? `; +${contact}` : ''})`;
}

export class FeedFetcher {
  readonly #options: FetcherOptions;
  readonly #hosts: HostLimiter;
  readonly #http: HttpOptions;
  /** Recognising a duplicate and writing the file happen one article at a time, across all feeds. */
  readonly #serial = pLimit(1);
  readonly #now: () => Date;

  constructor(options: FetcherOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => new Date());
    const s = options.settings;
    this.#hosts = new HostLimiter(s.perHostConcurrency);
    this.#http = {
      timeoutMs: s.timeoutSeconds * 1000,
      maxBodyBytes: s.maxBodyBytes,
      maxRedirects: s.maxRedirects,
      userAgent: userAgent(s.contact),
      allowPrivateAddresses: s.allowPrivateAddresses,
      now: this.#now,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    };
  }

  /** Polls every feed once, all at once (bounded per host). Never throws for a feed's failure. */
  fetchAll(feeds: readonly FeedConfig[], signal?: AbortSignal): Promise<FeedReport[]> {
    return Promise.all(
      feeds.map((feed) =>
        this.fetchFeed(feed, signal).then(undefined, (error: unknown) => {
          // A fault of ours (a full disk, a bug) in one feed is that feed's error, not the round's.
          this.#options.log.error({ feed: feed.url, err: error }, 'feed poll failed');
          return report(feed.url, 'error', { error: `internal error: ${(error as Error).message}` });
        }),
      ),
    );
  }

  async fetchFeed(feed: FeedConfig, signal?: AbortSignal): Promise<FeedReport> {
    const { state, log } = this.#options;
    const now = this.#now();
    const record = (await state.feed(feed.url)) ?? emptyFeedRecord(feed.url);
    if (record.nextPollAfter && Date.parse(record.nextPollAfter) > now.getTime()) {
      const why = record.lastError ? `after: ${record.lastError}` : 'backing off';
      return report(feed.url, 'error', { error: `not polled until ${record.nextPollAfter} (${why})` });
    }
    // A 304 would hide entries whose files are gone (an emptied corpus folder): then ask for the whole feed.
    const files = Object.values(record.items).flatMap((i) => (i.file ? [i.file] : []));
    const complete = (await Promise.all(files.map((f) => this.#exists(f)))).every(Boolean);
    const got = await this.#hosts.run(feed.url, () =>
      politeGet(
        feed.url,
        {
          kind: 'feed',
          validators: complete
            ? {
                ...(record.etag ? { etag: record.etag } : {}),
                ...(record.lastModified ? { lastModified: record.lastModified } : {}),
              }
            : {},
          ...(signal ? { signal } : {}),
        },
        this.#http,
      ),
    );
    if (isFeedError(got)) {
      // Stopped by shutdown: not the feed's failure, no backoff.
      if (signal?.aborted) return report(feed.url, 'error', { error: 'stopped before the feed was read' });
      return this.#fail(record, got);
    }
    if (got.status === 'not-modified') {
      await state.saveFeed(succeeded(record, now));
      log.debug({ feed: feed.url }, 'feed not modified');
      return report(feed.url, 'not-modified', { unchanged: Object.keys(record.items).length });
    }
    const doc = parseFeedDocument(got.body, got.url);
    if (isFeedError(doc)) {
      // An operator who gave the site's address rather than its feed's gets told where the feed is.
      const announced = got.contentType === 'text/html' ? announcedFeeds(got.body, got.url) : [];
      const hint = announced.length ? `; it is an HTML page announcing the feed ${announced.join(', ')}` : '';
      return this.#fail(record, feedError(doc.code, `${feed.url}: ${doc.reason}${hint}`));
    }
    const items = doc.items.slice(0, this.#options.settings.maxItemsPerFeed);
    const outcomes = await Promise.all(items.map((item) => this.#item(feed, doc, item, record, signal)));
    const out = report(feed.url, 'ok');
    const next: FeedRecord = { ...succeeded(record, now), items: {} };
    let retryLater = false;
    outcomes.forEach((outcome, i) => {
      const item = items[i] as FeedItem;
      if (outcome.record) next.items[item.key] = outcome.record;
      if (outcome.kind === 'skipped') {
        out.skipped.push({ url: item.link ?? item.key, reason: outcome.reason });
        retryLater ||= outcome.record === undefined;
      } else out[outcome.kind]++;
    });
    // An entry to try again must not hide behind a 304 next time: keep the validators only when none is left.
    if (retryLater) {
      delete next.etag;
      delete next.lastModified;
    } else {
      if (got.validators.etag) next.etag = got.validators.etag;
      else delete next.etag;
      if (got.validators.lastModified) next.lastModified = got.validators.lastModified;
      else delete next.lastModified;
    }
    await state.saveFeed(next);
    for (const s of out.skipped)
      log.warn({ feed: feed.url, item: s.url, reason: s.reason }, 'feed entry skipped');
    log.info(
      {
        feed: feed.url,
        added: out.added,
        updated: out.updated,
        unchanged: out.unchanged,
        skipped: out.skipped.length,
      },
      'feed polled',
    );
    return out;
  }

  async #fail(record: FeedRecord, error: FeedError): Promise<FeedReport> {
    const now = this.#now();
    const failures = record.failures + 1;
    const after = nextPollAfter({
      failures,
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      now,
      random: this.#options.random ?? Math.random,
      settings: this.#options.settings,
    });
    await this.#options.state.saveFeed({
      ...record,
      failures,
      lastPolledAt: now.toISOString(),
      lastErrorAt: now.toISOString(),
      lastError: error.reason,
      nextPollAfter: after.toISOString(),
    });
    this.#options.log.warn(
      {
        feed: record.url,
        code: error.code,
        reason: error.reason,
        failures,
        nextPollAfter: after.toISOString(),
      },
      'feed failed',
    );
    return report(record.url, 'error', { error: error.reason });
  }

  async #item(
    feed: FeedConfig,
    doc: FeedDocument,
    item: FeedItem,
    record: FeedRecord,
    signal?: AbortSignal,
  ): Promise<ItemOutcome> {
    const hash = entryHash(item);
    const previous = record.items[item.key];
    // Unchanged entries are not fetched again; one skipped for good (a PDF) stays skipped, quietly. Its file
    // must still be there: a corpus folder emptied (or another one given with --corpus) is filled again.
    if (previous && previous.entryHash === hash && (!previous.file || (await this.#exists(previous.file))))
      return { kind: 'unchanged', record: previous };
    // A link already stored, through another feed or under another GUID, is that article: no second fetch.
    if (!previous && item.link) {
      const known = await this.#options.state.articleByUrlKey(urlKey(item.link));
      if (known && (await this.#exists(known.file)))
        return { kind: 'unchanged', record: { entryHash: hash, file: known.file } };
    }
    const fetched = item.link ? await this.#page(item.link, signal) : undefined;
    const page = fetched && !isFeedError(fetched) ? await this.#extract(fetched.html, fetched.url) : fetched;
    const candidate = buildCandidate({
      item,
      page,
      feedUrl: feed.url,
      ...(doc.title ? { feedTitle: doc.title } : {}),
      ...(feed.outlet ? { configuredOutlet: feed.outlet } : {}),
      isFurniture: this.#options.isFurniture ?? (() => false),
    });
    if (isFeedError(candidate)) {
      const transient = isFeedError(page) && isTransient(page);
      return transient
        ? { kind: 'skipped', reason: candidate.reason }
        : {
            kind: 'skipped',
            reason: candidate.reason,
            record: { entryHash: hash, skipped: candidate.reason },
          };
    }
    try {
      return await this.#serial(() => this.#store(feed, item, hash, candidate));
    } catch (error) {
      return { kind: 'skipped', reason: `cannot write the article (${(error as Error).message})` };
    }
  }

  async #extract(html: string, url: string): Promise<(ExtractedPage & { url: string }) | FeedError> {
    const page = await (this.#options.extractor ?? inlineExtractor).extract(html, url);
    return isFeedError(page) ? page : { ...page, url };
  }

  /** Fetches a page; a short Retry-After (within the request timeout) is waited for once. */
  async #page(link: string, signal?: AbortSignal): Promise<{ url: string; html: string } | FeedError> {
    const get = () =>
      this.#hosts.run(link, () =>
        politeGet(link, { kind: 'page', ...(signal ? { signal } : {}) }, this.#http),
      );
    let got = await get();
    if (
      isFeedError(got) &&
      got.code === ErrorCode.FeedRateLimited &&
      (got.retryAfterMs ?? Number.POSITIVE_INFINITY) <= this.#http.timeoutMs
    ) {
      await (this.#options.sleep ?? abortableSleep)(
        got.retryAfterMs ?? 0,
        signal ?? new AbortController().signal,
      );
      got = await get();
    }
    if (isFeedError(got)) return got;
    if (got.status === 'not-modified')
      return feedError(ErrorCode.FeedHttpStatus, `unexpected 304 from ${link}`, { status: 304 });
    return { url: got.url, html: got.body };
  }

  /**
   * The folder a new article of `feed` goes to: the first of its routes that accepts it (the corpus folder
   * without routing); or why none does. An article already stored stays where it is.
   */
  #route(feed: FeedConfig, candidate: CandidateArticle): { dir: string } | string {
    const routing = this.#options.routing;
    if (!routing) return { dir: this.#options.corpusDir };
    const routes = routing.routes(feed);
    const article = {
      ...(candidate.metadata.title ? { title: candidate.metadata.title } : {}),
      paragraphs: candidate.paragraphs,
    };
    const home = routes.find((r) => r.accepts(article));
    if (home) return { dir: home.dir };
    const stories = routes.map((r) => r.story).join(', ');
    return `not about ${routes.length === 1 ? 'its story' : 'any of its stories'} (${stories}): none of the match terms`;
  }

  /** Recognises the article among the stored ones and writes or updates its file. Runs one at a time. */
  async #store(
    feed: FeedConfig,
    item: FeedItem,
    hash: string,
    candidate: CandidateArticle,
  ): Promise<ItemOutcome> {
    const { state } = this.#options;
    const now = this.#now().toISOString();
    let existing: ArticleRecord | undefined;
    for (const key of candidate.lookupKeys) existing ??= await state.articleByUrlKey(key);
    existing ??= await state.articleByTextHash(candidate.textHash);
    // A canonical link that names another stored article is the page's mistake: keep the address it has.
    const claimedBy = candidate.url ? await state.articleByUrlKey(urlKey(candidate.url)) : undefined;
    const ownsCanonical = !claimedBy || claimedBy.file === existing?.file;
    const url = ownsCanonical ? candidate.url : candidate.landedUrl;
    const keys = [
      ...new Set([
        ...(existing?.urlKeys ?? []),
        ...(ownsCanonical ? candidate.urlKeys : candidate.lookupKeys),
      ]),
    ];
    // The same text, reached again or under a new address: one article, which now also answers to this one.
    const storedIn = existing ? await this.#folderOf(existing.file) : undefined;
    const present = storedIn !== undefined;
    if (existing && present && existing.textHash === candidate.textHash) {
      if (keys.length !== existing.urlKeys.length) await state.saveArticle({ ...existing, urlKeys: keys });
      return { kind: 'unchanged', record: { entryHash: hash, file: existing.file } };
    }
    // An article already stored is updated where it is; a new one goes to its story's folder, if any takes it.
    const routed = storedIn ? { dir: storedIn } : this.#route(feed, candidate);
    if (typeof routed === 'string')
      return { kind: 'skipped', reason: routed, record: { entryHash: hash, skipped: routed } };
    const file = existing?.file ?? (await this.#freeName(candidate.metadata.title, keys[0] as string));
    const { metadata } = candidate;
    const text = renderCorpusFile(
      {
        outlet: metadata.outlet,
        ...(metadata.title ? { title: metadata.title } : {}),
        ...(metadata.published ? { published: sourceDay(metadata.published) } : {}),
        ...(metadata.published && metadata.published.length > 10 ? { publishedAt: metadata.published } : {}),
        ...(url ? { url } : {}),
        ...(metadata.standfirst ? { standfirst: metadata.standfirst } : {}),
        feed: feed.url,
        ...(item.guid ? { guid: item.guid } : {}),
        fetched: now,
        ...(feed.story ? { story: feed.story } : {}),
      },
      candidate.paragraphs,
    );
    await this.#sinkOf(routed.dir).write(file, text);
    await state.saveArticle({
      file,
      urlKeys: keys,
      textHash: candidate.textHash,
      feedUrl: existing?.feedUrl ?? feed.url,
      ...(item.guid ? { guid: item.guid } : {}),
      fetchedAt: existing?.fetchedAt ?? now,
      ...(existing ? { updatedAt: now } : {}),
    });
    this.#options.log.info(
      { feed: feed.url, file, url, source: candidate.source },
      present ? 'article updated' : 'article added',
    );
    return { kind: present ? 'updated' : 'added', record: { entryHash: hash, file } };
  }

  /** Every folder an article may be stored in: the corpus folder, or each story's. */
  get #dirs(): readonly string[] {
    return this.#options.routing?.dirs ?? [this.#options.corpusDir];
  }

  #sinkOf(dir: string): ArticleSink {
    return this.#options.sinkFor?.(dir) ?? folderSink(dir);
  }

  /** The folder that holds `file`, if any does (with the database: whose story's rows hold it). */
  async #folderOf(file: string): Promise<string | undefined> {
    for (const dir of this.#dirs) {
      if (await this.#sinkOf(dir).exists(file)) return dir;
    }
    return undefined;
  }

  async #exists(file: string): Promise<boolean> {
    return (await this.#folderOf(file)) !== undefined;
  }

  /** A file name no other file in the corpus folder has (a hand-added file is never overwritten). */
  async #freeName(title: string | undefined, key: string): Promise<string> {
    for (const chars of [8, 16, 32]) {
      const name = corpusFileName(title, key, chars);
      if (!(await this.#exists(name))) return name;
    }
    throw new Error(`no free file name for ${key}`);
  }
}

function succeeded(record: FeedRecord, now: Date): FeedRecord {
  const next: FeedRecord = {
    ...record,
    failures: 0,
    lastPolledAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
  };
  delete next.nextPollAfter;
  return next;
}

function report(url: string, status: FeedReport['status'], extra: Partial<FeedReport> = {}): FeedReport {
  return { url, status, added: 0, updated: 0, unchanged: 0, skipped: [], ...extra };
}
