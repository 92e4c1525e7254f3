/**
 * Chat text → Command. Accepts "/summit status", "summit status", "/quote pompeo", and platform-split forms.
 * A story command carries its story's keyword; `/quote` without one searches every story.
 */
import { isTimeZone } from '../config.ts';

export type SubscriptionKind = 'digest' | 'alerts';

export type Command =
  | { name: 'status'; story?: string }
  | { name: 'search'; query: string; story?: string }
  | { name: 'sources'; story?: string; offset?: number }
  | { name: 'timeline'; story?: string }
  | { name: 'who'; story?: string; offset?: number }
  | { name: 'digest'; story?: string }
  /** `unknown`: what was not understood; `problem`: what was wrong with an argument, and how to say it. */
  | { name: 'help'; unknown?: string; problem?: string; story?: string }
  | { name: 'quote'; query: string; limit?: number; offset?: number; story?: string }
  /** `time` ("HH:MM") and `zone` (IANA) for a digest; without them the configured schedule. */
  | { name: 'subscribe'; story: string; kind: SubscriptionKind; time?: string; zone?: string }
  /** Without `kind`: every subscription of the story in this channel. */
  | { name: 'unsubscribe'; story: string; kind?: SubscriptionKind }
  | { name: 'subscriptions'; story: string };

/** The commands that read or change a channel's subscriptions: answered by the adapters, not the core. */
export type SubscriptionCommand = Extract<Command, { name: 'subscribe' | 'unsubscribe' | 'subscriptions' }>;

export function isSubscriptionCommand(command: Command): command is SubscriptionCommand {
  return command.name === 'subscribe' || command.name === 'unsubscribe' || command.name === 'subscriptions';
}

/** Longest argument a command takes; chat text beyond it is cut, never processed. */
export const MAX_ARGUMENT_CHARS = 200;

const SUBCOMMANDS = ['status', 'search', 'sources', 'timeline', 'who', 'digest', 'help'] as const;

/** Control characters and invisible format marks carry no meaning in a query. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

function clean(text: string): string {
  return text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_ARGUMENT_CHARS);
}

/** "8:30", "08:30", "8.30", "20h15" → "08:30"; undefined when it is not a time of day. */
export function timeOfDay(text: string): string | undefined {
  const m = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/i.exec(text);
  return m ? `${(m[1] as string).padStart(2, '0')}:${m[2]}` : undefined;
}

/** A zone as the user typed it, in the IANA spelling ("europe/berlin" → "Europe/Berlin"). */
function canonicalZone(text: string): string | undefined {
  if (!isTimeZone(text)) return undefined;
  return new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
}

function kindOf(word: string | undefined): SubscriptionKind | undefined {
  const w = word?.toLowerCase();
  if (w === 'digest' || w === 'digests') return 'digest';
  if (w === 'alerts' || w === 'alert') return 'alerts';
  return undefined;
}

/** `subscribe digest [HH:MM] [zone]` or `subscribe alerts`, or a help command saying what is wrong. */
function parseSubscribe(story: string, words: string[]): Command {
  const k = `/${story}`;
  const usage = `Say what to subscribe to: ${k} subscribe digest [HH:MM] [zone], or ${k} subscribe alerts.`;
  const [what, ...rest] = words;
  const kind = kindOf(what);
  if (!kind) return { name: 'help', story, problem: usage };
  if (kind === 'alerts') {
    return rest.length === 0
      ? { name: 'subscribe', story, kind }
      : { name: 'help', story, problem: `Alerts take no time or zone. ${usage}` };
  }
  if (rest.length === 0) return { name: 'subscribe', story, kind };
  const [timeWord = '', zoneWord, ...extra] = rest;
  const time = timeOfDay(timeWord);
  if (!time) {
    const hint = canonicalZone(timeWord) ? ' A zone goes after a time' : '';
    return {
      name: 'help',
      story,
      problem: `'${timeWord}' is not a time of day.${hint} Give it as HH:MM (24-hour), e.g. ${k} subscribe digest 08:30 Europe/Berlin.`,
    };
  }
  if (zoneWord === undefined) return { name: 'subscribe', story, kind, time };
  const zone = canonicalZone(zoneWord);
  if (!zone || extra.length > 0)
    return {
      name: 'help',
      story,
      problem: `'${[zoneWord, ...extra].join(' ')}' is not a time zone. Use an IANA name such as Europe/Berlin, America/New_York or UTC.`,
    };
  return { name: 'subscribe', story, kind, time, zone };
}

/** Parses the arguments of a story command (`/summit <sub> [args]`); `story` is its keyword. */
export function parseStoryArgs(args: string, story?: string): Command {
  const text = clean(args);
  const [first = '', ...rest] = text.split(' ');
  const sub = first.toLowerCase();
  const arg = rest.join(' ');
  const at = story === undefined ? {} : { story };
  if (sub === '' || sub === 'status' || sub === 'latest') return { name: 'status', ...at };
  if (sub === 'search' || sub === 'find') {
    return arg === ''
      ? { name: 'help', unknown: `${sub} (it needs words to search for)`, ...at }
      : { name: 'search', query: arg, ...at };
  }
  if (sub === 'quote' || sub === 'quotes') return { name: 'quote', query: arg, ...at };
  if (story !== undefined) {
    const words = rest.filter((w) => w !== '');
    if (sub === 'subscribe') return parseSubscribe(story, words);
    if (sub === 'unsubscribe') {
      const kind = kindOf(words[0]);
      if (words.length === 0) return { name: 'unsubscribe', story };
      return kind && words.length === 1
        ? { name: 'unsubscribe', story, kind }
        : { name: 'help', story, problem: `Unsubscribe from what? /${story} unsubscribe [digest | alerts].` };
    }
    if (sub === 'subscriptions') return { name: 'subscriptions', story };
  }
  if ((SUBCOMMANDS as readonly string[]).includes(sub)) return { name: sub, ...at } as Command;
  return { name: 'help', unknown: first, ...at };
}

/** One keyword or several: the callers of old pass the one story's keyword. */
function keywordList(keywords: string | readonly string[]): readonly string[] {
  return typeof keywords === 'string' ? [keywords] : keywords;
}

/**
 * Parses a platform's slash command: its name (`/summit`, `quote`) and its argument text, as Slack sends
 * them and as the Discord adapter rebuilds them from options. The one entry point for every platform, so
 * every argument is cleaned and capped the same way. `keywords`: the stories' commands.
 */
export function parseSlashCommand(name: string, args: string, keywords: string | readonly string[]): Command {
  const command = clean(name).replace(/^\//, '').toLowerCase();
  if (keywordList(keywords).includes(command)) return parseStoryArgs(args, command);
  if (command === 'quote' || command === 'quotes') return { name: 'quote', query: clean(args) };
  return { name: 'help', unknown: `/${command}` };
}

/**
 * Parses a whole chat line. `keywords` are the story commands ("summit"); the first is the story of the
 * console's shorthand ("status", "who", "search kim"). Returns a help command naming what was not
 * understood rather than failing.
 */
export function parseCommand(line: string, keywords: string | readonly string[]): Command {
  const list = keywordList(keywords);
  const text = clean(line);
  const [head = '', ...rest] = text.split(' ');
  const name = head.replace(/^\//, '').toLowerCase();
  const args = rest.join(' ');
  if (list.includes(name)) return parseStoryArgs(args, name);
  if (name === 'quote' || name === 'quotes') return { name: 'quote', query: args };
  if (name === 'help' || name === '') return { name: 'help' };
  // Console shorthand: "status", "who", "search kim" ask the first story.
  const sub = parseStoryArgs(text.replace(/^\//, ''), list[0]);
  return sub.name === 'help' && !sub.unknown?.startsWith('search')
    ? { name: 'help', unknown: head, ...(list[0] ? { story: list[0] } : {}) }
    : sub;
}

/** A page asked for by a button: which command, story, query, and where to start. */
export interface PageRequest {
  command: 'quote' | 'who' | 'sources';
  story?: string;
  query?: string;
  offset: number;
}

/**
 * The command a "next page" button asks for, through the same parser as typed text (its query is cleaned
 * and capped alike). A story that is no longer configured gets help.
 */
export function parsePage(page: PageRequest, keywords: string | readonly string[]): Command {
  const list = keywordList(keywords);
  if (page.story !== undefined && !list.includes(page.story))
    return { name: 'help', unknown: `/${page.story}` };
  const base =
    page.command === 'quote'
      ? page.story
        ? parseStoryArgs(`quote ${page.query ?? ''}`, page.story)
        : parseSlashCommand('/quote', page.query ?? '', list)
      : parseStoryArgs(page.command, page.story ?? list[0]);
  return base.name === 'quote' || base.name === 'who' || base.name === 'sources'
    ? { ...base, offset: page.offset }
    : base;
}
