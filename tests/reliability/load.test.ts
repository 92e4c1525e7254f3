import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCommand } from '../../src/adapters/answer.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { IndexStore } from '../../src/index/store.ts';
import { CORPUS, NOW, testConfig } from '../helpers/corpus.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { signedHeaders, slashCommandBody } from '../e2e/fakes/slack.ts';
import { type SlackHarness, startSlackHarness } from '../e2e/fakes/slackHarness.ts';

const config = testConfig();
const COMMANDS = [
  '/summit status',
  '/quote pompei',
  '/summit search kim pyongyang',
  '/summit who',
  '/summit timeline',
  '/summit sources',
  '/quote nauret',
  '/summit nonsense',
];

function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1] ?? 0;
}

let store: IndexStore;
beforeAll(async () => {
  store = await IndexStore.open(CORPUS, config);
});

describe('load', () => {
  it('answers 1,000 concurrent commands through the handler layer, none lost, memory steady', async () => {
    const { log } = memoryLogger();
    const deps = { store, log, context: () => ({ config, now: NOW }) };
    const before = process.memoryUsage().heapUsed;
    const times: number[] = [];
    const answers = await Promise.all(
      Array.from({ length: 1000 }, async (_, i) => {
        await Promise.resolve();
        const t0 = performance.now();
        const b = answerCommand(
          deps,
          parseCommand(COMMANDS[i % COMMANDS.length] as string, 'summit'),
          `U${i % 50}`,
        );
        times.push(performance.now() - t0);
        return b;
      }),
    );
    expect(answers).toHaveLength(1000);
    expect(answers.every((b) => typeof b.title === 'string' && b.kind !== 'error')).toBe(true);
    const grownMB = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    console.info(`1000 commands in-process: p95 ${p95(times).toFixed(2)} ms, heap +${grownMB.toFixed(1)} MB`);
    expect(grownMB).toBeLessThan(100);
  });

  describe('through the Slack HTTP receiver on 127.0.0.1', () => {
    let harness: SlackHarness;
    const SECRET = 'load-secret-123456';

    beforeAll(async () => {
      harness = await startSlackHarness({
        store,
        log: memoryLogger([], 'warn').log,
        secret: SECRET,
        token: 'xoxb-load-test',
      });
    });

    afterAll(async () => {
      await harness.close();
    });

    it('answers 200 concurrent signed slash commands, all acknowledged and all answered', async () => {
      const times: number[] = [];
      const statuses = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const [command, ...rest] = (COMMANDS[i % COMMANDS.length] as string).split(' ');
          const body = slashCommandBody(
            command as string,
            rest.join(' '),
            `${harness.responses.url}/load/${i}`,
            `U${i}`,
          );
          const t0 = performance.now();
          const res = await fetch(`${harness.base}/slack/events`, {
            method: 'POST',
            headers: signedHeaders(SECRET, body),
            body,
            signal: AbortSignal.timeout(10_000),
          });
          times.push(performance.now() - t0);
          return res.status;
        }),
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          harness.responses.waitFor((r) => r.path === `/load/${i}`, 10_000),
        ),
      );
      console.info(`200 Slack commands over HTTP: ack p95 ${p95(times).toFixed(1)} ms`);
      expect(p95(times)).toBeLessThan(3000);
    });
  });
});
