/**
 * The visitor's journey on the real built site: pick a track, read a lesson, follow a citation
 * to the article's anchor, take the practice quiz, and search in Chinese.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, screenshot } from './browser';

let browser: Browser;
let page: Page;
const base = inject('baseURL');

beforeAll(async () => {
  ({ browser, page } = await openPage({ viewport: { width: 412, height: 900 }, locale: 'zh-CN' }));
});
afterAll(async () => browser?.close());

describe('home and tracks', () => {
  it('offers the three audience tracks and ships no JavaScript of its own', async () => {
    await page.goto(`${base}/`);
    const tracks = await page.locator('.track-card h3').allTextContents();
    expect(tracks.map((t) => t.slice(1))).toEqual(['国家工作人员', '青少年学生', '法律明白人']);
    // The only scripts are the layout's own that every page loads: the service-worker client (offline
    // packs, practice sync) and the 长辈模式 switch, which must run before first paint.
    const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? 'inline'));
    const layout = [/^\/_astro\/OfflineClient\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/, /^\/elder-mode\.js$/];
    expect(scripts.filter((src) => !layout.some((re) => re.test(src)))).toEqual([]);
    const learnerLinks = await page.locator('.hero-links a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(learnerLinks).toEqual(['/me/', '/leaderboard/', '/exam/', '/verify/']);
    await screenshot(page, 'home');
  });

  it('lists a track’s lessons in order', async () => {
    await page.getByRole('link', { name: /法律明白人/ }).first().click();
    await page.waitForURL('**/tracks/village/');
    await expect(page.locator('h1').textContent()).resolves.toContain('法律明白人');
    const lessons = await page.locator('.lesson-card h3').allTextContents();
    expect(lessons.length).toBeGreaterThanOrEqual(5);
    expect(lessons.some((t) => t.includes('民法典·婚姻家庭编'))).toBe(true);
  });
});

describe('lesson, citation and quiz', () => {
  it('opens a lesson and follows 《民法典》第一千零四十二条 to the article anchor', async () => {
    await page.getByRole('link', { name: /民法典·婚姻家庭编/ }).click();
    await page.waitForURL('**/lessons/minfadian-hunyin/');
    await screenshot(page, 'lesson');
    const cite = page.locator('a.cite', { hasText: '《民法典》第一千零四十二条' }).first();
    await cite.click();
    // 民法典 is split into pages: its contents page forwards the anchor to the page holding the article.
    await page.waitForURL(/\/laws\/%E6%B0%91%E6%B3%95%E5%85%B8\/p\/\d+\/#art-1042$/);
    const article = page.locator('#art-1042');
    await expect(article.textContent()).resolves.toContain('禁止包办、买卖婚姻');
    expect(await article.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = await article.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await screenshot(page, 'law-article');
  });

  it('gives instant feedback with explanation and citation, then a score', async () => {
    await page.goto(`${base}/lessons/minfadian-hunyin/`);
    const questions = page.locator('.quiz .question');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(5);
    const keys = JSON.parse((await page.locator('.quiz-keys').textContent()) ?? '[]') as { id: string; answer: unknown }[];

    // First question answered wrongly on purpose.
    const first = questions.nth(0);
    const wrong = first.locator('input:not([value="b"])').first();
    await wrong.check();
    await first.locator('button.check').click();
    const feedback = first.locator('.feedback');
    await expect(feedback.textContent()).resolves.toMatch(/回答错误，正确答案：B/);
    expect(await feedback.locator('a.cite').getAttribute('href')).toMatch(/^\/laws\/.+#art-\d+$/);

    for (let i = 1; i < count; i += 1) {
      const q = questions.nth(i);
      const answer = keys[i]!.answer;
      const values = typeof answer === 'boolean' ? [String(answer)] : Array.isArray(answer) ? answer : [answer as string];
      for (const v of values) await q.locator(`input[value="${v}"]`).check();
      await q.locator('button.check').click();
      await expect(q.locator('.feedback').textContent()).resolves.toContain('回答正确');
    }
    const score = page.locator('.quiz .score');
    await expect(score.textContent()).resolves.toContain(`本次得分：${count - 1} / ${count}`);
    await score.scrollIntoViewIfNeeded();
    await screenshot(page, 'quiz-score');
    const stored = await page.evaluate(() => localStorage.getItem('pufa:quiz:minfadian-hunyin'));
    expect(JSON.parse(stored!)).toMatchObject({ last: Math.round(((count - 1) / count) * 100) });
  });

  it('serves each quiz on its own page', async () => {
    await page.goto(`${base}/quizzes/falv-yuanzhu/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('法律援助');
    expect(await page.locator('.quiz .question').count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'quiz');
  });
});

describe('Chinese search', () => {
  // The search page itself is covered in search.test.ts; here, search as one step of the journey.
  it('searches in Chinese and follows a result to the article', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: '搜索' }).first().click();
    await page.waitForURL('**/search/');
    await page.fill('#search-input', '法律援助');
    await page.click('#search-form button');
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const results = await page.locator('#search-results li').allTextContents();
    expect(results.slice(0, 5).some((r) => r.includes('法律援助法'))).toBe(true);
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => '法律援助'.includes(m))).toBe(true);
    await screenshot(page, 'search');
    await page.locator('#search-results li a', { hasText: '条' }).first().click();
    await page.waitForURL(/\/laws\/.+#art-\d+$/);
  });
});
