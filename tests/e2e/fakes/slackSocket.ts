/**
 * A fake Slack Socket Mode endpoint on 127.0.0.1: the Web API answers apps.connections.open with a local ws
 * URL; the ws server says hello, sends envelopes a test gives it, and records the client's acks.
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeServer, json, startFake } from './http.ts';

export interface FakeSocketMode {
  api: FakeServer;
  connected: Promise<void>;
  acks: Record<string, unknown>[];
  send(envelope: Record<string, unknown>): void;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  const acks: Record<string, unknown>[] = [];
  let socket: WebSocket | undefined;
  let onConnect: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    onConnect = resolve;
  });
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (raw) => acks.push(JSON.parse(String(raw)) as Record<string, unknown>));
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A1' },
        debug_info: { host: 'fake' },
      }),
    );
    onConnect();
  });
  const api = await startFake((req, res) => {
    if (req.path.endsWith('/apps.connections.open')) return json(res, 200, { ok: true, url });
    if (req.path.endsWith('/auth.test'))
      return json(res, 200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });
    return json(res, 200, { ok: true });
  });
  return {
    api,
    connected,
    acks,
    send(envelope) {
      socket?.send(JSON.stringify(envelope));
    },
    async waitForAck(envelopeId, timeoutMs = 5000) {
      const started = Date.now();
      for (;;) {
        const ack = acks.find((a) => a.envelope_id === envelopeId);
        if (ack) return ack;
        if (Date.now() - started > timeoutMs) throw new Error(`no ack for ${envelopeId}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await api.close();
    },
  };
}
