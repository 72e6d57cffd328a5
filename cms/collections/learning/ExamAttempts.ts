import type { CollectionConfig } from 'payload';
import { adminOnly, reviewersFieldOnly } from '../../access/rules';
import { ownOrUnitRecords } from '../../access/learners';
import { typedJson } from '../../fields/typed-json';
import { examEndpoints } from './exam-endpoints';

/**
 * One attempt at an annual exam. The drawn paper with its answer keys is stored here for server
 * grading and is readable only by admins and reviewers (field access): a learner reading their
 * own attempt never receives the keys.
 */
export const ExamAttempts: CollectionConfig = {
  slug: 'exam-attempts',
  labels: { singular: '考试记录', plural: '考试记录' },
  admin: { group: '学习与考试', useAsTitle: 'id', defaultColumns: ['learner', 'year', 'status', 'scorePercent', 'passed'] },
  access: { read: ownOrUnitRecords('learner'), create: adminOnly, update: adminOnly, delete: adminOnly },
  endpoints: examEndpoints,
  fields: [
    { name: 'learner', label: '学员', type: 'relationship', relationTo: 'learners', required: true, index: true },
    { name: 'unit', label: '单位', type: 'relationship', relationTo: 'agencies', index: true },
    { name: 'settings', label: '考试设置', type: 'relationship', relationTo: 'exam-settings', required: true },
    { name: 'year', label: '年度', type: 'number', required: true },
    typedJson(
      { name: 'paper', label: '试卷（含答案）', access: { read: reviewersFieldOnly } },
      'core/learning/exam-draw',
      'DrawnExam',
    ),
    { name: 'startedAt', label: '开始时间', type: 'date', required: true },
    { name: 'submittedAt', label: '交卷时间', type: 'date' },
    { name: 'status', label: '状态', type: 'select', defaultValue: 'open', options: [
      { value: 'open', label: '答题中' },
      { value: 'submitted', label: '已交卷' },
    ] },
    { name: 'responses', label: '作答', type: 'json' },
    { name: 'scorePercent', label: '得分', type: 'number' },
    { name: 'passed', label: '通过', type: 'checkbox' },
    // Set when the pool had too few questions this learner had not seen: kept so that a repeat is explained.
    { name: 'drawNote', label: '抽题说明', type: 'text', admin: { readOnly: true } },
  ],
};
