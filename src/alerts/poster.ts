/**
 * What alerts need from a chat platform, and nothing more: post an alert carrying a marker, update it, and
 * look in the channel's history for the marker. The adapters implement it (adapters/alertPosters.ts).
 */
import type { Briefing } from '../briefing.ts';

/** Identifies one alert post so it can be found again in the channel's history after a crash. */
export interface AlertMarker {
  /** `<development>|<target>`. */
  key: string;
  development: string;
}

export interface AlertPoster {
  /** Where it posts: "slack:C123", "discord:456". */
  readonly target: string;
  /** Posts the alert; resolves with the message's reference. Fails with a PlatformError. */
  post(briefing: Briefing, marker: AlertMarker): Promise<string>;
  /** Replaces the alert posted as `ref` (more outlets reported it). Fails with a PlatformError. */
  update(ref: string, briefing: Briefing, marker: AlertMarker): Promise<void>;
  /** The reference of an alert carrying `marker` posted since `since`, if the channel has one. */
  findPosted(marker: AlertMarker, since: Date): Promise<string | undefined>;
}
