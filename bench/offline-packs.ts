/**
 * `tsx bench/offline-packs.ts --site-dir <dist> [--compress] [--lessons N]`: offline packs and
 * page weight on a slow network.
 * - per track: pack files, bytes as built and on the wire (brotli, as the server sends them);
 * - every page but law pages: HTML plus what it loads, on the wire (budget 100 KB);
 * - in Chromium on a slow-3G profile (WebPageTest "3G Slow": 400 ms round trip, 400 kbit/s):
 *   time to download each pack by the 下载本路径 button, and cold-cache load times of lessons
 *   (fresh context each).
 * Serves the built site with sirv (precompressed `.br`/`.gz`, like the real server; no API needed)
 * behind a simulated link: each response waits one round trip, then all responses share one
 * 400 kbit/s pipe in order. The link is simulated in the server, not by CDP's
 * Network.emulateNetworkConditions, because that throttles the page only — the service worker's
 * own fetches (which carry the pack download) would run at full speed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { compressSite } from '../cms/publish/compress';
import { packAssets, type PackManifest } from '../core/offline/pack';
import { distSource } from '../site/integrations/offline-packs';
import { fmt, summarize } from './stats';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = path.resolve(arg('site-dir') ?? 'dist');
const SLOW_3G = { rttMs: 400, bytesPerSecond: (400 * 1000) / 8 };

/** One shared slow link: a response starts one round trip after its request and queues for the pipe. */
function slowLink({ rttMs, bytesPerSecond }: typeof SLOW_3G) {
  let freeAt = 0;
  return (res: ServerResponse) => {
    const arrived = Date.now();
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (chunk: Buffer) => boolean;
    const end = res.end.bind(res) as () => ServerResponse;
    res.write = ((chunk: string | Uint8Array) => (chunks.push(Buffer.from(chunk)), true)) as typeof res.write;
    res.end = ((chunk?: string | Uint8Array | (() => void)) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
      const body = Buffer.concat(chunks);
      const start = Math.max(arrived + rttMs, freeAt);
      freeAt = start + (body.length / bytesPerSecond) * 1000;
      setTimeout(() => {
        if (body.length) write(body);
        end();
      }, freeAt - Date.now());
      return res;
    }) as typeof res.end;
  };
}
const BUDGET = 100 * 1024;
const kb = (n: number) => `${fmt(n / 1024)} KB`;

/** Bytes the server sends for a site path: the .br variant when the build wrote one. */
function wireBytes(url: string): number {
  const rel = decodeURIComponent(url).replace(/^\/+/, '');
  const file = path.join(dist, rel === '' || rel.endsWith('/') ? path.join(rel, 'index.html') : rel);
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
}

function pagePaths(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${path.dirname(f)}/`.replace(/^\/\.\/$/, '/'))
    .map((p) => encodeURI(p));
}

async function main() {
  if (process.argv.includes('--compress')) await compressSite(dist);
  const src = distSource(dist);
  const index = JSON.parse(src.readText('/offline-packs/index.json')!) as { track: string }[];
  const packs = index.map((t) => JSON.parse(src.readText(`/offline-packs/${t.track}.json`)!) as PackManifest);
  for (const p of packs) {
    const wire = p.files.reduce((n, f) => n + wireBytes(f.url), 0);
    console.log(`offline-packs pack ${p.track}: ${p.lessons.length} lessons, ${p.quizzes.length} quizzes, ${p.laws.length} law pages, ${p.files.length} files, ${kb(p.bytes)} built, ${kb(wire)} on the wire (br)`);
  }

  const weights = pagePaths()
    .filter((p) => !p.startsWith('/laws/'))
    .map((page) => ({ page, bytes: [page, ...packAssets([page], src)].reduce((n, u) => n + wireBytes(u), 0) }))
    .sort((a, b) => b.bytes - a.bytes);
  const over = weights.filter((w) => w.bytes > BUDGET);
  console.log(`offline-packs page weight (non-law pages, HTML + assets, br): ${weights.length} pages, max ${kb(weights[0]!.bytes)} (${decodeURI(weights[0]!.page)}), median ${kb(summarize(weights.map((w) => w.bytes)).median)}, over 100 KB: ${over.length ? over.map((o) => decodeURI(o.page)).join(', ') : 'none'}`);

  const serve = sirv(dist, { dev: true, etag: true, brotli: true, gzip: true });
  const throttle = slowLink(SLOW_3G);
  const server: Server = createServer((req, res) => {
    throttle(res);
    serve(req, res, () => void res.writeHead(404).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const slowPage = async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
    return { context, page: await context.newPage() };
  };
  try {
    for (const p of packs) {
      const { context, page } = await slowPage();
      await page.goto(`${base}/tracks/${p.track}/`);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.locator('pufa-offline-pack .pack-download:not([disabled])').waitFor();
      const started = performance.now();
      await page.locator('pufa-offline-pack .pack-download').click();
      await page.waitForFunction(() => /下载完成|失败|中断/.test(document.querySelector('pufa-offline-pack .pack-status')?.textContent ?? ''), undefined, { timeout: 300_000 });
      const status = await page.locator('pufa-offline-pack .pack-status').textContent();
      console.log(`offline-packs download ${p.track} on slow 3G: ${fmt((performance.now() - started) / 1000)} s (${status?.includes('下载完成') ? 'ok' : status})`);
      await context.close();
    }
    const limit = Number(arg('lessons') ?? 12);
    const lessons = [...new Set(packs.flatMap((p) => p.lessons))].slice(0, limit);
    const samples = { lesson: [] as number[], fcp: [] as number[] };
    for (const lesson of lessons) {
      const { context, page } = await slowPage();
      const started = performance.now();
      await page.goto(`${base}${lesson}`, { waitUntil: 'load' });
      samples.lesson.push(performance.now() - started);
      samples.fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      await context.close();
    }
    const s = summarize(samples.lesson);
    const f = summarize(samples.fcp);
    console.log(`offline-packs cold lesson load on slow 3G (n=${s.n}): load median ${fmt(s.median / 1000, 2)} s, max ${fmt(s.max / 1000, 2)} s; first contentful paint median ${fmt(f.median / 1000, 2)} s, max ${fmt(f.max / 1000, 2)} s`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
