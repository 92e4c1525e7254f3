/**
 * Slack adapter (Bolt): one slash command per story and `/quote`, over the HTTP receiver (signature
 * verified, `/slack/events`) or Socket Mode, answered with Block Kit through `respond()`; the "next page"
 * button; subscriptions from chat (permission checked with the Web API); posting and updating digests and
 * alerts. `GET /healthz` on the same server. Acknowledges at once, well inside Slack's 3 s.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type InstallationStore, LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/logger';
import type { Briefing } from '../briefing.ts';
import { type Command, isSubscriptionCommand, parsePage, parseSlashCommand } from '../commands/parse.ts';
import { answerSubscription } from '../commands/subscriptions.ts';
import { ErrorCode, PlatformError, StartupError, StateError } from '../errors.ts';
import type { Env } from '../config.ts';
import type { Logger } from '../log.ts';
import { decodePageToken } from '../render/paging.ts';
import { PAGE_ACTION, renderSlack, type SlackMessage } from '../render/slack.ts';
import { type AnswerDeps, answerCommand, isPublic, rateLimited } from './answer.ts';
import { type HealthSources, healthHandler } from './health.ts';
import { DEFAULT_DRAIN_MS, InFlight } from './inFlight.ts';
import { slackError } from './platformErrors.ts';
import { BOT_SCOPES } from './slackManifest.ts';
import { slackPermission } from './slackPermissions.ts';

/** History pages read when looking for a marked post (200 messages each) before giving up. */
const HISTORY_PAGES = 10;

/**
 * What marks a post of the bot's so it can be found in the channel's history after a crash: message
 * metadata of this event type carrying the key (and the digest's slot).
 */
export interface PostMark {
  event: 'newsdesk_digest' | 'newsdesk_alert';
  key: string;
  slot?: string;
}

/** The bot scopes an OAuth install asks for: the manifest's (commands, posting, history, permission checks). */
export const OAUTH_SCOPES = [...BOT_SCOPES];

/**
 * A channel the bot posts to: `C123` with one workspace (SLACK_BOT_TOKEN), `T123/C123` with OAuth, where the
 * workspace says whose installation's token posts.
 */
export function channelRef(value: string): { team?: string; channel: string } {
  const slash = value.indexOf('/');
  return slash < 0 ? { channel: value } : { team: value.slice(0, slash), channel: value.slice(slash + 1) };
}

export interface SlackAdapter {
  app: InstanceType<typeof App>;
  /** Starts listening (HTTP: on `port`, 0 = any free port) and resolves with the bound port. */
  start(port: number): Promise<number>;
  stop(): Promise<void>;
  /**
   * Posts a message to a channel through the same Web API client; resolves with its `ts`. A mark travels as
   * message metadata (not shown). Fails with a PlatformError.
   */
  post(channel: string, message: SlackMessage, mark?: PostMark): Promise<string>;
  /** Replaces a message the bot posted (chat.update), keeping its metadata. Fails with a PlatformError. */
  update(channel: string, ts: string, message: SlackMessage, mark?: PostMark): Promise<void>;
  /** The `ts` of a message posted since `since` whose metadata carries `mark` (conversations.history). */
  findMarked(channel: string, mark: PostMark, since: Date): Promise<string | undefined>;
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

/** The body posted to response_url for a briefing: in the channel or only to the asker. */
export function slackResponse(
  briefing: Briefing,
): SlackMessage & { response_type: 'in_channel' | 'ephemeral' } {
  return { response_type: isPublic(briefing) ? 'in_channel' : 'ephemeral', ...renderSlack(briefing) };
}

/** The metadata Slack stores with a marked post. */
function metadataOf(mark: PostMark) {
  return {
    event_type: mark.event,
    event_payload: { key: mark.key, ...(mark.slot ? { slot: mark.slot } : {}) },
  };
}

/** Who asked, where: the workspace and the token Bolt authorized the request with (OAuth: the installation's). */
interface SlackAsker {
  user: string;
  channel: string;
  team?: string;
  token?: string;
}

export interface SlackDeps extends AnswerDeps {
  health?: HealthSources['digest'];
  state?: HealthSources['state'];
  drainMs?: number;
  /**
   * OAuth, many workspaces (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET): where installations
   * are kept. Without it, one workspace with SLACK_BOT_TOKEN.
   */
  installationStore?: InstallationStore;
}

export function createSlackAdapter(env: Env, deps: SlackDeps): SlackAdapter {
  const { log, stories } = deps;
  const logger = boltLogger(log);
  // Retries are the digest's job (it honours retry_after and backs off); commands answer via response_url.
  const clientOptions = {
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    ...(env.SLACK_API_URL
      ? { slackApiUrl: env.SLACK_API_URL.endsWith('/') ? env.SLACK_API_URL : `${env.SLACK_API_URL}/` }
      : {}),
  };
  const health = healthHandler({
    stories,
    ...(deps.health ? { digest: deps.health } : {}),
    ...(deps.state ? { state: deps.state } : {}),
  });
  const customRoutes = [{ path: '/healthz', method: ['GET'], handler: health }];
  const socketMode = env.SLACK_APP_TOKEN !== undefined;
  let server: Server | undefined;
  // The bot's identity, from the auth.test that start() makes once. Bolt's single-token mode without its
  // eager check (which leaves a failure unhandled) would call auth.test again before every command, which
  // under load queues each acknowledgement behind a Web API call; `authorize` answers from this instead.
  const installations = deps.installationStore;
  const botToken = env.SLACK_BOT_TOKEN as string;
  let identity: { botId?: string; botUserId?: string; teamId?: string } = {};
  const authorize = async () => ({ botToken, ...identity });
  // OAuth: Bolt's installer serves /slack/install and /slack/oauth_redirect (state signed with
  // SLACK_STATE_SECRET and checked against a browser cookie) and authorizes each request from the store.
  const oauth = installations
    ? {
        clientId: env.SLACK_CLIENT_ID as string,
        clientSecret: env.SLACK_CLIENT_SECRET as string,
        stateSecret: env.SLACK_STATE_SECRET as string,
        scopes: OAUTH_SCOPES,
        installationStore: installations,
      }
    : undefined;
  const installerOptions = {
    clientOptions,
    installPath: '/slack/install',
    redirectUriPath: '/slack/oauth_redirect',
    stateVerification: true,
    // /slack/install sends the browser straight to Slack's consent page.
    directInstall: true,
  };
  const common = oauth ? { clientOptions, logger } : { authorize, clientOptions, logger };
  const app = socketMode
    ? new App({
        ...common,
        ...(oauth ?? {}),
        appToken: env.SLACK_APP_TOKEN,
        socketMode: true,
        customRoutes,
        // The Socket Mode client opens its connection through its own Web API client (apps.connections.open);
        // with OAuth, the install pages are served on PORT.
        installerOptions: { ...installerOptions, port: env.PORT },
      })
    : new App({
        ...common,
        receiver: new HTTPReceiver({
          signingSecret: env.SLACK_SIGNING_SECRET as string,
          customRoutes,
          logger,
          ...(oauth ? { ...oauth, installerOptions } : {}),
        }),
      });

  /** The bot token that posts to `team`'s channels: the one token, or the workspace's installation's. */
  const tokenFor = async (team: string | undefined): Promise<string> => {
    if (!installations) return botToken;
    if (!team)
      throw new PlatformError(
        ErrorCode.PlatformRejected,
        'with OAuth (many workspaces) a digest channel is written TEAM_ID/CHANNEL_ID',
        { platform: 'slack' },
      );
    try {
      const installation = await installations.fetchInstallation({
        teamId: team,
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      });
      const token = installation.bot?.token;
      if (token) return token;
    } catch (error) {
      if (error instanceof StateError) throw error;
    }
    throw new PlatformError(ErrorCode.PlatformRejected, `newsdesk is not installed in workspace ${team}`, {
      platform: 'slack',
    });
  };

  const inFlight = new InFlight();
  const keywords = stories.keywords;
  /** Answers a command for a user in a channel: subscriptions through the store, the rest from the index. */
  const answer = async (parsed: Command, asked: SlackAsker): Promise<Briefing> => {
    const { user, channel } = asked;
    if (!isSubscriptionCommand(parsed)) return answerCommand(deps, parsed, user);
    const limited = rateLimited(deps, user);
    if (limited) return limited;
    if (!deps.subscriptions) return answerCommand(deps, parsed, user);
    // With OAuth a subscription names its workspace too, so its posts go out with that installation's token.
    const target = installations && asked.team ? `${asked.team}/${channel}` : channel;
    const token = asked.token ?? botToken;
    return answerSubscription(
      parsed,
      { platform: 'slack', channel: target, user },
      () => slackPermission({ client: app.client, token, user, channel, command: parsed, log }),
      { ...deps.subscriptions, now: new Date() },
    );
  };
  const deliver = async (respond: (body: object) => Promise<unknown>, body: object) => {
    try {
      await respond(body);
    } catch (error) {
      const failure = slackError(error, 'response_url');
      log.error({ code: failure.code, err: { message: failure.message } }, 'slack answer not delivered');
    }
  };
  for (const name of [...keywords.map((k) => `/${k}`), '/quote']) {
    app.command(name, ({ command, ack, respond, context }) =>
      inFlight.track(async () => {
        await ack();
        // Other requests' acknowledgements go out before this one's answer is computed.
        await new Promise((resolve) => setImmediate(resolve));
        const parsed = parseSlashCommand(command.command, command.text, keywords);
        const briefing = await answer(parsed, {
          user: command.user_id,
          channel: command.channel_id,
          team: command.team_id,
          ...(context.botToken ? { token: context.botToken } : {}),
        });
        await deliver(respond, slackResponse(briefing));
      }),
    );
  }
  // "Show more": the next page, only to whoever pressed the button, below the message it belongs to.
  app.action({ type: 'block_actions', action_id: PAGE_ACTION }, ({ ack, body, action, respond }) =>
    inFlight.track(async () => {
      await ack();
      const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const page = decodePageToken(value);
      const parsed: Command = page ? parsePage(page, keywords) : { name: 'help', unknown: 'that button' };
      const briefing = answerCommand(deps, parsed, body.user.id);
      await deliver(respond, {
        ...renderSlack(briefing),
        response_type: 'ephemeral',
        replace_original: false,
      });
    }),
  );
  app.error(async (error) => {
    log.error({ err: { message: error.message, code: (error as { code?: string }).code } }, 'slack error');
  });

  return {
    app,
    async start(port) {
      if (installations) log.info({ install: '/slack/install' }, 'slack oauth: many workspaces');
      else {
        try {
          const auth = await app.client.auth.test({ token: botToken });
          identity = {
            ...(auth.bot_id ? { botId: auth.bot_id } : {}),
            ...(auth.user_id ? { botUserId: auth.user_id } : {}),
            ...(auth.team_id ? { teamId: auth.team_id } : {}),
          };
          log.info({ team: auth.team, bot: auth.user }, 'slack token verified');
        } catch (error) {
          const e = error as { data?: { error?: string }; code?: string };
          throw new StartupError(
            `Slack rejected or could not check SLACK_BOT_TOKEN (auth.test: ${e.data?.error ?? e.code ?? 'unknown error'}); check the token and the network`,
          );
        }
      }
      if (socketMode) {
        await app.start();
        log.info({ mode: 'socket', healthPort: env.PORT }, 'slack adapter started');
        return env.PORT;
      }
      server = (await app.start(port)) as Server;
      // Every request counts as in flight until its response is sent, also before Bolt hands it to a listener.
      server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
        void inFlight.track(() => new Promise((resolve) => res.once('close', resolve)));
      });
      const bound = (server.address() as AddressInfo).port;
      log.info({ mode: 'http', port: bound, path: '/slack/events' }, 'slack adapter listening');
      return bound;
    },
    /**
     * Stops accepting (the listening socket closes; Socket Mode disconnects), finishes the commands in flight
     * — their acknowledgements and answers — bounded by `drainMs`, then closes the remaining connections.
     */
    async stop() {
      const stopped = app.stop();
      server?.closeIdleConnections();
      const left = await inFlight.drain(deps.drainMs ?? DEFAULT_DRAIN_MS);
      if (left > 0) {
        log.warn(
          { code: ErrorCode.DrainTimedOut, unanswered: left },
          'slack adapter stopped with commands in flight',
        );
      }
      // Keep-alive connections would hold the server open until they time out.
      server?.closeAllConnections();
      await stopped;
    },
    async post(target, message, mark) {
      const { team, channel } = channelRef(target);
      const token = await tokenFor(team);
      try {
        // app.client carries no token (commands are authorized through `authorize`): pass it per call.
        const result = await app.client.chat.postMessage({
          token,
          channel,
          text: message.text,
          blocks: message.blocks,
          ...(mark ? { metadata: metadataOf(mark) } : {}),
        });
        return result.ts ?? '';
      } catch (error) {
        throw slackError(error, 'chat.postMessage');
      }
    },
    async update(target, ts, message, mark) {
      const { team, channel } = channelRef(target);
      const token = await tokenFor(team);
      try {
        await app.client.chat.update({
          token,
          channel,
          ts,
          text: message.text,
          blocks: message.blocks,
          ...(mark ? { metadata: metadataOf(mark) } : {}),
        });
      } catch (error) {
        throw slackError(error, 'chat.update');
      }
    },
    async findMarked(target, mark, since) {
      const { team, channel } = channelRef(target);
      const token = await tokenFor(team);
      let cursor: string | undefined;
      for (let page = 0; page < HISTORY_PAGES; page++) {
        let result: Awaited<ReturnType<typeof app.client.conversations.history>>;
        try {
          result = await app.client.conversations.history({
            token,
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
            m.metadata?.event_type === mark.event &&
            (m.metadata.event_payload as { key?: unknown } | undefined)?.key === mark.key,
        );
        if (found) return found.ts;
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!result.has_more || !cursor) return undefined;
      }
      return undefined;
    },
  };
}
