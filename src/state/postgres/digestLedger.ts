/**
 * The digest ledger of one story in PostgreSQL: one row per (story, slot, target), so any number of
 * instances on any number of hosts post each story's slot once, and one story's slot never stands for
 * another's. Each claim, renewal and finish is one transaction that first takes a
 * transaction-scoped advisory lock on the slot, then decides with the same rules as the state file
 * (digest/claims.ts): a posted row is never claimed again, a live lease keeps others off, a lapsed one is
 * taken over.
 */
import type { PreviousDigest } from '../../digest/compose.ts';
import { claimRecord, finishedRecord, stillHeld } from '../../digest/claims.ts';
import type {
  Claim,
  ClaimOutcome,
  ClaimRequest,
  ClaimResult,
  DigestLedger,
  SlotRecord,
} from '../../digest/ledger.ts';
import type pg from 'pg';
import { type Database, databaseError } from './database.ts';

/** Advisory locks on digest slots live in their own namespace ("nd", 2) keyed by the slot's hash. */
const SLOT_LOCK_NAMESPACE = 0x6e64 + 2;

export interface PgDigestLedgerOptions {
  db: Database;
  /** The story's keyword: every row read and written is this story's. */
  story: string;
  /** Records older than this are pruned (each target's newest posted record is always kept). */
  keepMs: number;
}

async function lockSlots(client: pg.PoolClient, story: string, slots: readonly string[]): Promise<void> {
  // Sorted, so two transactions on the same slots always lock in the same order.
  for (const slot of [...new Set(slots)].sort())
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      SLOT_LOCK_NAMESPACE,
      `${story}|${slot}`,
    ]);
}

async function recordsOf(
  client: pg.PoolClient,
  story: string,
  keys: readonly string[],
): Promise<Map<string, SlotRecord>> {
  const { rows } = await client.query<{ key: string; record: SlotRecord }>(
    'SELECT key, record FROM digest_slots WHERE story = $1 AND key = ANY($2::text[])',
    [story, keys],
  );
  return new Map(rows.map((r) => [r.key, r.record]));
}

async function saveRecord(client: pg.PoolClient, story: string, record: SlotRecord): Promise<void> {
  await client.query(
    `INSERT INTO digest_slots (story, key, slot, target, status, posted_at, record)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (story, key) DO UPDATE SET status = excluded.status, posted_at = excluded.posted_at,
       record = excluded.record`,
    [story, record.key, record.slot, record.target, record.status, record.postedAt ?? null, record],
  );
}

export class PgDigestLedger implements DigestLedger {
  readonly #options: PgDigestLedgerOptions;

  constructor(options: PgDigestLedgerOptions) {
    this.#options = options;
  }

  get location(): string {
    return this.#options.db.location;
  }

  /** The schema is migrated when the state layer opens; this proves the server answers. */
  async open(): Promise<void> {
    await this.#options.db.transaction((client) => client.query('SELECT 1 FROM digest_slots LIMIT 1'));
  }

  claim(request: ClaimRequest): Promise<ClaimOutcome[]> {
    const { story } = this.#options;
    return this.#options.db.transaction(async (client) => {
      await lockSlots(client, story, [request.slot]);
      const keys = request.targets.map((t) => `${request.slot}|${t}`);
      const existing = await recordsOf(client, story, keys);
      const outcomes: ClaimOutcome[] = [];
      for (const target of request.targets) {
        const { outcome, record } = claimRecord(existing.get(`${request.slot}|${target}`), request, target);
        if (record) await saveRecord(client, story, record);
        outcomes.push(outcome);
      }
      return outcomes;
    });
  }

  renew(claims: readonly Claim[], options: { leaseMs: number; now: Date }): Promise<Claim[]> {
    if (claims.length === 0) return Promise.resolve([]);
    const { story } = this.#options;
    return this.#options.db.transaction(async (client) => {
      await lockSlots(
        client,
        story,
        claims.map((c) => c.slot),
      );
      const existing = await recordsOf(
        client,
        story,
        claims.map((c) => c.key),
      );
      const lost: Claim[] = [];
      for (const claim of claims) {
        const record = existing.get(claim.key);
        if (!record || !stillHeld(record, claim)) {
          lost.push(claim);
          continue;
        }
        const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
        await saveRecord(client, story, { ...record, leaseUntil });
      }
      return lost;
    });
  }

  async finish(results: readonly ClaimResult[], now: Date): Promise<void> {
    if (results.length === 0) return;
    const { story } = this.#options;
    await this.#options.db.transaction(async (client) => {
      await lockSlots(
        client,
        story,
        results.map((r) => r.claim.slot),
      );
      const existing = await recordsOf(
        client,
        story,
        results.map((r) => r.claim.key),
      );
      for (const result of results) {
        const record = finishedRecord(existing.get(result.claim.key), result, now);
        if (record) await saveRecord(client, story, record);
      }
      await this.#prune(client, now);
    });
  }

  async previous(): Promise<PreviousDigest | undefined> {
    const { db, story } = this.#options;
    const { rows } = await db.pool
      .query<{ record: SlotRecord }>(
        `SELECT record FROM digest_slots WHERE story = $1 AND status = 'posted' AND posted_at IS NOT NULL
         ORDER BY posted_at DESC LIMIT 1`,
        [story],
      )
      .catch((error: unknown) => {
        throw databaseError(db.location, 'read the previous digest', error);
      });
    const best = rows[0]?.record;
    return best?.postedAt ? { postedAt: best.postedAt, articleIds: best.articleIds ?? [] } : undefined;
  }

  /**
   * Drops the story's records older than `keepMs`, except each target's newest posted one; keeps article
   * ids only on its newest posted record (as the state file does), so the table stays small.
   */
  async #prune(client: pg.PoolClient, now: Date): Promise<void> {
    const { story } = this.#options;
    const before = new Date(now.getTime() - this.#options.keepMs).toISOString();
    await client.query(
      `DELETE FROM digest_slots d WHERE d.story = $2 AND d.slot < $1 AND d.key NOT IN (
         SELECT DISTINCT ON (target) key FROM digest_slots WHERE story = $2 AND status = 'posted'
         ORDER BY target, slot DESC)`,
      [before, story],
    );
    await client.query(
      `UPDATE digest_slots SET record = record - 'articleIds'
       WHERE story = $1 AND record ? 'articleIds' AND key <> (
         SELECT key FROM digest_slots WHERE story = $1 AND status = 'posted' AND posted_at IS NOT NULL
         ORDER BY posted_at DESC LIMIT 1)`,
      [story],
    );
  }
}
