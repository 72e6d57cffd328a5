/**
 * The study views as a learner meets them: the 错题本 lists a missed question (on this device
 * without an account; the account's whole notebook once logged in), "现在练习" drills it and the
 * answer is graded and recorded (the schedule beside it changes); an item opens its question inside
 * its quiz; every badge shows, locked ones with progress; leaderboards are separate per audience
 * and a student's board shows nicknames only; the 普法办 sees each unit's completion in the admin.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { isNickname } from '../../core/learning/board-name';
import { DEMO_LEARNERS } from '../../cms/seed/learners';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { launchBrowser, logInToAdmin, screenshot } from './browser';

const base = inject('baseURL');
let browser: Browser;
const quiz = parse(readFileSync('content/quizzes/xianfa-jiben.yaml', 'utf8')) as { questions: { id: string; stem: string; type: string; answer: string | string[] | boolean }[] };
const first = quiz.questions[0]!;
const values = (a: string | string[] | boolean) => (typeof a === 'boolean' ? [String(a)] : Array.isArray(a) ? a : [a]);
/** A wrong choice for `first` (single choice or true/false). */
const wrongValue = first.type === 'truefalse' ? String(!first.answer) : ['a', 'b', 'c', 'd'].find((o) => !values(first.answer).includes(o))!;

const newPage = async (): Promise<Page> => (await browser.newContext({ viewport: { width: 412, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
const queue = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('pufa:statements') ?? '[]') as unknown[]);

async function answer(page: Page, item: ReturnType<Page['locator']>, vals: string[]) {
  for (const v of vals) await item.locator(`input[value="${v}"]`).check();
  await item.locator('button.check').click();
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('错题本', () => {
  it('without an account: a question missed on this device is listed, said plainly, and can be retried at once', async () => {
    const page = await newPage();
    await page.goto(`${base}/quizzes/xianfa-jiben/`);
    await answer(page, page.locator(`#q-${first.id}`), [wrongValue]);
    await expect(page.locator(`#q-${first.id} .feedback`).innerText()).resolves.toContain('回答错误');
    await page.goto(`${base}/me/mistakes/`);
    const item = page.locator(`#mistakes-list li[data-qid="${first.id}"]`);
    await item.waitFor();
    await expect(page.locator('#mistakes-scope').innerText()).resolves.toContain('只列出本机尚未同步的练习中答错的题');
    const text = await item.innerText();
    expect(text).toContain(first.stem);
    expect(text).toMatch(/下次复习 \d{4}年\d+月\d+日/);
    expect(text).toContain('第 1 轮');
    expect(text).toMatch(/依据：《宪法》第.+条/);
    await page.getByRole('button', { name: '现在练习' }).click();
    const drilled = page.locator(`#mistakes-drill .question[data-qid="${first.id}"]`);
    await answer(page, drilled, values(first.answer));
    await expect(drilled.locator('.feedback').innerText()).resolves.toContain('回答正确');
    expect((await queue(page)).length).toBe(2);
    await screenshot(page, 'mistakes-guest');
    await page.context().close();
  });

  it('logged in: the whole notebook with its schedule; a drilled answer is recorded and changes the schedule; an item opens its question', async () => {
    const student = DEMO_LEARNERS.find((l) => l.audience === 'students')!;
    const page = await newPage();
    await page.goto(`${base}/account/?next=/me/`);
    await page.locator('#login-email').fill(student.email);
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.locator('#login-form button[type="submit"]').click();
    await page.waitForURL('**/me/');
    // Goals: every badge shown, locked ones with their progress, each with its own drawn art.
    await page.locator('.badge-goal').first().waitFor();
    expect(await page.locator('.badge-goal.locked').count()).toBeGreaterThan(0);
    await expect(page.locator('.badge-goal.locked[data-badge="streak-7"]').innerText()).resolves.toMatch(/未解锁[\s\S]*\d+\/7 天/);
    expect(await page.locator('.badge-goal svg.badge-art text').allTextContents()).toHaveLength(await page.locator('.badge-goal').count());
    expect(new Set(await page.locator('.badge-goal svg.badge-art text').allTextContents()).size).toBe(await page.locator('.badge-goal').count());
    await page.locator('#badges-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'me-badge-goals');
    await page.getByRole('link', { name: /打开错题本/ }).click();
    await page.waitForURL('**/me/mistakes/');
    const items = page.locator('#mistakes-list > li');
    await items.first().waitFor();
    // The demo learner missed the first question of each quiz they practised.
    expect(await items.count()).toBeGreaterThanOrEqual(student.quizzes.length);
    await expect(page.locator('#mistakes-scope').innerText()).resolves.toContain('账号里的全部错题');
    await screenshot(page, 'mistakes-learner');
    const qid = (await items.first().getAttribute('data-qid'))!;
    const key = (parse(readFileSync(`content/quizzes/${qid.replace(/-\d+$/, '')}.yaml`, 'utf8')) as typeof quiz).questions.find((q) => q.id === qid)!;
    await expect(items.first().innerText()).resolves.toContain('答错 1 次');
    await page.getByRole('button', { name: '现在练习' }).click();
    const drilled = page.locator(`#mistakes-drill .question[data-qid="${qid}"]`);
    const wrong = key.type === 'truefalse' ? [String(!key.answer)] : [['a', 'b', 'c', 'd'].find((o) => !values(key.answer).includes(o))!];
    await answer(page, drilled, wrong);
    await expect(drilled.locator('.feedback').innerText()).resolves.toContain('回答错误');
    // Recorded on the server: the queue empties and the entry now counts two misses.
    await expect.poll(async () => page.locator(`#mistakes-list li[data-qid="${qid}"]`).innerText(), { timeout: 15_000 }).toContain('答错 2 次');
    expect(await queue(page)).toEqual([]);
    await screenshot(page, 'mistakes-drill');
    await page.locator(`#mistakes-list li[data-qid="${qid}"] .mistake-stem a`).click();
    await page.waitForURL(`**/#q-${qid}`);
    await expect(page.locator(`#q-${qid}`).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('leaderboards per audience', () => {
  it('officials and students have separate boards; the students’ shows nicknames only and no unit board', async () => {
    const page = await newPage();
    await page.goto(`${base}/leaderboard/`);
    // The island is ready once it has drawn the default board (the visitor's: officials, this week).
    await page.locator('#board-title', { hasText: '国家工作人员 · 全市 · 本周' }).waitFor();
    await page.getByRole('button', { name: '总榜' }).click();
    await page.locator('#board-title', { hasText: '国家工作人员 · 全市 · 总榜' }).waitFor();
    const officials = await page.locator('#board').innerText();
    const shown = (l: (typeof DEMO_LEARNERS)[number]) => l.leaderboardOptIn;
    for (const l of DEMO_LEARNERS.filter((x) => x.audience === 'officials' && shown(x))) expect(officials).toContain(l.displayName);
    for (const l of DEMO_LEARNERS.filter((x) => x.audience !== 'officials')) expect(officials).not.toContain(l.displayName);
    await page.getByRole('button', { name: '青少年学生' }).click();
    await page.locator('#board-title', { hasText: '青少年学生 · 全市 · 总榜' }).waitFor();
    const names = await page.locator('#board li > span:nth-child(2)').allInnerTexts();
    expect(names.length).toBe(DEMO_LEARNERS.filter((x) => x.audience === 'students' && shown(x)).length);
    expect(names.every((n) => isNickname(n.trim()))).toBe(true);
    const students = await page.locator('#board').innerText();
    for (const l of DEMO_LEARNERS) expect(students).not.toContain(l.displayName);
    await expect(page.getByRole('button', { name: '本单位' }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'leaderboard-students');
    await page.context().close();
  });
});

describe('city-wide completion', () => {
  it('the 普法办 sees each unit’s completion and pass rate, the learners behind them, and downloads', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await logInToAdmin(page, base, 'admin@pufa.local');
    const table = page.locator('.pufa-city-completion');
    await table.waitFor();
    const row = table.locator('tr', { hasText: '泉城市司法局' });
    await expect(row.innerText()).resolves.toMatch(/考试通过|人（/);
    await row.locator('summary').click();
    const official = DEMO_LEARNERS.find((l) => l.unit === '泉城市司法局')!;
    await expect(row.locator('details li', { hasText: official.displayName }).isVisible()).resolves.toBe(true);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-city-completion');
    const csv = await page.request.get(`${base}/api/learners/city-completion?format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(official.displayName);
    await page.context().close();
  });
});
