import type { Access } from 'payload';
import { agencyIdOf, hasRole } from './roles';

/** Admins, and teachers bound to a school (the record is pinned to that school on save). */
export const adminOrSchoolTeacher: Access = ({ req }) =>
  hasRole(req.user, 'admin') || (hasRole(req.user, 'teacher') && agencyIdOf(req.user) != null);
