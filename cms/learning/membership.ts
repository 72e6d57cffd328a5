/**
 * Unit membership of learners: joining by invitation code (sign-up or later), or asking to join
 * and waiting for the unit's editor or the 普法办 to confirm. Only confirmed members count in
 * unit statistics (unit report, city completion, unit leaderboard).
 */
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, type Where } from 'payload';
import { INVITATION_REFUSED, invitationClosed, normalizeInvitationCode } from '../../core/learning/membership';
import { agencyIdOf, hasRole } from '../access/roles';
import type { Learner, UnitInvitation } from '../payload-types';
import { type DocId, relationId } from '../relation';
import { enforceRateLimit, refundRateLimit } from '../security/rate-limit';

const CODE_KEY = 'pufaInvitationCode';
/** Set by server code that has already decided the membership (the join and confirm endpoints). */
export const MEMBERSHIP_DECIDED = 'pufaMembershipDecided';

/** The `where` that keeps only a unit's confirmed members. */
export const confirmedMembersOf = (unit: DocId | string): Where => ({ and: [{ unit: { equals: unit } }, { membership: { equals: 'confirmed' } }] });

/**
 * Checks `raw` and counts one use, inside the request's transaction. Wrong, expired, used-up and
 * revoked codes get one answer (400), and failures are rate limited per address and account, so
 * codes cannot be enumerated; a success gives its count back.
 */
export async function redeemInvitation(req: PayloadRequest, raw: unknown, account?: string): Promise<UnitInvitation> {
  const code = normalizeInvitationCode(raw);
  enforceRateLimit(req, 'invitation-code', account ?? null);
  const found = code
    ? (await req.payload.find({ collection: 'unit-invitations', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    : undefined;
  if (!found || invitationClosed(found, new Date()) || relationId(found.unit) == null) throw new APIError(INVITATION_REFUSED, 400);
  await req.payload.update({ collection: 'unit-invitations', id: found.id, data: { uses: (found.uses ?? 0) + 1 }, overrideAccess: true, req, depth: 0 });
  refundRateLimit(req, 'invitation-code', account ?? null);
  return found;
}

/** `beforeOperation` on learners: an `invitationCode` in a sign-up is taken out of the data (not a field). */
export const takeInvitationCode: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data;
  if (data && 'invitationCode' in data) {
    if (operation === 'create' && data.invitationCode) req.context[CODE_KEY] = data.invitationCode;
    delete data.invitationCode;
  }
  return args;
};

/**
 * `beforeChange` on learners. A learner or stranger never decides their own membership: signing up
 * with a valid code makes them a confirmed member of the code's unit; naming a unit without one,
 * or moving to another unit, makes them pending. An editor may confirm only for their own unit;
 * admins and server code (seed, scripts, the membership endpoints) set it as given, server code
 * creating a learner in a unit meaning a confirmed member. No unit, no membership.
 */
export const applyMembership: CollectionBeforeChangeHook<Learner> = async ({ data, req, operation, originalDoc }) => {
  const next = { ...data };
  // Server code (seed, scripts: the Local API without a user) is trusted; an anonymous HTTP sign-up is not.
  const serverCode = req.payloadAPI === 'local' && !req.user;
  const trusted = serverCode || hasRole(req.user, 'admin') || req.context[MEMBERSHIP_DECIDED] === true;
  const code = operation === 'create' ? req.context[CODE_KEY] : undefined;
  const unitOf = () => relationId('unit' in next ? next.unit : operation === 'update' ? originalDoc?.unit : undefined);
  if (code) {
    const invitation = await redeemInvitation(req, code);
    next.unit = relationId(invitation.unit);
    next.membership = 'confirmed';
    next.invitation = invitation.id;
  } else if (serverCode && operation === 'create' && next.membership == null) {
    next.membership = 'confirmed';
  } else if (!trusted) {
    const unit = unitOf();
    const unchanged = operation === 'update' && unit === relationId(originalDoc?.unit);
    const ownUnitEditor = hasRole(req.user, 'agency-editor') && unit != null && unit === agencyIdOf(req.user);
    if (unchanged) {
      next.membership = originalDoc?.membership;
      next.invitation = relationId(originalDoc?.invitation) ?? null;
    } else {
      next.membership = ownUnitEditor && next.membership === 'confirmed' ? 'confirmed' : 'pending';
      next.invitation = null;
    }
  }
  if (unitOf() == null) {
    next.membership = null;
    next.invitation = null;
  }
  return next;
};
