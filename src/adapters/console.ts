/** Console adapter: a REPL on a terminal, or line-by-line answers for piped input (exits at end of input). */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext } from '../commands/context.ts';
import { parseCommand } from '../commands/parse.ts';
import type { IndexStore } from '../index/store.ts';
import type { Logger } from '../log.ts';
import { renderText } from '../render/text.ts';
import { answerCommand } from './answer.ts';

export interface ConsoleOptions {
  store: IndexStore;
  context: () => CommandContext;
  input: Readable;
  output: Writable;
  log: Logger;
  /** Show a prompt and greeting (interactive terminal). */
  interactive: boolean;
  /** Ends the console as the end of input would (the process got SIGTERM). */
  signal?: AbortSignal;
}

/** Answers one chat line as text; never throws (the same path as chat commands, without a rate limit). */
export function answerLine(line: string, store: IndexStore, ctx: CommandContext, log: Logger): string {
  const command = parseCommand(line, ctx.config.story.keyword);
  const keyword = ctx.config.story.keyword;
  return renderText(answerCommand({ store, log, keyword, context: () => ctx }, command, 'console'));
}

/** Runs until end of input or "exit". Resolves when done. */
export function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, interactive, store, log } = options;
  const rl = createInterface({ input, ...(interactive ? { output, terminal: true } : { terminal: false }) });
  const keyword = options.context().config.story.keyword;
  if (interactive) {
    output.write(
      `newsdesk: ${store.current.articles.length} articles loaded. Try /${keyword} status, /quote <name>, /${keyword} help. Ctrl-D to quit.\n`,
    );
    rl.setPrompt('newsdesk> ');
    rl.prompt();
  }
  rl.on('line', (line) => {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') {
      rl.close();
      return;
    }
    if (text !== '') output.write(`${answerLine(text, store, options.context(), log)}\n\n`);
    if (interactive) rl.prompt();
  });
  options.signal?.addEventListener('abort', () => rl.close(), { once: true });
  return new Promise((resolve) => rl.on('close', resolve));
}
