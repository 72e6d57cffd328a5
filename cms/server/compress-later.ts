/**
 * Precompression for a read-only folder (Monaco in node_modules): a file's first request is
 * answered uncompressed while its `.br` and `.gz` are written, one file at a time, into a cache
 * folder that a second sirv serves by Accept-Encoding; later requests get the variant.
 */
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compressionPays, isCompressible } from '../../core/web/compressible';
import { ENCODERS } from '../publish/compress';

/** Returns `schedule(urlPath)`: queue the variants of `sourceDir/urlPath` into `cacheDir` if missing. */
export function compressLater(sourceDir: string, cacheDir: string, onError: (error: unknown) => void = () => {}) {
  const root = path.resolve(sourceDir);
  const seen = new Set<string>();
  let queue = Promise.resolve();
  const compress = async (rel: string) => {
    const data = await readFile(path.join(root, rel));
    for (const variant of ['br', 'gz'] as const) {
      const bytes = await ENCODERS[variant](data);
      if (!compressionPays(data.length, bytes.length)) continue;
      const target = path.join(cacheDir, `${rel}.${variant}`);
      mkdirSync(path.dirname(target), { recursive: true });
      await writeFile(`${target}.${process.pid}.tmp`, bytes);
      renameSync(`${target}.${process.pid}.tmp`, target);
    }
  };
  return (urlPath: string): void => {
    let rel: string;
    try {
      rel = path.normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^[/\\]+/, '');
    } catch {
      return;
    }
    const file = path.join(root, rel);
    if (seen.has(rel) || !file.startsWith(root + path.sep) || !isCompressible(rel)) return;
    seen.add(rel);
    if (!existsSync(file) || !statSync(file).isFile() || existsSync(path.join(cacheDir, `${rel}.gz`))) return;
    queue = queue.then(() => compress(rel)).catch(onError);
  };
}
