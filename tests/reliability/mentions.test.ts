import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discordPayloads, fallbackPayload } from '../../src/adapters/discord.ts';
import { slackResponse } from '../../src/adapters/slack.ts';
import type { Briefing, BriefingItem, SourceRef } from '../../src/briefing.ts';
import { handleCommand } from '../../src/commands/handle.ts';
import { parseSlashCommand } from '../../src/commands/parse.ts';
import { splitSentences } from '../../src/corpus/sentences.ts';
import { buildIndex } from '../../src/index/newsIndex.ts';
import { escapeDiscord } from '../../src/render/discord.ts';
import { escapeMrkdwn } from '../../src/render/slack.ts';
import { articleOf, indexOf, NOW, testConfig } from '../helpers/corpus.ts';
import {
  liveDiscordFormatting,
  liveDiscordMarkup,
  liveSlackFormatting,
  liveSlackMarkup,
  stringFields,
} from '../helpers/payload.ts';

const config = testConfig();

/** What users and articles can type to ping, link or format. */
const MARKUP = [
  '<!here>',
  '<!channel>',
  '<!everyone>',
  '<@U123ABC>',
  '<#C0123|general>',
  '<!subteam^S123>',
  '<https://evil.example|click me>',
  '<mailto:a@b.c|mail>',
  '@here',
  '@channel',
  '@everyone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&987654321098765432>',
  '<#123456789012345678>',
  '</summit:1234>',
  '<:smile:123>',
  '<a:wave:123>',
  '<t:1700000000:R>',
  '[click](https://evil.example)',
  '*bold*',
  '_it_',
  '~strike~',
  '`code`',
  '**b**',
  '__u__',
  '||spoiler||',
  '> quote',
  '# head',
  '&amp;',
  '&lt;!here&gt;',
  '\n',
];
const hostile = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 12 })), { maxLength: 8 })
      .map((p) => p.join(' ')),
  },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...MARKUP), { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);
const url = fc.oneof(
  fc.constant(undefined),
  fc.webUrl(),
  hostile,
  hostile.map((h) => `https://x.example/${h}`),
);
const source: fc.Arbitrary<SourceRef> = fc
  .record({
    articleId: fc.string({ maxLength: 10 }),
    outlet: hostile,
    title: hostile,
    published: fc.option(hostile, { nil: undefined }),
    url: url,
  })
  .map(({ url: u, ...rest }) => (u === undefined ? rest : { ...rest, url: u }));
const item: fc.Arbitrary<BriefingItem> = fc
  .record({
    text: hostile,
    speaker: fc.option(hostile, { nil: undefined }),
    when: fc.option(hostile, { nil: undefined }),
    story: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), { nil: undefined }),
    sources: fc.array(source, { maxLength: 14 }),
  })
  .map(({ speaker, when, story, ...rest }) => ({
    ...rest,
    ...(speaker === undefined ? {} : { speaker }),
    ...(when === undefined ? {} : { when }),
    ...(story === undefined ? {} : { story }),
  }));
/** A next page: its query is what a user typed. */
const next = fc.option(
  fc.record({
    command: fc.constantFrom('quote' as const, 'who' as const, 'sources' as const),
    query: hostile,
    offset: fc.integer({ min: 1, max: 500 }),
    remaining: fc.integer({ min: 1, max: 500 }),
  }),
  { nil: undefined },
);
const briefing: fc.Arbitrary<Briefing> = fc
  .record({
    kind: fc.constantFrom(
      'status',
      'quotes',
      'search',
      'sources',
      'timeline',
      'who',
      'digest',
      'help',
      'error',
      'alert',
      'subscriptions',
    ),
    title: hostile,
    items: fc.array(item, { maxLength: 12 }),
    note: fc.option(hostile, { nil: undefined }),
    next,
  })
  .map(({ note, next: page, ...rest }) => ({
    ...rest,
    ...(note === undefined ? {} : { note }),
    ...(page === undefined ? {} : { next: page }),
  }));

/** Fails with the field's path if any string of the Slack payload could ping, link or break out. */
function expectInertSlack(b: Briefing): void {
  const payload = slackResponse(b);
  for (const { path, text } of stringFields(payload)) {
    expect(liveSlackMarkup(text), `${path}: ${JSON.stringify(text)}`).toBeUndefined();
    // Only the header is plain_text (a word joiner keeps its "<" inert); every mrkdwn field has no raw "<"
    // besides newsdesk's own source links.
    if (!/^blocks\.0\./.test(path)) {
      expect(text.replace(/<https?:\/\/[^\s<>|]+\|[^<>|]*>/g, ''), path).not.toContain('<');
    }
  }
}

/** Fails with the field's path if any string of the Discord payloads could ping or be a token. */
function expectInertDiscord(b: Briefing): void {
  const payloads = [
    ...discordPayloads(b, 'newsdesk · articles up to <@1> @everyone'),
    fallbackPayload('summit'),
  ];
  for (const p of payloads) expect(p.allowedMentions).toEqual({ parse: [] });
  for (const { path, text } of stringFields(payloads)) {
    expect(liveDiscordMarkup(text), `${path}: ${JSON.stringify(text)}`).toBeUndefined();
  }
}

describe('nothing a user or an article supplies can ping anyone, in any field of any payload', () => {
  it('any briefing: Slack top-level text, every block and button; Discord content, embeds and components', () => {
    fc.assert(
      fc.property(briefing, (b) => {
        expectInertSlack(b);
        expectInertDiscord(b);
      }),
      { numRuns: 300 },
    );
  });

  it('any query, through the one parser and every command', async () => {
    const { index } = await indexOf();
    fc.assert(
      fc.property(
        fc.constantFrom('/summit', '/quote'),
        fc.constantFrom('', 'search ', 'quote ', 'help ', 'who ', 'nonsense '),
        hostile,
        (command, sub, words) => {
          const b = handleCommand(index, parseSlashCommand(command, `${sub}${words}`, 'summit'), {
            config,
            now: NOW,
          });
          expectInertSlack(b);
          expectInertDiscord(b);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any article: its text, outlet, title and URL, through every command', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostile, hostile, hostile, url), { minLength: 1, maxLength: 3 }),
        (specs) => {
          const articles = specs.map(([text, outlet, title, link], n) => {
            const body = `Minister Ada Quill said "${text}" on Monday. ${text} The talks went on, Quill said.`;
            const a = articleOf(`h${n}`, [splitSentences(body)], {
              outlet,
              title,
              published: `2024-01-0${n + 1}`,
            });
            return link === undefined ? a : { ...a, url: link };
          });
          const index = buildIndex(articles, [], NOW);
          for (const line of [
            'status',
            'sources',
            'timeline',
            'who',
            'search minister talks',
            'quote quill',
          ]) {
            const b = handleCommand(index, parseSlashCommand('/summit', line, 'summit'), {
              config,
              now: NOW,
            });
            expectInertSlack(b);
            expectInertDiscord(b);
          }
          const quotes = handleCommand(index, parseSlashCommand('/quote', '', 'summit'), {
            config,
            now: NOW,
          });
          expectInertSlack(quotes);
          expectInertDiscord(quotes);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('article text cannot format a message', () => {
  it('Slack: no *bold*, _italic_, ~strike~ or `code` survives escaping, whatever the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(liveSlackFormatting(escapeMrkdwn(text))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('Slack: an article sentence with marks renders without a span, and plain marks stay as they were', () => {
    const b: Briefing = {
      kind: 'search',
      title: 'Search: *win*',
      items: [{ text: 'We will *win* and _fight_ ~on~ `now`; 2 * 3 = 6 in snake_case.', sources: [] }],
    };
    const { text, blocks } = slackResponse(b);
    const section = blocks.find((x) => x.type === 'section')?.text?.text ?? '';
    expect(liveSlackFormatting(section)).toBeUndefined();
    expect(liveSlackFormatting(text)).toBeUndefined();
    expect(section.replace(/\u200b/g, '')).toBe(
      'We will *win* and _fight_ ~on~ `now`; 2 * 3 = 6 in snake_case.',
    );
    expect(section).toContain('2 * 3 = 6 in snake_case.');
  });

  it('Discord: every markdown mark in article text is escaped', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(liveDiscordFormatting(escapeDiscord(text))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
