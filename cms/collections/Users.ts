import type { CollectionConfig } from 'payload';
import { ROLE_LABELS, STAFF_ROLES } from '../access/roles';
import { adminFieldOnly, adminOnly, adminOrSelf } from '../access/rules';
import { accountGuards, loginSucceeded } from '../auth/account-hooks';
import { authEndpoints } from '../auth/auth-endpoints';
import { accountSecurityFields } from '../auth/account-fields';
import { requiredWhen } from '../fields/validators';

/** Staff accounts (普法办, agency editors, reviewers, teachers). Learners are separate. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '工作人员', plural: '工作人员' },
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: { group: '机构与人员', useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'agency'] },
  // Only admins lift a lockout (any staff account could, so the lockout was no limit).
  access: { read: adminOrSelf, create: adminOnly, update: adminOrSelf, delete: adminOnly, unlock: adminOnly },
  // Password reset by one-time code or e-mail, replacing Payload's forgot/reset (cms/auth/).
  endpoints: authEndpoints('users'),
  hooks: { beforeOperation: [accountGuards('users')], afterLogin: [loginSucceeded('users')] },
  fields: [
    { name: 'name', label: '姓名', type: 'text', required: true },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'teacher',
      saveToJWT: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      options: STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
    },
    {
      name: 'agency',
      label: '所属单位',
      type: 'relationship',
      relationTo: 'agencies',
      saveToJWT: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      // An editor without an agency could match no records and would be a silent dead end.
      validate: requiredWhen((user) => user.role === 'agency-editor', '单位编辑必须绑定一个单位'),
    },
    ...accountSecurityFields('users'),
  ],
};
