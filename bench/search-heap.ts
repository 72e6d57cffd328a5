/**
 * Child process of the search benchmark: JS heap held by a search client after 10 queries
 * (engine code, lunr, cached shards and chunks), measured after forced garbage collection.
 * Usage: node --expose-gc --import tsx bench/search-heap.ts <siteDir> <queries.json>
 */
import { readFileSync } from 'node:fs';

const [siteDir, queriesFile] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !siteDir || !queriesFile) throw new Error('usage: node --expose-gc --import tsx bench/search-heap.ts <siteDir> <queries.json>');
const queries = (JSON.parse(readFileSync(queriesFile, 'utf8')) as string[]).slice(0, 10);

gc();
const before = process.memoryUsage().heapUsed;
const { SearchEngine } = await import('../core/search/engine');
const { fileFetcher } = await import('./search-node');
const engine = new SearchEngine(fileFetcher(siteDir).fetch);
for (const q of queries) await engine.search(q, { limit: 10 });
gc();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ heapMb: (after - before) / 2 ** 20, totalMb: after / 2 ** 20, queries: queries.length }));
