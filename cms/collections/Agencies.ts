import type { CollectionConfig } from 'payload';
import { AGENCY_KIND_VALUES } from '../../core/agency/list-duty';
import { adminOnly, anyone } from '../access/rules';

/** Kinds of agency; which of them owe a 普法责任清单 is configured (core/agency/list-duty.ts). */
export const AGENCY_KINDS = AGENCY_KIND_VALUES;
export const AGENCY_LEVELS = ['市', '区县', '街镇', '村'] as const;

/** Agencies (单位) that carry 普法 responsibility; public reference data. */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: { singular: '单位', plural: '单位' },
  admin: { group: '机构与人员', useAsTitle: 'name', defaultColumns: ['name', 'shortName', 'kind', 'level'] },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'name', label: '名称', type: 'text', required: true, unique: true },
    { name: 'shortName', label: '简称', type: 'text' },
    {
      name: 'kind',
      label: '类别',
      type: 'select',
      required: true,
      options: AGENCY_KINDS.map((k) => ({ label: k, value: k })),
    },
    {
      name: 'level',
      label: '层级',
      type: 'select',
      required: true,
      options: AGENCY_LEVELS.map((k) => ({ label: k, value: k })),
    },
    { name: 'parent', label: '上级单位', type: 'relationship', relationTo: 'agencies' },
  ],
};
