import type { CollectionConfig } from 'payload';
import { publicPageLink } from '../public-page';
import { adminOnly, anyone } from '../access/rules';
import { slugField } from '../fields/slug';
import { LAW_LEVELS } from '../../core/law/levels';
import { isoDay } from '../fields/iso-day';

/** A law as a work (e.g. 民法典); its dated texts are `law-versions`. Filled by the importer. */
export const Laws: CollectionConfig = {
  slug: 'laws',
  labels: { singular: '法律法规', plural: '法律法规' },
  admin: {
    group: '法律法规库',
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'currentVersionDate', 'articleCount'],
    listSearchableFields: ['title', 'slug'],
    components: { edit: publicPageLink('laws') },
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true, index: true },
    slugField(),
    {
      name: 'level',
      label: '效力级别',
      type: 'select',
      required: true,
      index: true,
      options: LAW_LEVELS.map((v) => ({ label: v, value: v })),
    },
    { name: 'category', label: '分类', type: 'text' },
    { name: 'currentVersionDate', label: '现行版本日期', type: 'text', admin: { readOnly: true } },
    { name: 'articleCount', label: '条文数（现行）', type: 'number', admin: { readOnly: true } },
    {
      name: 'repealedDate',
      label: '废止日期',
      type: 'text',
      validate: isoDay(),
      admin: {
        position: 'sidebar',
        description: 'YYYY-MM-DD。填写后全部版本显示“已废止”。其他法律中“《…》同时废止”的条文由网站自动识别，无需填写。',
      },
    },
    {
      name: 'versions',
      label: '版本',
      type: 'join',
      collection: 'law-versions',
      on: 'law',
      defaultSort: '-versionDate',
    },
  ],
};
