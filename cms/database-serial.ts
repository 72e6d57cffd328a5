import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload';

/**
 * SQLite allows one writer at a time, and the libsql driver fails a BEGIN at once with
 * SQLITE_BUSY when another transaction holds the lock (its busy timeout does not cover the
 * connections it opens for transactions). Queue transactions in this process instead: each
 * BEGIN waits until the previous transaction commits or rolls back. Used only for SQLite.
 */
export function serializeTransactions(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init;
  return {
    ...adapterObj,
    init: (args) => {
      const db = init(args) as BaseDatabaseAdapter;
      const begin = db.beginTransaction.bind(db);
      const commit = db.commitTransaction.bind(db);
      const rollback = db.rollbackTransaction.bind(db);
      const releases = new Map<string, () => void>();
      let tail = Promise.resolve();

      db.beginTransaction = async (options) => {
        let release!: () => void;
        const turn = new Promise<void>((resolve) => (release = resolve));
        const previous = tail;
        tail = tail.then(() => turn);
        await previous;
        try {
          const id = await begin(options);
          if (id === null) release();
          else releases.set(String(id), release);
          return id;
        } catch (error) {
          release();
          throw error;
        }
      };
      const finish = (fn: typeof commit) => async (id: Parameters<typeof commit>[0]) => {
        const key = String(await id);
        try {
          await fn(key);
        } finally {
          releases.get(key)?.();
          releases.delete(key);
        }
      };
      db.commitTransaction = finish(commit);
      db.rollbackTransaction = finish(rollback);
      return db;
    },
  };
}
