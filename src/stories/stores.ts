/** One index snapshot per story: each story's folder is loaded, built and reloaded like the one corpus of old. */
import type { Config } from '../config.ts';
import { type AnswerDeriver, IndexStore } from '../index/store.ts';
import type { Logger } from '../log.ts';
import type { Story } from './story.ts';

export interface StoryEntry {
  story: Story;
  store: IndexStore;
}

export interface OpenStoriesOptions {
  log?: Pick<Logger, 'warn'>;
  /** The answers derived per snapshot, for a story's configuration (commands/answers.ts supplies it). */
  derive?: (config: Config) => AnswerDeriver;
  now?: () => Date;
}

export class StoryStores {
  readonly #entries: readonly StoryEntry[];

  private constructor(entries: StoryEntry[]) {
    this.#entries = entries;
  }

  /** Opens every story's store, one after another (each may start build workers for a large corpus). */
  static async open(stories: readonly Story[], options: OpenStoriesOptions = {}): Promise<StoryStores> {
    const entries: StoryEntry[] = [];
    try {
      for (const story of stories) {
        const store = await IndexStore.open(story.dir, story.config, {
          ...(options.log ? { log: options.log } : {}),
          ...(options.now ? { now: options.now } : {}),
          ...(options.derive ? { derive: options.derive(story.config) } : {}),
        });
        entries.push({ story, store });
      }
    } catch (error) {
      for (const entry of entries) await entry.store.close();
      throw error;
    }
    return new StoryStores(entries);
  }

  /** Stores already open (tests, the bench). */
  static of(entries: StoryEntry[]): StoryStores {
    if (entries.length === 0) throw new Error('StoryStores needs at least one story');
    return new StoryStores(entries);
  }

  /** One open store as the only story, under its configuration's keyword or `keyword` (tests, the bench). */
  static single(store: IndexStore, keyword = store.config.story.keyword): StoryStores {
    const config = { ...store.config, story: { ...store.config.story, keyword } };
    const story: Story = { keyword, title: config.story.title, dir: store.dir, match: [], config };
    return new StoryStores([{ story, store }]);
  }

  /** Every story, in config order. */
  get all(): readonly StoryEntry[] {
    return this.#entries;
  }

  /** The first story: the console's shorthand and the home of feeds that name no story. */
  get first(): StoryEntry {
    return this.#entries[0] as StoryEntry;
  }

  get keywords(): string[] {
    return this.#entries.map((e) => e.story.keyword);
  }

  get(keyword: string | undefined): StoryEntry | undefined {
    return keyword === undefined ? undefined : this.#entries.find((e) => e.story.keyword === keyword);
  }

  /** Stops every store's build workers. */
  async close(): Promise<void> {
    await Promise.all(this.#entries.map((e) => e.store.close()));
  }
}
