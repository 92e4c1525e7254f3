/**
 * Single-instance duties (feed polling, importing the corpus folder): the instance holding the duty's lease
 * runs it; the others stand by and take over when the lease lapses. With the state folder there is one
 * instance, which always leads.
 */
import type { Logger } from '../log.ts';

export interface Leadership {
  /** Whether this instance holds the duty now. */
  readonly leading: boolean;
  /** The current holder as last seen (this instance's owner id, another's, or undefined). */
  readonly holder: string | undefined;
  /** Stops trying; gives the duty up (onDeposed runs) and releases the lease so another takes over at once. */
  stop(): Promise<void>;
}

export interface DutyOptions {
  /** The duty's name ("feeds"), the lease's key. */
  name: string;
  /** This instance's owner id (host:pid:random). */
  holder: string;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Starts the duty; awaited before the next check. */
  onElected: () => Promise<void> | void;
  /** Stops the duty (the lease was lost or the instance is stopping); awaited. */
  onDeposed: () => Promise<void> | void;
}

/** The state folder's leadership: one instance, always the leader. */
export async function leadAlone(options: DutyOptions): Promise<Leadership> {
  await options.onElected();
  let leading = true;
  return {
    get leading() {
      return leading;
    },
    get holder() {
      return leading ? options.holder : undefined;
    },
    async stop() {
      if (!leading) return;
      leading = false;
      await options.onDeposed();
    },
  };
}
