import type { CollectionConfig } from 'payload';
import { adminOnly, staffOnly } from '../../access/rules';
import { AUDIENCE_OPTIONS, QUESTION_TYPE_OPTIONS } from '../Questions';

/**
 * The year's required study (学时) and annual exam (学法考试) for one audience: how the paper is
 * drawn from the bank, attempts, pass mark and timer (which an admin may turn off, WCAG 2.2.1).
 */
export const ExamSettings: CollectionConfig = {
  slug: 'exam-settings',
  labels: { singular: '年度学法考试设置', plural: '年度学法考试设置' },
  admin: { group: '学习与考试', useAsTitle: 'title', defaultColumns: ['title', 'year', 'audience', 'requiredHours'] },
  access: { read: staffOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  indexes: [{ fields: ['year', 'audience'], unique: true }],
  fields: [
    { name: 'title', label: '名称', type: 'text', required: true },
    { type: 'row', fields: [
      { name: 'year', label: '年度', type: 'number', required: true },
      { name: 'audience', label: '对象', type: 'select', required: true, options: AUDIENCE_OPTIONS },
      { name: 'requiredHours', label: '年度应修学时', type: 'number', required: true, min: 0, defaultValue: 0 },
    ] },
    { type: 'row', fields: [
      { name: 'maxAttempts', label: '考试次数（取最高分）', type: 'number', defaultValue: 3, min: 1, max: 10 },
      { name: 'passMark', label: '及格分', type: 'number', defaultValue: 60, min: 1, max: 100 },
      { name: 'timeLimitMinutes', label: '限时（分钟）', type: 'number', defaultValue: 60, min: 1 },
      { name: 'timerDisabled', label: '关闭限时', type: 'checkbox', defaultValue: false },
      { name: 'maxExtensions', label: '可延时次数', type: 'number', defaultValue: 10, min: 0 },
    ] },
    {
      name: 'rules',
      label: '抽题规则',
      type: 'array',
      minRows: 1,
      labels: { singular: '规则', plural: '抽题规则' },
      admin: {
        components: {
          RowLabel: { path: '/components/RowLabel#RowLabel', clientProps: { noun: '条规则', fields: ['count', 'law', 'points'], suffixes: { count: '题', points: '分/题' } } },
        },
      },
      fields: [
        { type: 'row', fields: [
          { name: 'count', label: '题数', type: 'number', required: true, min: 1 },
          { name: 'law', label: '限定法律（标识）', type: 'text' },
          { name: 'type', label: '题型', type: 'select', options: QUESTION_TYPE_OPTIONS },
          { name: 'points', label: '每题分值', type: 'number', defaultValue: 10, min: 1 },
        ] },
      ],
    },
  ],
};
