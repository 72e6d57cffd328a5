/**
 * Offline for real: the test puts its own small proxy in front of the suite's server and closes
 * it, so every request — the page's and the service worker's — meets a refused connection. After
 * 下载本路径 on the village (法律明白人) track, every lesson, quiz page and cited article of the
 * track opens with the server gone, a quiz is answered; a page outside the pack shows the offline
 * page. Back online, the queued practice reaches the learner's records by itself, exactly once.
 * A new service worker is offered by the update bar, which never reloads a page mid-quiz.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import type { PackManifest } from '../../core/offline/pack';
import { launchBrowser, screenshot } from './browser';

const upstream = new URL(inject('baseURL'));
const LEARNER = 'sunlx@learner.pufa.local';
let browser: Browser;
let proxy: Server;
let origin: string;
/** Responses the proxy rewrites, by path: a new worker, a changed pack manifest. */
const rewrites = new Map<string, (body: string) => string>();

/** Forwards every request to the suite's server, keeping the Host header (same-origin checks). */
function startProxy(port = 0): Promise<Server> {
  const server = createServer((req, res) => {
    const rewrite = rewrites.get(req.url ?? '');
    const headers = { ...req.headers };
    if (rewrite) {
      // The whole body, uncompressed, so it can be changed (and no 304 keeps the old one).
      headers['accept-encoding'] = 'identity';
      delete headers['if-none-match'];
      delete headers['if-modified-since'];
    }
    const up = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (r) => {
      if (rewrite && r.statusCode === 200) {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => {
          const body = Buffer.from(rewrite(Buffer.concat(chunks).toString('utf8')));
          res.writeHead(200, { ...r.headers, 'content-length': String(body.length), etag: '' });
          res.end(body);
        });
        return;
      }
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function stopProxy(): Promise<void> {
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
}

async function loggedInContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, locale: 'zh-CN', serviceWorkers: 'allow' });
  const page = await context.newPage();
  const login = await page.request.post(`${origin}/api/learners/login`, { data: { email: LEARNER, password: DEMO_PASSWORD }, headers: { Origin: origin } });
  expect(login.ok(), await login.text()).toBe(true);
  return { context, page };
}

/** Answers up to `count` unanswered questions of the quiz on the page with their first option. */
async function answerQuiz(page: Page, count = Infinity): Promise<void> {
  const questions = page.locator('pufa-quiz .question');
  let answered = 0;
  for (let i = 0; i < (await questions.count()) && answered < count; i++) {
    const q = questions.nth(i);
    if (await q.locator('.check').isDisabled()) continue;
    await q.locator('input').first().check();
    await q.locator('.check').click();
    answered++;
  }
}

const queueIds = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('pufa:statements') ?? '[]') as { id: string }[]).map((s) => s.id));

beforeAll(async () => {
  browser = await launchBrowser();
  proxy = await startProxy();
  origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  if (proxy.listening) await stopProxy();
});

describe('offline packs', () => {
  it('village pack: everything opens with the server gone, a quiz is answered, practice syncs once when back', async () => {
    const { context, page } = await loggedInContext();
    await page.goto(`${origin}/tracks/village/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const box = page.locator('pufa-offline-pack');
    await expect.poll(() => box.locator('.pack-download').textContent()).toMatch(/下载本路径（约 [\d.]+ (MB|KB)）/);
    await box.locator('.pack-download').click();
    await expect.poll(() => box.locator('.pack-status').textContent(), { timeout: 60_000 }).toContain('下载完成');
    await expect.poll(() => box.locator('.pack-storage').textContent()).toContain('本站在本机共占用约');
    await expect.poll(() => box.locator('.pack-state').textContent()).toContain('已下载到本机');
    await screenshot(page, 'offline-pack-downloaded');
    const pack = (await (await fetch(`${origin}/offline-packs/village.json`)).json()) as PackManifest;
    expect(pack.lessons.length).toBeGreaterThanOrEqual(10);
    expect(pack.quizzes.length).toBe(pack.lessons.length);

    // The server is gone: connections refused, and the browser knows it is offline.
    await stopProxy();
    await context.setOffline(true);
    const cites = new Set<string>();
    const anchorsOn = (path: string) => [...cites].filter((c) => c.split('#')[0] === path).map((c) => decodeURIComponent(c.split('#')[1]!));
    const forwarded: string[] = [];
    for (const url of [...pack.lessons, ...pack.quizzes, ...pack.laws]) {
      const res = await page.goto(`${origin}${url}`, { waitUntil: 'domcontentloaded' });
      expect(res?.status(), url).toBe(200);
      expect(await page.locator('h1').first().textContent(), decodeURI(url)).not.toBe('当前没有网络');
      if (!url.startsWith('/laws/')) {
        for (const href of await page.locator('main a[href*="#art-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) cites.add(href);
        continue;
      }
      // Cited articles on this page; a long law's contents page holds none (they are on its parts).
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), anchorsOn(url));
      forwarded.push(...missing.map((id) => `${url}#${id}`));
    }
    expect(cites.size).toBeGreaterThan(10);
    for (const href of forwarded) {
      await page.goto(`${origin}${href}`, { waitUntil: 'domcontentloaded' });
      // The contents page forwards to the part that holds the article.
      await page.waitForFunction((anchor) => document.getElementById(anchor) !== null, href.split('#')[1]!, { timeout: 10_000 });
    }

    await page.goto(`${origin}${pack.quizzes[0]}`);
    await answerQuiz(page);
    expect(await page.locator('pufa-quiz .score').textContent()).toContain('本次得分');
    await page.locator('.quiz-synced [data-sync="offline"]').waitFor({ state: 'visible' });
    await screenshot(page, 'offline-quiz-answered');
    const queued = await queueIds(page);
    const questionCount = await page.locator('pufa-quiz .question').count();
    expect(queued).toHaveLength(questionCount + 1);

    await page.goto(`${origin}/calendar/`);
    expect(await page.locator('h1').textContent()).toBe('当前没有网络');
    await expect.poll(() => page.locator('pufa-offline-list .packs').textContent()).toContain('法律明白人');
    await screenshot(page, 'offline-page');

    // Back online, on a page with no quiz: the queue leaves by itself.
    proxy = await startProxy(Number(new URL(origin).port));
    await context.setOffline(false);
    await expect.poll(() => queueIds(page), { timeout: 20_000 }).toEqual([]);
    const where = queued.map((id, i) => `where[statementId][in][${i}]=${id}`).join('&');
    const records = async () => {
      const res = await page.request.get(`${origin}/api/learning-records?${where}&limit=100&depth=0`);
      expect(res.ok()).toBe(true);
      return ((await res.json()) as { docs: { statementId: string }[] }).docs.map((d) => d.statementId.toLowerCase());
    };
    expect((await records()).sort()).toEqual(queued.map((id) => id.toLowerCase()).sort());
    // A second sync of the same statements (another tab, a retry) stores nothing new.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await records()).toHaveLength(queued.length);

    // Online and logged in, a finished quiz says its practice is on the account.
    await page.goto(`${origin}${pack.quizzes[1]}`);
    await answerQuiz(page);
    await page.locator('.quiz-synced [data-sync="synced"]').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await queueIds(page)).toEqual([]);
    await context.close();
  }, 150_000);

  it('a changed pack is updated by fetching only the files that changed', async () => {
    const { context, page } = await loggedInContext();
    await page.goto(`${origin}/tracks/students/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const box = page.locator('pufa-offline-pack');
    await box.locator('.pack-download').click();
    await expect.poll(() => box.locator('.pack-status').textContent(), { timeout: 60_000 }).toContain('下载完成');
    // The server now says one lesson changed: a new version, one new file hash.
    rewrites.set('/offline-packs/students.json', (body) => {
      const m = JSON.parse(body) as PackManifest;
      const lesson = m.files.find((f) => f.url === m.lessons[0])!;
      lesson.hash = 'changed';
      return JSON.stringify({ ...m, version: 'next' });
    });
    await box.locator('.pack-download').click();
    await expect.poll(() => box.locator('.pack-status').textContent(), { timeout: 30_000 }).toContain('本次更新 1 个文件');
    rewrites.delete('/offline-packs/students.json');
    await box.locator('.pack-download').click();
    await expect.poll(() => box.locator('.pack-status').textContent(), { timeout: 30_000 }).toContain('本次更新 1 个文件');
    await box.locator('.pack-remove').click();
    await expect.poll(() => box.locator('.pack-status').textContent()).toContain('已删除');
    expect(await page.evaluate(async () => (await (await caches.open('pufa-packs')).keys()).length)).toBe(0);
    await context.close();
  }, 90_000);

  it('a new version is offered and never reloads a page mid-quiz', async () => {
    const { context, page } = await loggedInContext();
    await page.goto(`${origin}/tracks/village/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.goto(`${origin}/quizzes/renmin-tiaojie/`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await answerQuiz(page, 1);
    rewrites.set('/sw.js', (body) => `${body}\n// next version\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const bar = page.locator('#pufa-update');
    await bar.waitFor({ state: 'visible', timeout: 20_000 });
    await bar.locator('.update-now').click();
    expect(await bar.locator('.update-note').textContent()).toContain('请先答完本次练习');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await screenshot(page, 'offline-update-mid-quiz');
    await answerQuiz(page);
    await bar.locator('.update-now').click();
    await page.waitForFunction(() => (window as unknown as { marker?: number }).marker === undefined, undefined, { timeout: 15_000 });
    rewrites.delete('/sw.js');
    await context.close();
  }, 60_000);
});
