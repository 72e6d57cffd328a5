/**
 * The 履职报告 as an agency writes it and the 普法办 reviews it, in the real admin: the editor
 * types the narrative in the rich-text editor (bold, a numbered list), is refused in Chinese when
 * submitting with empty sections, completes and submits; a reviewer publishes; the admin sees the
 * rubric beside the score and must give a 评议说明 to depart from it; after the site rebuild the
 * public report shows the four sections, the 评议 with its rubric and the 落款 at the right.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteStep } from '../../cms/scripts/pipeline';
import { launchBrowser, logInToAdmin, screenshot } from './browser';

const base = inject('baseURL');
const YEAR = 2026;
let browser: Browser;
let reportId: number;

async function staffPage(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await logInToAdmin(page, base, email);
  return page;
}
const reportPage = (id: number) => `${base}/admin/collections/reports/${id}`;
const workflow = (page: Page) => page.getByTestId('workflow-actions');
/** The Lexical editable of a narrative section (fields in NARRATIVE_SECTIONS order). */
const section = (page: Page, index: number): Locator => page.locator('.rich-text-lexical [contenteditable="true"]').nth(index);

/**
 * Payload's rich-text field hands the editor's content to the form up to 500 ms after the last
 * keystroke (`useRunDeprioritized`). A save clicked sooner sends the section without its last
 * words: in CI the save succeeded, then the late change made the form modified again (提交审核
 * disabled under “请先保存修改”); a later run lost a whole section that way. Wait before saving.
 */
async function save(page: Page) {
  await page.waitForTimeout(1_000);
  await page.getByRole('button', { name: '保存' }).first().click();
}

/** Saves, then waits until the workflow buttons are enabled (saving again if the form still says 请先保存修改). */
async function saveUntilClean(page: Page) {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await save(page);
    await page.getByText(/已成功更新|更新成功|保存成功/).first().waitFor({ timeout: 20_000 });
    const unsaved = workflow(page).getByText('请先保存修改，再进行审核操作。');
    const clean = await unsaved.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false);
    if (clean) return;
  }
  throw new Error('the report form stayed modified after four saves');
}

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => browser?.close());

describe('annual report', () => {
  let editor: Page;

  it('an editor writes the narrative in the rich-text editor and cannot submit it incomplete', async () => {
    editor = await staffPage('scjg@pufa.local');
    reportId = await editor.evaluate(async (year) => {
      const res = await fetch('/api/reports', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: `泉城市市场监督管理局${year}年度普法履职报告`, year }) });
      return ((await res.json()) as { doc: { id: number } }).doc.id;
    }, YEAR);
    await editor.goto(reportPage(reportId));
    await section(editor, 0).click();
    await editor.keyboard.type('全年围绕消费维权和营商环境开展普法，');
    await editor.keyboard.press('Control+b');
    await editor.keyboard.type('重点企业覆盖率100%');
    await editor.keyboard.press('Control+b');
    await editor.keyboard.type('。');
    await section(editor, 1).click();
    await editor.keyboard.type('主要做法：');
    await editor.keyboard.press('Enter');
    await editor.keyboard.type('1. 3·15期间设立咨询点');
    await editor.keyboard.press('Enter');
    await editor.keyboard.type('个人信息保护进商超');
    await expect(section(editor, 1).locator('ol li').count()).resolves.toBe(2);
    await saveUntilClean(editor);

    await workflow(editor).getByRole('button', { name: '提交审核' }).click();
    await workflow(editor).getByText('报告的“三、存在的问题和不足”“四、下一步工作打算”尚未填写，请填写后再提交审核').waitFor({ timeout: 20_000 });
    await screenshot(editor, 'annual-report-refused');
  }, 120_000);

  it('completes the sections and submits; a reviewer publishes', async () => {
    await editor.reload();
    await section(editor, 2).click();
    await editor.keyboard.type('个人信息保护专题培训只完成了一半。');
    await section(editor, 3).click();
    await editor.keyboard.type('明年把消费维权普法延伸到农村集市。');
    await saveUntilClean(editor);
    await workflow(editor).getByRole('button', { name: '提交审核' }).click();
    await workflow(editor).getByText('当前状态：待审核').waitFor({ timeout: 20_000 });

    const reviewer = await staffPage('reviewer@pufa.local');
    await reviewer.goto(reportPage(reportId));
    await workflow(reviewer).getByRole('button', { name: '审核发布' }).click();
    await workflow(reviewer).getByText('当前状态：已发布').waitFor({ timeout: 20_000 });
    await reviewer.context().close();
  }, 120_000);

  it('the admin scores beside the rubric and must give a reason to depart from it', async () => {
    const admin = await staffPage('admin@pufa.local');
    await admin.goto(reportPage(reportId));
    const rubric = admin.locator('.pufa-report-rubric');
    await rubric.waitFor();
    const text = await rubric.innerText();
    expect(text).toMatch(/评分细则建议：[\d.]+ 分（(良好|合格|不合格)）/);
    for (const label of ['清单完成', '主题活动', '干部学法', '佐证材料']) expect(text).toContain(label);
    await screenshot(admin, 'annual-report-rubric');

    await admin.locator('#field-score').fill('95');
    await save(admin);
    await admin.getByText(/与评分细则建议的“(良好|合格|不合格)”（[\d.]+分）不一致，请填写评议说明/).first().waitFor({ timeout: 20_000 });
    await admin.locator('#field-reviewNote').fill('清单之外牵头完成了全市消费维权普法联合行动，成效突出。');
    await save(admin);
    await admin.getByText(/已成功更新|更新成功|保存成功/).first().waitFor({ timeout: 20_000 });
    const stored = await admin.evaluate(async (id) => (await (await fetch(`/api/reports/${id}`, { credentials: 'include' })).json()) as { score: number; grade: string; rubric: { grade: string } }, reportId);
    expect(stored).toMatchObject({ score: 95, grade: '优秀' });
    expect(stored.rubric.grade).not.toBe('优秀');
    await admin.context().close();
  }, 120_000);

  it('the public report shows the four sections, the 评议 with its rubric and the 落款 at the right', async () => {
    await buildSiteStep(['--outDir', inject('siteDir')], inject('siteEnv'));
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`${base}/reports/${encodeURIComponent('市市场监管局')}/${YEAR}/`);
    await expect(page.locator('h2').allInnerTexts()).resolves.toEqual(['一、基本情况', '二、主要做法和成效', '三、存在的问题和不足', '四、下一步工作打算', '普法办评议']);
    await expect(page.locator('.narrative strong').first().innerText()).resolves.toBe('重点企业覆盖率100%');
    await expect(page.locator('.narrative ol li').allInnerTexts()).resolves.toEqual(['3·15期间设立咨询点', '个人信息保护进商超']);
    await expect(page.locator('.review').innerText()).resolves.toMatch(/评议等次：优秀（95 分）[\s\S]*评分细则[\s\S]*清单完成[\s\S]*评议说明：清单之外牵头完成了全市消费维权普法联合行动/);
    const signature = page.locator('.signature');
    await expect(signature.innerText()).resolves.toMatch(/泉城市市场监督管理局\s+2026年\d+月\d+日/);
    const box = (await signature.boundingBox())!;
    const article = (await page.locator('article.report').boundingBox())!;
    expect(article.x + article.width - (box.x + box.width)).toBeLessThan(4);
    expect(box.x).toBeGreaterThan(article.x + article.width / 2);
    await screenshot(page, 'annual-report');
    await page.emulateMedia({ media: 'print' });
    // Chart labels print at body size: no chart is drawn wider than its own 640 px.
    for (const svg of await page.locator('figure svg').all()) expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(641);
    await screenshot(page, 'annual-report-print');
    await page.close();
  }, 300_000); // includes a full site rebuild
});
