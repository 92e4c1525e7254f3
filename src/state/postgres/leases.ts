/**
 * Leader leases in PostgreSQL: a row per duty names its holder and when its lease runs out, by the
 * database's clock (so the hosts' clocks need not agree). The holder renews every third of the lease; any
 * instance may take a lease that has run out. A holder that cannot renew in time (the database is
 * unreachable) gives the duty up before anyone else can take it.
 */
import type { DutyOptions, Leadership } from '../leadership.ts';
import type { Database } from './database.ts';

export interface LeaseOptions extends DutyOptions {
  db: Database;
  leaseMs: number;
}

/** Takes or renews the lease; resolves with the holder after the attempt. */
export async function takeLease(
  db: Database,
  options: { name: string; holder: string; leaseMs: number },
): Promise<string | undefined> {
  const { rows } = await db.pool.query<{ holder: string }>(
    `INSERT INTO leases (name, holder, lease_until, acquired_at)
       VALUES ($1, $2, now() + $3 * interval '1 millisecond', now())
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until,
       acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at ELSE now() END
     WHERE leases.holder = excluded.holder OR leases.lease_until < now()
     RETURNING holder`,
    [options.name, options.holder, options.leaseMs],
  );
  if (rows[0]) return rows[0].holder;
  const current = await db.pool.query<{ holder: string }>('SELECT holder FROM leases WHERE name = $1', [
    options.name,
  ]);
  return current.rows[0]?.holder;
}

/** Releases the lease if `holder` still has it. */
export async function releaseLease(db: Database, name: string, holder: string): Promise<void> {
  await db.pool.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
}

/**
 * Competes for the duty until stopped: runs it while holding the lease, stands by otherwise. Renewals run on
 * their own timer, never behind the duty's start or stop (which may take seconds: a first import, loading the
 * feed libraries), so a slow start never lets the lease lapse.
 */
export async function leadByLease(options: LeaseOptions): Promise<Leadership> {
  const { db, name, holder, leaseMs, log } = options;
  let leading = false;
  let seen: string | undefined;
  let renewedAt = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let turn: Promise<void> = Promise.resolve();
  /** Starts and stops of the duty, one after another. */
  let duty: Promise<void> = Promise.resolve();

  const run = (what: string, work: () => Promise<void> | void) => {
    duty = duty
      .then(work)
      .catch((error: unknown) =>
        log.error({ duty: name, err: { message: (error as Error).message } }, `duty failed to ${what}`),
      );
  };
  const depose = (why: string) => {
    if (!leading) return;
    leading = false;
    // Stepping down on the way out is routine; losing the lease is worth a warning.
    if (stopped) log.info({ duty: name, holder, why }, 'no longer the leader');
    else log.warn({ duty: name, holder, why }, 'no longer the leader');
    run('stop', options.onDeposed);
  };

  const check = async () => {
    const startedAt = Date.now();
    try {
      seen = await takeLease(db, { name, holder, leaseMs });
    } catch (error) {
      log.warn({ duty: name, err: { message: (error as Error).message } }, 'cannot check the duty lease');
      // Give the duty up before the lease can lapse and another instance take it.
      if (leading && Date.now() - renewedAt > (leaseMs * 2) / 3) depose('lease not renewed in time');
      return;
    }
    if (stopped) return;
    if (seen === holder) {
      renewedAt = startedAt;
      if (!leading) {
        leading = true;
        log.info({ duty: name, holder }, 'elected leader');
        run('start', options.onElected);
      }
    } else depose(`taken over by ${seen ?? 'nobody'}`);
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      turn = turn.then(check).finally(schedule);
    }, leaseMs / 3);
    timer.unref();
  };

  turn = check();
  await turn;
  schedule();
  // The first start is awaited (an elected instance imports before it answers); later ones are not.
  await duty;

  return {
    get leading() {
      return leading;
    },
    get holder() {
      return seen;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await turn;
      depose('stopping');
      await duty;
      await releaseLease(db, name, holder).catch((error: unknown) =>
        log.warn({ duty: name, err: { message: (error as Error).message } }, 'cannot release the duty lease'),
      );
    },
  };
}
