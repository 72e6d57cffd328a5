import { describe, expect, it } from 'vitest';
import { computeReportFigures } from '../../../core/agency/report';
import { reportRubric, rubricDepartureError } from '../../../core/agency/report-rubric';
import { emptyNarrativeSections, reportTransition, type ReportState } from '../../../core/agency/report-workflow';
import { lexicalParagraphs } from '../../../core/agency/rich-text';
import { input } from './report-fixtures';

describe('reportRubric', () => {
  const f = computeReportFigures(input);
  const rubric = reportRubric(f);

  it('scores list completion, campaigns, study and evidence from the figures', () => {
    expect(rubric.components.map((c) => [c.key, c.max])).toEqual([['list', 40], ['campaigns', 20], ['learning', 25], ['evidence', 15]]);
    const list = rubric.components[0]!;
    const rate = f.items.done.value / f.items.total.value;
    expect(list.points).toBeCloseTo(40 * rate, 1);
    expect(list.basis).toContain(`${f.items.done.value}/${f.items.total.value}`);
    // 66.7 % completion and 50 % pass: 15 × 0.667 + 10 × 0.5
    expect(rubric.components[2]!.points).toBe(15);
    expect(rubric.score).toBeCloseTo(rubric.components.reduce((s, c) => s + c.points, 0), 1);
  });

  it('gives nothing for an unpublished list or missing study records, and says why', () => {
    const bare = reportRubric(computeReportFigures({ ...input, lists: [], learning: undefined, campaigns: [] }));
    expect(bare.components.find((c) => c.key === 'list')).toMatchObject({ points: 0, basis: '年度责任清单未发布' });
    expect(bare.components.find((c) => c.key === 'learning')).toMatchObject({ points: 0, basis: '没有国家工作人员学法记录' });
    expect(bare.components.find((c) => c.key === 'evidence')!.points).toBe(0);
    expect(bare.grade).toBe('不合格');
  });

  it('a 25 % list does not earn 优秀 (the seed once showed 92 beside it)', () => {
    const quarter = reportRubric({ ...f, items: { ...f.items, total: { value: 4, sources: [] }, done: { value: 1, sources: [] } } });
    expect(quarter.components[0]!.points).toBe(10);
    expect(quarter.grade).not.toBe('优秀');
  });
});

describe('rubricDepartureError', () => {
  const rubric = { score: 48.5, grade: '不合格' as const };
  it('needs a reason only when the grade departs from the suggestion', () => {
    expect(rubricDepartureError({ grade: '不合格', rubric })).toBeNull();
    expect(rubricDepartureError({ grade: '优秀', rubric, reason: '  ' })).toBe('评议等次“优秀”与评分细则建议的“不合格”（48.5分）不一致，请填写评议说明');
    expect(rubricDepartureError({ grade: '优秀', rubric, reason: '清单外完成了大量工作' })).toBeNull();
  });
});

describe('required sections', () => {
  const editor = { id: 'e1', role: 'agency-editor' as const, agencyId: 'a1' };
  const draft: ReportState = { agencyId: 'a1', year: 2026, version: 1, status: 'draft', history: [], score: null };

  it('names the empty sections in report order', () => {
    expect(emptyNarrativeSections({ basics: lexicalParagraphs('有'), practices: lexicalParagraphs('  ') })).toEqual(['二、主要做法和成效', '三、存在的问题和不足', '四、下一步工作打算']);
  });

  it('refuses to submit while a section is empty, in Chinese', () => {
    const refused = reportTransition({ ...draft, emptySections: ['三、存在的问题和不足'] }, 'submit', editor, new Date());
    expect(refused).toEqual({ ok: false, error: '报告的“三、存在的问题和不足”尚未填写，请填写后再提交审核' });
    expect(reportTransition({ ...draft, emptySections: [] }, 'submit', editor, new Date()).ok).toBe(true);
  });
});
