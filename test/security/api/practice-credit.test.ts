/**
 * Replays the probes that forged an official's record (issue: records an office can trust):
 * the exam-key oracle through practice sync and dashboard XP, study hours from bare quiz
 * results, back-dated statements, and the immediate retake of just-revealed answers.
 * Each must fail to earn anything; honest practice must still earn its credit.
 */
import { randomUUID } from 'node:crypto';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientExam } from '../../../core/learning/exam-draw';
import { encodeResponse } from '../../../core/learning/xapi';
import { dashboardFor } from '../../../cms/learning/dashboard';
import { startExam } from '../../../cms/learning/exam';
import { syncStatements } from '../../../cms/learning/sync';
import { learningPayload } from '../../helpers/learning-payload';
import { makeAgency, unique } from '../../helpers/payload';
import { practiceQuiz, quizResult, sitting } from '../../helpers/practice';
import type { DocId } from '../../../cms/relation';
import type { Learner } from '../../../cms/payload-types';

let payload: Payload;
let unit: DocId;
type TestLearner = Learner;

async function learner(): Promise<TestLearner> {
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `sec-${unique()}@test.local`, password: 'learner-pass-1', displayName: `探测${unique().slice(-4)}`, audience: 'officials', unit, timeZone: 'Asia/Shanghai' },
  });
  return { ...doc, collection: 'learners' };
}

const answered = (questionId: string, response: string, at = new Date()) => ({
  id: randomUUID(),
  actor: { learnerId: 'local' },
  verb: 'answered',
  object: { id: questionId, type: 'question' },
  result: { success: true, response },
  timestamp: at.toISOString(),
});

/** Every response an attacker would try for a question of the paper. */
function candidates(q: ClientExam['questions'][number]): string[] {
  if (q.type === 'truefalse') return ['true', 'false'];
  const ids = (q.options ?? []).map((o) => o.id);
  if (q.type === 'single') return ids;
  // Multiple choice: every non-empty subset, encoded as the client encodes it.
  const out: string[] = [];
  for (let mask = 1; mask < 1 << ids.length; mask += 1) out.push(encodeResponse(ids.filter((_, i) => mask & (1 << i))));
  return out;
}

const daysAgo = (n: number, plusMinutes = 0) => new Date(Date.now() - n * 86_400_000 + plusMinutes * 60_000);

beforeAll(async () => {
  payload = await learningPayload();
  unit = (await makeAgency(payload)).id;
});

describe('the exam-key oracle', () => {
  it('recovers 0 keys: answers to drawn exam questions are refused and move no figure on the dashboard', async () => {
    const me = await learner();
    const { exam } = await startExam(payload, me);
    const before = await dashboardFor(payload, me);
    let recovered = 0;
    let probes = 0;
    for (const q of exam.questions) {
      const raising: string[] = [];
      for (const response of candidates(q)) {
        probes += 1;
        const xpBefore = (await dashboardFor(payload, me)).xp;
        const reply = await syncStatements(payload, me, { statements: [answered(q.id, response)] });
        expect(reply.stored).toEqual([]);
        expect(reply.rejected[0]!.errors).toEqual(['object.id: 不是已发布的练习题']);
        if ((await dashboardFor(payload, me)).xp > xpBefore) raising.push(response);
      }
      if (raising.length === 1) recovered += 1;
    }
    expect(probes).toBeGreaterThanOrEqual(exam.questions.length * 2);
    expect(recovered).toBe(0);
    const after = await dashboardFor(payload, me);
    expect({ xp: after.xp, accuracy: after.accuracy, reviewDue: after.reviewDue, hours: after.hours, streak: after.streak.current })
      .toEqual({ xp: before.xp, accuracy: before.accuracy, reviewDue: before.reviewDue, hours: before.hours, streak: before.streak.current });
    expect((await payload.count({ collection: 'learning-records', where: { learner: { equals: me.id } } })).totalDocs).toBe(0);
  });

  it('answers an exam question id exactly as it answers a made-up id (no existence oracle)', async () => {
    const me = await learner();
    const examId = (await payload.find({ collection: 'questions', where: { pool: { equals: 'exam' } }, limit: 1, depth: 0 })).docs[0]!.questionId as string;
    const call = async (id: string) => {
      const reply = await syncStatements(payload, me, { statements: [answered(id, 'a')] });
      return { ...reply, rejected: reply.rejected.map(({ index, errors }) => ({ index, errors })) };
    };
    expect(await call(examId)).toEqual(await call(`made-up-${unique()}`));
  });

  it('refuses exam results reported by the client', async () => {
    const me = await learner();
    const forged = { ...quizResult('xianfa-jiben', 10, 10), object: { id: 'annual-exam', type: 'exam' } };
    const reply = await syncStatements(payload, me, { statements: [forged] });
    expect(reply.stored).toEqual([]);
    expect(reply.rejected[0]!.errors[0]).toContain('考试结果只由服务器评定');
  });
});

describe('study hours only from answers the server graded', () => {
  it('credits 0 学时, 0 XP and no streak for bare "passed" results, however many', async () => {
    const me = await learner();
    const quizzes = ['xianfa-jiben', 'minfadian-hunyin', 'xingzheng-chufa', 'falv-yuanzhu', 'geren-xinxi', 'renmin-tiaojie'];
    const forged = [...quizzes, ...quizzes].map((q) => quizResult(q, 1, 1));
    const reply = await syncStatements(payload, me, { statements: forged });
    expect(reply.stored).toHaveLength(12); // kept on record, credited nothing
    const d = await dashboardFor(payload, me);
    expect({ hours: d.hours.credited, xp: d.xp, streak: d.streak.current, lessons: d.lessonsCompleted, badges: d.badges }).toEqual({ hours: 0, xp: 0, streak: 0, lessons: [], badges: [] });
  });

  it('does not reward an immediate retake of just-revealed answers, but does a later day', async () => {
    const me = await learner();
    const quiz = practiceQuiz('xianfa-jiben');
    // Two days ago: half wrong, the keys are shown, then at once a perfect retake.
    await syncStatements(payload, me, { statements: [...sitting('xianfa-jiben', { at: daysAgo(2), wrong: 3 }), ...sitting('xianfa-jiben', { at: daysAgo(2, 10) })] });
    let d = await dashboardFor(payload, me);
    expect(d.lessonsCompleted).toEqual([]);
    expect(d.hours.credited).toBe(0);
    // Today, a day later: the recalled answers count.
    await syncStatements(payload, me, { statements: sitting('xianfa-jiben') });
    d = await dashboardFor(payload, me);
    expect(d.lessonsCompleted).toEqual(['xianfa-jiben']);
    expect(d.hours.credited).toBeGreaterThan(0);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a retake back-dated to an earlier day (a modified client), keeps honest re-sends', async () => {
    const me = await learner();
    const failed = sitting('xianfa-jiben', { wrong: 3 });
    await syncStatements(payload, me, { statements: failed });
    // Today's keys were just revealed; the retake claims to be from yesterday evening.
    const backdated = sitting('xianfa-jiben', { at: daysAgo(1) });
    const reply = await syncStatements(payload, me, { statements: backdated });
    expect(reply.stored).toEqual([]);
    expect(reply.rejected.map((r) => r.errors[0])).toEqual(backdated.map(() => 'timestamp: 早于本题已同步的作答时间，不予计入'));
    expect((await syncStatements(payload, me, { statements: failed })).duplicates).toHaveLength(failed.length);
    const d = await dashboardFor(payload, me);
    expect(d.lessonsCompleted).toEqual([]);
    expect(d.hours.credited).toBe(0);
  });

  it('credits a first sitting at the pass mark straight away', async () => {
    const me = await learner();
    await syncStatements(payload, me, { statements: sitting('minfadian-hunyin', { wrong: 1 }) });
    expect((await dashboardFor(payload, me)).lessonsCompleted).toEqual(['minfadian-hunyin']);
  });
});

describe('back-dated and future statements', () => {
  it('refuses statements older than the 14-day offline allowance or in the future, keeps those inside', async () => {
    const me = await learner();
    const old2021 = answered('xianfa-jiben-01', 'a', new Date('2021-03-01T08:00:00Z'));
    const fifteenDays = answered('xianfa-jiben-01', 'a', daysAgo(15));
    const future = answered('xianfa-jiben-01', 'a', daysAgo(-1));
    const thirteenDays = answered('xianfa-jiben-01', 'a', daysAgo(13));
    const reply = await syncStatements(payload, me, { statements: [old2021, fifteenDays, future, thirteenDays] });
    expect(reply.stored).toEqual([thirteenDays.id]);
    expect(reply.rejected.map((r) => r.id)).toEqual([old2021.id, fifteenDays.id, future.id]);
    expect(reply.rejected[1]!.errors[0]).toContain('14 天');
    const d = await dashboardFor(payload, me);
    expect(d.streak.longest).toBeLessThanOrEqual(1);
  });

  it('reads the allowance from PUFA_OFFLINE_ALLOWANCE_DAYS and refuses a bad value', async () => {
    const me = await learner();
    const previous = process.env.PUFA_OFFLINE_ALLOWANCE_DAYS;
    try {
      process.env.PUFA_OFFLINE_ALLOWANCE_DAYS = '3';
      const reply = await syncStatements(payload, me, { statements: [answered('xianfa-jiben-01', 'a', daysAgo(4))] });
      expect(reply.stored).toEqual([]);
      process.env.PUFA_OFFLINE_ALLOWANCE_DAYS = 'forever';
      await expect(syncStatements(payload, me, { statements: [answered('xianfa-jiben-01', 'a')] })).rejects.toThrow('PUFA_OFFLINE_ALLOWANCE_DAYS');
    } finally {
      if (previous === undefined) delete process.env.PUFA_OFFLINE_ALLOWANCE_DAYS;
      else process.env.PUFA_OFFLINE_ALLOWANCE_DAYS = previous;
    }
  });
});
