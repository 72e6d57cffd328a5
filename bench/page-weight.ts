/**
 * `tsx bench/page-weight.ts [--site-dir dist] [--port 3160] [--compress] [--uncompressed] [--no-lighthouse]`:
 * for each page type, the bytes on the wire of its HTML and of everything it loads from this
 * server (raw, gzip, brotli — as the server sends them for each Accept-Encoding), then a Lighthouse
 * mobile run (performance score, LCP). Serves the built site with the real server
 * (cms/scripts/serve.ts; needs the admin build and DATABASE_URI of the database the site was built
 * from). `--compress` precompresses the site first (as the build does); `--uncompressed` serves a
 * copy without the `.br`/`.gz` files: the "before" figures.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { compressSite } from '../cms/publish/compress';
import { fmt } from './stats';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** First built page below `prefix` (sorted), as a site path. */
function firstPage(dist: string, prefix: string, depth: number): string | undefined {
  const pages = readdirSync(path.join(dist, prefix), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && f.split(path.sep).length === depth + 1)
    .sort();
  return pages[0] && `/${prefix}/${path.dirname(pages[0])}/`.replace(/\/\.\//, '/');
}

/** The law pages with the largest and the smallest HTML. */
function lawPages(dist: string): { long: string; short: string } {
  const laws = readdirSync(path.join(dist, 'laws'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ page: `/laws/${e.name}/`, size: statSync(path.join(dist, 'laws', e.name, 'index.html'), { throwIfNoEntry: false })?.size ?? 0 }))
    .filter((l) => l.size > 0)
    .sort((a, b) => b.size - a.size);
  return { long: laws[0]!.page, short: laws.at(-1)!.page };
}

/** One representative page per page type. */
function pageTypes(dist: string): [string, string][] {
  const law = lawPages(dist);
  const found: [string, string | undefined][] = [
    ['home', '/'],
    ['track', firstPage(dist, 'tracks', 1)],
    ['lesson', firstPage(dist, 'lessons', 1)],
    ['quiz', firstPage(dist, 'quizzes', 1)],
    ['search', '/search/'],
    ['law (long)', law.long],
    ['law (short)', law.short],
    ['list', firstPage(dist, 'lists', 2)],
    ['campaign', firstPage(dist, 'campaigns', 2)],
    ['report', firstPage(dist, 'reports', 2)],
    ['calendar', '/calendar/'],
    ['leaderboard', '/leaderboard/'],
    ['me', '/me/'],
    ['exam', '/exam/'],
    ['account', '/account/'],
    ['certificate', '/certificate/'],
    ['verify', '/verify/'],
  ];
  return found.filter((f): f is [string, string] => !!f[1]);
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`进程已退出（${child.exitCode}）：${url}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`未在 ${timeoutMs / 1000} 秒内就绪：${url}`);
}

/** Bytes the server sends for `url` with `encoding` accepted (headers not counted). */
async function wireBytes(url: string, encoding: string): Promise<number> {
  const res = await fetch(url, { headers: { 'Accept-Encoding': encoding } });
  const length = res.headers.get('content-length');
  const body = await res.arrayBuffer();
  // fetch decodes the body; the header tells what crossed the wire.
  return length ? Number(length) : body.byteLength;
}

/** Same-origin static files a page loads (its own HTML first), API calls left out. */
async function loadedFiles(browser: Browser, base: string, page: string): Promise<string[]> {
  const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
  // Normalized like the request URLs (percent-encoded), so the page is not counted twice.
  const urls = new Set<string>([new URL(`${base}${page}`).href]);
  tab.on('request', (r) => {
    if (r.url().startsWith(`${base}/`) && !r.url().startsWith(`${base}/api/`)) urls.add(r.url().split('#')[0]!);
  });
  await tab.goto(`${base}${page}`, { waitUntil: 'networkidle' });
  await tab.close();
  return [...urls];
}

const kb = (n: number) => fmt(n / 1024).padStart(8);

async function main() {
  const port = Number(arg('port') ?? 3160);
  let siteDir = path.resolve(arg('site-dir') ?? 'dist');
  if (flag('compress')) {
    const s = await compressSite(siteDir);
    console.log(`compress files=${s.files} compressed=${s.compressed} raw_mb=${fmt(s.rawBytes / 2 ** 20)} gzip_mb=${fmt(s.gzipBytes / 2 ** 20)} br_mb=${fmt(s.brotliBytes / 2 ** 20)} s=${fmt(s.ms / 1000)}`);
  }
  let copy: string | undefined;
  if (flag('uncompressed')) {
    copy = mkdtempSync(path.join(tmpdir(), 'pufa-weight-'));
    cpSync(siteDir, copy, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
    siteDir = copy;
  }
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['cms/scripts/serve.ts', '--port', String(port), '--site-dir', siteDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const base = `http://127.0.0.1:${port}`;
  const debugPort = port + 1;
  const chrome = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${debugPort}`, `--user-data-dir=${mkdtempSync(path.join(tmpdir(), 'pufa-lh-'))}`, 'about:blank'], {
    stdio: 'ignore',
  });
  try {
    await waitFor(`${base}/`, server);
    await waitFor(`http://127.0.0.1:${debugPort}/json/version`, chrome);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
    const types = pageTypes(path.resolve(arg('site-dir') ?? 'dist'));
    console.log(`page weight${copy ? '（未压缩）' : ''}: KB on the wire — HTML raw/gzip/br, everything loaded raw/gzip/br (files)`);
    const rows: { type: string; page: string }[] = [];
    for (const [type, page] of types) {
      const files = await loadedFiles(browser, base, page);
      const sums = { raw: 0, gzip: 0, br: 0 };
      const html = { raw: 0, gzip: 0, br: 0 };
      for (const [i, url] of files.entries()) {
        const sizes = { raw: await wireBytes(url, 'identity'), gzip: await wireBytes(url, 'gzip'), br: await wireBytes(url, 'br, gzip') };
        for (const k of ['raw', 'gzip', 'br'] as const) {
          sums[k] += sizes[k];
          if (i === 0) html[k] = sizes[k];
        }
      }
      console.log(
        `${type.padEnd(12)} ${kb(html.raw)} ${kb(html.gzip)} ${kb(html.br)}   ${kb(sums.raw)} ${kb(sums.gzip)} ${kb(sums.br)}  (${files.length})  ${decodeURI(page)}`,
      );
      rows.push({ type, page });
    }
    if (!flag('no-lighthouse')) {
      const version = (JSON.parse(readFileSync(path.resolve('node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
      console.log(`\nLighthouse ${version} mobile (simulated slow 4G, 4× CPU)${copy ? '（未压缩）' : ''}`);
      const lines: string[] = [];
      for (const { type, page } of rows) {
        const result = await lighthouse(`${base}${page}`, { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = result!.lhr;
        const score = Math.round((lhr.categories.performance!.score ?? 0) * 100);
        const lcp = (lhr.audits['largest-contentful-paint']!.numericValue ?? NaN) / 1000;
        const weight = (lhr.audits['total-byte-weight']!.numericValue ?? NaN) / 1024;
        const line = `${type.padEnd(12)} performance=${String(score).padStart(3)}  lcp_s=${fmt(lcp, 2)}  transfer_kb=${fmt(weight)}`;
        console.log(line);
        lines.push(line);
      }
      const scores = lines.map((l) => Number(/performance=\s*(\d+)/.exec(l)![1]));
      console.log(`lighthouse min_performance=${Math.min(...scores)} pages_below_95=${scores.filter((s) => s < 95).length}`);
    }
    await browser.close();
  } finally {
    chrome.kill('SIGTERM');
    server.kill('SIGTERM');
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}

await main();
