/**
 * Two bot processes, each pid 1 of its own pid namespace (as two containers are), on one state folder,
 * posting the digest every few seconds to a fake Slack Web API; one is SIGKILLed while its post is in
 * flight (the post reached Slack), then restarted, then the other is SIGKILLed. Every slot is posted once.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshClone } from '../helpers/clone.ts';
import { canUnsharePid, type Isolated, startMainIsolated } from '../helpers/process.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fakes/slack.ts';
import { sleep } from '../helpers/wait.ts';

const unshare = canUnsharePid();
const PERIOD_S = 4;
const bots: Isolated[] = [];
let dir: string | undefined;
let api: FakeSlackApi | undefined;

afterAll(async () => {
  for (const bot of bots) if (bot.child.exitCode === null) await bot.kill();
  await api?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Waits until the clock is just past a slot boundary (so a step spans whole slots). */
async function untilSlots(count: number): Promise<void> {
  const ms = PERIOD_S * 1000;
  await sleep(count * ms - (Date.now() % ms) + 300);
}

describe.skipIf(!unshare.ok)('two processes in separate pid namespaces on one state folder', () => {
  it('post each slot once, across a SIGKILL in the middle of a post, a restart and another SIGKILL', {
    timeout: 120_000,
  }, async () => {
    dir = await freshClone({ reload: { watch: false }, digest: { leaseSeconds: 1 } });
    let killNextPoster = false;
    let killed: Isolated | undefined;
    let killedSlot: string | undefined;
    api = await startFakeSlackApi(() => ({ status: 200, body: { ok: true } }), {
      // Armed, the next post that arrives kills the process that sent it (whichever claimed that slot):
      // Slack has the message, the poster never learns.
      onPost: (message) => {
        if (!killNextPoster) return;
        killNextPoster = false;
        killedSlot = String(message.metadata?.event_payload?.slot);
        killed = bots.find((b) => tokens.get(b) === message.token);
        void killed?.kill();
      },
      delayMs: () => 300,
    });
    const tokens = new Map<Isolated, string>();
    const start = (token: string) => {
      const bot = startMainIsolated(
        {
          SLACK_BOT_TOKEN: token,
          SLACK_SIGNING_SECRET: 'two-process-secret',
          SLACK_API_URL: `${(api as FakeSlackApi).url}/api/`,
          PORT: '0',
          LOG_LEVEL: 'info',
          DIGEST_SLACK_CHANNEL: 'CTWO',
          DIGEST_CRON: `*/${PERIOD_S} * * * * *`,
          DIGEST_TIMEZONE: 'UTC',
        },
        dir as string,
      );
      tokens.set(bot, token);
      bots.push(bot);
      return bot;
    };

    const a = start('xoxb-process-a');
    const b = start('xoxb-process-b');
    await Promise.all([a.waitForLog('digest scheduled', 30_000), b.waitForLog('digest scheduled', 30_000)]);
    // Both really are pid 1 of their namespaces, so nothing can tell them apart by pid.
    const owners = await Promise.all([a, b].map((bot) => bot.waitForLog('digest scheduled')));
    expect(owners.map((o) => String(o.owner).split(':')[1])).toEqual(['1', '1']);
    const from = Date.now();
    await untilSlots(2);

    // Whichever process posts the next slot is killed while its post is in flight (arming one of them
    // instead waited on it to win a claim, which on a loaded machine the other may win every time).
    killNextPoster = true;
    const armed = Date.now();
    while (killed?.child.exitCode == null && Date.now() - armed < 40_000) await sleep(100);
    expect(killed?.child.exitCode ?? null).not.toBeNull();
    const survivor = killed === a ? b : a;
    await untilSlots(2);

    const a2 = start('xoxb-process-a2');
    await a2.waitForLog('digest scheduled', 30_000);
    await untilSlots(1);
    await survivor.kill();
    await untilSlots(2);
    const to = Date.now() - 1500;
    await a2.stop();

    // Every slot between the first one both processes saw and the end: exactly one message each.
    const posted = new Map<string, number>();
    for (const m of api.messages) {
      const slot = String(m.metadata?.event_payload?.slot);
      posted.set(slot, (posted.get(slot) ?? 0) + 1);
    }
    const expected: string[] = [];
    const ms = PERIOD_S * 1000;
    for (let t = Math.ceil(from / ms) * ms; t <= to; t += ms) expected.push(new Date(t).toISOString());
    expect(expected.length).toBeGreaterThanOrEqual(6);
    for (const slot of expected) expect({ slot, posts: posted.get(slot) ?? 0 }).toEqual({ slot, posts: 1 });
    expect([...posted.values()].every((n) => n === 1)).toBe(true);

    // The slot whose poster died was found in the channel history by the survivor, not posted again.
    expect(killedSlot).toBeDefined();
    const state = JSON.parse(await readFile(path.join(dir, 'data', 'digest-state.json'), 'utf8'));
    expect(state.slots[`${killedSlot}|slack:CTWO`]).toMatchObject({
      status: 'posted',
      confirmedBy: 'history',
    });
  });
});

describe.skipIf(unshare.ok)('two processes in separate pid namespaces (skipped)', () => {
  it(`cannot run here: ${unshare.ok ? '' : unshare.reason}`, () => {});
});
