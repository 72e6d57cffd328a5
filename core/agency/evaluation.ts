/**
 * 评议: a score out of 100 and the grade it earns. The grade is always derived from the
 * score (never typed separately), so the two cannot disagree.
 */

/** The four grades, best first. */
export const GRADES = ['优秀', '良好', '合格', '不合格'] as const;
/** One evaluation grade. */
export type Grade = (typeof GRADES)[number];

/** Lowest score of each grade (优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格), best first. */
export const GRADE_THRESHOLDS: readonly { grade: Grade; min: number }[] = [
  { grade: '优秀', min: 90 },
  { grade: '良好', min: 80 },
  { grade: '合格', min: 60 },
  { grade: '不合格', min: 0 },
];

/** Highest possible score. */
export const MAX_SCORE = 100;

/** A saved evaluation of one agency × year. */
export interface Evaluation {
  agencyId: string;
  year: number;
  score: number;
  grade: Grade;
  evaluatorId: string;
  /** ISO timestamp. */
  evaluatedAt: string;
  comment?: string;
}

/** Why a score is not acceptable, or null: 0–100 with at most one decimal. */
export function scoreError(score: unknown): string | null {
  if (typeof score !== 'number' || !Number.isFinite(score)) return '分数必须是数字';
  if (score < 0 || score > MAX_SCORE) return `分数应在0到${MAX_SCORE}之间`;
  // Compare in tenths so that 89.9 passes despite binary floating point.
  if (Math.abs(score * 10 - Math.round(score * 10)) > 1e-9) return '分数最多保留一位小数';
  return null;
}

/** The grade a valid score earns, or a Chinese error. */
export function gradeForScore(score: number): { ok: true; grade: Grade } | { ok: false; error: string } {
  const error = scoreError(score);
  if (error) return { ok: false, error };
  const hit = GRADE_THRESHOLDS.find((t) => score >= t.min);
  return { ok: true, grade: hit?.grade ?? '不合格' };
}

/** Reads a score typed in a form ('85', '85.5', full-width digits); NaN when not a number. */
export function parseScore(text: string): number {
  const s = text.normalize('NFKC').trim();
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** Builds an evaluation with its derived grade, or a Chinese error. */
export function evaluate(
  input: { agencyId: string; year: number; score: number; evaluatorId: string; comment?: string },
  now: Date,
): { ok: true; evaluation: Evaluation } | { ok: false; error: string } {
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) return { ok: false, error: '年度无效' };
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return { ok: false, error: '评议时间无效' };
  const graded = gradeForScore(input.score);
  if (!graded.ok) return graded;
  const evaluation: Evaluation = {
    agencyId: input.agencyId,
    year: input.year,
    score: input.score,
    grade: graded.grade,
    evaluatorId: input.evaluatorId,
    evaluatedAt: now.toISOString(),
  };
  const comment = input.comment?.trim();
  if (comment) evaluation.comment = comment;
  return { ok: true, evaluation };
}

/** Problems with a stored evaluation (bad score, or a grade that does not match it). */
export function validateEvaluation(e: Pick<Evaluation, 'score' | 'grade'>): string[] {
  const graded = gradeForScore(e.score);
  if (!graded.ok) return [graded.error];
  return graded.grade === e.grade ? [] : [`分数${e.score}对应等次为“${graded.grade}”，不是“${e.grade}”`];
}
