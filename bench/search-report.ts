/** Helpers and the printed table of the search benchmark. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserQueryRun } from './search-browser';
import { filesOf } from './dir-stats';
import type { Score } from './search-check';
import type { NodeRun } from './search-node';
import { fmt, summarize } from './stats';

export interface Report {
  queries: number;
  docs: number;
  loadS: number;
  buildS: number;
  identical: boolean;
  index: { files: number; bytes: number };
  node: NodeRun;
  heap: { heapMb: number };
  jsBytes: number;
  browser?: {
    ours: BrowserQueryRun[];
    pagefind: BrowserQueryRun[];
    pagefindBuildS: number;
    pagefindIndex: { files: number; bytes: number };
    pageScores: ({ q: string } & Score)[];
  };
}

/** True when two folders hold the same files with the same bytes. */
export function sameTree(a: string, b: string): boolean {
  const fa = filesOf(a);
  const fb = filesOf(b).filter((f) => f !== 'index.html'); // the search page lives next to the index
  return fa.length === fb.length && fa.every((f, i) => f === fb[i] && readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
}

/** Gzip size of the JavaScript the search page can load: its module scripts and their imports. */
export function jsBytes(siteDir: string): number {
  const html = readFileSync(path.join(siteDir, 'search', 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  let total = 0;
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(siteDir, '_astro', file));
    total += gzipSync(code).length;
    for (const m of code.toString('utf8').matchAll(/["']\.\/([\w.-]+\.js)["']/g)) queue.push(m[1]!);
  }
  return total;
}

const kb = (bytes: number) => fmt(bytes / 1024);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
}

export function printReport(r: Report): void {
  const nodeKb = summarize(r.node.queries.map((q) => q.bytes + r.jsBytes));
  const ours = r.browser && summarize(r.browser.ours.map((q) => q.bytes));
  const pf = r.browser && summarize(r.browser.pagefind.map((q) => q.bytes));
  const warm = summarize(r.node.warm);
  const recall = mean(r.node.queries.map((q) => q.recall));
  const precision = mean(r.node.queries.map((q) => q.precision));
  const subset = new Set(r.browser?.pageScores.map((s) => s.q) ?? []);
  const ourPages = r.node.queries.filter((q) => subset.has(q.q));
  const na = '—';
  const rows: string[][] = [
    ['metric', 'pufa: split lunr-model index', 'Pagefind 1.6.0'],
    ['first query download, median KB (gzip, all but HTML)', ours ? kb(ours.median) : `${kb(nodeKb.median)} (Node)`, pf ? kb(pf.median) : na],
    ['first query download, p95 KB', ours ? kb(ours.p95) : `${kb(nodeKb.p95)} (Node)`, pf ? kb(pf.p95) : na],
    ['  of which JS (engine incl. lunr, page script) KB', kb(r.jsBytes), na],
    ['requests per first query, median', r.browser ? String(summarize(r.browser.ours.map((q) => q.requests)).median) : na, r.browser ? String(summarize(r.browser.pagefind.map((q) => q.requests)).median) : na],
    ['first query time, median ms (Chromium, local server)', r.browser ? fmt(summarize(r.browser.ours.map((q) => q.ms)).median, 0) : na, r.browser ? fmt(summarize(r.browser.pagefind.map((q) => q.ms)).median, 0) : na],
    [`recall / precision, documents (${r.queries} queries)`, `${fmt(recall, 4)} / ${fmt(precision, 4)}`, 'n/a (pages only)'],
    [`recall / precision, pages (${subset.size} plain queries ≤200 pages)`, ourPages.length ? `${fmt(mean(ourPages.map((q) => q.pageRecall)), 4)} / ${fmt(mean(ourPages.map((q) => q.pagePrecision)), 4)}` : na, r.browser ? `${fmt(mean(r.browser.pageScores.map((s) => s.recall)), 4)} / ${fmt(mean(r.browser.pageScores.map((s) => s.precision)), 4)}` : na],
    ['warm query, median / p95 ms (Node)', `${fmt(warm.median, 2)} / ${fmt(warm.p95, 2)}`, na],
    ['heap after 10 queries, MB (Node, client only)', fmt(r.heap.heapMb), na],
    ['index build, s', `${fmt(r.loadS + r.buildS)} (load ${fmt(r.loadS)} + build ${fmt(r.buildS)})`, r.browser ? fmt(r.browser.pagefindBuildS) : na],
    ['index files / MB on disk', `${r.index.files} / ${fmt(r.index.bytes / 2 ** 20)}`, r.browser ? `${r.browser.pagefindIndex.files} / ${fmt(r.browser.pagefindIndex.bytes / 2 ** 20)}` : na],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((x) => x[i]!.length)));
  console.log(`\nsearch benchmark: ${r.docs} documents, ${r.queries} queries; rebuilt index byte-identical to the site's: ${r.identical ? 'yes' : 'NO'}`);
  rows.forEach((x, i) => {
    console.log(row(x, widths));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  });
  const missed = r.node.queries.filter((q) => q.recall < 1).map((q) => q.q);
  if (missed.length) console.log(`queries with recall < 1: ${missed.join(' ')}`);
  const worst = [...r.node.queries].sort((a, b) => a.precision - b.precision).slice(0, 5);
  console.log(`lowest precision: ${worst.map((q) => `${q.q}=${fmt(q.precision, 3)} (${q.truth}/${q.found})`).join(' ')}`);
  const head = ours ?? nodeKb;
  console.log(
    `search median_kb=${kb(head.median)} p95_kb=${kb(head.p95)} recall=${fmt(recall, 4)} precision=${fmt(precision, 4)} ` +
      `warm_p95_ms=${fmt(warm.p95, 2)} heap_mb=${fmt(r.heap.heapMb)} build_s=${fmt(r.loadS + r.buildS)}`,
  );
}
