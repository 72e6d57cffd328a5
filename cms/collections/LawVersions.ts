import type { CollectionConfig } from 'payload';
import { adminOnly, anyone } from '../access/rules';
import { isoDay } from '../fields/iso-day';
import { typedJson } from '../fields/typed-json';

/** One dated text of a law. A new dated file of the same law becomes a new version. */
export const LawVersions: CollectionConfig = {
  slug: 'law-versions',
  labels: { singular: '法律版本', plural: '法律版本' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'versionDate', 'isCurrent', 'articleCount'],
    group: '法律法规库',
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  indexes: [{ fields: ['law', 'versionDate'], unique: true }],
  fields: [
    { name: 'label', label: '名称', type: 'text', required: true },
    { name: 'law', label: '法律', type: 'relationship', relationTo: 'laws', required: true, index: true },
    { name: 'title', label: '全称', type: 'text', required: true },
    { name: 'versionDate', label: '版本日期', type: 'text', required: true, index: true },
    { name: 'isCurrent', label: '现行有效', type: 'checkbox', defaultValue: false, index: true },
    {
      name: 'effectiveDate',
      label: '施行日期',
      type: 'text',
      validate: isoDay(),
      admin: {
        description: 'YYYY-MM-DD。留空时由条文“自…起施行”推算（修正版本按版本日期）；尚未到施行日期的版本显示“尚未生效”。',
      },
    },
    { name: 'history', label: '沿革', type: 'textarea' },
    typedJson(
      { name: 'sections', label: '序言与非条文部分', admin: { description: '序言、指导性案例的“裁判要点”等，按原文顺序。' } },
      'core/law/types',
      'ParsedSection[]',
    ),
    { name: 'articleCount', label: '条文数', type: 'number' },
    { name: 'sourceFiles', label: '来源文件', type: 'text', hasMany: true },
    { name: 'contentHash', label: '内容指纹', type: 'text', admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'articles',
      label: '条文',
      type: 'join',
      collection: 'law-articles',
      on: 'version',
      defaultSort: 'number',
      defaultLimit: 50,
    },
  ],
};
