import path from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { serializeTransactions } from './database-serial';
import { CMS_DIR, DATA_DIR } from './paths';

/**
 * Chooses the database adapter from DATABASE_URI. This is the only place that knows which
 * adapter runs: unset or `file:` → embedded SQLite; `mongodb://` → MongoDB.
 */
export function databaseFromEnv(): DatabaseAdapterObj {
  const uri = process.env.DATABASE_URI?.trim();
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) {
    return mongooseAdapter({ url: uri, transactionOptions: {} });
  }
  if (uri && !uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI 不受支持：${uri}（请使用 file:路径 或 mongodb://…）`);
  }
  const url = uri ?? `file:${path.join(DATA_DIR, 'pufa.db')}`;
  return serializeTransactions(sqliteAdapter({
    client: { url },
    // Schema changes go through committed migrations only, in every mode, so tests exercise them.
    push: false,
    migrationDir: path.join(CMS_DIR, 'migrations'),
    // Transactions are off by default in the SQLite adapter; the importer relies on them.
    // They run on one reused connection, one at a time (see database-serial.ts).
    transactionOptions: { behavior: 'immediate' },
    wal: true,
    busyTimeout: 10_000,
  }));
}
