import type { CollectionConfig } from 'payload';
import { adminOrOwnSchool } from '../../access/own-school';
import { nobody } from '../../access/nobody';
import { SCORING_LABELS, SCORING_MODES, SESSION_MODE_LABELS, SESSION_MODES, SESSION_STATUS_LABELS, SESSION_STATUSES } from '../../../core/classroom/types';
import { labelledOptions } from '../../fields/options';
import { typedJson } from '../../fields/typed-json';
import { classroomEndpoints } from '../../classroom/endpoints';

/**
 * 课堂记录: one live class quiz or one homework assignment of a quiz set, with its join code and
 * the questions as they were when it started (keys included: the server grades from here). Made
 * by the server (a live game when the teacher starts it, homework through POST
 * /api/class-sessions/homework); the school's teachers and admins read it and its
 * report (/:id/report, /:id/export) even after the teacher's tab closed.
 */
export const ClassSessions: CollectionConfig = {
  slug: 'class-sessions',
  labels: { singular: '课堂记录', plural: '课堂记录' },
  admin: { group: '课堂', useAsTitle: 'title', defaultColumns: ['title', 'className', 'mode', 'code', 'status', 'startedAt'] },
  access: { read: adminOrOwnSchool, create: nobody, update: nobody, delete: adminOrOwnSchool },
  endpoints: classroomEndpoints,
  fields: [
    { name: 'title', label: '测验名称', type: 'text', required: true },
    { name: 'quizSet', label: '课堂测验', type: 'relationship', relationTo: 'quiz-sets', index: true },
    { name: 'school', label: '学校', type: 'relationship', relationTo: 'agencies', required: true, index: true },
    { name: 'host', label: '教师', type: 'relationship', relationTo: 'users', required: true },
    { name: 'className', label: '班级', type: 'text', index: true },
    { type: 'row', fields: [
      { name: 'mode', label: '方式', type: 'select', required: true, options: labelledOptions(SESSION_MODES, SESSION_MODE_LABELS) },
      { name: 'code', label: '加入码', type: 'text', required: true, index: true },
      { name: 'gameId', label: '直播编号', type: 'text', index: true, admin: { readOnly: true } },
      { name: 'status', label: '状态', type: 'select', required: true, defaultValue: 'open', index: true, options: labelledOptions(SESSION_STATUSES, SESSION_STATUS_LABELS) },
      { name: 'scoring', label: '计分方式', type: 'select', required: true, options: labelledOptions(SCORING_MODES, SCORING_LABELS) },
      { name: 'timeLimitSeconds', label: '每题限时（秒）', type: 'number' },
    ] },
    { type: 'row', fields: [
      { name: 'startedAt', label: '开始时间', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'deadline', label: '作业截止', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'endedAt', label: '结束时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ] },
    typedJson({ name: 'questions', label: '题目（含答案）', required: true, admin: { readOnly: true } }, 'core/classroom/types', 'ClassQuestion[]'),
    // Written when a live game ends: the game's own report (removed players, players who never answered).
    typedJson({ name: 'report', label: '结束时的报告', admin: { readOnly: true } }, 'core/live/protocol', 'HostReport'),
  ],
};
