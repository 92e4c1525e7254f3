/**
 * `GET /healthz`: 200 "ok" while the corpus is readable and not empty and the digest (when configured) can
 * use its state; otherwise 503 "degraded" with the reasons, so a container health check tells the truth.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DigestHealth } from '../digest/scheduler.ts';
import type { IndexStore } from '../index/store.ts';

export interface HealthSources {
  store: IndexStore;
  /** The digest's health; undefined while the digest is off. */
  digest?: () => DigestHealth | undefined;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  reasons: string[];
  articles: number;
  quotes: number;
  loadErrors: number;
  indexBuiltAt: string;
  digest: DigestHealth | { off: true };
}

export function healthOf(sources: HealthSources): HealthReport {
  const index = sources.store.current;
  const corpus = sources.store.health;
  const digest = sources.digest?.();
  const reasons = [
    ...(corpus.ok ? [] : [`corpus: ${corpus.reason}`]),
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
  };
}

export function healthHandler(sources: HealthSources) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const report = healthOf(sources);
    res.writeHead(report.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify(report));
  };
}
