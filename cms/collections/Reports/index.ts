import type { CollectionConfig } from 'payload';
import { publicPageLink } from '../../public-page';
import { publishedOrOwnAgency, reviewersOrOwnAgency } from '../../access/agency-records';
import { agencyEditorsOnly, reportDeleters } from '../../access/reports';
import { adminFieldOnly } from '../../access/rules';
import { owningAgencyField } from '../../fields/owning-agency';
import { reviewHistoryField, reviewWorkflowFields } from '../../fields/review-workflow';
import { reviseReportEndpoint } from './endpoints/revise-report';
import { reportWorkflowEndpoints } from './endpoints/workflow';
import { enforceReportWorkflow } from './hooks/enforce-report-workflow';
import { narrativeFields, signatureFields } from './narrative-fields';
import { typedJson } from '../../fields/typed-json';

/**
 * An agency's annual 履职报告. Figures are not stored: the site computes them from records at
 * build time so each is traceable. Editors write the narrative and submit it; reviewers and
 * admins (普法办) return or publish it; admins record the 评议 on the published report, which
 * then never changes — a revision is a new version (core/agency/report-workflow.ts).
 */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: '履职报告', plural: '履职报告' },
  admin: {
    group: '谁执法谁普法',
    useAsTitle: 'title',
    defaultColumns: ['title', 'agency', 'year', 'version', 'status', 'grade'],
    components: { edit: publicPageLink('reports') },
  },
  access: { read: publishedOrOwnAgency, create: agencyEditorsOnly, update: reviewersOrOwnAgency, delete: reportDeleters },
  indexes: [{ fields: ['agency', 'year', 'version'], unique: true }],
  hooks: { beforeChange: [enforceReportWorkflow] },
  endpoints: [reviseReportEndpoint, ...reportWorkflowEndpoints],
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true },
    owningAgencyField(),
    { name: 'year', label: '年度', type: 'number', required: true, min: 2000, max: 2100 },
    ...reviewWorkflowFields('用下方按钮提交、退回或发布；评议后报告不再变更，修改请“修订”生成新版本。'),
    ...narrativeFields(),
    ...signatureFields(),
    {
      type: 'collapsible',
      label: '评议（管理员填写）',
      admin: { position: 'sidebar', description: '报告发布后由管理员评议；等次由得分自动确定，与评分细则建议的等次不同时须填写评议说明。' },
      fields: [
        { name: 'rubricView', type: 'ui', admin: { components: { Field: '/collections/Reports/components/RubricField#RubricField' } } },
        { name: 'score', label: '评议得分', type: 'number', min: 0, max: 100, access: { create: adminFieldOnly, update: adminFieldOnly } },
        {
          name: 'grade',
          label: '评议等次',
          type: 'select',
          options: ['优秀', '良好', '合格', '不合格'].map((v) => ({ label: v, value: v })),
          access: { create: adminFieldOnly, update: adminFieldOnly },
          admin: { readOnly: true },
        },
        {
          name: 'reviewNote',
          label: '评议说明',
          type: 'textarea',
          access: { create: adminFieldOnly, update: adminFieldOnly },
          admin: { description: '评议等次与评分细则建议不一致时必填，随评议公开。' },
        },
        typedJson(
          { name: 'rubric', label: '评分细则（评议时）', access: { create: adminFieldOnly, update: adminFieldOnly }, admin: { hidden: true } },
          'core/agency/report-rubric',
          'ReportRubric',
        ),
      ],
    },
    reviewHistoryField(),
    { name: 'previous', label: '上一版本', type: 'relationship', relationTo: 'reports', admin: { readOnly: true } },
  ],
};
