/**
 * `npm run bench:search [-- --site <dir>] [--no-browser]`: our split search index side by side
 * with Pagefind on the same built site. Without --site, seeds the demo city into a temp database
 * and builds the site first; with --site, DATABASE_URI must name the database it was built from.
 * Prints a table, then one line: search median_kb=… p95_kb=… recall=… precision=… warm_p95_ms=…
 * heap_mb=… build_s=…
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../test/browser/browser';
import { writeSearchIndex } from '../core/search/build-index';
import { matchAliases } from '../core/search/aliases';
import { planQuery } from '../core/search/query-plan';
import type { SearchManifest } from '../core/search/types';
import { useSeededDemoDatabase } from './demo-db';
import { dirStats } from './dir-stats';
import { buildPagefind, writeHarness } from './search-pagefind';
import { compare, comparablePage, loadQueries, pageOf, universeOf } from './search-check';
import { measureNode } from './search-node';
import { serveStatic } from './search-server';
import { jsBytes, printReport, sameTree, type Report } from './search-report';
import { benchSiteBuild } from './site-build';
import { fmt } from './stats';

/** Queries Pagefind can be compared on: no lunr syntax (exclusion, field scope). */
function plain(q: string): boolean {
  const plan = planQuery(q);
  return plan.prohibited.length === 0 && plan.required.every((p) => p.field === 'any');
}

export async function benchSearch(siteDir: string, options: { browser?: boolean } = {}): Promise<Report> {
  const queries = loadQueries();
  const work = mkdtempSync(path.join(tmpdir(), 'pufa-bench-search-'));
  // Imported late: Payload reads DATABASE_URI when its config loads.
  const { searchSources } = await import('../site/integrations/search-sources');
  const { loadSearchAliases } = await import('../site/integrations/search-aliases');
  let started = performance.now();
  const loaded = await Promise.all(searchSources().map(async (s) => ({ source: s, docs: await s.load() })));
  const { aliases } = await loadSearchAliases();
  const loadS = (performance.now() - started) / 1000;
  started = performance.now();
  const sources = loaded.map(({ source, docs }) => ({ ...source, load: () => docs }));
  const { manifest } = await writeSearchIndex(sources, path.join(work, 'search'), { aliases });
  const buildS = (performance.now() - started) / 1000;
  const identical = sameTree(path.join(work, 'search'), path.join(siteDir, 'search'));
  const built = JSON.parse(readFileSync(path.join(siteDir, 'search', 'manifest.json'), 'utf8')) as SearchManifest;
  const byName = new Map(loaded.map(({ source, docs }) => [source.name, docs]));
  const universe = universeOf(built.segments.map((s) => ({ name: s.name, docs: byName.get(s.name) ?? [] })));

  const log = (m: string) => process.stderr.write(`[bench:search] ${m}\n`);
  log(`documents loaded in ${fmt(loadS)} s, index built in ${fmt(buildS)} s; ${aliases.length} aliases, ${queries.filter((q) => matchAliases(aliases, q).length).length} queries name one`);
  const node = await measureNode(siteDir, universe, queries);
  log('Node measurements done');
  const heap = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/search-heap.ts', siteDir], { encoding: 'utf8' })) as { heapMb: number };

  const report: Report = {
    queries: queries.length,
    docs: manifest.segments.reduce((n, s) => n + s.docs, 0),
    loadS,
    buildS,
    identical,
    node,
    heap,
    jsBytes: jsBytes(siteDir),
    index: dirStats(path.join(work, 'search')),
  };

  const { chromiumPath, pagefindUrls, runOurs, runPagefind } = await import('./search-browser');
  if (options.browser !== false && chromiumPath()) {
    const pf = await buildPagefind(siteDir, path.join(work, 'pagefind'));
    log(`Pagefind index built in ${fmt(pf.seconds)} s`);
    writeHarness(path.join(work, 'harness'));
    const { url, server } = await serveStatic(siteDir, [
      ['/pagefind/', path.join(work, 'pagefind')],
      ['/__bench/', path.join(work, 'harness')],
    ]);
    const browser = await launchBrowser();
    try {
      // Each engine in its own browser context (own HTTP cache), both at once to halve the wait.
      const [ours, pagefind] = await Promise.all([runOurs(browser, url, queries), runPagefind(browser, url, queries)]);
      log('Chromium measurements done');
      const comparable = queries.filter(plain);
      const urls = await pagefindUrls(browser, url, comparable);
      const truthPagesOf = new Map(node.queries.map((r) => [r.q, r.truthPages]));
      const pageScores = comparable.flatMap((q, i) => {
        const list = urls[i];
        if (!list) return [];
        const found = new Set(list.map(pageOf).filter(comparablePage));
        const truth = truthPagesOf.get(q)!;
        return truth.size > 200 ? [] : [{ q, ...compare(found, truth) }];
      });
      const pagefindIndex = dirStats(path.join(work, 'pagefind'));
      report.browser = { ours, pagefind, pagefindBuildS: pf.seconds, pagefindIndex, pageScores };
    } finally {
      await browser.close();
      server.close();
    }
  }
  rmSync(work, { recursive: true, force: true });
  printReport(report);
  return report;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  let site = arg('site');
  if (!site) {
    useSeededDemoDatabase();
    site = benchSiteBuild(1);
  }
  await benchSearch(path.resolve(site), { browser: !process.argv.includes('--no-browser') });
  process.exit(0);
}
