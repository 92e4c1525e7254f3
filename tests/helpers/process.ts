/** Starts `npm start` (src/main.ts) as a child process and waits for log lines, as an operator would. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import path from 'node:path';
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
