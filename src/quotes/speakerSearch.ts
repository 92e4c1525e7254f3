/**
 * Finding a speaker from what a user typed. Exact alias look-up first ("kim jong-un", "secretary pompeo");
 * then each typed word is corrected against the words of all aliases (SymSpell-style, a few map look-ups);
 * fuse.js over the aliases only when that finds nothing (partial words while typing, several typos), where
 * its cost is bounded by the number of speakers.
 */
import Fuse from 'fuse.js';
import { FuzzyVocabulary } from '../index/fuzzyVocabulary.ts';
import { comparable } from '../text/normalize.ts';
import type { Quote } from './catalog.ts';
import type { PeopleDirectory } from './people.ts';
import { compareText } from '../text/compare.ts';

export interface Speaker {
  key: string;
  name: string;
  kind: 'person' | 'org';
  role?: string;
  quoteCount: number;
}

interface AliasEntry {
  alias: string;
  key: string;
}

/** Each edit a typed word needs costs this share of its match. */
const EDIT_PENALTY = 0.25;

export class SpeakerSearch {
  readonly speakers: Speaker[];
  readonly #byKey = new Map<string, Speaker>();
  readonly #exact = new Map<string, string>();
  readonly #byWord = new Map<string, Set<string>>();
  readonly #words = new FuzzyVocabulary();
  readonly #entries: AliasEntry[] = [];
  #fuse: Fuse<AliasEntry> | undefined;
  #loose: Fuse<Speaker> | undefined;

  constructor(quotes: readonly Quote[], people: PeopleDirectory) {
    for (const q of quotes) {
      if (q.speakerKind === 'unknown') continue;
      const s = this.#byKey.get(q.speakerKey);
      if (s) s.quoteCount++;
      else {
        this.#byKey.set(q.speakerKey, {
          key: q.speakerKey,
          name: q.speaker,
          kind: q.speakerKind,
          ...(q.role ? { role: q.role } : {}),
          quoteCount: 1,
        });
      }
    }
    this.speakers = [...this.#byKey.values()].sort(
      (a, b) => b.quoteCount - a.quoteCount || compareText(a.name, b.name),
    );
    for (const speaker of this.speakers) {
      const person = speaker.kind === 'person' ? people.resolve(speaker.name) : undefined;
      const aliases = new Set([speaker.key, comparable(speaker.name), ...(person?.aliases ?? [])]);
      for (const alias of aliases) {
        this.#entries.push({ alias, key: speaker.key });
        if (!this.#exact.has(alias)) this.#exact.set(alias, speaker.key);
        for (const word of alias.split(' ')) {
          if (word === '') continue;
          this.#words.add(word);
          const keys = this.#byWord.get(word) ?? new Set<string>();
          keys.add(speaker.key);
          this.#byWord.set(word, keys);
        }
      }
    }
  }

  get(key: string): Speaker | undefined {
    return this.#byKey.get(key);
  }

  /** The speaker one of whose aliases is exactly the query (case, accents and punctuation aside). */
  exact(query: string): Speaker | undefined {
    const key = this.#exact.get(comparable(query));
    return key === undefined ? undefined : this.#byKey.get(key);
  }

  /** Speakers matching the query, best first (at most `limit`). */
  find(query: string, limit = 5): Speaker[] {
    const q = comparable(query);
    if (q === '') return [];
    const exact = this.#exact.get(q);
    const found = exact ? [this.#byKey.get(exact) as Speaker] : [];
    for (const s of this.#byCorrectedWords(q)) {
      if (found.length >= limit) break;
      if (!found.includes(s)) found.push(s);
    }
    if (found.length === 0) {
      this.#fuse ??= new Fuse(this.#entries, { keys: ['alias'], threshold: 0.4, ignoreLocation: true });
      for (const hit of this.#fuse.search(q, { limit: limit * 4 })) {
        const speaker = this.#byKey.get(hit.item.key) as Speaker;
        if (!found.includes(speaker)) found.push(speaker);
        if (found.length >= limit) break;
      }
    }
    return found;
  }

  /** Speakers whose alias words match every typed word (each within its allowed edits), best first. */
  #byCorrectedWords(q: string): Speaker[] {
    const words = q.split(' ').slice(0, 6);
    let scores: Map<string, number> | undefined;
    for (const word of words) {
      const here = new Map<string, number>();
      for (const { word: variant, distance } of this.#words.lookup(word, 8)) {
        const credit = 1 - EDIT_PENALTY * distance;
        for (const key of this.#byWord.get(variant) ?? [])
          here.set(key, Math.max(here.get(key) ?? 0, credit));
      }
      if (scores === undefined) scores = here;
      else {
        const both = new Map<string, number>();
        for (const [key, score] of scores) {
          const more = here.get(key);
          if (more !== undefined) both.set(key, score + more);
        }
        scores = both;
      }
      if (scores.size === 0) return [];
    }
    return [...(scores ?? [])]
      .map(([key, score]) => ({ speaker: this.#byKey.get(key) as Speaker, score }))
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.speaker.quoteCount - a.speaker.quoteCount ||
          compareText(a.speaker.name, b.speaker.name),
      )
      .map((x) => x.speaker);
  }

  /** Closest speakers for a "did you mean" note, even when nothing matched well. */
  suggest(query: string, limit = 3): Speaker[] {
    this.#loose ??= new Fuse(this.speakers, { keys: ['name'], threshold: 0.7, ignoreLocation: true });
    return this.#loose.search(comparable(query), { limit }).map((r) => r.item);
  }
}
