/** Fakes for Slack: the Web API (auth.test, chat.postMessage) and a response_url receiver; request signing. */
import { createHmac } from 'node:crypto';
import { type FakeServer, json, startFake } from './http.ts';

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

/** A message the fake channel holds: what chat.postMessage delivered. */
export interface FakeSlackMessage {
  channel: string;
  ts: string;
  text: string;
  /** Message metadata as posted (event_type, event_payload). */
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  /** The bot token of the process that posted it. */
  token: string;
}

export interface FakeSlackApi extends FakeServer {
  /** Every message chat.postMessage delivered, in order (chat.update changes them in place). */
  messages: FakeSlackMessage[];
  /** Every chat.update applied, in order. */
  updates: { channel: string; ts: string; text: string; blocks: unknown }[];
}

/** The workspace the fake answers users.info and conversations.info from. */
export interface FakeWorkspace {
  users?: Record<string, { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean }>;
  channels?: Record<string, { creator?: string; is_member?: boolean; is_im?: boolean }>;
}

/** The fields of a Web API call: the SDK sends form-encoded bodies with JSON-encoded nested values. */
export function callFields(body: string): Record<string, unknown> {
  if (body.trim().startsWith('{')) return JSON.parse(body) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    try {
      fields[key] = value.startsWith('{') || value.startsWith('[') ? JSON.parse(value) : value;
    } catch {
      fields[key] = value;
    }
  }
  return fields;
}

/**
 * A fake Web API: auth.test, chat.postMessage (each answer decided by `postMessage`, default ok; a message
 * answered ok is delivered when the request arrives, before any `delayMs`, as Slack would have it even if
 * the poster dies waiting) and conversations.history (`oldest`, metadata, one page).
 */
export async function startFakeSlackApi(
  postMessage: (n: number) => Answer = () => ({ status: 200, body: { ok: true } }),
  options: {
    delayMs?: (n: number) => number;
    onPost?: (message: FakeSlackMessage, n: number) => void;
    workspace?: FakeWorkspace;
  } = {},
): Promise<FakeSlackApi> {
  let posts = 0;
  let clock = 1_000_000;
  const messages: FakeSlackMessage[] = [];
  const updates: FakeSlackApi['updates'] = [];
  const workspace = options.workspace ?? {};
  const server = await startFake(async (req, res) => {
    if (req.path.endsWith('/auth.test'))
      return json(res, 200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });
    const fields = callFields(req.body);
    if (req.path.endsWith('/chat.postMessage')) {
      const n = ++posts;
      const answer = postMessage(n);
      const ok = answer.status === 200 && (answer.body as { ok?: boolean }).ok === true;
      if (ok) {
        // Real-looking ts: now, with a counter so two posts in one microsecond stay distinct.
        const ts = `${Math.floor(Date.now() / 1000)}.${String(++clock).padStart(6, '0').slice(-6)}`;
        const message: FakeSlackMessage = {
          channel: String(fields.channel),
          ts,
          text: String(fields.text ?? ''),
          token: String(req.headers.authorization ?? '').replace(/^Bearer /, ''),
          ...(fields.metadata ? { metadata: fields.metadata as FakeSlackMessage['metadata'] } : {}),
        };
        messages.push(message);
        options.onPost?.(message, n);
        const delay = options.delayMs?.(n) ?? 0;
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        return json(res, 200, { ...(answer.body as object), channel: message.channel, ts }, answer.headers);
      }
      return json(res, answer.status, answer.body, answer.headers);
    }
    if (req.path.endsWith('/chat.update')) {
      const message = messages.find((m) => m.channel === fields.channel && m.ts === fields.ts);
      if (!message) return json(res, 200, { ok: false, error: 'message_not_found' });
      message.text = String(fields.text ?? '');
      updates.push({ channel: message.channel, ts: message.ts, text: message.text, blocks: fields.blocks });
      return json(res, 200, { ok: true, channel: message.channel, ts: message.ts });
    }
    if (req.path.endsWith('/users.info')) {
      const user = workspace.users?.[String(fields.user)];
      return user
        ? json(res, 200, { ok: true, user: { id: fields.user, ...user } })
        : json(res, 200, { ok: false, error: 'user_not_found' });
    }
    if (req.path.endsWith('/conversations.info')) {
      const channel = workspace.channels?.[String(fields.channel)];
      return channel
        ? json(res, 200, { ok: true, channel: { id: fields.channel, ...channel } })
        : json(res, 200, { ok: false, error: 'channel_not_found' });
    }
    if (req.path.endsWith('/conversations.history')) {
      const oldest = Number(fields.oldest ?? 0);
      const found = messages
        .filter((m) => m.channel === fields.channel && Number(m.ts) > oldest)
        .reverse()
        .map((m) => ({
          type: 'message',
          ts: m.ts,
          text: m.text,
          bot_id: 'BBOT',
          ...(fields.include_all_metadata === 'true' || fields.include_all_metadata === true
            ? m.metadata
              ? { metadata: m.metadata }
              : {}
            : {}),
        }));
      return json(res, 200, { ok: true, messages: found, has_more: false });
    }
    return json(res, 200, { ok: false, error: 'unknown_method' });
  });
  return Object.assign(server, { messages, updates });
}

/** Form-encodes a button press the way Slack sends it (a block_actions payload). */
export function blockActionBody(options: {
  actionId: string;
  value: string;
  responseUrl: string;
  user?: string;
  channel?: string;
}): string {
  const payload = {
    type: 'block_actions',
    user: { id: options.user ?? 'U1', username: 'tester', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: {
      type: 'message',
      message_ts: '1.000001',
      channel_id: options.channel ?? 'C1',
      is_ephemeral: false,
    },
    trigger_id: '1.2.3',
    team: { id: 'T1', domain: 'test' },
    channel: { id: options.channel ?? 'C1', name: 'news' },
    response_url: options.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: options.actionId,
        text: { type: 'plain_text', text: 'Show more' },
        value: options.value,
        action_ts: '1.000002',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Form-encodes a slash command the way Slack sends it. */
export function slashCommandBody(
  command: string,
  text: string,
  responseUrl: string,
  user = 'U1',
  channel = 'C1',
): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: channel,
    channel_name: 'news',
    user_id: user,
    user_name: 'tester',
    command,
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:{ts}:{body}"). */
export function signedHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
}
