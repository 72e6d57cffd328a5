import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import type { Actor, ListAction, ListStatus } from '../../core/agency/types';
import { ACTION_LABELS } from '../../core/agency/workflow';
import { LIST_STATUS_LABELS } from '../../core/vocabulary/agency';
import type { Media, Report, ResponsibilityList } from '../payload-types';
import { actorOf } from '../collections/ResponsibilityLists/to-core';
import { readJsonBody } from '../request-body';
import { visibleRecord } from './versions';

type Slug = 'reports' | 'responsibility-lists' | 'media';
type DocOf<S extends Slug> = S extends 'reports' ? Report : S extends 'media' ? Media : ResponsibilityList;

/** One button the admin shows: a workflow move and its Chinese label. */
export interface WorkflowMove {
  action: ListAction;
  label: string;
}

/** GET /:id/actions: the record's state and the moves the caller may make now. */
export interface WorkflowActionsReply {
  status: ListStatus;
  statusLabel: string;
  moves: WorkflowMove[];
  /** The comment of the latest return, for the editor who has to answer it. */
  returnComment: string | null;
}

/** A core workflow as these endpoints use it; the rules themselves stay in core. */
export interface WorkflowRules<S extends Slug> {
  collection: S;
  /** 清单, 报告 or 作品, for messages. */
  noun: string;
  /** The moves `actor` may make on the stored record now. */
  movesOf(doc: DocOf<S>, actor: Actor): ListAction[];
  /** The status `action` leads to, or the Chinese rule that refuses it. */
  step(doc: DocOf<S>, action: ListAction, actor: Actor, comment: string | undefined): { ok: true; status: ListStatus } | { ok: false; error: string };
}

const MAX_BODY_BYTES = 8 * 1024;

async function recordAndActor<S extends Slug>(req: PayloadRequest, rules: WorkflowRules<S>) {
  const actor = actorOf(req.user);
  if (!actor) throw new APIError('请先以工作人员身份登录', 401);
  const doc = (await visibleRecord(req, rules.collection)) as DocOf<S> | null;
  if (!doc) throw new APIError(`${rules.noun}不存在或无权查看`, 404);
  return { actor, doc };
}

function isAction(value: unknown): value is ListAction {
  return typeof value === 'string' && Object.hasOwn(ACTION_LABELS, value);
}

/**
 * GET /:id/actions and POST /:id/transition for a reviewed collection: the admin's workflow
 * buttons ask which moves the user may make, then make one. The move is applied through the
 * collection's normal update with the caller's access, so the beforeChange workflow hook checks
 * it again; a refusal names the rule in Chinese. Revising is the separate /:id/revise endpoint.
 */
export function workflowEndpoints<S extends Slug>(rules: WorkflowRules<S>): Endpoint[] {
  const actions: Endpoint = {
    path: '/:id/actions',
    method: 'get',
    handler: async (req) => {
      const { actor, doc } = await recordAndActor(req, rules);
      const history = Array.isArray(doc.history) ? doc.history : [];
      const lastReturn = doc.status === 'returned' ? history.findLast((e) => e.action === 'return') : undefined;
      const reply: WorkflowActionsReply = {
        status: doc.status,
        statusLabel: LIST_STATUS_LABELS[doc.status],
        moves: rules.movesOf(doc, actor).map((action) => ({ action, label: ACTION_LABELS[action] })),
        returnComment: lastReturn?.comment ?? null,
      };
      return Response.json(reply);
    },
  };
  const transition: Endpoint = {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      const { actor, doc } = await recordAndActor(req, rules);
      const body = (await readJsonBody(req as never, MAX_BODY_BYTES)) as { action?: unknown; comment?: unknown } | undefined;
      const action = body?.action;
      if (!isAction(action) || action === 'create') throw new APIError('未知的审核操作', 400);
      if (action === 'revise') throw new APIError(`请使用“${ACTION_LABELS.revise}”生成新版本`, 400);
      const comment = typeof body?.comment === 'string' ? body.comment : undefined;
      const step = rules.step(doc, action, actor, comment);
      if (!step.ok) throw new APIError(step.error, 403);
      const updated = await req.payload.update({
        // Both collections carry the same review fields (cms/fields/review-workflow.ts).
        collection: rules.collection as Slug as 'reports',
        id: doc.id,
        data: { status: step.status, reviewComment: comment ?? '' },
        overrideAccess: false,
        user: req.user,
        req,
      });
      return Response.json({ id: updated.id, status: updated.status, statusLabel: LIST_STATUS_LABELS[updated.status] });
    },
  };
  return [actions, transition];
}
