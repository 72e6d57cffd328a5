/**
 * The admin side of the account fixes, in the real admin: a unit editor issues a one-time reset
 * code from a learner's page (shown once; the learner then resets with it), and a staff member
 * changing their own password in the admin is asked for the current one.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../cms/seed/users';
import { launchBrowser, logInToAdmin, screenshot } from '../../browser/browser';

const base = inject('baseURL');
let browser: Browser;

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${base}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  });

async function adminLogin(email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await logInToAdmin(page, base, email, password);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('admin: account security', () => {
  it('a unit editor issues a one-time code on the learner’s page; the learner resets with it', async () => {
    const agencies = await fetch(`${base}/api/agencies?where[name][equals]=${encodeURIComponent('泉城市市场监督管理局')}&depth=0`);
    const unit = ((await agencies.json()) as { docs: { id: number }[] }).docs[0]!.id;
    const email = `admin-reset-${randomUUID().slice(0, 8)}@example.cn`;
    const created = await post('/learners', { email, password: 'learner-pw-123', displayName: '重置测试', audience: 'officials', unit });
    const id = ((await created.json()) as { doc: { id: number } }).doc.id;

    const page = await adminLogin('scjg@pufa.local', DEMO_PASSWORD);
    await page.goto(`${base}/admin/collections/learners/${id}`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '签发一次性重置码' }).click();
    const code = (await page.getByTestId('reset-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
    await screenshot(page, 'admin-reset-code');
    await page.context().close();

    expect((await post('/learners/reset-password', { email, code, password: 'after-reset-pw-1' })).status).toBe(200);
    expect((await post('/learners/login', { email, password: 'after-reset-pw-1' })).status).toBe(200);
  });

  it('changing one’s own password in the admin needs the current password', async () => {
    const admin = (await (await post('/users/login', { email: 'admin@pufa.local', password: DEMO_PASSWORD })).json()) as { token: string };
    const email = `staff-${randomUUID().slice(0, 8)}@test.local`;
    const created = await post('/users', { email, password: 'staff-pw-1234', name: '改密测试', role: 'teacher' }, admin.token);
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { doc: { id: number } }).doc.id;

    const page = await adminLogin(email, 'staff-pw-1234');
    await page.goto(`${base}/admin/account`);
    // A click before React has hydrated the account form opens nothing on a loaded machine: retry.
    const newPassword = page.locator('input[name="password"]');
    for (let attempt = 0; attempt < 15 && !(await newPassword.isVisible()); attempt += 1) {
      await page.locator('#change-password').click();
      await newPassword.waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    await newPassword.fill('staff-new-pw-1');
    const saveButton = page.locator('#action-save');
    const saveEnabled = () =>
      page.waitForFunction(() => !(document.querySelector('#action-save') as HTMLButtonElement | null)?.disabled, null, { timeout: 3_000 }).then(
        () => true,
        () => false,
      );
    /**
     * Clicks save until the form sends (a click while the form is still settling sends nothing)
     * and returns the server's reply to the one request it sent, however long it takes: the
     * old version waited 3 s, then clicked again on a button the form had disabled meanwhile.
     */
    const save = async () => {
      for (let i = 0; i < 5; i += 1) {
        if (!(await saveEnabled())) throw new Error('the save button stayed disabled');
        const sent = page
          .waitForRequest((r) => r.url().includes(`/api/users/${id}`) && r.method() === 'PATCH', { timeout: 3_000 })
          .catch(() => null);
        await saveButton.click();
        const request = await sent;
        if (!request) continue;
        const reply = await request.response();
        if (!reply) throw new Error('the save got no reply');
        return reply;
      }
      throw new Error('the admin never sent the save');
    };
    /** Types into a field until the form counts as modified (the save button enables). */
    const typeUntilModified = async (selector: string, value: string) => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await page.locator(selector).fill('');
        await page.locator(selector).pressSequentially(value);
        if (await saveEnabled()) return;
      }
      throw new Error(`typing into ${selector} never enabled the save button`);
    };
    await typeUntilModified('input[name="confirm-password"]', 'staff-new-pw-1');
    const refused = await save();
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain('修改密码或邮箱需要先输入当前密码');
    await page.getByText('修改密码或邮箱需要先输入当前密码').first().waitFor();

    // Payload folds the password fields away once the form is no longer "modified" (after any
    // save); their values stay in the form state and go with the next save, as for a user who
    // now types the current password and saves again.
    await typeUntilModified('#field-currentPassword', 'staff-pw-1234');
    const accepted = await save();
    expect(accepted.status()).toBe(200);
    expect((await post('/users/login', { email, password: 'staff-new-pw-1' })).status).toBe(200);
    await page.context().close();
  });
});
