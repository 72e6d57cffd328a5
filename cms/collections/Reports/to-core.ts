import type { ReportState } from '../../../core/agency/report-workflow';
import type { ReviewEvent } from '../../../core/agency/types';
import { relationKey } from '../../relation';

/** The workflow view of a stored report. */
export function reportStateOf(doc: Record<string, unknown>): ReportState {
  return {
    agencyId: relationKey(doc.agency),
    year: Number(doc.year),
    version: Number(doc.version ?? 1),
    status: (doc.status as ReportState['status']) ?? 'draft',
    history: Array.isArray(doc.history) ? (doc.history as ReviewEvent[]) : [],
    score: doc.score == null ? null : Number(doc.score),
  };
}
