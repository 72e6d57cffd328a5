import { describe, expect, it } from 'vitest';
import { cityOverview } from '../../../core/agency/city-overview';
import { DEFAULT_LIST_KINDS, owesList, parseListKinds } from '../../../core/agency/list-duty';
import { computeReportFigures } from '../../../core/agency/report';
import type { ReportInput } from '../../../core/agency/types';

describe('agency kinds that owe a list', () => {
  it('defaults to 执法机关, 人民团体 and 企事业 — not schools or 村居', () => {
    expect(parseListKinds(undefined)).toEqual(['执法机关', '人民团体', '企事业']);
    expect(parseListKinds('  ')).toBe(DEFAULT_LIST_KINDS);
    expect(owesList('学校', DEFAULT_LIST_KINDS)).toBe(false);
    expect(owesList('村居', DEFAULT_LIST_KINDS)).toBe(false);
    expect(owesList(null, DEFAULT_LIST_KINDS)).toBe(false);
  });

  it('reads a configured set with any usual separator, once each', () => {
    expect(parseListKinds('执法机关，学校、执法机关; 村居')).toEqual(['执法机关', '学校', '村居']);
  });

  it('refuses an unknown kind in Chinese, naming it', () => {
    expect(() => parseListKinds('执法机关,学院')).toThrow('PUFA_LIST_AGENCY_KINDS 中的单位类别“学院”无法识别');
  });
});

describe('cityOverview counts only agencies that owe a list', () => {
  const input = (agencyId: string): ReportInput => ({
    agencyId, year: 2026, asOf: '2026-12-31', lists: [], media: [], keyDates: [],
    campaigns: [{ id: `c-${agencyId}`, theme: '宪法宣传', startDate: '2026-12-04', endDate: '2026-12-04', target: '学校', place: '', participants: 40, organizerAgencyIds: [agencyId], mediaIds: [], laws: [], keyDateId: null }],
  });
  const agencies = [
    { agencyName: '市司法局', kind: '执法机关' },
    { agencyName: '市一中', kind: '学校' },
    { agencyName: '芙蓉社区', kind: '村居' },
    { agencyName: '市总工会', kind: '人民团体' },
  ].map((a, i) => ({ ...a, figures: computeReportFigures(input(String(i))) }));

  it('by default leaves the school and the residents’ committee out of rows and sums', () => {
    const o = cityOverview(2026, agencies, { kinds: DEFAULT_LIST_KINDS });
    expect(o.rows.map((r) => r.agencyName)).toEqual(['市司法局', '市总工会']);
    expect(o.excluded).toEqual(['市一中', '芙蓉社区']);
    expect(o.byTarget.find((t) => t.target === '学校')).toEqual({ target: '学校', campaigns: 2, participants: 80 });
    expect(o.byMonth[11]?.campaigns).toBe(2);
  });

  it('counts schools when configured to', () => {
    const o = cityOverview(2026, agencies, { kinds: parseListKinds('执法机关,人民团体,学校') });
    expect(o.rows.map((r) => r.agencyName)).toEqual(['市司法局', '市一中', '市总工会']);
    expect(o.excluded).toEqual(['芙蓉社区']);
  });

  it('without a kinds option counts everyone (callers that filter themselves)', () => {
    expect(cityOverview(2026, agencies).rows).toHaveLength(4);
  });
});
