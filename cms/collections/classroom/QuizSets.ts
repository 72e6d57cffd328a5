import type { CollectionConfig } from 'payload';
import { adminOrOwnSchool } from '../../access/own-school';
import { adminOrSchoolTeacher } from '../../access/school-teachers';
import { SCORING_LABELS, SCORING_MODES } from '../../../core/classroom/types';
import { labelledOptions } from '../../fields/options';
import { quizSetRules, usableQuestions } from '../../classroom/quiz-set-rules';
import { timeLimit } from '../../classroom/time-limit';

/**
 * 课堂测验: a teacher's set of questions from the practice bank and their school's own questions,
 * played live in class or assigned as homework (class-sessions). Pinned to the teacher's school.
 */
export const QuizSets: CollectionConfig = {
  slug: 'quiz-sets',
  labels: { singular: '课堂测验', plural: '课堂测验' },
  admin: {
    group: '课堂',
    useAsTitle: 'title',
    defaultColumns: ['title', 'school', 'updatedAt'],
    description: '从练习题库和本校题中挑选题目组成测验；在“课堂控制台”（站点 /live/host/）开始课堂直播或布置作业。',
  },
  access: { read: adminOrOwnSchool, create: adminOrSchoolTeacher, update: adminOrOwnSchool, delete: adminOrOwnSchool },
  hooks: { beforeChange: [quizSetRules] },
  fields: [
    { name: 'title', label: '测验名称', type: 'text', required: true },
    {
      name: 'questions',
      label: '题目',
      type: 'relationship',
      relationTo: 'questions',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 100,
      filterOptions: usableQuestions,
      admin: { description: '可选练习题和本校题（考试题不能用于课堂）；按选择顺序出题。' },
    },
    { type: 'row', fields: [
      { name: 'timeLimitSeconds', label: '每题限时（秒）', type: 'number', defaultValue: 20, validate: timeLimit(), admin: { description: '5–120 秒；0 表示不限时。' } },
      { name: 'scoring', label: '计分方式', type: 'select', required: true, defaultValue: 'speed', options: labelledOptions(SCORING_MODES, SCORING_LABELS) },
    ] },
    { name: 'school', label: '所属学校', type: 'relationship', relationTo: 'agencies', index: true, admin: { position: 'sidebar', description: '教师保存时自动设为本校。' } },
    { name: 'owner', label: '创建教师', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
  ],
};
