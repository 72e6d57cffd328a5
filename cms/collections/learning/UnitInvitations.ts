import { randomInt } from 'node:crypto';
import type { CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload';
import { APIError } from 'payload';
import { invitationCodeFrom, normalizeInvitationCode } from '../../../core/learning/membership';
import { adminOrEditor } from '../../access/agency-records';
import { adminOrOwnUnitEditor } from '../../access/unit-invitations';
import { agencyIdOf, hasRole, isStaff } from '../../access/roles';
import type { UnitInvitation } from '../../payload-types';

const DAY = 24 * 3600 * 1000;
/** Written by the server only (the hook below, a redemption): no one sets these through the API. */
const serverOnly: FieldAccess = () => false;

/**
 * The code is made here (never taken from the request, except from server code such as the seed);
 * an editor's codes are always for their own unit; the unit of a code never changes; who issued
 * it is the requesting staff member. `uses` is counted by the sign-up and join paths only.
 */
const stampInvitation: CollectionBeforeChangeHook<UnitInvitation> = ({ data, req, operation, originalDoc }) => {
  const next = { ...data };
  if (operation === 'create') {
    if (isStaff(req.user) || !next.code) next.code = invitationCodeFrom(randomInt);
    else next.code = normalizeInvitationCode(next.code);
    if (hasRole(req.user, 'agency-editor')) next.unit = agencyIdOf(req.user) ?? undefined;
    if (next.unit == null) throw new APIError('请选择邀请码所属的单位', 400);
    if (isStaff(req.user)) next.issuedBy = req.user.id;
    next.uses = 0;
  } else if (originalDoc && isStaff(req.user)) {
    // Staff edit note, expiry, limit and revocation; only a redemption (server code) moves the count.
    next.code = originalDoc.code;
    next.unit = originalDoc.unit;
    next.issuedBy = originalDoc.issuedBy;
    next.uses = originalDoc.uses;
  }
  return next;
};

/**
 * 单位邀请码: a unit's editor or the 普法办 issues a code; a learner who signs up or joins with it
 * becomes a confirmed member of that unit (counted in its statistics) until the code expires, is
 * used up or revoked. Codes are bearer secrets: only the unit's editors and admins read them.
 */
export const UnitInvitations: CollectionConfig = {
  slug: 'unit-invitations',
  labels: { singular: '单位邀请码', plural: '单位邀请码' },
  admin: {
    group: '学习与考试',
    useAsTitle: 'note',
    defaultColumns: ['code', 'unit', 'note', 'uses', 'maxUses', 'expiresAt', 'revoked'],
    description: '学员注册或在“登录/注册”页输入邀请码，即成为该单位的已确认成员，计入单位学时和考试统计。没有邀请码的加入申请需单位编辑或普法办确认。',
  },
  access: { read: adminOrOwnUnitEditor, create: adminOrEditor, update: adminOrOwnUnitEditor, delete: adminOrOwnUnitEditor },
  hooks: { beforeChange: [stampInvitation] },
  fields: [
    {
      name: 'code',
      label: '邀请码',
      type: 'text',
      unique: true,
      index: true,
      access: { create: serverOnly, update: serverOnly },
      admin: { readOnly: true, description: '保存后自动生成，交给学员；输入时不区分大小写，可带空格或短横线。' },
    },
    { name: 'unit', label: '单位', type: 'relationship', relationTo: 'agencies', index: true, access: { update: serverOnly }, admin: { description: '单位编辑只能为本单位发码；保存后不能改到别的单位' } },
    { name: 'note', label: '用途说明', type: 'text', maxLength: 80, admin: { description: '例如：2026 年春季法律明白人培训班' } },
    { type: 'row', fields: [
      { name: 'expiresAt', label: '有效期至', type: 'date', required: true, defaultValue: () => new Date(Date.now() + 30 * DAY).toISOString(), admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'maxUses', label: '最多使用次数', type: 'number', required: true, min: 1, max: 1000, defaultValue: 50 },
      { name: 'uses', label: '已使用次数', type: 'number', defaultValue: 0, access: { create: serverOnly, update: serverOnly }, admin: { readOnly: true } },
    ] },
    { name: 'revoked', label: '已停用', type: 'checkbox', defaultValue: false },
    { name: 'issuedBy', label: '签发人', type: 'relationship', relationTo: 'users', access: { create: serverOnly, update: serverOnly }, admin: { readOnly: true, description: '保存时自动记录' } },
  ],
};
