/** Stores generated agency-years through Payload (used by agency-scale.ts in its own process). */
import { openPayload } from '../cms/local-api';
import { generateAgencyYears } from './agency-data';
import type { DocId } from '../cms/relation';

const [agencies = '200', years = '2026'] = process.argv.slice(2);
const payload = await openPayload();
const context = { seeding: true };
const started = performance.now();
const data = generateAgencyYears(Number(agencies), years.split(',').map(Number));
const agencyIds = new Map<number, DocId>();
for (const g of data) {
  if (!agencyIds.has(g.agency)) {
    const a = await payload.create({ collection: 'agencies', data: { name: `基准单位${g.agency + 1}`, shortName: `基准${g.agency + 1}`, kind: '执法机关', level: '区县' } });
    agencyIds.set(g.agency, a.id);
  }
  const agency = agencyIds.get(g.agency);
  const ids = new Map<number, DocId>();
  for (const c of g.campaigns) {
    const date = `${g.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}T00:00:00.000Z`;
    const doc = await payload.create({ collection: 'campaigns', data: { theme: `主题活动${c.id}`, agency, startDate: date, endDate: date, target: c.target as '社区', participants: c.participants }, context });
    ids.set(c.id, doc.id);
  }
  await payload.create({
    collection: 'responsibility-lists',
    context,
    data: {
      agency, year: g.year, status: 'published',
      history: [{ at: `${g.year}-02-01T00:00:00Z`, actorId: 'bench', role: 'reviewer', action: 'publish', from: 'submitted', to: 'published', version: 1 }],
      items: g.items.map((i) => ({ topic: i.topic, category: i.category, progress: i.progress as '进行中', deadline: `${i.deadline}T00:00:00.000Z`, person: '联络员', department: '法制科', evidenceCampaigns: i.campaigns.map((c) => ids.get(c)!) })),
    },
  });
  await payload.create({ collection: 'reports', context, data: { title: `基准单位${g.agency + 1}${g.year}年度普法履职报告`, agency, year: g.year, status: 'published' } });
}
console.log(`agency-store agency_years=${data.length} campaigns=${data.reduce((n, g) => n + g.campaigns.length, 0)} store_s=${((performance.now() - started) / 1000).toFixed(1)}`);
process.exit(0);
