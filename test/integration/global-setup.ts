import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A fresh, empty SQLite database and data folder for each run, unless DATABASE_URI points to
 * another store (e.g. a MongoDB server), in which case the same suite runs against it.
 */
export default function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-integration-'));
  process.env.PUFA_DATA_DIR = dir;
  process.env.PAYLOAD_SECRET ??= 'integration-test-secret';
  if (process.env.MONGODB_URI) process.env.DATABASE_URI = process.env.MONGODB_URI;
  else process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`;
  return () => rmSync(dir, { recursive: true, force: true });
}
