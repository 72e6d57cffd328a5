/** Static-site build time and output size for the seeded demo database. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dirStats } from './dir-stats';
import { fmt, summarize } from './stats';

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
  const size = dirStats(out);
  console.log(
    `site-build runs=${runs} median_s=${fmt(s.median)} max_s=${fmt(s.max)} pages=${size.pages} ` +
      `files=${size.files} total_mb=${fmt(size.bytes / 2 ** 20)}`,
  );
  return out;
}
