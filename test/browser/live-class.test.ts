/**
 * 课堂测验 end to end on the real server: the demo teacher starts the seeded set from the host
 * console, the projector shows the code and QR, five students join by code on their own
 * contexts (no account), play two questions (one closes when all have answered, the other by its
 * timer), one student refreshes mid-question and comes back with their score and the question;
 * the teacher ends it; the report on the console and the .xlsx (read with exceljs) match what the
 * students did. One browser, seven contexts.
 */
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { launchBrowser, screenshot } from './browser';

const base = inject('baseURL');
let browser: Browser;
const contexts: BrowserContext[] = [];
const NAMES = ['小明', '小红', '小刚', '小丽', '小强'];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
});

const newContext = async (width: number, height: number) => {
  const c = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  contexts.push(c);
  return c;
};
const statusOf = (page: Page) => page.locator('#live-status');

it('a teacher, the projector and five students play a session; a refresh rejoins; the timer closes a question; report and .xlsx match', async () => {
  const teacher = await newContext(1280, 900);
  expect((await teacher.request.post(`${base}/api/users/login`, { data: { email: 'teacher@pufa.local', password: DEMO_PASSWORD } })).ok()).toBe(true);
  const host = await teacher.newPage();
  host.on('dialog', (d) => void d.accept());
  await host.goto(`${base}/live/host/`);
  await host.locator('#host-set option', { hasText: '宪法知识课堂测验' }).waitFor({ state: 'attached' });
  await host.selectOption('#host-set', { label: '宪法知识课堂测验' });
  await host.fill('#host-class', '初二（3）班');
  await host.fill('#host-timer', '6');
  await host.selectOption('#host-scoring', 'accuracy');
  await host.click('#host-start');
  await expect.poll(() => host.locator('#host-code').textContent(), { timeout: 15_000 }).toMatch(/^[1-9]\d{5}$/);
  const code = (await host.locator('#host-code').textContent())!;

  const screen = await teacher.newPage();
  await screen.goto(`${base}${await host.locator('#host-screen').getAttribute('href')}`);
  await expect.poll(() => screen.locator('#screen-code').textContent()).toBe(code);
  await screen.locator('#screen-qr svg').waitFor();
  expect(await screen.locator('#screen-url').textContent()).toBe(`pufa.example.test/live/?code=${code}`);

  const students: Page[] = [];
  for (const name of NAMES) {
    const page = await (await newContext(390, 780)).newPage();
    await page.goto(`${base}/live/?code=${code}`);
    await page.fill('#join-nickname', name);
    await page.click('#join-form button[type="submit"]');
    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toContain('已加入');
    students.push(page);
  }
  await expect.poll(() => host.locator('#host-count').textContent()).toBe('5 人');
  await expect.poll(() => screen.locator('#screen-players li').count()).toBe(5);
  await screenshot(screen, 'live-screen-lobby');

  // Question 1 (single choice, key A 宪法): three right, two wrong; it closes when all have answered.
  await host.click('#host-next');
  for (const [i, page] of students.entries()) {
    await page.locator('#live-question legend', { hasText: '第 1 题' }).waitFor();
    await page.click(`#live-question button[data-option="${i < 3 ? 0 : 1}"]`);
  }
  for (const [i, page] of students.entries()) {
    await expect.poll(() => statusOf(page).textContent(), { timeout: 10_000 }).toContain(i < 3 ? '回答正确' : '回答错误');
  }
  await screenshot(students[0]!, 'live-player-result');
  await host.click('#host-reveal');
  await screen.locator('#screen-bars').waitFor();
  await screenshot(screen, 'live-screen-reveal');

  // Question 2 (true/false, key 正确): 小明 refreshes mid-question and comes back with 1000 points.
  await host.click('#host-next');
  await students[0]!.locator('#live-question legend', { hasText: '第 2 题' }).waitFor();
  await students[0]!.reload();
  await students[0]!.locator('#live-question legend', { hasText: '第 2 题' }).waitFor({ timeout: 10_000 });
  expect(await students[0]!.locator('#live-score').textContent()).toBe('得分 1000');
  await students[0]!.click('#live-question button[data-option="0"]');
  await students[1]!.locator('#live-question legend', { hasText: '第 2 题' }).waitFor();
  await students[1]!.click('#live-question button[data-option="1"]');
  // Nobody else answers: the 6-second timer closes the question.
  await expect.poll(() => statusOf(students[2]!).textContent(), { timeout: 15_000 }).toContain('本题未作答');
  await expect.poll(() => statusOf(students[0]!).textContent()).toContain('回答正确');

  await host.click('#host-end');
  await host.locator('#report-students tbody tr').nth(4).waitFor({ timeout: 15_000 });
  await students[0]!.locator('#live-final').waitFor();
  await screenshot(host, 'live-host-report');

  // What the students did: 小明 2 right, 小红 and 小刚 1, 小丽 and 小强 0 (1000 points each in accuracy mode).
  const expected = [['小明', 2], ['小红', 1], ['小刚', 1], ['小丽', 0], ['小强', 0]] as const;
  const rows = await host.locator('#report-students tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  expect(Object.fromEntries(rows.map((r) => [r[0], Number(r[2])]))).toEqual(Object.fromEntries(expected));
  const xlsxHref = await host.locator('#host-xlsx').getAttribute('href');
  const res = await teacher.request.get(`${base}${xlsxHref}`);
  expect(res.headers()['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.body()) as never);
  const sheet = book.getWorksheet('学生')!;
  const byName = new Map<string, unknown[]>();
  sheet.eachRow((row, n) => { if (n > 1) byName.set(String(row.getCell(2).value), row.values as unknown[]); });
  for (const [name, right] of expected) {
    // Columns: 排名 昵称 得分 答对题数 已答题数 正确率(%) 是否移出 第1题 第2题 …
    expect(byName.get(name)?.slice(3, 5)).toEqual([right * 1000, right]);
  }
  expect(String(byName.get('小刚')?.[9])).toContain('未作答');
  const questions = book.getWorksheet('题目')!;
  expect(questions.getRow(2).values).toEqual(expect.arrayContaining([1, 'A', 5, 3]));
  expect((questions.getRow(2).values as unknown[]).slice(8, 10)).toEqual([3, 2]);
  expect((questions.getRow(3).values as unknown[]).slice(4, 6)).toEqual([2, 1]);
}, 150_000);
