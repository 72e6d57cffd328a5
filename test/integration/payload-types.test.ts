/**
 * The committed cms/payload-types.ts must be what `npm run generate:types` writes for the current
 * collections: a field renamed in a collection but not in the types (or the other way round)
 * fails here, so the types the code is checked against never drift from the schema.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

it('cms/payload-types.ts is up to date with the collections (run `npm run generate:types`)', async () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'pufa-types-')), 'payload-types.ts');
  // Payload's CLI writes to PAYLOAD_TS_OUTPUT_PATH when set. The committed file describes the
  // default SQLite adapter (numeric ids), whatever database this test run uses.
  const env = { ...process.env, PAYLOAD_TS_OUTPUT_PATH: out, DATABASE_URI: '' };
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/payload/bin.js'), 'generate:types'], { cwd: ROOT, env });
  expect(readFileSync(out, 'utf8') === readFileSync(path.join(ROOT, 'cms/payload-types.ts'), 'utf8'), 'cms/payload-types.ts is stale: run `npm run generate:types` and commit it').toBe(true);
}, 120_000);
