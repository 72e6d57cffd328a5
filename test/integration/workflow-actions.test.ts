/**
 * The admin's workflow buttons: GET /:id/actions lists exactly the moves core allows the user in
 * the record's state, and POST /:id/transition applies one, refusing any other with the rule's
 * Chinese message — for responsibility lists and annual reports, every role × state.
 */
import { fullNarrative } from '../helpers/report-narrative';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from 'payload';
import type { ListAction, ListStatus, ReviewEvent } from '../../core/agency/types';
import { availableReportActions, reportTransition } from '../../core/agency/report-workflow';
import { availableActions, transition } from '../../core/agency/workflow';
import type { WorkflowActionsReply } from '../../cms/agency/workflow-endpoints';
import { reportStateOf } from '../../cms/collections/Reports/to-core';
import { reportWorkflowEndpoints } from '../../cms/collections/Reports/endpoints/workflow';
import { listWorkflowEndpoints } from '../../cms/collections/ResponsibilityLists/endpoints/workflow';
import { actorOf, coreListOf } from '../../cms/collections/ResponsibilityLists/to-core';
import { refusalOf, respond } from '../helpers/endpoint';
import { agencyStaff, makeUser, type TestUser } from '../helpers/payload';
import type { DocId } from '../../cms/relation';

const staff = await agencyStaff();
const { payload, agencyId, editor, otherEditor, reviewer, admin } = staff;
const teacher = await makeUser(payload, 'teacher');
const roles: [string, TestUser][] = [['editor', editor], ['otherEditor', otherEditor], ['reviewer', reviewer], ['admin', admin], ['teacher', teacher]];
const STATES: ListStatus[] = ['draft', 'submitted', 'returned', 'published'];
const MOVES: ListAction[] = ['submit', 'reopen', 'return', 'publish'];

type Slug = 'responsibility-lists' | 'reports';
const endpointsOf = (slug: Slug) => (slug === 'reports' ? reportWorkflowEndpoints : listWorkflowEndpoints);
const handler = (slug: Slug, method: string) => endpointsOf(slug).find((e: Endpoint) => e.method === method)!.handler;

/** History that leads to `status`, so core accepts the record as reached by the workflow. */
function historyTo(status: ListStatus): ReviewEvent[] {
  const at = new Date().toISOString();
  const event = (action: ListAction, from: ListStatus | null, to: ListStatus): ReviewEvent => ({ at, actorId: String(editor.id), role: 'agency-editor', action, from, to, version: 1 });
  const path: ReviewEvent[] = [event('create', null, 'draft')];
  if (status !== 'draft') path.push(event('submit', 'draft', 'submitted'));
  if (status === 'returned') path.push({ ...event('return', 'submitted', 'returned'), comment: '请补充' });
  if (status === 'published') path.push(event('publish', 'submitted', 'published'));
  return path;
}

let year = 2060;
async function recordIn(slug: Slug, status: ListStatus, score?: number) {
  const data = { agency: agencyId, year: year++, version: 1, status, history: historyTo(status), title: '测试报告', score, ...(slug === 'reports' ? fullNarrative() : {}) };
  return payload.create({ collection: slug as 'reports', data, context: { seeding: true } });
}

const askMoves = (slug: Slug, id: DocId, user: TestUser) => respond(handler(slug, 'get'), { payload, user, routeParams: { id } });
function move(slug: Slug, id: DocId, user: TestUser, action: string, comment?: string) {
  const request = new Request('http://localhost/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, comment }) });
  return respond(handler(slug, 'post'), { payload, user, routeParams: { id }, headers: request.headers, body: request.body });
}
const statusOf = async (slug: Slug, id: DocId) => (await payload.findByID({ collection: slug, id, depth: 0 })).status;

/** Core's answer for one record, role and move (what the endpoints must agree with). */
function coreOf(slug: Slug, doc: Parameters<typeof reportStateOf>[0], user: TestUser) {
  const actor = actorOf(user)!;
  if (slug === 'reports') {
    const state = reportStateOf(doc);
    return { moves: availableReportActions(state, actor), refusal: (a: ListAction) => { const r = reportTransition(state, a, actor, new Date(), 'x'); return r.ok ? null : r.error; } };
  }
  const list = coreListOf(doc);
  return { moves: availableActions(list, actor), refusal: (a: ListAction) => { const r = transition(list, a, actor, new Date(), 'x'); return r.ok ? null : r.error; } };
}

describe.each<Slug>(['responsibility-lists', 'reports'])('%s workflow buttons', (slug) => {
  it.each(STATES)('in state %s each role is offered exactly core’s moves and refused the others with its rule', async (status) => {
    const doc = await recordIn(slug, status);
    for (const [name, user] of roles) {
      const res = await askMoves(slug, doc.id, user);
      const visible = res.status === 200;
      // Another agency's editor and a teacher never see an unpublished record.
      if (name === 'otherEditor' || name === 'teacher') expect(visible, name).toBe(status === 'published');
      if (!visible) {
        expect(res.status).toBe(404);
        expect((await move(slug, doc.id, user, 'publish')).status).toBe(404);
        continue;
      }
      const core = coreOf(slug, doc, user);
      const reply = (await res.json()) as WorkflowActionsReply;
      expect(reply.moves.map((m) => m.action), `${name} in ${status}`).toEqual(core.moves);
      for (const action of MOVES.filter((a) => !core.moves.includes(a))) {
        const refused = await move(slug, doc.id, user, action, '理由');
        expect(refused.status, `${name} ${action} in ${status}`).toBe(403);
        expect((await refusalOf(refused)).message).toBe(core.refusal(action));
      }
      expect(await statusOf(slug, doc.id)).toBe(status);
    }
  });

  it('names the rule when an editor tries to publish, and a reviewer publishes with one request', async () => {
    const noun = slug === 'reports' ? '报告' : '清单';
    const doc = await recordIn(slug, 'submitted');
    const editorMoves = ((await (await askMoves(slug, doc.id, editor)).json()) as WorkflowActionsReply).moves;
    expect(editorMoves).toEqual([]);
    expect((await refusalOf(await move(slug, doc.id, editor, 'publish'))).message).toBe(`只有审核员或管理员可以审核${noun}`);
    const reviewerMoves = ((await (await askMoves(slug, doc.id, reviewer)).json()) as WorkflowActionsReply).moves;
    expect(reviewerMoves).toEqual([{ action: 'return', label: '退回' }, { action: 'publish', label: '审核发布' }]);
    expect((await move(slug, doc.id, reviewer, 'publish')).status).toBe(200);
    expect(await statusOf(slug, doc.id)).toBe('published');
  });

  it('an editor submits a draft; a return needs a reason, which the editor then reads', async () => {
    const doc = await recordIn(slug, 'draft');
    const draftMoves = ((await (await askMoves(slug, doc.id, editor)).json()) as WorkflowActionsReply).moves;
    expect(draftMoves.map((m) => m.label)).toEqual(['提交审核']);
    expect((await move(slug, doc.id, editor, 'submit')).status).toBe(200);
    const blank = await move(slug, doc.id, reviewer, 'return', '  ');
    expect((await refusalOf(blank)).message).toBe('退回时必须填写审核意见');
    expect((await move(slug, doc.id, reviewer, 'return', '请补充完成时限')).status).toBe(200);
    const reply = (await (await askMoves(slug, doc.id, editor)).json()) as WorkflowActionsReply;
    expect(reply).toMatchObject({ status: 'returned', statusLabel: '已退回', returnComment: '请补充完成时限' });
    expect(reply.moves.map((m) => m.action)).toEqual(['submit', 'reopen']);
  });

  it('refuses unknown actions and revising through the transition route', async () => {
    const doc = await recordIn(slug, 'published');
    expect((await refusalOf(await move(slug, doc.id, editor, 'delete'))).message).toBe('未知的审核操作');
    expect((await move(slug, doc.id, editor, 'revise')).status).toBe(400);
  });
});

it('an evaluated report offers no status move, only a new version', async () => {
  const doc = await recordIn('reports', 'published', 92);
  const reply = (await (await askMoves('reports', doc.id, editor)).json()) as WorkflowActionsReply;
  expect(reply.moves.map((m) => m.action)).toEqual(['revise']);
  expect(((await (await askMoves('reports', doc.id, reviewer)).json()) as WorkflowActionsReply).moves).toEqual([]);
  expect((await refusalOf(await move('reports', doc.id, admin, 'return', '重审'))).message).toMatch(/报告已评议/);
});
