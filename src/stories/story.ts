/**
 * The stories a bot follows. Each is its own slash command, corpus folder and index snapshot; the one-story
 * configuration of old (`story.keyword`, `story.title`, `corpus.dir`) is one story.
 */
import { type Config, storyDirs } from '../config.ts';

export interface Story {
  /** The slash command (`summit` for `/summit`). */
  keyword: string;
  /** Its name in answer titles; empty: the most central recent headline. */
  title: string;
  dir: string;
  /** Words or phrases a feed article must contain to be stored for this story (none: every article). */
  match: readonly string[];
  /** The configuration as this story's commands see it: `story` and `corpus.dir` are the story's own. */
  config: Config;
}

/**
 * The configured stories, in config order (the first is the default: console shorthand, feeds without a
 * story). Without `stories`, the one story of `story` and `corpus.dir`.
 */
export function storiesOf(config: Config): Story[] {
  const listed = config.stories ?? [
    {
      keyword: config.story.keyword,
      title: config.story.title,
      dir: config.corpus.dir,
      match: [],
      feeds: [],
    },
  ];
  const dirs = storyDirs(listed, config.corpus.dir);
  return listed.map((s, i) => {
    const dir = dirs[i] as string;
    return {
      keyword: s.keyword,
      title: s.title,
      dir,
      match: s.match,
      config: {
        ...config,
        story: { keyword: s.keyword, title: s.title },
        corpus: { ...config.corpus, dir },
      },
    };
  });
}

/** A story whose articles are read from `dir` instead. */
function inDir(story: Story, dir: string): Story {
  return { ...story, dir, config: { ...story.config, corpus: { ...story.config.corpus, dir } } };
}

/** The stories with the first one's folder replaced (`--corpus DIR` on the command line). */
export function withFirstDir(stories: readonly Story[], dir: string): Story[] {
  return stories.map((s, i) => (i === 0 ? inDir(s, dir) : s));
}

/** The stories with the folders of `dirs` (by keyword) instead of their own (a database's mirror). */
export function withDirs(stories: readonly Story[], dirs: ReadonlyMap<string, string>): Story[] {
  return stories.map((s) => {
    const dir = dirs.get(s.keyword);
    return dir === undefined ? s : inDir(s, dir);
  });
}
