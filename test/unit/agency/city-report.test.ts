import { describe, expect, it } from 'vitest';
import { cityReport, cityReportDocument } from '../../../core/agency/city-report';
import { DEFAULT_LIST_KINDS } from '../../../core/agency/list-duty';
import { computeReportFigures } from '../../../core/agency/report';
import type { Campaign, ReportInput } from '../../../core/agency/types';

const campaign = (id: string, organizers: string[], participants: number): Campaign => ({
  id, theme: `活动${id}`, startDate: '2026-06-01', endDate: '2026-06-01', target: '社区', place: '', participants,
  organizerAgencyIds: organizers, mediaIds: [], laws: [], keyDateId: null,
});
const campaigns = [campaign('1', ['a'], 100), campaign('2', ['a', 'b'], 50), campaign('3', ['s'], 30)];
const input = (agencyId: string): ReportInput => ({ agencyId, year: 2026, asOf: '2026-12-31', lists: [], media: [], keyDates: [], campaigns });
const agencies = [
  { id: 'a', name: '市司法局', shortName: '司法局', kind: '执法机关' },
  { id: 'b', name: '市总工会', shortName: '总工会', kind: '人民团体' },
  { id: 's', name: '市一中', shortName: '一中', kind: '学校' },
];
const entries = agencies.map((agency) => ({ agency, figures: computeReportFigures(input(agency.id)), report: agency.id === 'a' ? { grade: '良好', score: 85 } : null }));

describe('cityReport', () => {
  const c = cityReport(2026, '2026-12-31', entries, { kinds: DEFAULT_LIST_KINDS, distinct: { campaigns: 2, participants: 150 } });

  it('has one row per agency owing a list, each equal to that agency’s own figures', () => {
    expect(c.rows.map((r) => [r.shortName, r.campaigns, r.participants])).toEqual([['司法局', 2, 150], ['总工会', 1, 50]]);
    for (const r of c.rows) {
      const own = entries.find((e) => e.agency.id === r.agencyId)!.figures;
      expect(r.campaigns).toBe(own.campaigns.count.value);
      expect(r.participants).toBe(own.campaigns.participants.value);
    }
    expect(c.excluded).toEqual(['市一中']);
  });

  it('totals are the sums of the rows; the joint campaign counts once in the distinct figures', () => {
    expect(c.totals).toMatchObject({ agencies: 2, reportsPublished: 1, campaigns: 3, participants: 200, listsPublished: 0 });
    expect(c.distinct).toEqual({ campaigns: 2, participants: 150 });
    expect(c.grades).toEqual([{ grade: '良好', count: 1 }]);
  });

  it('as a document: three sections, every owing agency named, the office signs', () => {
    const doc = cityReportDocument(c, '泉城市普法办');
    expect(doc.title).toBe('2026年度全市普法责任制落实情况报告');
    expect(doc.sections.map((s) => s.heading)).toEqual(['一、总体情况', '二、各单位履职情况', '三、需要关注的问题']);
    expect(doc.sections[1]!.figures!.map((f) => f.label)).toEqual(['市司法局', '市总工会']);
    expect(doc.sections[0]!.figures!.find((f) => f.label === '主题活动')!.value).toBe('2 场（各单位合计 3 场次）');
    expect(doc.sections[2]!.blocks[0]).toEqual({ kind: 'list', ordered: true, items: [[{ text: '尚未发布责任清单：市司法局、市总工会' }], [{ text: '尚未发布履职报告：市总工会' }]] });
    expect(doc.signature).toEqual({ unitName: '泉城市普法办', date: '2026年12月31日' });
  });

  it('lists the 未入库 laws the owing agencies cite, each once with its agencies, as an issue for the office', () => {
    const withLaws = entries.map((e) => ({
      ...e,
      figures: { ...e.figures, laws: { ...e.figures.laws, uncollected: e.agency.id === 's' ? ['学校条例'] : ['山东省禁毒条例', ...(e.agency.id === 'b' ? ['山东省工会条例'] : [])] } },
    }));
    const r = cityReport(2026, '2026-12-31', withLaws, { kinds: DEFAULT_LIST_KINDS, distinct: { campaigns: 2, participants: 150 } });
    // The school owes no list: its citation is not the office's business here.
    expect(r.uncollectedLaws).toEqual([{ name: '山东省禁毒条例', agencies: ['司法局', '总工会'] }, { name: '山东省工会条例', agencies: ['总工会'] }]);
    const issues = cityReportDocument(r, '泉城市普法办').sections[2]!.blocks[0];
    expect(issues?.kind === 'list' && issues.items.at(-1)).toEqual([{ text: '法规库尚未收录清单引用的法律法规，请普法办补录：《山东省禁毒条例》（司法局、总工会）、《山东省工会条例》（总工会）' }]);
    expect(c.uncollectedLaws).toEqual([]);
  });
});

