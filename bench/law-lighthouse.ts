/**
 * `tsx bench/law-lighthouse.ts --base http://127.0.0.1:3110 [--dist dist] [--runs 1]`: Lighthouse
 * mobile (simulated slow 4G, 4× CPU) on every law page type of a running site — the largest
 * whole-law page, the smallest, a split law's contents page and its largest part, the largest
 * earlier version and the largest page with 本条修改情况 diffs — with HTML size, score and LCP.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { fmt, summarize } from './stats';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const base = arg('base', 'http://127.0.0.1:3110');
const dist = path.resolve(arg('dist', 'dist'));
const runs = Number(arg('runs', '1'));

/** Every built law page with its HTML size. */
function lawPages(): { page: string; size: number; html: string }[] {
  const root = path.join(dist, 'laws');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && f !== 'index.html')
    .map((f) => {
      const file = path.join(root, f);
      return { page: `/laws/${path.dirname(f).split(path.sep).join('/')}/`, size: statSync(file).size, html: readFileSync(file, 'utf8') };
    });
}

const largest = <T extends { size: number }>(list: T[]) => [...list].sort((a, b) => b.size - a.size)[0];

function pageTypes(): [string, { page: string; size: number } | undefined][] {
  const all = lawPages();
  const isPart = (p: string) => /\/p\/\d+\/$/.test(p);
  const isOld = (p: string) => p.includes('/v/');
  const whole = all.filter((p) => !isPart(p.page) && !isOld(p.page) && !p.html.includes('<pufa-law-anchor'));
  return [
    ['whole (largest)', largest(whole)],
    ['whole (smallest)', [...whole].sort((a, b) => a.size - b.size)[0]],
    ['contents', largest(all.filter((p) => p.html.includes('<pufa-law-anchor')))],
    ['part (largest)', largest(all.filter((p) => isPart(p.page)))],
    ['old version', largest(all.filter((p) => isOld(p.page)))],
    ['with diffs', largest(all.filter((p) => p.html.includes('class="law-diff"')))],
  ];
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const scores: number[] = [];
  for (const [type, found] of pageTypes()) {
    if (!found) continue;
    const perf: number[] = [];
    const lcps: number[] = [];
    for (let r = 0; r < runs; r++) {
      const result = await lighthouse(`${base}${encodeURI(found.page)}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result!.lhr;
      perf.push(Math.round((lhr.categories.performance!.score ?? 0) * 100));
      lcps.push((lhr.audits['largest-contentful-paint']!.numericValue ?? NaN) / 1000);
    }
    const score = summarize(perf).median;
    scores.push(score);
    console.log(
      `law-lighthouse ${type.padEnd(16)} performance=${String(score).padStart(3)} lcp_s=${fmt(summarize(lcps).median, 2)} ` +
        `html_kb=${fmt(found.size / 1024)} ${found.page}`,
    );
  }
  console.log(`law-lighthouse min_performance=${Math.min(...scores)} below_95=${scores.filter((s) => s < 95).length}`);
} finally {
  await chrome.kill();
}
