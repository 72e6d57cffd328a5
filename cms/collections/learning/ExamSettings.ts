import type { CollectionConfig } from 'payload';
import { adminOnly, staffOnly } from '../../access/rules';
import { COUNTING_ATTEMPTS, COUNTING_ATTEMPT_LABELS } from '../../../core/vocabulary/exam';
import { labelledOptions } from '../../fields/options';
import { AUDIENCE_OPTIONS, QUESTION_TYPE_OPTIONS } from '../Questions';
import { blueprintFitsBank } from './exam-blueprint-check';

/**
 * The year's required study (学时) and annual exam (学法考试) for one audience: the blueprint
 * (how many questions per law, topic tag and type, with points — checked against the bank when
 * saved and again at each draw), attempts and which one counts, pass mark and timer (which an
 * admin may turn off, WCAG 2.2.1; extra time per learner is an 考试延时安排).
 */
export const ExamSettings: CollectionConfig = {
  slug: 'exam-settings',
  labels: { singular: '年度学法考试设置', plural: '年度学法考试设置' },
  admin: { group: '学习与考试', useAsTitle: 'title', defaultColumns: ['title', 'year', 'audience', 'requiredHours'] },
  access: { read: staffOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  indexes: [{ fields: ['year', 'audience'], unique: true }],
  hooks: { beforeChange: [blueprintFitsBank] },
  fields: [
    { name: 'title', label: '名称', type: 'text', required: true },
    { type: 'row', fields: [
      { name: 'year', label: '年度', type: 'number', required: true },
      { name: 'audience', label: '对象', type: 'select', required: true, options: AUDIENCE_OPTIONS },
      { name: 'requiredHours', label: '年度应修学时', type: 'number', required: true, min: 0, defaultValue: 0 },
    ] },
    { type: 'row', fields: [
      { name: 'maxAttempts', label: '考试次数', type: 'number', defaultValue: 3, min: 1, max: 10 },
      { name: 'counts', label: '计分方式', type: 'select', required: true, defaultValue: 'best', options: labelledOptions(COUNTING_ATTEMPTS, COUNTING_ATTEMPT_LABELS) },
      { name: 'passMark', label: '及格分（百分制）', type: 'number', defaultValue: 60, min: 1, max: 100 },
      { name: 'timeLimitMinutes', label: '限时（分钟）', type: 'number', defaultValue: 60, min: 1 },
      { name: 'timerDisabled', label: '关闭限时', type: 'checkbox', defaultValue: false },
    ] },
    {
      name: 'rules',
      label: '抽题蓝图',
      type: 'array',
      minRows: 1,
      labels: { singular: '规则', plural: '抽题蓝图' },
      admin: {
        description: '每条规则从本对象适用的题库中抽取指定题数（可限定法律、标签和题型）；保存时按当前题库检查能否抽足。',
        components: {
          RowLabel: { path: '/components/RowLabel#RowLabel', clientProps: { noun: '条规则', fields: ['count', 'law', 'points'], suffixes: { count: '题', points: '分/题' } } },
        },
      },
      fields: [
        { type: 'row', fields: [
          { name: 'count', label: '题数', type: 'number', required: true, min: 1 },
          { name: 'law', label: '限定法律（标识）', type: 'text' },
          { name: 'tag', label: '限定标签', type: 'text' },
          { name: 'type', label: '题型', type: 'select', options: QUESTION_TYPE_OPTIONS },
          { name: 'points', label: '每题分值', type: 'number', defaultValue: 10, min: 1 },
        ] },
      ],
    },
  ],
};
