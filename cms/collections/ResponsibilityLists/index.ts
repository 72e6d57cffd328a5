import type { CollectionConfig } from 'payload';
import { publicPageLink } from '../../public-page';
import { publishedOrOwnAgency, reviewersOrOwnAgency } from '../../access/agency-records';
import { agencyEditorsOnly } from '../../access/reports';
import { adminOnly } from '../../access/rules';
import { owningAgencyField } from '../../fields/owning-agency';
import { reviewHistoryField, reviewWorkflowFields } from '../../fields/review-workflow';
import { listItemFields } from './item-fields';
import { enforceWorkflow } from './hooks/enforce-workflow';
import { exportListEndpoint, importTemplateEndpoint } from './endpoints/export-list';
import { importListEndpoint } from './endpoints/import-list';
import { reviseListEndpoint } from './endpoints/revise-list';
import { listWorkflowEndpoints } from './endpoints/workflow';

/**
 * An agency's 普法责任清单 for one year ("谁执法谁普法"). Each item carries the 四清单 facets:
 * 内容, 责任, 措施, 标准. Drafts are private to the agency; review and publication follow the
 * workflow in core/agency/workflow.ts, enforced in a hook; published versions are never edited,
 * a revision is a new version.
 */
export const ResponsibilityLists: CollectionConfig = {
  slug: 'responsibility-lists',
  labels: { singular: '普法责任清单', plural: '普法责任清单' },
  admin: {
    group: '谁执法谁普法',
    useAsTitle: 'title',
    defaultColumns: ['title', 'agency', 'year', 'status', 'version'],
    components: { beforeListTable: ['/components/ImportListForm#ImportListForm'], edit: publicPageLink('responsibility-lists') },
  },
  access: {
    read: publishedOrOwnAgency,
    // Only an agency's own editor opens its list (the 普法办 reviews, it does not author).
    create: agencyEditorsOnly,
    update: reviewersOrOwnAgency,
    delete: adminOnly,
  },
  indexes: [{ fields: ['agency', 'year', 'version'], unique: true }],
  hooks: { beforeChange: [enforceWorkflow] },
  // The template route is listed before '/:id/…' routes so it is not taken for an id.
  endpoints: [importTemplateEndpoint, importListEndpoint, exportListEndpoint, reviseListEndpoint, ...listWorkflowEndpoints],
  fields: [
    { name: 'title', label: '名称', type: 'text', admin: { readOnly: true } },
    owningAgencyField(),
    { name: 'year', label: '年度', type: 'number', required: true, min: 2000, max: 2100, index: true },
    ...reviewWorkflowFields('用下方按钮提交、退回或发布；服务器按审核流程校验每一步。'),
    {
      name: 'items',
      label: '清单事项',
      type: 'array',
      labels: { singular: '事项', plural: '清单事项' },
      admin: { components: { RowLabel: { path: '/components/RowLabel#RowLabel', clientProps: { noun: '项', fields: ['category', 'topic'] } } } },
      fields: listItemFields,
    },
    reviewHistoryField(),
    { name: 'previous', label: '上一版本', type: 'relationship', relationTo: 'responsibility-lists', admin: { readOnly: true } },
  ],
};
