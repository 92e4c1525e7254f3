import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig, parseEnv } from '../src/config.ts';

describe('config', () => {
  it('fills defaults for an empty config', () => {
    const config = parseConfig({});
    expect(config.story.keyword).toBe('summit');
    expect(config.digest.cron).toBe('0 8 * * *');
  });

  it('names the field of an invalid value', () => {
    expect(() => parseConfig({ digest: { timezone: 'Mars/Olympus' } }, 'config/default.json')).toThrow(
      /config\/default\.json: digest\.timezone: unknown IANA time zone/,
    );
    expect(() => parseConfig({ limits: { statusItems: 0 } })).toThrow(ConfigError);
    expect(() => parseConfig({ digest: { cron: '0 25 * * *' } })).toThrow(
      /digest\.cron: not a valid cron expression/,
    );
    expect(() => parseConfig({ cleaning: { tailMarkers: ['(unclosed'] } })).toThrow(
      /cleaning\.tailMarkers\.0/,
    );
    expect(() => parseConfig({ cleaning: { bioPatterns: ['(\\w+) and \\1'] } })).toThrow(
      /cleaning\.bioPatterns\.0: numbered back-references/,
    );
    // An escaped backslash before a digit is a literal backslash, not a back-reference.
    expect(parseConfig({ cleaning: { bioPatterns: ['C:\\\\1'] } }).cleaning.bioPatterns).toHaveLength(1);
    expect(() => parseConfig({ index: { buildWorkers: -1 } })).toThrow(/index\.buildWorkers/);
    expect(() => parseConfig({ index: { buildWorkers: 'many' } })).toThrow(/index\.buildWorkers/);
  });

  it('takes "auto" or a count of build workers', () => {
    expect(parseConfig({}).index).toEqual({
      buildWorkers: 'auto',
      parallelFromArticles: 2000,
      deltaMaxArticles: 1000,
      rebuildDelayMs: 10_000,
      rebuildMaxDelayMs: 60_000,
    });
    expect(parseConfig({ index: { buildWorkers: 0 } }).index.buildWorkers).toBe(0);
  });

  it('merges config/local.json over default.json and CORPUS_DIR over both', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-config-'));
    await writeFile(
      path.join(dir, 'default.json'),
      JSON.stringify({ story: { keyword: 'summit', title: 'A' } }),
    );
    await writeFile(path.join(dir, 'local.json'), JSON.stringify({ story: { title: 'B' } }));
    const config = loadConfig(dir, { CORPUS_DIR: '/data/corpus' });
    expect(config.story).toEqual({ keyword: 'summit', title: 'B' });
    expect(config.corpus.dir).toBe('/data/corpus');
  });

  it('validates environment variables by name', () => {
    expect(parseEnv({ PORT: '8080' }).PORT).toBe(8080);
    expect(parseEnv({}).PORT).toBe(3000);
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/environment: PORT/);
    expect(() => parseEnv({ SLACK_API_URL: 'not a url' })).toThrow(/SLACK_API_URL/);
    expect(parseEnv({ SLACK_BOT_TOKEN: '  ' }).SLACK_BOT_TOKEN).toBeUndefined();
  });
});

describe('DIGEST_CRON and DIGEST_TIMEZONE', () => {
  const configDir = path.join(import.meta.dirname, '..', 'config');

  it('override the schedule of the config, a six-field cron with seconds included', () => {
    const config = loadConfig(configDir, { DIGEST_CRON: '*/5 * * * * *', DIGEST_TIMEZONE: 'Europe/Berlin' });
    expect(config.digest).toMatchObject({ cron: '*/5 * * * * *', timezone: 'Europe/Berlin' });
    expect(loadConfig(configDir, { DIGEST_CRON: ' ' }).digest.cron).toBe('0 8 * * *');
  });

  it('reject a bad value naming the variable, not the config file', () => {
    expect(() => loadConfig(configDir, { DIGEST_CRON: 'every day' })).toThrow(
      /environment: DIGEST_CRON: not a valid cron/,
    );
    expect(() => loadConfig(configDir, { DIGEST_TIMEZONE: 'Mars/Olympus' })).toThrow(ConfigError);
  });
});

describe('stories in config', () => {
  it('reads the one-story configuration of old as one story', async () => {
    const { storiesOf } = await import('../src/stories/story.ts');
    const config = parseConfig({
      story: { keyword: 'storm', title: 'The storm' },
      corpus: { dir: 'data/storm' },
    });
    expect(config.stories).toBeUndefined();
    expect(storiesOf(config).map(({ keyword, title, dir }) => ({ keyword, title, dir }))).toEqual([
      { keyword: 'storm', title: 'The storm', dir: 'data/storm' },
    ]);
  });

  it('gives each story its folder: its own dir, corpus.dir for the first, <corpus.dir>/<keyword> for others', async () => {
    const { storiesOf } = await import('../src/stories/story.ts');
    const config = parseConfig({
      corpus: { dir: 'news' },
      stories: [{ keyword: 'summit' }, { keyword: 'strike' }, { keyword: 'flood', dir: '/srv/flood' }],
    });
    const stories = storiesOf(config);
    expect(stories.map((s) => s.dir)).toEqual(['news', path.join('news', 'strike'), '/srv/flood']);
    // Each story's commands see its own keyword and folder.
    expect(stories[1]?.config.story.keyword).toBe('strike');
    expect(stories[1]?.config.corpus.dir).toBe(path.join('news', 'strike'));
  });

  it('names the field of a story that is invalid', () => {
    expect(() => parseConfig({ stories: [{ keyword: 'Summit!' }] })).toThrow(
      /stories\.0\.keyword: lower-case/,
    );
    expect(() => parseConfig({ stories: [{ keyword: 'quote' }] })).toThrow(/stories\.0\.keyword: reserved/);
    expect(() => parseConfig({ stories: [{ keyword: 'a'.repeat(32) }] })).toThrow(/stories\.0\.keyword/);
    expect(() => parseConfig({ stories: [{ keyword: 'strike' }, { keyword: 'strike' }] })).toThrow(
      /stories\.1\.keyword: listed twice/,
    );
    expect(() =>
      parseConfig({
        stories: [
          { keyword: 'a', dir: 'x' },
          { keyword: 'b', dir: './x' },
        ],
      }),
    ).toThrow(/stories\.1\.dir: the same folder as stories\.0/);
    expect(() => parseConfig({ stories: [] })).toThrow(/stories/);
    expect(() => parseConfig({ stories: [{ keyword: 'a', match: ['x'] }] })).toThrow(/stories\.0\.match\.0/);
  });

  it('checks that a feed names a configured story, and that no feed is listed twice', async () => {
    expect(() => parseConfig({ feeds: [{ url: 'https://a.example/rss', story: 'strike' }] })).toThrow(
      /feeds\.0\.story: no story 'strike' is configured \(stories: summit\)/,
    );
    const config = parseConfig({
      stories: [{ keyword: 'summit' }, { keyword: 'strike', feeds: [{ url: 'https://b.example/rss' }] }],
      feeds: [{ url: 'https://a.example/rss', story: 'strike' }],
    });
    const { allFeeds } = await import('../src/config.ts');
    expect(allFeeds(config)).toEqual([
      { url: 'https://a.example/rss', story: 'strike' },
      { url: 'https://b.example/rss', story: 'strike' },
    ]);
    expect(() =>
      parseConfig({
        stories: [{ keyword: 'strike', feeds: [{ url: 'https://a.example/rss' }] }],
        feeds: [{ url: 'https://a.example/rss' }],
      }),
    ).toThrow(/stories\.0\.feeds\.0\.url: listed twice/);
  });
});

describe('--config FILE and NEWSDESK_CONFIG', () => {
  const configDir = path.join(import.meta.dirname, '..', 'config');

  it('merge an operator file over the defaults; --config wins over the variable', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-operator-'));
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    await writeFile(a, JSON.stringify({ stories: [{ keyword: 'strike' }, { keyword: 'flood' }] }));
    await writeFile(b, JSON.stringify({ alerts: { windowMinutes: 10 } }));
    const fromEnv = loadConfig(configDir, { NEWSDESK_CONFIG: a });
    expect(fromEnv.stories?.map((s) => s.keyword)).toEqual(['strike', 'flood']);
    expect(fromEnv.cleaning.boilerplateLines.length).toBeGreaterThan(0);
    const fromFlag = loadConfig(configDir, { NEWSDESK_CONFIG: a }, { file: b });
    expect(fromFlag.stories).toBeUndefined();
    expect(fromFlag.alerts.windowMinutes).toBe(10);
  });

  it('stops with a message naming a file that does not exist or is not JSON', async () => {
    expect(() => loadConfig(configDir, {}, { file: '/nonexistent/newsdesk.json' })).toThrow(
      /\/nonexistent\/newsdesk\.json: config file not found \(given with --config\)/,
    );
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-operator-'));
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, '{ stories: [');
    expect(() => loadConfig(configDir, { NEWSDESK_CONFIG: bad })).toThrow(/bad\.json: cannot read config/);
    const invalid = path.join(dir, 'invalid.json');
    await writeFile(invalid, JSON.stringify({ alerts: { perChannelPerHour: 0 } }));
    expect(() => loadConfig(configDir, {}, { file: invalid })).toThrow(
      /invalid\.json: alerts\.perChannelPerHour/,
    );
  });
});
