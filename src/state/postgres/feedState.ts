/**
 * FeedStateStore in PostgreSQL: each feed's record, each stored article's record, and its address keys in a
 * table of their own so that a key finds its article by the primary key. Only the leader polls (see
 * leases.ts), so writes do not race; each is still one transaction, so a crash never leaves half of one.
 */
import type { ArticleRecord, FeedRecord, FeedStateStore } from '../../feeds/state.ts';
import { type Database, databaseError } from './database.ts';

export class PgFeedStateStore implements FeedStateStore {
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

  async feed(url: string): Promise<FeedRecord | undefined> {
    const rows = await this.#query<{ record: FeedRecord }>(
      'read a feed',
      'SELECT record FROM feeds WHERE url = $1',
      [url],
    );
    return rows[0]?.record;
  }

  async feeds(): Promise<FeedRecord[]> {
    const rows = await this.#query<{ record: FeedRecord }>(
      'read the feeds',
      'SELECT record FROM feeds ORDER BY url',
    );
    return rows.map((r) => r.record);
  }

  async saveFeed(record: FeedRecord): Promise<void> {
    await this.#query(
      'save a feed',
      `INSERT INTO feeds (url, record) VALUES ($1, $2)
       ON CONFLICT (url) DO UPDATE SET record = excluded.record, updated_at = now()`,
      [record.url, record],
    );
  }

  async articleByUrlKey(key: string): Promise<ArticleRecord | undefined> {
    const rows = await this.#query<{ record: ArticleRecord }>(
      'look up an article',
      `SELECT a.record FROM feed_article_urls u JOIN feed_articles a ON a.file = u.file WHERE u.url_key = $1`,
      [key],
    );
    return rows[0]?.record;
  }

  async articleByTextHash(hash: string): Promise<ArticleRecord | undefined> {
    const rows = await this.#query<{ record: ArticleRecord }>(
      'look up an article',
      'SELECT record FROM feed_articles WHERE text_hash = $1 ORDER BY updated_at DESC LIMIT 1',
      [hash],
    );
    return rows[0]?.record;
  }

  /** Adds or replaces the record of `record.file`; its address keys point at it from now on. */
  async saveArticle(record: ArticleRecord): Promise<void> {
    await this.#db.transaction(async (client) => {
      await client.query(
        `INSERT INTO feed_articles (file, text_hash, record) VALUES ($1, $2, $3)
         ON CONFLICT (file) DO UPDATE SET text_hash = excluded.text_hash, record = excluded.record,
           updated_at = now()`,
        [record.file, record.textHash, record],
      );
      await client.query(
        'DELETE FROM feed_article_urls WHERE file = $1 AND NOT (url_key = ANY($2::text[]))',
        [record.file, record.urlKeys],
      );
      await client.query(
        `INSERT INTO feed_article_urls (url_key, file) SELECT k, $1 FROM unnest($2::text[]) AS k
         ON CONFLICT (url_key) DO UPDATE SET file = excluded.file`,
        [record.file, record.urlKeys],
      );
    });
  }

  /** The pool belongs to the state layer, which closes it. */
  async close(): Promise<void> {}
}
