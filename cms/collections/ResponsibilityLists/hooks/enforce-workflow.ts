import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload';
import { actionForStatusChange, createList, transition } from '../../../../core/agency/workflow';
import { LIST_STATUS_LABELS } from '../../../../core/vocabulary/agency';
import type { ResponsibilityList } from '../../../payload-types';
import { agencyIdOf } from '../../../access/roles';
import { relationId, relationKey } from '../../../relation';
import { actorOf, coreListOf } from '../to-core';
import { sameItems } from './same-items';

/**
 * Server-side review workflow: every status change must be a legal transition for the user's
 * role (core/agency/workflow.ts), and submitted or published versions are never edited. Seeds
 * pass `context.seeding`; the revise endpoint passes a prepared `context.revision`.
 */
export const enforceWorkflow: CollectionBeforeChangeHook<ResponsibilityList> = async ({ data, originalDoc, operation, req, context }) => {
  if (context.seeding) return withTitle(req, data);
  const actor = actorOf(req.user);
  if (!actor) throw new APIError('请先登录', 401);
  const now = new Date();

  if (operation === 'create') {
    if (context.revision) return withTitle(req, data);
    // An editor who names no agency means their own; naming another one is refused, not rewritten.
    const agency = data.agency ?? agencyIdOf(req.user);
    const created = createList(relationKey(agency), Number(data.year), actor, now);
    if (!created.ok) throw new APIError(created.error, 403);
    return withTitle(req, { ...data, agency, status: 'draft', version: 1, history: created.list.history, reviewComment: '' });
  }

  // Payload always passes the stored document on update.
  if (!originalDoc) throw new APIError('清单不存在', 404);
  const from = originalDoc.status;
  const to = data.status ?? from;
  if ((from === 'submitted' || from === 'published') && !sameItems(originalDoc.items, data.items)) {
    throw new APIError(from === 'published' ? '已发布的清单不能直接修改，请使用“修订”生成新版本' : '清单正在审核，不能修改事项', 409);
  }
  if (data.year !== undefined && Number(data.year) !== Number(originalDoc.year)) throw new APIError('不能修改清单年度', 400);
  if (to === from) return data;

  const action = actionForStatusChange(from, to);
  if (!action) throw new APIError(`不能把清单从“${LIST_STATUS_LABELS[from]}”直接改为“${LIST_STATUS_LABELS[to]}”`, 400);
  const result = transition(coreListOf(originalDoc), action, actor, now, data.reviewComment ?? undefined);
  if (!result.ok) throw new APIError(result.error, 403);
  return { ...data, history: result.list.history, reviewComment: '' };
};

async function withTitle(req: PayloadRequest, data: Partial<ResponsibilityList>) {
  if (!data.agency) return data;
  const agency = await req.payload.findByID({ collection: 'agencies', id: relationId(data.agency), depth: 0, req });
  return { ...data, title: `${agency.shortName ?? agency.name} ${data.year}年普法责任清单（第${data.version ?? 1}版）` };
}
