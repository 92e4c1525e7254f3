/**
 * The alerts' posters, one per channel: each renders the alert for its platform and carries its marker
 * (Slack: message metadata `newsdesk_alert`; Discord: the embed footer, the part of a message its history
 * returns), and updates the message when more outlets report the development.
 */
import type { AlertMarker, AlertPoster } from '../alerts/poster.ts';
import { renderDiscord } from '../render/discord.ts';
import { renderSlack } from '../render/slack.ts';
import type { DiscordAdapter } from './discord.ts';
import type { PostMark, SlackAdapter } from './slack.ts';

/** The Discord footer that marks an alert post. */
export function discordAlertFooter(marker: AlertMarker): string {
  return `newsdesk alert · ${marker.development}`;
}

function slackMark(marker: AlertMarker): PostMark {
  return { event: 'newsdesk_alert', key: marker.key };
}

export function slackAlertPoster(
  slack: Pick<SlackAdapter, 'post' | 'update' | 'findMarked'>,
  channel: string,
): AlertPoster {
  return {
    target: `slack:${channel}`,
    post: (briefing, marker) => slack.post(channel, renderSlack(briefing), slackMark(marker)),
    update: (ref, briefing, marker) => slack.update(channel, ref, renderSlack(briefing), slackMark(marker)),
    findPosted: (marker, since) => slack.findMarked(channel, slackMark(marker), since),
  };
}

export function discordAlertPoster(
  discord: Pick<DiscordAdapter, 'post' | 'edit' | 'findMarked'>,
  channel: string,
): AlertPoster {
  // An alert is one short embed: its first message is the whole alert.
  const render = (briefing: Parameters<AlertPoster['post']>[0], marker: AlertMarker) =>
    renderDiscord(briefing, discordAlertFooter(marker)).slice(0, 1);
  return {
    target: `discord:${channel}`,
    post: async (briefing, marker) => (await discord.post(channel, render(briefing, marker)))[0] ?? '',
    update: async (ref, briefing, marker) => {
      const [message] = render(briefing, marker);
      if (message) await discord.edit(channel, ref, message);
    },
    findPosted: (marker, since) => discord.findMarked(channel, discordAlertFooter(marker), since),
  };
}

/** An alert poster for a channel of a platform whose adapter is running here. */
export function alertPosterFor(adapters: { slack?: SlackAdapter; discord?: DiscordAdapter }) {
  return (platform: 'slack' | 'discord', channel: string): AlertPoster | undefined =>
    platform === 'slack'
      ? adapters.slack && slackAlertPoster(adapters.slack, channel)
      : adapters.discord && discordAlertPoster(adapters.discord, channel);
}
