/**
 * Shard routing, shared by the index builder and the browser: a term's shard
 * depends only on the term and the segment's shard counts, so the query side
 * knows which file to fetch without any lookup table. Browser-safe.
 */

/** 32-bit FNV-1a over UTF-16 code units: stable, fast, and well spread for short strings. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Gram length in code points (1..3), which selects the shard family. */
export function gramLength(term: string): number {
  let n = 0;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // count high surrogates and BMP units, skip low surrogates
  }
  return n;
}

/**
 * Shard of a term: family = its gram length, index = FNV-1a mod the family's
 * shard count (`shardCounts[length - 1]`).
 */
export function shardOf(term: string, shardCounts: readonly number[]): { family: number; index: number } {
  const family = gramLength(term);
  const count = shardCounts[family - 1];
  if (!count) throw new RangeError(`search: no shard family for a term of length ${family}`);
  return { family, index: fnv1a(term) % count };
}

/** Path of a postings shard inside its segment folder. */
export const shardPath = (family: number, index: number): string => `t${family}/${index.toString(36)}.bin`;

/** Path of a stored-documents chunk inside its segment folder. */
export const chunkPath = (chunk: number): string => `d/${chunk.toString(36)}.bin`;
