import { describe, expect, it } from 'vitest';
import {
  attemptDeadline,
  bestAttempt,
  canStartAttempt,
  DEFAULT_EXAM_POLICY,
  examOutcome,
  examPolicy,
  examStartFacts,
  isSubmissionInTime,
  validateExamPolicy,
  type ExamAttempt,
} from '../../../core/learning/exam';

const START = '2026-11-02T09:00:00+08:00';
const running: ExamAttempt = { number: 1, startedAt: START };
const graded = (number: number, points: number, maxPoints = 40): ExamAttempt => ({
  number,
  startedAt: START,
  submittedAt: START,
  result: { points, maxPoints, percent: (points * 100) / maxPoints },
});
const plus = (minutes: number, seconds = 0) => new Date(Date.parse(START) + minutes * 60_000 + seconds * 1000);

describe('policy defaults and validation', () => {
  it('defaults to 3 attempts, best counts, pass mark 60, a 60-minute limit', () => {
    expect(DEFAULT_EXAM_POLICY).toMatchObject({ maxAttempts: 3, counts: 'best', passMark: 60, timeLimitMinutes: 60 });
    expect(validateExamPolicy(examPolicy())).toEqual({ errors: [] });
  });
  it('flags impossible settings', () => {
    expect(validateExamPolicy(examPolicy({ maxAttempts: 0, passMark: 120 })).errors).toEqual(['考试次数须为正整数', '合格分数须在 0–100 之间']);
  });
});

describe('timer', () => {
  const policy = examPolicy();
  it('computes the deadline from the start, the limit and a granted accommodation', () => {
    expect(attemptDeadline(running, policy)).toEqual(plus(60));
    expect(attemptDeadline(running, policy, { extraMinutes: 30, noTimeLimit: false })).toEqual(plus(90));
    expect(attemptDeadline(running, policy, { extraMinutes: 30, noTimeLimit: true })).toBeNull();
  });

  it('enforces the accommodated deadline at submission, also when granted during the attempt', () => {
    const extra = { extraMinutes: 20, noTimeLimit: false };
    expect(isSubmissionInTime(running, policy, plus(75))).toBe(false);
    expect(isSubmissionInTime(running, policy, plus(75), extra)).toBe(true);
    expect(isSubmissionInTime(running, policy, plus(80, 31), extra)).toBe(false);
    // Still running under the accommodation: no second attempt may start.
    expect(canStartAttempt([running], policy, plus(75), extra)).toEqual({ ok: false, reason: 'in-progress' });
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

  it('counts the last graded attempt when the exam says so', () => {
    const last = examPolicy({ counts: 'last' });
    const attempts = [graded(1, 30), graded(2, 20), running];
    expect(examOutcome(attempts, last)).toMatchObject({ bestPercent: 50, passed: false });
    expect(examOutcome(attempts, examPolicy())).toMatchObject({ bestPercent: 75, passed: true });
  });

  it('passes at exactly the pass mark and never by rounding up', () => {
    expect(examOutcome([graded(1, 24)], policy).passed).toBe(true); // 60%
    expect(examOutcome([graded(1, 119, 200)], policy).passed).toBe(false); // 59.5%
    expect(examOutcome([], policy)).toMatchObject({ passed: false, best: null, attemptsLeft: 3 });
  });
});

describe('start screen facts', () => {
  const rules = [{ count: 6, points: 10 }, { count: 2, points: 15 }, { count: 2 }];
  it('states questions, points, time with accommodation, pass mark, attempts and which counts', () => {
    const facts = examStartFacts({ title: '年度考试', policy: examPolicy({ counts: 'last' }), rules, attempts: [graded(1, 10)], accommodation: { extraMinutes: 15, noTimeLimit: false }, now: plus(120) });
    expect(facts).toMatchObject({
      questionCount: 10, maxPoints: 92, passMark: 60, timeLimitMinutes: 60, extraMinutes: 15, minutesAllowed: 75,
      maxAttempts: 3, attemptsUsed: 1, attemptsLeft: 2, counts: 'last', countsLabel: '最后一次', canStart: true,
    });
    expect(facts.onTimeout).toMatch(/自动交卷/);
  });
  it('says why an attempt cannot start', () => {
    const done = [graded(1, 10), graded(2, 10), graded(3, 10)];
    expect(examStartFacts({ title: 't', policy: examPolicy(), rules, attempts: done, now: plus(120) })).toMatchObject({ canStart: false, refusal: '本年度考试次数已用完', attemptsLeft: 0 });
    expect(examStartFacts({ title: 't', policy: examPolicy({ timeLimitMinutes: null }), rules, attempts: [], now: START })).toMatchObject({ minutesAllowed: null, extraMinutes: 0 });
  });
});
