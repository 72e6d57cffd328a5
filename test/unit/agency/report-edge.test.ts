import { describe, expect, it } from 'vitest';
import { keyDatesInYear } from '../../../core/agency/key-dates';
import { computeReportFigures } from '../../../core/agency/report';
import type { ReportInput } from '../../../core/agency/report-types';
import type { ResponsibilityList } from '../../../core/agency/types';
import { campaign } from './fixtures';
import { city, v1 } from './report-fixtures';

describe('computeReportFigures edge cases', () => {
  const base: ReportInput = {
    agencyId: 'scjg',
    year: 2026,
    asOf: '2026-12-31',
    lists: [],
    campaigns: [],
    media: [],
    keyDates: [],
  };

  it('says so when the list was returned and never published', () => {
    const returned: ResponsibilityList = {
      ...v1,
      status: 'returned',
      history: [
        {
          at: '2026-01-05T00:00:00.000Z',
          actorId: 'u',
          role: 'agency-editor',
          action: 'submit',
          from: 'draft',
          to: 'submitted',
          version: 1,
        },
        {
          at: '2026-01-06T00:00:00.000Z',
          actorId: 'r',
          role: 'reviewer',
          action: 'return',
          from: 'submitted',
          to: 'returned',
          version: 1,
          comment: '目标不具体',
        },
      ],
    };
    const f = computeReportFigures({ ...base, lists: [returned] });
    expect(f.list).toMatchObject({ state: 'unpublished', latestVersion: 1, latestStatus: 'returned' });
    expect(f.list.version).toBeUndefined();
    expect(f.notices[0]).toBe(
      '2026年度普法责任清单至今未发布：最新为第1版，状态“已退回”（审核意见：目标不具体）。本报告不含清单完成情况。',
    );
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
