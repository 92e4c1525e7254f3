import { describe, expect, it } from 'vitest';
import { cleanArticle, compileCleaningRules } from '../../src/corpus/clean.ts';
import { buildIndex } from '../../src/index/newsIndex.ts';
import { timelineBriefing } from '../../src/summary/timeline.ts';
import { articleOf, NOW, testConfig } from '../helpers/corpus.ts';

const timelineOf = (paragraphs: string[][]) =>
  timelineBriefing(
    buildIndex([articleOf('a', paragraphs, { outlet: 'Coastal Gazette', published: '2025-10-14' })], [], NOW),
    20,
    30,
    'Timeline',
  );

describe('timeline events are the reporter’s, not someone’s words', () => {
  it('leaves out a sentence of a quotation in single marks and the first-person rest of one', () => {
    const b = timelineOf([
      ['The river burst through the flood wall in Valemont on Monday, forcing 300 people from their homes.'],
      ['‘Our thoughts are with the family of the man we found on Monday.'],
      [
        'The harbour master said: “We closed the quay on Sunday. We lost the wall on Monday and we are still pumping.”',
      ],
    ]);
    const texts = b.items.map((i) => i.text);
    expect(texts.some((t) => t.startsWith('The river burst through'))).toBe(true);
    expect(texts.some((t) => t.includes('Our thoughts'))).toBe(false);
    expect(texts.some((t) => t.startsWith('We lost the wall'))).toBe(false);
  });
});

describe('timeline events from an interview transcript', () => {
  it('takes none from the turns, whoever speaks them', () => {
    const b = timelineOf([
      ['The river burst through the flood wall in Valemont on Monday, forcing 300 people from their homes.'],
      [
        'NELL PRATHER: The council opened the emergency shelter at the Valemont leisure centre on Sunday night.',
        'How many people are there now?',
      ],
      [
        'OSKAR LINDGREN: About ninety.',
        'The army brought the camp beds in on Monday afternoon from the depot.',
      ],
    ]);
    const texts = b.items.map((i) => i.text);
    expect(texts.some((t) => t.startsWith('The river burst through'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/shelter|camp beds/);
  });
});

describe('page furniture', () => {
  it('drops a "Published … | Updated …" stamp, keeps prose that starts with "Published"', () => {
    const rules = compileCleaningRules(testConfig().cleaning);
    const raw = [
      'Published Oct. 12, 2025 at 4:47 p.m. | Updated Oct. 12, 2025 at 7:15 p.m.',
      'Published in March, the inspection report found moderate seepage under the flood wall.',
    ].join('\n\n');
    expect(cleanArticle(raw, rules).paragraphs).toEqual([
      'Published in March, the inspection report found moderate seepage under the flood wall.',
    ]);
  });
});
