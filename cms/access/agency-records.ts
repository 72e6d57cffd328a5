import type { Access, Where } from 'payload';
import { agencyIdOf, hasRole } from './roles';

/**
 * Records with a publication state (lists, reports): everyone reads published ones; an agency
 * editor also reads their own agency's drafts; reviewers and admins read all.
 */
export const publishedOrOwnAgency: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer')) return true;
  const published: Where = { status: { equals: 'published' } };
  const agency = agencyIdOf(req.user);
  if (hasRole(req.user, 'agency-editor') && agency != null) {
    return { or: [published, { agency: { equals: agency } }] };
  }
  return published;
};

/** Admins, reviewers (workflow actions), and the owning agency's editors. */
export const reviewersOrOwnAgency: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'reviewer')) return true;
  const agency = agencyIdOf(req.user);
  return hasRole(req.user, 'agency-editor') && agency != null ? { agency: { equals: agency } } : false;
};

/** Admins and agency editors may create; the owning-agency field pins editors to their own. */
export const adminOrEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'agency-editor');
