/**
 * 长辈模式 and 朗读 in Chromium against the built site. The switch is remembered and applied before
 * the first paint; in 长辈模式 body text is ≥ 24 px, headings ≥ 40 px, line spacing ≥ 1.3, every
 * visible interactive element is ≥ 60 × 60 px and the navigation is short; nothing scrolls
 * sideways at 320 px. Read-aloud is driven through a stubbed speechSynthesis (headless Chromium
 * has no voices): sentence by sentence with the sentence highlighted, pause/resume, speed, stop,
 * a law page from the article in the URL; without a Chinese voice the button says so.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

const base = inject('baseURL');
let browser: Browser;
let pages: Record<string, string>;
const SHOTS = path.resolve('test-results/screenshots');

/** The first link on `index` whose path matches `pattern`. */
async function firstLink(page: Page, index: string, pattern: RegExp): Promise<string> {
  await page.goto(`${base}${index}`);
  const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const found = hrefs.find((h) => pattern.test(h));
  if (!found) throw new Error(`no link like ${pattern} on ${index}`);
  return found;
}

/** A practice quiz page: lessons embed their quiz, so the sitemap names the pages. */
async function quizPage(): Promise<string> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  return /\/quizzes\/[^/<"]+\//.exec(xml)![0];
}

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  pages = {
    home: '/',
    track: '/tracks/village/',
    lesson: await firstLink(page, '/lessons/', /^\/lessons\/[^/]+\/$/),
    quiz: '',
    law: await firstLink(page, '/laws/', /^\/laws\/[^/]+\/$/),
    account: '/account/',
    search: '/search/',
  };
  pages.quiz = await quizPage();
  await page.close();
});
afterAll(async () => browser?.close());

async function elderContext(width = 412): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(() => localStorage.setItem('pufa-elder', '1'));
  return context;
}

/** What breaks the 适老化 rules on the current page (empty when none). */
const elderProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && r.right > 0 && cs.visibility !== 'hidden' && !el.closest('[hidden], svg');
    };
    const label = (el: Element) => `${el.tagName.toLowerCase()}「${(el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 12)}」`;
    for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 59.5 || r.height < 59.5) problems.push(`${label(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!hasText || !visible(el)) continue;
      const cs = getComputedStyle(el);
      const size = parseFloat(cs.fontSize);
      const min = /^H[1-6]$/.test(el.tagName) ? 40 : 24;
      if (size < min) problems.push(`${label(el)} ${size}px < ${min}px`);
      const lh = parseFloat(cs.lineHeight);
      if (!Number.isNaN(lh) && lh / size < 1.3) problems.push(`${label(el)} 行距 ${(lh / size).toFixed(2)}`);
    }
    return problems;
  });

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe('长辈模式', () => {
  it('switches on from the header, is remembered, and is applied before the first paint', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const toggle = page.locator('pufa-elder-toggle button');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(24);
    expect(before).toBeLessThan(24);

    // On the next page the attribute is set before anything is painted (recorded by an observer).
    await context.addInitScript(() => {
      const w = window as unknown as { elderAt?: number };
      new MutationObserver(() => {
        if (document.documentElement?.hasAttribute('data-elder')) w.elderAt ??= performance.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-elder'] });
    });
    await page.goto(`${base}${pages.lesson}`);
    const timing = await page.evaluate(() => ({
      elderAt: (window as unknown as { elderAt?: number }).elderAt,
      paint: performance.getEntriesByType('paint').map((p) => p.startTime)[0],
      blocking: !!document.querySelector('head script[src="/elder-mode.js"]:not([async]):not([defer]):not([type="module"])'),
    }));
    expect(timing.blocking).toBe(true);
    expect(timing.elderAt).toBeDefined();
    if (timing.paint !== undefined) expect(timing.elderAt!).toBeLessThan(timing.paint);
    expect(await page.locator('pufa-elder-toggle button').getAttribute('aria-pressed')).toBe('true');

    await page.locator('pufa-elder-toggle button').click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-elder'))).toBe(false);
    await context.close();
  });

  it('text ≥ 24 px, headings ≥ 40 px, line spacing ≥ 1.3, every tap target ≥ 60 × 60 px, short navigation', async () => {
    const context = await elderContext();
    const page = await context.newPage();
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(`${base}${url}`);
      await page.waitForLoadState('networkidle');
      expect(await elderProblems(page), `${name} ${url}`).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `elder-412-${name}.png`), fullPage: false });
    }
    const nav = await page.$$eval('.site-nav a', (as) => as.filter((a) => a.getBoundingClientRect().width > 0).map((a) => a.textContent!.trim()));
    expect(nav).toEqual(['首页', '学习路径', '法规库', '搜索', '我的学习']);
    await context.close();
  }, 90_000);

  it('nothing scrolls sideways at 320 px, nor at 200 % zoom of a 1280 px window (640 px), in either mode', async () => {
    for (const width of [320, 640]) {
      const elder = await elderContext(width);
      const normal = await browser.newContext({ viewport: { width, height: 640 } });
      for (const context of [elder, normal]) {
        const page = await context.newPage();
        for (const [name, url] of Object.entries(pages)) {
          await page.goto(`${base}${url}`);
          expect(await scrollsSideways(page), `${width}px ${context === elder ? '长辈模式' : 'normal'} ${name} ${url}`).toBe(false);
        }
        await context.close();
      }
    }
  }, 90_000);
});

/** A speechSynthesis that records what it is asked and speaks only when the test says so. */
function stubSpeech(context: BrowserContext) {
  return context.addInitScript(() => {
    type Utt = { text: string; lang: string; rate: number; voice: { lang: string } | null; onend?: (() => void) | null };
    const state = { log: [] as Array<Record<string, unknown>>, current: null as Utt | null };
    const synth = {
      getVoices: () => [{ name: '测试普通话', lang: 'zh-CN', default: true, localService: true, voiceURI: 'stub-zh' }],
      speak: (u: Utt) => {
        state.log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.lang });
        state.current = u;
      },
      cancel: () => {
        state.log.push({ cancel: true });
        state.current = null;
      },
      pause: () => state.log.push({ pause: true }),
      resume: () => state.log.push({ resume: true }),
      addEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      lang = '';
      rate = 1;
      voice = null;
      onend = null;
      onerror = null;
      constructor(public text: string) {}
    };
    (window as unknown as { speech: unknown }).speech = {
      state,
      finish: () => {
        const u = state.current;
        state.current = null;
        u?.onend?.();
      },
    };
  });
}

type SpeechLog = Array<{ text?: string; lang?: string; rate?: number; voice?: string; cancel?: boolean; pause?: boolean; resume?: boolean }>;
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speech: { state: { log: SpeechLog } } }).speech.state.log);
const finishSentence = (page: Page) => page.evaluate(() => (window as unknown as { speech: { finish: () => void } }).speech.finish());
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('pufa-reading');
    return h ? [...h].map((r) => r.toString()).join('') : null;
  });

describe('朗读', () => {
  it('says so when the device has no Chinese voice (headless Chromium has none)', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${pages.lesson}`);
    const control = page.locator('article > pufa-read-aloud');
    await expect.poll(() => control.locator('.ra-status').textContent(), { timeout: 5000 }).toMatch(/没有中文朗读语音/);
    expect(await control.locator('.ra-start').isDisabled()).toBe(true);
    await page.close();
  });

  it('reads a lesson sentence by sentence in zh-CN with the sentence highlighted; pause, resume, speed and stop', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
    await stubSpeech(context);
    const page = await context.newPage();
    await page.goto(`${base}${pages.lesson}`);
    const control = page.locator('article > pufa-read-aloud');
    await control.locator('.ra-start').click();
    const [first] = (await spoken(page)).filter((e) => e.text);
    expect(first).toMatchObject({ lang: 'zh-CN', voice: 'zh-CN', rate: 1 });
    expect(await page.locator('article > .prose').textContent()).toContain(first!.text);
    expect(await highlighted(page)).toBe(first!.text);
    // The quiz inside the lesson has its own buttons and is not read with the lesson.
    const quizStems = await page.$$eval('pufa-quiz legend', (ls) => ls.map((l) => l.textContent!.trim()));
    expect(quizStems.some((s) => s.startsWith(first!.text!))).toBe(false);

    await control.locator('.ra-pause').click();
    expect(await control.locator('.ra-pause').textContent()).toBe('继续');
    await control.locator('.ra-pause').click();
    expect((await spoken(page)).filter((e) => e.pause || e.resume).length).toBe(2);

    await control.locator('.ra-rate').selectOption('1.25');
    await finishSentence(page);
    const second = (await spoken(page)).filter((e) => e.text)[1]!;
    expect(second.text).not.toBe(first!.text);
    expect(second.rate).toBe(1.25);
    expect(await highlighted(page)).toBe(second.text);
    await page.screenshot({ path: path.join(SHOTS, 'read-aloud-lesson.png') });

    await control.locator('.ra-stop').click();
    expect((await spoken(page)).at(-1)).toMatchObject({ cancel: true });
    expect(await highlighted(page)).toBeNull();
    expect(await control.locator('.ra-start').isVisible()).toBe(true);
    await context.close();
  });

  it('reads one quiz question (stem and options), and a law page from the article in the URL', async () => {
    const context = await browser.newContext();
    await stubSpeech(context);
    const page = await context.newPage();
    await page.goto(`${base}${pages.quiz}`);
    const question = page.locator('.question').first();
    const legend = (await question.locator('legend').textContent())!.replace(/\s+/g, ' ').trim();
    await question.locator('pufa-read-aloud .ra-start').click();
    const first = (await spoken(page)).find((e) => e.text)!;
    expect(legend.replace(/\s/g, '')).toContain(first.text!.replace(/\s/g, ''));

    // A long law's index lists its parts; the articles are on /p/<n>/.
    const article = await page.evaluate(async (url) => {
      const read = async (u: string) => new DOMParser().parseFromString(await (await fetch(u)).text(), 'text/html');
      let doc = await read(url);
      let at = new URL(url).pathname;
      if (!doc.querySelector('.law-text .article')) {
        at = (doc.querySelector('main a[href*="/p/"]') as HTMLAnchorElement).pathname;
        doc = await read(at);
      }
      const all = [...doc.querySelectorAll('.law-text .article')];
      const pick = all[Math.min(2, all.length - 1)]!;
      return { at, id: pick.id, number: pick.querySelector('.art-no')!.textContent!.trim() };
    }, `${base}${pages.law}`);
    await page.goto(`${base}${article.at}#${article.id}`);
    await page.locator('pufa-read-aloud .ra-start').first().click();
    const fromArticle = (await spoken(page)).filter((e) => e.text)[0]!;
    expect(fromArticle.text!.startsWith(article.number)).toBe(true);
    await context.close();
  });
});
