import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { actionForStatusChange } from '../../../../core/agency/workflow';
import { createEvent, mediaContentLocked, mediaTransition } from '../../../../core/media/workflow';
import { LIST_STATUS_LABELS } from '../../../../core/vocabulary/agency';
import type { Media } from '../../../payload-types';
import { PROCESSED } from '../../../media/process';
import { relationKey } from '../../../relation';
import { actorOf } from '../../ResponsibilityLists/to-core';
import { mediaStateOf } from '../to-core';

/** What the agency wrote; frozen while an item is in review or published. */
const CONTENT_FIELDS = ['title', 'slug', 'artForm', 'performers', 'description', 'audiences', 'relatedLaws', 'transcript', 'chapters', 'filename'] as const satisfies readonly (keyof Media)[];

// Relations arrive as ids or documents, arrays in any of those forms: compare them as text.
const norm = (v: unknown): string => JSON.stringify(Array.isArray(v) ? v.map((x) => relationKey(x as never)) : v == null || v === '' ? null : typeof v === 'object' ? relationKey(v as never) : v);

/**
 * Server-side media workflow (core/media/workflow.ts): editors write and submit, reviewers and
 * admins return or publish; a video needs captions and finished processing; submitted and
 * published items are not edited. The status, history and version are never taken from the
 * request. Seeds pass `context.seeding`; the processing's own update `context.mediaProcessed`;
 * server code without a user (Local API) is trusted like a seed.
 */
export const enforceMediaWorkflow: CollectionBeforeChangeHook<Media> = ({ data, originalDoc, operation, req, context }) => {
  if (context.seeding || context[PROCESSED] || !req.user) return data;
  const actor = actorOf(req.user);
  if (!actor) throw new APIError('请先以工作人员身份登录', 401);
  const now = new Date();
  const { status: _status, history: _history, version: _version, reviewComment, ...rest } = data;
  if (operation === 'create') {
    if (actor.role !== 'agency-editor' && actor.role !== 'admin') throw new APIError('只有单位编辑或管理员可以上传作品', 403);
    return { ...rest, status: 'draft', version: 1, history: [createEvent(actor, now)], reviewComment: '' };
  }
  if (!originalDoc) throw new APIError('作品不存在', 404);
  const changed = CONTENT_FIELDS.filter((f) => f in data && norm(data[f]) !== norm(originalDoc[f]));
  const status = originalDoc.status ?? 'draft';
  const locked = mediaContentLocked(status);
  if (changed.length > 0 && locked) throw new APIError(locked, 409);
  const next: Partial<Media> = { ...rest, status, version: originalDoc.version ?? 1, history: originalDoc.history ?? [] };
  const to = data.status ?? status;
  if (to !== status) {
    const action = status === 'published' && to === 'returned' ? 'return' : actionForStatusChange(status, to);
    if (!action) throw new APIError(`不能把作品从“${LIST_STATUS_LABELS[status]}”直接改为“${LIST_STATUS_LABELS[to]}”`, 400);
    const step = mediaTransition(mediaStateOf(originalDoc, rest), action, actor, now, typeof reviewComment === 'string' ? reviewComment : undefined);
    if (!step.ok) throw new APIError(step.error, 403);
    Object.assign(next, { status: step.status, history: step.history, reviewComment: '' });
  }
  return next;
};
