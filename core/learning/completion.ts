/**
 * City-wide study completion: per unit, how many learners met the year's required 学时 and how
 * many passed the annual exam, with the learners behind each figure; and the same as sheet rows.
 */
import { AUDIENCE_TITLES, isAudience } from '../vocabulary/learning';

/** One learner's year as the unit report computes it. */
export interface CompletionLearner {
  name: string;
  audience: string;
  hours: number;
  requiredHours: number;
  passed: boolean;
  bestScore: number | null;
}

/** One unit's figures. Rates are over the unit's learners; null when it has none. */
export interface UnitCompletion {
  unitId: string;
  unitName: string;
  learners: CompletionLearner[];
  /** Learners whose credited 学时 reach the requirement (a learner with none required counts as met). */
  studyDone: number;
  examPassed: number;
  studyRate: number | null;
  passRate: number | null;
}

/** Whether a learner has met the year's required 学时. */
export const studyMet = (l: CompletionLearner): boolean => l.hours >= l.requiredHours;

/** A unit's completion figures from its learners. */
export function unitCompletion(unitId: string, unitName: string, learners: CompletionLearner[]): UnitCompletion {
  const studyDone = learners.filter(studyMet).length;
  const examPassed = learners.filter((l) => l.passed).length;
  const rate = (n: number) => (learners.length ? n / learners.length : null);
  return { unitId, unitName, learners, studyDone, examPassed, studyRate: rate(studyDone), passRate: rate(examPassed) };
}

/** Sheet rows (header first): one row per learner, under their unit, for CSV/XLSX export. */
export function completionSheet(units: readonly UnitCompletion[]): string[][] {
  const header = ['单位', '姓名', '学习路径', '已修学时', '应修学时', '学时达标', '考试最高分', '考试通过'];
  const rows = units.flatMap((u) =>
    u.learners.map((l) => [
      u.unitName,
      l.name,
      isAudience(l.audience) ? AUDIENCE_TITLES[l.audience] : l.audience,
      String(l.hours),
      String(l.requiredHours),
      studyMet(l) ? '是' : '否',
      l.bestScore === null ? '' : String(l.bestScore),
      l.passed ? '是' : '否',
    ]),
  );
  return [header, ...rows];
}
