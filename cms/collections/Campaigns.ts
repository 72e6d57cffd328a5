import type { CollectionConfig } from 'payload';
import { publicPageLink } from '../public-page';
import { adminOrEditor } from '../access/agency-records';
import { adminOrOwnAgency, anyone } from '../access/rules';
import { owningAgencyField } from '../fields/owning-agency';
import { SIX_TARGETS } from '../../core/vocabulary/agency';
import { wordOptions } from '../fields/options';
import { notBefore } from '../fields/validators';

/** A themed campaign (主题活动) an agency ran; public record and evidence for list items. */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: '主题活动', plural: '主题活动' },
  admin: {
    group: '谁执法谁普法',
    useAsTitle: 'theme',
    defaultColumns: ['theme', 'agency', 'startDate', 'target', 'participants'],
    components: { edit: publicPageLink('campaigns') },
  },
  access: { read: anyone, create: adminOrEditor, update: adminOrOwnAgency, delete: adminOrOwnAgency },
  fields: [
    { name: 'theme', label: '活动主题', type: 'text', required: true },
    owningAgencyField(),
    {
      type: 'row',
      fields: [
        { name: 'startDate', label: '开始日期', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
        { name: 'endDate', label: '结束日期', type: 'date', validate: notBefore('startDate', '结束日期不能早于开始日期'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
      ],
    },
    { name: 'keyDate', label: '重要时间节点', type: 'relationship', relationTo: 'key-dates' },
    { name: 'target', label: '法治六进', type: 'select', required: true, options: wordOptions(SIX_TARGETS) },
    { name: 'place', label: '地点', type: 'text' },
    { name: 'participants', label: '参与人数', type: 'number', min: 0 },
    { name: 'organizers', label: '联合主办单位', type: 'relationship', relationTo: 'agencies', hasMany: true },
    { name: 'media', label: '照片与作品', type: 'relationship', relationTo: 'media', hasMany: true },
    { name: 'laws', label: '宣传的法律', type: 'relationship', relationTo: 'laws', hasMany: true },
    { name: 'summary', label: '活动简介', type: 'textarea' },
  ],
};
