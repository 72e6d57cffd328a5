import { APIError, type CollectionBeforeChangeHook } from 'payload';
import type { ListAction, ListStatus } from '../../../../core/agency/types';
import { createList, transition } from '../../../../core/agency/workflow';
import { actorOf, coreListOf } from '../to-core';
import { sameItems } from './same-items';

/** Which workflow action a status change in the admin form means. */
const ACTION_FOR: Record<string, ListAction> = {
  'draft>submitted': 'submit',
  'returned>submitted': 'submit',
  'returned>draft': 'reopen',
  'submitted>returned': 'return',
  'submitted>published': 'publish',
};

/**
 * Server-side review workflow: every status change must be a legal transition for the user's
 * role (core/agency/workflow.ts), and submitted or published versions are never edited. Seeds
 * pass `context.seeding`; the revise endpoint passes a prepared `context.revision`.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (context.seeding) return withTitle(req, data);
  const actor = actorOf(req.user);
  if (!actor) throw new APIError('请先登录', 401);
  const now = new Date();

  if (operation === 'create') {
    if (context.revision) return withTitle(req, data);
    // An editor who names no agency means their own; naming another one is refused, not rewritten.
    const agency = data.agency ?? actor.agencyId;
    const created = createList(String(agency ?? ''), Number(data.year), actor, now);
    if (!created.ok) throw new APIError(created.error, 403);
    return withTitle(req, { ...data, agency, status: 'draft', version: 1, history: created.list.history, reviewComment: '' });
  }

  const from = originalDoc.status as ListStatus;
  const to = (data.status ?? from) as ListStatus;
  if ((from === 'submitted' || from === 'published') && !sameItems(originalDoc.items, data.items)) {
    throw new APIError(from === 'published' ? '已发布的清单不能直接修改，请使用“修订”生成新版本' : '清单正在审核，不能修改事项', 409);
  }
  if (data.year !== undefined && Number(data.year) !== Number(originalDoc.year)) throw new APIError('不能修改清单年度', 400);
  if (to === from) return data;

  const action = ACTION_FOR[`${from}>${to}`];
  if (!action) throw new APIError(`不能把清单从“${from}”直接改为“${to}”`, 400);
  const result = transition(coreListOf(originalDoc), action, actor, now, data.reviewComment ?? undefined);
  if (!result.ok) throw new APIError(result.error, 403);
  return { ...data, history: result.list.history, reviewComment: '' };
};

async function withTitle(req: Parameters<CollectionBeforeChangeHook>[0]['req'], data: Record<string, unknown>) {
  if (!data.agency) return data;
  const agency = await req.payload.findByID({ collection: 'agencies', id: data.agency as number, depth: 0, req });
  return { ...data, title: `${agency.shortName ?? agency.name} ${data.year}年普法责任清单（第${data.version ?? 1}版）` };
}
