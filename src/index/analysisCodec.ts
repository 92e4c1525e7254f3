/**
 * An article's analysis (its chains of mentions and attributed quotes) as one compact string, and back.
 * The store keeps every article's analysis so that a change re-analyses only the changed articles; as
 * objects (a Map or Set per field of every entity) they took about 17 KB per article, 170 MB at 10,000
 * articles, and as positional JSON about a tenth of that. A string also crosses from a build worker in one
 * copy instead of a graph of objects to rebuild on the main thread. Every full build decodes every
 * article's analysis and drops it once the snapshot is made, so only what linking across articles reads is
 * kept (`LinkedEntity`) and chains without counts share one empty map: about 8 KB per article decoded.
 */
import { type LinkedEntity, NO_COUNTS, NO_FORMS } from '../people/fullNames.ts';
import type { QuoteSpeaker, RawQuote } from '../quotes/attribute.ts';
import type { ArticleAnalysis } from '../quotes/catalog.ts';

type EncodedEntity = [
  id: number,
  tokens: string[],
  full: 0 | 1,
  surname: string,
  forms: (string | number)[],
  shortForms: string[],
  male: number,
  female: number,
  roles: (string | number)[],
  mentions: number,
  personal: number,
  speaks: number,
  locative: number,
  key: string,
  unquoted: number,
  age?: number | null,
];

/** Speaker: null for none, a number for an entity of the article, a string for an organisation. */
type EncodedQuote = [paragraph: number, text: string, speaker: number | string | null, rule: string];

type EncodedAnalysis = [articleId: string, published: string | null, EncodedEntity[], EncodedQuote[]];

function flat(map: ReadonlyMap<string, number>): (string | number)[] {
  const out: (string | number)[] = [];
  for (const [k, v] of map) out.push(k, v);
  return out;
}

function unflat(list: (string | number)[]): ReadonlyMap<string, number> {
  if (list.length === 0) return NO_COUNTS;
  const map = new Map<string, number>();
  for (let i = 0; i < list.length; i += 2) map.set(list[i] as string, list[i + 1] as number);
  return map;
}

function encodeSpeaker(speaker: QuoteSpeaker): number | string | null {
  if (speaker === undefined) return null;
  return speaker.kind === 'entity' ? speaker.entity : speaker.name;
}

function decodeSpeaker(speaker: number | string | null): QuoteSpeaker {
  if (speaker === null) return undefined;
  return typeof speaker === 'number' ? { kind: 'entity', entity: speaker } : { kind: 'org', name: speaker };
}

export function encodeAnalysis(a: ArticleAnalysis): string {
  const entities = a.entities.map(
    (e): EncodedEntity => [
      e.id,
      e.tokens,
      e.full ? 1 : 0,
      e.surname,
      flat(e.forms),
      [...e.shortForms],
      e.votes.m,
      e.votes.f,
      flat(e.roles),
      e.mentions,
      e.personal,
      e.speaks,
      e.locative,
      e.key,
      e.unquoted,
      e.age ?? null,
    ],
  );
  const quotes = a.quotes.map((q): EncodedQuote => [q.paragraph, q.text, encodeSpeaker(q.speaker), q.rule]);
  const encoded: EncodedAnalysis = [a.articleId, a.published ?? null, entities, quotes];
  return JSON.stringify(encoded);
}

export function decodeAnalysis(text: string): ArticleAnalysis {
  const [articleId, published, entities, quotes] = JSON.parse(text) as EncodedAnalysis;
  return {
    articleId,
    ...(published === null ? {} : { published }),
    entities: entities.map(
      (e): LinkedEntity => ({
        id: e[0],
        tokens: e[1],
        full: e[2] === 1,
        surname: e[3],
        forms: unflat(e[4]),
        shortForms: e[5].length === 0 ? NO_FORMS : new Set(e[5]),
        votes: { m: e[6], f: e[7] },
        roles: unflat(e[8]),
        mentions: e[9],
        personal: e[10],
        speaks: e[11],
        locative: e[12],
        key: e[13],
        // (An analysis encoded before the count was kept: every mention counted outside quotations.)
        unquoted: e[14] ?? e[9],
        ...(e[15] === undefined || e[15] === null ? {} : { age: e[15] }),
      }),
    ),
    quotes: quotes.map(
      (q): RawQuote => ({ paragraph: q[0], text: q[1], speaker: decodeSpeaker(q[2]), rule: q[3] }),
    ),
  };
}
