/**
 * Typo tolerance at the vocabulary level (SymSpell-style): every indexed word is stored with its
 * one-character deletions, so a query word finds its near spellings by a few map look-ups instead of a
 * scan. Candidates are confirmed with a bounded Damerau–Levenshtein distance.
 */

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal-string-alignment distance, stopping early once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols).fill(0);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1] as number;
}

/** How many edits a word of this length may carry in sentence search: none below four letters. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

export class FuzzyVocabulary {
  readonly #words = new Set<string>();
  readonly #byDeletion = new Map<string, string[]>();

  /** `edits` says how many edits a word of a given length may carry (default: `allowedEdits`). */
  constructor(private readonly edits: (length: number) => number = allowedEdits) {}

  add(word: string): void {
    if (this.#words.has(word)) return;
    this.#words.add(word);
    // A shorter query reaches this word through its deletions: store them if either may carry an edit.
    if (this.edits(word.length) === 0 && this.edits(word.length - 1) === 0) return;
    for (const d of new Set(deletions(word))) {
      const list = this.#byDeletion.get(d);
      if (list) list.push(word);
      else this.#byDeletion.set(d, [word]);
    }
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  get size(): number {
    return this.#words.size;
  }

  /**
   * Words within the allowed edit distance of `query`, closest first (ties alphabetical), the exact word
   * (if known) first of all. At most `limit` words.
   */
  lookup(query: string, limit = 8): { word: string; distance: number }[] {
    const max = this.edits(query.length);
    const found = new Map<string, number>();
    if (this.#words.has(query)) found.set(query, 0);
    if (max > 0) {
      const keys = [query, ...deletions(query)];
      const candidates = new Set<string>();
      for (const key of keys) {
        if (this.#words.has(key)) candidates.add(key);
        for (const w of this.#byDeletion.get(key) ?? []) candidates.add(w);
      }
      for (const word of candidates) {
        if (found.has(word)) continue;
        const d = editDistance(query, word, max);
        if (d <= max) found.set(word, d);
      }
    }
    return [...found]
      .map(([word, distance]) => ({ word, distance }))
      .sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
      .slice(0, limit);
  }
}

/**
 * `lookup` over several vocabularies at once (a large one and a small one of words added since), as if they
 * were one: closest first, ties alphabetical, at most `limit`.
 */
export function lookupLayers(
  layers: readonly FuzzyVocabulary[],
  query: string,
  limit = 8,
): { word: string; distance: number }[] {
  if (layers.length === 1) return (layers[0] as FuzzyVocabulary).lookup(query, limit);
  const best = new Map<string, number>();
  for (const layer of layers) {
    for (const { word, distance } of layer.lookup(query, limit)) {
      if (distance < (best.get(word) ?? Number.POSITIVE_INFINITY)) best.set(word, distance);
    }
  }
  return [...best]
    .map(([word, distance]) => ({ word, distance }))
    .sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, limit);
}
