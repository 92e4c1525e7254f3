/**
 * Who may change a Slack channel's subscriptions: workspace admins and owners, and the person who created the
 * channel (Web API `users.info` → `is_admin`/`is_owner`/`is_primary_owner`; `conversations.info` →
 * `creator`). Needs the `users:read`, `channels:read` and `groups:read` scopes. A subscription also needs
 * the bot in the channel (`is_member`), or its posts would fail with `not_in_channel`.
 */
import type { App } from '@slack/bolt';
import type { SubscriptionCommand } from '../commands/parse.ts';
import type { Permission } from '../commands/subscriptions.ts';
import type { Logger } from '../log.ts';
import { slackError } from './platformErrors.ts';

export const NOT_ALLOWED_SLACK =
  'Only workspace admins and owners, and the person who created this channel, can change its subscriptions.';

/** Asks Slack whether `user` may change the subscriptions of `channel`. Never throws: a failed check denies. */
export async function slackPermission(options: {
  client: InstanceType<typeof App>['client'];
  token: string;
  user: string;
  channel: string;
  command: SubscriptionCommand;
  log: Pick<Logger, 'warn'>;
}): Promise<Permission> {
  const { client, token, user, channel, command, log } = options;
  let admin: boolean;
  let info: { creator?: string; is_im?: boolean; is_mpim?: boolean; is_member?: boolean } | undefined;
  try {
    const [u, c] = await Promise.all([
      client.users.info({ token, user }),
      client.conversations.info({ token, channel }),
    ]);
    admin = u.user?.is_admin === true || u.user?.is_owner === true || u.user?.is_primary_owner === true;
    info = c.channel;
  } catch (error) {
    const failure = slackError(error, 'permission check');
    log.warn(
      { code: failure.code, err: { message: failure.message }, channel },
      'slack permission check failed',
    );
    return {
      allowed: false,
      reason: `I could not check who may change subscriptions here (${failure.message}). The app needs the users:read, channels:read and groups:read scopes; see the README.`,
    };
  }
  if (info?.is_im || info?.is_mpim)
    return {
      allowed: false,
      reason: 'Subscriptions belong to channels: type the command in the channel that should get the posts.',
    };
  if (!admin && info?.creator !== user) return { allowed: false, reason: NOT_ALLOWED_SLACK };
  if (command.name === 'subscribe' && info?.is_member === false)
    return {
      allowed: false,
      reason: `Invite me to this channel first (/invite @newsdesk), then subscribe again: I can only post where I am a member.`,
    };
  return { allowed: true };
}
