import type { Payload } from 'payload';
import { SEED_AGENCIES } from './agencies';
import { DEMO_YEAR, LIST_STATES, LIST_TEMPLATES, planCampaigns } from './agency-year';
import { seedKeyDates } from './key-dates';
import type { ListAction, ListStatus, ReviewEvent, StaffRole } from '../../core/agency/types';
import type { DocId } from '../relation';
import { ensureDoc } from './upsert';

/** Seeds bypass the review workflow hook: demo lists start in the states they show. */
const context = { seeding: true };

/** Key dates, campaigns and responsibility lists (reports: seed-reports.ts). Idempotent. */
export async function seedAgencyYear(payload: Payload, agencyIds: Map<string, DocId>, log: (m: string) => void) {
  const byShort = new Map(SEED_AGENCIES.map((a) => [a.shortName, agencyIds.get(a.name)!]));
  const lawIds = new Map(
    (await payload.find({ collection: 'laws', pagination: false, depth: 0 })).docs.map((l) => [l.slug, l.id]),
  );
  const laws = (slugs: string[]) => slugs.flatMap((s) => (lawIds.has(s) ? [lawIds.get(s)!] : []));

  const keyDates = seedKeyDates(DEMO_YEAR);
  const keyDateIds = new Map<string, DocId>();
  for (const { code, leads, ...data } of keyDates) {
    const leadAgencies = leads.flatMap((name) => agencyIds.get(name) ?? []);
    const { id } = await ensureDoc(payload, 'key-dates', { name: { equals: data.name } }, { ...data, leadAgencies });
    keyDateIds.set(code, id);
  }
  const mmdd = new Map(keyDates.map((k) => [k.code, `${String(k.month).padStart(2, '0')}-${String(k.day).padStart(2, '0')}`]));

  const evidence = new Map<string, DocId[]>();
  const plans = planCampaigns(keyDates);
  for (const c of plans) {
    const date = `${DEMO_YEAR}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}T00:00:00.000Z`;
    const { id } = await ensureDoc(
      payload,
      'campaigns',
      { and: [{ theme: { equals: c.theme } }, { agency: { equals: byShort.get(c.agency) } }] },
      {
        theme: c.theme,
        agency: byShort.get(c.agency),
        startDate: date,
        endDate: date,
        keyDate: c.keyDate ? keyDateIds.get(c.keyDate) : undefined,
        target: c.target,
        place: `${c.agency}辖区`,
        participants: c.participants,
        laws: laws(c.laws),
        summary: `${c.agency}围绕“${c.theme}”开展主题普法活动，参与群众${c.participants}人。`,
      },
      { context },
    );
    const key = `${c.agency}#${c.itemIndex}`;
    evidence.set(key, [...(evidence.get(key) ?? []), id]);
  }

  for (const [agency, items] of Object.entries(LIST_TEMPLATES)) {
    const status = LIST_STATES[agency] ?? 'draft';
    const history = demoHistory(status);
    await ensureDoc(
      payload,
      'responsibility-lists',
      { and: [{ agency: { equals: byShort.get(agency) } }, { year: { equals: DEMO_YEAR } }] },
      {
        agency: byShort.get(agency),
        year: DEMO_YEAR,
        status,
        history,
        items: items.map((item, i) => {
          const proof = evidence.get(`${agency}#${i}`) ?? [];
          // The first item of each list is done with evidence; others in progress (one without evidence).
          const progress = i === 0 ? '已完成' : i === items.length - 1 ? '未开始' : '进行中';
          const { keyDate, ...rest } = item;
          return {
            ...rest,
            keyDates: keyDate ? [mmdd.get(keyDate)!] : [],
            laws: laws(item.laws),
            leader: '分管副局长',
            person: '普法联络员',
            department: '法制科',
            deadline: `${DEMO_YEAR}-${i === 0 ? '06' : '12'}-30T00:00:00.000Z`,
            progress,
            evidenceCampaigns: progress === '未开始' ? [] : proof,
          };
        }),
      },
      { context },
    );
  }

  log(`普法责任清单 ${Object.keys(LIST_TEMPLATES).length} 份，主题活动 ${plans.length} 场，重要时间节点 ${keyDates.length} 个`);
}

/** Review history as the workflow would have written it (core/agency ReviewEvent shape). */
export function demoHistory(status: ListStatus): ReviewEvent[] {
  const at = (month: string) => `${DEMO_YEAR}-${month}-15T09:00:00.000Z`;
  const event = (action: ListAction, from: ListStatus | null, to: ListStatus, month: string, role: StaffRole, comment?: string): ReviewEvent => ({
    at: at(month), actorId: 'seed', role, action, from, to, version: 1, ...(comment ? { comment } : {}),
  });
  const events = [event('create', null, 'draft', '01', 'agency-editor')];
  if (status === 'draft') return events;
  events.push(event('submit', 'draft', 'submitted', '01', 'agency-editor'));
  if (status === 'published') events.push(event('publish', 'submitted', 'published', '02', 'reviewer'));
  if (status === 'returned') events.push(event('return', 'submitted', 'returned', '02', 'reviewer', '请补充完成时限和佐证材料'));
  return events;
}
