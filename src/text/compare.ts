/**
 * Code-unit string order for sorting: deterministic on every machine (localeCompare depends on ICU data and
 * locale) and much cheaper in hot sorts.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
