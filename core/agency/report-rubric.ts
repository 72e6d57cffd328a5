/**
 * The 评议 rubric: a suggested score out of 100 computed from the report's figures, shown to
 * the reviewer beside the score field and on the public page. The reviewer decides the score;
 * when its grade departs from the suggested grade, a written reason (评议说明) is required.
 *
 * Components (points): 清单完成 40 (items done of the published list), 主题活动 20 (10 for
 * campaigns, one a month earns full marks; 10 for the key dates the agency leads acted on),
 * 干部学法 25 (15 study completion, 10 exam pass rate), 佐证材料 15 (items with evidence).
 */
import { type Grade, gradeForScore } from './evaluation';
import type { ReportFigures } from './report-types';

/** One rubric line: points earned of `max`, and the figures it was computed from. */
export interface RubricComponent {
  key: 'list' | 'campaigns' | 'learning' | 'evidence';
  label: string;
  points: number;
  max: number;
  /** Chinese, e.g. "已完成 1/4 项（25%）". */
  basis: string;
}

/** The rubric's suggestion for one report. */
export interface ReportRubric {
  components: RubricComponent[];
  score: number;
  grade: Grade;
}

/** Campaigns in a year that earn the campaign count's full marks (one a month). */
export const CAMPAIGNS_FOR_FULL_MARKS = 12;

const tenth = (n: number) => Math.round(n * 10) / 10;
const share = (n: number, d: number) => (d > 0 ? Math.min(1, n / d) : 0);
const pct = (rate: number) => `${Math.round(rate * 100)}%`;

function listComponent(f: ReportFigures): RubricComponent {
  const max = 40;
  if (f.list.state !== 'published') return { key: 'list', label: '清单完成', points: 0, max, basis: '年度责任清单未发布' };
  const done = f.items.done.value;
  const total = f.items.total.value;
  const rate = share(done, total);
  return { key: 'list', label: '清单完成', points: tenth(max * rate), max, basis: `已完成 ${done}/${total} 项（${pct(rate)}）` };
}

function campaignComponent(f: ReportFigures): RubricComponent {
  const count = f.campaigns.count.value;
  const acted = f.keyDates.actedOn.length;
  const due = acted + f.keyDates.missed.length;
  // Key dates not yet due (or none led) do not cost points.
  const keyRate = due ? acted / due : 1;
  const points = tenth(10 * share(count, CAMPAIGNS_FOR_FULL_MARKS) + 10 * keyRate);
  const keyText = due ? `牵头时间节点开展 ${acted}/${due} 个` : '无到期的牵头时间节点';
  return { key: 'campaigns', label: '主题活动', points, max: 20, basis: `主题活动 ${count} 场（${CAMPAIGNS_FOR_FULL_MARKS} 场得满分），${keyText}` };
}

function learningComponent(f: ReportFigures): RubricComponent {
  const completion = f.learning?.completionRate.value;
  const pass = f.learning?.examPassRate.value;
  if (completion == null && pass == null) return { key: 'learning', label: '干部学法', points: 0, max: 25, basis: '没有国家工作人员学法记录' };
  const points = tenth((15 * (completion ?? 0)) / 100 + (10 * (pass ?? 0)) / 100);
  const text = (v: number | null | undefined) => (v == null ? '—' : `${v}%`);
  return { key: 'learning', label: '干部学法', points, max: 25, basis: `学时与考试完成率 ${text(completion)}，考试通过率 ${text(pass)}` };
}

function evidenceComponent(f: ReportFigures): RubricComponent {
  const max = 15;
  const total = f.items.total.value;
  if (f.list.state !== 'published' || total === 0) return { key: 'evidence', label: '佐证材料', points: 0, max, basis: '没有已发布的清单事项' };
  const withEvidence = total - f.items.withoutEvidence.value;
  const rate = share(withEvidence, total);
  const broken = f.items.brokenEvidence.sources.length;
  const brokenText = broken ? `，${broken} 项引用了不存在的记录` : '';
  return { key: 'evidence', label: '佐证材料', points: tenth(max * rate), max, basis: `${withEvidence}/${total} 项有佐证（${pct(rate)}）${brokenText}` };
}

/** The suggested score and grade for a report, from its figures alone; pure. */
export function reportRubric(figures: ReportFigures): ReportRubric {
  const components = [listComponent(figures), campaignComponent(figures), learningComponent(figures), evidenceComponent(figures)];
  const score = tenth(components.reduce((sum, c) => sum + c.points, 0));
  const graded = gradeForScore(score);
  return { components, score, grade: graded.ok ? graded.grade : '不合格' };
}

/**
 * Why a 评议 may not be saved as it is, or null: a grade that departs from the rubric's
 * suggestion needs a reason (评议说明) that the public page shows beside it.
 */
export function rubricDepartureError(input: { grade: Grade; rubric: Pick<ReportRubric, 'score' | 'grade'>; reason?: string | null }): string | null {
  if (input.grade === input.rubric.grade || (input.reason ?? '').trim()) return null;
  return `评议等次“${input.grade}”与评分细则建议的“${input.rubric.grade}”（${input.rubric.score}分）不一致，请填写评议说明`;
}
