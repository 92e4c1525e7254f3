/**
 * Interning of index terms without a string per token: a token is hashed (FNV-1a) while the text is
 * scanned and found by comparing characters in place, so only a word seen for the first time becomes a
 * string. Tokenising a 10,000-article corpus makes ~5 million tokens; slicing each one cost more than the
 * rest of the index build's tokenising (bench/).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a step: the hash of a token so far, extended by one char code. */
export function hashStep(hash: number, c: number): number {
  return Math.imul(hash ^ c, FNV_PRIME);
}

export function hashOf(text: string, start = 0, end = text.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

export const HASH_START = FNV_OFFSET;

export class TermTable {
  /** Term id → term. */
  readonly terms: string[] = [];
  /** Open addressing (linear probing): term id + 1 per slot, 0 for empty. */
  #slots: Int32Array = new Int32Array(1 << 12);
  #termHashes: Int32Array = new Int32Array(1 << 11);

  /** The id of text[start, end) given its hash, adding it as a new term when unseen. */
  intern(text: string, start: number, end: number, hash: number): number {
    const id = this.#find(text, start, end, hash, false);
    return id >= 0 ? id : this.#add(text.slice(start, end), hash);
  }

  /**
   * `intern` of the lower case of ASCII text[start, end) (`hash` is the lower case's), without lower-casing
   * the text first.
   */
  internAsciiLower(text: string, start: number, end: number, hash: number): number {
    const id = this.#find(text, start, end, hash, true);
    return id >= 0 ? id : this.#add(text.slice(start, end).toLowerCase(), hash);
  }

  /** The id of text[start, end) (of its ASCII lower case when `lower`), or -1 when it is no term yet. */
  #find(text: string, start: number, end: number, hash: number, lower: boolean): number {
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot] as number;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.#termHashes[id] !== hash) continue;
      const term = this.terms[id] as string;
      if (lower ? sameLowerChars(term, text, start, end) : sameChars(term, text, start, end)) return id;
    }
  }

  #add(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    if (id === this.#termHashes.length) {
      const bigger = new Int32Array(id * 2);
      bigger.set(this.#termHashes);
      this.#termHashes = bigger;
    }
    this.#termHashes[id] = hash;
    // Keep the table at most half full.
    if (2 * this.terms.length > this.#slots.length) this.#rehash(this.#slots.length * 2);
    else this.#place(id, hash);
    return id;
  }

  #place(id: number, hash: number): void {
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#slots[slot] = id + 1;
  }

  #rehash(size: number): void {
    this.#slots = new Int32Array(size);
    for (let id = 0; id < this.terms.length; id++) this.#place(id, this.#termHashes[id] as number);
  }
}

/** Whether `term` is the lower case of ASCII text[start, end). */
function sameLowerChars(term: string, text: string, start: number, end: number): boolean {
  if (term.length !== end - start) return false;
  for (let i = 0; i < term.length; i++) {
    const c = text.charCodeAt(start + i);
    if (term.charCodeAt(i) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}

function sameChars(term: string, text: string, start: number, end: number): boolean {
  if (term.length !== end - start) return false;
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
