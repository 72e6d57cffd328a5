import type { CollectionConfig } from 'payload';
import { adminOnly } from '../../access/rules';
import { ownOrUnitRecords } from '../../access/learners';
import { certificateEndpoints } from './certificate-endpoints';

/** Certificates issued when a learner passed the year's exam and met the required hours. */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: '学法证书', plural: '学法证书' },
  admin: { group: '学习与考试', useAsTitle: 'code', defaultColumns: ['code', 'learnerName', 'year', 'issuedAt'] },
  access: { read: ownOrUnitRecords('learner'), create: adminOnly, update: adminOnly, delete: adminOnly },
  endpoints: certificateEndpoints,
  indexes: [{ fields: ['learner', 'year'], unique: true }],
  fields: [
    { name: 'code', label: '验证码', type: 'text', required: true, unique: true, index: true },
    { name: 'certificateId', label: '证书编号', type: 'text', required: true, unique: true },
    { name: 'learner', label: '学员', type: 'relationship', relationTo: 'learners', required: true },
    { name: 'unit', label: '单位', type: 'relationship', relationTo: 'agencies' },
    { name: 'learnerName', label: '姓名', type: 'text', required: true },
    { name: 'audience', label: '对象', type: 'text', required: true },
    { name: 'year', label: '年度', type: 'number', required: true },
    { name: 'examPercent', label: '考试成绩', type: 'number', required: true },
    { name: 'hours', label: '学时', type: 'number', required: true },
    { name: 'issuedAt', label: '颁发时间', type: 'date', required: true },
  ],
};
