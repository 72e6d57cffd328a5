/**
 * No CSP, X-Frame-Options, nosniff or Referrer-Policy anywhere, so the admin
 * could be framed. Every page type of the site, the admin's login, dashboard, a list and an edit
 * page (with the Monaco JSON editor) now carry the headers, and a real browser reports no CSP
 * violation on any of them while their scripts run; another origin cannot frame the admin.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/seed/users';
import { launchBrowser } from '../../browser/browser';
import { otherOrigin, staffToken } from './other-origin';

const base = inject('baseURL');
let browser: Browser;
let context: BrowserContext;
const violations: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  // Reported by the page itself (CSP blocks never reach the network log).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    // The report page's print button: record the call instead of opening a print dialog.
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  context.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
});
afterAll(async () => browser?.close());

/** Opens `path`, checks the response's headers, lets its scripts run; returns the page. */
async function visit(page: Page, path: string, surface: 'site' | 'admin'): Promise<void> {
  const res = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  expect(res, path).not.toBeNull();
  const headers = res!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, path).toContain("default-src 'self'");
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).not.toMatch(/https?:\/\//);
  if (surface === 'site') expect(csp, path).toMatch(/script-src 'self' 'unsafe-hashes' 'sha256-[^']+'(;|$)/);
  else expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
  expect(headers['x-content-type-options'], path).toBe('nosniff');
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], path).toBe('DENY');
}

const firstLink = async (page: Page, index: string, pattern: RegExp) => {
  await page.goto(`${base}${index}`);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(decodeURI(h)));
  expect(href, `${index} links to ${pattern}`).toBeDefined();
  return href!;
};

describe('security headers and CSP', () => {
  it('every page type of the site runs without a CSP violation', async () => {
    const page = await context.newPage();
    const paths = [
      '/', '/tracks/village/', '/lessons/falv-yuanzhu/', '/quizzes/falv-yuanzhu/', '/laws/', '/search/', '/lists/', '/campaigns/',
      '/calendar/', '/reports/', '/leaderboard/', '/verify/', '/account/', '/me/', '/exam/', '/certificate/', '/no-such-page/',
      await firstLink(page, '/laws/', /^\/laws\/[^/]+\/$/),
      await firstLink(page, '/lists/', /^\/lists\/.+\/$/),
      await firstLink(page, '/campaigns/', /^\/campaigns\/\d{4}\//),
      '/media/', '/live/', '/offline/',
      await firstLink(page, '/media/', /^\/media\/(?!(?:audience|form|law|campaign)\/)[^/]+\/$/),
      await firstLink(page, '/reports/', /^\/reports\/city\/\d{4}\/$/),
      // An agency's report last: its print button is pressed below.
      await firstLink(page, '/reports/', /^\/reports\/(?!city\/)[^/]+\/\d{4}\/$/),
    ];
    for (const path of paths) await visit(page, path, 'site');
    // Scripts ran: the quiz checks an answer, search fetches its index, the report prints.
    await visit(page, '/quizzes/falv-yuanzhu/', 'site');
    const first = page.locator('.quiz .question').first();
    await first.locator('input').first().check();
    await first.locator('button.check').click();
    await expect(first.locator('.feedback').textContent()).resolves.toMatch(/回答/);
    await visit(page, '/search/', 'site');
    await page.fill('#search-input', '法律援助');
    await page.click('#search-form button');
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await visit(page, paths.at(-1)!, 'site');
    await page.getByRole('button', { name: /打印/ }).click();
    await expect(page.locator('html').getAttribute('data-printed')).resolves.toBe('yes');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the admin login, dashboard, a list and an edit page with a JSON editor run without a CSP violation', async () => {
    const page = await context.newPage();
    await visit(page, '/admin/login', 'admin');
    await page.fill('input[name="email"]', 'admin@pufa.local');
    await page.fill('input[name="password"]', DEMO_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 });
    await page.locator('section.pufa-overview').waitFor();
    await visit(page, '/admin', 'admin');
    await visit(page, '/admin/collections/agencies', 'admin');
    const token = await staffToken(base, 'admin@pufa.local', DEMO_PASSWORD);
    const records = (await (await fetch(`${base}/api/learning-records?limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { id: number }[] };
    await visit(page, `/admin/collections/learning-records/${records.docs[0]!.id}`, 'admin');
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('API responses and assets carry the headers too, with nothing allowed to run', async () => {
    for (const path of ['/api/laws?limit=1', '/api/graphql', '/vendor/monaco/vs/loader.js']) {
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    expect((await fetch(`${base}/api/laws?limit=1`)).headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });

  it('a page of another origin cannot frame the admin', async () => {
    const framer = await otherOrigin({ '/': `<!doctype html><iframe id="f" src="${base}/admin/login" width="800" height="600"></iframe>` });
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => blocked.push(m.text()));
    await page.goto(framer.url, { waitUntil: 'load' });
    await page.waitForTimeout(1_000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    expect(await frame!.locator('input[name="email"]').count()).toBe(0);
    expect(blocked.join('\n')).toMatch(/frame-ancestors|X-Frame-Options|refused to connect|Refused to display/i);
    await page.close();
    await framer.close();
  });
});
