/** Chat text → Command. Accepts "/summit status", "summit status", "/quote pompeo", and platform-split forms. */

export type Command =
  | { name: 'status' }
  | { name: 'search'; query: string }
  | { name: 'sources' }
  | { name: 'timeline' }
  | { name: 'who' }
  | { name: 'digest' }
  | { name: 'help'; unknown?: string }
  | { name: 'quote'; query: string; limit?: number };

/** Longest argument a command takes; chat text beyond it is cut, never processed. */
export const MAX_ARGUMENT_CHARS = 200;

const SUBCOMMANDS = ['status', 'search', 'sources', 'timeline', 'who', 'digest', 'help'] as const;

/** Control characters and invisible format marks carry no meaning in a query. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

function clean(text: string): string {
  return text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_ARGUMENT_CHARS);
}

/** Parses the arguments of the story command (`/summit <sub> [args]`). */
export function parseStoryArgs(args: string): Command {
  const text = clean(args);
  const [first = '', ...rest] = text.split(' ');
  const sub = first.toLowerCase();
  const arg = rest.join(' ');
  if (sub === '' || sub === 'status' || sub === 'latest') return { name: 'status' };
  if (sub === 'search' || sub === 'find') {
    return arg === ''
      ? { name: 'help', unknown: `${sub} (it needs words to search for)` }
      : { name: 'search', query: arg };
  }
  if (sub === 'quote' || sub === 'quotes') return { name: 'quote', query: arg };
  if ((SUBCOMMANDS as readonly string[]).includes(sub)) return { name: sub } as Command;
  return { name: 'help', unknown: first };
}

/**
 * Parses a platform's slash command: its name (`/summit`, `quote`) and its argument text, as Slack sends
 * them and as the Discord adapter rebuilds them from options. The one entry point for every platform, so
 * every argument is cleaned and capped the same way.
 */
export function parseSlashCommand(name: string, args: string, keyword: string): Command {
  const command = clean(name).replace(/^\//, '').toLowerCase();
  if (command === keyword) return parseStoryArgs(args);
  if (command === 'quote' || command === 'quotes') return { name: 'quote', query: clean(args) };
  return { name: 'help', unknown: `/${command}` };
}

/**
 * Parses a whole chat line. `keyword` is the story command ("summit"). Returns a help command naming what
 * was not understood rather than failing.
 */
export function parseCommand(line: string, keyword: string): Command {
  const text = clean(line);
  const [head = '', ...rest] = text.split(' ');
  const name = head.replace(/^\//, '').toLowerCase();
  const args = rest.join(' ');
  if (name === keyword) return parseStoryArgs(args);
  if (name === 'quote' || name === 'quotes') return { name: 'quote', query: args };
  if (name === 'help' || name === '') return { name: 'help' };
  // Console shorthand: "status", "who", "search kim".
  const sub = parseStoryArgs(text.replace(/^\//, ''));
  return sub.name === 'help' && !sub.unknown?.startsWith('search') ? { name: 'help', unknown: head } : sub;
}
