/**
 * The 履职报告's required sections and the rubric beside the 评议, through the real hook and the
 * admin's workflow endpoint: submission with an empty section is refused in Chinese, and a grade
 * that departs from the rubric's suggestion needs a 评议说明.
 */
import { describe, expect, it } from 'vitest';
import { reportWorkflowEndpoints } from '../../cms/collections/Reports/endpoints/workflow';
import { lexicalParagraphs } from '../../core/agency/rich-text';
import { refusalOf, respond } from '../helpers/endpoint';
import { agencyStaff, type TestUser } from '../helpers/payload';
import { fullNarrative } from '../helpers/report-narrative';
import type { DocId } from '../../cms/relation';

const { payload, editor, reviewer, admin } = await agencyStaff();
const transition = reportWorkflowEndpoints.find((e) => e.method === 'post')!;
function move(id: DocId, user: TestUser, action: string) {
  const request = new Request('http://localhost/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action }) });
  return respond(transition.handler, { payload, user, routeParams: { id }, headers: request.headers, body: request.body });
}
const as = (user: TestUser) => ({ user, overrideAccess: false }) as const;

const { id } = await payload.create({ collection: 'reports', data: { title: '2040年度普法履职报告', year: 2040, status: 'draft', basics: lexicalParagraphs('只写了基本情况。') }, ...as(editor) });

describe('required sections', () => {
  it('the workflow button refuses to submit and names the empty sections', async () => {
    const res = await move(id, editor, 'submit');
    expect(res.status).toBe(403);
    expect((await refusalOf(res)).message).toBe('报告的“二、主要做法和成效”“三、存在的问题和不足”“四、下一步工作打算”尚未填写，请填写后再提交审核');
  });

  it('a save that submits with an empty section is refused too; a blank paragraph is empty', async () => {
    const data = { ...fullNarrative(), plans: lexicalParagraphs('   '), status: 'submitted' as const };
    await expect(payload.update({ collection: 'reports', id, data, ...as(editor) })).rejects.toMatchObject({ status: 403, message: expect.stringContaining('四、下一步工作打算') });
    expect((await payload.findByID({ collection: 'reports', id })).status).toBe('draft');
  });

  it('with all four written, the editor submits and a reviewer publishes', async () => {
    await payload.update({ collection: 'reports', id, data: fullNarrative(), ...as(editor) });
    expect((await move(id, editor, 'submit')).status).toBe(200);
    expect((await move(id, reviewer, 'publish')).status).toBe(200);
  });
});

describe('评议 with the rubric', () => {
  // The test agency has no published list, campaigns or learners: the rubric suggests 10 分 (only
  // the key-date points: no date it leads has passed unmet), 不合格.
  it('refuses a grade that departs from the suggestion without a reason', async () => {
    await expect(payload.update({ collection: 'reports', id, data: { score: 92 }, ...as(admin) })).rejects.toMatchObject({
      status: 400,
      message: '评议等次“优秀”与评分细则建议的“不合格”（10分）不一致，请填写评议说明',
    });
    expect((await payload.findByID({ collection: 'reports', id })).score ?? null).toBeNull();
  });

  it('accepts the suggested grade without a reason and stores the rubric', async () => {
    const doc = await payload.update({ collection: 'reports', id, data: { score: 40 }, ...as(admin) });
    expect(doc).toMatchObject({ score: 40, grade: '不合格', rubric: { score: 10, grade: '不合格' } });
    expect(doc.rubric?.components.map((c) => c.label)).toEqual(['清单完成', '主题活动', '干部学法', '佐证材料']);
  });

  it('accepts a departure with a reason, and the reason cannot then be erased', async () => {
    const doc = await payload.update({ collection: 'reports', id, data: { score: 85, reviewNote: '清单外承担了全市普法骨干培训' }, ...as(admin) });
    expect(doc).toMatchObject({ grade: '良好', reviewNote: '清单外承担了全市普法骨干培训' });
    await expect(payload.update({ collection: 'reports', id, data: { reviewNote: '' }, ...as(admin) })).rejects.toMatchObject({ status: 400 });
  });

  it('stores the server rubric: one sent with a save is ignored', async () => {
    const forged = { components: [], score: 100, grade: '优秀' as const };
    await payload.update({ collection: 'reports', id, data: { rubric: forged }, ...as(admin) });
    expect((await payload.findByID({ collection: 'reports', id })).rubric).toMatchObject({ score: 10, grade: '不合格' });
  });

  it('only an admin writes the 评议说明', async () => {
    await payload.update({ collection: 'reports', id, data: { reviewNote: '审核员改写' }, ...as(reviewer) }).catch(() => undefined);
    expect((await payload.findByID({ collection: 'reports', id })).reviewNote).toBe('清单外承担了全市普法骨干培训');
  });
});
