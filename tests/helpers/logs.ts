/** A logger whose lines are kept in memory, for asserting on what was (and was not) logged. */
import { createLogger, type Logger } from '../../src/log.ts';

export function memoryLogger(secrets: string[] = [], level = 'debug'): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = createLogger(level, secrets, {
    write(line: string) {
      lines.push(line);
    },
  });
  return { log, lines };
}
