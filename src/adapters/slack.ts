/**
 * Slack adapter (Bolt): `/summit` and `/quote` slash commands over the HTTP receiver (signature verified,
 * `/slack/events`) or Socket Mode, answered with Block Kit through `respond()`. `GET /healthz` on the same
 * server. Acknowledges at once, well inside Slack's 3 s.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/logger';
import { parseStoryArgs } from '../commands/parse.ts';
import { StartupError } from '../errors.ts';
import type { Env } from '../config.ts';
import type { IndexStore } from '../index/store.ts';
import type { Logger } from '../log.ts';
import { renderSlack, type SlackMessage } from '../render/slack.ts';
import { type AnswerDeps, answerCommand, isPublic } from './answer.ts';

export interface SlackAdapter {
  app: InstanceType<typeof App>;
  /** Starts listening (HTTP: on `port`, 0 = any free port) and resolves with the bound port. */
  start(port: number): Promise<number>;
  stop(): Promise<void>;
  /** Posts a message to a channel through the same Web API client (the digest uses it). */
  post(channel: string, message: SlackMessage): Promise<void>;
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

export function healthHandler(store: IndexStore) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const index = store.current;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        status: 'ok',
        articles: index.articles.length,
        quotes: index.quotes.length,
        loadErrors: index.errors.length,
        indexBuiltAt: index.builtAt,
      }),
    );
  };
}

export function createSlackAdapter(env: Env, deps: AnswerDeps & { keyword: string }): SlackAdapter {
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
  const customRoutes = [{ path: '/healthz', method: ['GET'], handler: healthHandler(store) }];
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
    async post(channel, message) {
      await app.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
    },
  };
}
