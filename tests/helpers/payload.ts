/** Walks platform payloads: every string in every field, and what would make one ping or format. */

/** Every string leaf of a JSON-like value, with its path ("blocks.3.text.text"). */
export function stringFields(value: unknown, at = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringFields(v, at ? `${at}.${i}` : String(i)));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringFields(v, at ? `${at}.${k}` : k));
  return [];
}

/** A link newsdesk writes itself in Slack: `<https://…|label>` with a URL that has no space, <, > or |. */
const OWN_SLACK_LINK = /<https?:\/\/[^\s<>|]+\|[^<>|]*>/g;

/**
 * What in a Slack string would be a mention, a broadcast or a link: any `<` left after newsdesk's own
 * source links (`<!here>`, `<@U1>`, `<#C1>`, `<!subteam^…>`, `<http://x|y>`), or a bare "@here" word.
 */
export function liveSlackMarkup(text: string): string | undefined {
  const rest = text.replace(OWN_SLACK_LINK, '');
  const angle = rest.match(/<(?!\u2060)[^\s]/);
  if (angle) return angle[0];
  return rest.match(/(?<![\w\u2060])@(?:here|channel|everyone)\b/i)?.[0];
}

/**
 * A masked link newsdesk writes itself on Discord: an escaped label (no unescaped bracket) and an http(s)
 * URL with no space, parenthesis, bracket, angle bracket or backslash.
 */
const OWN_DISCORD_LINK = /(?<!\\)\[((?:\\.|[^\\[\]])+)\]\(https?:\/\/[^\s()<>[\]\\]+\)/g;

/**
 * What in a Discord string would be a mention or a markup token: @everyone / @here, `<@1>`, `<@!1>`,
 * `<@&1>`, `<#1>`, `</cmd:1>`, `<:e:1>`, `<a:e:1>`, `<t:1>`, or a masked link `[x](http…)` other than
 * newsdesk's own source links.
 */
export function liveDiscordMarkup(text: string): string | undefined {
  // A link's label is still checked; its URL is only a target.
  const rest = text.replace(OWN_DISCORD_LINK, '$1');
  return (
    rest.match(/@(?:everyone|here)\b/i)?.[0] ??
    rest.match(/<(?:@[!&]?\d|#\d|\/|a?:\w|t:\d)/)?.[0] ??
    rest.match(/(?<!\\)\[[^\]]*(?<!\\)\]\((?:https?:)?\/\//)?.[0]
  );
}

/**
 * A Slack mrkdwn formatting span that would render (`*b*`, `_i_`, `~s~`, `` `c` ``): a mark that can open
 * (after a non-word character, before a non-space) and a later one on the same line that can close. Run
 * twice, reading a zero-width space once as a space and once as a letter: an escape must hold either way.
 */
export function liveSlackFormatting(text: string): string | undefined {
  for (const zwspIsSpace of [true, false]) {
    const isSpace = (c: string | undefined) =>
      c === undefined || /\s/.test(c) || (zwspIsSpace && c === '\u200b');
    const isWord = (c: string | undefined) =>
      c !== undefined && (/[\p{L}\p{N}]/u.test(c) || (!zwspIsSpace && c === '\u200b'));
    for (const line of text.split('\n')) {
      for (let i = 0; i < line.length; i++) {
        const mark = line[i] as string;
        if (!'*_~`'.includes(mark) || isWord(line[i - 1]) || isSpace(line[i + 1])) continue;
        for (let j = i + 2; j < line.length; j++) {
          if (line[j] === mark && !isSpace(line[j - 1]) && !isWord(line[j + 1])) return line.slice(i, j + 1);
        }
      }
    }
  }
  return undefined;
}

/** A Discord markdown mark in user text that no backslash escapes. */
export function liveDiscordFormatting(text: string): string | undefined {
  return text.match(/(?<!\\)(?:\\\\)*[*_~`|[\]()>]/)?.[0];
}
