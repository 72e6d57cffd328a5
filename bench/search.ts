/**
 * Search index size and query latency on the built site's index, for a fixed query list.
 * Run alone after a build: `npx tsx bench/search.ts [dist]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSearchIndex, searchIndex } from '../core/search/query';
import type { SearchStore } from '../core/search/types';
import { fmt, summarize } from './stats';

/** Fixed queries: whole names, sub-words, single characters, digits and mixed forms. */
export const QUERIES = [
  '民法典', '法典', '法律援助', '社区矫正', '营商环境', '家庭暴力', '人身安全保护令', '未成年人',
  '个人信息', '劳动合同', '试用期', '消费者', '七日', '人民调解', '宪法', '国家', '婚姻', '离婚',
  '彩礼', '12348', '第十条', '首违不罚', '包容审慎', '法', '诉讼时效', '监护',
];

export function benchSearch(siteDir: string, rounds = 20): void {
  const raw = readFileSync(path.join(siteDir, 'search', 'index.json'));
  const started = performance.now();
  const { index, store } = JSON.parse(raw.toString('utf8')) as { index: object; store: SearchStore };
  const idx = loadSearchIndex(index);
  const loadMs = performance.now() - started;
  const samples: number[] = [];
  const hits = new Map<string, number>();
  for (let round = 0; round < rounds; round += 1) {
    for (const query of QUERIES) {
      const t = performance.now();
      const results = searchIndex({ index: idx, store, query, limit: 50 });
      samples.push(performance.now() - t);
      hits.set(query, results.length);
    }
  }
  const s = summarize(samples.slice(QUERIES.length)); // first round is warm-up
  console.log(
    `search docs=${Object.keys(store).length} index_kb=${Math.round(raw.length / 1024)} ` +
      `index_gz_kb=${Math.round(gzipSync(raw).length / 1024)} load_ms=${fmt(loadMs)} ` +
      `query_median_ms=${fmt(s.median, 2)} query_p95_ms=${fmt(s.p95, 2)} queries=${s.n}`,
  );
  console.log(`  hits: ${QUERIES.map((q) => `${q}=${hits.get(q)}`).join(' ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchSearch(path.resolve(process.argv[2] ?? 'dist'));
