/**
 * A law changes under a lesson: a new version of 人民调解法 (第十七条 reworded) is imported into
 * the test database; the admin shows the 待复核 queue with the diff; after the next build the
 * lesson page says its citation is being reviewed; a reviewer marks it 已复核 in the admin and,
 * after the following build, the notice is gone. The fabricated version is removed at the end.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteStep } from '../../cms/scripts/pipeline';
import { DEMO_LAWS_DIR } from '../../cms/seed/demo-laws';
import { launchBrowser, logInToAdmin, screenshot } from './browser';

const base = inject('baseURL');
const REL = '诉讼与非诉讼程序法/人民调解法(2010-08-28).md';
const NEW_DATE = '2026-11-01';
const OLD_17 = '当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。当事人一方明确拒绝调解的，不得调解。';
const NEW_17 = '当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。当事人一方明确拒绝调解的，不得调解，人民调解委员会应当告知其他解决途径。';

let payload: Payload;
let browser: Browser;
let page: Page;

const lessonNotice = async () => {
  await page.goto(`${base}/lessons/renmin-tiaojie/`);
  return page.locator('.stale-notice').count();
};

beforeAll(async () => {
  // The server's database, opened in this process to import as an administrator would.
  Object.assign(process.env, inject('siteEnv'));
  payload = await (await import('../../cms/local-api')).openPayload();
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-stale-law-'));
  const text = readFileSync(path.join(DEMO_LAWS_DIR, REL), 'utf8');
  expect(text).toContain(OLD_17);
  mkdirSync(path.join(dir, path.dirname(REL)), { recursive: true });
  writeFileSync(path.join(dir, REL.replace('2010-08-28', NEW_DATE)), text.replace(OLD_17, NEW_17));
  const { importLaws } = await import('../../cms/importer/import-laws');
  expect((await importLaws({ payload, dir })).outcomes).toMatchObject({ created: 1, failed: 0 });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  // Back to the demo's 人民调解法 for the files that run after this one (the site keeps its last build).
  const law = (await payload.find({ collection: 'laws', where: { slug: { equals: '人民调解法' } }, depth: 0 })).docs[0]!;
  const fake = (await payload.find({ collection: 'law-versions', where: { and: [{ law: { equals: law.id } }, { versionDate: { equals: NEW_DATE } }] }, depth: 0 })).docs[0];
  await payload.delete({ collection: 'citation-reviews', where: { law: { equals: law.id } } });
  if (fake) {
    await payload.delete({ collection: 'law-articles', where: { version: { equals: fake.id } } });
    await payload.delete({ collection: 'law-versions', id: fake.id });
  }
  await payload.update({ collection: 'law-versions', where: { law: { equals: law.id } }, data: { isCurrent: true } });
  await payload.update({ collection: 'laws', id: law.id, data: { currentVersionDate: '2010-08-28' } });
});

describe('a lesson whose cited article changed', () => {
  it('is in the admin 待复核 queue with the diff beside the citation', async () => {
    await logInToAdmin(page, base, 'reviewer@pufa.local');
    await page.goto(`${base}/admin/collections/citation-reviews`);
    const row = page.locator('tr', { hasText: '课程 renmin-tiaojie：《人民调解法》第十七条' });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.innerText()).resolves.toContain('待复核');
    await expect(row.locator('ins').innerText()).resolves.toContain('人民调解委员会应当告知其他解决途径');
    // The practice question citing the same article is flagged too; other citations are not.
    await expect(page.locator('tr', { hasText: '练习题' }).filter({ hasText: '第十七条' }).count()).resolves.toBe(1);
    await expect(page.locator('tr', { hasText: '第三十一条' }).count()).resolves.toBe(0);
    await screenshot(page, 'citation-reviews-queue');
  });

  it('shows its notice on the lesson page after the next build', async () => {
    await buildSiteStep(['--outDir', inject('siteDir')], inject('siteEnv'));
    await expect(lessonNotice()).resolves.toBe(1);
    const notice = await page.locator('.stale-notice').innerText();
    expect(notice).toContain('本课引用的《人民调解法》第十七条已于2026年11月1日修改，内容正在复核。');
    expect(notice).toContain('本课练习题引用的《人民调解法》第十七条已于2026年11月1日修改，内容正在复核。');
    await screenshot(page, 'lesson-stale-notice');
    // The practice quiz's own page says so too.
    await page.goto(`${base}/quizzes/renmin-tiaojie/`);
    await expect(page.locator('.stale-notice').innerText()).resolves.toContain('本测验引用的《人民调解法》第十七条已于2026年11月1日修改');
  }, 240_000); // includes a full site rebuild

  it('loses the notice after a reviewer marks it 已复核 and the site is rebuilt', async () => {
    const reviews = await payload.find({ collection: 'citation-reviews', where: { sourceId: { in: ['renmin-tiaojie', 'renmin-tiaojie-02'] } }, depth: 0 });
    for (const review of reviews.docs) {
      await page.goto(`${base}/admin/collections/citation-reviews/${review.id}`);
      await expect(page.locator('.pufa-diff del, .pufa-diff ins').count()).resolves.toBeGreaterThan(0);
      // A click before React has hydrated the select opens nothing (seen on a loaded machine): retry.
      const reviewed = page.locator('.rs__option', { hasText: '已复核' });
      for (let attempt = 0; attempt < 15 && !(await reviewed.isVisible()); attempt += 1) {
        await page.locator('#field-status .rs__control').click();
        await reviewed.waitFor({ timeout: 2_000 }).catch(() => undefined);
      }
      await reviewed.click();
      await page.locator('#action-save').click();
      await page.locator('.payload-toast-container', { hasText: /成功|已保存|Updated/ }).waitFor({ timeout: 30_000 }).catch(() => undefined);
      await expect.poll(async () => (await payload.findByID({ collection: 'citation-reviews', id: review.id, depth: 0 })).status, { timeout: 30_000 }).toBe('reviewed');
    }
    const reviewer = (await payload.find({ collection: 'users', where: { email: { equals: 'reviewer@pufa.local' } }, depth: 0 })).docs[0]!;
    const done = await payload.findByID({ collection: 'citation-reviews', id: reviews.docs[0]!.id, depth: 0 });
    expect(done.reviewedBy).toBe(reviewer.id);
    expect(done.reviewedAt).toBeTruthy();
    await screenshot(page, 'citation-review-done');
    await buildSiteStep(['--outDir', inject('siteDir')], inject('siteEnv'));
    await expect(lessonNotice()).resolves.toBe(0);
  }, 300_000);
});
