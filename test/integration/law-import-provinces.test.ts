/**
 * The importer on laws of provinces it has never seen (test/fixtures/provincial-laws): stored as
 * 地方性法规, labels with stray spaces recovered, files with ambiguous labels or unlabelled first
 * articles refused with the file and line, and a level stored wrongly before corrected on re-import.
 */
import path from 'node:path';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { importLaws } from '../../cms/importer/import-laws';
import { testPayload } from '../helpers/payload';

const DIR = path.resolve('test/fixtures/provincial-laws');
let payload: Payload;
const lawBySlug = async (slug: string) =>
  (await payload.find({ collection: 'laws', where: { slug: { equals: slug } }, depth: 0 })).docs[0];

beforeAll(async () => {
  payload = await testPayload();
});

describe('importing provincial laws', () => {
  it('stores them as 地方性法规, recovers spaced labels and refuses the broken files at their lines', async () => {
    const report = await importLaws({ payload, dir: DIR });
    expect(report.files).toBe(4);
    expect(report.rejected).toEqual(['乌鲁木齐市物业管理条例', '广州市街巷管理条例']);
    const at = (kind: string) => report.issues.filter((i) => i.kind === kind).map((i) => `${path.basename(i.file)}:${i.line}`);
    expect(at('missing-leading-articles')).toEqual(['乌鲁木齐市物业管理条例(2019-03-01).md:11']);
    expect(at('unreadable-label')).toEqual(['广州市街巷管理条例(2020-09-01).md:15']);
    expect(at('malformed-label')).toEqual(['广州市社区调解条例(2022-03-01).md:15', '广州市社区调解条例(2022-03-01).md:17']);

    const guangzhou = await lawBySlug('广州市社区调解条例');
    expect(guangzhou).toMatchObject({ level: '地方性法规', category: '广东省地方性法规', articleCount: 5 });
    expect(await lawBySlug('南京市文明养犬条例')).toMatchObject({ level: '地方性法规', articleCount: 4 });
    expect(await lawBySlug('广州市街巷管理条例')).toBeUndefined();
    const third = await payload.find({
      collection: 'law-articles',
      where: { and: [{ law: { equals: guangzhou!.id } }, { number: { equals: 3 } }] },
      depth: 0,
    });
    expect(third.docs.map((a) => [a.numberText, a.text])).toEqual([['第三条', '社区调解委员会在基层人民政府和基层人民法院指导下开展工作。']]);
  });

  it('corrects a level stored as 其他 when the unchanged text is imported again', async () => {
    const law = await lawBySlug('南京市文明养犬条例');
    await payload.update({ collection: 'laws', id: law!.id, data: { level: '其他' } });
    const again = await importLaws({ payload, dir: DIR });
    expect(again.outcomes).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect((await lawBySlug('南京市文明养犬条例'))?.level).toBe('地方性法规');
  });
});
