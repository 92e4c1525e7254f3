import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateError } from '../../src/errors.ts';
import { FileSubscriptionStore } from '../../src/subscriptions/fileStore.ts';
import type { Subscription } from '../../src/subscriptions/store.ts';
import { memoryLogger } from '../helpers/logs.ts';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-subs-'));
  file = path.join(dir, 'state', 'subscriptions.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sub = (fields: Partial<Subscription> = {}): Subscription => ({
  platform: 'slack',
  channel: 'C1',
  story: 'strike',
  kind: 'alerts',
  createdBy: 'U1',
  createdAt: '2025-01-01T00:00:00.000Z',
  ...fields,
});

describe('FileSubscriptionStore', () => {
  it('creates nothing until the first subscription, then keeps it across instances', async () => {
    const store = new FileSubscriptionStore({ file, log: memoryLogger().log });
    expect(await store.list()).toEqual([]);
    expect(existsSync(file)).toBe(false);
    expect(await store.put(sub())).toBeUndefined();
    const again = new FileSubscriptionStore({ file, log: memoryLogger().log });
    expect(await again.list()).toEqual([sub()]);
  });

  it('replaces the subscription of the same channel, story and kind, and says which it replaced', async () => {
    const store = new FileSubscriptionStore({ file, log: memoryLogger().log });
    await store.put(sub({ kind: 'digest', time: '08:00', timezone: 'UTC' }));
    await store.put(sub({ kind: 'alerts' }));
    await store.put(sub({ channel: 'C2', kind: 'digest' }));
    const replaced = await store.put(sub({ kind: 'digest', time: '09:30', timezone: 'Europe/Berlin' }));
    expect(replaced).toMatchObject({ time: '08:00' });
    const list = await store.list();
    expect(list).toHaveLength(3);
    expect(list.find((s) => s.channel === 'C1' && s.kind === 'digest')).toMatchObject({ time: '09:30' });
  });

  it('removes one kind or every kind of a story in a channel, and only that', async () => {
    const store = new FileSubscriptionStore({ file, log: memoryLogger().log });
    await store.put(sub({ kind: 'digest' }));
    await store.put(sub({ kind: 'alerts' }));
    await store.put(sub({ story: 'flood', kind: 'alerts' }));
    expect(
      await store.remove({ platform: 'slack', channel: 'C1', story: 'strike', kind: 'alerts' }),
    ).toHaveLength(1);
    expect(await store.remove({ platform: 'slack', channel: 'C1', story: 'strike' })).toHaveLength(1);
    expect(await store.list()).toEqual([sub({ story: 'flood', kind: 'alerts' })]);
  });

  it('keeps every change when several writers change the file at once', async () => {
    const a = new FileSubscriptionStore({ file, log: memoryLogger().log });
    const b = new FileSubscriptionStore({ file, log: memoryLogger().log });
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).put(sub({ channel: `C${i}` }))));
    expect((await a.list()).map((s) => s.channel).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `C${i}`).sort(),
    );
  });

  it('never overwrites a corrupt file: lists nothing (logged) and refuses changes', async () => {
    const { log, lines } = memoryLogger();
    const store = new FileSubscriptionStore({ file, log });
    await store.put(sub());
    await writeFile(file, '{"version": 1, "subscriptions": [{"platform": "irc"}]}');
    expect(await store.list()).toEqual([]);
    expect(lines.join('')).toMatch(/subscriptions file is corrupt/);
    await expect(store.put(sub({ channel: 'C9' }))).rejects.toBeInstanceOf(StateError);
    expect(await readFile(file, 'utf8')).toContain('"irc"');
  });
});
