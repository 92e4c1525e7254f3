/**
 * Channel subscriptions in PostgreSQL: one row per platform, channel, story and kind (the table's key), so
 * every instance serves the same subscriptions. A put takes a transaction-scoped advisory lock on its key,
 * so two instances subscribing one channel at once agree on which replaced which.
 */
import type { Subscription, SubscriptionStore } from '../../subscriptions/store.ts';
import { type Database, databaseError } from './database.ts';

/** Advisory locks on subscription keys live in their own namespace ("nd", 4). */
const SUBSCRIPTION_LOCK_NAMESPACE = 0x6e64 + 4;

export class PgSubscriptionStore implements SubscriptionStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  get location(): string {
    return this.#db.location;
  }

  async list(): Promise<Subscription[]> {
    const { rows } = await this.#db.pool
      .query<{ record: Subscription }>('SELECT record FROM subscriptions ORDER BY seq')
      .catch((error: unknown) => {
        throw databaseError(this.#db.location, 'read the subscriptions', error);
      });
    return rows.map((r) => r.record);
  }

  put(subscription: Subscription): Promise<Subscription | undefined> {
    const key = [subscription.platform, subscription.channel, subscription.story, subscription.kind];
    return this.#db.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        SUBSCRIPTION_LOCK_NAMESPACE,
        key.join('|'),
      ]);
      const { rows } = await client.query<{ record: Subscription }>(
        'SELECT record FROM subscriptions WHERE platform = $1 AND channel = $2 AND story = $3 AND kind = $4',
        key,
      );
      await client.query(
        `INSERT INTO subscriptions (platform, channel, story, kind, record) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (platform, channel, story, kind) DO UPDATE SET record = excluded.record`,
        [...key, subscription],
      );
      return rows[0]?.record;
    });
  }

  remove(where: Parameters<SubscriptionStore['remove']>[0]): Promise<Subscription[]> {
    return this.#db.transaction(async (client) => {
      const { rows } = await client.query<{ record: Subscription; seq: string }>(
        `DELETE FROM subscriptions
         WHERE platform = $1 AND channel = $2 AND story = $3 AND ($4::text IS NULL OR kind = $4)
         RETURNING record, seq`,
        [where.platform, where.channel, where.story, where.kind ?? null],
      );
      return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map((r) => r.record);
    });
  }
}
