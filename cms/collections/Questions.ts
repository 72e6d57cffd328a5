import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload';
import { AUDIENCES, AUDIENCE_TITLES, QUESTION_TYPES, QUESTION_TYPE_LABELS } from '../../core/vocabulary/learning';
import { practicePoolForTeachers } from '../access/rules';
import { questionAuthors } from '../access/question-authors';
import { curatorsOrOwnSchoolQuestions } from '../access/school-questions';
import { newQuestionId, schoolQuestionId, schoolQuestionRules } from '../classroom/school-questions';
import { labelledOptions } from '../fields/options';
import { forgetBankCaches } from '../learning/catalog';
import type { Question } from '../payload-types';
import { answerKey } from '../fields/validators';

// Answer keys and the exam pool are cached; any change to the bank drops the caches.
const forgetCachesAfterChange: CollectionAfterChangeHook<Question> = ({ doc }) => (forgetBankCaches(), doc);
const forgetCachesAfterDelete: CollectionAfterDeleteHook<Question> = ({ doc }) => (forgetBankCaches(), doc);

/**
 * Practice questions ship with their keys in the static site (offline practice); exam questions
 * never leave the server. The annual exam draws from the exam pool only.
 */
export const QUESTION_POOLS = [
  { value: 'practice', label: '练习题（公开）' },
  { value: 'exam', label: '考试题（不公开）' },
  { value: 'school', label: '本校题（教师自建，仅用于课堂测验）' },
];
/** Question types and learner audiences as select options (words from core/vocabulary). */
export const QUESTION_TYPE_OPTIONS = labelledOptions(QUESTION_TYPES, QUESTION_TYPE_LABELS);
export const AUDIENCE_OPTIONS = labelledOptions(AUDIENCES, AUDIENCE_TITLES);

/**
 * The question bank. Answer keys live here, so reading is limited to staff who curate or use
 * the bank: anonymous visitors and learners never receive a question document.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: '试题', plural: '题库' },
  admin: {
    useAsTitle: 'stem',
    defaultColumns: ['stem', 'pool', 'type', 'difficulty', 'questionId'],
    listSearchableFields: ['stem', 'questionId'],
    group: '学习与考试',
  },
  hooks: {
    beforeValidate: [schoolQuestionId],
    beforeChange: [schoolQuestionRules],
    afterChange: [forgetCachesAfterChange],
    afterDelete: [forgetCachesAfterDelete],
  },
  access: {
    read: practicePoolForTeachers,
    create: questionAuthors,
    update: curatorsOrOwnSchoolQuestions,
    delete: curatorsOrOwnSchoolQuestions,
  },
  fields: [
    // A new question is numbered for its author (teachers do not number the bank); curators may overwrite it.
    { name: 'questionId', label: '题目编号', type: 'text', required: true, unique: true, index: true, defaultValue: newQuestionId },
    {
      name: 'pool',
      label: '用途',
      type: 'select',
      required: true,
      defaultValue: 'exam',
      index: true,
      options: QUESTION_POOLS,
      admin: { description: '练习题随课程公开发布，答案在站点上；考试题只在服务器上，学法考试只从考试题中抽题。' },
    },
    {
      name: 'school',
      label: '所属学校',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      admin: { condition: (data) => data?.pool === 'school', description: '本校题只在这所学校的课堂测验中使用；教师保存时自动设为本校。' },
    },
    { name: 'type', label: '题型', type: 'select', required: true, options: QUESTION_TYPE_OPTIONS },
    { name: 'stem', label: '题干', type: 'textarea', required: true },
    {
      name: 'options',
      label: '选项',
      type: 'array',
      labels: { singular: '选项', plural: '选项' },
      admin: {
        condition: (data) => data?.type !== 'truefalse',
        components: { RowLabel: { path: '/components/RowLabel#RowLabel', clientProps: { noun: '个选项', fields: ['key', 'text'] } } },
      },
      fields: [
        { name: 'key', label: '选项号', type: 'text', required: true },
        { name: 'text', label: '选项内容', type: 'text', required: true },
      ],
    },
    {
      name: 'answer',
      label: '答案',
      type: 'text',
      required: true,
      admin: { description: '单选填选项号（如 a）；多选用逗号分隔（如 a,c）；判断题填 true 或 false。' },
      validate: answerKey(),
    },
    { name: 'explanation', label: '解析', type: 'textarea', required: true },
    {
      type: 'row',
      fields: [
        { name: 'citeLaw', label: '依据法律', type: 'relationship', relationTo: 'laws' },
        { name: 'citeArticle', label: '依据条号', type: 'number', min: 1 },
        {
          name: 'citeVersion',
          label: '核对版本',
          type: 'text',
          admin: { description: '核对引用时法律版本的日期（如 2023-12-29）。法律修改后，引用了被修改条文的试题进入“引用复核”，复核前不会被抽取。' },
        },
      ],
    },
    { name: 'audiences', label: '适用对象', type: 'select', hasMany: true, options: AUDIENCE_OPTIONS },
    { name: 'difficulty', label: '难度', type: 'number', min: 1, max: 3, defaultValue: 1 },
    { name: 'tags', label: '标签', type: 'text', hasMany: true },
    { name: 'source', label: '来源文件', type: 'text', admin: { readOnly: true } },
  ],
};
