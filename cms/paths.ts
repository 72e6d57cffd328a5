import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the CMS sources. */
export const CMS_DIR = path.dirname(fileURLToPath(import.meta.url));
/** Repository root. */
export const ROOT_DIR = path.resolve(CMS_DIR, '..');
/** Git-ignored runtime data: the SQLite file and uploaded media (override with PUFA_DATA_DIR). */
export const DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.PUFA_DATA_DIR ?? path.join(ROOT_DIR, 'data'));
