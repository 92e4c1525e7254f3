/**
 * What the digest needs from a chat platform, and nothing more: post a digest carrying a marker, and look
 * in the channel's history for that marker. The adapters implement it (adapters/digestPosters.ts); the
 * digest imports no adapter and no renderer.
 */
import type { Briefing } from '../briefing.ts';

/** Identifies one digest post so it can be found again in the channel's history after a crash. */
export interface DigestMarker {
  /** The slot, as an ISO timestamp to the second. */
  slot: string;
  /** `<slot>|<target>|<story>` (`<slot>|<target>` without a story): unique per slot, place and story. */
  key: string;
  /** The story's keyword, when the digest names one. */
  story?: string;
}

export interface Poster {
  /** Where it posts, e.g. "slack:C123" or "discord:456": part of the ledger key. */
  readonly target: string;
  /**
   * Posts the digest with the marker attached; resolves with a reference to the posted message (a Slack
   * `ts`, Discord message ids). Fails with a PlatformError.
   */
  post(briefing: Briefing, marker: DigestMarker): Promise<string>;
  /** The reference of a message carrying `marker` posted since `since`, if the channel has one. */
  findPosted(marker: DigestMarker, since: Date): Promise<string | undefined>;
}
