import { describe, expect, it } from 'vitest';
import { createReport, reportChangeError, reportTransition, reviseReport, type ReportState } from '../../../core/agency/report-workflow';
import type { Actor } from '../../../core/agency/types';

const now = new Date('2026-05-01T08:00:00Z');
const editor: Actor = { id: 'e', role: 'agency-editor', agencyId: 'A' };
const reviewer: Actor = { id: 'r', role: 'reviewer' };
const admin: Actor = { id: 'a', role: 'admin' };

function draft(): ReportState {
  const made = createReport('A', 2026, editor, now);
  if (!made.ok) throw new Error(made.error);
  return { agencyId: 'A', year: 2026, version: 1, status: made.status, history: made.history, score: null };
}
function step(r: ReportState, action: Parameters<typeof reportTransition>[1], actor: Actor, comment?: string): ReportState {
  const s = reportTransition(r, action, actor, now, comment);
  if (!s.ok) throw new Error(s.error);
  return { ...r, status: s.status, history: s.history, version: s.version };
}

describe('report workflow', () => {
  it('only the agency’s editor opens and submits; only reviewers and admins publish', () => {
    expect(createReport('A', 2026, admin, now)).toMatchObject({ ok: false });
    const r = draft();
    expect(reportTransition(r, 'publish', editor, now)).toMatchObject({ ok: false });
    const submitted = step(r, 'submit', editor);
    expect(reportTransition(submitted, 'publish', editor, now)).toEqual({ ok: false, error: '只有审核员或管理员可以审核报告' });
    expect(step(submitted, 'publish', reviewer).status).toBe('published');
    expect(reportTransition(submitted, 'return', reviewer, now)).toMatchObject({ ok: false, error: '退回时必须填写审核意见' });
  });

  it('text changes only in draft or returned; the 评议 only by an admin on a published report', () => {
    const r = draft();
    expect(reportChangeError(r, { content: ['mechanism'] }, editor)).toBeNull();
    const submitted = step(r, 'submit', editor);
    expect(reportChangeError(submitted, { content: ['mechanism'] }, editor)).toMatch('审核');
    expect(reportChangeError(submitted, { content: [], score: 80 }, admin)).toBe('只能对已发布的报告评议');
    const published = step(submitted, 'publish', reviewer);
    expect(reportChangeError(published, { content: [], score: 80 }, reviewer)).toMatch('管理员');
    expect(reportChangeError(published, { content: [], score: 80 }, admin)).toBeNull();
  });

  it('an evaluated report is frozen and moves no more; a revision is version 2', () => {
    const evaluated = { ...step(step(draft(), 'submit', editor), 'publish', reviewer), score: 88 };
    expect(reportChangeError(evaluated, { content: ['title'] }, admin)).toMatch('已评议');
    expect(reportChangeError(evaluated, { content: [], score: null }, admin)).toMatch('不能清除');
    expect(reportChangeError(evaluated, { content: [], score: 92 }, admin)).toBeNull();
    expect(reportTransition(evaluated, 'return', reviewer, now, '重写')).toMatchObject({ ok: false });
    expect(reviseReport([evaluated], editor, now)).toMatchObject({ ok: true, version: 2, status: 'draft' });
    expect(reviseReport([evaluated], reviewer, now)).toMatchObject({ ok: false });
  });
});
