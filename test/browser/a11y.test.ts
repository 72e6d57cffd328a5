/**
 * axe-core (tags wcag2a, wcag2a, wcag21a, wcag21aa, wcag22aa) on every page type of the built
 * site, in normal mode and in 长辈模式, logged out and — for 我的学习, 考试 and 证书 — as a seeded
 * learner with a certificate. 0 violations is the bar; the table of results is printed and
 * written to test-results/a11y.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import { launchBrowser } from './browser';

const base = inject('baseURL');
const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
const table: Array<{ page: string; url: string; mode: string; violations: number; rules: string }> = [];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary: string }>;
}

/** One path per page type: fixed ones, and the first link of a kind found on its index. */
async function pageTypes(page: Page): Promise<Array<[string, string]>> {
  const first = async (index: string, pattern: RegExp) => {
    const res = await page.goto(`${base}${index}`);
    if (!res?.ok()) return null;
    const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    return hrefs.find((h) => pattern.test(h)) ?? null;
  };
  const lesson = await first('/lessons/', /^\/lessons\/[^/]+\/$/);
  const found: Array<[string, string | null]> = [
    ['home', '/'],
    ['tracks', '/tracks/village/'],
    ['lessons', '/lessons/'],
    ['lesson', lesson],
    // Lessons embed their quiz; the sitemap names the quiz pages.
    ['quiz', /\/quizzes\/[^/<"]+\//.exec(await (await fetch(`${base}/sitemap.xml`)).text())?.[0] ?? null],
    ['laws', '/laws/'],
    ['law', await first('/laws/', /^\/laws\/[^/]+\/$/)],
    ['search', '/search/'],
    ['me', '/me/'],
    ['mistakes', '/me/mistakes/'],
    ['account', '/account/'],
    ['exam', '/exam/'],
    ['certificate', '/certificate/'],
    ['verify', '/verify/'],
    ['leaderboard', '/leaderboard/'],
    ['lists', '/lists/'],
    ['list', await first('/lists/', /^\/lists\/[^/]+\/\d{4}\/$/)],
    ['reports', '/reports/'],
    ['report', await first('/reports/', /^\/reports\/[^/]+\/\d{4}\/$/)],
    ['campaigns', '/campaigns/'],
    ['campaign-month', await first('/campaigns/', /^\/campaigns\/\d{4}\/\d{2}\/$/)],
    ['calendar', '/calendar/'],
  ];
  // Pages other parts of the site add when they exist.
  for (const [name, url] of [['media', '/media/'], ['live', '/live/'], ['offline', '/offline/']] as const) {
    if ((await fetch(`${base}${url}`)).ok) found.push([name, url]);
  }
  const media = found.some(([n]) => n === 'media') ? await first('/media/', /^\/media\/[^/]+\/$/) : null;
  if (media) found.push(['media-item', media]);
  return found.filter((e): e is [string, string] => e[1] !== null);
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
    TAGS,
  );
}

async function context(elder: boolean, learner: boolean): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 900 }, bypassCSP: true, locale: 'zh-CN' });
  if (elder) await ctx.addInitScript(() => localStorage.setItem('pufa-elder', '1'));
  if (learner) {
    const res = await ctx.request.post(`${base}/api/learners/login`, { data: { email: 'wangjg@learner.pufa.local', password: DEMO_PASSWORD } });
    expect(res.ok()).toBe(true);
  }
  return ctx;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (table.length === 0) return;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/a11y.json', JSON.stringify(table, null, 2));
  console.log(['| page | mode | violations |', '| --- | --- | --- |', ...table.map((r) => `| ${r.page} (${r.url}) | ${r.mode} | ${r.violations}${r.rules ? ` ${r.rules}` : ''} |`)].join('\n'));
});

describe('axe, wcag2a/2aa/21a/21aa/22aa', () => {
  for (const mode of ['normal', 'elder'] as const) {
    it(`every page type has 0 violations (${mode === 'elder' ? '长辈模式' : 'normal mode'})`, async () => {
      const ctx = await context(mode === 'elder', false);
      const page = await ctx.newPage();
      const types = await pageTypes(page);
      const learnerCtx = await context(mode === 'elder', true);
      const learnerPage = await learnerCtx.newPage();
      const failures: string[] = [];
      const check = async (p: Page, name: string, url: string, label: string) => {
        await p.goto(`${base}${url}`);
        await p.waitForLoadState('networkidle');
        const violations = await axe(p);
        table.push({ page: name, url, mode: label, violations: violations.length, rules: violations.map((v) => v.id).join(' ') });
        for (const v of violations) failures.push(`${label} ${url}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      };
      for (const [name, url] of types) await check(page, name, url, mode);
      for (const name of ['me', 'exam', 'certificate']) await check(learnerPage, `${name} (学员)`, `/${name}/`, `${mode}+learner`);
      await ctx.close();
      await learnerCtx.close();
      expect(failures).toEqual([]);
    }, 180_000);
  }
});
