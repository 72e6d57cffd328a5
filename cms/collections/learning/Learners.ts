import type { CollectionAfterChangeHook, CollectionConfig } from 'payload';
import { existingRelation, timeZone } from '../../fields/validators';
import { adminOnly, anyone } from '../../access/rules';
import { adminOrOwnLearnerAccount, ownOrUnitRecords } from '../../access/learners';
import { ownLearnerField } from '../../access/own-learner-field';
import { boardName } from '../../fields/board-name';
import { AUDIENCE_OPTIONS } from '../Questions';
import { clearLeaderboardCache } from '../../learning/leaderboard';
import { completionEndpoints } from './completion-endpoints';
import { learnerEndpoints } from './learner-endpoints';
import { accountGuards, loginSucceeded } from '../../auth/account-hooks';
import { accountSecurityFields } from '../../auth/account-fields';
import { authEndpoints } from '../../auth/auth-endpoints';
import type { Learner } from '../../payload-types';
import { applyMembership, takeInvitationCode } from '../../learning/membership';
import { membershipEndpoints } from './membership-endpoints';
import { loginNameField } from '../../auth/login-name';
import { adminOrUnitEditorField } from '../../access/unit-editor-field';

/**
 * Joining or leaving the leaderboard, a new name, audience, unit or membership (a unit's board
 * shows confirmed members only) shows on the next request.
 */
const refreshLeaderboard: CollectionAfterChangeHook<Learner> = ({ doc, previousDoc }) => {
  const shown = (l?: Learner) => [l?.leaderboardOptIn, l?.displayName, l?.boardName, l?.audience, l?.unit, l?.membership].map(String).join('|');
  if (shown(doc) !== shown(previousDoc)) clearLeaderboardCache();
  return doc;
};

/**
 * Learners (officials, students, village legal-knowledge leaders): a separate auth collection
 * from staff, signed up from the static site. Payload's login, logout and me routes apply.
 */
export const Learners: CollectionConfig = {
  slug: 'learners',
  labels: { singular: '学员', plural: '学员' },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 30 * 24 * 3600,
    // Many village learners have no e-mail: a user name or a mainland mobile number will do.
    loginWithUsername: { allowEmailLogin: true, requireEmail: false, requireUsername: false },
  },
  admin: { group: '学习与考试', useAsTitle: 'displayName', defaultColumns: ['displayName', 'username', 'email', 'audience', 'unit', 'membership'] },
  access: {
    read: ownOrUnitRecords('id'),
    create: anyone,
    update: adminOrOwnLearnerAccount,
    delete: adminOnly,
    // Only admins lift a lockout; unit editors reset a learner's password with a one-time code.
    unlock: adminOnly,
  },
  // Password reset by one-time code or e-mail, replacing Payload's forgot/reset (cms/auth/).
  endpoints: [...authEndpoints('learners'), ...learnerEndpoints, ...completionEndpoints, ...membershipEndpoints],
  hooks: {
    // Sign-up and login rate limits, password length, current password for own password/e-mail changes.
    beforeOperation: [accountGuards('learners'), takeInvitationCode],
    // Unit membership: confirmed only by a valid invitation code, the unit's editor or an admin.
    beforeChange: [applyMembership],
    afterLogin: [loginSucceeded('learners')],
    afterChange: [refreshLeaderboard],
  },
  fields: [
    loginNameField,
    { name: 'displayName', label: '显示名称', type: 'text', required: true, maxLength: 40 },
    { name: 'audience', label: '学习路径', type: 'select', required: true, options: AUDIENCE_OPTIONS },
    {
      name: 'unit',
      label: '所在单位/学校/村居',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      // A unit that does not exist failed the insert with a 500; refuse it as a field error.
      validate: existingRelation('agencies', { invalid: '所选单位无效，请重新选择', missing: '所选单位不存在，请重新选择' }),
    },
    {
      name: 'membership',
      label: '单位成员状态',
      type: 'select',
      index: true,
      options: [
        { label: '已确认', value: 'confirmed' },
        { label: '待单位确认', value: 'pending' },
      ],
      // Decided by applyMembership; only admins and the unit's editor change it here.
      access: { create: adminOrUnitEditorField, update: adminOrUnitEditorField },
      admin: { description: '只有已确认的成员计入单位学时、考试和排行榜统计。用邀请码加入即为已确认；否则待单位编辑或普法办确认。' },
    },
    { name: 'membershipButtons', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/MembershipButtons#MembershipButtons' } } },
    {
      name: 'invitation',
      label: '加入时使用的邀请码',
      type: 'relationship',
      relationTo: 'unit-invitations',
      access: { create: adminOrUnitEditorField, update: adminOrUnitEditorField },
      admin: { readOnly: true },
    },
    {
      name: 'timeZone',
      label: '时区',
      type: 'text',
      defaultValue: 'Asia/Shanghai',
      validate: timeZone(),
    },
    { name: 'leaderboardOptIn', label: '愿意出现在排行榜', type: 'checkbox', defaultValue: false },
    {
      name: 'boardName',
      label: '排行榜名称',
      type: 'text',
      maxLength: 20,
      validate: boardName(),
      // Only the learner chooses it; a student's board shows a generated nickname whatever is stored.
      access: { update: ownLearnerField },
      admin: { description: '由学员本人设置。为空时：学生显示系统生成的昵称，其他学员显示“显示名称”。' },
    },
    ...accountSecurityFields('learners'),
  ],
};
