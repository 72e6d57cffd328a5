/**
 * Custom endpoints refuse one way, over real HTTP: Payload's `{ errors: [{ message, data? }] }`
 * with the status, a Chinese message, and details (why a certificate cannot be issued yet) in
 * `data`; the certificate page lists those reasons from that reply.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

const base = inject('baseURL');
const PASSWORD = 'errors-learner-pw-1';

interface Refusal {
  errors: { message: string; data?: { reasons?: string[] } }[];
}

let browser: Browser;
let email: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const agencies = await fetch(`${base}/api/agencies?where[name][equals]=${encodeURIComponent('泉城市市场监督管理局')}&depth=0`);
  const unit = ((await agencies.json()) as { docs: { id: number }[] }).docs[0]!.id;
  email = `errors-${randomUUID().slice(0, 8)}@example.cn`;
  const res = await fetch(`${base}/api/learners`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, displayName: '错误格式', audience: 'officials', unit, timeZone: 'Asia/Shanghai' }),
  });
  expect(res.status).toBe(201);
});
afterAll(async () => browser?.close());

describe('endpoint refusals', () => {
  it('the leaderboard refuses bad parameters and an anonymous unit board as {errors:[{message}]}', async () => {
    const bad = await fetch(`${base}/api/learners/leaderboard?scope=everyone`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Refusal).errors[0]!.message).toContain('参数无效');
    const anon = await fetch(`${base}/api/learners/leaderboard?scope=unit`);
    expect(anon.status).toBe(401);
    expect(((await anon.json()) as Refusal).errors[0]!.message).toContain('登录学员账号');
  });

  it('a certificate not yet earned is a 409 with its reasons in data, listed on the certificate page', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const login = await context.request.post(`${base}/api/learners/login`, { data: { email, password: PASSWORD } });
    expect(login.status()).toBe(200);
    // Same-origin, as the page sends it (cookie-authenticated writes from elsewhere are refused).
    const issue = await context.request.post(`${base}/api/certificates/issue`, { headers: { 'Content-Type': 'application/json', Origin: base } });
    expect(issue.status()).toBe(409);
    const refusal = ((await issue.json()) as Refusal).errors[0]!;
    expect(refusal.message).toBe('尚未满足颁发证书的条件');
    expect(refusal.data?.reasons).toContain('年度学法考试尚未通过');

    const page = await context.newPage();
    await page.goto(`${base}/certificate/`);
    await page.click('#cert-issue-button');
    await page.locator('#cert-reasons li').first().waitFor();
    expect(await page.locator('#cert-reasons').innerText()).toContain('年度学法考试尚未通过');
    expect(await page.locator('#cert-status').innerText()).toContain('暂时还不能领取证书');
    await context.close();
  });
});
