import type { Actor, ResponsibilityList } from '../../../core/agency/types';
import { agencyIdOf, isStaff } from '../../access/roles';
import type { ResponsibilityList as ListDoc } from '../../payload-types';
import { reviewStateOf } from '../../agency/review-state';

/** The request user as a workflow actor, or null for anonymous/learners. */
export function actorOf(user: unknown): Actor | null {
  if (!isStaff(user) || !user.role) return null;
  const agency = agencyIdOf(user);
  return { id: String(user.id), role: user.role, agencyId: agency == null ? null : String(agency) };
}

/** The fields of a stored list the workflow reads. */
export type ListWorkflowFields = Pick<ListDoc, 'agency' | 'year' | 'version' | 'status' | 'history'>;

/** The workflow view of a stored list (items are not needed for status transitions). */
export function coreListOf(doc: ListWorkflowFields): ResponsibilityList {
  return { ...reviewStateOf(doc), items: [] };
}
