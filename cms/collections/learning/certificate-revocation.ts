import { APIError, type CollectionBeforeChangeHook } from 'payload';
import type { Certificate } from '../../payload-types';

/**
 * Revocation by an admin: writing a reason (撤销原因) stamps who and when; a revoked certificate
 * stays revoked (the reason can be corrected, never cleared), so /verify/ keeps saying 已撤销.
 */
export const stampRevocation: CollectionBeforeChangeHook<Certificate> = ({ data, originalDoc, req }) => {
  const before = originalDoc?.revocationReason?.trim() ?? '';
  const reason = data.revocationReason === undefined ? before : (data.revocationReason ?? '').trim();
  if (before && !reason) throw new APIError('证书已撤销，不能恢复；如需重新发证请联系管理员', 400);
  if (!reason) return { ...data, revokedAt: null, revokedBy: null };
  if (before) return { ...data, revocationReason: reason, revokedAt: originalDoc?.revokedAt, revokedBy: originalDoc?.revokedBy };
  return { ...data, revocationReason: reason, revokedAt: new Date().toISOString(), revokedBy: req.user?.collection === 'users' ? req.user.id : null };
};
