import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingItem } from '../../src/briefing.ts';
import { escapeDiscord, renderDiscord } from '../../src/render/discord.ts';
import { DISCORD, SLACK } from '../../src/render/limits.ts';
import { compactSources } from '../../src/render/sources.ts';
import { escapeMrkdwn, renderSlack } from '../../src/render/slack.ts';
import { renderText } from '../../src/render/text.ts';
import { GOLDEN, golden } from '../helpers/golden.ts';

const briefing = JSON.parse(readFileSync(path.join(GOLDEN, 'briefing.json'), 'utf8')) as Briefing;

describe('renderers match their golden files', () => {
  it('text', () => golden('briefing.txt', `${renderText(briefing)}\n`));
  it('slack', () => golden('briefing.slack.json', `${JSON.stringify(renderSlack(briefing), null, 2)}\n`));
  it('discord', () =>
    golden(
      'briefing.discord.json',
      `${JSON.stringify(renderDiscord(briefing, 'newsdesk · corpus to 2024-01-03'), null, 2)}\n`,
    ));
});

describe('golden files', () => {
  it('a missing golden file fails the test instead of being written', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'newsdesk-golden-'));
    try {
      const saved = process.env.UPDATE_GOLDEN;
      delete process.env.UPDATE_GOLDEN;
      try {
        expect(() => golden('absent.txt', 'x', dir)).toThrow(/missing: run UPDATE_GOLDEN=1/);
      } finally {
        if (saved !== undefined) process.env.UPDATE_GOLDEN = saved;
      }
      expect(existsSync(path.join(dir, 'absent.txt'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('compactSources', () => {
  it('shows two outlets and counts the rest', () => {
    expect(compactSources(briefing.items[0]?.sources ?? [])).toBe('Wire One, Daily Two (+2)');
  });
});

describe('escaping', () => {
  it('makes Slack mentions and links inert', () => {
    const out = escapeMrkdwn('<!channel> <@U123> <https://x|y> & @here');
    expect(out).not.toMatch(/<[!@]/);
    expect(out).toContain('&lt;!channel&gt;');
    expect(out).toContain('&amp;');
    expect(out).not.toMatch(/@here/);
  });

  it('makes Discord mentions and markdown inert', () => {
    const out = escapeDiscord('@everyone <@123> <#9> **bold** _it_ `code`');
    expect(out).not.toMatch(/@everyone|<@|<#/);
    expect(out).toContain('\\*\\*bold\\*\\*');
  });
});

const hostileText = fc.oneof(
  fc.string({ maxLength: 5000 }),
  fc.constantFrom(
    '<!channel>',
    '<!here>',
    '<@U123>',
    '@everyone',
    '@here',
    '<@&1>',
    '*bold*',
    '_x_',
    '`c`',
    '&amp;',
    '> quote',
  ),
  fc.string({ unit: 'grapheme', maxLength: 3000 }),
);
const itemArb: fc.Arbitrary<BriefingItem> = fc.record({
  text: fc.array(hostileText, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
  speaker: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
  sources: fc.array(
    fc.record({
      articleId: fc.string(),
      outlet: fc.string({ maxLength: 200 }),
      title: fc.string({ maxLength: 300 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});
const briefingArb: fc.Arbitrary<Briefing> = fc.record({
  kind: fc.constantFrom('status', 'quotes', 'search', 'help', 'error', 'digest') as fc.Arbitrary<
    Briefing['kind']
  >,
  title: fc.string({ maxLength: 400 }),
  items: fc.array(itemArb, { maxLength: 70 }),
  note: fc.option(fc.string({ maxLength: 2000 }), { nil: undefined }),
});

describe('renderers stay within platform limits for any input', () => {
  it('Slack: ≤ 50 blocks, sections ≤ 3000, header ≤ 150, message under the size limit, no live mentions', () => {
    fc.assert(
      fc.property(briefingArb, (b) => {
        const { blocks } = renderSlack(b);
        expect(blocks.length).toBeLessThanOrEqual(SLACK.blocks);
        let total = 0;
        for (const block of blocks) {
          if (block.type === 'header') expect(block.text?.text.length).toBeLessThanOrEqual(SLACK.headerText);
          // Header text is plain_text, which Slack never parses for mentions; every mrkdwn text must be inert.
          const mrkdwn = [
            block.text?.type === 'mrkdwn' ? block.text.text : '',
            ...(block.elements ?? []).map((e) => (e.type === 'mrkdwn' ? e.text : '')),
          ];
          for (const t of mrkdwn) {
            expect(t.length).toBeLessThanOrEqual(SLACK.sectionText);
            expect(t).not.toMatch(/<[!@#]/);
          }
          total += (block.text?.text.length ?? 0) + mrkdwn.slice(1).reduce((n, t) => n + t.length, 0);
        }
        expect(total).toBeLessThanOrEqual(SLACK.messageChars);
      }),
      { numRuns: 150 },
    );
  });

  it('Discord: every embed and message within limits, mentions never parsed', () => {
    fc.assert(
      fc.property(briefingArb, (b) => {
        for (const m of renderDiscord(b, 'footer')) {
          expect(m.allowed_mentions).toEqual({ parse: [] });
          expect(m.embeds.length).toBeLessThanOrEqual(DISCORD.embedsPerMessage);
          let total = 0;
          for (const e of m.embeds) {
            expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD.embedTitle);
            expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD.embedDescription);
            expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD.footer);
            expect(e.description ?? '').not.toMatch(/@everyone|@here|<@|<#/);
            total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
          }
          expect(total).toBeLessThanOrEqual(DISCORD.charsPerMessage);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('Slack: a 50-item answer with 3,000-character sentences is cut with a "more" note', () => {
    const long: Briefing = {
      kind: 'search',
      title: 'x'.repeat(500),
      items: Array.from({ length: 50 }, (_, i) => ({
        text: `${i} ${'word '.repeat(700)}`,
        sources: [{ articleId: 'a', outlet: 'O', title: 'T' }],
      })),
    };
    const { blocks } = renderSlack(long);
    expect(blocks[0]?.text?.text.length).toBeLessThanOrEqual(150);
    expect(JSON.stringify(blocks)).toMatch(/more not shown/);
  });
});
