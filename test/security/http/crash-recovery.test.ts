/**
 * Fault test: the server process is killed (SIGKILL) in the middle of concurrent practice syncs,
 * three times. After each restart every statement the server had acknowledged is stored exactly
 * once, re-sending everything stores nothing twice, and SQLite's integrity check passes.
 * The server runs on its own copy of the browser suite's seeded database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { practiceQuiz } from '../../helpers/practice';

const siteEnv = inject('siteEnv');
const siteDir = inject('siteDir');
const dir = mkdtempSync(path.join(tmpdir(), 'pufa-crash-'));
const dbFile = path.join(dir, 'crash.db');
const env = { ...siteEnv, PUFA_DATA_DIR: dir, DATABASE_URI: `file:${dbFile}` };
let server: ChildProcess | undefined;
let base = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

async function start(): Promise<void> {
  const port = await freePort();
  server = spawn(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/serve.ts', '--port', String(port), '--site-dir', siteDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
    // Its own process group: tsx runs the server in a child, and kill -9 must reach both.
    detached: true,
  });
  base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/laws?limit=1`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('crash-test server did not start');
}

function kill(): Promise<void> {
  const child = server!;
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGKILL');
  });
}

// Quiz results: valid practice statements that credit nothing and are never refused as
// back-dated, so every statement sent must end up stored exactly once.
const quizzes = ['xianfa-jiben', 'minfadian-hunyin', 'xingzheng-chufa'];
const statement = (i: number) => {
  const max = practiceQuiz(quizzes[i % quizzes.length]!).questions.length;
  const raw = i % (max + 1);
  return {
    id: randomUUID(),
    actor: { learnerId: 'local' },
    verb: raw / max >= 0.8 ? 'passed' : 'failed',
    object: { id: quizzes[i % quizzes.length]!, type: 'quiz' },
    result: { success: raw / max >= 0.8, score: { raw, max, scaled: raw / max } },
    timestamp: new Date(Date.now() - (i % 600) * 1000).toISOString(),
  };
};

async function login(): Promise<string> {
  const res = await fetch(`${base}/api/learners/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'zhouli@learner.pufa.local', password: 'pufa-demo-2026' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function sync(token: string, batch: ReturnType<typeof statement>[]) {
  const res = await fetch(`${base}/api/learners/sync`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ statements: batch }),
  });
  if (!res.ok) throw new Error(`sync ${res.status}`);
  return (await res.json()) as { stored: string[]; duplicates: string[]; rejected: { id?: string }[] };
}

async function storedCounts(): Promise<{ total: number; distinct: number; integrity: string }> {
  const db = createClient({ url: `file:${dbFile}` });
  try {
    const counts = await db.execute('SELECT COUNT(*) AS total, COUNT(DISTINCT statement_id) AS distinct_ids FROM learning_records');
    const integrity = await db.execute('PRAGMA integrity_check');
    return { total: Number(counts.rows[0]!.total), distinct: Number(counts.rows[0]!.distinct_ids), integrity: String(integrity.rows[0]![0]) };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  // A consistent copy of the seeded database, taken while the suite's own server keeps running.
  const source = createClient({ url: siteEnv.DATABASE_URI! });
  await source.execute(`VACUUM INTO '${dbFile.replaceAll("'", "''")}'`);
  source.close();
  await start();
});

afterAll(async () => {
  if (server && server.exitCode === null) await kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('a server killed mid-sync', () => {
  it('keeps every acknowledged statement exactly once across three kill -9 restarts', async () => {
    const sent: ReturnType<typeof statement>[] = [];
    const acknowledged = new Set<string>();
    let n = 0;
    const before = await storedCounts();
    for (let round = 0; round < 3; round += 1) {
      const token = await login();
      let failures = 0;
      const ackedBefore = acknowledged.size;
      // 10 clients, each sending batches of 20 until the server dies under them.
      const clients = Array.from({ length: 10 }, async () => {
        for (;;) {
          const batch = Array.from({ length: 20 }, () => statement(n++));
          sent.push(...batch);
          try {
            const reply = await sync(token, batch);
            for (const id of [...reply.stored, ...reply.duplicates]) acknowledged.add(id);
          } catch {
            failures += 1;
            return;
          }
        }
      });
      // Kill once the server is acknowledging under load (a fixed 1.5 s was too short on a busy
      // machine, where a cold server acknowledged nothing that soon), while clients keep sending.
      const deadline = Date.now() + 90_000;
      while (acknowledged.size - ackedBefore < 40 && failures === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(acknowledged.size - ackedBefore, `round ${round + 1}: acknowledged before the kill`).toBeGreaterThanOrEqual(40);
      await new Promise((r) => setTimeout(r, 200));
      await kill();
      await Promise.all(clients);
      expect(failures).toBe(10);
      await start();
      const after = await storedCounts();
      expect(after.integrity).toBe('ok');
      expect(after.total).toBe(after.distinct);
    }
    expect(acknowledged.size).toBeGreaterThan(100);
    // Some batches were in flight at each kill: those are the ones a client must send again.
    expect(acknowledged.size).toBeLessThan(sent.length);
    // Every acknowledged statement is there; re-sending everything stores only the lost ones.
    const token = await login();
    const resent = { stored: 0, duplicates: new Set<string>(), rejected: 0 };
    for (let i = 0; i < sent.length; i += 500) {
      const reply = await sync(token, sent.slice(i, i + 500));
      resent.stored += reply.stored.length;
      resent.rejected += reply.rejected.length;
      for (const id of reply.duplicates) resent.duplicates.add(id);
    }
    for (const id of acknowledged) expect(resent.duplicates.has(id)).toBe(true);
    expect(resent.rejected).toBe(0);
    expect(resent.stored + resent.duplicates.size).toBe(sent.length);
    const final = await storedCounts();
    expect(final.integrity).toBe('ok');
    expect(final.total).toBe(final.distinct);
    expect(final.total - before.total).toBe(resent.stored + resent.duplicates.size);
    console.log(`crash-recovery rounds=3 sent=${sent.length} acknowledged=${acknowledged.size} stored_on_resend=${resent.stored} refused=${resent.rejected} duplicates_in_store=${final.total - final.distinct}`);
  }, 300_000);
});
