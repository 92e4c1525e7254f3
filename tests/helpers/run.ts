/** Runs the project's own entry points (src/cli.ts, src/main.ts) as child processes, as a user would. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './corpus.ts';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** Runs `tsx <script> ...args` from the project root with an optional stdin and extra environment. */
export function runScript(
  script: string,
  args: string[],
  options: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
