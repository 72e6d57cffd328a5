import type { Access } from 'payload';
import { agencyIdOf, hasRole } from './roles';

/**
 * Unit invitation codes: admins (普法办) for every unit; an agency editor only their own unit's
 * codes. Reviewers, teachers, learners and strangers never see or change a code.
 */
export const adminOrOwnUnitEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  const agency = agencyIdOf(req.user);
  return hasRole(req.user, 'agency-editor') && agency != null ? { unit: { equals: agency } } : false;
};
