/**
 * The responsibility list's review workflow, as a pure state machine:
 *
 *   draft --submit--> submitted --publish--> published --revise--> (version + 1) draft
 *                        |  ^
 *                  return|  |submit
 *                        v  |
 *                      returned --reopen--> draft
 *
 * Editors (agency-editor bound to the list's agency) create, submit, reopen and revise;
 * reviewers and admins (普法办) return (with a comment) and publish. The 普法办 does not
 * submit for an agency: the agency answers for its own list. Publishing is only possible
 * from `submitted`, so no list is published without review. A published version is never
 * changed: `revise` returns a new record (version + 1) and the old one stays visible until
 * the new one is published (see visibleList).
 */
import type { Actor, ListAction, ListItem, ListStatus, ResponsibilityList, ReviewEvent } from './types';
import { LIST_STATUS_LABELS } from './types';

/** Chinese names of the actions, for buttons and error messages. */
export const ACTION_LABELS: Readonly<Record<ListAction, string>> = {
  create: '新建清单',
  submit: '提交审核',
  reopen: '退回后修改',
  return: '退回',
  publish: '审核发布',
  revise: '修订新版本',
};

type Who = 'editor' | 'reviewer';
interface Rule {
  from: readonly (ListStatus | null)[];
  to: ListStatus;
  who: Who;
}

const RULES: Readonly<Record<ListAction, Rule>> = {
  create: { from: [null], to: 'draft', who: 'editor' },
  submit: { from: ['draft', 'returned'], to: 'submitted', who: 'editor' },
  reopen: { from: ['returned'], to: 'draft', who: 'editor' },
  return: { from: ['submitted'], to: 'returned', who: 'reviewer' },
  publish: { from: ['submitted'], to: 'published', who: 'reviewer' },
  revise: { from: ['published'], to: 'draft', who: 'editor' },
};

/**
 * The action a status change means when a form sets the status directly (the admin's status
 * select), or undefined when no single step leads there. Creating and revising start a record;
 * they are never a status change of an existing one.
 */
export function actionForStatusChange(from: ListStatus, to: ListStatus): ListAction | undefined {
  return (Object.keys(RULES) as ListAction[]).find(
    (a) => a !== 'create' && a !== 'revise' && RULES[a].from.includes(from) && RULES[a].to === to,
  );
}

/** Outcome of a workflow step: the new record and its history event, or a Chinese error. */
export type TransitionResult =
  { ok: true; list: ResponsibilityList; event: ReviewEvent } | { ok: false; error: string };

/** Why `actor` may not act as `who` on the agency's list, or null when allowed. */
function roleError(who: Who, actor: Actor, agencyId: string): string | null {
  if (who === 'reviewer') {
    return actor.role === 'reviewer' || actor.role === 'admin' ? null : '只有审核员或管理员可以审核清单';
  }
  if (actor.role !== 'agency-editor') return '只有本单位编辑可以编制和提交清单';
  return actor.agencyId === agencyId ? null : '只能编制本单位的清单';
}

function timestamp(now: Date): string | null {
  return now instanceof Date && !Number.isNaN(now.getTime()) ? now.toISOString() : null;
}

/** Creates version 1 of an agency's list for a year, as a draft with no items. */
export function createList(agencyId: string, year: number, actor: Actor, now: Date): TransitionResult {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return { ok: false, error: '年度无效' };
  const blank: ResponsibilityList = { agencyId, year, version: 1, status: 'draft', items: [], history: [] };
  return step(blank, null, 'create', actor, now);
}

/**
 * Applies `action` to `list` on behalf of `actor` at `now`. `return` needs a non-blank
 * comment. `revise` returns a new draft record (version + 1, items copied) and leaves the
 * published one untouched. The input list is never mutated.
 */
export function transition(
  list: ResponsibilityList,
  action: ListAction,
  actor: Actor,
  now: Date,
  comment?: string,
): TransitionResult {
  if (action === 'create') return { ok: false, error: '清单已存在，不能重复新建' };
  return step(list, list.status, action, actor, now, comment);
}

function step(
  list: ResponsibilityList,
  from: ListStatus | null,
  action: ListAction,
  actor: Actor,
  now: Date,
  comment?: string,
): TransitionResult {
  const rule = RULES[action];
  if (!rule) return { ok: false, error: '未知操作' };
  const at = timestamp(now);
  if (!at) return { ok: false, error: '操作时间无效' };
  const denied = roleError(rule.who, actor, list.agencyId);
  if (denied) return { ok: false, error: denied };
  if (!rule.from.includes(from)) {
    const state = from ? LIST_STATUS_LABELS[from] : '未创建';
    return { ok: false, error: `清单当前状态为“${state}”，不能${ACTION_LABELS[action]}` };
  }
  // A record claiming `submitted` must have been submitted in its own history: the state
  // machine, not a hand-set status field, is what lets a list reach publication.
  if (action === 'publish' && list.history.at(-1)?.to !== 'submitted') {
    return { ok: false, error: '清单没有提交审核记录，不能发布' };
  }
  const note = comment?.trim();
  if (action === 'return' && !note) return { ok: false, error: '退回时必须填写审核意见' };
  const version = action === 'revise' ? list.version + 1 : list.version;
  const event: ReviewEvent = { at, actorId: actor.id, role: actor.role, action, from, to: rule.to, version };
  if (note) event.comment = note;
  const history = action === 'revise' ? [event] : [...list.history, event];
  const items = structuredClone(list.items);
  return { ok: true, list: { ...list, version, status: rule.to, items, history }, event };
}

/**
 * Starts a new version from all versions of one agency × year: only the newest version may
 * be revised, and only once it is published, so two drafts of the same year never compete.
 */
export function reviseList(versions: readonly ResponsibilityList[], actor: Actor, now: Date): TransitionResult {
  const latest = latestList(versions);
  if (!latest) return { ok: false, error: '尚无清单，不能修订' };
  if (latest.status !== 'published') {
    return { ok: false, error: `第${latest.version}版尚未发布，请在该版本上继续修改` };
  }
  return transition(latest, 'revise', actor, now);
}

/** The actions `actor` may take on `list` now (for showing buttons). */
export function availableActions(list: ResponsibilityList, actor: Actor): ListAction[] {
  return (Object.keys(RULES) as ListAction[]).filter(
    (a) => a !== 'create' && RULES[a].from.includes(list.status) && !roleError(RULES[a].who, actor, list.agencyId),
  );
}

/**
 * Replaces the items of a draft or returned list. Submitted and published versions are
 * never edited: a published list changes only through `revise`.
 */
export function replaceItems(
  list: ResponsibilityList,
  items: ListItem[],
  actor: Actor,
): { ok: true; list: ResponsibilityList } | { ok: false; error: string } {
  const denied = roleError('editor', actor, list.agencyId);
  if (denied) return { ok: false, error: denied };
  if (list.status !== 'draft' && list.status !== 'returned') {
    return { ok: false, error: `清单当前状态为“${LIST_STATUS_LABELS[list.status]}”，不能修改条目` };
  }
  return { ok: true, list: { ...list, items: structuredClone(items) } };
}

/** The version readers see: the highest published version, or undefined if none. */
export function visibleList(versions: readonly ResponsibilityList[]): ResponsibilityList | undefined {
  return versions
    .filter((v) => v.status === 'published')
    .reduce<ResponsibilityList | undefined>((best, v) => (!best || v.version > best.version ? v : best), undefined);
}

/** The newest version of any status (the one editors work on), or undefined if none. */
export function latestList(versions: readonly ResponsibilityList[]): ResponsibilityList | undefined {
  return versions.reduce<ResponsibilityList | undefined>(
    (best, v) => (!best || v.version > best.version ? v : best),
    undefined,
  );
}
