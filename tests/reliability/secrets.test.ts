import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/commands/rateLimit.ts';
import { memoryLogger } from '../helpers/logs.ts';

describe('log redaction', () => {
  it('blanks secret-named fields and scrubs known secret values anywhere in a line', () => {
    const secret = 'xoxb-very-secret-value';
    const { log, lines } = memoryLogger([secret]);
    log.info(
      { token: 'abc-token-1', headers: { authorization: 'Bearer zzz-auth' }, signingSecret: 's3cr3t-xyz' },
      'fields',
    );
    log.error({ err: new Error(`request failed with ${secret}`) }, `message with ${secret}`);
    const all = lines.join('');
    for (const value of ['abc-token-1', 'zzz-auth', 's3cr3t-xyz', secret]) expect(all).not.toContain(value);
    expect(all).toContain('[REDACTED]');
  });
});

describe('RateLimiter', () => {
  it('allows N commands per window per user, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 10_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('u').allowed)).toEqual([true, true, true]);
    const denied = limiter.take('u');
    expect(denied).toEqual({ allowed: false, retryAfterMs: 10_000 });
    expect(limiter.take('other').allowed).toBe(true);
    now = 10_001;
    expect(limiter.take('u').allowed).toBe(true);
  });
});

describe('log redaction of tokens that are not in the environment', () => {
  it('scrubs anything shaped like a Slack token (OAuth installations bring their own)', () => {
    const { log, lines } = memoryLogger();
    log.debug(
      `http request result: {"ok":true,"access_token":"xoxb-123-456-abcDEF","bot":"xapp-1-A1-2-xyz0123"}`,
    );
    const all = lines.join('');
    expect(all).not.toMatch(/xoxb-123|xapp-1-A1/);
    expect(all).toContain('"access_token\\":\\"[REDACTED]\\"');
  });
});
