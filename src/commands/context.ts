/** What a command handler may use besides the index: settings and the clock, both passed in. */
import type { Briefing } from '../briefing.ts';
import type { Config } from '../config.ts';
import type { NewsIndex } from '../index/newsIndex.ts';

export interface CommandContext {
  config: Config;
  now: Date;
  /** Composes the digest preview; supplied by the digest module when it is wired. */
  digest?: (index: NewsIndex, now: Date) => Briefing;
}
