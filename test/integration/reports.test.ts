/** Annual reports: drafts stay private, only admins record the 评议 (on a published report), and the grade follows the score. */
import { describe, expect, it } from 'vitest';
import { agencyStaff } from '../helpers/payload';
import { fullNarrative } from '../helpers/report-narrative';

const { payload, editor, admin, reviewer } = await agencyStaff();
const { id } = await payload.create({
  collection: 'reports',
  data: { title: '测试报告', year: 2030, status: 'draft', ...fullNarrative(), score: 99 },
  user: editor,
  overrideAccess: false,
});

describe('reports', () => {
  it('ignores a score an editor sends and hides the draft from the public', async () => {
    const doc = await payload.findByID({ collection: 'reports', id, user: editor, overrideAccess: false });
    expect(doc.score ?? null).toBeNull();
    const anon = await payload.find({ collection: 'reports', where: { id: { equals: id } }, overrideAccess: false });
    expect(anon.docs).toEqual([]);
  });

  it('derives the grade from the score an admin records on the published report', async () => {
    await payload.update({ collection: 'reports', id, data: { status: 'submitted' }, user: editor, overrideAccess: false });
    await payload.update({ collection: 'reports', id, data: { status: 'published' }, user: reviewer, overrideAccess: false });
    const graded = await payload.update({ collection: 'reports', id, data: { score: 85, grade: '优秀', reviewNote: '测试单位没有记录，按书面材料评定' }, user: admin, overrideAccess: false });
    expect(graded).toMatchObject({ score: 85, grade: '良好' });
    await expect(payload.update({ collection: 'reports', id, data: { score: 120 }, user: admin, overrideAccess: false })).rejects.toThrow();
  });

  it('is public once published', async () => {
    const anon = await payload.find({ collection: 'reports', where: { id: { equals: id } }, overrideAccess: false });
    expect(anon.docs.map((d) => d.grade)).toEqual(['良好']);
  });
});
