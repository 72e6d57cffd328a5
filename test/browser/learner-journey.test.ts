/**
 * A learner's year on the real built site and CMS: sign up as an official, practise two lessons
 * offline-first (answers queued in localStorage, synced on the dashboard), see XP, level, streak
 * and lessons on 我的学习, take the annual exam (the paper arrives without answers; a timer, no
 * learner-side extension), pass, issue the certificate and verify its code in a fresh browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { openPage, screenshot } from './browser';

let browser: Browser;
let page: Page;
const base = inject('baseURL');
const email = `learner-${Date.now()}@example.cn`;
const name = '李学法';
/** Two officials' lessons of 1 学时 each: the demo requirement for officials is 2 学时. */
const LESSONS = ['xianfa-jiben', 'xingzheng-chufa'];

// Answer keys of the whole seeded bank (practice and exam pools), read from the seed files in
// the test process only.
const answers = new Map<string, string | string[] | boolean>();
for (const dir of ['content/quizzes', 'cms/seed/exam-bank']) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const quiz = parse(readFileSync(path.join(dir, file), 'utf8')) as { questions: { id: string; answer: string | string[] | boolean }[] };
    for (const q of quiz.questions) answers.set(q.id, q.answer);
  }
}

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

interface QueuedStatement {
  id: string;
  actor: { learnerId: string };
  verb: string;
  object: { id: string; type: string };
  result: { success?: boolean; response?: string; score?: { raw: number; max: number; scaled: number } };
  timestamp: string;
}

const inputValues = (answer: string | string[] | boolean) => (typeof answer === 'boolean' ? [String(answer)] : Array.isArray(answer) ? answer : [answer]);

beforeAll(async () => {
  ({ browser, page } = await openPage({ viewport: { width: 412, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }));
});
afterAll(async () => browser?.close());

describe('learner journey', () => {
  it('signs up from the static site and lands on 我的学习', async () => {
    await page.goto(`${base}/account/`);
    await page.locator('#signup-unit optgroup').first().waitFor({ state: 'attached' });
    await screenshot(page, 'learner-account');
    await page.getByLabel('姓名', { exact: true }).fill(name);
    await page.locator('#signup-email').fill(email);
    await page.locator('#signup-password').fill('xuefa-2026-pw');
    await page.getByRole('radio', { name: /国家工作人员/ }).check();
    await page.getByLabel(/所在单位/).selectOption({ label: '泉城市司法局' });
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL('**/me/');
    await page.locator('#me-dashboard').waitFor();
    await expect(page.locator('#me-dashboard').innerText()).resolves.toContain(`${name}，你好`);
    await expect(page.locator('#me-dashboard').innerText()).resolves.toMatch(/0\s*积分/);
  });

  it('practises two lessons offline; the answers are queued as statements on this device', async () => {
    // No connection to the sync endpoint: finished quizzes keep their statements on the device.
    await page.route('**/api/learners/sync', (route) => route.abort('internetdisconnected'));
    for (const lesson of LESSONS) {
      await page.goto(`${base}/lessons/${lesson}/`);
      const questions = page.locator('.quiz .question');
      const count = await questions.count();
      for (let i = 0; i < count; i += 1) {
        const q = questions.nth(i);
        const qid = (await q.getAttribute('data-qid'))!;
        for (const v of inputValues(answers.get(qid)!)) await q.locator(`input[value="${v}"]`).check();
        await q.locator('button.check').click();
        await expect(q.locator('.feedback').textContent()).resolves.toContain('回答正确');
      }
      await expect(page.locator('.quiz .score').textContent()).resolves.toContain(`${count} / ${count}`);
      await expect(page.locator('.quiz .quiz-synced').isVisible()).resolves.toBe(true);
      await page.locator('.quiz-synced [data-sync="offline"]').waitFor();
    }
    const queue = JSON.parse((await page.evaluate(() => localStorage.getItem('pufa:statements'))) ?? '[]') as QueuedStatement[];
    const answered = queue.filter((s) => s.verb === 'answered');
    const passed = queue.filter((s) => s.verb === 'passed');
    expect(answered.length).toBeGreaterThanOrEqual(10);
    expect(passed.map((s) => s.object.id)).toEqual(LESSONS);
    expect(passed[0]).toMatchObject({ actor: { learnerId: 'local' }, object: { type: 'quiz' }, result: { success: true } });
    expect(passed[0]!.result.score?.scaled).toBe(1);
    for (const s of answered) {
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s).toMatchObject({ actor: { learnerId: 'local' }, object: { type: 'question' }, result: { success: true } });
      expect(s.result.response).toBe([...inputValues(answers.get(s.object.id)!)].sort().join('[,]'));
      expect(Date.parse(s.timestamp)).toBeGreaterThan(Date.now() - 10 * 60_000);
    }
  });

  it('syncs the queue and shows XP, level, streak, lessons and 学时 on the dashboard', async () => {
    // A statement the server must reject (clock far in the future) is refused for good: it leaves
    // the queue like the acknowledged ones, and the learner is told it was not accepted.
    const bad = { id: '00000000-0000-4000-8000-000000000001', actor: { learnerId: 'local' }, verb: 'answered', object: { id: 'xianfa-jiben-01', type: 'question' }, result: { success: true }, timestamp: '2099-01-01T00:00:00Z' };
    await page.evaluate((st) => {
      const queue = JSON.parse(localStorage.getItem('pufa:statements') ?? '[]') as unknown[];
      localStorage.setItem('pufa:statements', JSON.stringify([...queue, st]));
    }, bad);
    await page.unroute('**/api/learners/sync');
    const sync = page.waitForResponse((r) => r.url().endsWith('/api/learners/sync'));
    const dashboard = page.waitForResponse((r) => r.url().endsWith('/api/learners/dashboard'));
    await page.goto(`${base}/me/`);
    const reply = (await (await sync).json()) as { stored: string[]; rejected: unknown[] };
    const data = (await (await dashboard).json()) as { xp: number; level: { title: string } };
    expect(reply.rejected).toHaveLength(1);
    expect(reply.stored.length).toBeGreaterThanOrEqual(12);
    const dash = page.locator('#me-dashboard');
    await dash.waitFor();
    const text = await dash.innerText();
    expect(data.xp).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`^${data.xp}\\s*积分`, 'm'));
    expect(text).toContain(data.level.title);
    expect(text).toMatch(/1 天\s*连续学习/);
    expect(text).toContain('今天已经学习过了');
    expect(text).toMatch(/今年已修 2 学时，要求 2 学时/);
    for (const title of ['宪法：国家的根本法']) expect(text).toMatch(new RegExp(`✔ 已完成\\s*${title}`));
    await expect(page.locator('#me-status').innerText()).resolves.toMatch(/已同步 \d+ 条练习记录/);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('pufa:statements')))!)).toEqual([]);
    await expect(page.locator('#me-status').innerText()).resolves.toContain('有 1 条记录未被服务器接受');
    await page.evaluate(() => localStorage.removeItem('pufa:statements'));
    await screenshot(page, 'learner-me');
  });

  it('joins the leaderboard from the site and appears there with their XP, by display name only', async () => {
    const dashboard = (await (await page.request.get(`${base}/api/learners/dashboard`)).json()) as { xp: number };
    await page.goto(`${base}/leaderboard/`);
    const me = page.locator('#board-me');
    await me.getByRole('button', { name: '参加排行榜' }).waitFor();
    await expect(page.locator('#board').innerText().catch(() => '')).resolves.not.toContain(name);
    await me.getByRole('button', { name: '参加排行榜' }).click();
    await me.getByRole('button', { name: '退出排行榜' }).waitFor();
    const mine = page.locator('#board li.self');
    await expect(mine.innerText()).resolves.toContain(name);
    await expect(mine.locator('.xp').innerText()).resolves.toBe(`${dashboard.xp} 积分`);
    // Named a unit at sign-up without an invitation code: pending, so not on the unit's board …
    await page.getByRole('button', { name: '本单位' }).click();
    await page.locator('#board-title', { hasText: '泉城市司法局' }).waitFor();
    await expect(page.locator('#board li.self').count()).resolves.toBe(0);
    // … until the 普法办 confirms them; the board shows it on the next request.
    const account = (await (await page.request.get(`${base}/api/learners/me`)).json()) as { user: { id: number | string; membership?: string } };
    expect(account.user.membership).toBe('pending');
    // Outside the page's cookie jar: staff and learners share Payload's cookie name.
    const staff = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@pufa.local', password: DEMO_PASSWORD }) });
    const { token } = (await staff.json()) as { token: string };
    const confirmed = await fetch(`${base}/api/learners/${account.user.id}/membership`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ action: 'confirm' }),
    });
    expect(confirmed.status).toBe(200);
    await page.getByRole('button', { name: '全市' }).click();
    await page.getByRole('button', { name: '本单位' }).click();
    await page.locator('#board li.self').waitFor();
    await expect(page.locator('#board li.self').innerText()).resolves.toContain(name);
    const reply = await page.request.get(`${base}/api/learners/leaderboard?scope=city&period=all-time`);
    expect(await reply.text()).not.toContain(email);
    await screenshot(page, 'learner-leaderboard');
  });

  it('takes the exam: no answers on the paper, a timer, results with explanations', async () => {
    let paper: { attemptId: number; exam: { questions: { id: string; type: string }[] }; deadline: string | null } | undefined;
    const started = new Promise<void>((resolve) => {
      page.on('response', async (r) => {
        if (r.url().endsWith('/api/exam-attempts/start') && r.status() === 201) {
          paper = await r.json();
          resolve();
        }
      });
    });
    await page.goto(`${base}/exam/`);
    await page.getByRole('button', { name: '开始考试' }).click();
    await started;
    const keys = keysOf(paper);
    expect(keys.has('answer')).toBe(false);
    expect(keys.has('explanation')).toBe(false);
    expect(paper!.exam.questions.length).toBe(10);
    await page.locator('#exam-paper').waitFor();
    await expect(page.locator('.exam-question').count()).resolves.toBe(10);

    // The timer is shown; extra time is granted by the unit, not asked for with a button.
    expect(paper!.deadline).not.toBeNull();
    await expect(page.locator('#timer').innerText()).resolves.toMatch(/^\d{2}:\d{2}$/);
    await expect(page.getByRole('button', { name: '延长时间' }).count()).resolves.toBe(0);

    const items = page.locator('.exam-question');
    const answer = async (from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        const q = paper!.exam.questions[i]!;
        for (const v of inputValues(answers.get(q.id)!)) await items.nth(i).locator(`input[value="${v}"]`).check();
      }
    };
    // A reload (or a phone killing the tab) resumes the attempt with the answers chosen so far.
    await answer(0, 3);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#exam-status')?.textContent?.includes('已恢复未交卷的考试'));
    await expect(page.locator('#answered-count').innerText()).resolves.toBe('已答 3 / 10 题');
    // On another device (no local copy) the server's open attempt resumes, without the answers.
    await page.evaluate(() => localStorage.removeItem('pufa:exam:attempt'));
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#exam-status')?.textContent?.includes('已恢复在其他设备上开始'));
    await expect(page.locator('#answered-count').innerText()).resolves.toBe('已答 0 / 10 题');
    await answer(0, 10);
    await expect(page.locator('#answered-count').innerText()).resolves.toBe('已答 10 / 10 题');
    await page.locator('#exam-questions').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'learner-exam');

    const submitted = page.waitForResponse((r) => /\/api\/exam-attempts\/[^/]+\/submit$/.test(r.url()));
    await page.getByRole('button', { name: '交卷' }).click();
    const result = (await (await submitted).json()) as { passed: boolean; results: { explanation: string }[] };
    expect(result.passed).toBe(true);
    const summary = await page.locator('#result-summary').innerText();
    expect(summary).toContain('考试通过');
    expect(summary).toContain('本次得分 100 分');
    expect(summary).toMatch(/剩余考试次数 2 次/);
    const list = await page.locator('#result-list').innerText();
    expect(list).toContain('正确答案：');
    expect(list).toContain(`解析：${result.results[0]!.explanation}`);
    await screenshot(page, 'learner-exam-result');
    expect(await page.evaluate(() => localStorage.getItem('pufa:exam:attempt'))).toBeNull();
  });

  let code = '';
  it('issues the certificate with a QR code to the verify page and an Open Badge download', async () => {
    await page.getByRole('link', { name: '领取学法证书' }).click();
    await page.waitForURL('**/certificate/');
    await page.getByRole('button', { name: '领取证书' }).click();
    await page.locator('#cert-facts dd').first().waitFor();
    code = (await page.locator('#cert-code').innerText()).trim();
    expect(code).toMatch(/^PF\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const card = await page.locator('.certificate').innerText();
    expect(card).toContain(name);
    expect(card).toMatch(/2 学时/);
    expect(card).toMatch(/100 分/);
    await expect(page.locator('#cert-qr svg').count()).resolves.toBe(1);
    const badgeHref = (await page.locator('#cert-badge').getAttribute('href'))!;
    expect(badgeHref).toBe(`/api/certificates/badge?code=${code}`);
    const badge = await page.request.get(`${base}${badgeHref}`);
    expect(badge.ok()).toBe(true);
    const json = JSON.parse(await badge.text()) as { type: string[] };
    expect(json.type).toContain('OpenBadgeCredential');
    await screenshot(page, 'learner-certificate');

    // The certificate stays: a reload shows it without issuing again.
    await page.reload();
    await page.locator('#cert-show').waitFor();
    await expect(page.locator('#cert-code').innerText()).resolves.toBe(code);
  });

  it('verifies the code in a fresh browser (no login): 有效; a wrong code: 无效', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 900 }, locale: 'zh-CN' });
    const fresh = await context.newPage();
    await fresh.goto(`${base}/verify/?code=${code}`);
    await fresh.locator('#verify-verdict').waitFor();
    const text = await fresh.locator('#verify-result').innerText();
    expect(text).toContain('有效');
    expect(text).toContain(name);
    expect(text).toContain('2 学时');
    await screenshot(fresh, 'learner-verify');

    const wrong = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    await fresh.getByLabel('验证码').fill(wrong);
    await fresh.getByRole('button', { name: '核验', exact: true }).click();
    await fresh.waitForFunction(() => document.querySelector('#verify-verdict')?.textContent?.includes('无效'));
    expect(fresh.url()).toContain(`code=${wrong}`);
    await context.close();
  });
});
