/**
 * The alert ledger: what each story's alerts have looked at, the developments found, and every (development,
 * channel) post with its claim. A post is claimed before it is made (owner and lease, as the digest's
 * slots), so each development reaches each channel once across restarts and processes; the per-channel cap
 * is counted inside the claim. The desk only talks to this interface, reached through the state layer: the
 * file implementation (fileLedger.ts) in the state folder, or PostgreSQL (state/postgres/alertLedger.ts: a
 * row per story, development and post; `record` is one transaction checked against the story's version).
 * Both decide with the rules in claims.ts.
 */

/** An article that reported a development, as its alert cites it. */
export interface DevelopmentArticle {
  id: string;
  outlet: string;
  title: string;
  published?: string;
  url?: string;
}

/** One new fact of a story, and the articles that reported it within its window. */
export interface Development {
  /** `<story>-<hash of the first article and the fact>`. */
  id: string;
  story: string;
  /** When the first article was seen (ISO). */
  openedAt: string;
  /** Until then (ISO), articles stating the same fact update the alert instead of posting again. */
  until: string;
  /** The new fact: a sentence of the first article. */
  fact: { text: string; articleId: string };
  /** In the order they arrived; the first is the headline's. */
  articles: DevelopmentArticle[];
  /** The channels subscribed to the story's alerts when it opened ("slack:C1"). */
  targets: string[];
}

export type AlertPostStatus = 'claimed' | 'posted' | 'failed' | 'capped';

/** One development's alert in one channel. */
export interface AlertPost {
  /** `<development>|<target>`. */
  key: string;
  development: string;
  target: string;
  status: AlertPostStatus;
  owner?: string;
  leaseUntil?: string;
  /** Claims so far. */
  attempts: number;
  /** The platform's reference of the message, once posted (a Slack ts, a Discord message id). */
  ref?: string;
  /** How many of the development's articles the message lists. */
  shown: number;
  /** When the message was first posted (ISO): what the per-channel cap counts. */
  postedAt?: string;
  confirmedBy?: 'post' | 'history';
  lastError?: string;
}

/** What a story's alerts know, as one review reads it. */
export interface StoryAlerts {
  story: string;
  /** 0 when alerts never looked at this story; every recorded review adds one. */
  version: number;
  /** Article ids already looked at. */
  seen: ReadonlySet<string>;
  /** Developments opened within the ledger's memory (`keepMs`), oldest first. */
  developments: Development[];
}

/** What one review found, recorded in one write. */
export interface ReviewRecord {
  story: string;
  /** The version the review read: refused when another process recorded a review since. */
  version: number;
  /** Articles looked at in this review. */
  seen: readonly string[];
  opened: readonly Development[];
  /** Articles that reported the fact of an open development. */
  extended: readonly { id: string; articles: readonly DevelopmentArticle[] }[];
}

export interface AlertClaim {
  key: string;
  development: string;
  target: string;
  owner: string;
  leaseUntil: string;
  /** The message to update; absent: post a new one. */
  ref?: string;
  /** An earlier claim may have posted without recording it (its holder died): look in the channel first. */
  uncertain: boolean;
  /**
   * The development as the ledger held it when claimed: the post shows these articles. A development read
   * before the claim may lack an article another instance recorded meanwhile, and an update made from it
   * would add nothing and be made again.
   */
  shows?: Development;
}

export type AlertClaimOutcome =
  | { kind: 'claimed'; claim: AlertClaim }
  /** Posted and up to date, capped, or given up: nothing to do. */
  | { kind: 'done'; post: AlertPost }
  /** Another owner holds a live lease. */
  | { kind: 'held'; post: AlertPost }
  /** The channel had its hour's alerts: recorded as capped, never posted. */
  | { kind: 'capped'; post: AlertPost };

export type AlertResult =
  | { claim: AlertClaim; outcome: 'posted'; ref: string; shown: number; confirmedBy: 'post' | 'history' }
  | { claim: AlertClaim; outcome: 'failed'; error: string };

export interface AlertClaimRequest {
  items: readonly { development: string; target: string }[];
  owner: string;
  leaseMs: number;
  now: Date;
  /** New alert messages per channel in the last hour before the rest are capped. */
  perHour: number;
  /** A post that failed this many times is given up. */
  maxAttempts: number;
}

export interface AlertLedger {
  /** Where the state lives, for messages ("data/alerts-state.json"). */
  readonly location: string;
  /** Creates what the state needs and checks it can be written; throws a StateError otherwise. */
  open(): Promise<void>;
  /** A story's alerts as they stand. */
  read(story: string, now: Date): Promise<StoryAlerts>;
  /** Records a review; false (and nothing recorded) when the story's version moved on meanwhile. */
  record(review: ReviewRecord, now: Date): Promise<boolean>;
  /** The posts of these developments. */
  posts(developments: readonly string[]): Promise<AlertPost[]>;
  /** Claims the posts to make or update, counting each channel's cap: one write for all. */
  claim(request: AlertClaimRequest): Promise<AlertClaimOutcome[]>;
  /** Records how each claim ended: one write. */
  finish(results: readonly AlertResult[], now: Date): Promise<void>;
}
