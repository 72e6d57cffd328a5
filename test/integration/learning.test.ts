/**
 * Learners on the server: accounts and record access, idempotent and concurrent sync, forged
 * input, the annual exam (keys never sent before submission, attempt limits, replay), and
 * certificates with public verification.
 */
import { randomUUID } from 'node:crypto';
import { APIError, type Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DrawnExam } from '../../core/learning/exam-draw';
import { practiceKeys } from '../../cms/learning/catalog';
import { issueCertificate, openBadgeFor, verifyCertificate } from '../../cms/learning/certificates';
import { dashboardFor } from '../../cms/learning/dashboard';
import { currentExam, startExam, submitExam } from '../../cms/learning/exam';
import { syncStatements } from '../../cms/learning/sync';
import { makeAgency, makeUser, unique } from '../helpers/payload';
import { learningPayload } from '../helpers/learning-payload';
import { sitting } from '../helpers/practice';
import type { DocId } from '../../cms/relation';
import type { Learner } from '../../cms/payload-types';

let payload: Payload;
let unitId: DocId;

async function learner(audience: Learner['audience'] = 'officials', unit: DocId | undefined = unitId): Promise<Learner> {
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `l-${unique()}@test.local`, password: 'learner-pass-1', displayName: `学员${unique().slice(-4)}`, audience, unit, timeZone: 'Asia/Shanghai' },
  });
  return { ...doc, collection: 'learners' };
}
const statement = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  actor: { learnerId: 'local' },
  verb: 'answered',
  object: { id: 'minfadian-hunyin-02', type: 'question' },
  result: { success: true, response: 'b' },
  timestamp: new Date().toISOString(),
  ...over,
});

beforeAll(async () => {
  payload = await learningPayload();
  unitId = (await makeAgency(payload)).id;
});

describe('learner accounts and records', () => {
  it('learners sign up themselves and see only their own records; editors only their unit', async () => {
    const a = await learner();
    const b = await learner('students', (await makeAgency(payload)).id);
    await syncStatements(payload, a, { statements: [statement()] });
    await syncStatements(payload, b, { statements: [statement()] });
    const seenByA = await payload.find({ collection: 'learning-records', user: a, overrideAccess: false });
    expect(seenByA.docs.every((d) => String(typeof d.learner === 'object' ? d.learner.id : d.learner) === String(a.id))).toBe(true);
    expect(seenByA.totalDocs).toBe(1);
    await expect(payload.findByID({ collection: 'learners', id: b.id, user: a, overrideAccess: false })).rejects.toThrow();
    const editor = await makeUser(payload, 'agency-editor', unitId);
    const unitLearners = await payload.find({ collection: 'learners', user: editor, overrideAccess: false, pagination: false });
    expect(unitLearners.docs.map((d) => d.id)).toContain(a.id);
    expect(unitLearners.docs.map((d) => d.id)).not.toContain(b.id);
    const teacher = await makeUser(payload, 'teacher');
    await expect(payload.find({ collection: 'learning-records', user: teacher, overrideAccess: false })).rejects.toMatchObject({ status: 403 });
  });

  it('stores a statement once however often it is synced, and rejects forged or malformed ones', async () => {
    const me = await learner();
    const batch = [statement(), statement({ object: { id: 'xianfa-jiben-01', type: 'question' }, result: { success: false, response: 'a' } })];
    const first = await syncStatements(payload, me, { statements: batch });
    expect(first.stored).toHaveLength(2);
    const again = await syncStatements(payload, me, { statements: batch });
    expect(again).toMatchObject({ stored: [], duplicates: batch.map((s) => s.id) });
    const forged = await syncStatements(payload, me, {
      statements: [statement({ actor: { learnerId: '999999' } }), statement({ verb: 'hacked' }), statement({ timestamp: '2099-01-01T00:00:00Z' })],
    });
    expect(forged.stored).toEqual([]);
    expect(forged.rejected.map((r) => r.index).sort()).toEqual([0, 1, 2]);
    expect((await payload.count({ collection: 'learning-records', where: { learner: { equals: me.id } } })).totalDocs).toBe(2);
    await expect(syncStatements(payload, me, { statements: Array.from({ length: 501 }, () => statement()) })).rejects.toMatchObject({ status: 413 });
    await expect(syncStatements(payload, me, { nope: true })).rejects.toThrow('statements');
  });

  it('records 500 concurrent submissions exactly once each', async () => {
    const me = await learner();
    const statements = Array.from({ length: 500 }, () => statement());
    // Every statement is sent twice, all at once: 1,000 concurrent syncs.
    const results = await Promise.all([...statements, ...statements].map((s) => syncStatements(payload, me, { statements: [s] })));
    expect(results.flatMap((r) => r.stored)).toHaveLength(500);
    expect(results.flatMap((r) => r.duplicates)).toHaveLength(500);
    expect((await payload.count({ collection: 'learning-records', where: { learner: { equals: me.id } } })).totalDocs).toBe(500);
  }, 120_000);

  it('grades practice answers with the server’s keys, not the client’s claim', async () => {
    const me = await learner();
    await syncStatements(payload, me, {
      statements: [
        // minfadian-hunyin-01 is single choice with key b.
        statement({ object: { id: 'minfadian-hunyin-01', type: 'question' }, result: { success: true, response: 'a' } }),
        statement({ object: { id: 'minfadian-hunyin-01', type: 'question' }, result: { success: false, response: 'b' }, timestamp: new Date(Date.now() + 1000).toISOString() }),
      ],
    });
    const d = await dashboardFor(payload, me);
    expect(d.accuracy).toBe(0.5);
    expect(d.xp).toBe(10);
    expect(d.streak.current).toBe(1);
    expect(d.reviewDue).toEqual([]); // a wrong answer comes back tomorrow, not today
  });
});

describe('question-bank cache', () => {
  it('serves practice keys from the cache and drops it as soon as a question changes; exam keys never enter it', async () => {
    const id = `cache-${unique()}`;
    const options = [{ key: 'a', text: '甲' }, { key: 'b', text: '乙' }, { key: 'c', text: '丙' }];
    const q = await payload.create({
      collection: 'questions',
      data: { questionId: id, pool: 'practice', type: 'single', stem: '缓存测试题', options, answer: 'a', explanation: '测试。' },
    });
    expect((await practiceKeys(payload))[id]?.answer).toBe('a');
    await payload.update({ collection: 'questions', id: q.id, data: { answer: 'b' } });
    expect((await practiceKeys(payload))[id]?.answer).toBe('b');
    await payload.update({ collection: 'questions', id: q.id, data: { pool: 'exam' } });
    expect((await practiceKeys(payload))[id]).toBeUndefined();
    await payload.delete({ collection: 'questions', id: q.id });
    expect((await practiceKeys(payload))[id]).toBeUndefined();
    const examIds = (await payload.find({ collection: 'questions', where: { pool: { equals: 'exam' } }, pagination: false, depth: 0 })).docs.map((d) => d.questionId);
    expect(examIds.length).toBeGreaterThan(0);
    const keys = await practiceKeys(payload);
    expect(examIds.filter((e) => e in keys)).toEqual([]);
  });
});

describe('annual exam', () => {
  it('an open attempt can be resumed from another device, without keys, until it is submitted or late', async () => {
    const me = await learner();
    expect(await currentExam(payload, me)).toBeNull();
    const start = await startExam(payload, me);
    const resumed = await currentExam(payload, me);
    expect(resumed).toMatchObject({ attemptId: start.attemptId, deadline: start.deadline, attemptsLeft: 2 });
    expect(resumed!.exam.questions.map((q) => q.id)).toEqual(start.exam.questions.map((q) => q.id));
    expect(JSON.stringify(resumed)).not.toMatch(/"answer"|"explanation"/);
    expect(await currentExam(payload, await learner())).toBeNull();
    expect(await currentExam(payload, me, new Date(Date.parse(start.deadline!) + 3_600_000))).toBeNull();
    await submitExam(payload, me, String(start.attemptId), {});
    expect(await currentExam(payload, me)).toBeNull();
  });

  it('sends the paper without keys, grades once, and keeps the keys from the learner', async () => {
    const me = await learner();
    const start = await startExam(payload, me);
    const sent = JSON.stringify(start);
    expect(sent).not.toMatch(/"answer"|"explanation"/);
    expect(start.exam.questions).toHaveLength(10);
    // Drawn from the exam pool only: practice questions' keys are published with the lessons.
    const examPool = await payload.find({ collection: 'questions', where: { pool: { equals: 'exam' } }, pagination: false, depth: 0 });
    const examIds = new Set(examPool.docs.map((q) => q.questionId));
    expect(start.exam.questions.map((q) => q.id).filter((id) => !examIds.has(id))).toEqual([]);
    const mine = await payload.findByID({ collection: 'exam-attempts', id: start.attemptId, user: me, overrideAccess: false });
    expect(mine.paper).toBeUndefined();

    await expect(submitExam(payload, me, String(start.attemptId), { bogus: 'a' })).rejects.toMatchObject({ status: 400 });
    const other = await learner();
    await expect(submitExam(payload, other, String(start.attemptId), {})).rejects.toMatchObject({ status: 404 });

    const paper = (await payload.findByID({ collection: 'exam-attempts', id: start.attemptId, overrideAccess: true })).paper as DrawnExam;
    const responses = Object.fromEntries(paper.questions.map((q) => [q.id, q.answer]));
    const result = await submitExam(payload, me, String(start.attemptId), responses);
    expect(result).toMatchObject({ score: 100, passed: true, correct: 10, attemptsLeft: 2, best: 100 });
    expect(result.results[0]).toHaveProperty('explanation');
    await expect(submitExam(payload, me, String(start.attemptId), responses)).rejects.toThrow('不能重复提交');
  });

  it('allows three attempts and counts the best', async () => {
    const me = await learner('village');
    for (let i = 0; i < 3; i += 1) {
      const s = await startExam(payload, me);
      await submitExam(payload, me, String(s.attemptId), {});
    }
    await expect(startExam(payload, me)).rejects.toThrow('考试次数已用完');
  });

  it('issues a certificate only when exam and hours are met, verifiable in public', async () => {
    const me = await learner();
    await expect(issueCertificate(payload, me)).rejects.toBeInstanceOf(APIError);
    const s = await startExam(payload, me);
    const paper = (await payload.findByID({ collection: 'exam-attempts', id: s.attemptId, overrideAccess: true })).paper as DrawnExam;
    await submitExam(payload, me, String(s.attemptId), Object.fromEntries(paper.questions.map((q) => [q.id, q.answer])));
    await expect(issueCertificate(payload, me)).rejects.toMatchObject({ status: 409, data: { reasons: [expect.stringContaining('学时未达标')] } });
    await syncStatements(payload, me, { statements: [...sitting('xianfa-jiben'), ...sitting('minfadian-hunyin')] });
    const { code } = await issueCertificate(payload, me);
    expect(code).toMatch(/^PF\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await verifyCertificate(payload, code)).toMatchObject({ valid: true, name: me.displayName, examScore: 100, hours: 2 });
    const tampered = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect(await verifyCertificate(payload, tampered)).toEqual({ valid: false });
    const badge = await openBadgeFor(payload, code, 'https://pufa.example');
    expect(badge?.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
  });
});
