import type { Access, FieldAccess, Where } from 'payload';
import { agencyIdOf, hasRole, isStaff } from './roles';

/** Anyone, including anonymous visitors (published reference data: laws, agencies). */
export const anyone: Access = () => true;

/** Only 普法办 administrators. */
export const adminOnly: Access = ({ req }) => hasRole(req.user, 'admin');

/** Any logged-in staff member. */
export const staffOnly: Access = ({ req }) => isStaff(req.user);

/** Staff who curate learning content: admins and reviewers. */
export const contentCurators: Access = ({ req }) => hasRole(req.user, 'admin', 'reviewer');

/** Staff who may read the question bank (answer keys): never anonymous, never learners. */
export const questionBankReaders: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'reviewer', 'teacher');

/**
 * Questions: curators read the whole bank; teachers only the practice pool, whose keys are
 * published with the lessons anyway, and their own school's questions. Exam keys stay with the
 * 普法办 (a query constraint, so lists, counts and single reads all filter in the database).
 */
export const practicePoolForTeachers: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer')) return true;
  if (!hasRole(req.user, 'teacher')) return false;
  const school = agencyIdOf(req.user);
  const practice: Where = { pool: { equals: 'practice' } };
  return school == null ? practice : { or: [practice, { and: [{ pool: { equals: 'school' } }, { school: { equals: school } }] }] };
};

/**
 * Admins see every record; an agency editor only records whose `agency` is theirs.
 * Returned as a query constraint so the database filters, not the client.
 */
export const adminOrOwnAgency: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  const agency = agencyIdOf(req.user);
  if (hasRole(req.user, 'agency-editor') && agency != null) {
    return { agency: { equals: agency } };
  }
  return false;
};

/** Admins see all users; everyone else only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  if (isStaff(req.user)) return { id: { equals: req.user.id } };
  return false;
};

/** Field-level: only admins may change this field (e.g. a user's role or agency). */
export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin');

/** Field-level: only admins and reviewers may read this field (e.g. an exam paper's keys). */
export const reviewersFieldOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'reviewer');
