import type { CollectionConfig } from 'payload';
import { publicPageLink } from '../public-page';
import { anyone, contentCurators } from '../access/rules';

/** The city's 普法 calendar (重要时间节点) and which agencies lead each date. */
export const KeyDates: CollectionConfig = {
  slug: 'key-dates',
  labels: { singular: '重要时间节点', plural: '重要时间节点' },
  admin: { group: '谁执法谁普法', useAsTitle: 'name', defaultColumns: ['name', 'month', 'day', 'leadAgencies'], components: { edit: publicPageLink('key-dates') } },
  access: { read: anyone, create: contentCurators, update: contentCurators, delete: contentCurators },
  fields: [
    { name: 'name', label: '名称', type: 'text', required: true, unique: true },
    {
      type: 'row',
      fields: [
        { name: 'month', label: '月', type: 'number', required: true, min: 1, max: 12 },
        { name: 'day', label: '日', type: 'number', required: true, min: 1, max: 31 },
        { name: 'durationDays', label: '持续天数', type: 'number', min: 1, defaultValue: 1 },
      ],
    },
    { name: 'description', label: '说明', type: 'textarea' },
    { name: 'leadAgencies', label: '牵头单位', type: 'relationship', relationTo: 'agencies', hasMany: true },
  ],
};
