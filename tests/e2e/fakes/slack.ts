/** Fakes for Slack: the Web API (auth.test, chat.postMessage) and a response_url receiver; request signing. */
import { createHmac } from 'node:crypto';
import { type FakeServer, json, startFake } from './http.ts';

/** A fake Web API. `postMessage` decides each chat.postMessage answer (default: ok). */
export function startFakeSlackApi(
  postMessage: (n: number) => { status: number; body: unknown; headers?: Record<string, string> } = () => ({
    status: 200,
    body: { ok: true, ts: '1.0' },
  }),
): Promise<FakeServer> {
  let posts = 0;
  return startFake((req, res) => {
    if (req.path.endsWith('/auth.test'))
      return json(res, 200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });
    if (req.path.endsWith('/chat.postMessage')) {
      const answer = postMessage(++posts);
      return json(res, answer.status, answer.body, answer.headers);
    }
    return json(res, 200, { ok: false, error: 'unknown_method' });
  });
}

/** Form-encodes a slash command the way Slack sends it. */
export function slashCommandBody(command: string, text: string, responseUrl: string, user = 'U1'): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C1',
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
