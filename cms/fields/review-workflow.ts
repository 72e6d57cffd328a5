import type { Field } from 'payload';
import { LIST_STATUSES, LIST_STATUS_LABELS } from '../../core/vocabulary/agency';
import { labelledOptions } from './options';
import { typedJson } from './typed-json';

/**
 * The version, workflow status and review comment of a reviewed record (responsibility lists,
 * reports); `statusHelp` tells editors how the status moves for this kind of record.
 */
export const reviewWorkflowFields = (statusHelp: string): Field[] => [
  { name: 'version', label: '版本', type: 'number', defaultValue: 1, admin: { readOnly: true, position: 'sidebar' } },
  {
    name: 'status',
    label: '状态',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    options: labelledOptions(LIST_STATUSES, LIST_STATUS_LABELS),
    index: true,
    // Moves are made with the workflow buttons below, which offer only what the user may do.
    admin: { position: 'sidebar', readOnly: true, description: statusHelp },
  },
  {
    name: 'workflowActions',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/WorkflowActions#WorkflowActions' } },
  },
  {
    name: 'reviewComment',
    label: '审核意见',
    type: 'textarea',
    // Typed into the 退回 button's reason box; the history keeps every comment.
    admin: { position: 'sidebar', hidden: true },
  },
];

/** The review history the workflow writes (core's ReviewEvent list); never typed in. */
export const reviewHistoryField = (): Field =>
  typedJson(
    { name: 'history', label: '审核记录', admin: { readOnly: true, description: '每次提交、退回、发布的时间、操作人和意见。' } },
    'core/agency/types',
    'ReviewEvent[]',
  );
