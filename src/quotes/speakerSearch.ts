/**
 * Finding a speaker from what a user typed: an exact alias look-up first, then fuse.js over the aliases of
 * speakers who have quotes (a few thousand short strings at most, where fuse.js is fast).
 */
import Fuse from 'fuse.js';
import { comparable } from '../text/normalize.ts';
import type { Quote } from './catalog.ts';
import type { PeopleDirectory } from './people.ts';

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

export class SpeakerSearch {
  readonly speakers: Speaker[];
  readonly #byKey = new Map<string, Speaker>();
  readonly #exact = new Map<string, string>();
  readonly #fuse: Fuse<AliasEntry>;
  readonly #loose: Fuse<Speaker>;

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
      (a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name),
    );
    const entries: AliasEntry[] = [];
    for (const speaker of this.speakers) {
      const person = speaker.kind === 'person' ? people.resolve(speaker.name) : undefined;
      const aliases = new Set([speaker.key, comparable(speaker.name), ...(person?.aliases ?? [])]);
      for (const alias of aliases) {
        entries.push({ alias, key: speaker.key });
        if (!this.#exact.has(alias)) this.#exact.set(alias, speaker.key);
      }
    }
    this.#fuse = new Fuse(entries, {
      keys: ['alias'],
      threshold: 0.4,
      includeScore: true,
      ignoreLocation: true,
    });
    this.#loose = new Fuse(this.speakers, { keys: ['name'], threshold: 0.7, ignoreLocation: true });
  }

  get(key: string): Speaker | undefined {
    return this.#byKey.get(key);
  }

  /** Speakers matching the query, best first (at most `limit`). */
  find(query: string, limit = 5): Speaker[] {
    const q = comparable(query);
    if (q === '') return [];
    const exact = this.#exact.get(q);
    const found: Speaker[] = exact ? [this.#byKey.get(exact) as Speaker] : [];
    for (const hit of this.#fuse.search(q, { limit: limit * 4 })) {
      const speaker = this.#byKey.get(hit.item.key) as Speaker;
      if (!found.includes(speaker)) found.push(speaker);
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Closest speakers for a "did you mean" note, even when nothing matched well. */
  suggest(query: string, limit = 3): Speaker[] {
    return this.#loose.search(comparable(query), { limit }).map((r) => r.item);
  }
}
