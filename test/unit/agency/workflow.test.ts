import { describe, expect, it } from 'vitest';
import {
  availableActions,
  createList,
  latestList,
  replaceItems,
  reviseList,
  transition,
  visibleList,
} from '../../../core/agency/workflow';
import type { Actor, ListAction, ListStatus, ResponsibilityList } from '../../../core/agency/types';
import { LATER, NOW, admin, editor, item, otherEditor, reviewer, teacher } from './fixtures';

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

/** A list in `state`, reached through the real transitions so its history is genuine. */
function listIn(state: ListStatus): ResponsibilityList {
  let list = ok(createList('scjg', 2026, editor, NOW)).list;
  list = { ...list, items: [item('a', 1)] };
  if (state === 'draft') return list;
  list = ok(transition(list, 'submit', editor, NOW)).list;
  if (state === 'submitted') return list;
  if (state === 'returned') return ok(transition(list, 'return', reviewer, NOW, '请补充工作目标')).list;
  return ok(transition(list, 'publish', reviewer, NOW)).list;
}

const STATES: ListStatus[] = ['draft', 'submitted', 'returned', 'published'];
const ACTIONS: Exclude<ListAction, 'create'>[] = ['submit', 'reopen', 'return', 'publish', 'revise'];
const ACTORS: [string, Actor][] = [
  ['own editor', editor],
  ['other agency editor', otherEditor],
  ['reviewer', reviewer],
  ['admin', admin],
  ['teacher', teacher],
];
// Written out by hand (not derived from the implementation's table).
const ALLOWED: Record<string, Partial<Record<ListAction, ListStatus[]>>> = {
  'own editor': { submit: ['draft', 'returned'], reopen: ['returned'], revise: ['published'] },
  'other agency editor': {},
  reviewer: { return: ['submitted'], publish: ['submitted'] },
  admin: { return: ['submitted'], publish: ['submitted'] },
  teacher: {},
};
const RESULT: Record<Exclude<ListAction, 'create'>, ListStatus> = {
  submit: 'submitted',
  reopen: 'draft',
  return: 'returned',
  publish: 'published',
  revise: 'draft',
};

describe('workflow matrix: every role × action × state', () => {
  for (const [name, actor] of ACTORS) {
    for (const action of ACTIONS) {
      for (const state of STATES) {
        const allowed = ALLOWED[name]?.[action]?.includes(state) ?? false;
        it(`${name} ${action} on ${state} → ${allowed ? 'allowed' : 'refused'}`, () => {
          const before = listIn(state);
          const snapshot = structuredClone(before);
          const r = transition(before, action, actor, LATER, '意见');
          expect(before).toEqual(snapshot);
          expect(r.ok).toBe(allowed);
          if (r.ok) {
            expect(r.list.status).toBe(RESULT[action]);
            expect(r.event).toMatchObject({ action, from: state, to: RESULT[action], actorId: actor.id });
            expect(r.event.at).toBe(LATER.toISOString());
            expect(availableActions(before, actor)).toContain(action);
          } else {
            expect(r.error).toMatch(/[\u4e00-\u9fff]/);
            expect(availableActions(before, actor)).not.toContain(action);
          }
        });
      }
    }
  }
});

describe('workflow rules', () => {
  it('refuses an editor publishing their own submitted list', () => {
    const r = transition(listIn('submitted'), 'publish', editor, LATER);
    expect(r).toEqual({ ok: false, error: '只有审核员或管理员可以审核清单' });
  });

  it('refuses publishing a draft that was never submitted', () => {
    const r = transition(listIn('draft'), 'publish', reviewer, LATER);
    expect(r).toEqual({ ok: false, error: '清单当前状态为“草稿”，不能审核发布' });
  });

  it('refuses publishing a record whose status says submitted without a submit event', () => {
    const forged = { ...listIn('draft'), status: 'submitted' as const };
    expect(transition(forged, 'publish', admin, LATER)).toEqual({ ok: false, error: '清单没有提交审核记录，不能发布' });
  });

  it('requires a comment to return a list, and keeps it in the history', () => {
    const submitted = listIn('submitted');
    expect(transition(submitted, 'return', reviewer, LATER)).toEqual({ ok: false, error: '退回时必须填写审核意见' });
    expect(transition(submitted, 'return', reviewer, LATER, '   ').ok).toBe(false);
    const r = ok(transition(submitted, 'return', reviewer, LATER, '  目标不够具体 '));
    expect(r.event.comment).toBe('目标不够具体');
    expect(r.list.history.map((e) => e.action)).toEqual(['create', 'submit', 'return']);
  });

  it('lets a returned list go back to draft or be submitted again, then published', () => {
    const returned = listIn('returned');
    expect(ok(transition(returned, 'reopen', editor, LATER)).list.status).toBe('draft');
    const resubmitted = ok(transition(returned, 'submit', editor, LATER)).list;
    const published = ok(transition(resubmitted, 'publish', admin, LATER)).list;
    expect(published.history.map((e) => e.to)).toEqual(['draft', 'submitted', 'returned', 'submitted', 'published']);
  });

  it('revises a published list into version 2 while version 1 stays visible until 2 is published', () => {
    const v1 = listIn('published');
    const v2 = ok(reviseList([v1], editor, LATER)).list;
    expect(v1.status).toBe('published');
    expect(v2).toMatchObject({ version: 2, status: 'draft', items: v1.items });
    expect(v2.items).not.toBe(v1.items);
    expect(v2.history).toHaveLength(1);
    expect(v2.history[0]).toMatchObject({ action: 'revise', from: 'published', to: 'draft', version: 2 });
    expect(visibleList([v1, v2])).toBe(v1);
    expect(latestList([v1, v2])).toBe(v2);
    const v2Submitted = ok(transition(v2, 'submit', editor, LATER)).list;
    const v2Published = ok(transition(v2Submitted, 'publish', reviewer, LATER)).list;
    expect(visibleList([v1, v2Published])).toBe(v2Published);
  });

  it('refuses a second revision while a newer version is unpublished', () => {
    const v1 = listIn('published');
    const v2 = ok(reviseList([v1], editor, LATER)).list;
    expect(reviseList([v1, v2], editor, LATER)).toEqual({ ok: false, error: '第2版尚未发布，请在该版本上继续修改' });
    expect(reviseList([], editor, LATER).ok).toBe(false);
  });

  it('allows item edits only on draft and returned lists of the editor’s own agency', () => {
    const items = [item('x', 1)];
    expect(ok(replaceItems(listIn('draft'), items, editor)).list.items).toEqual(items);
    expect(replaceItems(listIn('returned'), items, editor).ok).toBe(true);
    expect(replaceItems(listIn('submitted'), items, editor)).toEqual({
      ok: false,
      error: '清单当前状态为“待审核”，不能修改条目',
    });
    expect(replaceItems(listIn('published'), items, editor).ok).toBe(false);
    expect(replaceItems(listIn('draft'), items, otherEditor)).toEqual({ ok: false, error: '只能编制本单位的清单' });
    expect(replaceItems(listIn('draft'), items, admin).ok).toBe(false);
  });

  it('creates version 1 only for the editor’s own agency and a sane year and time', () => {
    expect(ok(createList('scjg', 2026, editor, NOW)).list).toMatchObject({ version: 1, status: 'draft', items: [] });
    expect(createList('scjg', 2026, otherEditor, NOW).ok).toBe(false);
    expect(createList('scjg', 2026, reviewer, NOW).ok).toBe(false);
    expect(createList('scjg', 26, editor, NOW)).toEqual({ ok: false, error: '年度无效' });
    expect(createList('scjg', 2026, editor, new Date('nope'))).toEqual({ ok: false, error: '操作时间无效' });
    expect(transition(listIn('draft'), 'create', editor, NOW).ok).toBe(false);
  });
});
