/**
 * Publish → visible: a server with the publish loop on; an admin creates a campaign through the
 * REST API and the clock runs until its month page on the public site answers 200 with the new
 * theme. Demo city, then (unless --demo-only) 200 agencies × 5 years plus the whole law corpus.
 * One warm-up publish first (Astro's and the compressor's caches), not counted.
 * Run: `npm run bench -- publish` (BENCH_PUBLISH_SAMPLES, BENCH_PUBLISH_SCALE_SAMPLES, PUFA_CORPUS_DIR);
 * `npx tsx bench/publish.ts --demo-only | --scale-only [--scale-dir <prepared data folder>]`.
 * Its servers use the shared admin build (cms/.next): run it under /tmp/pufa-browser.lock, or add
 * --builds-only to time the quiet period plus the loop's build without a server.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { campaignMonthUrl } from '../core/public-pages';
import { DEMO_PASSWORD } from '../cms/seed/users';
import { fmt, summarize } from './stats';

const PORT = Number(process.env.BENCH_PUBLISH_PORT ?? 3150);
const base = `http://127.0.0.1:${PORT}`;
const tsx = path.resolve('node_modules/.bin/tsx');
const corpus = path.resolve(process.env.PUFA_CORPUS_DIR ?? '../shared/corpus/laws');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(seconds: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`no answer in ${seconds} s`);
    await sleep(250);
  }
}

function startServer(env: NodeJS.ProcessEnv, siteDir: string): ChildProcess {
  const log = openSync(path.join(env.PUFA_DATA_DIR!, 'server.log'), 'w');
  return spawn(tsx, ['cms/scripts/serve.ts', '--port', String(PORT), '--site-dir', siteDir], {
    stdio: ['ignore', log, log],
    detached: true,
    env: { ...env, PUFA_PUBLISH: 'on', NODE_ENV: 'production' },
  });
}

async function login(): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@pufa.local', password: DEMO_PASSWORD }) });
  return ((await res.json()) as { token: string }).token;
}

/** Seconds from creating a campaign to its theme on the public month page. */
async function publishOnce(token: string, agency: number, n: number): Promise<number> {
  const theme = `基准发布${Date.now().toString(36)}${n}`;
  const day = String(1 + (n % 27)).padStart(2, '0');
  const started = performance.now();
  const res = await fetch(`${base}/api/campaigns`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ theme, agency, startDate: `2026-11-${day}T00:00:00.000Z`, target: '社区', participants: 10 }),
  });
  if (!res.ok) throw new Error(`campaign refused: ${res.status} ${await res.text()}`);
  const url = `${base}${campaignMonthUrl('2026-11')}`;
  await until(900, async () => {
    const page = await fetch(url);
    return page.ok && (await page.text()).includes(theme) ? true : undefined;
  });
  return (performance.now() - started) / 1000;
}

/** Runs `samples` publishes (after one warm-up) against a server on the given database. */
async function measure(label: string, env: NodeJS.ProcessEnv, samples: number) {
  const siteDir = path.join(env.PUFA_DATA_DIR!, 'empty-site');
  mkdirSync(siteDir, { recursive: true });
  const server = startServer(env, siteDir);
  try {
    await until(180, async () => ((await fetch(`${base}/api/laws?limit=1`)).ok ? true : undefined));
    const token = await login();
    const agencies = (await (await fetch(`${base}/api/agencies?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { id: number }[] };
    const agency = agencies.docs[0]!.id;
    const warm = await publishOnce(token, agency, 0);
    const seconds: number[] = [];
    for (let i = 1; i <= samples; i += 1) seconds.push(await publishOnce(token, agency, i));
    const s = summarize(seconds);
    const builds = (await (await fetch(`${base}/api/site-builds?sort=-queuedAt&limit=1`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { pages: number; durationMs: number }[] };
    const last = builds.docs[0];
    console.log(`publish-${label} samples=${samples} warmup_s=${fmt(warm)} median_s=${fmt(s.median)} p95_s=${fmt(s.p95)} max_s=${fmt(s.max)} pages=${last?.pages ?? '?'} last_build_s=${fmt((last?.durationMs ?? 0) / 1000)}`);
    return s;
  } finally {
    if (server.exitCode !== null) console.error(`server exited (${server.exitCode}); see ${env.PUFA_DATA_DIR}/server.log`);
    else if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await sleep(1000);
  }
}

/**
 * Without a server (when the shared admin build is busy): what the loop does after a change, the
 * quiet period plus one build into a new folder (the switch itself is one assignment).
 */
async function measureBuilds(label: string, env: NodeJS.ProcessEnv, samples: number) {
  const { buildSite } = await import('../cms/publish/build');
  const { DEFAULT_TIMING } = await import('../core/publish/scheduler');
  const out = mkdtempSync(path.join(path.resolve('node_modules/.cache'), `pufa-bench-publish-${label}-`));
  const seconds: number[] = [];
  for (let i = 0; i <= samples; i += 1) {
    const t = performance.now();
    const outcome = await buildSite(path.join(out, String(i)), env);
    if (!outcome.ok) throw new Error(outcome.reason);
    if (i > 0) seconds.push(DEFAULT_TIMING.quietMs / 1000 + (performance.now() - t) / 1000);
    else console.log(`publish-${label} warmup_build_s=${fmt((performance.now() - t) / 1000)} pages=${outcome.pages}`);
  }
  const s = summarize(seconds);
  console.log(`publish-${label} mode=builds-only samples=${samples} median_s=${fmt(s.median)} p95_s=${fmt(s.p95)} max_s=${fmt(s.max)}`);
  return s;
}

function freshEnv(name: string): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(tmpdir(), `pufa-bench-publish-${name}-`));
  return { ...process.env, PUFA_DATA_DIR: dir, DATABASE_URI: `file:${path.join(dir, `${name}.db`)}`, PAYLOAD_SECRET: 'bench-publish' };
}

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const none = { median: NaN, p95: NaN };

let demo: { median: number; p95: number } = none;
if (!process.argv.includes('--scale-only')) {
  const demoEnv = freshEnv('demo');
  execFileSync(tsx, ['cms/scripts/seed.ts'], { env: demoEnv, stdio: 'ignore' });
  const samples = Number(process.env.BENCH_PUBLISH_SAMPLES ?? 5);
  demo = process.argv.includes('--builds-only') ? await measureBuilds('demo', demoEnv, samples) : await measure('demo', demoEnv, samples);
}

let scale: { median: number; p95: number } = none;
if (!process.argv.includes('--demo-only')) {
  // --scale-dir <folder>: a data folder prepared by an earlier run (its scale.db), to measure again.
  const reuse = arg('--scale-dir');
  const scaleEnv = reuse ? { ...process.env, PUFA_DATA_DIR: reuse, DATABASE_URI: `file:${path.join(reuse, 'scale.db')}`, PAYLOAD_SECRET: 'bench-publish' } : freshEnv('scale');
  if (!reuse) {
    execFileSync(tsx, ['cms/scripts/seed.ts'], { env: scaleEnv, stdio: 'ignore' });
    execFileSync(tsx, ['bench/agency-store.ts', '200', '2022,2023,2024,2025,2026'], { env: scaleEnv, stdio: 'inherit' });
    execFileSync(tsx, ['cms/scripts/import-laws.ts', corpus], { env: scaleEnv, stdio: 'ignore' });
  }
  const samples = Number(process.env.BENCH_PUBLISH_SCALE_SAMPLES ?? 3);
  scale = process.argv.includes('--builds-only') ? await measureBuilds('scale', scaleEnv, samples) : await measure('scale', scaleEnv, samples);
}
console.log(`publish demo_p50_s=${fmt(demo.median)} demo_p95_s=${fmt(demo.p95)} scale_p50_s=${fmt(scale.median)} scale_p95_s=${fmt(scale.p95)}`);
