/**
 * `GET /healthz`: 200 "ok" while the corpus is readable and not empty, the state (the database, with
 * DATABASE_URL) answers, and the digest (when configured) can use its state; otherwise 503 "degraded" with
 * the reasons, so a container health check and a load balancer tell the truth.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DigestHealth } from '../digest/scheduler.ts';
import type { IndexStore } from '../index/store.ts';
import type { StateHealth } from '../state/layer.ts';

export interface HealthSources {
  store: IndexStore;
  /** The digest's health; undefined while the digest is off. */
  digest?: () => DigestHealth | undefined;
  /** Where the state lives and whether it answers (the database is pinged on each request). */
  state?: () => Promise<StateHealth>;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  reasons: string[];
  articles: number;
  quotes: number;
  loadErrors: number;
  indexBuiltAt: string;
  digest: DigestHealth | { off: true };
  /** "folder" or "postgres", and whether it answers; absent when not known. */
  state?: StateHealth;
}

export function healthOf(sources: HealthSources, state?: StateHealth): HealthReport {
  const index = sources.store.current;
  const corpus = sources.store.health;
  const digest = sources.digest?.();
  const reasons = [
    ...(corpus.ok ? [] : [`corpus: ${corpus.reason}`]),
    ...(state && !state.ok ? [`state: ${state.reason}`] : []),
    ...(digest && !digest.ok ? [`digest: ${digest.reason}`] : []),
  ];
  return {
    status: reasons.length === 0 ? 'ok' : 'degraded',
    reasons,
    articles: index.articles.length,
    quotes: index.quotes.length,
    loadErrors: index.errors.length,
    indexBuiltAt: index.builtAt,
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
