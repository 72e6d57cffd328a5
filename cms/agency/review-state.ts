import type { Report, ResponsibilityList } from '../payload-types';
import { relationKey } from '../relation';

/** The stored fields every reviewed record (a responsibility list or an annual report) carries. */
export type ReviewedFields =
  | Pick<ResponsibilityList, 'agency' | 'year' | 'version' | 'status' | 'history'>
  | Pick<Report, 'agency' | 'year' | 'version' | 'status' | 'history'>;

/** The review-workflow view shared by lists and reports: a new record is version 1, a draft, with no history. */
export function reviewStateOf(doc: ReviewedFields) {
  return {
    agencyId: relationKey(doc.agency),
    year: doc.year,
    version: doc.version ?? 1,
    status: doc.status ?? 'draft',
    history: Array.isArray(doc.history) ? doc.history : [],
  };
}
