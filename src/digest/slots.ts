/**
 * Digest slots: the instants the schedule names. A slot is an ISO timestamp to the second (a six-field
 * cron with seconds can fire several times a minute; a five-field one always lands on second 0).
 */
import cron, { type ScheduledTask } from 'node-cron';

/** The slot a firing belongs to: its second, as an ISO timestamp. */
export function slotOf(date: Date): string {
  const d = new Date(date);
  d.setUTCMilliseconds(0);
  return d.toISOString();
}

export interface Schedule {
  cron: string;
  timezone: string;
}

/** The minute part of a schedule: the cron without its seconds field (five fields stay as they are). */
function minuteCron(expression: string): { minutes: string; seconds: string | undefined } {
  const fields = expression.trim().split(/\s+/);
  return fields.length === 6
    ? { minutes: fields.slice(1).join(' '), seconds: fields[0] }
    : { minutes: fields.join(' '), seconds: undefined };
}

/**
 * The latest slot at or before `now` and no older than `hours`, found with node-cron's own matcher: minute
 * by minute (a few hundred checks for six hours), then second by second inside a matching minute only.
 */
export function lastSlotAtOrBefore(now: Date, schedule: Schedule, hours: number): Date | undefined {
  const { minutes, seconds } = minuteCron(schedule.cron);
  const options = { timezone: schedule.timezone };
  const byMinute: ScheduledTask = cron.createTask(minutes, () => undefined, options);
  const full: ScheduledTask | undefined =
    seconds === undefined ? undefined : cron.createTask(schedule.cron, () => undefined, options);
  try {
    const start = new Date(now);
    start.setUTCSeconds(0, 0);
    const earliest = now.getTime() - hours * 3_600_000;
    for (let t = start.getTime(); t >= earliest - 60_000; t -= 60_000) {
      if (!byMinute.match(new Date(t))) continue;
      if (!full) {
        if (t <= now.getTime() && t >= earliest) return new Date(t);
        continue;
      }
      for (let s = 59; s >= 0; s--) {
        const candidate = t + s * 1000;
        if (candidate > now.getTime() || candidate < earliest) continue;
        if (full.match(new Date(candidate))) return new Date(candidate);
      }
    }
    return undefined;
  } finally {
    void byMinute.destroy();
    void full?.destroy();
  }
}
