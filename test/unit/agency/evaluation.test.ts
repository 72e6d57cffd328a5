import { describe, expect, it } from 'vitest';
import {
  GRADE_THRESHOLDS,
  evaluate,
  gradeForScore,
  parseScore,
  validateEvaluation,
} from '../../../core/agency/evaluation';
import { NOW } from './fixtures';

describe('gradeForScore', () => {
  it('grades at and just below each threshold', () => {
    const cases: [number, string][] = [
      [100, '优秀'],
      [90, '优秀'],
      [89.9, '良好'],
      [80, '良好'],
      [79.9, '合格'],
      [60, '合格'],
      [59.9, '不合格'],
      [0, '不合格'],
    ];
    for (const [score, grade] of cases) expect(gradeForScore(score), String(score)).toEqual({ ok: true, grade });
  });

  it('keeps thresholds in one constant, best first', () => {
    expect(GRADE_THRESHOLDS.map((t) => [t.grade, t.min])).toEqual([
      ['优秀', 90],
      ['良好', 80],
      ['合格', 60],
      ['不合格', 0],
    ]);
  });

  it('rejects scores outside 0–100, non-numbers and more than one decimal', () => {
    expect(gradeForScore(-1)).toEqual({ ok: false, error: '分数应在0到100之间' });
    expect(gradeForScore(100.5)).toEqual({ ok: false, error: '分数应在0到100之间' });
    expect(gradeForScore(Number.NaN)).toEqual({ ok: false, error: '分数必须是数字' });
    expect(gradeForScore(Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(gradeForScore('90' as unknown as number).ok).toBe(false);
    expect(gradeForScore(89.95)).toEqual({ ok: false, error: '分数最多保留一位小数' });
  });
});

describe('evaluate and validateEvaluation', () => {
  it('derives the grade from the score and stamps the time', () => {
    const r = evaluate(
      { agencyId: 'scjg', year: 2026, score: 86.5, evaluatorId: 'u-admin', comment: ' 材料齐全 ' },
      NOW,
    );
    expect(r).toEqual({
      ok: true,
      evaluation: {
        agencyId: 'scjg',
        year: 2026,
        score: 86.5,
        grade: '良好',
        evaluatorId: 'u-admin',
        evaluatedAt: NOW.toISOString(),
        comment: '材料齐全',
      },
    });
  });

  it('refuses a bad score, year or time', () => {
    const input = { agencyId: 'scjg', year: 2026, score: 101, evaluatorId: 'u' };
    expect(evaluate(input, NOW)).toEqual({ ok: false, error: '分数应在0到100之间' });
    expect(evaluate({ ...input, score: 80, year: 1999 }, NOW)).toEqual({ ok: false, error: '年度无效' });
    expect(evaluate({ ...input, score: 80 }, new Date('x'))).toEqual({ ok: false, error: '评议时间无效' });
  });

  it('flags a stored grade that does not match its score', () => {
    expect(validateEvaluation({ score: 91, grade: '优秀' })).toEqual([]);
    expect(validateEvaluation({ score: 79, grade: '良好' })).toEqual(['分数79对应等次为“合格”，不是“良好”']);
    expect(validateEvaluation({ score: 120, grade: '优秀' })).toEqual(['分数应在0到100之间']);
  });

  it('parses scores typed in a form, full-width digits included', () => {
    expect(parseScore(' 85.5 ')).toBe(85.5);
    expect(parseScore('９０')).toBe(90);
    expect(parseScore('八十')).toBeNaN();
    expect(parseScore('')).toBeNaN();
    expect(parseScore('-5')).toBeNaN();
  });
});
