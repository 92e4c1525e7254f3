/** The state layer in PostgreSQL (DATABASE_URL): opened, migrated under the advisory lock, then shared. */
import type { OpenStateOptions, StateLayer } from '../layer.ts';
import { PgAlertLedger } from './alertLedger.ts';
import { PgArticleStore } from './articles.ts';
import { openDatabase } from './database.ts';
import { PgDigestLedger } from './digestLedger.ts';
import { PgFeedStateStore } from './feedState.ts';
import { PgInstallationStore } from './installations.ts';
import { leadByLease } from './leases.ts';
import { migrate } from './migrate.ts';
import { PgSubscriptionStore } from './subscriptions.ts';

export interface PostgresState extends StateLayer {
  readonly kind: 'postgres';
  readonly articles: PgArticleStore;
  readonly url: string;
}

export async function openPostgresState(
  options: OpenStateOptions & { databaseUrl: string },
): Promise<PostgresState> {
  const { log } = options;
  const db = openDatabase({ url: options.databaseUrl, log, applicationName: 'newsdesk' });
  try {
    await migrate(db, { log, firstStory: options.firstStory });
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const articles = new PgArticleStore(db);
  const feeds = new PgFeedStateStore(db);
  const installations = new PgInstallationStore(db);
  const subscriptions = new PgSubscriptionStore(db);
  const ledgers = new Map<string, PgDigestLedger>();
  return {
    kind: 'postgres',
    location: db.location,
    url: options.databaseUrl,
    articles,
    digestLedger: ({ keepMs, story }) => {
      const ledger = new PgDigestLedger({ db, keepMs, story: story.keyword });
      ledgers.set(story.keyword, ledger);
      return ledger;
    },
    previousDigest: (story) =>
      (ledgers.get(story.keyword) ?? new PgDigestLedger({ db, keepMs: 0, story: story.keyword })).previous(),
    subscriptions: () => subscriptions,
    alertLedger: ({ keepMs }) => new PgAlertLedger({ db, keepMs }),
    feedState: async () => ({
      state: feeds,
      sinkFor: (story) => ({
        exists: (name) => articles.has(story, name),
        write: (name, text) =>
          articles.put({ story, file: name, body: text, source: 'feed' }).then(() => undefined),
      }),
    }),
    installations: async () => installations,
    lead: (duty) => leadByLease({ ...duty, db, leaseMs: options.leaseSeconds * 1000 }),
    health: async () => {
      const ping = await db.ping();
      return ping.ok ? { kind: 'postgres', ok: true } : { kind: 'postgres', ok: false, reason: ping.reason };
    },
    close: () => db.close(),
  };
}
