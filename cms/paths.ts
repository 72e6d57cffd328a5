import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest folder above this module whose package.json is Pufa's.
 * Searched rather than computed, because bundlers (Astro's page build, Next.js) move this
 * module into chunk folders such as .astro/chunks where "one level up" is not the root.
 */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'pufa') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** Repository root. */
export const ROOT_DIR = findRoot();
/** Folder of the CMS sources. */
export const CMS_DIR = path.join(ROOT_DIR, 'cms');
/** Git-ignored runtime data: the SQLite file and uploaded media (override with PUFA_DATA_DIR). */
export const DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.PUFA_DATA_DIR ?? path.join(ROOT_DIR, 'data'));
