/**
 * `npm run migrate:create -- <name>`: generate a migration from the collection changes, then
 * make its type imports `import type`-clean so the strict type-check accepts the generated file.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, ROOT_DIR } from '../paths';

const name = process.argv[2];
execFileSync(path.join(ROOT_DIR, 'node_modules', '.bin', 'payload'), ['migrate:create', ...(name ? [name] : [])], { stdio: 'inherit', cwd: ROOT_DIR });
const dir = path.join(CMS_DIR, 'migrations');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const fixed = text.replace(/^import \{ MigrateUpArgs, MigrateDownArgs, sql \}/m, 'import { type MigrateUpArgs, type MigrateDownArgs, sql }');
  if (fixed !== text) writeFileSync(path.join(dir, file), fixed);
}
