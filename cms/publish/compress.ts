/**
 * Precompressed static files: `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside
 * every compressible file of a built site, which the server sends by Accept-Encoding (sirv's
 * `brotli`/`gzip` options). Outputs are kept in a content-addressed cache, so a rebuild only
 * compresses the files whose bytes changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { compressionPays, isCompressible, MIN_COMPRESS_BYTES } from '../../core/web/compressible';
import { ROOT_DIR } from '../paths';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Where compressed outputs are cached by content hash (git-ignored, shared by all builds). */
export const COMPRESS_CACHE_DIR = path.join(ROOT_DIR, 'node_modules', '.cache', 'pufa-compress');

export interface CompressOptions {
  /** Content-addressed cache; `false` compresses everything afresh. */
  cacheDir?: string | false;
  /** Files compressed at once (zlib runs them on libuv's thread pool). */
  concurrency?: number;
}

export interface CompressSummary {
  /** Compressible files looked at. */
  files: number;
  /** Of those, how many were compressed now (the rest came from the cache or were too small). */
  compressed: number;
  rawBytes: number;
  /** Bytes a client that takes brotli (else gzip, else identity) would receive for all files. */
  brotliBytes: number;
  gzipBytes: number;
  ms: number;
}

/** The precompressed variants, by file suffix, with their encoders at maximum compression. */
export const ENCODERS = {
  br: (data: Buffer) =>
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gz: (data: Buffer) => gzipAsync(data, { level: 9 }),
} as const;
export type Variant = keyof typeof ENCODERS;

/** Every compressible file below `dir` (not the variants themselves). */
function compressibleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && isCompressible(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The encoded bytes of `data`, from the cache when this content was encoded before. */
async function encoded(data: Buffer, hash: string, variant: Variant, cacheDir: string | false): Promise<{ bytes: Buffer; fresh: boolean }> {
  const cached = cacheDir ? path.join(cacheDir, hash.slice(0, 2), `${hash}.${variant}`) : undefined;
  if (cached && existsSync(cached)) {
    const now = new Date();
    utimesSync(cached, now, now);
    return { bytes: await readFile(cached), fresh: false };
  }
  const bytes = await ENCODERS[variant](data);
  if (cached) {
    mkdirSync(path.dirname(cached), { recursive: true });
    // Written beside, then renamed: a build running at the same time never reads half a file.
    const temp = `${cached}.${process.pid}.tmp`;
    await writeFile(temp, bytes);
    renameSync(temp, cached);
  }
  return { bytes, fresh: true };
}

/** Writes (or removes, when it does not pay) the `.br` and `.gz` variants of one file. */
async function compressFile(file: string, cacheDir: string | false) {
  const data = await readFile(file);
  const sizes = { raw: data.length, br: data.length, gz: data.length, fresh: false };
  const hash = data.length >= MIN_COMPRESS_BYTES ? createHash('sha256').update(data).digest('hex') : '';
  for (const variant of ['br', 'gz'] as const) {
    const target = `${file}.${variant}`;
    if (!hash) {
      rmSync(target, { force: true });
      continue;
    }
    const { bytes, fresh } = await encoded(data, hash, variant, cacheDir);
    sizes.fresh ||= fresh;
    if (compressionPays(data.length, bytes.length)) {
      await writeFile(target, bytes);
      sizes[variant] = bytes.length;
    } else rmSync(target, { force: true });
  }
  return sizes;
}

/** Drops cache entries no build has used for two weeks. */
function pruneCache(cacheDir: string): void {
  const cutoff = Date.now() - 14 * 86_400_000;
  for (const entry of readdirSync(cacheDir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && statSync(full).mtimeMs < cutoff) rmSync(full, { force: true });
  }
}

/**
 * Writes `.br` and `.gz` beside every compressible file below `dir` where compression pays, and
 * removes stale variants where it no longer does. Run on a finished build, before it is served.
 */
export async function compressSite(dir: string, { cacheDir = COMPRESS_CACHE_DIR, concurrency = 4 }: CompressOptions = {}): Promise<CompressSummary> {
  const started = performance.now();
  const files = compressibleFiles(dir);
  const summary: CompressSummary = { files: files.length, compressed: 0, rawBytes: 0, brotliBytes: 0, gzipBytes: 0, ms: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const sizes = await compressFile(files[next++]!, cacheDir);
      summary.rawBytes += sizes.raw;
      summary.brotliBytes += sizes.br;
      summary.gzipBytes += sizes.gz;
      if (sizes.fresh) summary.compressed++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (cacheDir && existsSync(cacheDir)) pruneCache(cacheDir);
  summary.ms = performance.now() - started;
  return summary;
}
