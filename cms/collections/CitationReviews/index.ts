import type { CollectionConfig } from 'payload';
import {
  CITATION_CHANGES,
  CITATION_CHANGE_LABELS,
  CITING_KINDS,
  CITING_KIND_LABELS,
  REVIEW_STATES,
  REVIEW_STATE_LABELS,
} from '../../../core/vocabulary/citation-review';
import { adminOnly, contentCurators } from '../../access/rules';
import { labelledOptions } from '../../fields/options';
import { typedJson } from '../../fields/typed-json';
import { recordReviewer, repinReviewedQuestion } from './hooks';

const DIFF_COMPONENT = '/collections/CitationReviews/CitationDiff';

/**
 * 待复核 flags: one per citation (a lesson's <Cite>, a practice or an exam question) whose article
 * changed in a newly imported version of its law. Written by the importer; reviewers and admins
 * read them and mark them 已复核, which records who and when and, for questions stored in the
 * CMS, re-pins the question to the new version. Questions have no agency, so agency editors see
 * none of them.
 */
export const CitationReviews: CollectionConfig = {
  slug: 'citation-reviews',
  labels: { singular: '引用复核', plural: '引用复核' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'status', 'changeKind', 'diff', 'newVersion'],
    group: '法律法规库',
    description: '法律修改后，引用了被修改条文的课程、练习题和考试题。复核内容后把状态改为“已复核”并保存；待复核的考试题不会被抽取。',
  },
  access: { read: contentCurators, create: adminOnly, update: contentCurators, delete: adminOnly },
  hooks: { beforeChange: [recordReviewer], afterChange: [repinReviewedQuestion] },
  fields: [
    { name: 'label', label: '引用', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'status',
      label: '状态',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: labelledOptions(REVIEW_STATES, REVIEW_STATE_LABELS),
    },
    {
      type: 'row',
      fields: [
        { name: 'sourceKind', label: '内容类型', type: 'select', required: true, options: labelledOptions(CITING_KINDS, CITING_KIND_LABELS), admin: { readOnly: true } },
        { name: 'sourceId', label: '内容编号', type: 'text', required: true, index: true, admin: { readOnly: true, description: '课程文件名或题目编号' } },
        { name: 'question', label: '试题', type: 'relationship', relationTo: 'questions', admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'law', label: '法律', type: 'relationship', relationTo: 'laws', required: true, index: true, admin: { readOnly: true } },
        { name: 'article', label: '引用条号', type: 'number', required: true, admin: { readOnly: true } },
        { name: 'newArticle', label: '新版本条号', type: 'number', admin: { readOnly: true, description: '条号变更时为建议的新条号' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'pinnedVersion', label: '核对时的版本', type: 'text', required: true, admin: { readOnly: true } },
        { name: 'newVersion', label: '新版本', type: 'text', required: true, index: true, admin: { readOnly: true } },
        { name: 'changeKind', label: '变化', type: 'select', required: true, options: labelledOptions(CITATION_CHANGES, CITATION_CHANGE_LABELS), admin: { readOnly: true } },
      ],
    },
    typedJson(
      { name: 'diff', label: '条文对照', admin: { readOnly: true, components: { Cell: `${DIFF_COMPONENT}#DiffCell`, Field: `${DIFF_COMPONENT}#DiffField` } } },
      'core/citations/stale',
      'DiffPart[]',
    ),
    { name: 'note', label: '复核说明', type: 'textarea' },
    {
      type: 'row',
      fields: [
        { name: 'reviewedBy', label: '复核人', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'reviewedAt', label: '复核时间', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
};
