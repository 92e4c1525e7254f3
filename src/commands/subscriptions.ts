/**
 * `/<story> subscribe digest [HH:MM] [zone]`, `subscribe alerts`, `unsubscribe [digest | alerts]` and
 * `subscriptions`: a channel's subscriptions, read and changed through the SubscriptionStore. Who may change
 * them is the platform's rule, checked by the adapter and passed in as `permission`.
 */
import { type Briefing, type BriefingItem, errorBriefing } from '../briefing.ts';
import { isCodedError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Platform, Subscription, SubscriptionStore } from '../subscriptions/store.ts';
import type { SubscriptionCommand, SubscriptionKind } from './parse.ts';

/** Where a subscription command was typed, and by whom. */
export interface SubscriptionPlace {
  platform: Platform;
  channel: string;
  user: string;
}

export type Permission = { allowed: true } | { allowed: false; reason: string };

export interface SubscriptionDeps {
  store: SubscriptionStore;
  now: Date;
  /** The configured schedule: a digest subscription without a time follows it. */
  digest: { cron: string; timezone: string };
  /** New alerts per channel per hour (for the confirmation). */
  alertsPerHour: number;
  /** Told after a subscription was added, changed or removed. */
  changed?: () => void;
  log: Pick<Logger, 'error'>;
}

/** "daily at 08:00 UTC" for a simple daily cron; otherwise the cron itself. */
export function describeSchedule(cron: string, timezone: string): string {
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  if (!daily) return `on the schedule '${cron}' (${timezone})`;
  const [, minute = '0', hour = '0'] = daily;
  return `daily at ${hour.padStart(2, '0')}:${minute.padStart(2, '0')} ${timezone}`;
}

function whenOf(s: Pick<Subscription, 'time' | 'timezone'>, deps: SubscriptionDeps): string {
  return s.time
    ? `daily at ${s.time} ${s.timezone ?? deps.digest.timezone}`
    : describeSchedule(deps.digest.cron, deps.digest.timezone);
}

function describe(s: Subscription, deps: SubscriptionDeps): string {
  const since = `since ${s.createdAt.slice(0, 10)}`;
  return s.kind === 'digest'
    ? `/${s.story} digest, ${whenOf(s, deps)} (${since})`
    : `/${s.story} alerts: each new development as it breaks (${since})`;
}

function item(text: string): BriefingItem {
  return { text, sources: [] };
}

const kindWord = (kind: SubscriptionKind | undefined) =>
  kind === 'digest' ? 'the digest' : kind === 'alerts' ? 'alerts' : 'the digest or alerts';

async function listFor(command: SubscriptionCommand, place: SubscriptionPlace, deps: SubscriptionDeps) {
  const here = (await deps.store.list()).filter(
    (s) => s.platform === place.platform && s.channel === place.channel,
  );
  const k = `/${command.story}`;
  return {
    kind: 'subscriptions',
    title: 'Subscriptions of this channel',
    items: here.map((s) => item(describe(s, deps))),
    note:
      here.length === 0
        ? `This channel has no subscriptions. ${k} subscribe digest [HH:MM] [zone] or ${k} subscribe alerts adds one.`
        : `${k} unsubscribe [digest | alerts] stops one.`,
  } satisfies Briefing;
}

async function subscribe(
  command: Extract<SubscriptionCommand, { name: 'subscribe' }>,
  place: SubscriptionPlace,
  deps: SubscriptionDeps,
): Promise<Briefing> {
  const subscription: Subscription = {
    platform: place.platform,
    channel: place.channel,
    story: command.story,
    kind: command.kind,
    ...(command.time ? { time: command.time, timezone: command.zone ?? deps.digest.timezone } : {}),
    createdBy: place.user,
    createdAt: deps.now.toISOString(),
  };
  const replaced = await deps.store.put(subscription);
  deps.changed?.();
  const k = `/${command.story}`;
  if (command.kind === 'alerts')
    return {
      kind: 'subscriptions',
      title: replaced ? `Already subscribed: ${k} alerts` : `Subscribed: ${k} alerts`,
      items: [item(describe(subscription, deps))],
      note: `This channel gets one message per new development, updated as more outlets report it; at most ${deps.alertsPerHour} an hour (the rest wait for the digest). ${k} unsubscribe alerts stops them.`,
    };
  return {
    kind: 'subscriptions',
    title: replaced ? `Changed: ${k} digest` : `Subscribed: ${k} digest`,
    items: [item(describe(subscription, deps))],
    note:
      (replaced ? `It was ${whenOf(replaced, deps)}. ` : '') +
      `${k} unsubscribe digest stops it; ${k} digest shows what it would post now.`,
  };
}

async function unsubscribe(
  command: Extract<SubscriptionCommand, { name: 'unsubscribe' }>,
  place: SubscriptionPlace,
  deps: SubscriptionDeps,
): Promise<Briefing> {
  const removed = await deps.store.remove({
    platform: place.platform,
    channel: place.channel,
    story: command.story,
    ...(command.kind ? { kind: command.kind } : {}),
  });
  const k = `/${command.story}`;
  if (removed.length === 0)
    return {
      kind: 'subscriptions',
      title: `Not subscribed: ${k} ${command.kind ?? ''}`.trim(),
      items: [],
      note: `This channel was not subscribed to ${kindWord(command.kind)} of ${k}. ${k} subscriptions lists what it gets.`,
    };
  deps.changed?.();
  return {
    kind: 'subscriptions',
    title: `Unsubscribed: ${removed.map((s) => `${k} ${s.kind}`).join(', ')}`,
    items: removed.map((s) => item(`Stopped: ${describe(s, deps)}`)),
  };
}

/**
 * Answers a subscription command typed in `place`. Changes need `permission()` (asked only for them);
 * a store that cannot be read or written is logged and answered with an error, never thrown.
 */
export async function answerSubscription(
  command: SubscriptionCommand,
  place: SubscriptionPlace,
  permission: () => Promise<Permission>,
  deps: SubscriptionDeps,
): Promise<Briefing> {
  try {
    if (command.name === 'subscriptions') return await listFor(command, place, deps);
    const verdict = await permission();
    if (!verdict.allowed) return errorBriefing('Not allowed', verdict.reason);
    return command.name === 'subscribe'
      ? await subscribe(command, place, deps)
      : await unsubscribe(command, place, deps);
  } catch (error) {
    deps.log.error(
      {
        err: { message: (error as Error).message, code: isCodedError(error) ? error.code : undefined },
        command: command.name,
        story: command.story,
      },
      'subscription command failed',
    );
    return errorBriefing(
      'Could not change subscriptions',
      'The subscriptions could not be read or saved on our side; the operator finds why in the log. Try again later.',
    );
  }
}
