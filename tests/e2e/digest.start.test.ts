import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshClone } from '../helpers/clone.ts';
import { startMain } from '../helpers/process.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fakes/slack.ts';

let api: FakeSlackApi;
const folders: string[] = [];

beforeAll(async () => {
  api = await startFakeSlackApi();
});

afterAll(async () => {
  await api.close();
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

const env = () => ({
  SLACK_BOT_TOKEN: 'xoxb-fresh-clone-test',
  SLACK_SIGNING_SECRET: 'fresh-clone-secret',
  SLACK_API_URL: `${api.url}/api/`,
  PORT: '0',
  LOG_LEVEL: 'info',
  DIGEST_SLACK_CHANNEL: 'CDIGEST',
  DIGEST_CRON: '*/2 * * * * *',
  DIGEST_TIMEZONE: 'UTC',
});

async function clone(): Promise<string> {
  const dir = await freshClone({ reload: { watch: false } });
  folders.push(dir);
  return dir;
}

describe('npm start from a fresh clone with the digest configured', () => {
  it('creates the state folder, posts on the schedule from DIGEST_CRON, and /healthz tells the truth', async () => {
    const dir = await clone();
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
    const bot = startMain(env(), dir);
    try {
      const listening = await bot.waitForLog('slack adapter listening', 20_000);
      const scheduled = await bot.waitForLog('digest scheduled');
      expect(scheduled).toMatchObject({ cron: '*/2 * * * * *', timezone: 'UTC', targets: ['slack:CDIGEST'] });
      await bot.waitForLog('digest posted', 10_000);
      const state = JSON.parse(await readFile(path.join(dir, 'data', 'digest-state.json'), 'utf8'));
      expect(Object.values(state.slots).some((r) => (r as { status: string }).status === 'posted')).toBe(
        true,
      );
      const health = await fetch(`http://127.0.0.1:${listening.port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: 'ok',
        digest: { ok: true, targets: ['slack:CDIGEST'], lastPosted: { target: 'slack:CDIGEST' } },
      });
    } finally {
      await bot.stop();
    }
    expect(bot.stderr()).not.toMatch(/ENOENT|\n\s+at /);
  });

  it('stops with one clear message, and no stack trace, when the state folder cannot be made', async () => {
    const dir = await clone();
    await writeFile(path.join(dir, 'data'), 'a file where the state folder should be');
    const bot = startMain(env(), dir);
    const code = await new Promise<number | null>((resolve) => bot.child.on('close', resolve));
    expect(code).toBe(1);
    const lastLine = bot.stderr().trim().split('\n').pop() ?? '';
    expect(lastLine).toMatch(/^cannot start: cannot create the digest state folder .*data.*(ENOTDIR|EEXIST)/);
    expect(lastLine).toMatch(/unset DIGEST_SLACK_CHANNEL/);
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  });

  it('starts over an empty lock file left in the state folder', async () => {
    const dir = await clone();
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'data', 'digest-state.json.lock'), '');
    const bot = startMain(env(), dir);
    try {
      await bot.waitForLog('removed a lock file that is not a digest state lock', 20_000);
      await bot.waitForLog('digest posted', 10_000);
    } finally {
      await bot.stop();
    }
  });
});
