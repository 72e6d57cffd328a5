import { describe, expect, it } from 'vitest';
import {
  attemptDeadline,
  bestAttempt,
  canStartAttempt,
  DEFAULT_EXAM_POLICY,
  examOutcome,
  examPolicy,
  extendAttempt,
  isSubmissionInTime,
  validateExamPolicy,
  type ExamAttempt,
} from '../../../core/learning/exam';

const START = '2026-11-02T09:00:00+08:00';
const running: ExamAttempt = { number: 1, startedAt: START, extensions: 0 };
const graded = (number: number, points: number, maxPoints = 40): ExamAttempt => ({
  number,
  startedAt: START,
  extensions: 0,
  submittedAt: START,
  result: { points, maxPoints, percent: (points * 100) / maxPoints },
});
const plus = (minutes: number, seconds = 0) => new Date(Date.parse(START) + minutes * 60_000 + seconds * 1000);

describe('policy defaults and validation', () => {
  it('defaults to 3 attempts, pass mark 60, a 60-minute limit extendable 10 times', () => {
    expect(DEFAULT_EXAM_POLICY).toMatchObject({ maxAttempts: 3, passMark: 60, timeLimitMinutes: 60, maxExtensions: 10 });
    expect(validateExamPolicy(examPolicy())).toEqual({ errors: [], warnings: [] });
  });
  it('flags impossible settings and warns when extensions fall below WCAG 2.2.1', () => {
    const v = validateExamPolicy(examPolicy({ maxAttempts: 0, passMark: 120, maxExtensions: 2 }));
    expect(v.errors).toEqual(['考试次数须为正整数', '合格分数须在 0–100 之间']);
    expect(v.warnings[0]).toMatch(/WCAG 2\.2\.1/);
    expect(validateExamPolicy(examPolicy({ timeLimitMinutes: null, maxExtensions: 0 })).warnings).toEqual([]);
  });
});

describe('timer', () => {
  const policy = examPolicy();
  it('computes the deadline from the start, the limit and extensions', () => {
    expect(attemptDeadline(running, policy)).toEqual(plus(60));
    expect(attemptDeadline({ ...running, extensions: 2 }, policy)).toEqual(plus(180));
    expect(attemptDeadline({ ...running, extensions: 1 }, examPolicy({ extensionMinutes: 20 }))).toEqual(plus(80));
  });

  it('lets the learner extend at least ten times (to 11× the time), then stops', () => {
    let attempt = running;
    for (let i = 1; i <= 10; i++) {
      const r = extendAttempt(attempt, policy, plus(60 * i - 1));
      expect(r.ok).toBe(true);
      if (r.ok) attempt = r.attempt;
    }
    expect(attemptDeadline(attempt, policy)).toEqual(plus(660));
    expect(extendAttempt(attempt, policy, plus(600))).toEqual({ ok: false, reason: 'no-extensions-left' });
  });

  it('refuses to extend after time ran out, after submission, or when there is no limit', () => {
    expect(extendAttempt(running, policy, plus(61))).toEqual({ ok: false, reason: 'expired' });
    expect(extendAttempt({ ...running, submittedAt: START }, policy, plus(1))).toEqual({ ok: false, reason: 'submitted' });
    expect(extendAttempt(running, examPolicy({ timeLimitMinutes: null }), plus(1))).toEqual({ ok: false, reason: 'no-time-limit' });
  });

  it('accepts a submission up to the deadline plus a small grace, not after, not before the start', () => {
    expect(isSubmissionInTime(running, policy, plus(60))).toBe(true);
    expect(isSubmissionInTime(running, policy, plus(60, 30))).toBe(true);
    expect(isSubmissionInTime(running, policy, plus(60, 31))).toBe(false);
    expect(isSubmissionInTime(running, policy, plus(-1))).toBe(false);
    expect(isSubmissionInTime(running, policy, 'garbage')).toBe(false);
  });

  it('has no deadline when an admin turns the limit off', () => {
    const off = examPolicy({ timeLimitMinutes: null });
    expect(attemptDeadline(running, off)).toBeNull();
    expect(isSubmissionInTime(running, off, plus(60 * 24 * 7))).toBe(true);
  });
});

describe('attempts', () => {
  const policy = examPolicy({ opensAt: '2026-11-01T00:00:00+08:00', closesAt: '2026-12-01T00:00:00+08:00' });
  it('allows three attempts, numbered, one at a time, inside the window', () => {
    expect(canStartAttempt([], policy, START)).toEqual({ ok: true, number: 1 });
    expect(canStartAttempt([running], policy, plus(30))).toEqual({ ok: false, reason: 'in-progress' });
    // An abandoned attempt counts once its time (and grace) has passed.
    expect(canStartAttempt([running], policy, plus(61))).toEqual({ ok: true, number: 2 });
    expect(canStartAttempt([graded(1, 10), graded(2, 20)], policy, plus(120))).toEqual({ ok: true, number: 3 });
    expect(canStartAttempt([graded(1, 10), graded(2, 20), graded(3, 30)], policy, plus(120))).toEqual({ ok: false, reason: 'no-attempts-left' });
    expect(canStartAttempt([], policy, '2026-10-31T23:59:00+08:00')).toEqual({ ok: false, reason: 'not-open' });
    expect(canStartAttempt([], policy, '2026-12-01T00:00:00+08:00')).toEqual({ ok: false, reason: 'closed' });
  });

  it('counts the best of three, earliest on a tie', () => {
    const attempts = [graded(1, 20), graded(2, 30), graded(3, 26)];
    expect(bestAttempt(attempts)!.number).toBe(2);
    expect(bestAttempt([graded(2, 30), graded(1, 30)])!.number).toBe(1);
    expect(bestAttempt([running])).toBeNull();
    expect(examOutcome(attempts, policy)).toMatchObject({ attemptsUsed: 3, attemptsLeft: 0, bestPercent: 75, passed: true });
  });

  it('passes at exactly the pass mark and never by rounding up', () => {
    expect(examOutcome([graded(1, 24)], policy).passed).toBe(true); // 60%
    expect(examOutcome([graded(1, 119, 200)], policy).passed).toBe(false); // 59.5%
    expect(examOutcome([], policy)).toMatchObject({ passed: false, best: null, attemptsLeft: 3 });
  });
});
