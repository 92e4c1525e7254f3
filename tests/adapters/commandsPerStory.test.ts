/**
 * Commands per story on both platforms: the Slack manifest printed by the CLI and the Discord registration
 * list one command per configured story (and `/quote`), and slack/*.yml are what the CLI prints for the
 * shipped configuration.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/adapters/discordCommands.ts';
import { type FakeServer, json, startFake } from '../e2e/fakes/http.ts';
import { ROOT } from '../helpers/corpus.ts';
import { runScript } from '../helpers/run.ts';

let dir: string;
let configFile: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-commands-'));
  configFile = path.join(dir, 'two-stories.json');
  await writeFile(
    configFile,
    JSON.stringify({
      stories: [
        { keyword: 'harbour', title: 'Harbour strike' },
        { keyword: 'levee', title: 'Levee <!channel> *breach*' },
      ],
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The slash commands of a manifest, with the lines under each. */
function commandsOf(manifest: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of manifest.split('\n')) {
    const command = /^ {4}- command: "(.+)"$/.exec(line);
    if (command) {
      current = [];
      out.set(command[1] as string, current);
    } else if (/^ {6}\S/.test(line)) current?.push(line.trim());
    else current = undefined;
  }
  return out;
}

describe('npm run cli -- slack-manifest', () => {
  it('lists one slash command per story and /quote, each pointing at the events URL, with interactivity', async () => {
    const { code, stdout } = await runScript('src/cli.ts', [
      'slack-manifest',
      '--config',
      configFile,
      '--url',
      'https://bot.example.org/',
    ]);
    expect(code).toBe(0);
    const commands = commandsOf(stdout);
    expect([...commands.keys()]).toEqual(['/harbour', '/levee', '/quote']);
    for (const lines of commands.values())
      expect(lines).toContain('url: "https://bot.example.org/slack/events"');
    expect(commands.get('/harbour')).toContain('description: "Harbour strike: the latest, with sources"');
    // A title is configuration, but it still cannot break out of its YAML string.
    expect(commands.get('/levee')).toContain(
      'description: "Levee <!channel> *breach*: the latest, with sources"',
    );
    expect(stdout).toMatch(
      /interactivity:\n\s+# .*\n\s+is_enabled: true\n\s+request_url: "https:\/\/bot\.example\.org\/slack\/events"/,
    );
    for (const scope of ['commands', 'chat:write', 'users:read', 'channels:read', 'groups:read'])
      expect(stdout).toContain(`      - ${scope}\n`);
    // OAuth installs for many workspaces come back to the installer's redirect path.
    expect(stdout).toContain('  redirect_urls:\n    - "https://bot.example.org/slack/oauth_redirect"\n');
  });

  it('has no URLs in the Socket Mode variant', async () => {
    const { code, stdout } = await runScript('src/cli.ts', [
      'slack-manifest',
      '--socket-mode',
      '--config',
      configFile,
    ]);
    expect(code).toBe(0);
    expect([...commandsOf(stdout).keys()]).toEqual(['/harbour', '/levee', '/quote']);
    expect(stdout).not.toMatch(/url:|redirect_urls/);
    expect(stdout).toContain('socket_mode_enabled: true');
  });

  it('refuses a --url that is not an http(s) address', async () => {
    const { code, stderr } = await runScript('src/cli.ts', [
      'slack-manifest',
      '--url',
      'javascript:alert(1)',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--url takes the bot's public http\(s\) address/);
  });

  it('is what slack/manifest.yml and slack/manifest.socket-mode.yml hold for the shipped config', async () => {
    const [http, socket] = await Promise.all([
      runScript('src/cli.ts', ['slack-manifest']),
      runScript('src/cli.ts', ['slack-manifest', '--socket-mode']),
    ]);
    expect(http.stdout).toBe(await readFile(path.join(ROOT, 'slack', 'manifest.yml'), 'utf8'));
    expect(socket.stdout).toBe(await readFile(path.join(ROOT, 'slack', 'manifest.socket-mode.yml'), 'utf8'));
  });
});

describe('Discord registration', () => {
  let rest: FakeServer;
  beforeAll(async () => {
    rest = await startFake((req, res) => json(res, 200, JSON.parse(req.body || '[]')));
  });
  afterAll(() => rest.close());

  it('puts one command per story and /quote with a story choice', async () => {
    const count = await registerCommands({
      token: 'discord-test-token',
      appId: '123',
      guildId: '456',
      apiUrl: `${rest.url}/api`,
      stories: [{ keyword: 'harbour', title: 'Harbour strike' }, { keyword: 'levee' }],
    });
    expect(count).toBe(3);
    const put = rest.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/v10/applications/123/guilds/456/commands');
    const body = JSON.parse(put?.body ?? '[]') as {
      name: string;
      options?: { name: string; options?: { name: string }[]; choices?: { value: string }[] }[];
    }[];
    expect(body.map((c) => c.name)).toEqual(['harbour', 'levee', 'quote']);
    for (const story of body.slice(0, 2)) {
      const subs = story.options?.map((o) => o.name);
      expect(subs).toEqual(
        expect.arrayContaining(['status', 'search', 'subscribe', 'unsubscribe', 'subscriptions']),
      );
    }
    const storyOption = body[2]?.options?.find((o) => o.name === 'story');
    expect(storyOption?.choices?.map((c) => c.value)).toEqual(['harbour', 'levee']);
  });
});
