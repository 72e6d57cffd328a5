/**
 * Cost of flagging stale citations when a new law version is stored: 公司法 2018 (from the
 * repository's demo laws) with N exam questions pinned to it plus the lessons in content/, then
 * 公司法 2023 imported (flags raised inside the import), then the flag step alone re-run (flags
 * brought up to date). Run alone: `npx tsx bench/stale-citations.ts [N]`.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fmt, summarize } from './stats';

const N = Number(process.argv[2] ?? 500);
const dir = mkdtempSync(path.join(tmpdir(), 'pufa-bench-stale-'));
process.env.PUFA_DATA_DIR = dir;
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`;
const { openPayload } = await import('../cms/local-api');
const { importLaws } = await import('../cms/importer/import-laws');
const { flagStaleCitations } = await import('../cms/collections/CitationReviews/flag-stale');
const { DEMO_LAWS_DIR } = await import('../cms/seed/demo-laws');
const { createLocalReq } = await import('payload');
const payload = await openPayload();

const lawsDir = path.join(dir, 'laws');
const add = (name: string) => {
  mkdirSync(path.join(lawsDir, '民法商法'), { recursive: true });
  copyFileSync(path.join(DEMO_LAWS_DIR, '民法商法', name), path.join(lawsDir, '民法商法', name));
};
add('公司法(2018-10-26).md');
await importLaws({ payload, dir: lawsDir });
const law = (await payload.find({ collection: 'laws', where: { slug: { equals: '公司法' } }, depth: 0 })).docs[0]!;
for (let i = 0; i < N; i += 1) {
  await payload.create({
    collection: 'questions',
    data: { questionId: `bench-${i}`, pool: 'exam', type: 'truefalse', stem: `公司法测试题${i}`, answer: 'true', explanation: '依据公司法。', citeLaw: law.id, citeArticle: 1 + (i % 218), citeVersion: '2018-10-26' },
  });
}
add('公司法(2023-12-29).md');
const report = await importLaws({ payload, dir: lawsDir });
const flags = (await payload.count({ collection: 'citation-reviews' })).totalDocs;

const req = await createLocalReq({}, payload);
const samples: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const started = performance.now();
  await flagStaleCitations(payload, req, { slug: '公司法', versionDate: '2023-12-29' });
  samples.push(performance.now() - started);
}
const s = summarize(samples);
console.log(
  `stale-citations questions=${N} flags=${flags} import_2023_s=${fmt(report.seconds, 2)} ` +
    `reflag_median_ms=${fmt(s.median, 0)} reflag_p95_ms=${fmt(s.p95, 0)} (n=${s.n})`,
);
process.exit(0);
