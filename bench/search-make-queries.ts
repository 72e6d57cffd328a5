/**
 * Writes the fixed benchmark query set, bench/search-queries.json: hand-picked queries (law
 * names, legal terms, single characters, digits, English, mixed forms, syntax) plus substrings
 * sampled with a fixed seed from the documents of the full corpus. Run once with DATABASE_URI
 * pointing at a database holding the whole corpus: `npx tsx bench/search-make-queries.ts`.
 * The committed file is what the benchmark uses; answers are computed at run time by substring
 * match (bench/search-check.ts).
 */
import { writeFileSync } from 'node:fs';
import { normalize, runsOf } from '../core/search/tokenize';
import { searchSources } from '../site/integrations/search-sources';
import type { SearchDoc } from '../core/search/types';
import { random } from './search-check';

const CURATED = [
  '民法典', '法律援助', '社区矫正', '营商环境', '家庭暴力', '人身安全保护令', '未成年人保护', '个人信息',
  '劳动合同', '试用期', '消费者权益', '七日无理由退货', '人民调解', '宪法', '离婚冷静期', '彩礼', '诉讼时效',
  '监护', '正当防卫', '见义勇为', '高空抛物', '电信网络诈骗', '酒后驾驶', '工伤', '拖欠工资', '农民工工资',
  '宅基地', '土地承包经营权', '物业费', '养犬', '噪声污染', '食品安全', '行政处罚', '行政复议', '国家赔偿',
  '刑事责任年龄', '首违不罚', '包容审慎', '法典', '人民法院', '中华人民共和国', '县级以上地方人民政府',
  // single characters, digits, English, mixed Chinese/English/digits
  '法', '赌', '犬', '12348', '110', '2021年1月1日', '第十条', '民法典第十条', '刑法第二十条', '第10条',
  'DNA', 'APP', 'MPa', 'PM2.5', '5000元', '三日内', '18周岁',
  // query syntax: several words, exclusion, title scope
  '离婚 财产', '民法典 监护', '合同 违约金', '离婚 -彩礼', '标题:未成年人', '正文:12348',
];

const LENGTHS = [2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 6, 6, 8];

function sample(docs: SearchDoc[], count: number, seed: number): string[] {
  const rand = random(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const doc = docs[rand(docs.length)]!;
    const runs = runsOf(normalize(`${doc.title} ${doc.text}`)).filter((r) => r.length >= 2);
    if (runs.length === 0) continue;
    const run = runs[rand(runs.length)]!;
    const length = Math.min(run.length, LENGTHS[rand(LENGTHS.length)]!);
    const start = rand(run.length - length + 1);
    const query = run.slice(start, start + length).join('');
    if (/\p{Script=Han}/u.test(query)) out.add(query);
  }
  return [...out];
}

const docs = new Map<string, SearchDoc[]>();
for (const source of searchSources()) docs.set(source.name, await source.load());
const queries = [
  ...CURATED.map((q) => ({ q, set: 'curated' })),
  ...sample(docs.get('laws') ?? [], 140, 20261125).map((q) => ({ q, set: 'sampled-laws' })),
  ...sample(docs.get('lessons') ?? [], 20, 5).map((q) => ({ q, set: 'sampled-lessons' })),
];
const lines = queries.map((q) => JSON.stringify(q)).join(',\n  ');
const about = 'Fixed query set for bench/search.ts; see bench/search-make-queries.ts';
writeFileSync('bench/search-queries.json', `{\n "about": ${JSON.stringify(about)},\n "queries": [\n  ${lines}\n ]\n}\n`);
console.log(`${queries.length} queries written to bench/search-queries.json`);
process.exit(0);
