/** The real Slack adapter on an ephemeral port, wired to a fake Web API and a response_url receiver. */
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack.ts';
import type { CommandContext } from '../../../src/commands/context.ts';
import type { RateLimiter } from '../../../src/commands/rateLimit.ts';
import { parseEnv } from '../../../src/config.ts';
import type { IndexStore } from '../../../src/index/store.ts';
import { StoryStores } from '../../../src/stories/stores.ts';
import type { Logger } from '../../../src/log.ts';
import { NOW, testConfig } from '../../helpers/corpus.ts';
import { type FakeServer, json, startFake } from './http.ts';
import { startFakeSlackApi } from './slack.ts';

export interface SlackHarness {
  api: FakeServer;
  responses: FakeServer;
  adapter: SlackAdapter;
  /** http://127.0.0.1:<port> of the adapter's HTTP receiver. */
  base: string;
  close(): Promise<void>;
}

export async function startSlackHarness(options: {
  store: IndexStore;
  log: Logger;
  secret: string;
  token: string;
  limiter?: RateLimiter;
  /** The command context (default: the test configuration at NOW). */
  context?: () => CommandContext;
}): Promise<SlackHarness> {
  const api = await startFakeSlackApi();
  const responses = await startFake((_req, res) => json(res, 200, { ok: true }));
  const config = testConfig();
  const env = parseEnv({
    SLACK_BOT_TOKEN: options.token,
    SLACK_SIGNING_SECRET: options.secret,
    SLACK_API_URL: `${api.url}/api/`,
  });
  const adapter = createSlackAdapter(env, {
    stories: StoryStores.single(options.store),
    log: options.log,
    context: options.context ?? (() => ({ config, now: NOW })),
    ...(options.limiter ? { limiter: options.limiter } : {}),
  });
  const base = `http://127.0.0.1:${await adapter.start(0)}`;
  return {
    api,
    responses,
    adapter,
    base,
    async close() {
      await adapter.stop();
      await api.close();
      await responses.close();
    },
  };
}
