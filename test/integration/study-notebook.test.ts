/**
 * What the 错题本 page and the goals read from the dashboard reply: every missed practice question
 * with its schedule (box 1, due the next day; a second miss counts), never an exam question even
 * when a forged answer names one, and every badge with its progress.
 */
import { randomUUID } from 'node:crypto';
import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardFor } from '../../cms/learning/dashboard';
import { syncStatements } from '../../cms/learning/sync';
import { addDays, dayKey } from '../../core/learning/time';
import type { Learner } from '../../cms/payload-types';
import { learningPayload } from '../helpers/learning-payload';
import { unique } from '../helpers/payload';
import { sitting } from '../helpers/practice';

let payload: Payload;
let learner: Learner;

beforeAll(async () => {
  payload = await learningPayload();
  learner = await payload.create({
    collection: 'learners',
    data: { email: `nb-${unique()}@test.local`, password: 'learner-pass-1', displayName: '错题本测试', audience: 'officials', timeZone: 'Asia/Shanghai' },
  });
  const examAnswer = {
    id: randomUUID(),
    actor: { learnerId: 'local' },
    verb: 'answered',
    object: { id: 'exam-anquan-shengchan-01', type: 'question' },
    result: { success: false, response: 'z' },
    timestamp: new Date().toISOString(),
  } as const;
  await syncStatements(payload, learner, { statements: [...sitting('xianfa-jiben', { wrong: 2 }), examAnswer] });
});

describe('the 错题本 and goals in the dashboard reply', () => {
  it('lists each missed practice question in box 1, due tomorrow; no exam question ever', async () => {
    const d = await dashboardFor(payload, learner);
    const today = dayKey(Date.now(), 'Asia/Shanghai');
    expect(d.notebook.map((e) => e.questionId).sort()).toEqual(['xianfa-jiben-01', 'xianfa-jiben-02']);
    for (const e of d.notebook) expect(e).toMatchObject({ box: 1, due: addDays(today, 1), addedOn: today, wrongCount: 1 });
    expect(JSON.stringify(d)).not.toContain('exam-anquan-shengchan');
  });

  it('a second miss is counted and keeps it in box 1', async () => {
    await syncStatements(payload, learner, { statements: sitting('xianfa-jiben', { wrong: 1, at: new Date(Date.now() + 5000) }).slice(0, 1) });
    const d = await dashboardFor(payload, learner);
    expect(d.notebook.find((e) => e.questionId === 'xianfa-jiben-01')).toMatchObject({ box: 1, wrongCount: 2 });
  });

  it('every badge is a goal: the first lesson not yet earned at 3 of 5 right, 连续学习7天 at 1/7 天', async () => {
    const d = await dashboardFor(payload, learner);
    expect(d.goals.length).toBeGreaterThanOrEqual(10);
    expect(d.goals.find((g) => g.id === 'streak-7')).toMatchObject({ earned: false, progress: { current: 1, target: 7, unit: '天' } });
    expect(d.goals.find((g) => g.id === 'first-lesson')).toMatchObject({ earned: false });
    // An official with no board name chosen is shown by display name.
    expect(d.boardName).toBe('错题本测试');
  });
});
