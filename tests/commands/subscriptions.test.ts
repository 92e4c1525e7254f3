import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSlashCommand, type SubscriptionCommand } from '../../src/commands/parse.ts';
import {
  answerSubscription,
  describeSchedule,
  type Permission,
  type SubscriptionDeps,
} from '../../src/commands/subscriptions.ts';
import { FileSubscriptionStore } from '../../src/subscriptions/fileStore.ts';
import { memoryLogger } from '../helpers/logs.ts';

let dir: string;
let store: FileSubscriptionStore;
let changes: number;
const { log, lines } = memoryLogger();

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-subcmd-'));
  store = new FileSubscriptionStore({ file: path.join(dir, 'subs.json'), log });
  changes = 0;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const deps = (): SubscriptionDeps => ({
  store,
  now: new Date('2025-05-01T10:00:00Z'),
  digest: { cron: '0 8 * * *', timezone: 'UTC' },
  alertsPerHour: 6,
  changed: () => {
    changes++;
  },
  log,
});
const place = { platform: 'slack' as const, channel: 'C7', user: 'U9' };
const allowed = async (): Promise<Permission> => ({ allowed: true });
const refused = async (): Promise<Permission> => ({ allowed: false, reason: 'Only admins.' });

function command(text: string): SubscriptionCommand {
  const c = parseSlashCommand('/strike', text, ['summit', 'strike']);
  if (c.name !== 'subscribe' && c.name !== 'unsubscribe' && c.name !== 'subscriptions')
    throw new Error(`not a subscription command: ${JSON.stringify(c)}`);
  return c;
}

describe('parsing subscription commands', () => {
  it.each([
    ['subscribe digest', { name: 'subscribe', story: 'strike', kind: 'digest' }],
    ['subscribe digest 8:30', { name: 'subscribe', story: 'strike', kind: 'digest', time: '08:30' }],
    [
      'subscribe digest 20h15 europe/berlin',
      { name: 'subscribe', story: 'strike', kind: 'digest', time: '20:15', zone: 'Europe/Berlin' },
    ],
    ['subscribe alerts', { name: 'subscribe', story: 'strike', kind: 'alerts' }],
    ['unsubscribe', { name: 'unsubscribe', story: 'strike' }],
    ['unsubscribe alerts', { name: 'unsubscribe', story: 'strike', kind: 'alerts' }],
    ['subscriptions', { name: 'subscriptions', story: 'strike' }],
  ])('/strike %s', (text, expected) => {
    expect(parseSlashCommand('/strike', text, ['summit', 'strike'])).toEqual(expected);
  });

  it.each([
    ['subscribe', /Say what to subscribe to/],
    ['subscribe weather', /Say what to subscribe to/],
    ['subscribe digest 25:00', /'25:00' is not a time of day/],
    ['subscribe digest Europe/Berlin', /A zone goes after a time/],
    ['subscribe digest 08:00 Mars/Olympus', /'Mars\/Olympus' is not a time zone/],
    ['subscribe alerts 08:00', /Alerts take no time/],
    ['unsubscribe everything', /Unsubscribe from what/],
  ])('/strike %s is answered with what is wrong', (text, problem) => {
    const c = parseSlashCommand('/strike', text, ['summit', 'strike']);
    expect(c.name).toBe('help');
    if (c.name === 'help') expect(c.problem).toMatch(problem);
  });
});

describe('answerSubscription', () => {
  it('subscribes the channel to a digest at its own time, when the user may', async () => {
    const b = await answerSubscription(command('subscribe digest 07:45 Asia/Tokyo'), place, allowed, deps());
    expect(b.kind).toBe('subscriptions');
    expect(b.title).toBe('Subscribed: /strike digest');
    expect(b.items[0]?.text).toBe('/strike digest, daily at 07:45 Asia/Tokyo (since 2025-05-01)');
    expect(await store.list()).toEqual([
      {
        platform: 'slack',
        channel: 'C7',
        story: 'strike',
        kind: 'digest',
        time: '07:45',
        timezone: 'Asia/Tokyo',
        createdBy: 'U9',
        createdAt: '2025-05-01T10:00:00.000Z',
      },
    ]);
    expect(changes).toBe(1);
  });

  it('changes nothing and says why when the user may not', async () => {
    const b = await answerSubscription(command('subscribe alerts'), place, refused, deps());
    expect(b).toMatchObject({ kind: 'error', title: 'Not allowed', note: 'Only admins.' });
    expect(await store.list()).toEqual([]);
    expect(changes).toBe(0);
  });

  it('lists the channel subscriptions without asking for permission', async () => {
    await answerSubscription(command('subscribe alerts'), place, allowed, deps());
    await answerSubscription(command('subscribe digest'), place, allowed, deps());
    await answerSubscription(command('subscribe alerts'), { ...place, channel: 'C8' }, allowed, deps());
    let asked = false;
    const b = await answerSubscription(
      command('subscriptions'),
      place,
      async () => {
        asked = true;
        return { allowed: false, reason: 'no' };
      },
      deps(),
    );
    expect(asked).toBe(false);
    expect(b.items.map((i) => i.text)).toEqual([
      '/strike alerts: each new development as it breaks (since 2025-05-01)',
      '/strike digest, daily at 08:00 UTC (since 2025-05-01)',
    ]);
  });

  it('unsubscribes one kind, and says so when there was nothing to stop', async () => {
    await answerSubscription(command('subscribe alerts'), place, allowed, deps());
    const stopped = await answerSubscription(command('unsubscribe alerts'), place, allowed, deps());
    expect(stopped.title).toBe('Unsubscribed: /strike alerts');
    const again = await answerSubscription(command('unsubscribe'), place, allowed, deps());
    expect(again.items).toEqual([]);
    expect(again.note).toMatch(/was not subscribed to the digest or alerts of \/strike/);
    expect(await store.list()).toEqual([]);
  });

  it('answers with an error, and logs why, when the subscriptions cannot be saved', async () => {
    await writeFile(path.join(dir, 'subs.json'), 'garbage');
    const b = await answerSubscription(command('subscribe alerts'), place, allowed, deps());
    expect(b.kind).toBe('error');
    expect(b.note).not.toMatch(/subs\.json/);
    const logged = lines.find((l) => l.includes('subscription command failed'));
    expect(logged).toMatch(/corrupt/);
  });

  it('describes schedules in words where it can', () => {
    expect(describeSchedule('30 7 * * *', 'Europe/Berlin')).toBe('daily at 07:30 Europe/Berlin');
    expect(describeSchedule('*/10 * * * * *', 'UTC')).toBe("on the schedule '*/10 * * * * *' (UTC)");
  });
});
