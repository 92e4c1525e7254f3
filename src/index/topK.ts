/** Keeps the best `k` items of a stream without sorting all of them (k is small: a chat answer). */
export function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (k <= 0) return best;
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1] as T) >= 0) continue;
    let i = best.length === k ? k - 1 : best.length;
    while (i > 0 && compare(item, best[i - 1] as T) < 0) {
      best[i] = best[i - 1] as T;
      i--;
    }
    best[i] = item;
  }
  return best;
}
