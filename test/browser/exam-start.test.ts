/**
 * The annual exam's start screen on the real site: before anything is drawn the learner reads the
 * rules (questions, time including the extra minutes their unit granted, pass mark, attempts used
 * and left, which attempt counts, what happens on time-out); the rules reply carries no question;
 * starting draws the paper and its deadline includes the accommodation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { launchBrowser, screenshot } from './browser';

const base = inject('baseURL');
const PASSWORD = 'kaoshi-2026-pw';
let browser: Browser;
let page: Page;

const json = async <T>(url: string, init: RequestInit = {}): Promise<T> => {
  const res = await fetch(`${base}${url}`, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
  // A new official of the city's 司法局, granted 15 extra minutes by the 普法办.
  const unit = (await json<{ docs: { id: number }[] }>(`/api/agencies?where[name][equals]=${encodeURIComponent('泉城市司法局')}&depth=0`)).docs[0]!;
  const email = `kaoshi-${Date.now()}@example.cn`;
  const learner = await json<{ doc: { id: number } }>('/api/learners', {
    method: 'POST',
    body: JSON.stringify({ email, password: PASSWORD, displayName: '周考生', audience: 'officials', unit: unit.id }),
  });
  const { token } = await json<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify({ email: 'admin@pufa.local', password: DEMO_PASSWORD }) });
  await json('/api/exam-accommodations', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: JSON.stringify({ learner: learner.doc.id, year: new Date().getFullYear(), extraMinutes: 15, reason: '视力障碍，使用读屏软件作答' }),
  });
  const login = await page.request.post(`${base}/api/learners/login`, { data: { email, password: PASSWORD } });
  expect(login.ok()).toBe(true);
});
afterAll(async () => browser?.close());

describe('exam start screen', () => {
  it('shows the rules before anything is drawn, and the rules reply holds no question', async () => {
    const rulesReply = page.waitForResponse((r) => r.url().endsWith('/api/exam-attempts/rules'));
    await page.goto(`${base}/exam/`);
    const reply = (await (await rulesReply).json()) as Record<string, unknown>;
    expect(Object.keys(reply)).not.toContain('questions');
    expect(JSON.stringify(reply)).not.toMatch(/"(id|stem|options|answer)"/);
    await page.locator('#exam-rules dd').first().waitFor();
    const rule = (name: string) => page.locator(`#exam-rules dd[data-rule="${name}"]`).innerText();
    await expect(rule('试题')).resolves.toBe('共 10 题，满分 100 分');
    await expect(rule('考试时间')).resolves.toBe('45 分钟（含为你延长的 15 分钟）');
    await expect(rule('及格分')).resolves.toBe('60 分（按百分制计）');
    await expect(rule('考试次数')).resolves.toBe('共 3 次，已用 0 次，还剩 3 次');
    await expect(rule('成绩计算')).resolves.toBe('以最高分成绩为准');
    await expect(rule('时间到时')).resolves.toContain('自动交卷');
    await expect(page.locator('#exam-rules').isVisible()).resolves.toBe(true);
    // Nothing of the paper yet, and no learner-side extension anywhere.
    await expect(page.locator('.exam-question').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '延长时间' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '开始考试' }).isEnabled()).resolves.toBe(true);
    await screenshot(page, 'exam-start');
  });

  it('starts the exam with a deadline that includes the granted time', async () => {
    const started = page.waitForResponse((r) => r.url().endsWith('/api/exam-attempts/start') && r.status() === 201);
    const t0 = Date.now();
    await page.getByRole('button', { name: '开始考试' }).click();
    const paper = (await (await started).json()) as { deadline: string; exam: { questions: unknown[] } };
    expect(paper.exam.questions).toHaveLength(10);
    const minutes = (Date.parse(paper.deadline) - t0) / 60_000;
    expect(minutes).toBeGreaterThan(44);
    expect(minutes).toBeLessThanOrEqual(45.1);
    await page.locator('#exam-paper').waitFor();
    await expect(page.locator('.exam-question').count()).resolves.toBe(10);
    await expect(page.locator('#timer').innerText()).resolves.toMatch(/^4[45]:\d{2}$/);
    await screenshot(page, 'exam-paper-accommodated');
  });
});
