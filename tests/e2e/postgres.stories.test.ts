/**
 * Two stories on one PostgreSQL database (a real server, tests/setup/postgres.ts), served by two bot
 * processes and a fake Slack Web API: an article added to one story's corpus folder is answered by that
 * story's command on both instances and never by the other's; both stories' digests, posted to the same
 * channel every few seconds, reach it exactly once per slot each. Invented stories and text.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openState } from '../../src/state/layer.ts';
import { freshClone } from '../helpers/clone.ts';
import { databaseMissing, freshDatabase } from '../helpers/database.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { slackInstanceEnv, startBot } from '../helpers/process.ts';
import { sleep } from '../helpers/wait.ts';
import { type FakeServer, json, startFake } from './fakes/http.ts';
import { type FakeSlackApi, signedHeaders, slashCommandBody, startFakeSlackApi } from './fakes/slack.ts';

type Bot = ReturnType<typeof startBot>;

const PERIOD_S = 3;
const SECRET = 'pg-stories-signing-secret';
const bots: Bot[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const bot of bots) await bot.kill();
  for (const c of cleanups.reverse()) await c();
});

const article = (outlet: string, title: string, text: string) =>
  `---\noutlet: ${outlet}\ntitle: ${title}\npublished: 2026-11-20\n---\n${text}\n`;

describe.skipIf(databaseMissing !== '')('two stories on one PostgreSQL database, two instances', () => {
  it("answer each story from its own articles on every instance, and post each story's digest once per slot", {
    timeout: 120_000,
  }, async () => {
    const url = await freshDatabase();
    const dir = await freshClone({
      stories: [
        { keyword: 'summit', dir: 'corpus' },
        { keyword: 'marsh', title: 'Saltmarsh restoration', dir: 'stories/marsh' },
      ],
      digest: { leaseSeconds: 1 },
      state: { leaderLeaseSeconds: 3 },
    });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const marshDir = path.join(dir, 'stories', 'marsh');
    await mkdir(marshDir, { recursive: true });
    await writeFile(
      path.join(marshDir, 'tide-gates.md'),
      article(
        'Fenland Courier',
        'Tide gates opened on the Wrenfold marsh',
        'Engineers opened the old tide gates on the Wrenfold marsh on Thursday, letting seawater back onto the fields. "The marsh will take ten years to settle," said Ada Quillon, the project ecologist.',
      ),
    );
    // The second story's digest goes to the channel the first story's goes to: a subscription from chat.
    const state = await openState({
      databaseUrl: url,
      firstStory: 'summit',
      digestStateFile: 'unused',
      feedStateFile: 'unused',
      subscriptionsFile: 'unused',
      alertStateFile: 'unused',
      installationsDir: 'unused',
      log: memoryLogger().log,
      leaseSeconds: 30,
    });
    cleanups.push(() => state.close());
    await state.subscriptions().put({
      platform: 'slack',
      channel: 'CSHARED',
      story: 'marsh',
      kind: 'digest',
      createdBy: 'U1',
      createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    });

    const api: FakeSlackApi = await startFakeSlackApi(() => ({ status: 200, body: { ok: true } }));
    cleanups.push(() => api.close());
    const answers: FakeServer = await startFake((_req, res) => json(res, 200, { ok: true }));
    cleanups.push(() => answers.close());
    const start = (token: string): Bot => {
      const bot = startBot(
        slackInstanceEnv({
          databaseUrl: url,
          token,
          secret: SECRET,
          apiUrl: api.url,
          digest: { channel: 'CSHARED', periodS: PERIOD_S },
        }),
        dir,
      );
      bots.push(bot);
      return bot;
    };
    const pair = ['xoxb-stories-a', 'xoxb-stories-b'].map(start);
    const ports = await Promise.all(
      pair.map(async (b) => Number((await b.waitForLog('slack adapter listening', 40_000)).port)),
    );
    await Promise.all(pair.map((b) => b.waitForLog('digest scheduled', 40_000)));
    const from = Date.now();

    let asked = 0;
    /** Asks one instance `/<story> search <words>` and resolves with its answer's text. */
    const ask = async (port: number, story: string, words: string): Promise<string> => {
      // Each question its own user: one user asking every 100 ms is soon over the rate limit.
      const at = ++asked;
      const responseUrl = `${answers.url}/answer/${at}`;
      const body = slashCommandBody(`/${story}`, `search ${words}`, responseUrl, `U${at}`);
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: signedHeaders(SECRET, body),
        body,
      });
      expect(res.status).toBe(200);
      return (await answers.waitFor((r) => r.path === `/answer/${at}`, 5000)).body;
    };
    /** Waits until `story` answers `words` with `outlet` on every instance. */
    const answeredEverywhere = async (story: string, words: string, outlet: string) => {
      for (const port of ports) {
        const began = Date.now();
        while (!(await ask(port, story, words)).includes(outlet)) {
          if (Date.now() - began > 10_000)
            throw new Error(`/${story} on ${port} never answered '${words}' from ${outlet}`);
          await sleep(100);
        }
      }
    };

    // What the leader imported at start-up is each story's own.
    await answeredEverywhere('marsh', 'tide gates seawater', 'Fenland Courier');
    for (const port of ports)
      expect(await ask(port, 'summit', 'tide gates seawater')).not.toContain('Fenland Courier');

    // A new article in each story's folder reaches that story's answers on both instances, and only those.
    await writeFile(
      path.join(marshDir, 'reed-beds.md'),
      article(
        'Estuary Weekly',
        'Reed beds planted along the Wrenfold creek',
        'Volunteers planted reed beds along the Wrenfold creek, where herons returned within a week.',
      ),
    );
    await writeFile(
      path.join(dir, 'corpus', 'zz-glasshouse-talks.md'),
      article(
        'Orchard Gazette',
        'Envoys met in the Lindqvist glasshouse',
        'Envoys met for a second round of talks in the Lindqvist glasshouse on Friday, officials said.',
      ),
    );
    await answeredEverywhere('marsh', 'reed beds herons', 'Estuary Weekly');
    await answeredEverywhere('summit', 'lindqvist glasshouse envoys', 'Orchard Gazette');
    for (const port of ports) {
      expect(await ask(port, 'summit', 'reed beds herons')).not.toContain('Estuary Weekly');
      expect(await ask(port, 'marsh', 'lindqvist glasshouse envoys')).not.toContain('Orchard Gazette');
    }

    // Four more slots (at least three whole ones after the last is cut off), then both stop cleanly; every
    // slot since start-up was posted once per story.
    const ms = PERIOD_S * 1000;
    await sleep(4 * ms - (Date.now() % ms) + 500);
    const to = Date.now() - 1500;
    for (const bot of pair) expect(await bot.stop()).toBe(0);
    const posts = new Map<string, number>();
    for (const m of api.messages) {
      const key = String(m.metadata?.event_payload?.key);
      posts.set(key, (posts.get(key) ?? 0) + 1);
    }
    expect([...posts.values()].every((n) => n === 1)).toBe(true);
    const expected: string[] = [];
    for (let t = Math.ceil(from / ms) * ms; t <= to; t += ms) expected.push(new Date(t).toISOString());
    expect(expected.length).toBeGreaterThanOrEqual(3);
    for (const slot of expected)
      for (const story of ['summit', 'marsh']) {
        const key = `${slot}|slack:CSHARED|${story}`;
        expect({ key, posts: posts.get(key) ?? 0 }).toEqual({ key, posts: 1 });
      }
  });
});

describe.skipIf(databaseMissing === '')('two stories on one PostgreSQL database (skipped)', () => {
  it(`cannot run here: ${databaseMissing}`, () => {});
});
