import type { CollectionConfig } from 'payload';
import { adminOnly } from '../../access/rules';
import { ownOrUnitRecords } from '../../access/learners';
import { typedJson } from '../../fields/typed-json';

/**
 * Learning records: one row per xAPI-shaped statement, written only by the sync endpoint after
 * validation (the statement id is unique, so syncing twice stores once). Learners read their own;
 * agency editors their unit's.
 */
export const LearningRecords: CollectionConfig = {
  slug: 'learning-records',
  labels: { singular: '学习记录', plural: '学习记录' },
  admin: { group: '学习与考试', useAsTitle: 'statementId', defaultColumns: ['learner', 'verb', 'objectId', 'timestamp'] },
  access: { read: ownOrUnitRecords('learner'), create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'statementId', label: '记录编号', type: 'text', required: true, unique: true, index: true },
    { name: 'learner', label: '学员', type: 'relationship', relationTo: 'learners', required: true, index: true },
    { name: 'unit', label: '单位', type: 'relationship', relationTo: 'agencies', index: true },
    { name: 'verb', label: '动作', type: 'text', required: true },
    { name: 'objectType', label: '对象类型', type: 'text', required: true },
    { name: 'objectId', label: '对象', type: 'text', required: true, index: true },
    { name: 'timestamp', label: '时间', type: 'date', required: true, index: true },
    typedJson({ name: 'statement', label: '原始记录', required: true }, 'core/learning/statements', 'LearningStatement'),
  ],
};
