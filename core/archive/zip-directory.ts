/**
 * A zip file's central directory, read without inflating anything, so an upload can be
 * refused on its declared sizes before any library unpacks it (an .xlsx is a zip; a 2 MB one
 * can inflate to gigabytes). The directory can lie about sizes: callers that then inflate must
 * still cap the real output (cms/importer/xlsx-guard.ts does).
 */

/** One file in the archive, as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are refused by `checkZipEntries`. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Bounds for one archive. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the entries' uncompressed sizes, in bytes. */
  maxTotalBytes: number;
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; error: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Fixed part of the end-of-central-directory record; the archive comment follows (≤ 65535). */
const EOCD_SIZE = 22;
const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Offset of the last end-of-central-directory record (as unzip tools look for it), or -1. */
function findEnd(bytes: Uint8Array): number {
  const dv = view(bytes);
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i -= 1) {
    if (dv.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/**
 * The entries listed in the central directory. Refuses (Chinese message) a file that is not a
 * zip, a truncated or inconsistent directory, and ZIP64 archives (no spreadsheet this system
 * accepts needs one).
 */
export function readZipDirectory(bytes: Uint8Array): ZipResult<ZipEntry[]> {
  const end = findEnd(bytes);
  if (end < 0) return fail('文件不是有效的 zip 压缩格式');
  const dv = view(bytes);
  const count = dv.getUint16(end + 10, true);
  const size = dv.getUint32(end + 12, true);
  const offset = dv.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return fail('不支持 ZIP64 格式的文件');
  if (offset + size > end) return fail('压缩文件目录损坏');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > offset + size || dv.getUint32(p, true) !== CENTRAL) return fail('压缩文件目录损坏');
    const nameLength = dv.getUint16(p + 28, true);
    const next = p + 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
    if (next > offset + size) return fail('压缩文件目录损坏');
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      return fail('不支持 ZIP64 格式的文件');
    }
    entries.push(entry);
    p = next;
  }
  return { ok: true, value: entries };
}

/**
 * Checks the declared sizes against `limits` and that every entry is plain stored or deflated
 * data (no encryption). Returns null when the archive may be unpacked, else a Chinese reason.
 */
export function checkZipEntries(entries: readonly ZipEntry[], limits: ZipLimits): string | null {
  if (entries.length > limits.maxEntries) return `压缩文件包含 ${entries.length} 个文件，超过上限 ${limits.maxEntries} 个`;
  let total = 0;
  for (const e of entries) {
    if (e.flags & 1) return '不支持加密的文件';
    if (e.method !== 0 && e.method !== 8) return `不支持的压缩方式（${e.method}）`;
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) return '压缩文件目录损坏';
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    return `文件解压后约 ${Math.ceil(total / 1024 / 1024)} MB，超过上限 ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB`;
  }
  return null;
}

/** Where an entry's compressed bytes lie in the archive (after its local header). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): ZipResult<{ start: number; end: number }> {
  const dv = view(bytes);
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || dv.getUint32(h, true) !== LOCAL) return fail('压缩文件内容损坏');
  const start = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.length ? fail('压缩文件内容损坏') : { ok: true, value: { start, end } };
}
