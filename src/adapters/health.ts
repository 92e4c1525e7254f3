/**
 * `GET /healthz`: 200 "ok" while every story's corpus is readable and not empty, the state (the database,
 * with DATABASE_URL) answers, and the digest (when configured) can use its state; otherwise 503 "degraded"
 * with the reasons, so a container health check and a load balancer tell the truth.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DigestHealth } from '../digest/scheduler.ts';
import type { StateHealth } from '../state/layer.ts';
import type { StoryStores } from '../stories/stores.ts';

export interface HealthSources {
  stories: StoryStores;
  /** The digest's health; undefined while the digest is off. */
  digest?: () => DigestHealth | undefined;
  /** Where the state lives and whether it answers (the database is pinged on each request). */
  state?: () => Promise<StateHealth>;
}

/** One story's index, as /healthz reports it. */
export interface StoryHealth {
  status: 'ok' | 'degraded';
  articles: number;
  quotes: number;
  loadErrors: number;
  indexBuiltAt: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  reasons: string[];
  /** Totals over every story. */
  articles: number;
  quotes: number;
  loadErrors: number;
  /** When the first story's index was built. */
  indexBuiltAt: string;
  /** Each story by keyword. */
  stories: Record<string, StoryHealth>;
  digest: DigestHealth | { off: true };
  /** "folder" or "postgres", and whether it answers; absent when not known. */
  state?: StateHealth;
}

export function healthOf(sources: HealthSources, state?: StateHealth): HealthReport {
  const several = sources.stories.all.length > 1;
  const reasons: string[] = [];
  const stories: Record<string, StoryHealth> = {};
  for (const { story, store } of sources.stories.all) {
    const index = store.current;
    const corpus = store.health;
    if (!corpus.ok) reasons.push(`corpus${several ? ` of /${story.keyword}` : ''}: ${corpus.reason}`);
    stories[story.keyword] = {
      status: corpus.ok ? 'ok' : 'degraded',
      articles: index.articles.length,
      quotes: index.quotes.length,
      loadErrors: index.errors.length,
      indexBuiltAt: index.builtAt,
    };
  }
  if (state && !state.ok) reasons.push(`state: ${state.reason}`);
  const digest = sources.digest?.();
  if (digest && !digest.ok) reasons.push(`digest: ${digest.reason}`);
  const all = Object.values(stories);
  const sum = (key: 'articles' | 'quotes' | 'loadErrors') => all.reduce((n, s) => n + s[key], 0);
  return {
    status: reasons.length === 0 ? 'ok' : 'degraded',
    reasons,
    articles: sum('articles'),
    quotes: sum('quotes'),
    loadErrors: sum('loadErrors'),
    indexBuiltAt: sources.stories.first.store.current.builtAt,
    stories,
    digest: digest ?? { off: true },
    ...(state ? { state } : {}),
  };
}

export function healthHandler(sources: HealthSources) {
  return async (_req: IncomingMessage, res: ServerResponse) => {
    const state = await sources
      .state?.()
      .catch(
        (error: unknown): StateHealth => ({ kind: 'postgres', ok: false, reason: (error as Error).message }),
      );
    const report = healthOf(sources, state);
    res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify(report));
  };
}
