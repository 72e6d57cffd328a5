import type { Actor, ResponsibilityList, ReviewEvent } from '../../../core/agency/types';
import { agencyIdOf, isStaff } from '../../access/roles';
import { relationKey as idOf } from '../../relation';

/** The request user as a workflow actor, or null for anonymous/learners. */
export function actorOf(user: unknown): Actor | null {
  if (!isStaff(user) || !user.role) return null;
  const agency = agencyIdOf(user);
  return { id: String(user.id), role: user.role, agencyId: agency == null ? null : String(agency) };
}

/** The workflow view of a stored list (items are not needed for status transitions). */
export function coreListOf(doc: Record<string, unknown>): ResponsibilityList {
  return {
    agencyId: idOf(doc.agency),
    year: Number(doc.year),
    version: Number(doc.version ?? 1),
    status: (doc.status as ResponsibilityList['status']) ?? 'draft',
    items: [],
    history: Array.isArray(doc.history) ? (doc.history as ReviewEvent[]) : [],
  };
}
