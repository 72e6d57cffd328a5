import { APIError, type CollectionConfig } from 'payload';
import { gradeForScore } from '../../core/agency/evaluation';
import { publishedOrOwnAgency, reviewersOrOwnAgency, adminOrEditor } from '../access/agency-records';
import { adminFieldOnly, adminOrOwnAgency } from '../access/rules';
import { owningAgencyField } from '../fields/owning-agency';

const narrative = (name: string, label: string) => ({ name, label, type: 'textarea' as const });

/**
 * An agency's annual 履职报告. Figures are not stored: the site computes them from records at
 * build time so each is traceable. Editors write the narrative; only admins record the 评议.
 */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: '履职报告', plural: '履职报告' },
  admin: { group: '谁执法谁普法', useAsTitle: 'title', defaultColumns: ['title', 'agency', 'year', 'status', 'grade'] },
  access: { read: publishedOrOwnAgency, create: adminOrEditor, update: reviewersOrOwnAgency, delete: adminOrOwnAgency },
  indexes: [{ fields: ['agency', 'year'], unique: true }],
  hooks: {
    beforeChange: [
      // The 评议 grade follows from the score by the published thresholds; it is never typed in.
      ({ data }) => {
        if (data.score === undefined || data.score === null) return data;
        const graded = gradeForScore(Number(data.score));
        if (!graded.ok) throw new APIError(graded.error, 400);
        return { ...data, grade: graded.grade };
      },
    ],
  },
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true },
    owningAgencyField(),
    { name: 'year', label: '年度', type: 'number', required: true, min: 2000, max: 2100 },
    {
      name: 'status',
      label: '状态',
      type: 'select',
      defaultValue: 'draft',
      options: [
        { value: 'draft', label: '草稿' },
        { value: 'published', label: '已发布' },
      ],
      admin: { position: 'sidebar' },
    },
    narrative('mechanism', '机制建设'),
    narrative('internalStudy', '系统内学法用法'),
    narrative('publicEducation', '社会普法宣传'),
    narrative('innovation', '创新普法形式'),
    narrative('effectiveness', '普法实效'),
    {
      type: 'collapsible',
      label: '评议（管理员填写）',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'score', label: '评议得分', type: 'number', min: 0, max: 100, access: { create: adminFieldOnly, update: adminFieldOnly } },
        {
          name: 'grade',
          label: '评议等次',
          type: 'select',
          options: ['优秀', '良好', '合格', '不合格'].map((v) => ({ label: v, value: v })),
          access: { create: adminFieldOnly, update: adminFieldOnly },
        },
      ],
    },
  ],
};
