/** Static-site build time and output size for the seeded demo database. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fmt, summarize } from './stats';

function dirSize(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith('.html')) pages += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files, pages };
}

/** Builds the site `runs` times into a temp folder; returns that folder. */
export function benchSiteBuild(runs = 3): string {
  const out = mkdtempSync(path.join(tmpdir(), 'pufa-bench-site-'));
  const seconds: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', out], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    seconds.push((performance.now() - t) / 1000);
  }
  const s = summarize(seconds);
  const size = dirSize(out);
  console.log(
    `site-build runs=${runs} median_s=${fmt(s.median)} max_s=${fmt(s.max)} pages=${size.pages} ` +
      `files=${size.files} total_mb=${fmt(size.bytes / 2 ** 20)}`,
  );
  return out;
}
