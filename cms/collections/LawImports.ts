import type { CollectionConfig } from 'payload';
import { LAW_IMPORT_STATUSES, LAW_IMPORT_STATUS_LABELS } from '../../core/vocabulary/law-import';
import { nobody } from '../access/nobody';
import { adminOnly, contentCurators } from '../access/rules';
import { labelledOptions } from '../fields/options';

const readOnly = { readOnly: true } as const;
const count = (name: string, label: string) => ({ name, label, type: 'number' as const, defaultValue: 0, admin: readOnly });
const time = (name: string, label: string) => ({
  name,
  label,
  type: 'date' as const,
  admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy年MM月dd日 HH:mm:ss' } },
});

/**
 * 法规导入记录: one record per run of the law importer over the full corpus (the background import
 * `npm start` runs after the server is up, or `npm run import:laws -- <dir> --record`). Written by
 * the importer only; admins and reviewers watch progress here; admins may delete old runs.
 */
export const LawImports: CollectionConfig = {
  slug: 'law-imports',
  labels: { singular: '法规导入', plural: '法规导入记录' },
  admin: {
    group: '法律法规',
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'versionsDone', 'versionsTotal', 'created', 'updated', 'failed', 'finishedAt'],
    description: '完整法律语料库的导入进度：服务器启动后在后台导入，未变的法律按内容哈希跳过，中断后下次启动时继续。',
  },
  access: { read: contentCurators, create: nobody, update: nobody, delete: adminOnly },
  defaultSort: '-startedAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'status', label: '状态', type: 'select', required: true, index: true, options: labelledOptions(LAW_IMPORT_STATUSES, LAW_IMPORT_STATUS_LABELS), admin: readOnly },
        { name: 'source', label: '语料目录', type: 'text', admin: readOnly },
      ],
    },
    { type: 'row', fields: [time('startedAt', '开始时间'), time('finishedAt', '结束时间'), time('heartbeatAt', '最近进度')] },
    { type: 'row', fields: [count('files', '文件数'), count('versionsTotal', '版本总数'), count('versionsDone', '已处理版本'), count('articles', '条文数')] },
    { type: 'row', fields: [count('created', '新增'), count('updated', '更新'), count('unchanged', '未变（跳过）'), count('failed', '失败'), count('rejected', '因文件错误未导入')] },
    { name: 'current', label: '正在导入', type: 'text', admin: readOnly },
    { name: 'issues', label: '问题（文件:行 说明，最多 200 条）', type: 'textarea', admin: readOnly },
    { name: 'error', label: '失败原因', type: 'textarea', admin: readOnly },
  ],
};
