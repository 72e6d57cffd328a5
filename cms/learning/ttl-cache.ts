/**
 * Values computed from the database, kept for a short time per key and dropped on demand. The
 * promise itself is cached, so concurrent requests share one read; a failed read is forgotten.
 */
export function ttlCache<T>(ttlMs: number) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    /** The cached value for `key`, or `read()`'s, kept for `ttlMs`. */
    get(key: string, read: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && Date.now() - hit.at <= ttlMs) return hit.value;
      const value = read();
      entries.set(key, { at: Date.now(), value });
      value.catch(() => entries.delete(key));
      return value;
    },
    clear(): void {
      entries.clear();
    },
  };
}
