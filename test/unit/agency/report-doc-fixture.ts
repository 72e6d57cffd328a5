/** A report document with every construct the writers render: figures, lists, bold, italic, 落款. */
import { agencyReportDocument, type ReportDocument } from '../../../core/agency/report-document';
import { computeReportFigures } from '../../../core/agency/report';
import type { ReportInput } from '../../../core/agency/types';

const input: ReportInput = {
  agencyId: 'a', year: 2026, asOf: '2026-12-31', lists: [], media: [], keyDates: [],
  campaigns: [
    { id: 'c1', theme: '宪法宣传周', startDate: '2026-12-04', endDate: '2026-12-04', target: '学校', place: '', participants: 320, organizerAgencyIds: ['a'], mediaIds: [], laws: ['宪法'], keyDateId: null },
    { id: 'c2', theme: '民法典进社区', startDate: '2026-05-20', endDate: '2026-05-20', target: '社区', place: '', participants: 80, organizerAgencyIds: ['a'], mediaIds: [], laws: ['民法典'], keyDateId: null },
  ],
};

export const DOC: ReportDocument = agencyReportDocument({
  unitName: '泉城市市场监督管理局',
  year: 2026,
  title: '泉城市市场监督管理局2026年度普法履职报告',
  figures: computeReportFigures(input),
  narratives: [
    [{ kind: 'paragraph', runs: [{ text: '我局认真落实' }, { text: '“谁执法谁普法”', bold: true }, { text: '普法责任制 & 年度计划 <全面完成>。' }] }],
    [
      { kind: 'paragraph', runs: [{ text: '主要做法如下：' }] },
      { kind: 'list', ordered: true, items: [[{ text: '民法典进企业' }], [{ text: '以案释法', italic: true }, { text: '典型案例 12 个' }]] },
    ],
    [{ kind: 'list', ordered: false, items: [[{ text: '基层普法力量薄弱' }], [{ text: '新媒体普法覆盖不足' }]] }],
    [
      { kind: 'paragraph', runs: [{ text: '下一步，我局将重点做好以下工作：' }] },
      { kind: 'list', ordered: true, items: [[{ text: '完善普法责任清单' }], [{ text: '加强', bold: true }, { text: '执法人员以案释法' }]] },
    ],
  ],
  review: { grade: '良好', score: 85, comment: '清单完成率偏低，已说明原因。', reviewer: '泉城市普法办' },
  signedOn: '2027-01-15',
});
