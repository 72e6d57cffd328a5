import type { CollectionConfig } from 'payload';
import { adminOrOwnSchool } from '../../access/own-school';
import { adminOnly } from '../../access/rules';
import { nobody } from '../../access/nobody';

/**
 * 课堂作答: one student's answer to one question of a class session, written by the server when
 * the question closes (live) or the homework is handed in; graded on the server. A student is a
 * nickname with a device-held player id; a logged-in learner is linked too.
 */
export const ClassAnswers: CollectionConfig = {
  slug: 'class-answers',
  labels: { singular: '课堂作答', plural: '课堂作答' },
  admin: { group: '课堂', useAsTitle: 'nickname', defaultColumns: ['session', 'nickname', 'questionIndex', 'correct', 'points'] },
  access: { read: adminOrOwnSchool, create: nobody, update: nobody, delete: adminOnly },
  indexes: [{ fields: ['session', 'playerId', 'questionIndex'], unique: true }],
  fields: [
    { name: 'session', label: '课堂记录', type: 'relationship', relationTo: 'class-sessions', required: true, index: true },
    { name: 'school', label: '学校', type: 'relationship', relationTo: 'agencies', required: true, index: true },
    { name: 'playerId', label: '答题者编号', type: 'text', required: true },
    { name: 'nickname', label: '昵称', type: 'text', required: true },
    { name: 'learner', label: '学员账号', type: 'relationship', relationTo: 'learners' },
    { name: 'questionIndex', label: '题序', type: 'number', required: true },
    { name: 'questionId', label: '题目编号', type: 'text', required: true },
    { name: 'choice', label: '所选选项（序号）', type: 'json' },
    { name: 'correct', label: '正确', type: 'checkbox', defaultValue: false },
    { name: 'points', label: '得分', type: 'number', defaultValue: 0 },
    { name: 'timeMs', label: '用时（毫秒）', type: 'number' },
    { name: 'answeredAt', label: '作答时间', type: 'date', required: true },
  ],
};
