import type { CollectionConfig } from 'payload';
import { adminOnly, anyone } from '../access/rules';

/** One article (条) of one law version; the unit that citations and search results point to. */
export const LawArticles: CollectionConfig = {
  slug: 'law-articles',
  labels: { singular: '条文', plural: '条文' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'chapterPath', 'number'],
    listSearchableFields: ['label', 'text'],
    group: '法律法规库',
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  indexes: [{ fields: ['version', 'number', 'subNumber'], unique: true }],
  fields: [
    { name: 'label', label: '名称', type: 'text', required: true },
    { name: 'law', label: '法律', type: 'relationship', relationTo: 'laws', required: true, index: true },
    {
      name: 'version',
      label: '版本',
      type: 'relationship',
      relationTo: 'law-versions',
      required: true,
      index: true,
    },
    { name: 'number', label: '条号', type: 'number', required: true, index: true },
    {
      name: 'subNumber',
      label: '之几',
      type: 'number',
      required: true,
      defaultValue: 0,
      admin: { description: '插入条文“第十七条之一”记为 1；普通条文为 0。' },
    },
    { name: 'numberText', label: '条号（原文）', type: 'text', required: true },
    { name: 'chapterPath', label: '所在编章节', type: 'text' },
    { name: 'text', label: '条文内容', type: 'textarea', required: true },
  ],
};
