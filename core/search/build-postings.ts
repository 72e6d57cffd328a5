/**
 * Build side (Node): documents → postings with BM25 factors for every gram →
 * shard files. Postings live in flat typed arrays (one entry per term and
 * document), grouped by term with a counting sort: no per-term JS arrays.
 */
import { ByteWriter, MASK_MOD, SHARD_HAS_MASKS } from './codec';
import { fnv1a, gramLength } from './router';
import { GramDictionary } from './build-grams';
import { MAX_GRAM } from './tokenize';

/** lunr 2.3.9's BM25 parameters (`lunr.Builder` k1 and b), so scores follow lunr's model. */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** A document reduced to what indexing needs. */
export interface PreparedDoc {
  /** Normalized title and body (see tokenize.normalize). */
  title: string;
  body: string;
  titleLength: number;
  bodyLength: number;
}

/**
 * lunr's BM25 term-frequency factor, (k1+1)·tf / (k1·(1−b+b·len/avg) + tf),
 * quantized to 1..15 (0 is kept for "absent"). The idf factor is applied at
 * query time from the posting list length, as `lunr.idf` does.
 */
export function quantizeTf(tf: number, length: number, averageLength: number): number {
  if (tf <= 0) return 0;
  const norm = 1 - BM25_B + BM25_B * (averageLength > 0 ? length / averageLength : 1);
  const factor = ((BM25_K1 + 1) * tf) / (BM25_K1 * norm + tf);
  return Math.min(15, Math.max(1, Math.round((factor / (BM25_K1 + 1)) * 15)));
}

/** All postings of a segment, grouped by term id; within a term, doc ids ascend. */
export interface PostingTable {
  terms: string[];
  /** Term id → first index in `docs`/`values`; `start[terms.length]` is the total. */
  start: Int32Array;
  docs: Int32Array;
  values: Uint8Array;
  /** Positions (UTF-16 offsets in either field) of the term in the doc, as a bit set mod 16. */
  masks: Uint16Array;
}

class GrowableInt32 {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

function doubled<T extends Int32Array | Uint16Array>(a: T): T {
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
}

/** Count grams of every document (title and body fields) and group postings by term. */
export function collectPostings(docs: readonly PreparedDoc[]): PostingTable {
  const avgTitle = docs.reduce((s, d) => s + d.titleLength, 0) / Math.max(1, docs.length);
  const avgBody = docs.reduce((s, d) => s + d.bodyLength, 0) / Math.max(1, docs.length);
  const dictionary = new GramDictionary();
  let tfTitle = new Int32Array(1 << 16);
  let tfBody = new Int32Array(1 << 16);
  let masks = new Uint16Array(1 << 16);
  const touched: number[] = [];
  const entryTerm = new GrowableInt32();
  const entryDoc = new GrowableInt32();
  const entryValue = new GrowableInt32();

  let inTitle = true;
  const visit = (id: number, offset: number): void => {
    if (id >= tfTitle.length) {
      tfTitle = doubled(tfTitle);
      tfBody = doubled(tfBody);
      masks = doubled(masks);
    }
    masks[id]! |= 1 << (offset & MASK_MOD);
    if (tfTitle[id] === 0 && tfBody[id] === 0) touched.push(id);
    if (inTitle) tfTitle[id]!++;
    else tfBody[id]!++;
  };

  docs.forEach((doc, docId) => {
    inTitle = true;
    dictionary.scan(doc.title, visit);
    inTitle = false;
    dictionary.scan(doc.body, visit);
    for (const id of touched) {
      entryTerm.push(id);
      entryDoc.push(docId);
      const value = (quantizeTf(tfTitle[id]!, doc.titleLength, avgTitle) << 4) | quantizeTf(tfBody[id]!, doc.bodyLength, avgBody);
      entryValue.push(value | (masks[id]! << 8)); // value in bits 0–7, mask in bits 8–23
      masks[id] = 0;
      tfTitle[id] = 0;
      tfBody[id] = 0;
    }
    touched.length = 0;
  });

  const terms = dictionary.terms;
  // Counting sort by term id; entries were appended in doc order, so each term's docs ascend.
  const start = new Int32Array(terms.length + 1);
  for (let i = 0; i < entryTerm.length; i++) start[entryTerm.data[i]! + 1]!++;
  for (let t = 0; t < terms.length; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, terms.length);
  const sortedDocs = new Int32Array(entryTerm.length);
  const sortedValues = new Uint8Array(entryTerm.length);
  const sortedMasks = new Uint16Array(entryTerm.length);
  for (let i = 0; i < entryTerm.length; i++) {
    const at = fill[entryTerm.data[i]!]!++;
    sortedDocs[at] = entryDoc.data[i]!;
    sortedValues[at] = entryValue.data[i]! & 0xff;
    sortedMasks[at] = entryValue.data[i]! >> 8;
  }
  return { terms, start, docs: sortedDocs, values: sortedValues, masks: sortedMasks };
}

/** Smallest power of two ≥ x, at least 1. */
const pow2 = (x: number): number => 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, x))));

const encoder = new TextEncoder();

/** Serialize the terms `ids` of `table` as one shard (layout: see codec.ts). */
function encodeShard(table: PostingTable, ids: number[], withMasks: boolean): Uint8Array {
  const out = new ByteWriter();
  const blocks = new ByteWriter();
  const lengths: number[] = [];
  out.varint(withMasks ? SHARD_HAS_MASKS : 0);
  out.varint(ids.length);
  for (const id of ids) {
    const bytes = encoder.encode(table.terms[id]);
    out.varint(bytes.length);
    out.bytes(bytes);
    const from = table.start[id]!;
    const to = table.start[id + 1]!;
    const before = blocks.length;
    let previous = -1;
    for (let i = from; i < to; i++) {
      blocks.varint(table.docs[i]! - previous - 1);
      previous = table.docs[i]!;
    }
    blocks.bytes(table.values.subarray(from, to));
    if (withMasks) {
      const masks = table.masks.subarray(from, to);
      blocks.bytes(Uint8Array.from(masks, (m) => m & 0xff));
      blocks.bytes(Uint8Array.from(masks, (m) => m >> 8));
    }
    lengths.push(blocks.length - before);
  }
  ids.forEach((id, i) => {
    out.varint(table.start[id + 1]! - table.start[id]!);
    out.varint(lengths[i]!);
  });
  out.bytes(blocks.result());
  return out.result();
}

/**
 * Shard every gram family (trigram shards also carry position masks, which
 * only multi-gram parts use). A family's shard count is a power of two giving
 * about `postingsPerShard` postings per shard, at most `maxShards` and at most
 * one shard per term. Returns counts per family and uncompressed shard bytes.
 */
export function encodeShards(table: PostingTable, postingsPerShard: number, maxShards: number): { counts: number[]; shards: Uint8Array[][] } {
  const byFamily: number[][] = Array.from({ length: MAX_GRAM }, () => []);
  table.terms.forEach((term, id) => byFamily[gramLength(term) - 1]!.push(id));
  const counts: number[] = [];
  const shards = byFamily.map((ids, f) => {
    let total = 0;
    for (const id of ids) total += table.start[id + 1]! - table.start[id]!;
    const count = Math.min(maxShards, pow2(total / postingsPerShard), pow2(ids.length));
    counts.push(count);
    const buckets: number[][] = Array.from({ length: count }, () => []);
    for (const id of ids) buckets[fnv1a(table.terms[id]!) % count]!.push(id);
    return buckets.map((bucket) => {
      bucket.sort((a, b) => (table.terms[a]! < table.terms[b]! ? -1 : 1));
      return encodeShard(table, bucket, f + 1 === MAX_GRAM);
    });
  });
  return { counts, shards };
}
