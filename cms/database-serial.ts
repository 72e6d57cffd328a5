import { createClient, type Client, type InStatement, type ResultSet, type Transaction } from '@libsql/client';
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload';

/**
 * SQLite transactions on one long-lived connection, one at a time.
 *
 * The libsql client hands its own connection to every transaction it starts and opens a fresh
 * one for later queries; the handed-off connection is never closed. Each write therefore leaked
 * two file descriptors (the database and its WAL) until the process hit its limit
 * (SQLITE_CANTOPEN after ~10,000 writes), and the fresh connection lost the busy timeout set at
 * connect, so a BEGIN failed at once with SQLITE_BUSY while another transaction wrote.
 *
 * Here the adapter's client gets a replacement `transaction()`: every transaction runs on a
 * second client opened once (with the busy timeout) and reused, and transactions wait for each
 * other in this process (SQLite allows one writer anyway). Used only for SQLite.
 *
 * Writes made outside a transaction (Payload's document-lock clean-up while the admin builds form
 * state, `payload.db.*` calls without a request) take their turn in the same queue. The local
 * libsql client is synchronous: such a write, sent while a transaction held the write lock,
 * blocked the whole server for the busy timeout (10 s, the transaction could not go on meanwhile)
 * and then failed with SQLITE_BUSY, its change lost. A write that waits longer than the busy
 * timeout for its turn goes ahead anyway, so a write sent on the wrong connection from inside a
 * transaction fails as before instead of waiting for itself forever.
 */
export function serializeTransactions(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init;
  return {
    ...adapterObj,
    init: (args) => {
      const db = init(args) as SqliteAdapterLike;
      const connect = db.connect?.bind(db);
      if (!connect) return db;
      db.connect = async (options) => {
        await connect(options);
        if (db.client && !patched.has(db.client)) patchClient(db.client, db.clientConfig, db.busyTimeout);
      };
      return db;
    },
  };
}

type SqliteAdapterLike = BaseDatabaseAdapter & {
  client?: Client;
  clientConfig: Parameters<typeof createClient>[0];
  busyTimeout?: number;
};

const patched = new WeakSet<Client>();

/** Statements that write: they need SQLite's one write lock. */
const WRITES = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i;
const sqlOf = (stmt: InStatement | string): string => (typeof stmt === 'string' ? stmt : stmt.sql);

function patchClient(client: Client, config: Parameters<typeof createClient>[0], busyTimeout = 0): void {
  patched.add(client);
  let txClient: Promise<Client> | undefined;
  let tail = Promise.resolve();
  const openTxClient = async () => {
    const c = createClient(config);
    if (busyTimeout > 0) await c.execute(`PRAGMA busy_timeout = ${busyTimeout}`);
    return c;
  };
  /** A place in the writers' queue: `ready` when every earlier writer has finished. */
  const enqueue = () => {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = tail;
    tail = tail.then(() => turn);
    return { ready, release };
  };

  client.transaction = async (mode = 'write') => {
    const { ready, release } = enqueue();
    await ready;
    try {
      txClient ??= openTxClient();
      const conn = await txClient;
      // 'write' takes the write lock at BEGIN, so no transaction ever has to upgrade its lock.
      await conn.execute(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED');
      return new QueuedTransaction(conn, release);
    } catch (error) {
      release();
      throw error;
    }
  };

  /** Runs one write on the main connection in its turn (or after the busy timeout, see above). */
  const inTurn = async <T>(run: () => Promise<T>): Promise<T> => {
    const { ready, release } = enqueue();
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(busyTimeout, 1_000))));
    try {
      await Promise.race([ready, waited]);
      return await run();
    } finally {
      clearTimeout(timer);
      release();
    }
  };
  const execute = client.execute.bind(client) as (stmt: InStatement | string, args?: unknown[]) => Promise<ResultSet>;
  client.execute = ((stmt: InStatement | string, args?: unknown[]) =>
    WRITES.test(sqlOf(stmt)) ? inTurn(() => execute(stmt, args)) : execute(stmt, args)) as Client['execute'];
  const batch = client.batch.bind(client);
  client.batch = ((stmts, mode) => inTurn(() => batch(stmts, mode))) as Client['batch'];
  const executeMultiple = client.executeMultiple.bind(client);
  client.executeMultiple = (sql) => inTurn(() => executeMultiple(sql));

  const close = client.close.bind(client);
  client.close = () => {
    close();
    void txClient?.then((c) => c.close());
  };
}

/** A transaction on the shared connection; finishing it (commit, rollback, close) lets the next one begin. */
class QueuedTransaction implements Transaction {
  closed = false;
  constructor(private readonly conn: Client, private readonly release: () => void) {}

  async execute(stmt: InStatement | string, args?: unknown[]): Promise<ResultSet> {
    this.assertOpen();
    return typeof stmt === 'string' ? this.conn.execute({ sql: stmt, args: (args ?? []) as never }) : this.conn.execute(stmt);
  }
  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = [];
    for (const stmt of stmts) results.push(await this.execute(stmt));
    return results;
  }
  async executeMultiple(): Promise<void> {
    // The client's executeMultiple rolls back any open transaction when it ends; refuse instead.
    throw new Error('executeMultiple is not supported inside a transaction');
  }
  async commit(): Promise<void> {
    this.assertOpen();
    try {
      await this.conn.execute('COMMIT');
    } catch (error) {
      await this.rollback();
      throw error;
    }
    this.closed = true;
    this.release();
  }
  async rollback(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      // Fails harmlessly when SQLite already ended the transaction itself.
      await this.conn.execute('ROLLBACK').catch(() => undefined);
    } finally {
      this.release();
    }
  }
  close(): void {
    void this.rollback();
  }
  private assertOpen(): void {
    if (this.closed) throw new Error('The transaction is closed');
  }
}
