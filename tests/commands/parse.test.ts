import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandFromInteraction } from '../../src/adapters/discord.ts';
import { MAX_ARGUMENT_CHARS, parseCommand, parseSlashCommand } from '../../src/commands/parse.ts';

/** A stand-in for a discord.js chat-input interaction: just what the adapter reads from one. */
function interaction(
  commandName: string,
  sub: string | null,
  strings: Record<string, string>,
  group: string | null = null,
) {
  return {
    commandName,
    options: {
      getSubcommandGroup: () => group,
      getSubcommand: () => sub,
      getString: (name: string) => strings[name] ?? null,
    },
  } as unknown as Parameters<typeof commandFromInteraction>[0];
}

const HOSTILE = `a\u0000b\u001b[31mc\r\nd\u2028e\u202Ef ${'x'.repeat(10_240)}`;

describe('parseSlashCommand (every platform)', () => {
  it('cleans and caps a /quote argument as it does a story argument', () => {
    const quote = parseSlashCommand('/quote', HOSTILE, 'summit');
    expect(quote.name).toBe('quote');
    if (quote.name !== 'quote') return;
    expect(quote.query).not.toMatch(/[\p{Cc}\u2028\u202e]/u);
    expect(quote.query.startsWith('a b [31mc d e f')).toBe(true);
    expect(quote.query.length).toBeLessThanOrEqual(MAX_ARGUMENT_CHARS);
  });

  it('answers an unknown command name with help naming it', () => {
    expect(parseSlashCommand('/weather', 'today', 'summit')).toEqual({ name: 'help', unknown: '/weather' });
  });

  it('reads a story command with another keyword', () => {
    expect(parseSlashCommand('/storm', 'search levee', 'storm')).toEqual({
      name: 'search',
      query: 'levee',
      story: 'storm',
    });
  });

  it('gives Slack, Discord and the console the same command for the same words', () => {
    const words = fc.string({ unit: 'binary', maxLength: 120 });
    fc.assert(
      fc.property(
        fc.constantFrom('status', 'search', 'who', 'timeline', 'sources', 'help'),
        words,
        (sub, w) => {
          const slack = parseSlashCommand('/summit', `${sub} ${w}`, 'summit');
          expect(commandFromInteraction(interaction('summit', sub, { words: w }), 'summit')).toEqual(slack);
          expect(parseCommand(`/summit ${sub} ${w}`, 'summit')).toEqual(slack);
        },
      ),
      { numRuns: 120 },
    );
    fc.assert(
      fc.property(words, (w) => {
        const slack = parseSlashCommand('/quote', w, 'summit');
        expect(commandFromInteraction(interaction('quote', null, { speaker: w }), 'summit')).toEqual(slack);
        expect(parseCommand(`/quote ${w}`, 'summit')).toEqual(slack);
      }),
      { numRuns: 120 },
    );
  });

  it('cleans a Discord option as it cleans Slack text', () => {
    const c = commandFromInteraction(interaction('summit', 'search', { words: HOSTILE }), 'summit');
    expect(c).toEqual(parseSlashCommand('/summit', `search ${HOSTILE}`, 'summit'));
    expect(JSON.stringify(c)).not.toMatch(/\\u00(0|1)/);
  });
});
