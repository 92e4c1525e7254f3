/** Console adapter: a REPL on a terminal, or line-by-line answers for piped input (exits at end of input). */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseCommand } from '../commands/parse.ts';
import { renderText } from '../render/text.ts';
import { type AnswerDeps, answerCommand } from './answer.ts';

export interface ConsoleOptions {
  /** The stories and how to answer them (no rate limit, no subscriptions: they belong to chat channels). */
  deps: AnswerDeps;
  input: Readable;
  output: Writable;
  /** Show a prompt and greeting (interactive terminal). */
  interactive: boolean;
  /** Ends the console as the end of input would (the process got SIGTERM). */
  signal?: AbortSignal;
}

/** Answers one chat line as text; never throws (the same path as chat commands, without a rate limit). */
export function answerLine(line: string, deps: AnswerDeps): string {
  const command = parseCommand(line, deps.stories.keywords);
  const { limiter: _limiter, ...unlimited } = deps;
  return renderText(answerCommand(unlimited, command, 'console'));
}

/** Runs until end of input or "exit". Resolves when done. */
export function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, interactive, deps } = options;
  const rl = createInterface({ input, ...(interactive ? { output, terminal: true } : { terminal: false }) });
  if (interactive) {
    const stories = deps.stories.all;
    const articles = stories.reduce((n, e) => n + e.store.current.articles.length, 0);
    const keyword = deps.stories.first.story.keyword;
    const others =
      stories.length > 1 ? ` Stories: ${stories.map((e) => `/${e.story.keyword}`).join(', ')}.` : '';
    output.write(
      `newsdesk: ${articles} articles loaded.${others} Try /${keyword} status, /quote <name>, /${keyword} help. Ctrl-D to quit.\n`,
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
    if (text !== '') output.write(`${answerLine(text, deps)}\n\n`);
    if (interactive) rl.prompt();
  });
  options.signal?.addEventListener('abort', () => rl.close(), { once: true });
  return new Promise((resolve) => rl.on('close', resolve));
}
