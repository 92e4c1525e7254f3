/**
 * Many Slack workspaces: Bolt's OAuth flow on the real HTTP receiver (/slack/install, /slack/oauth_redirect,
 * state signed and tied to the browser's cookie) against a fake `oauth.v2.access`, with the installation
 * kept in PostgreSQL; then a command from the new workspace is answered and the digest posts there with
 * that workspace's token. No token reaches the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackPoster } from '../../src/adapters/digestPosters.ts';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack.ts';
import type { Briefing } from '../../src/briefing.ts';
import { parseEnv } from '../../src/config.ts';
import { StoryStores } from '../../src/stories/stores.ts';
import { IndexStore } from '../../src/index/store.ts';
import { openDatabase } from '../../src/state/postgres/database.ts';
import { PgInstallationStore } from '../../src/state/postgres/installations.ts';
import { migrate } from '../../src/state/postgres/migrate.ts';
import { CORPUS, NOW, testConfig } from '../helpers/corpus.ts';
import { databaseMissing, freshDatabase } from '../helpers/database.ts';
import { memoryLogger } from '../helpers/logs.ts';
import { callFields, signedHeaders, slashCommandBody } from './fakes/slack.ts';
import { type FakeServer, json, startFake } from './fakes/http.ts';

const SECRET = 'oauth-signing-secret';
const CLIENT_SECRET = 'oauth-client-secret-value';
const INSTALLED_TOKEN = 'xoxb-installed-workspace-token';
const cleanups: (() => Promise<void>)[] = [];
let api: FakeServer;
let answers: FakeServer;
let adapter: SlackAdapter;
let base: string;
let installations: PgInstallationStore;
// As in production: the environment's secrets are scrubbed, but an installed token is no environment secret.
const logged = memoryLogger([CLIENT_SECRET]);

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

beforeAll(async () => {
  if (databaseMissing) return;
  const db = openDatabase({ url: await freshDatabase(), log: memoryLogger().log });
  cleanups.push(() => db.close());
  await migrate(db, { log: memoryLogger().log, firstStory: 'harbor' });
  installations = new PgInstallationStore(db);
  api = await startFake((req, res) => {
    const fields = callFields(req.body);
    if (req.path.endsWith('/oauth.v2.access')) {
      // Slack checks the client's credentials and the one-time code.
      if (fields.code !== 'good-code' || fields.client_secret !== CLIENT_SECRET)
        return json(res, 200, { ok: false, error: 'invalid_code' });
      return json(res, 200, {
        ok: true,
        app_id: 'A1',
        authed_user: { id: 'U7' },
        scope: 'commands,chat:write,channels:history,groups:history',
        token_type: 'bot',
        access_token: INSTALLED_TOKEN,
        bot_user_id: 'UB2',
        team: { id: 'T2', name: 'Second Newsroom' },
        enterprise: null,
        is_enterprise_install: false,
      });
    }
    if (req.path.endsWith('/auth.test'))
      return json(res, 200, {
        ok: true,
        user_id: 'UB2',
        bot_id: 'B2',
        team_id: 'T2',
        team: 'Second Newsroom',
      });
    if (req.path.endsWith('/chat.postMessage')) return json(res, 200, { ok: true, ts: '1700000000.000100' });
    return json(res, 200, { ok: false, error: 'unknown_method' });
  });
  answers = await startFake((_req, res) => json(res, 200, { ok: true }));
  cleanups.push(
    () => api.close(),
    () => answers.close(),
  );
  const config = testConfig();
  const store = await IndexStore.open(CORPUS, config);
  adapter = createSlackAdapter(
    parseEnv({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_CLIENT_ID: '1234.5678',
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: 'oauth-state-secret',
      SLACK_API_URL: `${api.url}/api/`,
    }),
    {
      stories: StoryStores.single(store, 'summit'),
      log: logged.log,
      context: () => ({ config, now: NOW }),
      installationStore: installations,
    },
  );
  base = `http://127.0.0.1:${await adapter.start(0)}`;
  cleanups.push(() => adapter.stop());
});

/** Starts an install as a browser would: the redirect to Slack, its state, and the state cookie. */
async function beginInstall(): Promise<{ state: string; cookie: string; location: string }> {
  const res = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(res.status).toBe(302);
  const location = res.headers.get('location') ?? '';
  const state = new URL(location).searchParams.get('state') ?? '';
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { state, cookie, location };
}

describe.skipIf(databaseMissing !== '')('Slack OAuth for many workspaces', () => {
  it('sends the browser to Slack asking for the bot scopes, with a signed state tied to a cookie', async () => {
    const { state, cookie, location } = await beginInstall();
    const url = new URL(location);
    expect(url.searchParams.get('client_id')).toBe('1234.5678');
    expect(url.searchParams.get('scope')).toBe(
      'commands,chat:write,channels:history,groups:history,users:read,channels:read,groups:read',
    );
    expect(state.length).toBeGreaterThan(20);
    expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  });

  it('refuses a redirect whose state is not this browser session’s, or forged, and installs nothing', async () => {
    const { state } = await beginInstall();
    const noCookie = await fetch(
      `${base}/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`,
    );
    expect(noCookie.status).toBeGreaterThanOrEqual(400);
    const forged = await fetch(`${base}/slack/oauth_redirect?code=good-code&state=forged`, {
      headers: { cookie: 'slack-app-oauth-state=forged' },
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(api.requests.some((r) => r.path.endsWith('/oauth.v2.access'))).toBe(false);
    await expect(
      installations.fetchInstallation({ teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(/no Slack installation/);
  });

  it('exchanges the code, stores the installation, and then answers and posts in that workspace', async () => {
    const { state, cookie } = await beginInstall();
    const done = await fetch(
      `${base}/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
      },
    );
    expect(done.status).toBe(200);
    const installed = await installations.fetchInstallation({
      teamId: 'T2',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(installed).toMatchObject({
      team: { id: 'T2' },
      bot: { token: INSTALLED_TOKEN, id: 'B2', userId: 'UB2' },
    });

    // A command from the new workspace is authorized from the store and answered.
    const body = slashCommandBody('/summit', 'search pompeo', `${answers.url}/answer`).replace(
      'team_id=T1',
      'team_id=T2',
    );
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(SECRET, body),
      body,
    });
    expect(res.status).toBe(200);
    const answer = await answers.waitFor((r) => r.path === '/answer', 5000);
    expect(answer.body).toMatch(/Pompeo/);

    // The digest to T2/C5 posts with T2's token; an unknown workspace is a clear rejection.
    const poster = slackPoster(adapter, 'T2/C5');
    expect(poster.target).toBe('slack:T2/C5');
    const briefing: Briefing = { kind: 'digest', title: 'Digest', items: [] };
    await poster.post(briefing, { slot: '2026-01-05T08:00:00.000Z', key: 'k' });
    const post = api.requests.find((r) => r.path.endsWith('/chat.postMessage'));
    expect(post?.headers.authorization).toBe(`Bearer ${INSTALLED_TOKEN}`);
    expect(callFields(post?.body ?? '').channel).toBe('C5');
    await expect(
      slackPoster(adapter, 'T9/C1').post(briefing, { slot: 's', key: 'k2' }),
    ).rejects.toMatchObject({
      code: 'newsdesk_platform_rejected',
      message: 'newsdesk is not installed in workspace T9',
    });

    // No token or client secret in any log line.
    const all = logged.lines.join('');
    expect(all).not.toContain(INSTALLED_TOKEN);
    expect(all).not.toContain(CLIENT_SECRET);
  });
});

describe.skipIf(databaseMissing === '')('Slack OAuth for many workspaces (skipped)', () => {
  it(`cannot run here: ${databaseMissing}`, () => {});
});
