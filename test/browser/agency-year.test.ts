/**
 * The agencies' year end to end: an editor imports a spreadsheet in the admin (and sees row
 * errors for a broken one), submits; a reviewer publishes; after the site rebuild the public
 * list page shows it. The annual report page renders its charts and a clean print view.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LIST_TEMPLATE } from '../../core/agency/list-template';
import { writeSpreadsheet } from '../../cms/importer/spreadsheet';
import { buildSiteStep } from '../../cms/scripts/pipeline';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { launchBrowser, screenshot } from './browser';

const base = inject('baseURL');
let browser: Browser;
let editor: BrowserContext;

async function login(email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const res = await context.request.post(`${base}/api/users/login`, { data: { email, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return context;
}

/** A sheet in the agencies' template: header row plus the given rows keyed by header. */
async function sheet(rows: Record<string, string>[], format: 'xlsx' | 'csv'): Promise<string> {
  const headers = LIST_TEMPLATE.map((c) => c.header);
  const grid = [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))];
  const file = path.join(tmpdir(), `pufa-list-${Date.now()}.${format}`);
  writeFileSync(file, await writeSpreadsheet(grid, format));
  return file;
}

const row = (topic: string, extra: Record<string, string> = {}) => ({
  序号: '', 类别: '消费维权', 普法内容: topic, 涉及法律: '消费者权益保护法', 责任领导: '刘副局长', 责任人: '张科长',
  责任科室: '法规科', 普法对象: '社会公众、企业经营者', 普法形式: '讲座、新媒体', 重要时间节点: '03-15',
  工作目标: '开展宣传10场', 完成时限: '2027-06-30', 完成状态: '进行中', ...extra,
});

beforeAll(async () => {
  browser = await launchBrowser();
  editor = await login('scjg@pufa.local');
});
afterAll(async () => browser?.close());

describe('responsibility list from spreadsheet to public page', () => {
  let listId: number;

  it('shows every row error of a broken sheet and imports nothing', async () => {
    const page = await editor.newPage();
    await page.goto(`${base}/admin/collections/responsibility-lists`);
    await page.locator('form.pufa-import input[name="year"]').fill('2027');
    await page.setInputFiles(
      'form.pufa-import input[type="file"]',
      await sheet([row('缺少责任人', { 责任人: '' }), row('日期错误', { 完成时限: '2027-13-45' }), row('未标注的法规', { 涉及法律: '山东省消费者权益保护条例' })], 'csv'),
    );
    await page.click('form.pufa-import button[type="submit"]');
    const alert = page.locator('form.pufa-import [role="alert"]');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('未导入任何数据');
    expect(text).toMatch(/2\s+责任人/);
    expect(text).toMatch(/3\s+完成时限/);
    // A law the library lacks is refused unless marked, and the message says how to mark it.
    expect(text).toContain('请写成“山东省消费者权益保护条例（未入库）”');
    await screenshot(page, 'admin-import-errors');
    const res = await editor.request.get(`${base}/api/responsibility-lists?where[year][equals]=2027`);
    expect(((await res.json()) as { totalDocs: number }).totalDocs).toBe(0);
    await page.close();
  });

  it('imports a valid .xlsx as a draft of the editor’s agency', async () => {
    const page = await editor.newPage();
    await page.goto(`${base}/admin/collections/responsibility-lists`);
    await page.locator('form.pufa-import input[name="year"]').fill('2027');
    await page.setInputFiles('form.pufa-import input[type="file"]', await sheet([row('3·15 消费维权宣传'), row('网络交易监管普法', { 重要时间节点: '', 涉及法律: '消费者权益保护法、《山东省消费者权益保护条例》（未入库）' })], 'xlsx'));
    await page.click('form.pufa-import button[type="submit"]');
    await page.locator('form.pufa-import [role="status"]').waitFor();
    await expect(page.locator('form.pufa-import [role="status"]').innerText()).resolves.toContain('已导入 2 条事项');
    await screenshot(page, 'admin-import-done');
    const res = await editor.request.get(`${base}/api/responsibility-lists?where[year][equals]=2027&depth=0`);
    const docs = ((await res.json()) as { docs: { id: number; status: string; items: { topic: string; otherLaws?: string[] }[] }[] }).docs;
    expect(docs).toHaveLength(1);
    expect(docs[0]!.status).toBe('draft');
    expect(docs[0]!.items.map((i) => i.topic)).toEqual(['3·15 消费维权宣传', '网络交易监管普法']);
    expect(docs[0]!.items.map((i) => i.otherLaws)).toEqual([[], ['山东省消费者权益保护条例']]);
    listId = docs[0]!.id;
    const exported = await editor.request.get(`${base}/api/responsibility-lists/${listId}/export?format=csv`);
    expect(exported.headers()['content-type']).toContain('text/csv');
    const csv = await exported.text();
    expect(csv).toContain('网络交易监管普法');
    expect(csv).toContain('山东省消费者权益保护条例（未入库）');
    await page.close();
  });

  // API calls with the session cookie carry the Origin a browser would send (CSRF check in cms/security/csrf.ts).
  it('is submitted by the editor, refused to the editor for publishing, and published by a reviewer', async () => {
    const submit = await editor.request.patch(`${base}/api/responsibility-lists/${listId}`, { data: { status: 'submitted' }, headers: { origin: base } });
    expect(submit.status()).toBe(200);
    const selfPublish = await editor.request.patch(`${base}/api/responsibility-lists/${listId}`, { data: { status: 'published' }, headers: { origin: base } });
    expect(selfPublish.status()).toBe(403);
    const reviewer = await login('reviewer@pufa.local');
    const publish = await reviewer.request.patch(`${base}/api/responsibility-lists/${listId}`, { data: { status: 'published' }, headers: { origin: base } });
    expect(publish.status()).toBe(200);
    await reviewer.close();
  });

  it('appears on the public site after the rebuild', async () => {
    await buildSiteStep(['--outDir', inject('siteDir')], inject('siteEnv'));
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
    await page.goto(`${base}/lists/`);
    await expect(page.locator('table.grid').innerText()).resolves.toContain('2027年');
    await page.goto(`${base}/lists/${encodeURIComponent('市市场监管局')}/2027/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('泉城市市场监督管理局2027年普法责任清单');
    await expect(page.locator('.items').innerText()).resolves.toContain('网络交易监管普法');
    await expect(page.locator('.items .uncollected').innerText()).resolves.toBe('《山东省消费者权益保护条例》（法规库暂未收录）');
    await screenshot(page, 'public-list');
    await page.close();
  }, 240_000); // includes a full site rebuild
});

describe('campaigns', () => {
  it('a list item’s evidence link lands on the campaign on its month’s page; the year page links the months', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
    await page.goto(`${base}/lists/${encodeURIComponent('市司法局')}/2026/`);
    const evidence = page.locator('.items a[href^="/campaigns/"]').first();
    const href = (await evidence.getAttribute('href'))!;
    const [, month] = /^\/campaigns\/2026\/(\d\d)\/#c-\w+$/.exec(href) ?? [];
    expect(month, href).toBeDefined();
    const theme = (await evidence.innerText()).replace(/^\S+ /, '');
    await evidence.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(`2026年${Number(month)}月主题普法活动`);
    await expect(page.locator(`#${href.split('#')[1]} h2`).innerText()).resolves.toBe(theme);
    // The year page sums the months and links to each.
    await page.goto(`${base}/campaigns/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('2026年主题普法活动');
    await expect(page.locator(`.months a[href="/campaigns/2026/${month}/"]`).count()).resolves.toBe(1);
    await page.close();
  });
});

describe('key-date calendar', () => {
  it('shows this year’s dates; a lead agency is flagged as not acting only once the date’s window has closed', async () => {
    const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
    await page.goto(`${base}/calendar/`);
    const today = new Date().toISOString().slice(0, 10);
    await expect(page.locator('h1').innerText()).resolves.toBe(`${today.slice(0, 4)}年普法重要时间节点`);
    const entries = await page.locator('.calendar > li').evaluateAll((lis) =>
      lis.map((li) => ({ end: (li as HTMLElement).dataset.end!, text: li.textContent ?? '', flagged: !!li.querySelector('.warn') })));
    expect(entries.length).toBeGreaterThanOrEqual(20);
    const closed = (end: string) => new Date(Date.parse(end) + 7 * 86_400_000).toISOString().slice(0, 10) < today;
    for (const e of entries) {
      if (e.flagged) expect(closed(e.end), e.text).toBe(true);
      if (e.text.includes('（节点未过）')) expect(closed(e.end), e.text).toBe(false);
    }
    expect(entries.some((e) => /已开展活动 [1-9]/.test(e.text))).toBe(true);
    await page.close();
  });
});

describe('annual report', () => {
  it('shows figures computed from records, static SVG charts and a clean print view', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${base}/reports/`);
    const layoutScripts = await page.locator('script[src]').evaluateAll((all) => all.map((s) => s.getAttribute('src')));
    // The seeded 评议 is the score the rubric suggests (cms/seed/seed-reports.ts).
    await expect(page.locator('table.grid').innerText()).resolves.toMatch(/泉城市司法局2026年度普法履职报告\s+(优秀|良好|合格|不合格)（[\d.]+ 分）/);
    await page.goto(`${base}/reports/${encodeURIComponent('市司法局')}/2026/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('泉城市司法局2026年度普法履职报告');
    expect(await page.locator('figure svg[role="img"]').count()).toBe(3);
    const figures = await page.locator('dl.figures').first().innerText();
    expect(figures).toMatch(/清单事项\s+4 项/);
    // Charts are static SVG: the report loads no script beyond the layout's own (长辈模式, offline).
    expect(await page.locator('script[src]').evaluateAll((all) => all.map((s) => s.getAttribute('src')))).toEqual(layoutScripts);
    await screenshot(page, 'report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await screenshot(page, 'report-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
