import type { Access, Where } from 'payload';
import { agencyIdOf, hasRole } from './roles';

/** Only agency editors open records their agency answers for (the 普法办 reviews, it does not author). */
export const agencyEditorsOnly: Access = ({ req }) => hasRole(req.user, 'agency-editor');

/**
 * Admins delete any report; an agency editor only their own agency's drafts and returned
 * reports — never one under review, published or evaluated. A query constraint, so the
 * database decides, and a refused delete is a 403.
 */
export const reportDeleters: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  const agency = agencyIdOf(req.user);
  if (!hasRole(req.user, 'agency-editor') || agency == null) return false;
  const own: Where = { agency: { equals: agency } };
  return { and: [own, { status: { in: ['draft', 'returned'] } }] };
};
