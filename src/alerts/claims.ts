/**
 * The alert ledger's rules, shared by its homes (the state file and PostgreSQL) so both decide alike: a
 * post is claimed before it is made (owner and lease), a posted alert is only claimed again to add
 * articles, a live lease keeps others off, a lapsed one is taken over, a channel's hour of alerts caps
 * new ones, and a failed post is given up after `maxAttempts`.
 */
import type {
  AlertClaimOutcome,
  AlertClaimRequest,
  AlertPost,
  AlertResult,
  Development,
  ReviewRecord,
} from './ledger.ts';

const HOUR_MS = 3_600_000;

/**
 * What a rule reads and edits: the posts (every post of the channels concerned that counts towards their
 * cap, and the posts being claimed or finished) and the developments they belong to, by story.
 */
export interface LedgerState {
  stories: Record<string, { developments: Development[] }>;
  posts: Record<string, AlertPost>;
}

/** A story's developments after a review: the opened ones added, the extended ones given their new articles. */
export function reviewedDevelopments(
  developments: readonly Development[],
  review: ReviewRecord,
): Development[] {
  const out = [...developments];
  for (const d of review.opened) if (!out.some((x) => x.id === d.id)) out.push(d);
  for (const { id, articles } of review.extended) {
    const i = out.findIndex((d) => d.id === id);
    const d = out[i];
    if (!d) continue;
    const known = new Set(d.articles.map((a) => a.id));
    out[i] = { ...d, articles: [...d.articles, ...articles.filter((a) => !known.has(a.id))] };
  }
  return out;
}

/** A post counts towards its channel's cap when first posted within the hour, or being posted now. */
export function countsTowardsCap(p: AlertPost, now: Date): boolean {
  const posted = p.postedAt !== undefined && now.getTime() - Date.parse(p.postedAt) < HOUR_MS;
  const posting =
    p.status === 'claimed' && p.ref === undefined && Date.parse(p.leaseUntil ?? '') > now.getTime();
  return posted || posting;
}

/** Posts to `target` counting towards the cap: first posted within the hour, or being posted now. */
function recentPosts(state: LedgerState, target: string, now: Date): number {
  let n = 0;
  for (const p of Object.values(state.posts)) if (p.target === target && countsTowardsCap(p, now)) n++;
  return n;
}

function developmentOf(state: LedgerState, id: string): Development | undefined {
  for (const s of Object.values(state.stories)) {
    const d = s.developments.find((x) => x.id === id);
    if (d) return d;
  }
  return undefined;
}

/** Claims one (development, channel) post, or says why not; edits `state.posts` when it claims or caps. */
export function claimOne(
  state: LedgerState,
  request: AlertClaimRequest,
  item: { development: string; target: string },
): AlertClaimOutcome {
  const key = `${item.development}|${item.target}`;
  const existing = state.posts[key];
  const development = developmentOf(state, item.development);
  const articles = development?.articles.length ?? 0;
  if (existing) {
    if (existing.status === 'capped') return { kind: 'done', post: existing };
    if (existing.status === 'posted' && existing.shown >= articles) return { kind: 'done', post: existing };
    const live =
      existing.status === 'claimed' && Date.parse(existing.leaseUntil ?? '') > request.now.getTime();
    if (live) return { kind: 'held', post: existing };
    if (existing.status === 'failed' && existing.attempts >= request.maxAttempts)
      return { kind: 'done', post: existing };
  } else if (!development) {
    return {
      kind: 'done',
      post: { key, ...item, status: 'failed', attempts: 0, shown: 0, lastError: 'unknown development' },
    };
  } else if (recentPosts(state, item.target, request.now) >= request.perHour) {
    const capped: AlertPost = { key, ...item, status: 'capped', attempts: 0, shown: 0 };
    state.posts[key] = capped;
    return { kind: 'capped', post: capped };
  }
  const leaseUntil = new Date(request.now.getTime() + request.leaseMs).toISOString();
  const attempts = (existing?.attempts ?? 0) + 1;
  state.posts[key] = {
    ...(existing ?? { key, ...item, shown: 0 }),
    status: 'claimed',
    owner: request.owner,
    leaseUntil,
    attempts,
  };
  const ref = existing?.ref;
  return {
    kind: 'claimed',
    claim: {
      key,
      ...item,
      owner: request.owner,
      leaseUntil,
      ...(ref ? { ref } : {}),
      // A first post that was claimed before may have reached the channel without being recorded.
      uncertain: ref === undefined && (existing?.attempts ?? 0) > 0,
      ...(development ? { shows: development } : {}),
    },
  };
}

/** Records how a claim ended; a claim taken over meanwhile changes nothing unless it posted. */
export function finishOne(state: LedgerState, result: AlertResult, now: Date): void {
  const { claim } = result;
  const post = state.posts[claim.key];
  // Taken over meanwhile: the new owner's record stands, unless this is the post that landed.
  if (!post || (post.owner !== claim.owner && result.outcome !== 'posted')) return;
  const { leaseUntil: _lease, lastError: _error, ...rest } = post;
  if (result.outcome === 'posted')
    state.posts[claim.key] = {
      ...rest,
      status: 'posted',
      owner: claim.owner,
      ref: result.ref,
      shown: Math.max(post.shown, result.shown),
      postedAt: post.postedAt ?? now.toISOString(),
      confirmedBy: post.confirmedBy ?? result.confirmedBy,
    };
  else state.posts[claim.key] = { ...rest, status: 'failed', lastError: result.error };
}
