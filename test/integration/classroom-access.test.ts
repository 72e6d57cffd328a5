/**
 * Teachers and what they must be refused: never the exam pool (read, or smuggled into a quiz set
 * that students then see with its key), never another school's questions, sets, sessions, answers
 * or learners; their own school's learners in the unit report; questions they write are pinned to
 * their school and checked against the law library.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerEndpoints } from '../../cms/collections/learning/learner-endpoints';
import { classroomEndpoints } from '../../cms/classroom/endpoints';
import type { DocId } from '../../cms/relation';
import { refusalOf, respond } from '../helpers/endpoint';
import { learningPayload } from '../helpers/learning-payload';
import { makeAgency, makeUser, type TestUser, unique } from '../helpers/payload';

let payload: Payload;
let schoolA: DocId, schoolB: DocId;
let teacherA: TestUser, teacherB: TestUser, loneTeacher: TestUser;
let examQ: DocId, practiceQ: DocId;
const as = (user: TestUser) => ({ user, overrideAccess: false }) as const;
const question = (extra: Record<string, unknown> = {}) => ({
  type: 'single', stem: `本校题${unique()}：宪法规定的国家根本制度是什么？`, options: [{ key: 'a', text: '社会主义制度' }, { key: 'b', text: '资本主义制度' }], answer: 'a', explanation: '宪法第一条。', ...extra,
});

beforeAll(async () => {
  payload = await learningPayload();
  schoolA = (await makeAgency(payload, `甲中学${unique()}`)).id;
  schoolB = (await makeAgency(payload, `乙中学${unique()}`)).id;
  teacherA = await makeUser(payload, 'teacher', schoolA);
  teacherB = await makeUser(payload, 'teacher', schoolB);
  loneTeacher = await makeUser(payload, 'teacher');
  examQ = (await payload.find({ collection: 'questions', where: { pool: { equals: 'exam' } }, limit: 1, overrideAccess: true })).docs[0]!.id;
  practiceQ = (await payload.find({ collection: 'questions', where: { pool: { equals: 'practice' } }, limit: 1, overrideAccess: true })).docs[0]!.id;
});

describe('questions', () => {
  it('a teacher never reads an exam question, by id, list, count or a where on its key', async () => {
    await expect(payload.findByID({ collection: 'questions', id: examQ, ...as(teacherA) })).rejects.toMatchObject({ status: 404 });
    const exam = await payload.find({ collection: 'questions', where: { pool: { equals: 'exam' } }, ...as(teacherA) });
    expect(exam.totalDocs).toBe(0);
    const byKey = await payload.count({ collection: 'questions', where: { and: [{ id: { equals: examQ } }, { answer: { exists: true } }] }, ...as(teacherA) });
    expect(byKey.totalDocs).toBe(0);
    expect((await payload.findByID({ collection: 'questions', id: practiceQ, ...as(teacherA) })).id).toBe(practiceQ);
  });

  it('a teacher’s question is pinned to their school and pool whatever they send; another school cannot see or edit it', async () => {
    const q = await payload.create({ collection: 'questions', data: question({ pool: 'exam', school: schoolB, questionId: undefined }) as never, ...as(teacherA) });
    expect(q.pool).toBe('school');
    expect(q.school).toMatchObject({ id: schoolA });
    expect(q.questionId).toMatch(/^school-/);
    expect((await payload.find({ collection: 'questions', where: { id: { equals: q.id } }, ...as(teacherB) })).totalDocs).toBe(0);
    await expect(payload.update({ collection: 'questions', id: q.id, data: { stem: '改题干？' }, ...as(teacherB) })).rejects.toMatchObject({ status: 403 });
    await expect(payload.delete({ collection: 'questions', id: q.id, ...as(teacherB) })).rejects.toMatchObject({ status: 403 });
    const mine = await payload.update({ collection: 'questions', id: q.id, data: { stem: '本校改过的题干？', pool: 'practice' }, ...as(teacherA) });
    expect(mine.pool).toBe('school');
  });

  it('a teacher edits no practice or exam question and a teacher with no school writes none', async () => {
    await expect(payload.update({ collection: 'questions', id: practiceQ, data: { stem: '篡改？' }, ...as(teacherA) })).rejects.toMatchObject({ status: 403 });
    await expect(payload.update({ collection: 'questions', id: examQ, data: { stem: '篡改？' }, ...as(teacherA) })).rejects.toMatchObject({ status: 403 });
    await expect(payload.create({ collection: 'questions', data: question() as never, ...as(loneTeacher) })).rejects.toMatchObject({ status: 403 });
  });

  it('a citation must name an article of the law’s current version; a good one is pinned to that version', async () => {
    const law = (await payload.find({ collection: 'laws', where: { title: { contains: '宪法' } }, limit: 1, overrideAccess: true })).docs[0]!;
    await expect(payload.create({ collection: 'questions', data: question({ citeLaw: law.id, citeArticle: 9999 }) as never, ...as(teacherA) })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('现行版本中没有第九千九百九十九条') });
    await expect(payload.create({ collection: 'questions', data: question({ citeArticle: 1 }) as never, ...as(teacherA) })).rejects.toMatchObject({ status: 400 });
    const ok = await payload.create({ collection: 'questions', data: question({ citeLaw: law.id, citeArticle: 1 }) as never, ...as(teacherA) });
    expect(ok.citeVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('quiz sets', () => {
  it('refuse exam questions and another school’s questions, for teachers and admins alike', async () => {
    const other = await payload.create({ collection: 'questions', data: question() as never, ...as(teacherB) });
    for (const questions of [[practiceQ, examQ], [practiceQ, other.id]]) {
      await expect(payload.create({ collection: 'quiz-sets', data: { title: '混入', questions } as never, ...as(teacherA) })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('只能使用练习题和本校题') });
    }
    const admin = await makeUser(payload, 'admin');
    await expect(payload.create({ collection: 'quiz-sets', data: { title: '管理员混入', school: schoolA, questions: [examQ] } as never, ...as(admin) })).rejects.toMatchObject({ status: 400 });
  });

  it('a teacher’s set is pinned to their school; the other school neither reads nor edits it', async () => {
    const own = await payload.create({ collection: 'questions', data: question() as never, ...as(teacherA) });
    const set = await payload.create({ collection: 'quiz-sets', data: { title: '第一课', school: schoolB, questions: [practiceQ, own.id] } as never, ...as(teacherA) });
    expect(set.school).toMatchObject({ id: schoolA });
    expect((await payload.find({ collection: 'quiz-sets', where: { id: { equals: set.id } }, ...as(teacherB) })).totalDocs).toBe(0);
    await expect(payload.update({ collection: 'quiz-sets', id: set.id, data: { title: '改' }, ...as(teacherB) })).rejects.toMatchObject({ status: 403 });
    const homework = classroomEndpoints.find((e) => e.path === '/homework')!;
    const res = await respond(homework.handler, { payload, user: teacherB, headers: new Headers({ 'content-type': 'application/json' }), body: new Blob([JSON.stringify({ quizSet: set.id, deadline: new Date(Date.now() + 3600_000).toISOString() })]).stream() });
    expect(res.status).toBe(403);
    expect((await refusalOf(res)).message).toBe('只能使用本校的课堂测验');
  });
});

describe('unit report', () => {
  const endpoint = learnerEndpoints.find((e) => e.path === '/unit-report')!;
  const call = (user: unknown, params: Record<string, string> = {}) => respond(endpoint.handler, { payload, user, searchParams: new URLSearchParams(params) });

  it('a teacher sees their own school’s learners, never another school’s, whatever ?unit= says', async () => {
    const mine = await payload.create({ collection: 'learners', data: { email: `s-${unique()}@t.local`, password: 'learner-pass-1', displayName: '本校学生', audience: 'students', unit: schoolA } });
    await payload.create({ collection: 'learners', data: { email: `o-${unique()}@t.local`, password: 'learner-pass-1', displayName: '外校学生', audience: 'students', unit: schoolB } });
    const res = await call(teacherA, { unit: String(schoolB) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { unit: DocId; rows: { id: DocId; name: string }[] };
    expect(String(body.unit)).toBe(String(schoolA));
    expect(body.rows.map((r) => r.name)).toEqual(['本校学生']);
    expect(body.rows[0]!.id).toBe(mine.id);
    expect((await call(loneTeacher)).status).toBe(403);
  });
});
