/** Digest targets from the environment: a Slack channel and/or a Discord channel, each through its adapter. */
import type { DiscordAdapter } from '../adapters/discord.ts';
import type { SlackAdapter } from '../adapters/slack.ts';
import type { Env } from '../config.ts';
import type { Logger } from '../log.ts';
import { renderDiscord } from '../render/discord.ts';
import { renderSlack } from '../render/slack.ts';
import type { DigestTarget } from './scheduler.ts';

export function digestTargets(
  env: Env,
  adapters: { slack?: SlackAdapter; discord?: DiscordAdapter },
  log: Logger,
): DigestTarget[] {
  const targets: DigestTarget[] = [];
  const { slack, discord } = adapters;
  if (env.DIGEST_SLACK_CHANNEL) {
    const channel = env.DIGEST_SLACK_CHANNEL;
    if (slack) targets.push({ name: `slack:${channel}`, post: (b) => slack.post(channel, renderSlack(b)) });
    else log.warn('DIGEST_SLACK_CHANNEL is set but the Slack adapter is not configured; no Slack digest');
  }
  if (env.DIGEST_DISCORD_CHANNEL) {
    const channel = env.DIGEST_DISCORD_CHANNEL;
    if (discord)
      targets.push({ name: `discord:${channel}`, post: (b) => discord.post(channel, renderDiscord(b)) });
    else
      log.warn('DIGEST_DISCORD_CHANNEL is set but the Discord adapter is not configured; no Discord digest');
  }
  return targets;
}
