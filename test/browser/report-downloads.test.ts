/**
 * The report files and the city report through the real server: the 普法责任清单 template
 * downloaded over HTTP imports with one row filled in; a published report's page links its
 * .docx and PDF with their true sizes, the .docx parses with the four headings and the 落款,
 * the PDF renders to a page that is not blank with the headings in Chinese; the city report's
 * totals are the sums of its rows and each row matches the agency's own report file.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPORT_HEADINGS } from '../../core/agency/report-document';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { docxParagraphs, zipParts } from '../helpers/docx';
import { inkRatio, pdfPagePng, pdfText } from '../helpers/pdf';
import { launchBrowser, screenshot } from './browser';

const base = inject('baseURL');
/** The year of the published report the file tests read; the city report of that year has it. */
let reportYear = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1100, height: 1300 } });
});
afterAll(async () => browser?.close());

const bytesOf = async (url: string) => {
  const res = await fetch(`${base}${url}`);
  expect(res.status, url).toBe(200);
  return { type: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
};

describe('list template over HTTP', () => {
  it('downloads, takes one row and imports as the editor', async () => {
    const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'scjg@pufa.local', password: DEMO_PASSWORD }) });
    const { token } = (await login.json()) as { token: string };
    const template = await bytesOf('/api/responsibility-lists/import-template');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const value: Record<string, string> = { 普法内容: '食品安全法进校园', 责任人: '赵科员', 责任科室: '食品科', 工作目标: '讲座3场', 完成时限: '2030-09-30' };
    sheet.addRow(headers.map((h) => value[h] ?? ''));
    const form = new FormData();
    form.set('year', '2030');
    form.set('file', new File([new Uint8Array(await book.xlsx.writeBuffer())], '普法责任清单导入模板.xlsx'));
    const res = await fetch(`${base}/api/responsibility-lists/import`, { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } });
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ items: 1 });
  });
});

describe('a published report’s .docx and PDF', () => {
  let links: { href: string; format: string; size: string; download: string }[] = [];

  beforeAll(async () => {
    await page.goto(`${base}/reports/`);
    const href = await page.locator('table a[href^="/reports/"]').first().getAttribute('href');
    await page.goto(`${base}${href}`);
    reportYear = /\/(\d{4})\/$/.exec(href ?? '')?.[1] ?? '';
    links = await page.locator('.report-downloads a').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, format: a.getAttribute('data-format')!, size: (a.nextElementSibling?.textContent ?? '').trim(), download: a.getAttribute('download')! })),
    );
    await screenshot(page, 'report-downloads');
  });

  it('links both files with their sizes and Chinese file names', async () => {
    expect(links.map((l) => l.format)).toEqual(['docx', 'pdf']);
    for (const l of links) {
      const { bytes } = await bytesOf(l.href);
      expect(l.size).toBe(`${Math.max(1, Math.round(bytes.length / 1024))} KB`);
      expect(l.download).toMatch(new RegExp(`年度普法履职报告\\.${l.format}$`));
    }
  });

  it('the .docx opens: four headings, 落款 right-aligned with the unit and a Chinese date', async () => {
    const { type, bytes } = await bytesOf(links[0]!.href);
    expect(type).toContain('officedocument.wordprocessingml.document');
    const paras = docxParagraphs(zipParts(bytes).get('word/document.xml')!);
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([...REPORT_HEADINGS]);
    const title = await page.locator('h1').textContent();
    expect(paras[0]?.text).toBe(title?.trim());
    const sig = paras.filter((p) => p.style === 'Signature').map((p) => p.text);
    expect(sig[0]).toMatch(/^泉城市/);
    expect(sig[1]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it('the PDF renders: headings in Chinese text, a page that is not blank', async () => {
    const { type, bytes } = await bytesOf(links[1]!.href);
    expect(type).toContain('application/pdf');
    const text = pdfText(bytes).replace(/\s+/g, '');
    for (const h of REPORT_HEADINGS) expect(text).toContain(h);
    const ink = await inkRatio(pdfPagePng(bytes, 60, 'test-results/screenshots/report-downloads-pdf.png'));
    expect(ink).toBeGreaterThan(0.01);
  });
});

describe('city-wide annual report', () => {
  it('is linked from /reports/; totals are the sums of its rows; each row matches the agency’s own report', async () => {
    await page.goto(`${base}/reports/`);
    // Other tests add lists for later years (this file imports one for 2030): take the published report's year.
    expect(reportYear).toMatch(/^\d{4}$/);
    await page.locator(`.city-reports a[href$="/${reportYear}/"]`).click();
    await page.waitForSelector('#city-rows');
    await screenshot(page, 'city-report');
    const rows = await page.locator('#city-rows tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const n = (col: string) => Number(tr.querySelector(`[data-col="${col}"]`)!.textContent);
        const done = tr.querySelector('[data-col="itemsDone"]')!;
        return {
          name: tr.querySelector('th')!.textContent!.trim(),
          report: tr.querySelector('th a')?.getAttribute('href') ?? null,
          list: tr.querySelector('td a[href^="/lists/"]')?.getAttribute('href') ?? null,
          campaigns: n('campaigns'), participants: n('participants'), media: n('media'),
          itemsDone: Number(done.getAttribute('data-done')), itemsTotal: Number(done.getAttribute('data-total')),
        };
      }),
    );
    const total = async (key: string) => Number(await page.locator(`[data-total="${key}"]`).textContent());
    expect(rows.length).toBe(await total('agencies'));
    // The demo's school and residents' committee owe no list.
    expect(rows.map((r) => r.name)).not.toContain('泉城市第一中学');
    expect(rows.map((r) => r.name)).not.toContain('泉城路街道芙蓉社区居民委员会');
    const sum = (k: 'itemsDone' | 'itemsTotal' | 'media') => rows.reduce((n, r) => n + r[k], 0);
    expect([await total('itemsDone'), await total('itemsTotal'), await total('media')]).toEqual([sum('itemsDone'), sum('itemsTotal'), sum('media')]);
    const foot = await page.locator('#city-rows tfoot td').allTextContents();
    expect(Number(foot[3])).toBe(rows.reduce((n, r) => n + r.campaigns, 0));
    expect(Number(foot[4])).toBe(rows.reduce((n, r) => n + r.participants, 0));
    expect(await total('distinctCampaigns')).toBeLessThanOrEqual(Number(foot[3]));

    const withReport = rows.filter((r) => r.report);
    expect(withReport.length).toBeGreaterThan(0);
    for (const r of withReport) {
      // The figures table of the agency's own report file.
      const paras = docxParagraphs(zipParts((await bytesOf(`${r.report}report.docx`)).bytes).get('word/document.xml')!).map((p) => p.text);
      expect(paras[paras.indexOf('主题活动') + 1], r.name).toBe(`${r.campaigns} 场`);
      expect(paras[paras.indexOf('参与人次') + 1], r.name).toBe(`${r.participants} 人次`);
      expect(paras[paras.indexOf('普法作品') + 1], r.name).toBe(`${r.media} 件`);
    }
    for (const r of rows.filter((x) => x.list)) expect((await fetch(`${base}${r.list}`)).status, r.list!).toBe(200);
  });

  it('offers its own .docx', async () => {
    const href = await page.locator('.downloads a[data-format="docx"]').getAttribute('href');
    const paras = docxParagraphs(zipParts((await bytesOf(href!)).bytes).get('word/document.xml')!);
    expect(paras[0]?.text).toMatch(/^\d{4}年度全市普法责任制落实情况报告$/);
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['一、总体情况', '二、各单位履职情况', '三、需要关注的问题']);
  });
});
