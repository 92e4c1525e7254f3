import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { handleCommand } from '../../src/commands/handle.ts';
import { parseArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/types.ts';
import { buildIndex, type NewsIndex } from '../../src/index/newsIndex.ts';
import { IndexStore } from '../../src/index/store.ts';
import { turn } from '../../src/steps.ts';
import { loadOptions, NOW, testConfig } from '../helpers/corpus.ts';

const { rules } = loadOptions();
function article(id: string, body: string, published = '2023-12-30'): Article {
  const text = `---\noutlet: Quay Ledger\ntitle: "Harbour strike, day ${id}"\npublished: ${published}\n---\n${body}\n\nThe harbour strike entered its third week as talks in Valemont stalled.\n`;
  return parseArticle(id, path.join('/added', `${id}.md`), text, 1, rules);
}

function quote(index: NewsIndex, query: string) {
  return handleCommand(index, { name: 'quote', query }, { config: testConfig(), now: NOW });
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-quote-during-add-'));
  const files = generateCorpus(250, 17).files;
  await Promise.all(files.map((f) => writeFile(path.join(dir, `${f.id}.md`), f.text)));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('/quote while an article is added', { timeout: 120_000 }, () => {
  it('answers as a full build with the article does, from the moment update resolves until the rebuild is in', async () => {
    const config = { ...testConfig(), index: { ...testConfig().index, rebuildDelayMs: 0 } };
    const store = await IndexStore.open(dir, config, { now: () => NOW });
    try {
      const known = store.current.speakers.speakers[0];
      if (!known) throw new Error('the synthetic corpus quotes no one');
      const said = (store.current.quotesBySpeaker.get(known.key) ?? [])[0]?.text ?? '';
      const surname = known.name.split(' ').at(-1) as string;
      const adds = [
        // Someone never quoted before, by full name and then by surname alone.
        article(
          'add-1',
          "“We will sit here until the cranes move,” Odile Brackenbury, the stewards' leader, said.",
        ),
        article('add-2', '“Not one ship leaves tonight,” Brackenbury said later.', '2023-12-31'),
        // Someone already quoted: the same words again (another source for the quote), then new words.
        article('add-3', `“${said},” ${known.name} said on Saturday.`),
        article('add-4', `“The offer is still on the table,” ${known.name} told the Quay Ledger.`),
      ];
      const queries = ['brackenbury', 'Odile Brackenbury', 'brakenbury', surname.toLowerCase(), known.name];
      for (const added of adds) {
        const report = await store.update({ upserts: [added], removals: [] }, NOW);
        expect(report.applied).toBe('delta');
        const expected = buildIndex(store.current.articles, store.current.errors, NOW);
        const answers = () => queries.map((q) => quote(store.current, q));
        const full = queries.map((q) => quote(expected, q));
        // As soon as the update is served, at every turn while the rebuild runs, and once it is in.
        expect(answers()).toEqual(full);
        const settled = store.settled();
        let done = false;
        void settled.then(() => {
          done = true;
        });
        let turns = 0;
        while (!done) {
          expect(answers()).toEqual(full);
          await turn();
          turns++;
        }
        await settled;
        expect(turns).toBeGreaterThan(0);
        expect(answers()).toEqual(full);
      }
      // The answers show what was added, with its source.
      const brackenbury = quote(store.current, 'brackenbury');
      expect(brackenbury.items.map((i) => i.sources[0]?.articleId)).toEqual(['add-2', 'add-1']);
      const again = quote(store.current, known.name).items.find((i) => i.text === said);
      expect(again?.sources.map((s) => s.articleId)).toContain('add-3');
    } finally {
      await store.close();
    }
  });
});
