import type { Access, Where } from 'payload';
import type { Learner } from '../payload-types';
import { agencyIdOf, hasRole } from './roles';

/** True for a logged-in learner (the `learners` auth collection), never staff. */
export const isLearner = (user: unknown): user is Learner =>
  typeof user === 'object' && user !== null && (user as { collection?: string }).collection === 'learners';

/** Admins update any learner account; a learner only their own. */
export const adminOrOwnLearnerAccount: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  if (isLearner(req.user)) return { id: { equals: req.user.id } };
  return false;
};

/**
 * Learner-owned records: the learner sees their own (`ownerField` equals them); an agency
 * editor sees records of their own unit; admins and reviewers see all. Nobody else.
 */
export const ownOrUnitRecords =
  (ownerField: string, unitField = 'unit'): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin', 'reviewer')) return true;
    if (isLearner(req.user)) return { [ownerField]: { equals: req.user.id } } as Where;
    const agency = agencyIdOf(req.user);
    if (hasRole(req.user, 'agency-editor') && agency != null) return { [unitField]: { equals: agency } } as Where;
    return false;
  };
