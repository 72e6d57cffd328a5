/**
 * The search page on the real built site: nothing search-related loads before the box is used;
 * a query fetches only a handful of index files; results show kind, law and article number and
 * a highlighted snippet; `?q=` links, paging and the article-number hint work; an everyday term
 * shows the articles it means first; a pasted phrase with punctuation finds only that phrase.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, screenshot } from './browser';

let browser: Browser;
let page: Page;
const base = inject('baseURL');
let requested: string[] = [];

beforeAll(async () => {
  ({ browser, page } = await openPage({ viewport: { width: 412, height: 900 }, locale: 'zh-CN' }));
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
});
afterAll(async () => browser?.close());

const indexFiles = () => requested.filter((p) => p.startsWith('/search/') && p.endsWith('.bin'));
const done = () => page.waitForFunction(() => /找到|没有找到|不可用/.test(document.querySelector('#search-status')?.textContent ?? ''));

async function search(query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.click('#search-form button');
  await done();
  return page.locator('#search-results li').allTextContents();
}

describe('search page', () => {
  it('downloads nothing search-related until the search box is used', async () => {
    // Every page carries the layout's own scripts (offline client, 长辈模式): read them off the home page.
    await page.goto(`${base}/`);
    await page.waitForLoadState('networkidle');
    const jsOf = (paths: string[]) => paths.filter((p) => p.startsWith('/_astro/') && p.endsWith('.js'));
    const layoutScripts = new Set(jsOf(requested));
    requested = [];
    await page.goto(`${base}/search/`);
    await page.waitForLoadState('networkidle');
    // Vite's few-line preload helper becomes a shared chunk once any other page imports lazily too.
    const scripts = () => jsOf(requested).filter((p) => !p.includes('/preload-helper.') && !layoutScripts.has(p));
    const pageScripts = scripts();
    // The page's own few lines and the shared h() helper: no lunr, no engine (it arrives on focus, below).
    expect(pageScripts.length).toBeLessThanOrEqual(2);
    expect(requested.filter((p) => p.startsWith('/search/') && p !== '/search/')).toEqual([]);
    await page.focus('#search-input');
    await page.waitForResponse((r) => r.url().endsWith('/search/manifest.json'));
    expect(scripts().length).toBeGreaterThan(pageScripts.length); // the lazy engine chunk
    expect(indexFiles()).toEqual([]);
  });

  it('finds articles by keyword with kind, law, article number and a highlighted snippet', async () => {
    requested = [];
    const results = await search('禁止包办');
    expect(results.length).toBeGreaterThan(0);
    // Lessons rank before articles among body matches; the article is among the first results.
    const article = page.locator('#search-results li', { hasText: '第一千零四十二条' }).first();
    await expect(article.locator('.kind').textContent()).resolves.toBe('条文');
    await expect(article.locator('a').textContent()).resolves.toBe('《中华人民共和国民法典》第一千零四十二条');
    await expect(article.locator('.snippet mark').first().textContent()).resolves.toBe('禁止包办');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/共找到 \d+ 条结果/);
    // At most one shard per trigram (禁止包, 止包办) and segment, plus the stored text of the results shown.
    const { segments } = (await (await fetch(`${base}/search/manifest.json`)).json()) as { segments: unknown[] };
    const shards = indexFiles().filter((p) => /\/t\d\//.test(p));
    const chunks = indexFiles().filter((p) => p.includes('/d/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(2 * segments.length);
    expect(chunks.length).toBeLessThanOrEqual(results.length);
    await screenshot(page, 'search-article');
  });

  it('puts the law first for its name and pages through more results', async () => {
    const results = await search('民法典');
    expect(results[0]).toContain('中华人民共和国民法典');
    expect(results).toHaveLength(10);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 10);
    expect(await page.locator('#search-results li').count()).toBe(20);
  });

  it('finds sub-words, digits and an article by law and number, and follows it to the anchor', async () => {
    expect((await search('法典')).slice(0, 3).some((r) => r.includes('中华人民共和国民法典'))).toBe(true);
    expect((await search('12348')).some((r) => r.includes('法律援助'))).toBe(true);
    const results = await search('民法典第一千零四十二条');
    expect(results[0]).toContain('《中华人民共和国民法典》第一千零四十二条');
    await page.locator('#search-results li a').first().click();
    // 民法典 is split into pages: its contents page forwards the anchor to the page holding the article.
    await page.waitForURL(/\/laws\/%E6%B0%91%E6%B3%95%E5%85%B8\/p\/\d+\/#art-1042$/);
    expect(await page.locator('#art-1042').evaluate((el) => el.matches(':target'))).toBe(true);
  });

  it('keeps ?q= links working and offers Chinese article numbers', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('民法典第1042条')}`);
    await done();
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('民法典第1042条');
    const hint = page.locator('#search-hint a');
    await expect(hint.textContent()).resolves.toBe('民法典第一千零四十二条');
    await hint.click();
    await done();
    expect((await page.locator('#search-results li').allTextContents())[0]).toContain('第一千零四十二条');
  });

  it('says so when nothing matches, and hints at longer words for one character', async () => {
    expect(await search('量子纠缠')).toEqual([]);
    await expect(page.locator('#search-status').textContent()).resolves.toContain('没有找到');
    expect((await search('婚')).length).toBeGreaterThan(0);
    await expect(page.locator('#search-hint').textContent()).resolves.toContain('两个字以上');
  });
});

describe('search page: everyday terms and pasted phrases', () => {
  const total = async () => Number((/共找到 ([\d,]+) 条/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''));

  it('shows the articles an everyday term means first, linked to the article', async () => {
    await search('离婚冷静期');
    const box = page.locator('#search-aliases');
    await expect(box.isVisible()).resolves.toBe(true);
    await expect(box.locator('li .alias-head').first().textContent()).resolves.toBe('常用说法：离婚冷静期 → 《民法典》第一千零七十七条');
    await expect(box.locator('li a').first().getAttribute('href')).resolves.toMatch(/#art-1077$/);
    // The box comes before the ordinary results.
    expect(await page.evaluate(() => !!(document.querySelector('#search-aliases')!.compareDocumentPosition(document.querySelector('#search-results')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await screenshot(page, 'search-alias');
    // 高空抛物 is in no article's text: the box is what finds 第一千二百五十四条.
    await search('高空抛物');
    await expect(box.locator('li .alias-head').first().textContent()).resolves.toContain('《民法典》第一千二百五十四条');
    await box.locator('li a').first().click();
    await page.waitForURL(/\/p\/\d+\/#art-1254$/); // forwarded to the page of split 民法典 holding it
    await page.goto(`${base}/search/`);
  });

  it('hides the box for a query naming no term', async () => {
    await search('禁止包办');
    await expect(page.locator('#search-aliases').isVisible()).resolves.toBe(false);
  });

  it('searches a pasted phrase with punctuation as the phrase: every result holds it', async () => {
    const phrase = '合法、正当、必要';
    const results = await search(phrase);
    expect(results.length).toBeGreaterThan(0);
    expect(await total()).toBe(results.length);
    for (const text of results) expect(text).toContain(phrase);
    await expect(page.locator('#search-results li .snippet mark').first().textContent()).resolves.toBe(phrase);
    await screenshot(page, 'search-phrase');
    // The same words as separate words find many more documents.
    await search('合法 正当 必要');
    expect(await total()).toBeGreaterThan(results.length);
  });
});
