/** Records of one agency-year shared by the report tests. */
import { NATIONAL_KEY_DATES, assignLeads, keyDatesInYear } from '../../../core/agency/key-dates';
import type { ReportInput } from '../../../core/agency/report-types';
import type { ResponsibilityList } from '../../../core/agency/types';
import { campaign, item, media } from './fixtures';

const ev = (campaignIds: string[], mediaIds: string[] = []) => ({ campaignIds, mediaIds });

export const v1: ResponsibilityList = {
  agencyId: 'scjg',
  year: 2026,
  version: 1,
  status: 'published',
  history: [],
  items: [
    item('i1', 1, { standard: { target: '两场', deadline: '2026-05-31', status: '已完成', evidence: ev(['c1']) } }),
    item('i2', 2, { standard: { target: '一场', deadline: '2026-06-15', status: '进行中', evidence: ev([]) } }),
    item('i3', 3, {
      category: '消费者权益',
      content: { topic: '3·15宣传', laws: ['消费者权益保护法'] },
      standard: { target: '一场', deadline: '2026-03-31', status: '已完成', evidence: ev([]) },
    }),
    item('i4', 4, {
      category: '宪法宣传',
      content: { topic: '宪法宣传周', laws: ['宪法'] },
      standard: { target: '一场演出', deadline: '2026-12-10', status: '未开始', evidence: ev(['ghost'], ['m1']) },
    }),
  ],
};
export const v2: ResponsibilityList = { ...v1, version: 2, status: 'draft', items: [item('i9', 1)] };

export const city = assignLeads(NATIONAL_KEY_DATES, {
  'consumer-day': ['scjg'],
  'civil-code-month': ['scjg'],
  'fire-day': ['scjg', 'gaj'],
});

export const input: ReportInput = {
  agencyId: 'scjg',
  year: 2026,
  asOf: '2026-07-01',
  lists: [v2, v1, { ...v1, agencyId: 'gaj' }, { ...v1, year: 2025 }],
  campaigns: [
    campaign('c2', '2026-05-30', { endDate: '2026-06-02', target: '企业', participants: null, laws: ['民法典'] }),
    campaign('c1', '2026-03-14', {
      endDate: '2026-03-16',
      keyDateId: 'consumer-day',
      participants: 120,
      laws: ['消费者权益保护法'],
    }),
    campaign('c3', '2026-05-10', {
      target: '学校',
      participants: 80,
      organizerAgencyIds: ['gaj', 'scjg'],
      laws: ['未成年人保护法'],
    }),
    campaign('c4', '2025-12-28', { endDate: '2026-01-03' }),
    campaign('c5', '2026-04-15', { organizerAgencyIds: ['gaj'] }),
  ],
  media: [
    media('m3', '2026-09-01', '吕剧'),
    media('m1', '2026-04-01', '吕剧', ['宪法']),
    media('m2', '2026-08-01', '动画'),
    media('m4', '2025-05-01', '吕剧'),
    { ...media('m5', '2026-05-01', '评书'), agencyId: 'gaj' },
  ],
  keyDates: keyDatesInYear(2026, city),
  learning: {
    officials: [
      { id: 'o1', completed: true },
      { id: 'o2', completed: true },
      { id: 'o3', completed: false },
    ],
    exams: [
      { id: 'e1', passed: true },
      { id: 'e2', passed: false },
    ],
  },
  narratives: { basics: '  成立普法领导小组。 ' },
};

/** Every `sources` array anywhere in the figures. */
export function allSources(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => allSources(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'sources' && Array.isArray(v)) out.push(...(v as string[]));
      else allSources(v, out);
    }
  }
  return out;
}
