import type { CollectionConfig } from 'payload';
import { adminOnly } from '../../access/rules';
import { ownOrUnitRecords } from '../../access/learners';
import { certificateEndpoints } from './certificate-endpoints';
import { stampRevocation } from './certificate-revocation';

/**
 * Certificates issued when a learner passed the year's exam and met the required hours: the
 * issuing authority, the learner's unit and a per-year serial number as printed; revocable by an admin.
 */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: '学法证书', plural: '学法证书' },
  admin: { group: '学习与考试', useAsTitle: 'code', defaultColumns: ['serial', 'code', 'learnerName', 'year', 'issuedAt', 'revokedAt'] },
  access: { read: ownOrUnitRecords('learner'), create: adminOnly, update: adminOnly, delete: adminOnly },
  endpoints: certificateEndpoints,
  hooks: { beforeChange: [stampRevocation] },
  indexes: [
    { fields: ['learner', 'year'], unique: true },
    // Serial numbers are sequential per year; the unique pair makes a racing second issue retry.
    { fields: ['year', 'serialNumber'], unique: true },
  ],
  fields: [
    { name: 'code', label: '验证码', type: 'text', required: true, unique: true, index: true },
    { name: 'serial', label: '证书编号', type: 'text', unique: true, admin: { readOnly: true } },
    { name: 'serialNumber', label: '年度序号', type: 'number', admin: { readOnly: true } },
    { name: 'certificateId', label: '凭证标识', type: 'text', required: true, unique: true },
    { name: 'issuerName', label: '发证机关', type: 'text', admin: { readOnly: true } },
    { name: 'learner', label: '学员', type: 'relationship', relationTo: 'learners', required: true },
    { name: 'unit', label: '单位', type: 'relationship', relationTo: 'agencies' },
    { name: 'unitName', label: '单位名称（发证时）', type: 'text', admin: { readOnly: true } },
    { name: 'learnerName', label: '姓名', type: 'text', required: true },
    { name: 'audience', label: '对象', type: 'text', required: true },
    { name: 'year', label: '年度', type: 'number', required: true },
    { name: 'examPercent', label: '考试成绩', type: 'number', required: true },
    { name: 'hours', label: '学时', type: 'number', required: true },
    { name: 'issuedAt', label: '颁发时间', type: 'date', required: true },
    {
      type: 'collapsible',
      label: '撤销',
      fields: [
        { name: 'revocationReason', label: '撤销原因', type: 'textarea', admin: { description: '填写原因并保存即撤销本证书，核验页将显示“已撤销”；撤销后不能恢复。' } },
        { name: 'revokedAt', label: '撤销时间', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'revokedBy', label: '撤销人', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
      ],
    },
  ],
};
