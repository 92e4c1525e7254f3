/**
 * The state layer: everything newsdesk must remember across restarts, and share between instances, behind
 * one interface with two homes. Without DATABASE_URL, the state folder (one host: digest-state.json,
 * feeds-state.json, subscriptions.json, alerts-state.json, Slack installations as files); with it,
 * PostgreSQL (any number of instances and hosts: digest and alert claims, subscriptions, feed state,
 * installations, leader leases and the articles themselves).
 */
import type { InstallationStore } from '@slack/bolt';
import type { AlertLedger } from '../alerts/ledger.ts';
import type { PreviousDigest } from '../digest/compose.ts';
import type { DigestLedger } from '../digest/ledger.ts';
import type { ArticleSink } from '../feeds/corpusFile.ts';
import type { FeedStateStore } from '../feeds/state.ts';
import type { Logger } from '../log.ts';
import type { SubscriptionStore } from '../subscriptions/store.ts';
import type { DutyOptions, Leadership } from './leadership.ts';

export interface StateHealth {
  /** "folder" or "postgres". */
  kind: StateLayer['kind'];
  ok: boolean;
  /** Why not, for /healthz (the database cannot be reached). */
  reason?: string;
}

/** Which story a piece of state belongs to; the first story keeps the state of a one-story bot. */
export interface StoryKey {
  keyword: string;
  first: boolean;
}

export interface StateLayer {
  readonly kind: 'folder' | 'postgres';
  /** Where the state lives, for messages: the state folder, or the database URL without its password. */
  readonly location: string;
  /** A story's digest claims: each story's slots are its own, so two stories' digests never suppress each other. */
  digestLedger(options: { owner: string; keepMs: number; story: StoryKey }): DigestLedger;
  /** A story's newest posted digest (previews before the scheduler runs), or none when unknown. */
  previousDigest(story: StoryKey): Promise<PreviousDigest | undefined>;
  /**
   * The feed state for polling (folder: the state file under its lock, throwing FeedStateInUse when another
   * process polls on it) and, in PostgreSQL, the shared article table as the place articles go, under the
   * story (keyword) the article was routed to.
   */
  feedState(): Promise<{ state: FeedStateStore; sinkFor?: (story: string) => ArticleSink }>;
  /** Channel subscriptions made from chat (digest and alerts), one per platform, channel, story and kind. */
  subscriptions(): SubscriptionStore;
  /** What the alerts looked at, the developments found and each (development, channel) post with its claim. */
  alertLedger(options: { keepMs: number }): AlertLedger;
  /** Bolt's installation store for OAuth (many workspaces). */
  installations(): Promise<InstallationStore>;
  /** Runs a single-instance duty while this instance holds it. */
  lead(options: DutyOptions): Promise<Leadership>;
  health(): Promise<StateHealth>;
  close(): Promise<void>;
}

export interface OpenStateOptions {
  databaseUrl?: string;
  /** The first configured story's keyword: in PostgreSQL, what rows from before several stories belong to. */
  firstStory: string;
  digestStateFile: string;
  feedStateFile: string;
  /** Without a database: the subscriptions file and the alert state file. */
  subscriptionsFile: string;
  alertStateFile: string;
  /** Folder for Slack installations without a database. */
  installationsDir: string;
  log: Logger;
  /** Seconds a duty's lease lasts (PostgreSQL): a dead leader is replaced within about this long. */
  leaseSeconds: number;
}

/** Opens the state layer: PostgreSQL (migrated) when a URL is given, the state folder otherwise. */
export async function openState(options: OpenStateOptions): Promise<StateLayer> {
  if (options.databaseUrl) {
    const { openPostgresState } = await import('./postgres/layer.ts');
    return openPostgresState({ ...options, databaseUrl: options.databaseUrl });
  }
  const { openFolderState } = await import('./folder.ts');
  return openFolderState(options);
}
