/**
 * Schema migrations: the numbered SQL files in `migrations/`, each applied once, in order, in its own
 * transaction, recorded in `newsdesk_migrations`. Every instance runs this at start-up under one advisory
 * lock, so two starting at once apply each migration once (the second waits, then finds nothing to do).
 * A migration reads the first story's keyword as `current_setting('newsdesk.first_story')`: the story rows
 * from before several stories belong to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode, StateError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import type pg from 'pg';
import { type Database, databaseError } from './database.ts';

/** The advisory lock that serialises migrations: (namespace "nd", 1). */
const MIGRATION_LOCK = [0x6e64, 1] as const;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migration files next to this module, `NNN_name.sql`, in version order. */
export function migrations(dir = path.join(import.meta.dirname, 'migrations')): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d+)_(.+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      version: Number(m[1]),
      name: m[2] as string,
      sql: readFileSync(path.join(dir, m[0]), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

export interface MigrateOptions {
  log: Pick<Logger, 'info'>;
  /** The keyword of the configured first story: what rows written before stories existed belong to. */
  firstStory: string;
  list?: Migration[];
}

/** Applies the migrations not applied yet; resolves with the versions it applied (none: up to date). */
export async function migrate(db: Database, options: MigrateOptions): Promise<number[]> {
  const list = options.list ?? migrations();
  let client: pg.PoolClient;
  try {
    client = await db.pool.connect();
  } catch (error) {
    throw databaseError(db.location, 'connect', error);
  }
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS newsdesk_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM newsdesk_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const m of list) {
      if (done.has(m.version)) continue;
      try {
        await client.query('BEGIN');
        // Local to the transaction: gone once the migration is committed or rolled back.
        await client.query("SELECT set_config('newsdesk.first_story', $1, true)", [options.firstStory]);
        await client.query(m.sql);
        await client.query('INSERT INTO newsdesk_migrations (version, name) VALUES ($1, $2)', [
          m.version,
          m.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new StateError(
          ErrorCode.MigrationFailed,
          db.location,
          `database ${db.location}: migration ${m.version} (${m.name}) failed: ${(error as Error).message}`,
          { cause: error },
        );
      }
      applied.push(m.version);
      options.log.info({ version: m.version, name: m.name }, 'database migration applied');
    }
  } catch (error) {
    throw error instanceof StateError ? error : databaseError(db.location, 'migrate the schema', error);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return applied;
}
