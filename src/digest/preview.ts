/** The digest as commands and the scheduler see it: composed from a snapshot and the last posted digest. */
import type { Briefing } from '../briefing.ts';
import { statusOf } from '../commands/handle.ts';
import { storyTitle } from '../summary/storyName.ts';
import type { Config } from '../config.ts';
import type { NewsIndex } from '../index/newsIndex.ts';
import { composeDigest, type PreviousDigest } from './compose.ts';

/** Quotes the digest lists under "top quotes of the day". */
export const DIGEST_TOP_QUOTES = 3;

/** Composes the digest for a snapshot, given the previous digest (what the scheduler posts). */
export function digestFor(config: Config) {
  return (index: NewsIndex, previous: PreviousDigest | undefined, now: Date): Briefing =>
    composeDigest(index, previous, {
      title: storyTitle('daily digest', index, config, `, ${now.toISOString().slice(0, 10)}`),
      status: statusOf(index, { config }),
      topQuotes: DIGEST_TOP_QUOTES,
    });
}

/** A preview composer for `/summit digest` and the CLI: the previous digest comes from `previous()`. */
export function digestComposer(
  config: Config,
  previous: () => PreviousDigest | undefined,
): (index: NewsIndex, now: Date) => Briefing {
  const compose = digestFor(config);
  return (index, now) => compose(index, previous(), now);
}
