/**
 * The media item's review workflow: the responsibility list's state machine (core/agency/
 * workflow.ts) — draft → submitted → published, returned with a comment — with the media rules:
 *
 * - a video is published only with captions (字幕/唱词), audio and video only once processed;
 * - the content of a submitted or published item does not change (a reviewer approved it);
 * - there are no versions: `revise` is not a media move; instead a reviewer may return a
 *   published item (退回, with a reason), which takes it off the site until it is published again.
 */
import { availableActions, transition } from '../agency/workflow';
import type { Actor, ListAction, ListStatus, ReviewEvent } from '../agency/types';
import type { ProcessingState } from './types';

/** One media item as the workflow sees it. */
export interface MediaState {
  agencyId: string;
  status: ListStatus;
  history: ReviewEvent[];
  kind: 'video' | 'audio' | 'image' | null;
  hasCaptions: boolean;
  processing: ProcessingState | null;
}

export type MediaStep = { ok: true; status: ListStatus; history: ReviewEvent[] } | { ok: false; error: string };

// The list workflow speaks of 清单; here it is an 作品. Lists have years; media do not.
const asMedia = (error: string) => error.replaceAll('清单', '作品');
const asList = (m: MediaState) => ({ agencyId: m.agencyId, year: 2000, version: 1, status: m.status, history: m.history, items: [] });

/** Why the item may not be published as it is (a Chinese reason), or null. */
export function publishBlocker(m: MediaState): string | null {
  if (m.kind === 'video' && !m.hasCaptions) return '视频作品须先填写或导入字幕（WebVTT 或 LRC）才能发布';
  if ((m.kind === 'video' || m.kind === 'audio') && m.processing !== 'done') {
    return m.processing === 'failed' ? '音视频处理失败，请重新上传文件后再提交' : '音视频仍在处理中，请稍后再发布';
  }
  return null;
}

/** The history's first event for a new item (made by an editor or admin). */
export function createEvent(actor: Actor, now: Date): ReviewEvent {
  return { at: now.toISOString(), actorId: actor.id, role: actor.role, action: 'create', from: null, to: 'draft', version: 1 };
}

/** Applies a status change on behalf of `actor`; the list rules decide who and from where, the media rules what. */
export function mediaTransition(m: MediaState, action: ListAction, actor: Actor, now: Date, comment?: string): MediaStep {
  if (action === 'revise' || action === 'create') return { ok: false, error: '普法作品没有版本：请退回后修改' };
  if (action === 'publish' || action === 'submit') {
    const blocked = publishBlocker(m);
    if (blocked) return { ok: false, error: blocked };
  }
  if (action === 'return' && m.status === 'published') return unpublish(m, actor, now, comment);
  const result = transition(asList(m), action, actor, now, comment);
  if (!result.ok) return { ok: false, error: asMedia(result.error) };
  return { ok: true, status: result.list.status, history: result.list.history };
}

const isReviewer = (actor: Actor) => actor.role === 'reviewer' || actor.role === 'admin';

/** A reviewer takes a published item back to `returned`, with a reason the editor will read. */
function unpublish(m: MediaState, actor: Actor, now: Date, comment?: string): MediaStep {
  if (!isReviewer(actor)) return { ok: false, error: '只有审核员或管理员可以退回已发布的作品' };
  const note = comment?.trim();
  if (!note) return { ok: false, error: '退回时必须填写审核意见' };
  const event: ReviewEvent = { at: now.toISOString(), actorId: actor.id, role: actor.role, action: 'return', from: 'published', to: 'returned', version: 1, comment: note };
  return { ok: true, status: 'returned', history: [...m.history, event] };
}

/** The moves `actor` may make now (for the admin's buttons). */
export function availableMediaActions(m: MediaState, actor: Actor): ListAction[] {
  if (m.status === 'published') return isReviewer(actor) ? ['return'] : [];
  return availableActions(asList(m), actor).filter((a) => a !== 'revise');
}

/** Why content may not change in this state, or null: only drafts and returned items are edited. */
export function mediaContentLocked(status: ListStatus): string | null {
  if (status === 'submitted') return '作品正在审核，不能修改内容';
  if (status === 'published') return '已发布的作品不能直接修改，请联系审核员退回后再改';
  return null;
}

/** When the item was published: the last publish event's time, or null. */
export const publishedAtOf = (history: readonly ReviewEvent[]): string | null => history.findLast((e) => e.action === 'publish')?.at ?? null;
