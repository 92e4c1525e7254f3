/** The digest as commands see it: composed from the current snapshot and the last posted digest. */
import type { Briefing } from '../briefing.ts';
import { statusOf } from '../commands/handle.ts';
import type { Config } from '../config.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { composeDigest, type PreviousDigest } from './compose.ts';

/** Quotes the digest lists under "top quotes of the day". */
export const DIGEST_TOP_QUOTES = 3;

/** A composer bound to the config and to a source of the previous digest (the state file, read by the caller). */
export function digestComposer(
  config: Config,
  previous: () => PreviousDigest | undefined,
): (index: NewsIndex, now: Date) => Briefing {
  return (index, now) =>
    composeDigest(index, previous(), now, {
      title: config.story.title,
      status: statusOf(index, { config }),
      topQuotes: DIGEST_TOP_QUOTES,
    });
}
