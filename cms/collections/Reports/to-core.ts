import type { ReportState } from '../../../core/agency/report-workflow';
import type { Report } from '../../payload-types';
import { relationKey } from '../../relation';

/** The fields of a stored report the workflow reads. */
export type ReportWorkflowFields = Pick<Report, 'agency' | 'year' | 'version' | 'status' | 'history' | 'score'>;

/** The workflow view of a stored report. */
export function reportStateOf(doc: ReportWorkflowFields): ReportState {
  return {
    agencyId: relationKey(doc.agency),
    year: doc.year,
    version: doc.version ?? 1,
    status: doc.status ?? 'draft',
    history: Array.isArray(doc.history) ? doc.history : [],
    score: doc.score ?? null,
  };
}
