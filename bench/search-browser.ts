/**
 * Chromium measurements for the side-by-side benchmark: each query on a new page with the HTTP
 * cache emptied, counting the encoded bytes of every response but the page's HTML, and the time
 * from navigation to results shown. Ours: the real search page with `?q=`. Pagefind: its API
 * from a harness page, searching and loading the first 10 results' data as its UI does.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

export interface BrowserQueryRun {
  q: string;
  bytes: number;
  requests: number;
  ms: number;
}

export const chromiumPath = (): string | null => {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(p) ? p : null;
};

/**
 * Run `act` on a new page with an emptied HTTP cache, counting the transferred bytes of its
 * subresources until no request is left in flight.
 */
async function counted<T>(context: BrowserContext, act: (page: Page) => Promise<T>): Promise<{ value: T; bytes: number; requests: number; ms: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  const finished: Promise<number>[] = [];
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfailed', () => inFlight--);
  page.on('requestfinished', (r: Request) => {
    inFlight--;
    if (r.resourceType() !== 'document') finished.push(r.sizes().then((s) => s.responseBodySize));
  });
  const started = performance.now();
  const value = await act(page);
  const ms = performance.now() - started;
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 10));
  const sizes = await Promise.all(finished);
  await page.close();
  return { value, bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, ms };
}

/** Our search page, a new page with an empty cache per query. */
export async function runOurs(browser: Browser, base: string, queries: string[]): Promise<BrowserQueryRun[]> {
  const context = await browser.newContext();
  const runs: BrowserQueryRun[] = [];
  for (const q of queries) {
    const r = await counted(context, async (page) => {
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => /找到|没有找到|不可用/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 60_000 });
      const status = (await page.locator('#search-status').textContent()) ?? '';
      if (status.includes('不可用')) throw new Error(`search failed for ${q}: ${status}`);
    });
    runs.push({ q, bytes: r.bytes, requests: r.requests, ms: r.ms });
  }
  await context.close();
  return runs;
}

/** Pagefind through its API on the harness page, a new page with an empty cache per query. */
export async function runPagefind(browser: Browser, base: string, queries: string[]): Promise<BrowserQueryRun[]> {
  const context = await browser.newContext();
  const runs: BrowserQueryRun[] = [];
  for (const q of queries) {
    const r = await counted(context, async (page) => {
      await page.goto(`${base}/__bench/pagefind.html`);
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      await page.evaluate((query) => (window as unknown as { runPagefind: (q: string) => Promise<void> }).runPagefind(query), q);
    });
    runs.push({ q, bytes: r.bytes, requests: r.requests, ms: r.ms });
  }
  await context.close();
  return runs;
}

/** Every Pagefind result URL for each query, or null when it has more than `max` results. */
export async function pagefindUrls(browser: Browser, base: string, queries: string[], max = 200): Promise<(string[] | null)[]> {
  const page = await browser.newPage();
  await page.goto(`${base}/__bench/pagefind.html`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  const out: (string[] | null)[] = [];
  for (const q of queries) {
    out.push(await page.evaluate(([query, limit]) => (window as unknown as { pagefindUrls: (q: string, m: number) => Promise<string[] | null> }).pagefindUrls(query, limit), [q, max] as const));
  }
  await page.close();
  return out;
}
