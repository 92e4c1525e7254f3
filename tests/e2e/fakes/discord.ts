/**
 * A fake Discord on 127.0.0.1: REST (records every request; gateway info, command registration, interaction
 * callbacks, webhook edits, channel messages) and a gateway (ws: HELLO, heartbeat ACK, READY after
 * IDENTIFY, then the dispatches a test sends).
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeServer, json, startFake } from './http.ts';

export interface FakeDiscord {
  rest: FakeServer;
  /** REST base to pass as DISCORD_API_URL. */
  apiUrl: string;
  identified: Promise<Record<string, unknown>>;
  /** Every IDENTIFY received, in order (a sharded bot sends one per shard, with `shard: [id, count]`). */
  identifies: Record<string, unknown>[];
  /** Every message posted to a channel (POST /channels/:id/messages), edits applied in place. */
  messages: { id: string; channel_id: string; embeds: unknown[]; edits: number }[];
  /** Sends a dispatch on the latest connection, or on the connection of shard `shard`. */
  dispatch(type: string, data: unknown, shard?: number): void;
  close(): Promise<void>;
}

function message(channelId = 'c1') {
  return {
    id: String(Date.now()),
    channel_id: channelId,
    author: {
      id: '900',
      username: 'newsdesk',
      discriminator: '0',
      avatar: null,
      bot: true,
      global_name: null,
    },
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

export async function startFakeDiscord(
  appId: string,
  options: { shards?: number } = {},
): Promise<FakeDiscord> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  let socket: WebSocket | undefined;
  const byShard = new Map<number, WebSocket>();
  const identifies: Record<string, unknown>[] = [];
  let seq = 0;
  let identify: (d: Record<string, unknown>) => void = () => {};
  const identified = new Promise<Record<string, unknown>>((resolve) => {
    identify = resolve;
  });
  wss.on('connection', (ws) => {
    socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (payload.op === 2) {
        identify(payload.d);
        identifies.push(payload.d);
        const shard = (payload.d.shard as [number, number] | undefined) ?? [0, 1];
        byShard.set(shard[0], ws);
        ws.send(
          JSON.stringify({
            op: 0,
            s: ++seq,
            t: 'READY',
            d: {
              v: 10,
              user: {
                id: appId,
                username: 'newsdesk',
                discriminator: '0',
                bot: true,
                avatar: null,
                global_name: null,
              },
              guilds: [],
              session_id: 'session-1',
              resume_gateway_url: wsUrl,
              shard: (payload.d.shard as [number, number] | undefined) ?? [0, 1],
              application: { id: appId, flags: 0 },
            },
          }),
        );
      }
    });
  });
  const messages: FakeDiscord['messages'] = [];
  // Snowflake-shaped ids that grow with time, as Discord's do (history pages by `after`).
  let lastId = 0n;
  const nextId = () => {
    const now = (BigInt(Date.now()) - 1420070400000n) << 22n;
    lastId = now > lastId ? now : lastId + 1n;
    return String(lastId);
  };
  const rest = await startFake((req, res) => {
    const path = req.path.split('?')[0] ?? '';
    const channelMessages = /\/channels\/(\d+)\/messages$/.exec(path);
    if (req.method === 'POST' && channelMessages) {
      const body = JSON.parse(req.body || '{}') as { embeds?: unknown[] };
      const posted = { ...message(channelMessages[1]), id: nextId(), embeds: body.embeds ?? [] };
      messages.push({ id: posted.id, channel_id: posted.channel_id, embeds: posted.embeds, edits: 0 });
      return json(res, 200, posted);
    }
    if (req.method === 'GET' && channelMessages) {
      const after = BigInt(new URLSearchParams(req.path.split('?')[1] ?? '').get('after') ?? '0');
      const found = messages
        .filter((m) => m.channel_id === channelMessages[1] && BigInt(m.id) > after)
        .map((m) => ({ ...message(m.channel_id), id: m.id, embeds: m.embeds }));
      return json(res, 200, found);
    }
    const oneMessage = /\/channels\/(\d+)\/messages\/(\d+)$/.exec(path);
    if (req.method === 'PATCH' && oneMessage) {
      const found = messages.find((m) => m.channel_id === oneMessage[1] && m.id === oneMessage[2]);
      if (!found) return json(res, 404, { message: 'Unknown Message', code: 10008 });
      found.embeds = (JSON.parse(req.body || '{}') as { embeds?: unknown[] }).embeds ?? [];
      found.edits++;
      return json(res, 200, { ...message(found.channel_id), id: found.id, embeds: found.embeds });
    }
    if (req.method === 'GET' && path.endsWith('/gateway/bot')) {
      return json(res, 200, {
        url: wsUrl,
        shards: options.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (req.method === 'PUT' && /\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path)) {
      const body = JSON.parse(req.body) as { name: string }[];
      return json(
        res,
        200,
        body.map((c, i) => ({ ...c, id: String(100 + i), application_id: appId, version: '1' })),
      );
    }
    if (req.method === 'POST' && /\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'DELETE' && /\/webhooks\/\d+\/[^/]+\/messages\/(@original|%40original)$/.test(path)) {
      res.writeHead(204).end();
      return;
    }
    if (/\/webhooks\/\d+\/[^/]+(\/messages\/(@original|%40original))?$/.test(path))
      return json(res, 200, message());
    return json(res, 404, { message: 'Unknown route', code: 0 });
  });
  return {
    rest,
    messages,
    apiUrl: `${rest.url}/api`,
    identified,
    identifies,
    dispatch(type, data, shard) {
      const target = shard === undefined ? socket : byShard.get(shard);
      target?.send(JSON.stringify({ op: 0, s: ++seq, t: type, d: data }));
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await rest.close();
    },
  };
}

let nextId = 5000;

/** A real-shaped INTERACTION_CREATE payload (chat input command or autocomplete) from a guild channel. */
export function interaction(
  appId: string,
  type: 2 | 4,
  name: string,
  options: unknown[],
  userId = '500',
  /** The member's permissions in the channel as Discord sends them (a decimal bit set; 16: Manage Channels). */
  permissions = '0',
): { id: string; token: string; payload: Record<string, unknown> } {
  const id = String(++nextId);
  const token = `itoken-${id}`;
  return {
    id,
    token,
    payload: {
      id,
      application_id: appId,
      type,
      token,
      version: 1,
      data: { id: '777', name, type: 1, options },
      guild_id: '300',
      channel_id: '400',
      channel: { id: '400', type: 0, guild_id: '300', name: 'news', permissions: '0' },
      member: {
        user: { id: userId, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null },
        roles: [],
        joined_at: '2020-01-01T00:00:00.000Z',
        permissions,
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: '0',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': '300' },
      context: 0,
    },
  };
}

/** A real-shaped INTERACTION_CREATE payload for a press of a message's button (`custom_id`). */
export function buttonInteraction(
  appId: string,
  customId: string,
  userId = '501',
): { id: string; token: string; payload: Record<string, unknown> } {
  const base = interaction(appId, 2, 'unused', [], userId);
  const payload = { ...base.payload, type: 3, data: { custom_id: customId, component_type: 2 } };
  return {
    ...base,
    payload: {
      ...payload,
      message: { ...message('400'), id: '600', author: { ...message().author, id: appId } },
    },
  };
}
