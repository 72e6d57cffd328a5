import type { Access } from 'payload';
import { agencyIdOf, hasRole } from './roles';

/**
 * Classroom records (quiz sets, class sessions, their answers): admins see all; a teacher only
 * those of the school they are bound to (a query constraint on `school`); a teacher with no
 * school sees none; nobody else.
 */
export const adminOrOwnSchool: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  const school = agencyIdOf(req.user);
  return hasRole(req.user, 'teacher') && school != null ? { school: { equals: school } } : false;
};
