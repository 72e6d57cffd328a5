import { emptyNarrativeSections, type ReportState } from '../../../core/agency/report-workflow';
import type { Report } from '../../payload-types';
import { reviewStateOf } from '../../agency/review-state';

/** The narrative sections as stored (rich text), in core's section keys. */
export type ReportNarrativeFields = Pick<Report, 'basics' | 'practices' | 'problems' | 'plans'>;

/** The fields of a stored report the workflow reads. */
export type ReportWorkflowFields = Pick<Report, 'agency' | 'year' | 'version' | 'status' | 'history' | 'score'> & Partial<ReportNarrativeFields>;

/** The stored sections in core's shape (core/agency/report-types.ts NARRATIVE_SECTIONS). */
export const narrativesOf = (doc: Partial<ReportNarrativeFields>) => ({ basics: doc.basics, practices: doc.practices, problems: doc.problems, plans: doc.plans });

/** The workflow view of a stored report (with the sections still to write). */
export function reportStateOf(doc: ReportWorkflowFields): ReportState {
  return { ...reviewStateOf(doc), score: doc.score ?? null, emptySections: emptyNarrativeSections(narrativesOf(doc)) };
}
