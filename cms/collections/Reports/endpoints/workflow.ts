import { availableReportActions, reportTransition } from '../../../../core/agency/report-workflow';
import { workflowEndpoints } from '../../../agency/workflow-endpoints';
import { reportStateOf } from '../to-core';

/** GET /api/reports/:id/actions and POST /:id/transition (core/agency/report-workflow.ts decides). */
export const reportWorkflowEndpoints = workflowEndpoints({
  collection: 'reports',
  noun: '报告',
  movesOf: (doc, actor) => availableReportActions(reportStateOf(doc), actor),
  step: (doc, action, actor, comment) => {
    const result = reportTransition(reportStateOf(doc), action, actor, new Date(), comment);
    return result.ok ? { ok: true, status: result.status } : result;
  },
});
