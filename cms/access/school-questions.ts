import type { Access, Where } from 'payload';
import { agencyIdOf, hasRole } from './roles';

/**
 * Editing or deleting questions: curators the whole bank; a teacher only the questions of their
 * own school (pool `school`, a query constraint). Practice and exam questions stay with curators.
 */
export const curatorsOrOwnSchoolQuestions: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer')) return true;
  const school = agencyIdOf(req.user);
  if (!hasRole(req.user, 'teacher') || school == null) return false;
  const own: Where = { and: [{ pool: { equals: 'school' } }, { school: { equals: school } }] };
  return own;
};
