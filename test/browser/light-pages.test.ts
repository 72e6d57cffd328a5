/**
 * Light pages at the HTTP level: precompressed brotli/gzip chosen by Accept-Encoding with `Vary`,
 * hashed assets immutable, HEAD and Range on the plain file, Monaco compressed after its first
 * request; the favicon and icons; sitemap.xml and feed.xml on the configured origin
 * (PUFA_SITE_URL, set by the global set-up to an origin unlike the served address).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../../cms/seed/users';
import type { OpenBadgeCredential } from '../../core/learning/certificate';
import type { DashboardReply } from '../../core/learning/replies';
import { launchBrowser, screenshot } from './browser';

const base = inject('baseURL');
const origin = inject('siteEnv').PUFA_SITE_URL!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const get = (url: string, encoding: string, init: RequestInit = {}) =>
  fetch(`${base}${url}`, { ...init, headers: { 'Accept-Encoding': encoding, ...(init.headers as Record<string, string>) } });

/** The first hashed script a page loads. */
async function firstScript(page: string): Promise<string> {
  const html = await (await get(page, 'identity')).text();
  return /src="(\/_astro\/[^"]+\.js)"/.exec(html)![1]!;
}

/** Parses `xml` in Chromium; returns the document's text of `selector` per match, or throws on a parse error. */
async function parseXml(xml: string, selector: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      ([text, sel]) => {
        const doc = new DOMParser().parseFromString(text!, 'application/xml');
        if (doc.querySelector('parsererror')) throw new Error(doc.querySelector('parsererror')!.textContent!);
        return [...doc.querySelectorAll(sel!)].map((e) => e.getAttribute('href') ?? e.textContent!);
      },
      [xml, selector],
    );
  } finally {
    await page.close();
  }
}

describe('precompressed static files', () => {
  it.each(['/', '/lessons/'])('sends %s as brotli, gzip or identity by Accept-Encoding, with Vary', async (page) => {
    const br = await get(page, 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(br.headers.get('cache-control')).toBe('no-cache');
    expect(br.headers.get('content-type')).toMatch(/^text\/html/);
    const gz = await get(page, 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await get(page, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/i);
    // fetch decodes: the three carry the same page.
    const [a, b, c] = await Promise.all([br.text(), gz.text(), plain.text()]);
    expect(a).toBe(c);
    expect(b).toBe(c);
    expect(Number(br.headers.get('content-length'))).toBeLessThan(Number(plain.headers.get('content-length')) / 2);
  });

  it('sends a hashed script compressed and immutable', async () => {
    const script = await firstScript('/search/');
    const res = await get(script, 'br');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(script, 'gzip')).headers.get('content-encoding')).toBe('gzip');
  });

  it('answers HEAD with the headers of the chosen file and no body', async () => {
    const head = await get('/lessons/', 'br', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
    const full = await get('/lessons/', 'br');
    expect(head.headers.get('content-length')).toBe(full.headers.get('content-length'));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers a Range request with bytes of the plain file', async () => {
    const plain = await (await get('/lessons/', 'identity')).text();
    const part = await get('/lessons/', 'br', { headers: { Range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-encoding')).toBeNull();
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${Buffer.byteLength(plain)}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(Buffer.from(plain).subarray(0, 100))).toBe(true);
  });

  it('compresses Monaco files after their first request', async () => {
    const dir = path.resolve('node_modules/monaco-editor/min/vs');
    const name = readdirSync(dir).find((f) => f.endsWith('.js') && statSync(path.join(dir, f)).size > 5_000 && statSync(path.join(dir, f)).size < 50_000)!;
    const url = `/vendor/monaco/vs/${name}`;
    const first = await get(url, 'br');
    expect(first.status).toBe(200);
    expect(first.headers.get('vary')).toMatch(/Accept-Encoding/i);
    let encoding = first.headers.get('content-encoding');
    for (let i = 0; i < 60 && encoding !== 'br'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      encoding = (await get(url, 'br')).headers.get('content-encoding');
    }
    expect(encoding).toBe('br');
    expect((await get(url, 'identity')).headers.get('content-encoding')).toBeNull();
  });
});

describe('favicon and app icons', () => {
  it.each([
    ['/favicon.ico', /icon/],
    ['/favicon.svg', /image\/svg\+xml/],
    ['/icon-192.png', /image\/png/],
    ['/icon-512.png', /image\/png/],
    ['/apple-touch-icon.png', /image\/png/],
    ['/manifest.webmanifest', /manifest\+json|json/],
  ])('serves %s', async (url, type) => {
    const res = await get(url, 'identity');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
  });

  it('loads a page with no failed request and its icons linked', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${base}/lessons/`, { waitUntil: 'networkidle' });
    expect(failed).toEqual([]);
    expect(await page.locator('link[rel="icon"][href="/favicon.ico"]').count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/feed.xml');
    const icon = await page.request.get(`${base}/favicon.ico`);
    expect(icon.ok()).toBe(true);
    await screenshot(page, 'light-pages-lessons');
    await page.close();
  });
});

describe('one origin: sitemap, feed, Open Badge links', () => {
  it('lists every public page in sitemap.xml on the configured origin, not the learner-only ones', async () => {
    const res = await get('/sitemap.xml', 'br');
    expect(res.headers.get('content-encoding')).toBe('br');
    const urls = await parseXml(await res.text(), 'loc');
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.every((u) => u.startsWith(`${origin}/`))).toBe(true);
    expect(urls).toContain(`${origin}/`);
    expect(urls).toContain(`${origin}/lessons/xianfa-jiben/`);
    expect(urls).toContain(`${origin}/verify/`);
    expect(urls).toContain(`${origin}/certificate/achievement/officials/`);
    expect(urls.some((u) => /\/(me|account|exam|certificate)\/$/.test(u))).toBe(false);
    // Every listed page exists on this server.
    for (const u of urls.filter((_, i) => i % 25 === 0)) expect((await get(new URL(u).pathname, 'identity')).status, u).toBe(200);
    expect(await (await get('/robots.txt', 'identity')).text()).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });

  it('has an Atom feed of lessons, campaigns and media on the configured origin', async () => {
    const res = await get('/feed.xml', 'gzip');
    expect(res.headers.get('content-type')).toMatch(/xml/);
    const xml = await res.text();
    const links = await parseXml(xml, 'entry > link');
    expect(links.length).toBeGreaterThan(10);
    expect(links.length).toBeLessThanOrEqual(50);
    expect(links.every((u) => u.startsWith(`${origin}/`))).toBe(true);
    expect(links).toContain(`${origin}/lessons/xianfa-jiben/`);
    expect(xml).toMatch(/<category term="活动"\/>/);
    expect(xml).toMatch(/<category term="媒体"\/>/);
  });

  it('builds the Open Badge on the configured origin: verify id without a stray slash, an achievement page that exists', async () => {
    const login = await fetch(`${base}/api/learners/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'wangjg@learner.pufa.local', password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const dashboard = (await (await fetch(`${base}/api/learners/dashboard`, { headers: { Authorization: `JWT ${token}` } })).json()) as DashboardReply;
    const code = dashboard.certificate!.code;
    const badge = (await (await fetch(`${base}/api/certificates/badge?code=${code}`)).json()) as OpenBadgeCredential;
    expect(badge.id).toBe(`${origin}/verify/?code=${code}`);
    expect(badge.issuer.id).toBe(`${origin}/`);
    const achievement = new URL(badge.credentialSubject.achievement.id);
    expect(achievement.origin).toBe(origin);
    const page = await get(`${achievement.pathname}${achievement.search}`, 'identity');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('年度学法合格证书');
  });
});
