import type { Learner } from '../payload-types';
import { relationId } from '../relation';
import { agencyIdOf, hasRole } from './roles';

/** The accounts a one-time reset code can be issued for. */
export type ResettableAccount =
  | Pick<Learner, 'collection' | 'unit'>
  | { collection: 'users' };

/**
 * Who may issue a one-time password-reset code: admins for any learner or staff account; an
 * agency editor only for a learner whose unit is the editor's own agency. Nobody else.
 */
export function mayIssueResetCode(user: unknown, account: ResettableAccount): boolean {
  if (hasRole(user, 'admin')) return true;
  if (account.collection !== 'learners' || !hasRole(user, 'agency-editor')) return false;
  const agency = agencyIdOf(user);
  const unit = relationId(account.unit);
  return agency != null && unit != null && String(agency) === String(unit);
}
