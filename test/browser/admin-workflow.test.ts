/**
 * The admin as an agency editor and a reviewer meet it: workflow buttons instead of a status
 * select (the editor sees 提交审核 and never 发布; the reviewer publishes with one click), Chinese
 * row labels, a lock notice that names the editor, and "查看公开页面" links that open real pages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logInToAdmin, screenshot } from './browser';

const base = inject('baseURL');
// A year no seed or other test uses; varied so a rerun against the same server starts fresh.
const YEAR = 2036 + (Date.now() % 50);
let browser: Browser;
let editor: BrowserContext;
let reviewer: BrowserContext;
let listId: number;

async function staffContext(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await logInToAdmin(page, base, email);
  return { context, page };
}

const workflow = (page: Page) => page.getByTestId('workflow-actions');
const listPage = (id: number) => `${base}/admin/collections/responsibility-lists/${id}`;

beforeAll(async () => {
  browser = await launchBrowser();
  const opened = await staffContext('scjg@pufa.local');
  editor = opened.context;
  // A fresh draft of the editor's agency, made as the admin's own requests are (same origin).
  listId = await opened.page.evaluate(async (year) => {
    const res = await fetch('/api/responsibility-lists', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ year, items: [{ category: '食品安全法', topic: '宣传周进社区' }, { topic: '校园食品安全讲座' }] }),
    });
    return ((await res.json()) as { doc: { id: number } }).doc.id;
  }, YEAR);
  await opened.page.close();
  reviewer = (await staffContext('reviewer@pufa.local')).context;
}, 120_000);
afterAll(async () => browser?.close());

describe('workflow buttons', () => {
  it('offer the editor 提交审核 and not 发布 on a draft, with a read-only status and Chinese row labels', async () => {
    const page = await editor.newPage();
    await page.goto(listPage(listId));
    await workflow(page).getByRole('button', { name: '提交审核' }).waitFor();
    const buttons = await workflow(page).getByRole('button').allInnerTexts();
    expect(buttons).toEqual(['提交审核']);
    await expect(workflow(page).innerText()).resolves.toContain('当前状态：草稿');
    expect(await page.locator('#field-status').getAttribute('class')).toMatch(/read-only/);
    await expect(page.locator('body').innerText()).resolves.toMatch(/第1项：食品安全法 宣传周进社区[\s\S]*第2项：校园食品安全讲座/);
    expect(await page.locator('body').innerText()).not.toMatch(/Item 0\d/);
    await screenshot(page, 'admin-list-editor-draft');
    await workflow(page).getByRole('button', { name: '提交审核' }).click();
    await workflow(page).getByText('当前状态：待审核').waitFor();
    await workflow(page).getByText('当前没有您可以执行的审核操作').waitFor();
    await page.close();
  });

  it('show a reviewer who is editing, then let the reviewer publish with one click', async () => {
    const held = await editor.newPage();
    await held.goto(listPage(listId));
    await workflow(held).waitFor();
    // Payload takes the lock on the first edit made 10 s or more after the document opened.
    await held.waitForTimeout(10_500);
    await held.locator('#field-items__0__category').fill('食品安全法（修改中）');
    await held.waitForTimeout(2_000);

    const page = await reviewer.newPage();
    await page.goto(listPage(listId));
    const notice = page.locator('.document-locked');
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('张编辑（市场监管）（市市场监管局）');
    expect(text).not.toMatch(/用户:\s*\d/);
    await screenshot(page, 'admin-list-locked-notice');
    await page.getByRole('button', { name: '只读查看' }).click();
    const publish = workflow(page).getByRole('button', { name: '审核发布' });
    await publish.waitFor();
    expect(await workflow(page).getByRole('button').allInnerTexts()).toEqual(['退回', '审核发布']);
    await screenshot(page, 'admin-list-reviewer-submitted');
    await publish.click();
    await workflow(page).getByText('当前状态：已发布').waitFor();
    const link = page.getByTestId('public-page-link');
    await expect(link.getAttribute('href')).resolves.toBe(`/lists/${encodeURIComponent('市市场监管局')}/${YEAR}/`);
    await screenshot(page, 'admin-list-reviewer-published');
    await held.close();
    await page.close();
  }, 60_000);

  it('refuse, in Chinese, an editor who asks the server to publish', async () => {
    const page = await editor.newPage();
    await page.goto(listPage(listId));
    const reply = await page.evaluate(async (id) => {
      const res = await fetch(`/api/responsibility-lists/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'publish' }),
      });
      return { status: res.status, body: (await res.json()) as { errors: { message: string }[] } };
    }, listId);
    expect(reply.status).toBe(403);
    expect(reply.body.errors[0]!.message).toBe('只有审核员或管理员可以审核清单');
    await page.close();
  });
});

describe('查看公开页面', () => {
  // Seeded records that the site built in the global set-up shows.
  const records: [string, string][] = [
    ['responsibility-lists', 'where[status][equals]=published'],
    ['reports', 'where[status][equals]=published'],
    ['campaigns', ''],
    ['laws', 'where[slug][equals]=民法典'],
    ['media', ''],
    ['key-dates', ''],
  ];

  it.each(records)('on a published %s opens a page that answers 200', async (collection, query) => {
    const api = await reviewer.request.get(`${base}/api/${collection}?limit=1&depth=0&sort=createdAt&${query}`);
    const id = ((await api.json()) as { docs: { id: number }[] }).docs[0]!.id;
    const page = await reviewer.newPage();
    await page.goto(`${base}/admin/collections/${collection}/${id}`);
    const link = page.getByTestId('public-page-link');
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    const res = await reviewer.request.get(new URL(href, base).href);
    expect(res.status(), href).toBe(200);
    // An anchored link (a campaign on its month page) must land on an element that exists.
    const anchor = new URL(href, base).hash.slice(1);
    if (anchor) expect(await res.text()).toContain(`id="${anchor}"`);
    if (collection === 'reports' || collection === 'campaigns') await screenshot(page, `admin-${collection}-reviewer`);
    await page.close();
  });

  it('is absent on a list that is not published', async () => {
    const api = await reviewer.request.get(`${base}/api/responsibility-lists?limit=1&depth=0&where[status][equals]=submitted`);
    const id = ((await api.json()) as { docs: { id: number }[] }).docs[0]!.id;
    const page = await reviewer.newPage();
    await page.goto(listPage(id));
    await workflow(page).getByRole('button', { name: '审核发布' }).waitFor();
    expect(await page.getByTestId('public-page-link').count()).toBe(0);
    await page.close();
  });

  it('list views read in Chinese for editor and reviewer', async () => {
    for (const [context, who] of [[editor, 'editor'], [reviewer, 'reviewer']] as const) {
      const page = await context.newPage();
      await page.goto(`${base}/admin/collections/responsibility-lists`);
      // Relationship cells fill in after the table renders.
      await page.locator('table').getByText('泉城市市场监督管理局').first().waitFor();
      await screenshot(page, `admin-lists-${who}`);
      await page.close();
    }
  });
});
