/**
 * Code-unit string order for sorting: deterministic on every machine (localeCompare depends on ICU data and
 * locale) and much cheaper in hot sorts.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dates (YYYY-MM-DD) newest first; an undated item after every dated one, so it is never "newest". */
export function compareNewestFirst(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareText(b, a);
}
