/**
 * `npm start`: loads the corpus and starts every adapter whose variables are set; with none, the console.
 */
import { runConsole } from './adapters/console.ts';
import type { CommandContext } from './commands/context.ts';
import { ConfigError } from './config.ts';
import { digestComposer } from './digest/preview.ts';
import { previousDigest, readState } from './digest/state.ts';
import { startRuntime } from './runtime.ts';

async function main(): Promise<void> {
  const runtime = await startRuntime();
  const { config, store, log } = runtime;
  const state = await readState(config.digest.stateFile, (reason) =>
    log.warn({ file: config.digest.stateFile, reason }, 'digest state file is corrupt; ignoring it'),
  );
  const previous = previousDigest(state);
  const digest = digestComposer(config, () => previous);
  const context = (): CommandContext => ({ config, now: new Date(), digest });
  await runConsole({
    store,
    context,
    input: process.stdin,
    output: process.stdout,
    log,
    interactive: process.stdin.isTTY === true,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? `invalid configuration:\n${error.message}` : (error as Error).stack}\n`,
  );
  process.exitCode = 2;
});
