import type { Field, FieldHook, TypeWithID } from 'payload';
import { agencyIdOf, hasRole } from '../access/roles';
import type { Agency } from '../payload-types';

type AgencyRef = Agency['id'] | Agency | null | undefined;

/** An agency editor's records always belong to the editor's own agency. */
const editorsOwnAgency: FieldHook<TypeWithID, AgencyRef> = ({ req, value }) => (hasRole(req.user, 'agency-editor') ? agencyIdOf(req.user) : value);

/**
 * The agency that owns a record. An agency editor cannot choose it: the server sets it to
 * the editor's own agency on every write, so a forged `agency` in a request has no effect.
 */
export const owningAgencyField = (): Field => ({
  name: 'agency',
  label: '所属单位',
  type: 'relationship',
  relationTo: 'agencies',
  index: true,
  admin: { position: 'sidebar' },
  hooks: { beforeChange: [editorsOwnAgency] },
});
