/**
 * Values holding bytes, by key, up to a total size: adding past it drops the least recently used first.
 * A value larger than the whole budget is not kept at all.
 */
export class LruBytes<V extends { bytes: Buffer }> {
  // A Map iterates in insertion order: re-inserting on each use keeps the least recently used first.
  readonly #entries = new Map<string, V>();
  #total = 0;

  constructor(readonly maxBytes: number) {}

  /** Bytes held now. */
  get totalBytes(): number {
    return this.#total;
  }

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    if (value.bytes.length > this.maxBytes) return;
    this.#entries.set(key, value);
    this.#total += value.bytes.length;
    for (const [oldest, old] of this.#entries) {
      if (this.#total <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#total -= old.bytes.length;
    }
  }

  delete(key: string): void {
    const value = this.#entries.get(key);
    if (value === undefined) return;
    this.#entries.delete(key);
    this.#total -= value.bytes.length;
  }
}
