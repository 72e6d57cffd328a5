/**
 * Binary layout of a postings shard (browser-safe). Files are gzip-compressed
 * on top of this; see `gunzip`.
 *
 *   varint flags                                         1 = blocks carry masks
 *   varint termCount
 *   termCount × (varint byteLength, UTF-8 bytes)       terms, sorted
 *   termCount × (varint df, varint blockLength)          directory
 *   termCount × block                                    postings, same order
 *   block = df × varint (docId − previousDocId − 1), df × value byte
 *           [, df × mask low byte, df × mask high byte]
 *
 * The value byte packs the term's BM25 term-frequency factors, quantized:
 * high nibble for the title field, low nibble for the body (0 = absent).
 * The 16-bit mask has bit (offset mod 16) set for each UTF-16 offset at which
 * the term occurs in the title or body; trigram shards carry it.
 */

/** Positions are kept modulo MASK_MOD + 1 = 16. */
export const MASK_MOD = 15;

/** Shard flag: every block ends with a mask column. */
export const SHARD_HAS_MASKS = 1;

export class ByteWriter {
  private buf = new Uint8Array(1024);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.length++] = b;
  }

  /** Unsigned LEB128. */
  varint(value: number): void {
    this.room(5);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Postings of one term: ascending doc ids, one value byte per doc and maybe a position mask. */
export interface Postings {
  docs: Int32Array;
  values: Uint8Array;
  masks?: Uint16Array;
}

const decoder = new TextDecoder();

/** A parsed shard: the directory is read eagerly, postings lazily per term. */
export class Shard {
  private readonly directory = new Map<string, { df: number; offset: number }>();
  private readonly decoded = new Map<string, Postings>();
  private readonly hasMasks: boolean;

  constructor(private readonly data: Uint8Array) {
    let at = 0;
    const read = (): number => {
      let value = 0;
      let shift = 0;
      for (;;) {
        const b = data[at++]!;
        value += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) return value;
        shift += 7;
      }
    };
    this.hasMasks = (read() & SHARD_HAS_MASKS) !== 0;
    const terms: string[] = [];
    for (let i = read(); i > 0; i--) {
      const length = read();
      terms.push(decoder.decode(data.subarray(at, at + length)));
      at += length;
    }
    const sizes = terms.map(() => [read(), read()] as const);
    let offset = at;
    terms.forEach((term, i) => {
      const [df, blockLength] = sizes[i]!;
      this.directory.set(term, { df, offset });
      offset += blockLength;
    });
  }

  /** Number of documents containing `term` (0 when absent from this shard). */
  df(term: string): number {
    return this.directory.get(term)?.df ?? 0;
  }

  /** Postings of `term`, or null when no document contains it. */
  postings(term: string): Postings | null {
    const cached = this.decoded.get(term);
    if (cached) return cached;
    const entry = this.directory.get(term);
    if (!entry) return null;
    const { df } = entry;
    const docs = new Int32Array(df);
    const data = this.data;
    let at = entry.offset;
    let doc = -1;
    for (let i = 0; i < df; i++) {
      let gap = 0;
      let shift = 0;
      for (;;) {
        const b = data[at++]!;
        gap |= (b & 0x7f) << shift;
        if (b < 0x80) break;
        shift += 7;
      }
      doc += gap + 1;
      docs[i] = doc;
    }
    const result: Postings = { docs, values: data.slice(at, at + df) };
    if (this.hasMasks) {
      const masks = new Uint16Array(df);
      for (let i = 0, lo = at + df, hi = at + 2 * df; i < df; i++) masks[i] = data[lo + i]! | (data[hi + i]! << 8);
      result.masks = masks;
    }
    this.decoded.set(term, result);
    return result;
  }

  /** Bytes held, for cache accounting. */
  get size(): number {
    let n = this.data.length;
    for (const p of this.decoded.values()) n += p.docs.byteLength + p.values.byteLength + (p.masks?.byteLength ?? 0);
    return n;
  }
}

/**
 * Decompress a gzip file fetched as bytes. Files are stored pre-compressed so
 * any static server sends them small; if a server or proxy already undid the
 * compression (no gzip magic number), the bytes are returned as they are.
 */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
