import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { publicPageLink } from '../public-page';
import { adminOrOwnAgency, anyone } from '../access/rules';
import { adminOrEditor } from '../access/agency-records';
import { owningAgencyField } from '../fields/owning-agency';
import { DATA_DIR } from '../paths';
import { webVtt } from '../fields/validators';
import { ART_FORMS } from '../../core/vocabulary/agency';
import { wordOptions } from '../fields/options';


/** Legal-education media (戏曲普法, 评书普法 …): uploads with sharp-made sizes. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '普法作品', plural: '普法作品' },
  admin: { group: '普法宣传', useAsTitle: 'title', defaultColumns: ['title', 'artForm', 'agency'], components: { edit: publicPageLink('media') } },
  access: {
    read: anyone,
    create: adminOrEditor,
    update: adminOrOwnAgency,
    delete: adminOrOwnAgency,
  },
  upload: {
    staticDir: path.join(DATA_DIR, 'media'),
    mimeTypes: ['image/*', 'audio/*', 'video/*'],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, withoutEnlargement: true },
    ],
    formatOptions: { format: 'webp', options: { quality: 80 } },
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'title', label: '作品名称', type: 'text', required: true },
    {
      name: 'artForm',
      label: '艺术形式',
      type: 'select',
      required: true,
      options: wordOptions(ART_FORMS),
    },
    { name: 'performers', label: '表演者', type: 'text', hasMany: true },
    { name: 'durationSeconds', label: '时长（秒）', type: 'number', min: 0 },
    {
      name: 'transcript',
      label: '唱词/字幕（WebVTT）',
      type: 'textarea',
      validate: webVtt(),
    },
    { name: 'relatedLaws', label: '相关法律', type: 'relationship', relationTo: 'laws', hasMany: true },
    owningAgencyField(),
  ],
};
