import { toMs, type Instant } from './time';

/** How an annual exam may be taken. Set by the 普法办 per exam. */
export interface ExamPolicy {
  /** Attempts allowed; the best one counts. */
  maxAttempts: number;
  /** Pass mark in percent of points. */
  passMark: number;
  /** Minutes allowed; null when an admin turned the limit off (WCAG 2.2.1 "turn off"). */
  timeLimitMinutes: number | null;
  /** How many times the learner may extend (WCAG 2.2.1 asks for at least 10). */
  maxExtensions: number;
  /** Minutes each extension adds; default: the whole time limit again. */
  extensionMinutes?: number;
  /** Lateness tolerated at submission (network delay), in seconds. */
  graceSeconds: number;
  /** Optional window in which attempts may start (ISO). */
  opensAt?: string;
  closesAt?: string;
}

/** 3 attempts, best counts, pass at 60, 60 minutes extendable 10 times, 30 s grace. */
export const DEFAULT_EXAM_POLICY: Readonly<ExamPolicy> = {
  maxAttempts: 3,
  passMark: 60,
  timeLimitMinutes: 60,
  maxExtensions: 10,
  graceSeconds: 30,
};

/** The defaults with an admin's overrides. */
export const examPolicy = (overrides: Partial<ExamPolicy> = {}): ExamPolicy => ({ ...DEFAULT_EXAM_POLICY, ...overrides });

/** Admin-facing problems (Chinese): errors block saving; warnings flag accessibility risks. */
export function validateExamPolicy(p: ExamPolicy): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!Number.isInteger(p.maxAttempts) || p.maxAttempts < 1) errors.push('考试次数须为正整数');
  if (!(p.passMark > 0 && p.passMark <= 100)) errors.push('合格分数须在 0–100 之间');
  if (p.timeLimitMinutes !== null && !(p.timeLimitMinutes > 0)) errors.push('时间限制须为正数，或关闭时间限制');
  if (!Number.isInteger(p.maxExtensions) || p.maxExtensions < 0) errors.push('延时次数须为非负整数');
  if (p.extensionMinutes !== undefined && !(p.extensionMinutes > 0)) errors.push('每次延时分钟数须为正数');
  if (!(p.graceSeconds >= 0)) errors.push('提交宽限秒数不能为负');
  if (p.opensAt && p.closesAt && toMs(p.opensAt) >= toMs(p.closesAt)) errors.push('开放时间须早于截止时间');
  if (p.timeLimitMinutes !== null && p.maxExtensions < 10) {
    warnings.push('延时次数少于10次，不符合无障碍要求（WCAG 2.2.1 可调整时限）');
  }
  return { errors, warnings };
}

/** One attempt as stored on the server. */
export interface ExamAttempt {
  /** 1-based. */
  number: number;
  startedAt: string;
  /** Extensions taken so far. */
  extensions: number;
  submittedAt?: string;
  /** Set when graded on the server. */
  result?: { points: number; maxPoints: number; percent: number };
}

/**
 * When the attempt's time runs out: start + limit + extensions × extension length; null when
 * there is no time limit.
 */
export function attemptDeadline(attempt: ExamAttempt, policy: ExamPolicy): Date | null {
  if (policy.timeLimitMinutes === null) return null;
  const minutes = policy.timeLimitMinutes + attempt.extensions * (policy.extensionMinutes ?? policy.timeLimitMinutes);
  return new Date(toMs(attempt.startedAt) + minutes * 60_000);
}

/**
 * Extend a running attempt by one step. Refused when there is no limit, the attempt was
 * submitted or has already run out, or the extensions are used up.
 */
export function extendAttempt(
  attempt: ExamAttempt,
  policy: ExamPolicy,
  now: Instant,
): { ok: true; attempt: ExamAttempt; deadline: Date } | { ok: false; reason: 'no-time-limit' | 'submitted' | 'expired' | 'no-extensions-left' } {
  const deadline = attemptDeadline(attempt, policy);
  if (!deadline) return { ok: false, reason: 'no-time-limit' };
  if (attempt.submittedAt) return { ok: false, reason: 'submitted' };
  if (toMs(now) > deadline.getTime()) return { ok: false, reason: 'expired' };
  if (attempt.extensions >= policy.maxExtensions) return { ok: false, reason: 'no-extensions-left' };
  const next = { ...attempt, extensions: attempt.extensions + 1 };
  return { ok: true, attempt: next, deadline: attemptDeadline(next, policy)! };
}

/** True when a submission at `submittedAt` is accepted: not before the start, and no later than the deadline plus grace. */
export function isSubmissionInTime(attempt: ExamAttempt, policy: ExamPolicy, submittedAt: Instant): boolean {
  const at = toMs(submittedAt);
  if (!Number.isFinite(at) || at < toMs(attempt.startedAt)) return false;
  const deadline = attemptDeadline(attempt, policy);
  return deadline === null || at <= deadline.getTime() + policy.graceSeconds * 1000;
}

/** Whether a new attempt may start now, and its number; otherwise why not. */
export function canStartAttempt(
  attempts: readonly ExamAttempt[],
  policy: ExamPolicy,
  now: Instant,
): { ok: true; number: number } | { ok: false; reason: 'not-open' | 'closed' | 'in-progress' | 'no-attempts-left' } {
  const t = toMs(now);
  if (policy.opensAt && t < toMs(policy.opensAt)) return { ok: false, reason: 'not-open' };
  if (policy.closesAt && t >= toMs(policy.closesAt)) return { ok: false, reason: 'closed' };
  const running = attempts.some((a) => {
    if (a.submittedAt) return false;
    const deadline = attemptDeadline(a, policy);
    return deadline === null || t <= deadline.getTime() + policy.graceSeconds * 1000;
  });
  if (running) return { ok: false, reason: 'in-progress' };
  // An abandoned attempt whose time ran out still counts: otherwise quitting would be free.
  if (attempts.length >= policy.maxAttempts) return { ok: false, reason: 'no-attempts-left' };
  return { ok: true, number: attempts.length + 1 };
}

/** The graded attempt with the highest percent; the earlier one on a tie; null if none graded. */
export function bestAttempt(attempts: readonly ExamAttempt[]): ExamAttempt | null {
  let best: ExamAttempt | null = null;
  for (const a of [...attempts].sort((x, y) => x.number - y.number)) {
    if (a.result && (!best || a.result.points * best.result!.maxPoints > best.result!.points * a.result.maxPoints)) best = a;
  }
  return best;
}

/** Where a learner stands on an exam. */
export interface ExamOutcome {
  attemptsUsed: number;
  attemptsLeft: number;
  best: ExamAttempt | null;
  bestPercent: number | null;
  passed: boolean;
}

/** The exam outcome: the best attempt counts; passed when its points reach the pass mark exactly (59.5 is not 60). */
export function examOutcome(attempts: readonly ExamAttempt[], policy: ExamPolicy): ExamOutcome {
  const best = bestAttempt(attempts);
  const passed = !!best?.result && best.result.points * 100 >= policy.passMark * best.result.maxPoints;
  return {
    attemptsUsed: attempts.length,
    attemptsLeft: Math.max(0, policy.maxAttempts - attempts.length),
    best,
    bestPercent: best?.result?.percent ?? null,
    passed,
  };
}
