import type { ReportState } from '../../../core/agency/report-workflow';
import type { Report } from '../../payload-types';
import { reviewStateOf } from '../../agency/review-state';

/** The fields of a stored report the workflow reads. */
export type ReportWorkflowFields = Pick<Report, 'agency' | 'year' | 'version' | 'status' | 'history' | 'score'>;

/** The workflow view of a stored report. */
export function reportStateOf(doc: ReportWorkflowFields): ReportState {
  return { ...reviewStateOf(doc), score: doc.score ?? null };
}
