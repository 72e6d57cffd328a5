/** Folder walking shared by the benchmarks. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files below `dir` as sorted relative paths. */
export const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

/** File count, HTML page count and total size of a folder. */
export function dirStats(dir: string): { files: number; pages: number; bytes: number } {
  const files = filesOf(dir);
  return {
    files: files.length,
    pages: files.filter((f) => f.endsWith('.html')).length,
    bytes: files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0),
  };
}
