/**
 * Articles shared between instances: each corpus file's bytes in the `articles` table, keyed by story and
 * file name. A trigger announces every change (with its story) on the channel `newsdesk_articles` when its
 * transaction commits; each instance keeps a dedicated connection listening, so it hears of a new article
 * at once.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../../log.ts';
import { type Database, databaseError } from './database.ts';

export const ARTICLES_CHANNEL = 'newsdesk_articles';

export type ArticleSource = 'corpus' | 'feed';

export interface StoredArticle {
  /** The story's keyword. */
  story: string;
  file: string;
  body: Buffer;
  sha256: string;
  source: ArticleSource;
}

export interface ArticleChange {
  op: 'insert' | 'update' | 'delete';
  story: string;
  file: string;
}

/** A row as a mirror compares it: which story, which file, which bytes (by hash). */
export type ArticleListing = Pick<StoredArticle, 'story' | 'file' | 'sha256' | 'source'>;

export function sha256(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex');
}

export class PgArticleStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async #query<R extends object>(doing: string, sql: string, values: unknown[] = []): Promise<R[]> {
    try {
      return (await this.#db.pool.query<R>(sql, values)).rows;
    } catch (error) {
      throw databaseError(this.#db.location, doing, error);
    }
  }

  /** Stores `body` as `file` of `story`; nothing changes (and nobody is told) when the bytes are the same. */
  async put(article: {
    story: string;
    file: string;
    body: Buffer | string;
    source: ArticleSource;
  }): Promise<boolean> {
    const bytes = typeof article.body === 'string' ? Buffer.from(article.body, 'utf8') : article.body;
    const hash = sha256(bytes);
    const rows = await this.#query<{ file: string }>(
      'store an article',
      `INSERT INTO articles (story, file, body, sha256, source) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (story, file) DO UPDATE SET body = excluded.body, sha256 = excluded.sha256,
         source = excluded.source, updated_at = now()
       WHERE articles.sha256 <> excluded.sha256
       RETURNING file`,
      [article.story, article.file, bytes, hash, article.source],
    );
    return rows.length > 0;
  }

  async has(story: string, file: string): Promise<boolean> {
    return (
      (
        await this.#query('look up an article', 'SELECT 1 FROM articles WHERE story = $1 AND file = $2', [
          story,
          file,
        ])
      ).length > 0
    );
  }

  async get(story: string, file: string): Promise<StoredArticle | undefined> {
    const rows = await this.#query<StoredArticle>(
      'read an article',
      'SELECT story, file, body, sha256, source FROM articles WHERE story = $1 AND file = $2',
      [story, file],
    );
    return rows[0];
  }

  /** Story, file name and hash of every article, or of one story's (of one source): what a mirror compares. */
  async list(filter: { story?: string; source?: ArticleSource } = {}): Promise<ArticleListing[]> {
    return this.#query(
      'list the articles',
      `SELECT story, file, sha256, source FROM articles
       WHERE ($1::text IS NULL OR story = $1) AND ($2::text IS NULL OR source = $2)
       ORDER BY story, file`,
      [filter.story ?? null, filter.source ?? null],
    );
  }

  async remove(story: string, files: readonly string[]): Promise<void> {
    if (files.length === 0) return;
    await this.#query('remove articles', 'DELETE FROM articles WHERE story = $1 AND file = ANY($2::text[])', [
      story,
      files,
    ]);
  }

  /**
   * Listens for changes on a connection of its own (not the pool's: a LISTEN lasts as long as its
   * connection). Calls `onChange` per change and `onReconnect` after a lost connection is back, when
   * changes may have been missed. Reconnects every `retryMs` until stopped.
   */
  async listen(options: {
    url: string;
    log: Pick<Logger, 'warn' | 'info'>;
    onChange: (change: ArticleChange) => void;
    onReconnect: () => void;
    retryMs?: number;
  }): Promise<{ close(): Promise<void> }> {
    const retryMs = options.retryMs ?? 1000;
    let client: pg.Client | undefined;
    let closed = false;
    let timer: NodeJS.Timeout | undefined;
    const connect = async (): Promise<void> => {
      const next = new pg.Client({ connectionString: options.url, application_name: 'newsdesk-listen' });
      next.on('notification', (message) => {
        if (message.channel !== ARTICLES_CHANNEL || !message.payload) return;
        try {
          const change = JSON.parse(message.payload) as Partial<ArticleChange>;
          if (typeof change.story !== 'string' || typeof change.file !== 'string') return;
          options.onChange(change as ArticleChange);
        } catch (error) {
          options.log.warn({ err: { message: (error as Error).message } }, 'unreadable article notification');
        }
      });
      next.on('error', (error) => {
        if (next !== client) return;
        options.log.warn(
          { database: this.#db.location, err: { message: error.message } },
          'article listener lost its connection; reconnecting',
        );
        retry();
      });
      next.on('end', () => {
        if (next === client) retry();
      });
      await next.connect();
      await next.query(`LISTEN ${ARTICLES_CHANNEL}`);
      client = next;
    };
    const retry = () => {
      if (closed || timer) return;
      const old = client;
      client = undefined;
      void old?.end().catch(() => undefined);
      timer = setTimeout(async () => {
        timer = undefined;
        if (closed) return;
        try {
          await connect();
          options.log.info({ database: this.#db.location }, 'article listener reconnected');
          options.onReconnect();
        } catch {
          retry();
        }
      }, retryMs);
      timer.unref();
    };
    try {
      await connect();
    } catch (error) {
      throw databaseError(this.#db.location, 'listen for article changes', error);
    }
    return {
      async close() {
        closed = true;
        clearTimeout(timer);
        const c = client;
        client = undefined;
        c?.removeAllListeners('end');
        c?.removeAllListeners('error');
        c?.on('error', () => undefined);
        await c?.end().catch(() => undefined);
      },
    };
  }
}
