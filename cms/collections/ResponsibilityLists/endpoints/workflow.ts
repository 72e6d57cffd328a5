import { availableActions, transition } from '../../../../core/agency/workflow';
import { workflowEndpoints } from '../../../agency/workflow-endpoints';
import { coreListOf } from '../to-core';

/** GET /api/responsibility-lists/:id/actions and POST /:id/transition (core/agency/workflow.ts decides). */
export const listWorkflowEndpoints = workflowEndpoints({
  collection: 'responsibility-lists',
  noun: '清单',
  movesOf: (doc, actor) => availableActions(coreListOf(doc), actor),
  step: (doc, action, actor, comment) => {
    const result = transition(coreListOf(doc), action, actor, new Date(), comment);
    return result.ok ? { ok: true, status: result.list.status } : result;
  },
});
