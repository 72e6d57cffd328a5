import type { Payload } from 'payload';
import { computeReportFigures } from '../../../core/agency/report';
import { type ReportRubric, reportRubric } from '../../../core/agency/report-rubric';
import type { ReportFigures, LearningRecords } from '../../../core/agency/report-types';
import { readReportRecords, reportInputFrom } from '../../agency/report-input';
import { unitReport } from '../../learning/unit-report';

/** Officials' study and exam outcomes of one agency × year (aggregates, no names), as the site reads them. */
export async function officialsLearning(payload: Payload, agency: string, year: number): Promise<LearningRecords | undefined> {
  const rows = (await unitReport(payload, agency, year)).rows.filter((r) => r.audience === 'officials');
  if (!rows.length) return undefined;
  return {
    officials: rows.map((r) => ({ id: String(r.id), completed: r.hours >= r.requiredHours && r.passed })),
    exams: rows.filter((r) => r.bestScore !== null).map((r) => ({ id: String(r.id), passed: r.passed })),
  };
}

/** The day figures are counted to: the end of the report year, or today for the current year. */
export function reportAsOf(year: number, today = new Date().toISOString().slice(0, 10)): string {
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

/**
 * The report's figures and the rubric's suggestion, from the published records only — what the
 * public page shows, so the 评议 is checked against the same numbers the public reads.
 */
export async function rubricForReport(payload: Payload, agency: string, year: number): Promise<{ figures: ReportFigures; rubric: ReportRubric }> {
  const [records, learning] = await Promise.all([readReportRecords(payload, { drafts: false }, year), officialsLearning(payload, agency, year)]);
  const figures = computeReportFigures({ ...reportInputFrom(records, year, reportAsOf(year), { drafts: false }), agencyId: agency, learning });
  return { figures, rubric: reportRubric(figures) };
}
