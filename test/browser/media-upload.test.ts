/**
 * From upload to the public player: an agency editor uploads a short video and an LRC file in the
 * admin and submits it; the server probes and processes it; a reviewer publishes it; after the
 * site rebuild the public page plays it (currentTime advances) with the LRC lines as captions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteStep } from '../../cms/scripts/pipeline';
import { launchBrowser, logInToAdmin, screenshot } from './browser';

const base = inject('baseURL');
// Varied so a rerun against the same server makes a new item.
const SLUG = `pingshu-upload-${Date.now() % 100_000}`;
const TITLE = `评书《上传测试》${SLUG.slice(-5)}`;
const LRC = ['[ti:上传测试]', '[00:00.50]话说泉城有一户', '[00:02.50]借婚索财理不当', '[00:04.50]婚姻自由记心上', '[00:06.00]'].join('\n');
let browser: Browser;
let dir: string;
let video: string;
let lrc: string;
let id: number;

const workflow = (page: Page) => page.getByTestId('workflow-actions');

async function staffPage(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await logInToAdmin(page, base, email);
  return page;
}

/** The stored item as the logged-in page's own API calls see it. */
const stored = (page: Page) =>
  page.evaluate(async (mediaId) => (await (await fetch(`/api/media/${mediaId}?depth=0`, { credentials: 'include' })).json()) as Record<string, unknown>, id);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pufa-media-upload-'));
  video = path.join(dir, 'upload-test.mp4');
  // Six seconds of test picture and tone, H.264/AAC as a phone records it.
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=640x360:rate=15:duration=6', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=6', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', video]);
  lrc = path.join(dir, 'upload-test.lrc');
  writeFileSync(lrc, LRC);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('media upload → review → public player', () => {
  it('an editor uploads a video with an LRC file and submits it', async () => {
    const page = await staffPage('scjg@pufa.local');
    await page.goto(`${base}/admin/collections/media/create`);
    await page.locator('input[type="file"]').first().setInputFiles(video);
    await page.fill('#field-title', TITLE);
    await page.fill('#field-slug', SLUG);
    await page.locator('#field-artForm').click();
    await page.locator('.rs__option', { hasText: /^评书$/ }).click();
    await page.getByTestId('captions-import').locator('input[type="file"]').setInputFiles(lrc);
    await page.getByTestId('captions-import').getByRole('status').waitFor();
    await page.locator('#action-save').click();
    await page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 60_000 });
    id = Number(/\/media\/(\d+)/.exec(page.url())![1]);
    // Processing (poster, renditions) runs after the save; submitting needs it finished.
    await expect.poll(async () => (await stored(page)).processingStatus, { timeout: 60_000, interval: 1000 }).toBe('done');
    const item = await stored(page);
    expect(item.kind).toBe('video');
    expect(Math.round(Number(item.durationSeconds))).toBe(6);
    expect(String(item.transcript)).toMatch(/^WEBVTT[\s\S]*00:00:02\.500 --> [\s\S]*借婚索财理不当/);
    await page.reload();
    await workflow(page).getByRole('button', { name: '提交审核' }).click();
    await workflow(page).getByText('当前状态：待审核').waitFor();
    await screenshot(page, 'media-upload-editor-submitted');
    await page.context().close();
  }, 150_000);

  it('a reviewer publishes it, and after the rebuild the public page plays it', async () => {
    const page = await staffPage('reviewer@pufa.local');
    await page.goto(`${base}/admin/collections/media/${id}`);
    // Should the editor's lock still stand, the reviewer reads on (the workflow buttons stay usable).
    const readOnly = page.getByRole('button', { name: '只读查看' });
    await readOnly.waitFor({ timeout: 3000 }).then(() => readOnly.click(), () => undefined);
    await workflow(page).getByRole('button', { name: '审核发布' }).click();
    await workflow(page).getByText('当前状态：已发布').waitFor();
    await page.context().close();

    await buildSiteStep(['--outDir', inject('siteDir')], inject('siteEnv'));
    const visitor = await browser.newPage({ viewport: { width: 412, height: 900 }, locale: 'zh-CN' });
    await visitor.goto(`${base}/media/${SLUG}/`);
    expect(await visitor.locator('h1').textContent()).toBe(TITLE);
    expect(await visitor.locator('.transcript li').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('借婚索财理不当')]));
    await visitor.locator('.transcript li button').nth(1).click();
    await visitor.waitForFunction(() => {
      const v = document.querySelector<HTMLVideoElement>('pufa-player video')!;
      return !v.paused && v.currentTime > 2.8;
    }, undefined, { timeout: 15_000 });
    await visitor.waitForFunction(() => (document.querySelector<HTMLVideoElement>('pufa-player video')!.textTracks[0]?.activeCues?.length ?? 0) > 0);
    await screenshot(visitor, 'media-upload-public-412');
    await visitor.close();
  }, 240_000);
});
