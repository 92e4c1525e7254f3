import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import type { Briefing } from '../../src/briefing.ts';
import { addBrokenFiles } from '../helpers/brokenFiles.ts';
import { CORPUS, ROOT } from '../helpers/corpus.ts';
import { runScript } from '../helpers/run.ts';

let broken: string;

beforeAll(async () => {
  broken = await mkdtemp(path.join(tmpdir(), 'newsdesk-cli-'));
  await cp(CORPUS, broken, { recursive: true });
  await addBrokenFiles(broken);
});

afterAll(async () => {
  await rm(broken, { recursive: true, force: true });
});

describe('cli index', () => {
  it('prints exactly one JSON document with the five articles and no errors', async () => {
    const { code, stdout } = await runScript('src/cli.ts', ['index', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      articles: { outlet: string; published: string; sentences: number; quotes: number }[];
      errors: unknown[];
    };
    expect(report.errors).toEqual([]);
    expect(report.articles.map((a) => `${a.outlet} ${a.published}`).sort()).toEqual([
      'Al Jazeera 2018-10-07',
      'The Hill 2018-09-26',
      'The Week 2018-10-07',
      'VOA 2018-10-07',
      'Vox 2018-10-07',
    ]);
    for (const a of report.articles) expect(a.sentences).toBeGreaterThan(0);
  });

  it('with --corpus on a folder that does not exist says so and exits 2', async () => {
    const missing = path.join(tmpdir(), 'newsdesk-no-such-folder');
    const { code, stdout, stderr } = await runScript('src/cli.ts', [
      'ask',
      '/summit status',
      '--corpus',
      missing,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${missing}: cannot read corpus folder (ENOENT`);
  });

  it('with --corpus on a folder with broken files exits 0, keeps the good articles and names each bad file', async () => {
    const { code, stdout } = await runScript('src/cli.ts', ['index', '--json', '--corpus', broken]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { articles: unknown[]; errors: { file: string; reason: string }[] };
    expect(report.articles).toHaveLength(5);
    expect(report.errors.map((e) => path.basename(e.file)).sort()).toEqual(
      ['bad-yaml.md', 'binary.md', 'boilerplate-only.md', 'empty.md', 'huge.md', 'latin1.txt', 'x.md'].sort(),
    );
  });
});

describe('a corpus with more files than the process may open at once', () => {
  it('loads every file under a 128 open-files limit', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-many-'));
    try {
      for (const f of generateCorpus(600, 5).files) await writeFile(path.join(dir, `${f.id}.md`), f.text);
      const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
      const child = spawn(
        'bash',
        ['-c', `ulimit -n 128 && exec "${tsx}" src/cli.ts index --json --corpus "${dir}"`],
        {
          cwd: ROOT,
        },
      );
      let stdout = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as { articles: unknown[]; errors: { reason: string }[] };
      expect(report.errors).toEqual([]);
      expect(report.articles).toHaveLength(600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('cli ask and quotes', () => {
  it('answers a chat command as a Briefing on stdout, logs nowhere near it', async () => {
    const { code, stdout } = await runScript('src/cli.ts', ['ask', '/summit sources', '--json']);
    expect(code).toBe(0);
    const briefing = JSON.parse(stdout) as Briefing;
    expect(briefing.kind).toBe('sources');
    expect(briefing.items).toHaveLength(5);
  });

  it('answers unknown subcommands with help, not an error', async () => {
    const { code, stdout } = await runScript('src/cli.ts', ['ask', '/summit frobnicate']);
    expect(code).toBe(0);
    expect(stdout).toContain("I don't know 'frobnicate'");
    expect(stdout).toContain('/summit status');
  });

  it('quotes --limit bounds the answer', async () => {
    const { stdout } = await runScript('src/cli.ts', ['quotes', 'pompeo', '--limit', '2', '--json']);
    const briefing = JSON.parse(stdout) as Briefing;
    expect(briefing.kind).toBe('quotes');
    expect(briefing.items).toHaveLength(2);
    expect(briefing.note).toMatch(/more not shown/);
  });

  it('rejects a bad --limit with a usage message', async () => {
    const { code, stderr } = await runScript('src/cli.ts', ['quotes', 'kim', '--limit', 'many']);
    expect(code).toBe(2);
    expect(stderr).toContain('--limit');
  });
});

describe('cli with two stories (--config FILE, NEWSDESK_CONFIG)', () => {
  const config = async () => {
    const file = path.join(broken, 'two-stories.json');
    await writeFile(
      file,
      JSON.stringify({
        stories: [
          { keyword: 'summit', dir: CORPUS },
          { keyword: 'strike', dir: path.join(ROOT, 'tests', 'fixtures', 'story2') },
        ],
      }),
    );
    return file;
  };

  it('answers each story from its own articles, by --config or by the variable', async () => {
    const file = await config();
    const strike = await runScript('src/cli.ts', ['ask', '/strike sources', '--json', '--config', file]);
    expect(strike.code).toBe(0);
    const strikeSources = JSON.parse(strike.stdout) as Briefing;
    expect(strikeSources.items).toHaveLength(4);
    expect(JSON.stringify(strikeSources)).not.toMatch(/Al Jazeera/);
    const summit = await runScript('src/cli.ts', ['ask', '/summit sources', '--json'], {
      env: { NEWSDESK_CONFIG: file },
    });
    const summitSources = JSON.parse(summit.stdout) as Briefing;
    expect(summitSources.items).toHaveLength(5);
    expect(JSON.stringify(summitSources)).not.toMatch(/Riverside Courier/);
  });

  it('finds a person in either story with quotes, naming the story, and narrows with --story', async () => {
    const file = await config();
    const all = await runScript('src/cli.ts', ['quotes', 'ferreira', '--config', file]);
    expect(all.stdout).toMatch(/Ana Ferreira/);
    expect(all.stdout).toContain('[/strike]');
    const summitOnly = await runScript('src/cli.ts', [
      'quotes',
      'ferreira',
      '--story',
      'summit',
      '--json',
      '--config',
      file,
    ]);
    // Ferreira is quoted in /strike only.
    expect((JSON.parse(summitOnly.stdout) as Briefing).items).toEqual([]);
  });

  it('npm start -- --config FILE answers both stories in the console', async () => {
    const file = await config();
    const { code, stdout } = await runScript('src/main.ts', ['--config', file], {
      input: '/strike sources\n/summit sources\n',
      timeoutMs: 30_000,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Sources: 4 articles');
    expect(stdout).toContain('Sources: 5 articles');
  });

  it('stops with a message naming a config file that does not exist', async () => {
    const { code, stderr } = await runScript('src/cli.ts', [
      'ask',
      '/summit sources',
      '--config',
      '/nonexistent/x.json',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('/nonexistent/x.json');
  });
});

describe('console adapter through npm start', () => {
  it('reads piped lines, answers each and exits at end of input', async () => {
    const { code, stdout } = await runScript('src/main.ts', [], {
      input: '/summit status\n/quote pompei\n/what\n',
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Latest: /m);
    expect(stdout).toMatch(/Mike Pompeo.*quotes/);
    expect(stdout).toContain("I don't know '/what'");
  });
});
