/**
 * Build side (Node): one source's documents → one index segment, as a set of
 * gzip files addressed by a content hash. Pure apart from CPU: the caller
 * writes the files. Same documents (in any order) → byte-identical files.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { collectPostings, encodeShards, type PreparedDoc } from './build-postings';
import { chunkPath, shardPath } from './router';
import { fieldLength, normalize } from './tokenize';
import { KIND_ORDER, type SearchDoc, type SearchKind, type SegmentInfo, type StoredDoc } from './types';

/** Bumped whenever the file layout or the tokenizer changes, so caches and hashes change too. */
export const INDEX_FORMAT = 2;

export interface SegmentOptions {
  /** Cap on stored body text per document (for snippets and verification). Default 2,000. */
  maxStoredText?: number;
  /** Documents per stored chunk. Default 16. */
  chunkSize?: number;
  /** Target postings per shard; sets the shard counts. Default 1,500. */
  postingsPerShard?: number;
  /** Upper bound on shards per gram length. Default 4,096. */
  maxShards?: number;
}

export interface BuiltSegment {
  info: SegmentInfo;
  /** Segment files (gzip bytes) by path relative to the segment folder. */
  files: Map<string, Uint8Array>;
}

const gzip = (data: Uint8Array | string): Uint8Array => new Uint8Array(gzipSync(data, { level: 9 }));

/** Cut at `max` UTF-16 units without splitting a surrogate pair. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function toStored(doc: SearchDoc, maxStoredText: number): StoredDoc {
  const full = doc.text.replace(/\s+/g, ' ').trim();
  const text = cap(full, maxStoredText);
  const stored: StoredDoc = { id: doc.id, kind: doc.kind, title: doc.title, url: doc.url, text };
  if (doc.displayTitle !== undefined) stored.displayTitle = doc.displayTitle;
  if (doc.subtitle !== undefined) stored.subtitle = doc.subtitle;
  if (text.length < full.length) stored.truncated = true;
  return stored;
}

/** Documents in index order: by kind (see KIND_ORDER), then id. Throws on duplicate ids. */
export function orderDocs(docs: readonly SearchDoc[]): SearchDoc[] {
  const rank = (k: SearchKind) => KIND_ORDER.indexOf(k);
  const sorted = [...docs].sort((a, b) => rank(a.kind) - rank(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id && sorted[i]!.kind === sorted[i - 1]!.kind) {
      throw new Error(`search: duplicate document id "${sorted[i]!.id}"`);
    }
  }
  return sorted;
}

function kindRanges(docs: readonly SearchDoc[]): [SearchKind, number][] {
  const ranges: [SearchKind, number][] = [];
  for (const doc of docs) {
    const last = ranges.at(-1);
    if (last && last[0] === doc.kind) last[1]++;
    else ranges.push([doc.kind, 1]);
  }
  return ranges;
}

/** Build one segment named `name` (a short ASCII word) from a source's documents. */
export function buildSegment(name: string, input: readonly SearchDoc[], options: SegmentOptions = {}): BuiltSegment {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`search: bad segment name "${name}"`);
  const docs = orderDocs(input);
  const files = new Map<string, Uint8Array>();
  const prepared: PreparedDoc[] = docs.map((doc) => {
    const title = normalize(doc.title);
    const body = normalize(doc.text);
    return { title, body, titleLength: fieldLength(title), bodyLength: fieldLength(body) };
  });

  const table = collectPostings(prepared);
  const { counts: shards, shards: encoded } = encodeShards(table, options.postingsPerShard ?? 1500, options.maxShards ?? 4096);
  encoded.forEach((family, f) => family.forEach((bytes, index) => files.set(shardPath(f + 1, index), gzip(bytes))));

  const chunk = options.chunkSize ?? 16;
  const maxStoredText = options.maxStoredText ?? 2000;
  for (let start = 0; start < docs.length; start += chunk) {
    const stored = docs.slice(start, start + chunk).map((d) => toStored(d, maxStoredText));
    files.set(chunkPath(start / chunk), gzip(JSON.stringify(stored)));
  }

  const hash = createHash('sha256').update(`${INDEX_FORMAT}\n`);
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${path}\n`).update(bytes);
  const info: SegmentInfo = {
    name,
    path: `${name}-${hash.digest('hex').slice(0, 12)}/`,
    docs: docs.length,
    kinds: kindRanges(docs),
    shards,
    chunk,
  };
  return { info, files };
}
