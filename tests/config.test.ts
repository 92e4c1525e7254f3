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
      rebuildDelayMs: 1000,
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
