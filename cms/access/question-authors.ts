import type { Access } from 'payload';
import { agencyIdOf, hasRole } from './roles';

/**
 * Creating questions: curators, and teachers bound to a school, whose questions the Questions
 * collection pins to pool `school` and to that school on save (a forged pool has no effect).
 */
export const questionAuthors: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'reviewer') || (hasRole(req.user, 'teacher') && agencyIdOf(req.user) != null);
