import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discordPayloads } from '../../src/adapters/discord.ts';
import { slackResponse } from '../../src/adapters/slack.ts';
import type { Briefing } from '../../src/briefing.ts';
import { parsePage } from '../../src/commands/parse.ts';
import { decodePageToken, encodePageToken, MAX_TOKEN_CHARS } from '../../src/render/paging.ts';
import { PAGE_ACTION } from '../../src/render/slack.ts';
import { liveDiscordMarkup, liveSlackMarkup, stringFields } from '../helpers/payload.ts';

const briefing = (next: Briefing['next']): Briefing => ({
  kind: 'quotes',
  title: 'Ana Ferreira: 9 quotes',
  items: [{ text: 'We came back with more than we asked for.', speaker: 'Ana Ferreira', sources: [] }],
  note: '3 more not shown.',
  ...(next ? { next } : {}),
});

describe('page tokens', () => {
  it('carry the command, story, query and offset, and nothing else', () => {
    const page = { command: 'quote' as const, story: 'strike', query: 'ferreira', offset: 6 };
    expect(decodePageToken(encodePageToken({ ...page, remaining: 3 }) as string)).toEqual(page);
    expect(decodePageToken(encodePageToken({ command: 'who', offset: 15, remaining: 40 }) as string)).toEqual(
      {
        command: 'who',
        offset: 15,
      },
    );
  });

  it('reject anything they did not make', () => {
    for (const value of [
      '',
      'pg1.',
      'pg1.e30',
      `pg1.${Buffer.from(JSON.stringify(['delete', '', 1, ''])).toString('base64url')}`,
      `pg1.${Buffer.from(JSON.stringify(['who', 'Not A Story', 1, ''])).toString('base64url')}`,
      `pg1.${Buffer.from(JSON.stringify(['who', '', -5, ''])).toString('base64url')}`,
      'something-else',
    ])
      expect(decodePageToken(value), value).toBeUndefined();
  });

  it('fit a Discord custom_id, or are not made', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 5000 }), (query, offset) => {
        const token = encodePageToken({ command: 'quote', query, offset, remaining: 1 });
        if (token !== undefined) {
          expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
          expect(token).toMatch(/^pg1\.[A-Za-z0-9_-]+$/);
        }
      }),
    );
  });

  it('ask again through the one parser: the query is cleaned, a story no longer configured gets help', () => {
    expect(parsePage({ command: 'quote', query: 'ferr\u0000eira', offset: 6 }, ['strike', 'flood'])).toEqual({
      name: 'quote',
      query: 'ferr eira',
      offset: 6,
    });
    expect(parsePage({ command: 'who', story: 'flood', offset: 15 }, ['strike', 'flood'])).toEqual({
      name: 'who',
      story: 'flood',
      offset: 15,
    });
    expect(parsePage({ command: 'sources', story: 'gone', offset: 25 }, ['strike'])).toMatchObject({
      name: 'help',
    });
  });
});

describe('the next-page button', () => {
  const next = {
    command: 'quote' as const,
    story: 'strike',
    query: '<!here> @everyone',
    offset: 6,
    remaining: 3,
  };

  it('is a Block Kit button on Slack whose value asks for the next page', () => {
    const { blocks } = slackResponse(briefing(next));
    const actions = blocks.at(-1);
    expect(actions?.type).toBe('actions');
    const button = actions?.elements?.[0];
    expect(button).toMatchObject({
      type: 'button',
      action_id: PAGE_ACTION,
      text: { text: 'Show more (3 left)' },
    });
    expect(decodePageToken((button as { value: string }).value)).toMatchObject({
      offset: 6,
      story: 'strike',
    });
  });

  it('is a button component on Discord whose custom_id asks for the next page', () => {
    const [payload] = discordPayloads(briefing(next), 'newsdesk');
    const button = payload?.components?.[0]?.components[0];
    expect(button).toMatchObject({ type: 2, style: 2, label: 'Show more (3 left)' });
    expect(decodePageToken(button?.custom_id ?? '')).toMatchObject({ offset: 6, query: '<!here> @everyone' });
  });

  it('keeps every field inert, the button value and label included', () => {
    for (const { path, text } of stringFields(slackResponse(briefing(next))))
      expect(liveSlackMarkup(text), path).toBeUndefined();
    for (const { path, text } of stringFields(discordPayloads(briefing(next), 'newsdesk')))
      expect(liveDiscordMarkup(text), path).toBeUndefined();
  });

  it('is left out when there is no next page, or its token would not fit', () => {
    expect(slackResponse(briefing(undefined)).blocks.some((b) => b.type === 'actions')).toBe(false);
    const long = { ...next, query: 'x'.repeat(200) };
    expect(slackResponse(briefing(long)).blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(discordPayloads(briefing(long), 'newsdesk')[0]?.components).toBeUndefined();
  });
});
