/**
 * Node-side measurements of our search on a built site: per query the bytes of index files a
 * fresh client downloads for the first page of results, recall and precision of the full match
 * set against the answer key, and warm query times once the query's files are cached.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SearchEngine } from '../core/search/engine';
import { compare, pagesOf, type Score, truthOf, type Universe } from './search-check';

export interface NodeQueryRun extends Score {
  q: string;
  /** Index files (gzip) fetched by a fresh client for the first page of 10 results. */
  bytes: number;
  pageRecall: number;
  pagePrecision: number;
  /** Comparable pages holding an answer (see pagesOf), for the page-level comparison. */
  truthPages: Set<string>;
}

export interface NodeRun {
  queries: NodeQueryRun[];
  warm: number[];
}

/** A fetcher over `<siteDir>/search/` that counts what it reads. */
export function fileFetcher(siteDir: string, counter = { bytes: 0 }) {
  const root = path.join(siteDir, 'search');
  return {
    counter,
    fetch: async (p: string) => {
      const bytes = new Uint8Array(readFileSync(path.join(root, p)));
      counter.bytes += bytes.length;
      return bytes;
    },
  };
}

export async function measureNode(siteDir: string, universe: Universe, queries: string[], warmRounds = 5): Promise<NodeRun> {
  const runs: NodeQueryRun[] = [];
  for (const q of queries) {
    const { counter, fetch } = fileFetcher(siteDir);
    const engine = new SearchEngine(fetch);
    await engine.search(q, { limit: 10 });
    const found = new Set((await engine.matchAll(q)).map(([s, d]) => `${s}:${d}`));
    const truth = truthOf(universe, q);
    const truthPages = pagesOf(universe, truth);
    const pages = compare(pagesOf(universe, found), truthPages);
    runs.push({ q, bytes: counter.bytes, ...compare(found, truth), pageRecall: pages.recall, pagePrecision: pages.precision, truthPages });
  }
  // Warm: one client; each query once to load its files, then timed with the ranking recomputed.
  const engine = new SearchEngine(fileFetcher(siteDir).fetch, { shardCacheBytes: 64 * 2 ** 20, chunkCacheSize: 4096 });
  const warm: number[] = [];
  for (const q of queries) {
    await engine.search(q, { limit: 10 });
    for (let i = 0; i < warmRounds; i++) {
      engine.forgetLastQuery();
      const started = performance.now();
      await engine.search(q, { limit: 10 });
      warm.push(performance.now() - started);
    }
  }
  return { queries: runs, warm };
}
