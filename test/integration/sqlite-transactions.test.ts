/**
 * SQLite transactions (cms/database-serial.ts): they must not leak connections, must not fail
 * with SQLITE_BUSY when many run at once, and a rolled-back one must leave nothing behind.
 * MongoDB runs of the integration suite have no such layer, so these run on SQLite only.
 */
import { readdirSync } from 'node:fs';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAgency, testPayload, unique } from '../helpers/payload';

const onSqlite = !process.env.DATABASE_URI?.startsWith('mongodb');
const openFileDescriptors = () => readdirSync('/proc/self/fd').length;

let payload: Payload;
beforeAll(async () => {
  payload = await testPayload();
});

describe.runIf(onSqlite)('SQLite transactions', () => {
  it('1,000 writes open no new file descriptors', async () => {
    await makeAgency(payload); // warm up: the transaction connection opens once
    const before = openFileDescriptors();
    for (let i = 0; i < 1000; i += 1) await makeAgency(payload);
    const after = openFileDescriptors();
    // Before the fix each write left two descriptors open (2,000 here).
    expect(after - before).toBeLessThan(10);
  }, 300_000);

  it('200 concurrent writes all succeed and are all stored', async () => {
    const prefix = `并发${unique()}`;
    const results = await Promise.allSettled(Array.from({ length: 200 }, (_, i) => makeAgency(payload, `${prefix}-${i}`)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const stored = await payload.count({ collection: 'agencies', where: { name: { like: prefix } } });
    expect(stored.totalDocs).toBe(200);
  }, 120_000);

  it('a rolled-back transaction stores nothing and the next one still commits', async () => {
    const name = `回滚${unique()}`;
    const transactionID = await payload.db.beginTransaction();
    expect(transactionID).toBeTruthy();
    const req = { transactionID, payload } as never;
    await payload.create({ collection: 'agencies', data: { name, kind: '执法机关', level: '市' }, req });
    await payload.db.rollbackTransaction(transactionID!);
    expect((await payload.count({ collection: 'agencies', where: { name: { equals: name } } })).totalDocs).toBe(0);
    const next = await makeAgency(payload, `${name}-后`);
    expect((await payload.findByID({ collection: 'agencies', id: next.id })).name).toBe(`${name}-后`);
  });

  it('a write outside any transaction, sent while one is open, waits its turn: stored, and the server never stalls', async () => {
    const name = `锁外${unique()}`;
    const transactionID = await payload.db.beginTransaction();
    const req = { transactionID, payload } as never;
    await payload.create({ collection: 'agencies', data: { name: `${name}-内`, kind: '执法机关', level: '市' }, req });
    // As Payload's form-state request clears document locks: straight to the adapter, no request.
    const started = Date.now();
    const outside = payload.db.create({ collection: 'agencies', data: { name: `${name}-外`, kind: '执法机关', level: '市' } });
    // The event loop stays free while the outside write waits (before the fix the synchronous
    // driver blocked it for the 10 s busy timeout, and then the write failed with SQLITE_BUSY).
    const tick = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Date.now() - tick).toBeLessThan(1_000);
    await payload.db.commitTransaction(transactionID!);
    await outside;
    expect(Date.now() - started).toBeLessThan(5_000);
    const stored = await payload.find({ collection: 'agencies', where: { name: { like: name } }, sort: 'name' });
    expect(stored.docs.map((d) => d.name).sort()).toEqual([`${name}-内`, `${name}-外`].sort());
  });
});
