/**
 * A law with two versions on the built site: the banner names the version shown and its status,
 * the versions list links the earlier one, 本条修改情况 shows the character diff, and a citation
 * anchor on a long law split into pages still lands on the article.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, screenshot } from './browser';

let browser: Browser;
let page: Page;
const base = inject('baseURL');
const law = (slug: string, rest = '') => `${base}/laws/${encodeURIComponent(slug)}/${rest}`;

beforeAll(async () => {
  ({ browser, page } = await openPage({ viewport: { width: 412, height: 900 }, locale: 'zh-CN' }));
});
afterAll(async () => browser?.close());

describe('law versions', () => {
  it('shows the current version with its banner, the versions list and per-article changes', async () => {
    await page.goto(law('未成年人保护法'));
    await expect(page.locator('.law-banner').textContent()).resolves.toBe('本页为2024年4月26日修正版本，现行有效。');
    const versions = page.locator('nav.law-versions');
    await expect(versions.locator('[aria-current="page"]').textContent()).resolves.toBe('2024-04-26修正（现行有效）');
    await expect(versions.locator('a').textContent()).resolves.toBe('2020-10-17修订（已修改）');
    // The 2024 amendment rewrote 第九条 (协调机制): its note opens on a character diff.
    const note = page.locator('#art-9 details.law-note');
    await expect(note.locator('summary').textContent()).resolves.toBe('本条修改情况：已修改');
    await expect(note.locator('ins').first().isVisible()).resolves.toBe(false);
    await note.locator('summary').click();
    await expect(note.locator('ins').first().isVisible()).resolves.toBe(true);
    await expect(note.locator('del').count()).resolves.toBeGreaterThan(0);
    await expect(note.locator(".law-diff").textContent()).resolves.toContain('与2020年10月17日版本相比');
    await expect(page.locator('#art-10 .law-note-none').textContent()).resolves.toBe('本条修改情况：未修改');
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, 'law-versions-diff');
  });

  it('reaches the earlier version, marked amended, with no changes to show', async () => {
    await page.locator('nav.law-versions a').click();
    await page.waitForURL(/\/v\/2020-10-17\/$/);
    await expect(page.locator('.law-banner').textContent()).resolves.toBe('本页为2020年10月17日修订版本，自2021年6月1日起施行，已修改：2024年4月26日起施行新版本。');
    await expect(page.locator('.law-note, .law-note-none').count()).resolves.toBe(0);
    await expect(page.locator('#art-9').count()).resolves.toBe(1);
  });

  it('a renumbered article says where it was; a citation anchor on a split law lands on the article', async () => {
    await page.goto(law('公司法', '#art-8'));
    await page.waitForURL(/\/p\/\d+\/#art-8$/);
    const article = page.locator('#art-8');
    await expect(article.isVisible()).resolves.toBe(true);
    await expect(article.locator('summary').textContent()).resolves.toBe('本条修改情况：条号变更，内容未修改（原第十条）');
    await expect(page.locator('.law-banner').textContent()).resolves.toBe('本页为2023年12月29日修订版本，自2024年7月1日起施行，现行有效。');
    await screenshot(page, 'law-split-anchor');
  });
});
