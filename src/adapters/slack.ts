/**
 * Slack adapter (Bolt): `/summit` and `/quote` slash commands over the HTTP receiver (signature verified,
 * `/slack/events`) or Socket Mode, answered with Block Kit through `respond()`. `GET /healthz` on the same
 * server. Acknowledges at once, well inside Slack's 3 s.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/logger';
import { parseStoryArgs } from '../commands/parse.ts';
import { StartupError } from '../errors.ts';
import type { Env } from '../config.ts';
import type { DigestMarker } from '../digest/poster.ts';
import type { Logger } from '../log.ts';
import { renderSlack, type SlackMessage } from '../render/slack.ts';
import { type AnswerDeps, answerCommand, isPublic } from './answer.ts';
import { type HealthSources, healthHandler } from './health.ts';
import { slackError } from './platformErrors.ts';

/** The metadata event type that marks a digest post, so it can be found in the channel history. */
const DIGEST_EVENT = 'newsdesk_digest';
/** History pages read when looking for a digest (200 messages each) before giving up. */
const HISTORY_PAGES = 10;

export interface SlackAdapter {
  app: InstanceType<typeof App>;
  /** Starts listening (HTTP: on `port`, 0 = any free port) and resolves with the bound port. */
  start(port: number): Promise<number>;
  stop(): Promise<void>;
  /**
   * Posts a message to a channel through the same Web API client; resolves with its `ts`. A digest marker
   * travels as message metadata (not shown). Fails with a PlatformError.
   */
  post(channel: string, message: SlackMessage, marker?: DigestMarker): Promise<string>;
  /** The `ts` of a message posted since `since` whose metadata carries `marker` (conversations.history). */
  findMarked(channel: string, marker: DigestMarker, since: Date): Promise<string | undefined>;
}

/** Bolt logs through pino (secrets are scrubbed there). */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ adapter: 'slack' });
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.debug(msg.map(String).join(' ')),
    info: (...msg: unknown[]) => child.info(msg.map(String).join(' ')),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(' ')),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(' ')),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export function createSlackAdapter(
  env: Env,
  deps: AnswerDeps & { keyword: string; health?: HealthSources['digest'] },
): SlackAdapter {
  const { log, store, keyword } = deps;
  const logger = boltLogger(log);
  // Retries are the digest's job (it honours retry_after and backs off); commands answer via response_url.
  const clientOptions = {
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    ...(env.SLACK_API_URL
      ? { slackApiUrl: env.SLACK_API_URL.endsWith('/') ? env.SLACK_API_URL : `${env.SLACK_API_URL}/` }
      : {}),
  };
  const health = healthHandler({ store, ...(deps.health ? { digest: deps.health } : {}) });
  const customRoutes = [{ path: '/healthz', method: ['GET'], handler: health }];
  const socketMode = env.SLACK_APP_TOKEN !== undefined;
  let server: Server | undefined;
  // Bolt's own token check calls auth.test in the constructor and leaves a failure unhandled (the process
  // dies when Slack is unreachable); start() checks the token itself and reports a clear error instead.
  const common = { token: env.SLACK_BOT_TOKEN, tokenVerificationEnabled: false, clientOptions, logger };
  const app = socketMode
    ? new App({
        ...common,
        appToken: env.SLACK_APP_TOKEN,
        socketMode: true,
        customRoutes,
        // The Socket Mode client opens its connection through its own Web API client (apps.connections.open).
        installerOptions: { port: env.PORT, clientOptions },
      })
    : new App({
        ...common,
        receiver: new HTTPReceiver({
          signingSecret: env.SLACK_SIGNING_SECRET as string,
          customRoutes,
          logger,
        }),
      });

  const reply = (user: string, command: ReturnType<typeof parseStoryArgs>) => {
    const briefing = answerCommand(deps, command, user);
    return {
      response_type: isPublic(briefing) ? ('in_channel' as const) : ('ephemeral' as const),
      ...renderSlack(briefing),
    };
  };

  app.command(`/${keyword}`, async ({ command, ack, respond }) => {
    await ack();
    await respond(reply(command.user_id, parseStoryArgs(command.text)));
  });
  app.command('/quote', async ({ command, ack, respond }) => {
    await ack();
    await respond(reply(command.user_id, { name: 'quote', query: command.text }));
  });
  app.error(async (error) => {
    log.error({ err: { message: error.message, code: (error as { code?: string }).code } }, 'slack error');
  });

  return {
    app,
    async start(port) {
      try {
        const auth = await app.client.auth.test();
        log.info({ team: auth.team, bot: auth.user }, 'slack token verified');
      } catch (error) {
        const e = error as { data?: { error?: string }; code?: string };
        throw new StartupError(
          `Slack rejected or could not check SLACK_BOT_TOKEN (auth.test: ${e.data?.error ?? e.code ?? 'unknown error'}); check the token and the network`,
        );
      }
      if (socketMode) {
        await app.start();
        log.info({ mode: 'socket', healthPort: env.PORT }, 'slack adapter started');
        return env.PORT;
      }
      server = (await app.start(port)) as Server;
      const bound = (server.address() as AddressInfo).port;
      log.info({ mode: 'http', port: bound, path: '/slack/events' }, 'slack adapter listening');
      return bound;
    },
    async stop() {
      await app.stop();
    },
    async post(channel, message, marker) {
      try {
        const result = await app.client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks,
          ...(marker
            ? {
                metadata: { event_type: DIGEST_EVENT, event_payload: { key: marker.key, slot: marker.slot } },
              }
            : {}),
        });
        return result.ts ?? '';
      } catch (error) {
        throw slackError(error, 'chat.postMessage');
      }
    },
    async findMarked(channel, marker, since) {
      let cursor: string | undefined;
      for (let page = 0; page < HISTORY_PAGES; page++) {
        let result: Awaited<ReturnType<typeof app.client.conversations.history>>;
        try {
          result = await app.client.conversations.history({
            channel,
            oldest: (since.getTime() / 1000).toFixed(6),
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          });
        } catch (error) {
          throw slackError(error, 'conversations.history');
        }
        const found = result.messages?.find(
          (m) =>
            m.metadata?.event_type === DIGEST_EVENT &&
            (m.metadata.event_payload as { key?: unknown } | undefined)?.key === marker.key,
        );
        if (found) return found.ts;
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!result.has_more || !cursor) return undefined;
      }
      return undefined;
    },
  };
}
