/**
 * The media library on the seeded demo (the 吕剧 video, the 快板 and 评书 audio): /media/ lists the works
 * with their facets; the item page never autoplays; a transcript line chosen by keyboard seeks and
 * plays (currentTime advances, the captions track's active cue is the highlighted line); a chapter
 * link opens the cited article; audio-only mode plays the audio rendition from the same moment;
 * speed and large captions; search for a transcript line lands on the moment (#t=); the lesson
 * embed and axe on the media pages. Screenshots at 412 px and desktop.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLrc } from '../../core/media/lrc';
import { DEMO_WORKS } from '../../cms/seed/demo-media-works';
import { launchBrowser, screenshot } from './browser';

const base = inject('baseURL');
const lvju = DEMO_WORKS.find((w) => w.artForm === '吕剧' && w.kind === 'video')!;
const kuaiban = DEMO_WORKS.find((w) => w.artForm === '快板')!;
const pingshu = DEMO_WORKS.find((w) => w.artForm === '评书')!;
const lines = (() => {
  const parsed = parseLrc(lvju.lrc);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.cues.filter((c) => c.text.trim());
})();
const itemUrl = (slug: string) => `${base}/media/${encodeURIComponent(slug)}/`;
let browser: Browser;
let page: Page;

/** State of the page's first media element. */
const player = (p: Page = page) =>
  p.evaluate(() => {
    const m = document.querySelector<HTMLMediaElement>('pufa-player video, pufa-player audio')!;
    const track = m.textTracks[0];
    const cue = track?.activeCues?.[0] as VTTCue | undefined;
    return {
      t: m.currentTime,
      paused: m.paused,
      src: m.currentSrc,
      rate: m.playbackRate,
      audioSrc: m.dataset.audioSrc ?? '',
      trackMode: track?.mode,
      activeCue: cue?.text ?? null,
      current: document.querySelector('.transcript li[aria-current="true"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    };
  });

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 412, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => browser?.close());

describe('media library', () => {
  it('lists the demo works with facets, 吕剧 under 戏曲', async () => {
    await page.goto(`${base}/media/`);
    const titles = await page.locator('.media-card .title').allTextContents();
    expect(titles).toEqual(expect.arrayContaining([lvju.title, kuaiban.title, pingshu.title]));
    await page.click('.facets a.chip:has-text("吕剧")');
    await page.waitForURL(/\/media\/form\/%E5%90%95%E5%89%A7\/$/);
    expect(await page.locator('.media-card .title').allTextContents()).toEqual([lvju.title]);
    await page.goto(`${base}/media/form/${encodeURIComponent('戏曲')}/`);
    expect(await page.locator('.media-card .title').allTextContents()).toEqual([lvju.title]);
    await page.goto(`${base}/media/form/${encodeURIComponent('评书')}/`);
    expect(await page.locator('.media-card .title').allTextContents()).toEqual([pingshu.title]);
    await screenshot(page, 'media-index-412');
  });

  it('opens without autoplay, with a zh-CN captions track and the transcript beside it', async () => {
    await page.goto(itemUrl(lvju.slug));
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('pufa-player video')!.readyState >= 1);
    const state = await player();
    expect(state.paused).toBe(true);
    expect(state.t).toBe(0);
    expect(await page.locator('pufa-player video[autoplay]').count()).toBe(0);
    expect(await page.locator('pufa-player track[kind="captions"][srclang="zh-CN"]').count()).toBe(1);
    expect(state.trackMode).toBe('showing');
    expect(await page.locator('.transcript li').count()).toBe(lines.length);
    const download = await page.locator('.downloads a').first().textContent();
    expect(download).toMatch(/下载视频（MP4，[\d.]+ (KB|MB)）/);
  });

  it('seeks and plays from a transcript line chosen by keyboard; the active cue is the highlighted line', async () => {
    const second = lines[1]!;
    await page.locator('.transcript li').nth(1).locator('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((start) => {
      const v = document.querySelector<HTMLVideoElement>('pufa-player video')!;
      return !v.paused && v.currentTime > start + 0.3;
    }, second.start, { timeout: 15_000 });
    const a = await player();
    expect(a.t).toBeGreaterThanOrEqual(second.start);
    expect(a.t).toBeLessThan(second.end + 2);
    await page.waitForTimeout(700);
    const b = await player();
    expect(b.t).toBeGreaterThan(a.t);
    // The browser's own captions and the highlighted 唱词 line agree (activeCues may lag a seek briefly).
    await page.waitForFunction(() => {
      const cue = document.querySelector<HTMLVideoElement>('pufa-player video')!.textTracks[0]?.activeCues?.[0] as VTTCue | undefined;
      const current = document.querySelector('.transcript li[aria-current="true"]')?.textContent ?? '';
      return !!cue && current.includes(cue.text);
    }, undefined, { timeout: 10_000 });
    const c = await player();
    expect(c.activeCue).toBeTruthy();
    expect(c.current).toContain(c.activeCue!);
    await screenshot(page, 'media-item-playing-412');
  });

  it('switches to the audio rendition at the same moment and keeps playing', async () => {
    const before = await player();
    await page.click('button.audio-only');
    expect(await page.getAttribute('button.audio-only', 'aria-pressed')).toBe('true');
    await page.waitForFunction((audio) => {
      const v = document.querySelector<HTMLVideoElement>('pufa-player video')!;
      return v.currentSrc.endsWith(audio) && v.readyState >= 2 && !v.paused;
    }, before.audioSrc, { timeout: 15_000 });
    const a = await player();
    expect(a.t).toBeGreaterThanOrEqual(before.t - 0.5);
    await page.waitForTimeout(700);
    expect((await player()).t).toBeGreaterThan(a.t);
    // Back to the video, still from about the same moment.
    await page.click('button.audio-only');
    await page.waitForFunction((audio) => {
      const v = document.querySelector<HTMLVideoElement>('pufa-player video')!;
      return v.currentSrc !== '' && !v.currentSrc.endsWith(audio) && v.readyState >= 1;
    }, before.audioSrc);
    await page.waitForFunction((t) => document.querySelector<HTMLVideoElement>('pufa-player video')!.currentTime >= t, a.t, { timeout: 5000 });
  });

  it('sets the speed and large captions', async () => {
    await page.selectOption('select.rate', '1.5');
    expect((await player()).rate).toBe(1.5);
    await page.click('button.big-captions');
    expect(await page.getAttribute('button.big-captions', 'aria-pressed')).toBe('true');
    expect(await page.locator('pufa-player video.big-captions').count()).toBe(1);
    await page.evaluate(() => document.querySelector<HTMLVideoElement>('pufa-player video')!.pause());
  });

  it('links a chapter to the article it cites', async () => {
    const link = page.locator('.chapters a.cite').first();
    const href = await link.getAttribute('href');
    const article = /#art-(\d+)$/.exec(href ?? '')?.[1];
    expect(article).toBeTruthy();
    await link.click();
    await page.waitForURL(/\/laws\//);
    await page.waitForFunction((id) => location.hash === `#art-${id}` && !!document.getElementById(`art-${id}`), article);
  });

  it('finds the works by art form and a transcript line lands on its moment', async () => {
    const search = async (q: string) => {
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => /找到|没有找到|不可用/.test(document.querySelector('#search-status')?.textContent ?? ''));
      return page.$$eval('#search-results li a', (as) => as.map((a) => decodeURI((a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash)));
    };
    expect(await search('吕剧')).toContain(`/media/${lvju.slug}/`);
    expect(await search('快板')).toContain(`/media/${kuaiban.slug}/`);
    expect(await search('评书')).toContain(`/media/${pingshu.slug}/`);
    const line = lines[3]!;
    const hits = await search(line.text);
    const hit = hits.find((h) => h.startsWith(`/media/${lvju.slug}/#t=`));
    expect(hit).toBe(`/media/${lvju.slug}/#t=${Math.round(line.start * 10) / 10}`);
    await page.click(`#search-results li a[href*="#t="]`);
    await page.waitForURL(/#t=/);
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('pufa-player video')!.readyState >= 1);
    const state = await player();
    expect(Math.abs(state.t - line.start)).toBeLessThan(0.2);
    expect(state.current).toContain(line.text);
  });

  it('plays the audio work with its transcript and embeds the 吕剧 in the marriage lesson', async () => {
    await page.goto(itemUrl(kuaiban.slug));
    expect(await page.locator('pufa-player audio[controls]').count()).toBe(1);
    expect(await page.locator('pufa-player video').count()).toBe(0);
    await page.goto(`${base}/lessons/minfadian-hunyin/`);
    const embed = page.locator('.media-embed');
    expect(await embed.locator('pufa-player video track[kind="captions"]').count()).toBe(1);
    expect(await embed.locator('a').first().getAttribute('href')).toBe(`/media/${encodeURIComponent(lvju.slug)}/`);
    await embed.scrollIntoViewIfNeeded();
    await screenshot(page, 'media-lesson-embed-412');
  });

  it('has no axe violations on the media pages, desktop screenshots', async () => {
    const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true });
    const failures: string[] = [];
    for (const url of ['/media/', ...[lvju, kuaiban, pingshu].map((w) => `/media/${encodeURIComponent(w.slug)}/`)]) {
      await desktop.goto(`${base}${url}`);
      await desktop.waitForLoadState('networkidle');
      await desktop.evaluate(AXE);
      const violations = await desktop.evaluate(() =>
        (window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
          .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })
          .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)),
      );
      failures.push(...violations.map((v) => `${url} ${v}`));
      await screenshot(desktop, `media-desktop-${url === '/media/' ? 'index' : url.split('/')[2]}`);
    }
    await desktop.close();
    expect(failures).toEqual([]);
  }, 60_000);
});
