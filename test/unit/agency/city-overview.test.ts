import { describe, expect, it } from 'vitest';
import { cityOverview } from '../../../core/agency/city-overview';
import { computeReportFigures } from '../../../core/agency/report';
import type { Campaign, ReportInput } from '../../../core/agency/types';

const campaign = (id: string, agency: string, date: string, target: Campaign['target'], participants: number | null): Campaign => ({
  id, theme: `活动${id}`, startDate: date, endDate: date, target, place: '', participants,
  organizerAgencyIds: [agency], mediaIds: [], laws: [], keyDateId: null,
});

describe('cityOverview', () => {
  it('sums the agencies’ report figures and lists key dates a lead agency missed', () => {
    const base: Omit<ReportInput, 'agencyId'> = {
      year: 2026,
      asOf: '2026-12-31',
      lists: [{ agencyId: 'a', year: 2026, version: 1, status: 'published', items: [], history: [{ at: '2026-01-01T00:00:00Z', actorId: 'r', role: 'reviewer', action: 'publish', from: 'submitted', to: 'published', version: 1 }] }],
      campaigns: [campaign('1', 'a', '2026-03-15', '社区', 100), campaign('2', 'b', '2026-03-20', '社区', null), campaign('3', 'b', '2026-12-04', '学校', 50)],
      media: [],
      keyDates: [{ id: 'k', name: '6·26 国际禁毒日', start: '2026-06-26', end: '2026-06-26', estimated: false, leadAgencyIds: ['b'] }],
    };
    const o = cityOverview(2026, ['a', 'b'].map((id) => ({ agencyName: id, figures: computeReportFigures({ ...base, agencyId: id }) })));
    expect(o.published).toBe(1);
    expect(o.rows.map((r) => [r.agencyName, r.list.state, r.campaigns, r.participants, r.missedKeyDates])).toEqual([
      ['a', 'published', 1, 100, []],
      ['b', 'missing', 2, 50, ['6·26 国际禁毒日']],
    ]);
    expect(o.byTarget.find((t) => t.target === '社区')).toEqual({ target: '社区', campaigns: 2, participants: 100 });
    expect(o.byMonth[2]).toEqual({ month: 3, campaigns: 2 });
    expect(o.byMonth[11]).toEqual({ month: 12, campaigns: 1 });
  });
});
