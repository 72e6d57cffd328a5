/** A size-bounded least-recently-used cache (browser-safe). Map order is recency order. */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(private readonly budget: number) {}

  /** The value, marked as most recently used. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Store a value with its size; evicts least recently used entries beyond the budget. */
  set(key: string, value: V, size: number): void {
    this.delete(key);
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [k, e] of this.entries) {
      if (this.total <= this.budget || k === key) break;
      this.entries.delete(k);
      this.total -= e.size;
    }
  }

  /** Update the size of `key` if it still holds `value` (e.g. once a fetch resolved). */
  resize(key: string, value: V, size: number): void {
    if (this.entries.get(key)?.value === value) this.set(key, value, size);
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.size;
  }

  /** Total size of the entries held. */
  get size(): number {
    return this.total;
  }
}
