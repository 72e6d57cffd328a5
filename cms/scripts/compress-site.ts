/**
 * `tsx cms/scripts/compress-site.ts [dir]`: writes `.br` and `.gz` beside the built site's files
 * (the build does this itself; for a site built with `astro build` alone).
 */
import path from 'node:path';
import { compressSite } from '../publish/compress';
import { ROOT_DIR } from '../paths';

const dir = path.resolve(process.argv[2] ?? path.join(ROOT_DIR, 'dist'));
const s = await compressSite(dir);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
console.log(`${dir}：${s.files} 个文件（新压缩 ${s.compressed} 个），${mb(s.rawBytes)} → gzip ${mb(s.gzipBytes)}，brotli ${mb(s.brotliBytes)}，用时 ${(s.ms / 1000).toFixed(1)} 秒`);
