import type { CollectionConfig } from 'payload';
import { BUILD_STATUSES, BUILD_STATUS_LABELS, BUILD_TRIGGERS, BUILD_TRIGGER_LABELS } from '../../core/vocabulary/publish';
import { nobody } from '../access/nobody';
import { adminOnly, contentCurators } from '../access/rules';
import { labelledOptions } from '../fields/options';
import { siteBuildEndpoints } from '../publish/endpoints';

const readOnly = { readOnly: true } as const;

/**
 * 站点发布记录: one record per build of the public site, written by the publish loop
 * (cms/publish/) only. Admins and reviewers read them; admins may delete old ones.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: '站点发布', plural: '站点发布记录' },
  admin: {
    group: '站点发布',
    useAsTitle: 'queuedAt',
    defaultColumns: ['queuedAt', 'trigger', 'status', 'changeCount', 'durationMs', 'pages', 'error'],
    description: '公开站点的每次构建：由内容变更、每日更新或管理员手动触发。失败时公开站点继续显示上一版本。',
  },
  access: { read: contentCurators, create: nobody, update: nobody, delete: adminOnly },
  endpoints: siteBuildEndpoints,
  defaultSort: '-queuedAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'trigger', label: '触发原因', type: 'select', required: true, options: labelledOptions(BUILD_TRIGGERS, BUILD_TRIGGER_LABELS), admin: readOnly },
        { name: 'status', label: '状态', type: 'select', required: true, index: true, options: labelledOptions(BUILD_STATUSES, BUILD_STATUS_LABELS), admin: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'queuedAt', label: '排队时间', type: 'date', required: true, index: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'startedAt', label: '开始时间', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'finishedAt', label: '结束时间', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'durationMs', label: '用时（毫秒）', type: 'number', admin: readOnly },
        { name: 'pages', label: '页面数', type: 'number', admin: readOnly },
        { name: 'changeCount', label: '变更记录数', type: 'number', admin: readOnly },
      ],
    },
    { name: 'error', label: '失败原因', type: 'textarea', admin: readOnly },
    {
      name: 'changes',
      label: '变更的记录',
      type: 'array',
      admin: { ...readOnly, description: '最多列出 50 条' },
      fields: [
        { name: 'collection', label: '集合', type: 'text', required: true },
        { name: 'recordId', label: '编号', type: 'text', required: true },
        { name: 'title', label: '标题', type: 'text' },
      ],
    },
    { name: 'logTail', label: '构建日志（末尾）', type: 'textarea', admin: readOnly },
  ],
};
