import type { CollectionConfig } from 'payload';
import { contentCurators, questionBankReaders } from '../access/rules';

/** A fixed set of questions from the bank, in practice or exam mode. */
export const Quizzes: CollectionConfig = {
  slug: 'quizzes',
  labels: { singular: '测验', plural: '测验' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'mode', 'quizId'], group: '学习与考试' },
  access: {
    read: questionBankReaders,
    create: contentCurators,
    update: contentCurators,
    delete: contentCurators,
  },
  fields: [
    { name: 'quizId', label: '测验编号', type: 'text', required: true, unique: true, index: true },
    { name: 'title', label: '名称', type: 'text', required: true },
    {
      name: 'mode',
      label: '模式',
      type: 'select',
      required: true,
      defaultValue: 'practice',
      options: [
        { value: 'practice', label: '练习' },
        { value: 'exam', label: '考试' },
      ],
    },
    { name: 'lesson', label: '所属课程', type: 'text' },
    { name: 'questions', label: '题目', type: 'relationship', relationTo: 'questions', hasMany: true },
  ],
};
