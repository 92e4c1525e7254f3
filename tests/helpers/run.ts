/** Runs the project's own entry points (src/cli.ts, src/main.ts) to completion, as a user would. */
import { spawnTsx } from './process.ts';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `tsx <script> ...args` from the project root with an optional stdin and extra environment. */
export async function runScript(
  script: string,
  args: string[],
  options: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RunResult> {
  const run = spawnTsx(script, args, options.env ?? {});
  const timer = setTimeout(() => run.child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
  run.child.stdin.end(options.input ?? '');
  const code = await run.exited;
  clearTimeout(timer);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}
