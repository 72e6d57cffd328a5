import type { FieldAccess } from 'payload';
import { relationId } from '../relation';
import { agencyIdOf, hasRole } from './roles';

/**
 * A field on a learner that only admins and the editor of that learner's unit may write (unit
 * membership): never the learner themselves, never another unit's editor.
 */
export const adminOrUnitEditorField: FieldAccess = ({ req, doc, siblingData }) => {
  if (hasRole(req.user, 'admin')) return true;
  const agency = agencyIdOf(req.user);
  if (!hasRole(req.user, 'agency-editor') || agency == null) return false;
  const unit = relationId((siblingData as { unit?: number | { id: number } } | undefined)?.unit ?? (doc as { unit?: number | { id: number } } | undefined)?.unit);
  return unit === agency;
};
