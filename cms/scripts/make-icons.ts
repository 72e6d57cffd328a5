/**
 * `tsx cms/scripts/make-icons.ts`: rasterizes the site mark (site/public/favicon.svg, a geometric
 * balance — no font needed) into the app icons and a multi-size favicon.ico. Outputs are committed;
 * run again after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { icoFromPngs } from '../../core/web/ico';
import { ROOT_DIR } from '../paths';

const dir = path.join(ROOT_DIR, 'site', 'public');
const svg = readFileSync(path.join(dir, 'favicon.svg'));
const png = (size: number) => sharp(svg, { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

for (const [name, size] of [['icon-192.png', 192], ['icon-512.png', 512], ['apple-touch-icon.png', 180]] as const) {
  writeFileSync(path.join(dir, name), await png(size));
}
const sizes = [16, 32, 48];
writeFileSync(path.join(dir, 'favicon.ico'), icoFromPngs(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
console.log(`图标已写入 ${path.relative(ROOT_DIR, dir)}/`);
