/**
 * Page tokens: a "next page" button carries the command to run again (which command, story, query, where
 * to start) as an opaque base64url value, so that the button needs no memory on the server and works after
 * a restart or on another instance. Nothing in a token is shown or parsed as markup, and a token from a
 * button press is checked like any other user input.
 */
import type { NextPage } from '../briefing.ts';

const PREFIX = 'pg1.';
/** Discord's custom_id holds 100 characters: a longer token gets no button. */
export const MAX_TOKEN_CHARS = 100;
const COMMANDS: readonly NextPage['command'][] = ['quote', 'who', 'sources'];
const KEYWORD = /^[a-z][a-z0-9-]{0,30}$/;

/** The token for a page, or undefined when it would not fit in a button. */
export function encodePageToken(page: NextPage): string | undefined {
  const token = `${PREFIX}${Buffer.from(
    JSON.stringify([page.command, page.story ?? '', page.offset, page.query ?? '']),
  ).toString('base64url')}`;
  return token.length <= MAX_TOKEN_CHARS ? token : undefined;
}

export function isPageToken(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** What a page token asks for; undefined for anything that is not a token this module made. */
export function decodePageToken(value: string): Omit<NextPage, 'remaining'> | undefined {
  if (!isPageToken(value) || value.length > MAX_TOKEN_CHARS) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return undefined;
  const [command, story, offset, query] = parsed as unknown[];
  if (!COMMANDS.includes(command as NextPage['command'])) return undefined;
  if (typeof story !== 'string' || (story !== '' && !KEYWORD.test(story))) return undefined;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 1 || offset > 100_000)
    return undefined;
  if (typeof query !== 'string') return undefined;
  return {
    command: command as NextPage['command'],
    offset,
    ...(story ? { story } : {}),
    ...(query ? { query } : {}),
  };
}

/** The button's label: how many items are left. */
export function pageLabel(page: NextPage): string {
  return `Show more (${page.remaining} left)`;
}
