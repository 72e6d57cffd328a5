import { describe, expect, it } from 'vitest';
import { NATIONAL_KEY_DATES, assignLeads, keyDatesInYear } from '../../../core/agency/key-dates';
import { computeReportFigures } from '../../../core/agency/report';
import type { ReportFigures, ReportInput } from '../../../core/agency/report-types';
import type { ResponsibilityList } from '../../../core/agency/types';
import { campaign, item, media } from './fixtures';

const ev = (campaignIds: string[], mediaIds: string[] = []) => ({ campaignIds, mediaIds });

const v1: ResponsibilityList = {
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
const v2: ResponsibilityList = { ...v1, version: 2, status: 'draft', items: [item('i9', 1)] };

const city = assignLeads(NATIONAL_KEY_DATES, {
  'consumer-day': ['scjg'],
  'civil-code-month': ['scjg'],
  'fire-day': ['scjg', 'gaj'],
});

const input: ReportInput = {
  agencyId: 'scjg',
  year: 2026,
  asOf: '2026-07-01',
  lists: [v2, v1, { ...v1, agencyId: 'gaj' }, { ...v1, year: 2025 }],
  campaigns: [
    campaign('c2', '2026-05-30', { endDate: '2026-06-02', target: '企业', participants: null, laws: ['民法典'] }),
    campaign('c1', '2026-03-14', { endDate: '2026-03-16', keyDateId: 'consumer-day', participants: 120, laws: ['消费者权益保护法'] }),
    campaign('c3', '2026-05-10', { target: '学校', participants: 80, organizerAgencyIds: ['gaj', 'scjg'], laws: ['未成年人保护法'] }),
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
    officials: [{ id: 'o1', completed: true }, { id: 'o2', completed: true }, { id: 'o3', completed: false }],
    exams: [{ id: 'e1', passed: true }, { id: 'e2', passed: false }],
  },
  narratives: { 机制建设: '  成立普法领导小组。 ' },
};

/** Every `sources` array anywhere in the figures. */
function allSources(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => allSources(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'sources' && Array.isArray(v)) out.push(...(v as string[]));
      else allSources(v, out);
    }
  }
  return out;
}

describe('computeReportFigures on a full year', () => {
  const f: ReportFigures = computeReportFigures(input);
  const val = (x: { value: unknown; sources: string[] }) => [x.value, x.sources];

  it('counts items of the published version while a revision is in progress', () => {
    expect(f.list).toMatchObject({ state: 'published', version: 1, latestVersion: 2, latestStatus: 'draft', source: 'list:scjg/2026/v1' });
    expect(f.notices).toContain('第2版正在修订（草稿），以下按已发布的第1版统计。');
    expect(val(f.items.total)).toEqual([4, ['item:i1', 'item:i2', 'item:i3', 'item:i4']]);
    expect(val(f.items.done)).toEqual([2, ['item:i1', 'item:i3']]);
    expect(f.items.inProgress.value + f.items.notStarted.value + f.items.done.value).toBe(4);
    expect(f.items.byCategory.map((c) => [c.category, c.total.value, c.done.value])).toEqual([
      ['民法典', 2, 1], ['消费者权益', 1, 1], ['宪法宣传', 1, 0],
    ]);
  });

  it('finds overdue items, items without evidence and broken evidence links', () => {
    expect(val(f.items.overdue)).toEqual([1, ['item:i2']]);
    expect(val(f.items.withoutEvidence)).toEqual([2, ['item:i2', 'item:i3']]);
    expect(val(f.items.doneWithoutEvidence)).toEqual([1, ['item:i3']]);
    expect(f.items.brokenEvidence).toEqual({ value: ['campaign:ghost'], sources: ['item:i4'] });
    expect(f.notices).toContain('1项清单条目标记为已完成但没有佐证材料。');
  });

  it('counts the agency’s own and joint campaigns of the year, by target and start month', () => {
    expect(val(f.campaigns.count)).toEqual([3, ['campaign:c1', 'campaign:c3', 'campaign:c2']]);
    expect(val(f.campaigns.participants)).toEqual([200, ['campaign:c1', 'campaign:c3']]);
    expect(val(f.campaigns.participantsMissing)).toEqual([1, ['campaign:c2']]);
    expect(f.notices).toContain('1场活动未填写参加人数，未计入参加人次。');
    const byTarget = Object.fromEntries(f.campaigns.byTarget.map((t) => [t.target, [t.campaigns.value, t.participants.value]]));
    expect(byTarget).toEqual({ 机关: [0, 0], 乡村: [0, 0], 社区: [1, 120], 学校: [1, 80], 企业: [1, 0], 单位: [0, 0] });
    expect(f.campaigns.byMonth).toHaveLength(12);
    expect(f.campaigns.byMonth.map((m) => m.campaigns.value)).toEqual([0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    // c2 runs 30 May – 2 June and counts in May only.
    expect(val(f.campaigns.byMonth[4]!.campaigns)).toEqual([2, ['campaign:c3', 'campaign:c2']]);
    expect(f.campaigns.byMonth[5]!.campaigns.value).toBe(0);
  });

  it('counts media of the year by art form, and distinct laws with where they appear', () => {
    expect(val(f.media.count)).toEqual([3, ['media:m1', 'media:m2', 'media:m3']]);
    expect(f.media.byArtForm.map((a) => [a.artForm, a.count.value])).toEqual([['吕剧', 2], ['动画', 1]]);
    const laws = Object.fromEntries(f.laws.covered.map((l) => [l.law, l.sources]));
    expect(laws).toEqual({
      民法典: ['item:i1', 'item:i2', 'campaign:c2'],
      消费者权益保护法: ['item:i3', 'campaign:c1'],
      宪法: ['item:i4', 'media:m1'],
      未成年人保护法: ['campaign:c3'],
    });
    expect(f.laws.count.value).toBe(4);
  });

  it('splits the agency’s lead key dates into acted on and missed', () => {
    expect(f.keyDates.actedOn.map((k) => [k.keyDateId, k.campaigns.sources])).toEqual([
      ['consumer-day', ['campaign:c1']],
      ['civil-code-month', ['campaign:c3', 'campaign:c2']],
    ]);
    expect(f.keyDates.missed.map((k) => [k.keyDateId, k.start, k.campaigns.value])).toEqual([['fire-day', '2026-11-09', 0]]);
  });

  it('reports learning rates and the narrative sections', () => {
    expect(f.learning?.completionRate).toEqual({ value: 66.7, sources: ['official:o1', 'official:o2', 'official:o3'] });
    expect(f.learning?.examPassRate.value).toBe(50);
    expect(f.narratives.map((n) => [n.section, n.missing])).toEqual([
      ['机制建设', false], ['系统内学法用法', true], ['社会普法宣传', true], ['创新普法形式', true], ['普法实效', true],
    ]);
    expect(f.narratives[0]?.text).toBe('成立普法领导小组。');
  });

  it('traces every figure to records that were passed in', () => {
    const known = new Set([
      ...v1.items.map((i) => `item:${i.id}`),
      ...input.campaigns.map((c) => `campaign:${c.id}`),
      ...input.media.map((m) => `media:${m.id}`),
      'official:o1', 'official:o2', 'official:o3', 'exam:e1', 'exam:e2',
    ]);
    const sources = allSources(f);
    expect(sources.length).toBeGreaterThan(20);
    for (const s of sources) expect(known.has(s), s).toBe(true);
    expect(sources).not.toContain('campaign:c4');
    expect(sources).not.toContain('campaign:c5');
    expect(sources).not.toContain('item:i9');
  });

  it('is deterministic and does not depend on input order', () => {
    const reversed = { ...input, campaigns: [...input.campaigns].reverse(), media: [...input.media].reverse() };
    expect(computeReportFigures(reversed)).toEqual(f);
  });
});

describe('computeReportFigures edge cases', () => {
  const base: ReportInput = { agencyId: 'scjg', year: 2026, asOf: '2026-12-31', lists: [], campaigns: [], media: [], keyDates: [] };

  it('says so when the list was returned and never published', () => {
    const returned: ResponsibilityList = {
      ...v1,
      status: 'returned',
      history: [
        { at: '2026-01-05T00:00:00.000Z', actorId: 'u', role: 'agency-editor', action: 'submit', from: 'draft', to: 'submitted', version: 1 },
        { at: '2026-01-06T00:00:00.000Z', actorId: 'r', role: 'reviewer', action: 'return', from: 'submitted', to: 'returned', version: 1, comment: '目标不具体' },
      ],
    };
    const f = computeReportFigures({ ...base, lists: [returned] });
    expect(f.list).toMatchObject({ state: 'unpublished', latestVersion: 1, latestStatus: 'returned' });
    expect(f.list.version).toBeUndefined();
    expect(f.notices[0]).toBe('2026年度普法责任清单至今未发布：最新为第1版，状态“已退回”（审核意见：目标不具体）。本报告不含清单完成情况。');
    expect(f.items.total).toEqual({ value: 0, sources: [] });
    expect(f.laws.covered).toEqual([]);
  });

  it('says so when there is no list at all', () => {
    const f = computeReportFigures(base);
    expect(f.list.state).toBe('missing');
    expect(f.notices[0]).toBe('2026年度普法责任清单尚未建立，本报告不含清单完成情况。');
  });

  it('handles a year with no campaigns, media or learning data', () => {
    const f = computeReportFigures({ ...base, keyDates: keyDatesInYear(2026, city) });
    expect(f.campaigns.count.value).toBe(0);
    expect(f.campaigns.participants).toEqual({ value: 0, sources: [] });
    expect(f.campaigns.byMonth.every((m) => m.campaigns.value === 0)).toBe(true);
    expect(f.media.byArtForm).toEqual([]);
    expect(f.keyDates.actedOn).toEqual([]);
    expect(f.keyDates.missed.map((k) => k.keyDateId)).toEqual(['consumer-day', 'civil-code-month', 'fire-day']);
    expect(f.learning).toBeUndefined();
    expect(f.notices).toContain('2026年度没有主题活动记录。');
    expect(f.notices).toContain('学法考法数据暂未接入，本报告不含干部学法情况。');
  });

  it('gives null rates when nobody is counted, and leaves out campaigns with invalid dates', () => {
    const f = computeReportFigures({
      ...base,
      campaigns: [campaign('bad', '2026-02-30'), campaign('backwards', '2026-05-02', { endDate: '2026-05-01' })],
      learning: { officials: [], exams: [] },
    });
    expect(f.learning?.completionRate).toEqual({ value: null, sources: [] });
    expect(f.campaigns.count.value).toBe(0);
    expect(f.notices).toContain('2场活动日期无效，未计入：bad、backwards。');
  });
});
