/**
 * A page on another port of the same host (same site, so the SameSite=Lax
 * auth cookie is sent) posted a multipart `_payload` form to /api and the logged-in admin's
 * cookie created a record. Replayed with a real browser: now refused with 403, nothing stored,
 * while the admin's own same-origin requests still pass.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/seed/users';
import { launchBrowser } from '../../browser/browser';
import { otherOrigin, type OtherOrigin, staffToken } from './other-origin';

const base = inject('baseURL');
const forgedName = `跨站伪造单位-${Date.now()}`;
let browser: Browser;
let admin: BrowserContext;
let attacker: OtherOrigin;
let token: string;

beforeAll(async () => {
  browser = await launchBrowser();
  token = await staffToken(base, 'admin@pufa.local', DEMO_PASSWORD);
  admin = await browser.newContext({ locale: 'zh-CN' });
  const login = await admin.request.post(`${base}/api/users/login`, { data: { email: 'admin@pufa.local', password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const payload = JSON.stringify({ name: forgedName, kind: '学校', level: '村' }).replace(/'/g, '&#39;');
  attacker = await otherOrigin({
    '/form': `<!doctype html><meta charset="utf-8"><form id="f" method="post" enctype="multipart/form-data" action="${base}/api/agencies">
      <input type="hidden" name="_payload" value='${payload}'></form><script>document.getElementById('f').submit()</script>`,
    '/fetch': '<!doctype html><meta charset="utf-8"><p>fetch</p>',
  });
});
afterAll(async () => {
  await attacker?.close();
  await browser?.close();
});

const forgedCount = async () => {
  const res = await fetch(`${base}/api/agencies?where[name][equals]=${encodeURIComponent(forgedName)}&limit=0&depth=0`, { headers: { Authorization: `JWT ${token}` } });
  return ((await res.json()) as { totalDocs: number }).totalDocs;
};

describe('cross-site request forgery', () => {
  it('refuses a same-site multipart _payload form carrying the admin’s cookie', async () => {
    const page = await admin.newPage();
    const answer = page.waitForResponse((r) => r.url() === `${base}/api/agencies` && r.request().method() === 'POST');
    await page.goto(`${attacker.url}/form`);
    const res = await answer;
    expect(res.request().headers()['cookie'] ?? (await res.request().allHeaders())['cookie']).toContain('payload-token=');
    expect(res.status()).toBe(403);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/跨站请求伪造/);
    expect(await forgedCount()).toBe(0);
    await page.close();
  });

  it('refuses a credentialed fetch from the other origin too (the request is sent; only the check stops it)', async () => {
    const page = await admin.newPage();
    await page.goto(`${attacker.url}/fetch`);
    const answer = page.waitForResponse((r) => r.url() === `${base}/api/agencies` && r.request().method() === 'POST');
    await page.evaluate(async (url) => {
      const data = new FormData();
      data.set('_payload', JSON.stringify({ name: document.title || 'x', kind: '学校', level: '村' }));
      await fetch(url, { method: 'POST', body: data, credentials: 'include', mode: 'no-cors' }).catch(() => undefined);
    }, `${base}/api/agencies`);
    expect((await answer).status()).toBe(403);
    await page.close();
  });

  it('lets the admin’s own pages write with the same cookie', async () => {
    const page = await admin.newPage();
    await page.goto(`${base}/admin`);
    const status = await page.evaluate(async (name) => {
      const data = new FormData();
      data.set('_payload', JSON.stringify({ name, kind: '学校', level: '村' }));
      const res = await fetch('/api/agencies', { method: 'POST', body: data, credentials: 'include' });
      return res.status;
    }, `${forgedName}-同源`);
    expect(status).toBe(201);
    await page.close();
  });

  it('leaves token-authenticated API clients alone', async () => {
    const res = await fetch(`${base}/api/agencies`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json', Origin: 'http://elsewhere.example' },
      body: JSON.stringify({ name: `${forgedName}-令牌`, kind: '学校', level: '村' }),
    });
    expect(res.status).toBe(201);
  });
});
