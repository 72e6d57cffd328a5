/**
 * The responsibility-list review workflow as the server enforces it, with real users:
 * create → submit → return (comment) → resubmit → publish → revise; and the spreadsheet
 * round trip (export to .xlsx/.csv, read back, validate) that import and export rely on.
 */
import { describe, expect, it } from 'vitest';
import { importListRows, listToRows } from '../../core/agency/list-import';
import { coreItemFromCms, type StoredListItem } from '../../cms/collections/ResponsibilityLists/item-mapping';
import { coreListOf } from '../../cms/collections/ResponsibilityLists/to-core';
import { readSpreadsheet, writeSpreadsheet } from '../../cms/importer/spreadsheet';
import { respond } from '../helpers/endpoint';
import { agencyStaff, type TestUser } from '../helpers/payload';
import { type DocId, relationId } from '../../cms/relation';

const { payload, agencyId, editor, otherEditor, reviewer } = await agencyStaff();

const as = (user: TestUser | null) => ({ user, overrideAccess: false }) as const;
const update = (id: DocId, data: Record<string, unknown>, user: TestUser) =>
  payload.update({ collection: 'responsibility-lists', id, data, ...as(user) });
const readAnon = (id: DocId) =>
  payload.find({ collection: 'responsibility-lists', where: { id: { equals: id } }, ...as(null) }).then((r) => r.docs);

describe('review workflow', () => {
  let id: DocId;

  it('an editor opens a draft for their own agency; naming another agency is refused', async () => {
    const list = await payload.create({
      collection: 'responsibility-lists',
      data: { year: 2031, status: 'draft', items: [{ topic: '宪法宣传周', progress: '进行中' }] },
      ...as(editor),
    });
    id = list.id;
    expect(list).toMatchObject({ status: 'draft', version: 1 });
    expect(relationId(list.agency)).toBe(agencyId);
    expect((list.history ?? []).map((e) => e.action)).toEqual(['create']);
    await expect(
      payload.create({ collection: 'responsibility-lists', data: { year: 2031, agency: agencyId, status: 'draft', items: [] }, ...as(otherEditor) }),
    ).rejects.toThrow('只能编制本单位的清单');
    expect(await readAnon(id)).toEqual([]);
  });

  it('refuses publishing without review and editing while under review', async () => {
    await expect(update(id, { status: 'published' }, editor)).rejects.toThrow(/不能把清单|只有审核员/);
    await update(id, { status: 'submitted' }, editor);
    await expect(update(id, { status: 'published' }, editor)).rejects.toThrow('只有审核员或管理员可以审核清单');
    await expect(update(id, { items: [{ topic: '偷偷改' }] }, editor)).rejects.toThrow('清单正在审核，不能修改事项');
  });

  it('a reviewer must give a comment to return a list, and the history keeps it', async () => {
    await expect(update(id, { status: 'returned' }, reviewer)).rejects.toThrow('退回时必须填写审核意见');
    const returned = await update(id, { status: 'returned', reviewComment: '请补充完成时限' }, reviewer);
    expect(returned.status).toBe('returned');
    expect((returned.history as { comment?: string }[]).at(-1)?.comment).toBe('请补充完成时限');
    expect(returned.reviewComment).toBe('');
  });

  it('after resubmission a reviewer publishes and the public can read it', async () => {
    await update(id, { items: [{ topic: '宪法宣传周', deadline: '2031-12-07T00:00:00.000Z' }] }, editor);
    await update(id, { status: 'submitted' }, editor);
    const published = await update(id, { status: 'published' }, reviewer);
    expect((published.history as { action: string }[]).map((e) => e.action)).toEqual(['create', 'submit', 'return', 'submit', 'publish']);
    expect((await readAnon(id)).map((d) => d.id)).toEqual([id]);
  });

  it('a published list is never edited: changes need a new version', async () => {
    await expect(update(id, { items: [{ topic: '改已发布的' }] }, editor)).rejects.toThrow('已发布的清单不能直接修改');
    const { reviseListEndpoint } = await import('../../cms/collections/ResponsibilityLists/endpoints/revise-list');
    const res = await reviseListEndpoint.handler({ payload, user: editor, routeParams: { id } } as never);
    expect(res.status).toBe(201);
    const { id: newId, version } = (await res.json()) as { id: number; version: number };
    expect(version).toBe(2);
    const draft = await payload.findByID({ collection: 'responsibility-lists', id: newId, ...as(editor) });
    expect(draft).toMatchObject({ status: 'draft', version: 2 });
    expect(draft.items?.[0]?.topic).toBe('宪法宣传周');
    expect(await readAnon(newId)).toEqual([]);
    expect((await readAnon(id)).length).toBe(1);
    const again = await respond(reviseListEndpoint.handler, { payload, user: editor, routeParams: { id } });
    expect(again.status).toBe(409);
  });
});

describe('spreadsheet round trip', () => {
  it.each(['xlsx', 'csv'] as const)('exports a list to %s and imports the same items back', async (format) => {
    const laws = [{ title: '中华人民共和国宪法', slug: '宪法' }];
    const stored: StoredListItem[] = [
      { topic: '宪法宣传周', category: '宪法宣传', leader: '王局长', person: '李科长', department: '普法科', audiences: ['国家工作人员', '青少年'], forms: ['讲座'], keyDates: ['12-04'], target: '开展10场', deadline: '2031-12-07T00:00:00.000Z', progress: '进行中' },
      { topic: '民法典进社区', category: '民法典', leader: '王局长', person: '张三', department: '法制科', audiences: ['社区居民'], forms: ['以案释法', '戏曲'], target: '全覆盖', deadline: '2031-05-31T00:00:00.000Z', progress: '已完成' },
    ];
    const list = { ...coreListOf({ agency: 1, year: 2031, status: 'draft' }), items: stored.map((s, i) => coreItemFromCms(s, i, new Map())) };
    const file = await writeSpreadsheet(listToRows(list), format);
    const rows = await readSpreadsheet(file, `list.${format}`);
    const result = importListRows(rows, { laws, year: 2031 });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.items.map((i) => [i.content.topic, i.measures.audiences, i.standard.deadline, i.standard.status])).toEqual([
      ['宪法宣传周', ['国家工作人员', '青少年'], '2031-12-07', '进行中'],
      ['民法典进社区', ['社区居民'], '2031-05-31', '已完成'],
    ]);
  });

  it('reads a GB18030 CSV saved by Chinese Excel', async () => {
    const text = '序号,普法内容\n1,宪法宣传\n';
    const gbk = Buffer.from([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xc6, 0xd5, 0xb7, 0xa8, 0xc4, 0xda, 0xc8, 0xdd, 0x0a]);
    expect(await readSpreadsheet(gbk, 'a.csv')).toEqual([['序号', '普法内容']]);
    expect((await readSpreadsheet(Buffer.from(text), 'a.csv'))[1]).toEqual(['1', '宪法宣传']);
  });

  it('rejects a file that only pretends to be .xlsx', async () => {
    await expect(readSpreadsheet(Buffer.from('not a zip'), 'list.xlsx')).rejects.toThrow('不是有效的 .xlsx');
    await expect(readSpreadsheet(Buffer.from('x'), 'list.pdf')).rejects.toThrow('只支持');
  });
});
