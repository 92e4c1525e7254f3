/**
 * The alert ledger in PostgreSQL: a row per story (its review version), per article looked at, per
 * development, and per (development, channel) post, so any number of instances post each development to
 * each channel once. Every write is one transaction under one advisory lock for the ledger (alerts are a
 * few a minute at most, and a channel's cap counts posts across stories), deciding with the same rules as
 * the state file (alerts/claims.ts).
 */
import type pg from 'pg';
import { claimOne, finishOne, type LedgerState, reviewedDevelopments } from '../../alerts/claims.ts';
import type {
  AlertClaimOutcome,
  AlertClaimRequest,
  AlertLedger,
  AlertPost,
  AlertResult,
  Development,
  ReviewRecord,
  StoryAlerts,
} from '../../alerts/ledger.ts';
import { type Database, databaseError } from './database.ts';

/** The alert ledger's advisory lock ("nd", 5). */
const ALERT_LOCK = [0x6e64 + 5, 0] as const;
const HOUR_MS = 3_600_000;

export interface PgAlertLedgerOptions {
  db: Database;
  /** Developments (and their posts) older than this are forgotten. */
  keepMs: number;
}

async function lock(client: pg.PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...ALERT_LOCK]);
}

async function developmentsOf(client: pg.PoolClient, ids: readonly string[]): Promise<Development[]> {
  const { rows } = await client.query<{ record: Development }>(
    'SELECT record FROM alert_developments WHERE id = ANY($1::text[])',
    [ids],
  );
  return rows.map((r) => r.record);
}

async function savePost(client: pg.PoolClient, post: AlertPost): Promise<void> {
  await client.query(
    `INSERT INTO alert_posts (development, target, status, posted_at, record) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (development, target) DO UPDATE SET status = excluded.status,
       posted_at = excluded.posted_at, record = excluded.record`,
    [post.development, post.target, post.status, post.postedAt ?? null, post],
  );
}

/** The state a rule needs, grouped as the rules read it (developments by story). */
function stateOf(developments: readonly Development[], posts: readonly AlertPost[]): LedgerState {
  const stories: LedgerState['stories'] = {};
  for (const d of developments) {
    const story = stories[d.story] ?? { developments: [] };
    story.developments.push(d);
    stories[d.story] = story;
  }
  return { stories, posts: Object.fromEntries(posts.map((p) => [p.key, p])) };
}

export class PgAlertLedger implements AlertLedger {
  readonly #options: PgAlertLedgerOptions;

  constructor(options: PgAlertLedgerOptions) {
    this.#options = options;
  }

  get location(): string {
    return this.#options.db.location;
  }

  /** The schema is migrated when the state layer opens; this proves the server answers. */
  async open(): Promise<void> {
    await this.#options.db.transaction((client) => client.query('SELECT 1 FROM alert_posts LIMIT 1'));
  }

  async read(story: string, now: Date): Promise<StoryAlerts> {
    const { db, keepMs } = this.#options;
    const since = new Date(now.getTime() - keepMs).toISOString();
    try {
      const [version, seen, developments] = await Promise.all([
        db.pool.query<{ version: number }>('SELECT version FROM alert_stories WHERE story = $1', [story]),
        db.pool.query<{ article: string }>('SELECT article FROM alert_seen WHERE story = $1', [story]),
        db.pool.query<{ record: Development }>(
          'SELECT record FROM alert_developments WHERE story = $1 AND opened_at >= $2 ORDER BY opened_at, id',
          [story, since],
        ),
      ]);
      return {
        story,
        version: version.rows[0]?.version ?? 0,
        seen: new Set(seen.rows.map((r) => r.article)),
        developments: developments.rows.map((r) => r.record),
      };
    } catch (error) {
      throw databaseError(db.location, 'read the alert state', error);
    }
  }

  record(review: ReviewRecord, now: Date): Promise<boolean> {
    return this.#options.db.transaction(async (client) => {
      await lock(client);
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM alert_stories WHERE story = $1',
        [review.story],
      );
      if ((rows[0]?.version ?? 0) !== review.version) return false;
      await client.query(
        `INSERT INTO alert_stories (story, version) VALUES ($1, $2)
         ON CONFLICT (story) DO UPDATE SET version = excluded.version`,
        [review.story, review.version + 1],
      );
      if (review.seen.length > 0)
        await client.query(
          `INSERT INTO alert_seen (story, article) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
          [review.story, [...review.seen]],
        );
      const touched = [...review.opened.map((d) => d.id), ...review.extended.map((e) => e.id)];
      const known = await developmentsOf(client, touched);
      for (const d of reviewedDevelopments(known, review)) {
        await client.query(
          `INSERT INTO alert_developments (id, story, opened_at, record) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
          [d.id, d.story, d.openedAt, d],
        );
      }
      // Forgotten with their posts (ON DELETE CASCADE), as the state file prunes.
      await client.query('DELETE FROM alert_developments WHERE opened_at < $1', [
        new Date(now.getTime() - this.#options.keepMs).toISOString(),
      ]);
      return true;
    });
  }

  async posts(developments: readonly string[]): Promise<AlertPost[]> {
    const { db } = this.#options;
    const { rows } = await db.pool
      .query<{ record: AlertPost }>('SELECT record FROM alert_posts WHERE development = ANY($1::text[])', [
        [...developments],
      ])
      .catch((error: unknown) => {
        throw databaseError(db.location, 'read the alert posts', error);
      });
    return rows.map((r) => r.record);
  }

  claim(request: AlertClaimRequest): Promise<AlertClaimOutcome[]> {
    if (request.items.length === 0) return Promise.resolve([]);
    return this.#options.db.transaction(async (client) => {
      await lock(client);
      const ids = [...new Set(request.items.map((i) => i.development))];
      const targets = [...new Set(request.items.map((i) => i.target))];
      // The posts claimed now, and every post of these channels that may count towards their cap.
      const hourAgo = new Date(request.now.getTime() - HOUR_MS).toISOString();
      const { rows } = await client.query<{ record: AlertPost }>(
        `SELECT record FROM alert_posts
         WHERE development = ANY($1::text[])
            OR (target = ANY($2::text[]) AND (posted_at >= $3 OR status = 'claimed'))`,
        [ids, targets, hourAgo],
      );
      const state = stateOf(
        await developmentsOf(client, ids),
        rows.map((r) => r.record),
      );
      const outcomes: AlertClaimOutcome[] = [];
      for (const item of request.items) {
        const outcome = claimOne(state, request, item);
        outcomes.push(outcome);
        if (outcome.kind === 'claimed' || outcome.kind === 'capped') {
          const post = state.posts[`${item.development}|${item.target}`];
          if (post) await savePost(client, post);
        }
      }
      return outcomes;
    });
  }

  async finish(results: readonly AlertResult[], now: Date): Promise<void> {
    if (results.length === 0) return;
    await this.#options.db.transaction(async (client) => {
      await lock(client);
      const { rows } = await client.query<{ record: AlertPost }>(
        `SELECT record FROM alert_posts WHERE (development || '|' || target) = ANY($1::text[])`,
        [results.map((r) => r.claim.key)],
      );
      const state = stateOf(
        [],
        rows.map((r) => r.record),
      );
      for (const result of results) {
        finishOne(state, result, now);
        const post = state.posts[result.claim.key];
        if (post) await savePost(client, post);
      }
    });
  }
}
