/**
 * Scale: 200 agencies × 5 years. (1) report figures + SVG charts for every
 * agency-year, pure; (2) the same records stored through Payload in a fresh SQLite database,
 * then a full site build (list and report pages for all). Run: `npm run bench -- agency`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeReportFigures } from '../core/agency/report';
import { barChartSvg, monthlyChartSvg } from '../core/agency/svg-charts';
import type { ReportInput, SixTarget } from '../core/agency/types';
import { generateAgencyYears } from './agency-data';
import { fmt, summarize } from './stats';

const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 200);
const YEARS = [2022, 2023, 2024, 2025, 2026];

function benchReports() {
  const data = generateAgencyYears(AGENCIES, YEARS);
  const samples: number[] = [];
  let svgBytes = 0;
  for (const g of data) {
    const input: ReportInput = {
      agencyId: String(g.agency),
      year: g.year,
      asOf: `${g.year}-12-31`,
      lists: [{
        agencyId: String(g.agency), year: g.year, version: 1, status: 'published',
        history: [{ at: `${g.year}-02-01T00:00:00Z`, actorId: 'r', role: 'reviewer', action: 'publish', from: 'submitted', to: 'published', version: 1 }],
        items: g.items.map((i, n) => ({
          id: `${n}`, seq: n + 1, category: i.category, content: { topic: i.topic, laws: [] },
          responsibility: { leader: '', person: '', department: '' }, measures: { audiences: [], forms: [], keyDates: [] },
          standard: { target: '', deadline: i.deadline, status: i.progress as '已完成', evidence: { campaignIds: i.campaigns.map(String), mediaIds: [] } },
        })),
      }],
      campaigns: g.campaigns.map((c) => {
        const date = `${g.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
        return { id: String(c.id), theme: '活动', startDate: date, endDate: date, target: c.target as SixTarget, place: '', participants: c.participants, organizerAgencyIds: [String(g.agency)], mediaIds: [], laws: [] };
      }),
      media: [],
      keyDates: [],
    };
    const t = performance.now();
    const f = computeReportFigures(input);
    svgBytes += barChartSvg({ title: '六进', bars: f.campaigns.byTarget.map((x) => ({ label: x.target, value: x.campaigns.value })) }).length;
    svgBytes += monthlyChartSvg({ title: '各月', values: f.campaigns.byMonth.map((m) => m.campaigns.value) }).length;
    samples.push(performance.now() - t);
  }
  const s = summarize(samples);
  console.log(`agency-report reports=${samples.length} median_ms=${fmt(s.median, 3)} p95_ms=${fmt(s.p95, 3)} total_ms=${fmt(samples.reduce((a, b) => a + b, 0))} svg_kb_per_report=${fmt(svgBytes / samples.length / 1024)}`);
}

function benchSiteBuild() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pufa-bench-agency-'));
  const env = { ...process.env, PUFA_DATA_DIR: dir, DATABASE_URI: `file:${path.join(dir, 'scale.db')}`, ASTRO_TELEMETRY_DISABLED: '1' };
  const tsx = path.resolve('node_modules/.bin/tsx');
  let t = performance.now();
  execFileSync(tsx, ['cms/scripts/seed.ts'], { env, stdio: 'ignore' });
  execFileSync(tsx, ['bench/agency-store.ts', String(AGENCIES), YEARS.join(',')], { env, stdio: 'inherit' });
  const storeS = (performance.now() - t) / 1000;
  t = performance.now();
  execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', path.join(dir, 'dist')], { env, stdio: 'ignore' });
  console.log(`agency-site seed_and_store_s=${fmt(storeS)} build_s=${fmt((performance.now() - t) / 1000)} agencies=${AGENCIES} years=${YEARS.length}`);
}

benchReports();
if (!process.argv.includes('--reports-only')) benchSiteBuild();
