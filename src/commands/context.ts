/** What a command handler may use besides the index: settings and the clock, both passed in. */
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { FeedHealth } from '../feeds/status.ts';
import type { NewsIndex } from '../index/newsIndex.ts';

export interface CommandContext {
  config: Config;
  now: Date;
  /** Composes the digest preview; supplied by the digest module when it is wired. */
  digest?: (index: NewsIndex, now: Date) => Briefing;
  /** The followed feeds' health for `/summit sources`; absent when no feed is followed. */
  feeds?: () => readonly FeedHealth[];
  /** Every story's keyword, in config order, when there are several (help lists the others). */
  stories?: readonly string[];
}
