/**
 * A teacher account read every exam-pool answer key through `questions`.
 * Teachers now see only the practice pool (whose keys ship with the lessons); curators see all.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser, type TestUser, testPayload, unique } from '../../helpers/payload';
import type { DocId } from '../../../cms/relation';

let payload: Payload;
let teacher: TestUser;
let reviewer: TestUser;
let examId: DocId;
let practiceId: DocId;

const question = (pool: 'exam' | 'practice') => ({
  questionId: `pool-${pool}-${unique()}`,
  pool,
  type: 'single',
  stem: `${pool === 'exam' ? '考试' : '练习'}题干？`,
  options: [{ key: 'a', text: '甲' }, { key: 'b', text: '乙' }],
  answer: 'a',
  explanation: '解析。',
});

beforeAll(async () => {
  payload = await testPayload();
  teacher = await makeUser(payload, 'teacher');
  reviewer = await makeUser(payload, 'reviewer');
  examId = (await payload.create({ collection: 'questions', data: question('exam') as never })).id;
  practiceId = (await payload.create({ collection: 'questions', data: question('practice') as never })).id;
});

describe('question pools by role', () => {
  it('a teacher lists and counts only practice questions, even when asking for the exam pool', async () => {
    const as = { user: teacher, overrideAccess: false } as const;
    const all = await payload.find({ collection: 'questions', ...as, limit: 0, pagination: false });
    expect(all.docs.length).toBeGreaterThan(0);
    expect(all.docs.every((d) => d.pool === 'practice')).toBe(true);
    expect(all.docs.map((d) => d.id)).toContain(practiceId);
    const asked = await payload.find({ collection: 'questions', ...as, where: { pool: { equals: 'exam' } } });
    expect(asked.totalDocs).toBe(0);
    const counted = await payload.count({ collection: 'questions', ...as, where: { id: { equals: examId } } });
    expect(counted.totalDocs).toBe(0);
  });

  it('a teacher cannot open an exam question by id (its answer key stays hidden)', async () => {
    await expect(payload.findByID({ collection: 'questions', id: examId, user: teacher, overrideAccess: false })).rejects.toMatchObject({ status: 404 });
    const practice = await payload.findByID({ collection: 'questions', id: practiceId, user: teacher, overrideAccess: false });
    expect(practice.answer).toBe('a');
  });

  it('a reviewer still reads the exam pool', async () => {
    const doc = await payload.findByID({ collection: 'questions', id: examId, user: reviewer, overrideAccess: false });
    expect(doc.pool).toBe('exam');
  });
});
