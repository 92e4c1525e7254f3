/** Starts `npm start` (src/main.ts) as a child process and waits for log lines, as an operator would. */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from './corpus.ts';

export interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first JSON log line whose msg matches (rejects after `timeoutMs`). */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Sends SIGTERM (after waiting `graceMs` for the process to end by itself) and resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/** Spawns `tsx <script>` from the project root with a minimal environment, collecting its output. */
export function spawnTsx(script: string, args: string[], env: Record<string, string>, cwd = ROOT) {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [script, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exited, stdout: () => out, stderr: () => err };
}

export function startMain(env: Record<string, string>, cwd = ROOT): Running {
  const { child, exited, stdout, stderr } = spawnTsx(path.join(ROOT, 'src/main.ts'), [], env, cwd);
  return running(child, exited, stdout, stderr);
}

/**
 * Starts `src/main.ts` as `npm start` does (node itself, no tsx wrapper), so `kill()` SIGKILLs the bot and
 * not a parent that would leave it running.
 */
/**
 * The environment of one Slack instance on a shared PostgreSQL database, as the end-to-end tests start
 * several: its own token, the fake Slack Web API, any free port; with `digest`, a digest to `channel`
 * every `periodS` seconds.
 */
export function slackInstanceEnv(options: {
  databaseUrl: string;
  token: string;
  secret: string;
  /** The fake Slack Web API's base URL. */
  apiUrl: string;
  digest?: { channel: string; periodS: number };
}): Record<string, string> {
  const { digest } = options;
  return {
    DATABASE_URL: options.databaseUrl,
    SLACK_BOT_TOKEN: options.token,
    SLACK_SIGNING_SECRET: options.secret,
    SLACK_API_URL: `${options.apiUrl}/api/`,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...(digest
      ? {
          DIGEST_SLACK_CHANNEL: digest.channel,
          DIGEST_CRON: `*/${digest.periodS} * * * * *`,
          DIGEST_TIMEZONE: 'UTC',
        }
      : {}),
  };
}

export function startBot(env: Record<string, string>, cwd = ROOT): Running & { kill(): Promise<void> } {
  const tsx = fileURLToPath(import.meta.resolve('tsx'));
  const child = spawn(
    process.execPath,
    ['--import', pathToFileURL(tsx).href, path.join(ROOT, 'src/main.ts')],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const base = running(
    child,
    exited,
    () => out,
    () => err,
  );
  return {
    ...base,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Whether this machine can start a process in its own pid namespace (root, util-linux `unshare`). */
export function canUnsharePid(): { ok: true } | { ok: false; reason: string } {
  const probe = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true'], { encoding: 'utf8' });
  if (probe.error) return { ok: false, reason: `unshare is not available (${probe.error.message})` };
  if (probe.status !== 0)
    return {
      ok: false,
      reason: `unshare --pid is not permitted here (${probe.stderr.trim() || `exit ${probe.status}`})`,
    };
  return { ok: true };
}

export interface Isolated extends Running {
  /** The bot's pid as the host sees it (it is pid 1 inside its namespace). */
  botPid(): number | undefined;
  /** SIGKILL to the bot itself: no handler runs, nothing is flushed. */
  kill(): Promise<void>;
}

/**
 * Starts `src/main.ts` as pid 1 of a new pid namespace (`unshare --pid --fork --mount-proc`), as in a
 * container: every such process has pid 1, so nothing may tell processes apart by pid.
 */
export function startMainIsolated(env: Record<string, string>, cwd: string): Isolated {
  const tsx = fileURLToPath(import.meta.resolve('tsx'));
  const child = spawn(
    'unshare',
    [
      '--pid',
      '--fork',
      '--mount-proc',
      '--kill-child=SIGKILL',
      process.execPath,
      '--import',
      pathToFileURL(tsx).href,
      path.join(ROOT, 'src/main.ts'),
    ],
    { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const base = running(
    child,
    exited,
    () => out,
    () => err,
  );
  const botPid = () => {
    try {
      const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim();
      return children ? Number(children.split(/\s+/)[0]) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    ...base,
    botPid,
    async kill() {
      const pid = botPid();
      if (pid) process.kill(pid, 'SIGKILL');
      else child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      const pid = botPid();
      if (pid) process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

function running(
  child: ChildProcessWithoutNullStreams,
  exited: Promise<number | null>,
  stdout: () => string,
  stderr: () => string,
): Running {
  return {
    child,
    stdout,
    stderr,
    waitForLog(msg, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          for (const line of stderr().split('\n')) {
            if (!line.startsWith('{')) continue;
            const parsed = JSON.parse(line) as Record<string, unknown>;
            if (parsed.msg === msg) return resolve(parsed);
          }
          if (child.exitCode !== null) return reject(new Error(`process exited: ${stderr()}`));
          if (Date.now() - started > timeoutMs) return reject(new Error(`no "${msg}" log line: ${stderr()}`));
          setTimeout(check, 50);
        };
        check();
      });
    },
    async stop(graceMs = 0) {
      if (graceMs > 0 && child.exitCode === null)
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
