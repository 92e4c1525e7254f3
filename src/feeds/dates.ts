/**
 * Publication dates as their source wrote them. Feeds and pages give a time with a UTC offset; the date a
 * reader sees is the date at that offset ("Fri, 27 Nov 2026 21:30 EST" ran on the 27th, though it was the
 * 28th in UTC). `Date.parse` reads RFC 822 (RSS) and RFC 3339 (Atom, JSON Feed, JSON-LD, meta tags); this
 * module only keeps the source's offset beside the instant.
 */

/** The zone names RFC 822 §5 allows, in minutes east of UTC. */
const RFC822_ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/** Minutes east of UTC that a date string states; undefined when it states none. */
function statedOffset(text: string): number | undefined {
  const numeric = /(?:[T\s\d])([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  if (/\dZ$/i.test(text)) return 0;
  const zone = /\s([A-Z]{1,3}T?)$/.exec(text)?.[1];
  return zone === undefined ? undefined : RFC822_ZONES[zone];
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * A date as ISO 8601 at the source's own offset ("2026-11-27T21:30:00-05:00"), or the bare day when the
 * source gives only a day ("2026-11-29"); undefined when unreadable. A time without an offset is taken as UTC.
 */
export function sourceTimestamp(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.isNaN(Date.parse(text)) ? undefined : text;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const offset = statedOffset(text) ?? 0;
  const wall = new Date(time + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  return `${wall}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The calendar day of a source timestamp, as the source's readers saw it: "2026-11-27". */
export function sourceDay(timestamp: string): string {
  return timestamp.slice(0, 10);
}
