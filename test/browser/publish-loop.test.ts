/**
 * The publishing loop for real: a server of its own (a copy of the seeded database, PUFA_PUBLISH
 * on) rebuilds the site when a reviewer publishes a list; the public page appears with no manual
 * command and the admin says when. A build broken on purpose (a lesson's cited article deleted)
 * leaves the previous site up and the admin shows why.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildsFolder } from '../../cms/publish/build';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { launchBrowser, logInToAdmin, screenshot } from './browser';

const siteEnv = inject('siteEnv');
const dir = mkdtempSync(path.join(tmpdir(), 'pufa-publish-'));
let server: ChildProcess;
let base: string;
let browser: Browser;

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/** Polls `check` every second until it returns a value, or fails after `seconds`. */
async function until<T>(what: string, seconds: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${seconds} 秒内未等到：${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const status = async (url: string) => (await fetch(url)).status;

beforeAll(async () => {
  // A copy of the suite's database: this server writes and rebuilds without touching the shared one.
  const source = createClient({ url: siteEnv.DATABASE_URI! });
  await source.execute(`VACUUM INTO '${path.join(dir, 'pufa.db')}'`);
  source.close();
  const media = path.join(siteEnv.PUFA_DATA_DIR!, 'media');
  if (existsSync(media)) cpSync(media, path.join(dir, 'media'), { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/serve.ts', '--port', String(port), '--site-dir', inject('siteDir')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
    env: { ...process.env, ...siteEnv, PUFA_DATA_DIR: dir, DATABASE_URI: `file:${path.join(dir, 'pufa.db')}`, PUFA_PUBLISH: 'on' },
  });
  await until('服务器就绪', 120, async () => ((await status(`${base}/api/laws?limit=1`)) === 200 ? true : undefined));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  // The whole group: the server and any Astro build it started.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
  // A data folder outside the checkout has its build folders in the checkout's cache.
  rmSync(buildsFolder(dir), { recursive: true, force: true });
});

async function apiAs(email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const res = await context.request.post(`${base}/api/users/login`, { data: { email, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return context.request;
}

/** The text of the admin's publish status line, as `email` sees it on the dashboard. */
async function adminStatus(email: string, shot?: string): Promise<string> {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  try {
    await logInToAdmin(page, base, email);
    const line = page.getByTestId('publish-status');
    await line.waitFor({ timeout: 30_000 });
    if (shot) await screenshot(page, shot);
    return (await line.textContent()) ?? '';
  } finally {
    await page.close();
  }
}

describe('publishing loop', () => {
  let listUrl: string;

  it('a list the reviewer publishes appears on the public site with no manual command', async () => {
    const reviewer = await apiAs('reviewer@pufa.local');
    const found = await reviewer.get(`${base}/api/responsibility-lists?where[status][equals]=submitted&depth=1&limit=1`);
    const list = ((await found.json()) as { docs: { id: number; year: number; agency: { shortName: string } }[] }).docs[0]!;
    expect(list, '演示数据中应有一份待审核清单').toBeDefined();
    listUrl = `${base}/lists/${encodeURIComponent(list.agency.shortName)}/${list.year}/`;
    expect(await status(listUrl)).toBe(404);

    const started = Date.now();
    const published = await reviewer.patch(`${base}/api/responsibility-lists/${list.id}`, { data: { status: 'published' }, headers: { origin: base } });
    expect(published.status()).toBe(200);
    expect(await adminStatus('reviewer@pufa.local')).toMatch(/公开页面将在约 \d+ 秒后更新/);
    await until('公开清单页面', 300, async () => ((await status(listUrl)) === 200 ? true : undefined));
    console.log(`publish → visible: ${((Date.now() - started) / 1000).toFixed(1)} s`);

    expect(await adminStatus('reviewer@pufa.local', 'publish-status-updated')).toMatch(/^公开页面已于 \d{2}:\d{2} 更新$/);
    const builds = await reviewer.get(`${base}/api/site-builds?sort=-queuedAt&limit=1`);
    const latest = ((await builds.json()) as { docs: { status: string; trigger: string; pages: number; changes: { collection: string }[] }[] }).docs[0]!;
    expect(latest).toMatchObject({ status: 'succeeded', trigger: 'change' });
    expect(latest.pages).toBeGreaterThan(50);
    expect(latest.changes.map((c) => c.collection)).toContain('responsibility-lists');
  }, 420_000);

  it('a build broken by a missing cited article keeps the old site up and the admin shows why', async () => {
    const admin = await apiAs('admin@pufa.local');
    // 宪法 第二十七条 is cited by lessons; without it the site build must fail.
    const query = `where[law.slug][equals]=${encodeURIComponent('宪法')}&where[number][equals]=27&where[version.isCurrent][equals]=true&depth=0`;
    const article = ((await (await admin.get(`${base}/api/law-articles?${query}`)).json()) as { docs: { id: number }[] }).docs[0]!;
    expect(article).toBeDefined();
    expect((await admin.delete(`${base}/api/law-articles/${article.id}`, { headers: { origin: base } })).status()).toBe(200);

    const line = await until('管理后台显示发布失败', 300, async () => {
      const text = await adminStatus('admin@pufa.local');
      return text.startsWith('发布失败') ? text : undefined;
    });
    expect(line).toMatch(/宪法.*不存在.*（仍显示上一版本）$/);
    await adminStatus('admin@pufa.local', 'publish-status-failed');
    expect(await status(listUrl)).toBe(200);
    expect(await status(`${base}/laws/${encodeURIComponent('宪法')}/`)).toBe(200);

    const reviewer = await apiAs('reviewer@pufa.local');
    const builds = await reviewer.get(`${base}/api/site-builds?sort=-queuedAt&limit=1`);
    const failed = ((await builds.json()) as { docs: { status: string; error: string; logTail: string }[] }).docs[0]!;
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('不存在');
    expect(failed.logTail.length).toBeGreaterThan(0);
  }, 420_000);

  it('only admins may rebuild now: a reviewer is refused, an admin is answered 202', async () => {
    const reviewer = await apiAs('reviewer@pufa.local');
    const refused = await reviewer.post(`${base}/api/site-builds/rebuild`, { headers: { origin: base } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('只有管理员（普法办）可以立即重新发布');
    const admin = await apiAs('admin@pufa.local');
    expect((await admin.post(`${base}/api/site-builds/rebuild`, { headers: { origin: base } })).status()).toBe(202);
  });
});
