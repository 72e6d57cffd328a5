/**
 * Attempt submissions per second and latency against the running server on SQLite.
 * Starts `serve.ts` on a fresh seeded database, signs up learners, then sends practice-attempt
 * syncs (one quiz attempt = 6 answers + 1 result) and exam submissions with fixed concurrency.
 * Run: `npm run bench -- attempts` (needs a built admin: `npm run build:admin`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { groupCpuMs } from './process-cpu';
import { fmt, percentile } from './stats';

const PORT = 3999;
const BASE = `http://127.0.0.1:${PORT}`;
const LEARNERS = 20;
// Cookie-authenticated writes carry the Origin a browser sends (CSRF check, cms/security/csrf.ts).
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 1000);
const CONCURRENCY = 20;

async function signUp(i: number): Promise<string> {
  const email = `bench-${i}-${Date.now()}@bench.local`;
  await fetch(`${BASE}/api/learners`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'bench-pass-1', displayName: `压测${i}`, audience: 'students', timeZone: 'Asia/Shanghai' }) });
  const res = await fetch(`${BASE}/api/learners/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'bench-pass-1' }) });
  return `payload-token=${((await res.json()) as { token: string }).token}`;
}

const attempt = () => {
  const now = new Date().toISOString();
  const answers = Array.from({ length: 6 }, (_, i) => ({ id: randomUUID(), actor: { learnerId: 'local' }, verb: 'answered', object: { id: `minfadian-hunyin-0${i + 1}`, type: 'question' }, result: { success: true, response: 'b' }, timestamp: now }));
  return [...answers, { id: randomUUID(), actor: { learnerId: 'local' }, verb: 'passed', object: { id: 'minfadian-hunyin', type: 'quiz' }, result: { success: true, score: { raw: 6, max: 6, scaled: 1 } }, timestamp: now }];
};

async function run(label: string, total: number, send: (i: number) => Promise<Response>) {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  const cpuBefore = groupCpuMs(server.pid!);
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < total) {
      const i = next++;
      const t = performance.now();
      const res = await send(i);
      await res.arrayBuffer();
      if (!res.ok) failed += 1;
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = groupCpuMs(server.pid!) - cpuBefore;
  const sorted = latencies.sort((a, b) => a - b);
  console.log(`${label} n=${total} concurrency=${CONCURRENCY} per_s=${fmt(total / seconds)} p50_ms=${fmt(percentile(sorted, 50))} p95_ms=${fmt(percentile(sorted, 95))} p99_ms=${fmt(percentile(sorted, 99))} server_cpu_ms_per_req=${fmt(cpuMs / total)} failed=${failed}`);
}

const dir = mkdtempSync(path.join(tmpdir(), 'pufa-bench-attempts-'));
const env: NodeJS.ProcessEnv = { ...process.env, PUFA_DATA_DIR: dir, DATABASE_URI: `file:${path.join(dir, 'bench.db')}`, NODE_ENV: 'production' };
execFileSync(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/seed.ts'], { env, stdio: 'ignore' });
// Its own process group, so the server's CPU time can be read over tsx and its child.
const server = spawn(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/serve.ts', '--port', String(PORT), '--site-dir', dir], { env, stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 120 && !(await fetch(`${BASE}/api/agencies?limit=1`).then((r) => r.ok).catch(() => false)); i += 1) await new Promise((r) => setTimeout(r, 500));
  const cookies = await Promise.all(Array.from({ length: LEARNERS }, (_, i) => signUp(i)));
  await run('attempt-sync', ATTEMPTS, (i) =>
    fetch(`${BASE}/api/learners/sync`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookies[i % LEARNERS]!, Origin: BASE }, body: JSON.stringify({ statements: attempt() }) }),
  );
  // Exams: each learner starts and submits up to 3 attempts (the policy's limit).
  const exams = LEARNERS * 3;
  await run('exam-start+submit', exams, async (i) => {
    const cookie = cookies[i % LEARNERS]!;
    const start = await fetch(`${BASE}/api/exam-attempts/start`, { method: 'POST', headers: { Cookie: cookie, Origin: BASE } });
    const { attemptId } = (await start.json()) as { attemptId: number };
    return fetch(`${BASE}/api/exam-attempts/${attemptId}/submit`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: BASE }, body: JSON.stringify({ responses: {} }) });
  });
} finally {
  process.kill(-server.pid!, 'SIGTERM');
}
