/**
 * What this process runs, from the environment: the Slack adapter (one workspace with SLACK_BOT_TOKEN, or
 * many through OAuth), the Discord adapter, or — with DISCORD_SHARDS — a shard manager whose shard processes
 * (this same program, started by discord.js's ShardingManager) each run the Discord adapter for their
 * shards. Shard processes run nothing else: Slack, the health endpoint and the single-instance duties stay
 * with the manager.
 */
import type { Env } from './config.ts';

export interface Roles {
  slack: boolean;
  /** Slack through OAuth (many workspaces, installations in the state layer). */
  slackOAuth: boolean;
  discord: boolean;
  /** Starts discord.js's ShardingManager instead of a Discord client of its own. */
  shardManager: boolean;
  /** A shard process started by the manager. */
  shard: boolean;
  /** May lead the single-instance duties (feed polling, importing the corpus folder). */
  duties: boolean;
  /** The digest channels this process posts to (a shard process posts only to Discord, its manager only to Slack). */
  digest: { slack?: string; discord?: string };
}

export function rolesOf(env: Env, raw: NodeJS.ProcessEnv): Roles {
  // discord.js's ShardingManager sets this in every shard process it spawns.
  const shard = raw.SHARDING_MANAGER === 'true';
  const slackOAuth =
    env.SLACK_CLIENT_ID !== undefined &&
    env.SLACK_CLIENT_SECRET !== undefined &&
    env.SLACK_STATE_SECRET !== undefined &&
    env.SLACK_SIGNING_SECRET !== undefined;
  const slack =
    !shard && env.SLACK_SIGNING_SECRET !== undefined && (env.SLACK_BOT_TOKEN !== undefined || slackOAuth);
  const discordWanted = env.DISCORD_TOKEN !== undefined && env.DISCORD_APP_ID !== undefined;
  const shardManager = discordWanted && env.DISCORD_SHARDS !== undefined && !shard;
  const discord = discordWanted && (shard || env.DISCORD_SHARDS === undefined);
  return {
    slack,
    slackOAuth: slack && slackOAuth,
    discord,
    shardManager,
    shard,
    duties: !shard,
    digest: {
      ...(env.DIGEST_SLACK_CHANNEL && !shard ? { slack: env.DIGEST_SLACK_CHANNEL } : {}),
      ...(env.DIGEST_DISCORD_CHANNEL && !shardManager ? { discord: env.DIGEST_DISCORD_CHANNEL } : {}),
    },
  };
}
