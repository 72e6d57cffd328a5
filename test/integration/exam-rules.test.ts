/**
 * The annual exam's rules on the server: the blueprint is checked against the bank when settings
 * are saved, the start screen's facts reveal no question, a learner's attempts do not repeat
 * questions while the pool allows, and extra time is granted by an admin or the learner's unit
 * editor only — and the server enforces the deadline with it.
 */
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { examRules, startExam, submitExam } from '../../cms/learning/exam';
import { examBank } from '../../cms/learning/exam-bank';
import type { Learner } from '../../cms/payload-types';
import type { DocId } from '../../cms/relation';
import { learningPayload } from '../helpers/learning-payload';
import { makeAgency, makeUser, unique } from '../helpers/payload';

let payload: Payload;
let unitA: DocId;
let unitB: DocId;

async function learner(unit: DocId, audience: Learner['audience'] = 'officials'): Promise<Learner> {
  const doc = await payload.create({
    collection: 'learners',
    data: { email: `x-${unique()}@test.local`, password: 'learner-pass-1', displayName: '考生', audience, unit, timeZone: 'Asia/Shanghai' },
  });
  return { ...doc, collection: 'learners' };
}
const asLearner = (l: Learner) => ({ ...l, collection: 'learners' as const });
/** The refusal's message and reasons when a save is refused. */
async function refusal(save: Promise<unknown>): Promise<{ message: string; reasons?: string[] } | 'saved'> {
  const error = await save.then(() => null, (e: unknown) => e as { message: string; status: number; data?: { reasons?: string[] } });
  if (!error) return 'saved';
  expect(error.status).toBe(400);
  return { message: error.message, reasons: error.data?.reasons };
}

beforeAll(async () => {
  payload = await learningPayload();
  unitA = (await makeAgency(payload)).id;
  unitB = (await makeAgency(payload)).id;
});

describe('exam settings blueprint', () => {
  it('refuses a blueprint the bank cannot fill, naming the short rule; saves one it can', async () => {
    const admin = await makeUser(payload, 'admin');
    const base = { title: '蓝图', audience: 'officials' as const, requiredHours: 1, counts: 'best' as const };
    const refused = payload.create({
      collection: 'exam-settings',
      user: admin,
      overrideAccess: false,
      data: { ...base, year: 1901, rules: [{ law: '行政许可法', type: 'single', count: 40, points: 5 }, { type: 'truefalse', count: 1 }] },
    });
    const r = await refusal(refused);
    expect(r).toMatchObject({ message: expect.stringMatching(/^题库不足以按抽题蓝图组卷：第1条规则：《行政许可法》单选题需 40 题，题库仅 \d+ 题$/) });
    expect(r !== 'saved' && r.reasons).toHaveLength(1);
    // Students' pool: an officials-only law has no questions for them.
    const students = payload.create({ collection: 'exam-settings', data: { ...base, audience: 'students', year: 1902, rules: [{ law: '行政复议法', count: 1 }] } });
    expect(await refusal(students)).toEqual({ message: '题库不足以按抽题蓝图组卷：第1条规则：《行政复议法》试题需 1 题，题库仅 0 题', reasons: ['第1条规则：《行政复议法》试题需 1 题，题库仅 0 题'] });
    // An update that only changes the audience is checked against the stored blueprint.
    const officials = await payload.create({ collection: 'exam-settings', data: { ...base, year: 1904, rules: [{ law: '行政复议法', count: 1 }] } });
    expect(await refusal(payload.update({ collection: 'exam-settings', id: officials.id, data: { audience: 'students' } }))).not.toBe('saved');
    const saved = await payload.create({ collection: 'exam-settings', user: admin, overrideAccess: false, data: { ...base, year: 1903, rules: [{ law: '行政许可法', type: 'single', count: 3 }] } });
    expect(saved.rules?.[0]?.count).toBe(3);
  });
});

describe('start screen facts', () => {
  it('state the rules and reveal no question', async () => {
    const me = await learner(unitA);
    const facts = await examRules(payload, me);
    expect(facts).toMatchObject({ questionCount: 10, maxPoints: 100, passMark: 60, timeLimitMinutes: 30, minutesAllowed: 30, maxAttempts: 3, attemptsUsed: 0, attemptsLeft: 3, countsLabel: '最高分', canStart: true });
    expect(Object.keys(facts).sort()).toEqual(
      ['attemptsLeft', 'attemptsUsed', 'canStart', 'countsLabel', 'counts', 'extraMinutes', 'maxAttempts', 'maxPoints', 'minutesAllowed', 'onTimeout', 'passMark', 'questionCount', 'timeLimitMinutes', 'title'].sort(),
    );
    const json = JSON.stringify(facts);
    const bank = await payload.find({ collection: 'questions', where: { pool: { equals: 'exam' } }, pagination: false, depth: 0 });
    for (const q of bank.docs) {
      expect(json).not.toContain(q.questionId);
      expect(json).not.toContain(q.stem.slice(0, 12));
    }
    // No attempt was started by reading the rules.
    expect((await payload.count({ collection: 'exam-attempts', where: { learner: { equals: me.id } } })).totalDocs).toBe(0);
  });
});

describe('draws across attempts', () => {
  it('gives a learner three papers with no question twice', async () => {
    const me = await learner(unitA, 'village');
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const s = await startExam(payload, me);
      for (const q of s.exam.questions) {
        expect(seen.has(q.id)).toBe(false);
        seen.add(q.id);
      }
      await submitExam(payload, me, String(s.attemptId), {});
    }
    expect(seen.size).toBe(30);
  });

  it('repeats seen questions only when the pool runs out, and says so on the attempt', async () => {
    const year = 2093;
    const pool = (await examBank(payload)).filter((q) => q.cite.law === '行政许可法' && q.type === 'single' && (!q.audiences.length || q.audiences.includes('officials')));
    const count = pool.length - 1;
    await payload.create({ collection: 'exam-settings', data: { title: '小题库', year, audience: 'officials', requiredHours: 0, counts: 'last', maxAttempts: 3, rules: [{ law: '行政许可法', type: 'single', count, points: 10 }] } });
    const me = await learner(unitA);
    const at = (day: number) => new Date(`${year}-03-0${day}T09:00:00+08:00`);
    const first = await startExam(payload, me, at(1));
    await submitExam(payload, me, String(first.attemptId), {}, at(1));
    const second = await startExam(payload, me, at(2));
    const firstIds = new Set(first.exam.questions.map((q) => q.id));
    const unseen = pool.map((q) => q.id).filter((id) => !firstIds.has(id));
    // Every question the first paper did not use is on the second; the rest are repeats, recorded.
    expect(second.exam.questions.map((q) => q.id)).toEqual(expect.arrayContaining(unseen));
    const stored = await payload.findByID({ collection: 'exam-attempts', id: second.attemptId, depth: 0 });
    const stored1 = await payload.findByID({ collection: 'exam-attempts', id: first.attemptId, depth: 0 });
    expect(stored1.drawNote ?? null).toBeNull();
    expect(stored.drawNote).toBe(`题库中未考过的题目不足，本次有 ${count - unseen.length} 题在以前的考试中出现过`);
  });
});

describe('extra time as an accommodation', () => {
  const grant = (learnerId: DocId, extra: Record<string, unknown> = {}) => ({
    learner: learnerId,
    year: new Date().getFullYear(),
    extraMinutes: 30,
    reason: '视力障碍，使用读屏软件',
    ...extra,
  });

  it('is granted by the unit editor (who and when kept), refused to another unit and to learners', async () => {
    const me = await learner(unitA);
    const editorA = await makeUser(payload, 'agency-editor', unitA);
    const editorB = await makeUser(payload, 'agency-editor', unitB);
    await expect(payload.create({ collection: 'exam-accommodations', user: editorB, overrideAccess: false, data: grant(me.id) })).rejects.toThrow();
    await expect(payload.create({ collection: 'exam-accommodations', user: asLearner(me), overrideAccess: false, data: grant(me.id) })).rejects.toThrow();
    const other = await learner(unitB);
    await expect(payload.create({ collection: 'exam-accommodations', user: asLearner(me), overrideAccess: false, data: grant(other.id) })).rejects.toThrow();

    const doc = await payload.create({ collection: 'exam-accommodations', user: editorA, overrideAccess: false, depth: 0, data: { ...grant(me.id), unit: unitB } });
    expect(doc).toMatchObject({ unit: unitA, grantedBy: editorA.id, extraMinutes: 30 });
    expect(doc.createdAt).toBeTruthy();
    // Another unit's editor can neither change nor remove it, nor move it to their own learner.
    await expect(payload.update({ collection: 'exam-accommodations', id: doc.id, user: editorB, overrideAccess: false, data: { extraMinutes: 600 } })).rejects.toThrow();
    await expect(payload.delete({ collection: 'exam-accommodations', id: doc.id, user: editorB, overrideAccess: false })).rejects.toThrow();
    await expect(payload.update({ collection: 'exam-accommodations', id: doc.id, user: editorB, overrideAccess: false, data: { learner: other.id } })).rejects.toThrow();
    // The learner may read their own arrangement but not change it.
    expect((await payload.findByID({ collection: 'exam-accommodations', id: doc.id, user: asLearner(me), overrideAccess: false })).extraMinutes).toBe(30);
    await expect(payload.update({ collection: 'exam-accommodations', id: doc.id, user: asLearner(me), overrideAccess: false, data: { extraMinutes: 90 } })).rejects.toThrow();
  });

  it('extends the deadline the server enforces and the time the start screen shows', async () => {
    const admin = await makeUser(payload, 'admin');
    const plain = await learner(unitA);
    const helped = await learner(unitA);
    await payload.create({ collection: 'exam-accommodations', user: admin, overrideAccess: false, data: grant(helped.id) });
    expect(await examRules(payload, helped)).toMatchObject({ timeLimitMinutes: 30, extraMinutes: 30, minutesAllowed: 60 });

    const t0 = new Date();
    const later = new Date(t0.getTime() + 45 * 60_000);
    const a = await startExam(payload, plain, t0);
    const b = await startExam(payload, helped, t0);
    expect(Date.parse(b.deadline!) - Date.parse(a.deadline!)).toBe(30 * 60_000);
    await expect(submitExam(payload, plain, String(a.attemptId), {}, later)).rejects.toThrow('考试时间已到');
    await expect(submitExam(payload, helped, String(b.attemptId), {}, later)).resolves.toMatchObject({ total: 10 });

    const untimed = await learner(unitA);
    await payload.create({ collection: 'exam-accommodations', user: admin, overrideAccess: false, data: grant(untimed.id, { extraMinutes: 0, noTimeLimit: true }) });
    expect((await startExam(payload, untimed, t0)).deadline).toBeNull();
  });
});
