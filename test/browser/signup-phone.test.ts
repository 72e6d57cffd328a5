/**
 * Sign-up on /account/ without e-mail, in Chromium against the real server: a phone number
 * written the way people write it, a password and the demo village's invitation code make a
 * confirmed member of 芙蓉社区 who logs in again by the bare number; a wrong code is refused with
 * the one answer and creates no account. Screenshots at 412 px in normal mode and 长辈模式.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INVITATION_REFUSED } from '../../core/learning/membership';
import { launchBrowser, screenshot } from './browser';

const base = inject('baseURL');
let browser: Browser;
const number = `138${String(Date.now()).slice(-8)}`;
const PASSWORD = 'cunmin-2026-pw';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function fillSignUp(page: Page, account: string, code: string) {
  await page.goto(`${base}/account/`);
  await page.locator('#signup-unit optgroup').first().waitFor({ state: 'attached' });
  await page.getByLabel('姓名', { exact: true }).fill('张大爷');
  await page.locator('#signup-username').fill(account);
  await page.locator('#signup-password').fill(PASSWORD);
  await page.getByRole('radio', { name: /法律明白人/ }).check();
  await page.locator('#signup-code').fill(code);
}

describe('sign-up by phone number with an invitation code', () => {
  it('a wrong code is refused with the one answer and makes no account', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
    await fillSignUp(page, `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`, 'WRONG-CODE2');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await expect.poll(() => page.locator('#account-status').textContent()).toContain(INVITATION_REFUSED);
    const login = await page.request.post(`${base}/api/learners/login`, { data: { username: number, password: PASSWORD } });
    expect(login.status()).toBe(401);
    await page.close();
  });

  it('the village code makes a confirmed member who logs in again by the bare number', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await fillSignUp(page, `+86 ${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}`, 'furong-2026');
    await screenshot(page, 'signup-phone-412');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL('**/me/');
    await page.goto(`${base}/account/`);
    await expect.poll(() => page.locator('#signed-in-unit').textContent()).toMatch(/芙蓉社区.*已确认/);
    await expect(page.locator('#signed-in-who').textContent()).resolves.toContain(number);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('#login-form').waitFor();

    await page.evaluate(() => localStorage.setItem('pufa-elder', '1'));
    await page.reload();
    await page.locator('#login-email').fill(number);
    await page.locator('#login-password').fill(PASSWORD);
    await screenshot(page, 'signup-phone-412-elder');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL('**/me/');
    await context.close();
  });
});
