/**
 * SubscriptionStore in one JSON file in the state folder (`subscriptions.stateFile`, default
 * `data/subscriptions.json`): every change a short read-modify-write under the file's lock, written
 * atomically. Nothing is created until the first subscription. A corrupt file is never overwritten: it is
 * read as no subscriptions (logged), and changes are refused until an operator fixes or removes it.
 */
import { ErrorCode, StateError } from '../errors.ts';
import { readJsonFile, withFileLock, writeJsonFile } from '../fileState/jsonFile.ts';
import type { Logger } from '../log.ts';
import { sameSubscription, type Subscription, type SubscriptionStore } from './store.ts';

interface FileShape {
  version: 1;
  subscriptions: Subscription[];
}

const WHAT = 'subscriptions file';

function isSubscription(value: unknown): value is Subscription {
  const s = value as Subscription;
  return (
    typeof s === 'object' &&
    s !== null &&
    (s.platform === 'slack' || s.platform === 'discord') &&
    typeof s.channel === 'string' &&
    typeof s.story === 'string' &&
    (s.kind === 'digest' || s.kind === 'alerts') &&
    typeof s.createdBy === 'string' &&
    typeof s.createdAt === 'string'
  );
}

function parse(raw: unknown): FileShape | string {
  const shape = raw as Partial<FileShape>;
  if (typeof shape !== 'object' || shape === null || shape.version !== 1)
    return 'not a version 1 subscriptions file';
  if (!Array.isArray(shape.subscriptions)) return 'no "subscriptions" list';
  const bad = shape.subscriptions.findIndex((s) => !isSubscription(s));
  if (bad >= 0) return `subscriptions.${bad} is not a subscription`;
  return { version: 1, subscriptions: shape.subscriptions };
}

export class FileSubscriptionStore implements SubscriptionStore {
  readonly #file: string;
  readonly #log: Pick<Logger, 'error'>;

  constructor(options: { file: string; log: Pick<Logger, 'error'> }) {
    this.#file = options.file;
    this.#log = options.log;
  }

  get location(): string {
    return this.#file;
  }

  async list(): Promise<Subscription[]> {
    const read = await readJsonFile(this.#file, WHAT, parse);
    if (read.kind === 'ok') return read.value.subscriptions;
    if (read.kind === 'corrupt')
      this.#log.error(
        { file: this.#file, reason: read.reason },
        'subscriptions file is corrupt; no subscription is served until it is fixed or removed',
      );
    return [];
  }

  async put(subscription: Subscription): Promise<Subscription | undefined> {
    let replaced: Subscription | undefined;
    await this.#update((list) => {
      const i = list.findIndex((s) => sameSubscription(s, subscription));
      if (i >= 0) {
        replaced = list[i];
        list[i] = subscription;
      } else list.push(subscription);
    });
    return replaced;
  }

  async remove(where: Parameters<SubscriptionStore['remove']>[0]): Promise<Subscription[]> {
    const removed: Subscription[] = [];
    await this.#update((list) => {
      for (let i = list.length - 1; i >= 0; i--) {
        const s = list[i] as Subscription;
        if (
          s.platform === where.platform &&
          s.channel === where.channel &&
          s.story === where.story &&
          (where.kind === undefined || s.kind === where.kind)
        ) {
          removed.unshift(s);
          list.splice(i, 1);
        }
      }
    });
    return removed;
  }

  /** Reads the list under the lock, lets `change` edit it, and writes it back. */
  async #update(change: (list: Subscription[]) => void): Promise<void> {
    await withFileLock(this.#file, { what: WHAT, log: this.#log }, async () => {
      const read = await readJsonFile(this.#file, WHAT, parse);
      if (read.kind === 'corrupt')
        throw new StateError(
          ErrorCode.StateCorrupt,
          this.#file,
          `the ${WHAT} ${this.#file} is corrupt (${read.reason}); fix or remove it`,
        );
      const list = read.kind === 'ok' ? [...read.value.subscriptions] : [];
      change(list);
      await writeJsonFile(this.#file, WHAT, { version: 1, subscriptions: list } satisfies FileShape);
    });
  }
}
