import { availableMediaActions, mediaTransition } from '../../../../core/media/workflow';
import { workflowEndpoints } from '../../../agency/workflow-endpoints';
import { mediaStateOf } from '../to-core';

/** GET /api/media/:id/actions and POST /:id/transition (core/media/workflow.ts decides). */
export const mediaWorkflowEndpoints = workflowEndpoints({
  collection: 'media',
  noun: '作品',
  movesOf: (doc, actor) => availableMediaActions(mediaStateOf(doc), actor),
  step: (doc, action, actor, comment) => {
    const result = mediaTransition(mediaStateOf(doc), action, actor, new Date(), comment);
    return result.ok ? { ok: true, status: result.status } : result;
  },
});
