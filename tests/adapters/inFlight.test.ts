import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/adapters/inFlight.ts';

const settleAfter = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('InFlight', () => {
  it('drain waits for tracked work, also work that starts while it waits, and says none was left', async () => {
    const inFlight = new InFlight();
    const done: string[] = [];
    void inFlight.track(() => settleAfter(50, 'a').then((v) => done.push(v)));
    const drained = inFlight.drain(5000);
    expect(inFlight.closing).toBe(true);
    void inFlight.track(() => settleAfter(100, 'b').then((v) => done.push(v)));
    expect(await drained).toBe(0);
    expect(done).toEqual(['a', 'b']);
  });

  it('drain gives up after its time and counts what is still running; a failure counts as settled', async () => {
    const inFlight = new InFlight();
    void inFlight.track(() => settleAfter(2000, 'slow'));
    await expect(inFlight.track(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const started = Date.now();
    expect(await inFlight.drain(100)).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
