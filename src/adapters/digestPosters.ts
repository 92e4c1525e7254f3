/**
 * The digest's Posters, one per configured channel: each renders the digest for its platform and carries
 * the slot marker (Slack: message metadata; Discord: the last embed's footer, the only part of a message
 * that its history returns and users read as a caption).
 */
import type { Env } from '../config.ts';
import type { DigestMarker, Poster } from '../digest/poster.ts';
import type { Logger } from '../log.ts';
import { renderDiscord } from '../render/discord.ts';
import { renderSlack } from '../render/slack.ts';
import type { DiscordAdapter } from './discord.ts';
import type { PostMark, SlackAdapter } from './slack.ts';

/** The Discord footer text that marks a digest post (with its story: two stories may share a channel). */
export function discordDigestFooter(marker: DigestMarker): string {
  return `newsdesk digest${marker.story ? ` /${marker.story}` : ''} · slot ${marker.slot}`;
}

/** The Slack metadata that marks a digest post. */
function digestMark(marker: DigestMarker): PostMark {
  return { event: 'newsdesk_digest', key: marker.key, slot: marker.slot };
}

export function slackPoster(slack: Pick<SlackAdapter, 'post' | 'findMarked'>, channel: string): Poster {
  return {
    target: `slack:${channel}`,
    post: (briefing, marker) => slack.post(channel, renderSlack(briefing), digestMark(marker)),
    findPosted: (marker, since) => slack.findMarked(channel, digestMark(marker), since),
  };
}

export function discordPoster(discord: Pick<DiscordAdapter, 'post' | 'findMarked'>, channel: string): Poster {
  return {
    target: `discord:${channel}`,
    post: async (briefing, marker) =>
      (await discord.post(channel, renderDiscord(briefing, discordDigestFooter(marker)))).join(','),
    findPosted: (marker, since) => discord.findMarked(channel, discordDigestFooter(marker), since),
  };
}

/** A digest poster for a channel of a platform whose adapter is running here (subscriptions from chat). */
export function digestPosterFor(adapters: { slack?: SlackAdapter; discord?: DiscordAdapter }) {
  return (platform: 'slack' | 'discord', channel: string): Poster | undefined =>
    platform === 'slack'
      ? adapters.slack && slackPoster(adapters.slack, channel)
      : adapters.discord && discordPoster(adapters.discord, channel);
}

/** Posters for the digest channels in the environment whose adapter is running; warns about the others. */
export function digestPosters(
  env: Env,
  adapters: { slack?: SlackAdapter; discord?: DiscordAdapter },
  log: Logger,
): Poster[] {
  const posters: Poster[] = [];
  if (env.DIGEST_SLACK_CHANNEL) {
    if (adapters.slack) posters.push(slackPoster(adapters.slack, env.DIGEST_SLACK_CHANNEL));
    else log.warn('DIGEST_SLACK_CHANNEL is set but the Slack adapter is not configured; no Slack digest');
  }
  if (env.DIGEST_DISCORD_CHANNEL) {
    if (adapters.discord) posters.push(discordPoster(adapters.discord, env.DIGEST_DISCORD_CHANNEL));
    else
      log.warn('DIGEST_DISCORD_CHANNEL is set but the Discord adapter is not configured; no Discord digest');
  }
  return posters;
}
