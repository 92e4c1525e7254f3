/**
 * The PostgreSQL connection pool (node-postgres) behind every PostgreSQL store. Its errors become
 * StateErrors naming the server without its password; an idle client's error (the server restarted) is
 * logged, never thrown from a timer.
 */
import pg from 'pg';
import { ErrorCode, StateError } from '../../errors.ts';
import type { Logger } from '../../log.ts';

export interface Database {
  readonly pool: pg.Pool;
  /** The URL without its password, for messages and logs. */
  readonly location: string;
  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on a throw) on one client. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /** Whether the server answers, with the reason when it does not (for /healthz). */
  ping(timeoutMs?: number): Promise<{ ok: true } | { ok: false; reason: string }>;
  close(): Promise<void>;
}

/** The URL with its password (and any query secrets) replaced, safe to log. */
export function safeLocation(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    parsed.search = '';
    return parsed.toString();
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}

/** Wraps a driver error as a StateError with the server's location and the driver's code. */
export function databaseError(location: string, doing: string, error: unknown): StateError {
  const e = error as { code?: string; message?: string };
  return new StateError(
    ErrorCode.DatabaseUnavailable,
    location,
    `database ${location}: cannot ${doing} (${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)})`,
    { cause: error },
  );
}

export interface OpenDatabaseOptions {
  url: string;
  log: Pick<Logger, 'warn' | 'error'>;
  /** Shown in pg_stat_activity: which process holds which connection. */
  applicationName?: string;
  max?: number;
}

export function openDatabase(options: OpenDatabaseOptions): Database {
  const location = safeLocation(options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    application_name: options.applicationName ?? 'newsdesk',
    max: options.max ?? 5,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // A dead server is noticed by the kernel's keepalive, not only when a query times out.
    keepAlive: true,
  });
  pool.on('error', (error) =>
    options.log.warn(
      { database: location, err: { message: error.message, code: (error as { code?: string }).code } },
      'idle database connection failed; it is replaced on next use',
    ),
  );
  return {
    pool,
    location,
    async transaction(work) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw databaseError(location, 'connect', error);
      }
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error instanceof StateError ? error : databaseError(location, 'run a transaction', error);
      } finally {
        client.release();
      }
    },
    async ping(timeoutMs = 2_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([pool.query('SELECT 1'), timeout]);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: databaseError(location, 'be reached', error).message };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => pool.end(),
  };
}
