import type { Access } from 'payload';
import { relationId } from '../relation';
import { agencyIdOf, hasRole } from './roles';

/**
 * Exam accommodations: admins for anyone; an agency editor only records of their own unit, and
 * only for a learner of their unit when the data names one (the collection's hook checks the
 * learner again on every save). Learners and other staff never.
 */
export const adminOrUnitEditorOfLearner: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'admin')) return true;
  const agency = agencyIdOf(req.user);
  if (!hasRole(req.user, 'agency-editor') || agency == null) return false;
  const learnerId = relationId((data as { learner?: number | { id: number } } | undefined)?.learner);
  if (learnerId != null) {
    const learner = await req.payload.findByID({ collection: 'learners', id: learnerId, depth: 0, overrideAccess: true }).catch(() => null);
    if (!learner || relationId(learner.unit) !== agency) return false;
  }
  return { unit: { equals: agency } };
};
