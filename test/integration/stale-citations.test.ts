/**
 * Citations pinned to a version, on the real 公司法 2018 → 2023 amendment (218 → 266 articles,
 * renumbered). Articles checked by reading both texts:
 * - 2018 第一条、第三条: rewritten in place (modified);
 * - 2018 第十六条 (对外投资和担保) is 2023 第十五条 with 股东大会 dropped and 必须 → 应当 (modified, moved);
 * - 2018 第十三条 (法定代表人) has no counterpart close enough in 2023 (deleted);
 * - 2018 第十条 (住所) is 2023 第八条 and 2018 第十九条 (党组织) is 2023 第十八条, word for word (条号变更).
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { importLaws } from '../../cms/importer/import-laws';
import { startExam } from '../../cms/learning/exam';
import type { CitationReview } from '../../cms/payload-types';
import { CORPUS_DIR } from '../helpers/corpus';

// Its own database (it imports 公司法 twice) and fixture lessons instead of content/lessons.
if (!process.env.DATABASE_URI?.startsWith('mongodb')) {
  process.env.DATABASE_URI = `file:${path.join(process.env.PUFA_DATA_DIR ?? tmpdir(), 'stale-citations.db')}`;
}
process.env.PUFA_LESSONS_DIR = path.resolve('test/fixtures/stale-lessons');
const { makeAgency, makeUser, testPayload, unique } = await import('../helpers/payload');

const OLD = '民法商法/公司法(2018-10-26).md';
const NEW = '民法商法/公司法(2023-12-29).md';
let payload: Payload;
let dir: string;
const ids: Record<string, number> = {};

const importFile = async (rel: string) => {
  mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
  copyFileSync(path.join(CORPUS_DIR, rel), path.join(dir, rel));
  return importLaws({ payload, dir });
};

async function question(questionId: string, pool: 'practice' | 'exam', article: number, citeVersion?: string) {
  const law = (await payload.find({ collection: 'laws', where: { slug: { equals: '公司法' } }, depth: 0 })).docs[0]!;
  const doc = await payload.create({
    collection: 'questions',
    data: { questionId, pool, type: 'truefalse', stem: `公司法第${article}条测试题`, answer: 'true', explanation: '依据公司法。', citeLaw: law.id, citeArticle: article, ...(citeVersion ? { citeVersion } : {}) },
  });
  ids[questionId] = doc.id;
}

const flags = async () =>
  (await payload.find({ collection: 'citation-reviews', pagination: false, depth: 0, sort: 'label' })).docs;
const summary = (docs: CitationReview[]) =>
  docs.map((f) => `${f.sourceKind}:${f.sourceId}:${f.article}:${f.changeKind}:${f.newArticle ?? '-'}:${f.pinnedVersion}→${f.newVersion}`).sort();

beforeAll(async () => {
  payload = await testPayload();
  dir = mkdtempSync(path.join(tmpdir(), 'pufa-stale-'));
  await importFile(OLD);
  await question('gs-practice-19', 'practice', 19, '2018-10-26');
  await question('gs-practice-13', 'practice', 13); // no pin: the version current when checked (2018)
  await question('gs-exam-16', 'exam', 16, '2018-10-26');
  await question('gs-exam-3', 'exam', 3, '2018-10-26');
  await question('gs-exam-9', 'exam', 9, '2023-12-29'); // already checked against the new text
  await question('gs-exam-20', 'exam', 20, '2023-12-29');
  expect(await flags()).toEqual([]);
  const report = await importFile(NEW);
  expect(report.outcomes).toMatchObject({ created: 1, unchanged: 1, failed: 0 });
});

describe('importing 公司法 2023 over citations pinned to 2018', () => {
  it('flags every citation of a changed article, suggests the new number of a moved one, and nothing else', async () => {
    expect(summary(await flags())).toEqual([
      'exam:gs-exam-16:16:modified:15:2018-10-26→2023-12-29',
      'exam:gs-exam-3:3:modified:-:2018-10-26→2023-12-29',
      'lesson:gongsi-fixture:10:renumbered:8:2018-10-26→2023-12-29',
      'lesson:gongsi-fixture:16:modified:15:2018-10-26→2023-12-29',
      'lesson:gongsi-fixture:1:modified:-:2018-10-26→2023-12-29',
      'practice:gs-practice-13:13:deleted:-:2018-10-26→2023-12-29',
      'practice:gs-practice-19:19:renumbered:18:2018-10-26→2023-12-29',
    ]);
    expect((await flags()).every((f) => f.status === 'open')).toBe(true);
  });

  it('keeps the diff of the changed text beside the flag', async () => {
    const flag = (await flags()).find((f) => f.sourceId === 'gs-exam-16')!;
    const deleted = flag.diff!.filter((p) => p.op === 'delete').map((p) => p.text).join('');
    const inserted = flag.diff!.filter((p) => p.op === 'insert').map((p) => p.text).join('');
    expect(deleted).toContain('必须');
    expect(inserted).toContain('应当');
    expect((await flags()).find((f) => f.changeKind === 'renumbered')!.diff).toEqual([]);
  });

  it('raises no second flag when the same version is imported again', async () => {
    const before = (await flags()).length;
    await importLaws({ payload, dir });
    expect((await flags()).length).toBe(before);
  });

  it('does not draw a flagged exam question until a reviewer re-checks it, who and when kept', async () => {
    const agency = await makeAgency(payload);
    await payload.create({ collection: 'exam-settings', data: { title: '复核测试', year: new Date().getFullYear(), audience: 'village', requiredHours: 0, counts: 'best', rules: [{ count: 2 }] } });
    const learner = async () =>
      payload.create({ collection: 'learners', data: { email: `l-${unique()}@t.local`, password: 'learner-pw-1', displayName: '学员', audience: 'village', unit: agency.id } });
    const drawn = async () => (await startExam(payload, await learner())).exam.questions.map((q) => q.id).sort();
    expect(await drawn()).toEqual(['gs-exam-20', 'gs-exam-9']);

    const reviewer = await makeUser(payload, 'reviewer');
    const flag = (await flags()).find((f) => f.sourceId === 'gs-exam-16')!;
    const done = await payload.update({ collection: 'citation-reviews', id: flag.id, data: { status: 'reviewed', note: '已核对新条文' }, user: reviewer, overrideAccess: false, depth: 0 });
    expect(done.reviewedBy).toBe(reviewer.id);
    expect(Date.now() - Date.parse(done.reviewedAt!)).toBeLessThan(60_000);
    const q = await payload.findByID({ collection: 'questions', id: ids['gs-exam-16']!, depth: 0 });
    expect(q).toMatchObject({ citeVersion: '2023-12-29', citeArticle: 15 });
    const again = new Set<string>();
    for (let i = 0; i < 6; i += 1) (await drawn()).forEach((id) => again.add(id));
    expect(again.has('gs-exam-16')).toBe(true);
    expect(again.has('gs-exam-3')).toBe(false);
  });

  it('refuses flags to agency editors and teachers, and their review to them', async () => {
    const editor = await makeUser(payload, 'agency-editor', (await makeAgency(payload)).id);
    const teacher = await makeUser(payload, 'teacher');
    const flag = (await flags())[0]!;
    for (const user of [editor, teacher]) {
      await expect(payload.find({ collection: 'citation-reviews', user, overrideAccess: false })).rejects.toMatchObject({ status: 403 });
      await expect(payload.update({ collection: 'citation-reviews', id: flag.id, data: { status: 'reviewed' }, user, overrideAccess: false })).rejects.toMatchObject({ status: 403 });
    }
  });
});
