/**
 * Child process of the search benchmark: JS heap held by a search client after 10 queries
 * (engine code, lunr, cached shards and chunks), measured after forced garbage collection.
 * Usage: node --expose-gc --import tsx bench/search-heap.ts <siteDir>
 */
import { loadQueries } from './search-check';

const [siteDir] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !siteDir) throw new Error('usage: node --expose-gc --import tsx bench/search-heap.ts <siteDir>');
const queries = loadQueries().slice(0, 10);

gc();
const before = process.memoryUsage().heapUsed;
const { SearchEngine } = await import('../core/search/engine');
const { fileFetcher } = await import('./search-node');
const engine = new SearchEngine(fileFetcher(siteDir).fetch);
for (const q of queries) await engine.search(q, { limit: 10 });
gc();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ heapMb: (after - before) / 2 ** 20, queries: queries.length }));
