import type { Field } from 'payload';
import { agencyIdOf, hasRole } from '../access/roles';

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
  hooks: {
    beforeChange: [
      ({ req, value }) => {
        if (hasRole(req.user, 'agency-editor')) return agencyIdOf(req.user);
        return value;
      },
    ],
  },
});
