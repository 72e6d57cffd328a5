/** The Payload admin in Chinese: an admin logs in and sees the collections and a law's articles. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { logInToAdmin, openPage, screenshot } from './browser';

let browser: Browser;
let page: Page;
const base = inject('baseURL');

beforeAll(async () => ({ browser, page } = await openPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })));
afterAll(async () => browser?.close());

describe('admin', () => {
  it('logs in and shows the collections in Chinese', async () => {
    await logInToAdmin(page, base, 'admin@pufa.local');
    const body = await page.locator('body').innerText();
    for (const label of ['单位', '工作人员', '法律法规', '条文', '题库', '普法作品']) expect(body).toContain(label);
    const overview = page.locator('section.pufa-overview');
    await expect(overview.innerText()).resolves.toMatch(new RegExp(`${new Date().getFullYear()}年全市普法工作概览[\\s\\S]*市司法局\\s+已发布`));
    await expect(overview.innerText()).resolves.toContain('待审核');
    await screenshot(page, 'admin-dashboard');
  });

  it('lists laws and shows a law’s versions', async () => {
    await page.goto(`${base}/admin/collections/laws?search=民法典`);
    await page.getByRole('link', { name: '中华人民共和国民法典' }).first().click();
    await page.waitForURL(/\/admin\/collections\/laws\/\d+/);
    await page.getByText('中华人民共和国民法典（2020-05-28）').first().waitFor();
    await expect(page.locator('input[name="slug"]').inputValue()).resolves.toBe('民法典');
    await screenshot(page, 'admin-law');
  });

  it('shows an agency editor their own unit’s learners with CSV and xAPI downloads, not the city overview', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const editor = await context.newPage();
    await logInToAdmin(editor, base, 'scjg@pufa.local');
    const unit = editor.locator('section.pufa-unit-learning');
    await expect(unit.innerText()).resolves.toMatch(new RegExp(`${new Date().getFullYear()}年本单位学员学法情况[\\s\\S]*学员 \\d+ 人`));
    expect(await editor.locator('section.pufa-overview').count()).toBe(0);
    const csv = await context.request.get(new URL((await unit.getByRole('link', { name: /CSV/ }).getAttribute('href'))!, base).href);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).replace(/^\ufeff/, '').split('\n')[0]).toBe('姓名,学习路径,已修学时,应修学时,考试最高分,考试通过,证书验证码');
    const xapi = await context.request.get(new URL((await unit.getByRole('link', { name: /xAPI/ }).getAttribute('href'))!, base).href);
    expect(Array.isArray(await xapi.json())).toBe(true);
    await screenshot(editor, 'admin-editor-dashboard');
    await context.close();
  });

  it('refuses a wrong password', async () => {
    const context = await browser.newContext();
    const res = await context.request.post(`${base}/api/users/login`, {
      data: { email: 'admin@pufa.local', password: 'wrong-password' },
    });
    expect(res.status()).toBe(401);
    await context.close();
  });
});
