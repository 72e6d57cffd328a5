import type { Field } from 'payload';
import { MAX_LAW_NAME } from '../../../core/agency/list-cells';
import { ITEM_AUDIENCES, ITEM_FORMS, ITEM_STATUSES } from '../../../core/vocabulary/agency';
import { wordOptions } from '../../fields/options';

const AUDIENCES = ITEM_AUDIENCES.join('、');
const FORMS = ITEM_FORMS.join('、');

/** One list item with the 四清单 facets, each a collapsible group in the admin. */
export const listItemFields: Field[] = [
  { name: 'category', label: '类别', type: 'text', admin: { description: '报告中的分组，如 宪法宣传、民法典、安全生产。' } },
  {
    type: 'collapsible',
    label: '内容清单',
    fields: [
      { name: 'topic', label: '普法内容', type: 'text', required: true },
      { name: 'laws', label: '涉及法律', type: 'relationship', relationTo: 'laws', hasMany: true },
      {
        name: 'otherLaws',
        label: '未入库法律法规',
        type: 'text',
        hasMany: true,
        maxRows: 10,
        maxLength: MAX_LAW_NAME,
        admin: {
          description: '法规库尚未收录的法律法规名称（如本单位执行的地方性法规），表格中写作“名称（未入库）”。普法办将其导入法规库后，公开页面自动链接到该法。',
        },
      },
    ],
  },
  {
    type: 'collapsible',
    label: '责任清单',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'leader', label: '责任领导', type: 'text' },
          { name: 'person', label: '责任人', type: 'text' },
          { name: 'department', label: '责任科室', type: 'text' },
        ],
      },
    ],
  },
  {
    type: 'collapsible',
    label: '措施清单',
    fields: [
      // Free text, not a fixed select: agencies' own spreadsheets use their own words.
      { name: 'audiences', label: '普法对象', type: 'text', hasMany: true, admin: { description: `常用：${AUDIENCES}` } },
      { name: 'forms', label: '普法形式', type: 'text', hasMany: true, admin: { description: `常用：${FORMS}` } },
      { name: 'keyDates', label: '重要时间节点', type: 'text', hasMany: true, admin: { description: '如 12-04、03-15' } },
    ],
  },
  {
    type: 'collapsible',
    label: '标准清单',
    fields: [
      { name: 'target', label: '工作目标', type: 'textarea' },
      {
        type: 'row',
        fields: [
          { name: 'deadline', label: '完成时限', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
          { name: 'progress', label: '完成状态', type: 'select', defaultValue: '未开始', options: wordOptions(ITEM_STATUSES) },
        ],
      },
      { name: 'evidenceCampaigns', label: '佐证：主题活动', type: 'relationship', relationTo: 'campaigns', hasMany: true },
      { name: 'evidenceMedia', label: '佐证：普法作品', type: 'relationship', relationTo: 'media', hasMany: true },
    ],
  },
];
