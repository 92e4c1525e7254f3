/**
 * Articles shared between instances: each corpus file's bytes in the `articles` table, keyed by file name.
 * A trigger announces every change on the channel `newsdesk_articles` when its transaction commits; each
 * instance keeps a dedicated connection listening, so it hears of a new article at once.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../../log.ts';
import { type Database, databaseError } from './database.ts';

export const ARTICLES_CHANNEL = 'newsdesk_articles';

export type ArticleSource = 'corpus' | 'feed';

export interface StoredArticle {
  file: string;
  body: Buffer;
  sha256: string;
  source: ArticleSource;
}

export interface ArticleChange {
  op: 'insert' | 'update' | 'delete';
  file: string;
}

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

  /** Stores `body` as `file`; nothing changes (and nobody is told) when the bytes are the same. */
  async put(file: string, body: Buffer | string, source: ArticleSource): Promise<boolean> {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    const hash = sha256(bytes);
    const rows = await this.#query<{ file: string }>(
      'store an article',
      `INSERT INTO articles (file, body, sha256, source) VALUES ($1, $2, $3, $4)
       ON CONFLICT (file) DO UPDATE SET body = excluded.body, sha256 = excluded.sha256,
         source = excluded.source, updated_at = now()
       WHERE articles.sha256 <> excluded.sha256
       RETURNING file`,
      [file, bytes, hash, source],
    );
    return rows.length > 0;
  }

  async has(file: string): Promise<boolean> {
    return (
      (await this.#query('look up an article', 'SELECT 1 FROM articles WHERE file = $1', [file])).length > 0
    );
  }

  async get(file: string): Promise<StoredArticle | undefined> {
    const rows = await this.#query<StoredArticle>(
      'read an article',
      'SELECT file, body, sha256, source FROM articles WHERE file = $1',
      [file],
    );
    return rows[0];
  }

  /** File names and hashes of every article (what a mirror compares against). */
  async list(source?: ArticleSource): Promise<{ file: string; sha256: string; source: ArticleSource }[]> {
    return this.#query(
      'list the articles',
      source
        ? 'SELECT file, sha256, source FROM articles WHERE source = $1 ORDER BY file'
        : 'SELECT file, sha256, source FROM articles ORDER BY file',
      source ? [source] : [],
    );
  }

  async remove(files: readonly string[]): Promise<void> {
    if (files.length === 0) return;
    await this.#query('remove articles', 'DELETE FROM articles WHERE file = ANY($1::text[])', [files]);
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
          options.onChange(JSON.parse(message.payload) as ArticleChange);
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
