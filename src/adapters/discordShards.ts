/**
 * Many Discord servers: discord.js's ShardingManager starts one process per shard (this same program; the
 * manager sets SHARDING_MANAGER, SHARDS and SHARD_COUNT in its environment, which the shard's Client reads).
 * Each shard process answers the commands of its servers from its own index and may post the digest: the
 * ledger's claims keep that to one post per slot whichever shard wins. Shards are started 5.5 s apart, as
 * discord.js does by default (Discord allows one IDENTIFY per 5 s for most bots).
 */
import path from 'node:path';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Env } from '../config.ts';
import { StartupError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { type RegisterOptions, registerCommands } from './discordCommands.ts';

export interface ShardFleet {
  readonly count: number;
  /** SIGTERM to every shard (each drains its interactions), then waits for them to exit. */
  stop(): Promise<void>;
}

/** DISCORD_SHARDS as a number: `auto` asks Discord (GET /gateway/bot, at DISCORD_API_URL when set). */
export async function shardCount(env: Env): Promise<number> {
  if (env.DISCORD_SHARDS !== 'auto') return Number(env.DISCORD_SHARDS);
  const rest = new REST(env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {}).setToken(
    env.DISCORD_TOKEN as string,
  );
  try {
    const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
    return Math.max(1, shards);
  } catch (error) {
    throw new StartupError(
      `Discord did not say how many shards to run (GET /gateway/bot: ${(error as Error).message}); check DISCORD_TOKEN or set DISCORD_SHARDS to a number`,
    );
  }
}

export async function startShards(options: {
  env: Env;
  log: Logger;
  /** Every story (one command each), or the one story's keyword. */
  stories: RegisterOptions['stories'];
  /** Milliseconds between two shards' starts (default 5,500, discord.js's). */
  delayMs?: number;
}): Promise<ShardFleet> {
  const { env, log } = options;
  if (env.DISCORD_REGISTER === '1') {
    // Once, here: not in every shard.
    const count = await registerCommands({
      token: env.DISCORD_TOKEN as string,
      appId: env.DISCORD_APP_ID as string,
      stories: options.stories,
      ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
      ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
    });
    log.info({ count, guild: env.DISCORD_GUILD_ID ?? 'global' }, 'discord commands registered');
  }
  const total = await shardCount(env);
  const manager = new ShardingManager(path.join(import.meta.dirname, '..', 'main.ts'), {
    token: env.DISCORD_TOKEN as string,
    totalShards: total,
    mode: 'process',
    // A shard process runs the TypeScript sources as `npm start` does (tsx resolved from here, not the cwd).
    execArgv: ['--import', import.meta.resolve('tsx')],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, of: total }, 'discord shard started');
    shard.on('death', () => log.warn({ shard: shard.id }, 'discord shard process exited; starting it again'));
  });
  try {
    await manager.spawn({ amount: total, delay: options.delayMs ?? 5_500, timeout: 120_000 });
  } catch (error) {
    for (const shard of manager.shards.values()) shard.kill();
    throw new StartupError(`Discord shards did not start (${(error as Error).message})`);
  }
  log.info({ shards: total }, 'discord shards ready');
  return {
    count: total,
    async stop() {
      await Promise.all(
        [...manager.shards.values()].map(
          (shard) =>
            new Promise<void>((resolve) => {
              const child = shard.process;
              if (!child || child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              shard.kill();
            }),
        ),
      );
    },
  };
}
