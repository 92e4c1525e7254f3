/**
 * Channel subscriptions made from chat: which channel gets which story's digest (at what time) or alerts.
 * The bot only talks to this interface, reached through the state layer: the file implementation
 * (fileStore.ts) in the state folder, or PostgreSQL (state/postgres/subscriptions.ts: one row per platform,
 * channel, story and kind).
 */
import type { SubscriptionKind } from '../commands/parse.ts';

export type { SubscriptionKind };

export type Platform = 'slack' | 'discord';

export interface Subscription {
  platform: Platform;
  /** The platform's channel id. */
  channel: string;
  /** The story's keyword. */
  story: string;
  kind: SubscriptionKind;
  /** Digest only: "HH:MM" in `timezone`; absent: the configured schedule (`digest.cron`). */
  time?: string;
  /** Digest only: IANA zone of `time`. */
  timezone?: string;
  /** The user who subscribed (platform user id), and when (ISO). */
  createdBy: string;
  createdAt: string;
}

/** What identifies a subscription: one per platform, channel, story and kind. */
export type SubscriptionKey = Pick<Subscription, 'platform' | 'channel' | 'story' | 'kind'>;

/** Where a subscription posts, as the digest and alert ledgers name it: "slack:C123", "discord:456". */
export function targetOf(s: Pick<Subscription, 'platform' | 'channel'>): string {
  return `${s.platform}:${s.channel}`;
}

export function sameSubscription(a: SubscriptionKey, b: SubscriptionKey): boolean {
  return a.platform === b.platform && a.channel === b.channel && a.story === b.story && a.kind === b.kind;
}

export interface SubscriptionStore {
  /** Where the subscriptions live, for messages ("data/subscriptions.json"). */
  readonly location: string;
  /** Every subscription, in the order they were made. A store never written to has none. */
  list(): Promise<Subscription[]>;
  /** Adds a subscription, or replaces the one with the same key; resolves with the one replaced. */
  put(subscription: Subscription): Promise<Subscription | undefined>;
  /**
   * Removes the subscriptions of a story in a channel (of one kind, or both); resolves with those removed.
   */
  remove(where: Omit<SubscriptionKey, 'kind'> & { kind?: SubscriptionKind }): Promise<Subscription[]>;
}
