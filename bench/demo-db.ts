/** A fresh SQLite database in a temp folder, seeded with the demo city, for the benchmarks. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Seeds the demo city into a new temp database and points this process's env at it. */
export function useSeededDemoDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-bench-'));
  Object.assign(process.env, { PUFA_DATA_DIR: dir, DATABASE_URI: `file:${path.join(dir, 'demo.db')}` });
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/seed.ts'], { stdio: 'ignore', env: process.env });
  return dir;
}
