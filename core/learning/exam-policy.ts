import { toMs, type Instant } from './time';

/** Which attempt's result stands: the best one or the last graded one. */
export type CountingAttempt = 'best' | 'last';

/** How an annual exam may be taken. Set by the 普法办 per exam. */
export interface ExamPolicy {
  /** Attempts allowed. */
  maxAttempts: number;
  /** Which attempt counts. */
  counts: CountingAttempt;
  /** Pass mark in percent of points. */
  passMark: number;
  /** Minutes allowed; null when an admin turned the limit off (WCAG 2.2.1 "turn off"). */
  timeLimitMinutes: number | null;
  /** Lateness tolerated at submission (network delay), in seconds. */
  graceSeconds: number;
  /** Optional window in which attempts may start (ISO). */
  opensAt?: string;
  closesAt?: string;
}

/**
 * Extra time granted to one learner for one year's exam (an accommodation, WCAG 2.2.1 "adjust"):
 * minutes added to the limit, or no limit at all.
 */
export interface Accommodation {
  extraMinutes: number;
  noTimeLimit: boolean;
}

/** 3 attempts, best counts, pass at 60, 60 minutes, 30 s grace. */
export const DEFAULT_EXAM_POLICY: Readonly<ExamPolicy> = {
  maxAttempts: 3,
  counts: 'best',
  passMark: 60,
  timeLimitMinutes: 60,
  graceSeconds: 30,
};

/** The defaults with an admin's overrides. */
export const examPolicy = (overrides: Partial<ExamPolicy> = {}): ExamPolicy => ({ ...DEFAULT_EXAM_POLICY, ...overrides });

/** Admin-facing problems (Chinese) that block saving. */
export function validateExamPolicy(p: ExamPolicy): { errors: string[] } {
  const errors: string[] = [];
  if (!Number.isInteger(p.maxAttempts) || p.maxAttempts < 1) errors.push('考试次数须为正整数');
  if (!(p.passMark > 0 && p.passMark <= 100)) errors.push('合格分数须在 0–100 之间');
  if (p.timeLimitMinutes !== null && !(p.timeLimitMinutes > 0)) errors.push('时间限制须为正数，或关闭时间限制');
  if (!(p.graceSeconds >= 0)) errors.push('提交宽限秒数不能为负');
  if (p.opensAt && p.closesAt && toMs(p.opensAt) >= toMs(p.closesAt)) errors.push('开放时间须早于截止时间');
  return { errors };
}

/** One attempt as stored on the server. */
export interface ExamAttempt {
  /** 1-based. */
  number: number;
  startedAt: string;
  submittedAt?: string;
  /** Set when graded on the server. */
  result?: { points: number; maxPoints: number; percent: number };
}

/** Minutes this learner has for one attempt (limit plus granted extra); null when untimed. */
export function minutesAllowed(policy: ExamPolicy, accommodation?: Accommodation | null): number | null {
  if (policy.timeLimitMinutes === null || accommodation?.noTimeLimit) return null;
  return policy.timeLimitMinutes + Math.max(0, accommodation?.extraMinutes ?? 0);
}

/**
 * When the attempt's time runs out: start + limit + any accommodation; null when there is no
 * time limit. Read at each check, so extra time granted during an attempt applies at once.
 */
export function attemptDeadline(attempt: ExamAttempt, policy: ExamPolicy, accommodation?: Accommodation | null): Date | null {
  const minutes = minutesAllowed(policy, accommodation);
  return minutes === null ? null : new Date(toMs(attempt.startedAt) + minutes * 60_000);
}

/** True when a submission at `submittedAt` is accepted: not before the start, and no later than the deadline plus grace. */
export function isSubmissionInTime(attempt: ExamAttempt, policy: ExamPolicy, submittedAt: Instant, accommodation?: Accommodation | null): boolean {
  const at = toMs(submittedAt);
  if (!Number.isFinite(at) || at < toMs(attempt.startedAt)) return false;
  const deadline = attemptDeadline(attempt, policy, accommodation);
  return deadline === null || at <= deadline.getTime() + policy.graceSeconds * 1000;
}

/** Whether a new attempt may start now, and its number; otherwise why not. */
export function canStartAttempt(
  attempts: readonly ExamAttempt[],
  policy: ExamPolicy,
  now: Instant,
  accommodation?: Accommodation | null,
): { ok: true; number: number } | { ok: false; reason: 'not-open' | 'closed' | 'in-progress' | 'no-attempts-left' } {
  const t = toMs(now);
  if (policy.opensAt && t < toMs(policy.opensAt)) return { ok: false, reason: 'not-open' };
  if (policy.closesAt && t >= toMs(policy.closesAt)) return { ok: false, reason: 'closed' };
  const running = attempts.some((a) => !a.submittedAt && isSubmissionInTime(a, policy, t, accommodation));
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

/** The last graded attempt; null if none graded. */
export function lastGradedAttempt(attempts: readonly ExamAttempt[]): ExamAttempt | null {
  return [...attempts].sort((x, y) => y.number - x.number).find((a) => a.result) ?? null;
}

/** The attempt whose result stands under the policy (best or last graded). */
export const countingAttempt = (attempts: readonly ExamAttempt[], policy: Pick<ExamPolicy, 'counts'>) =>
  policy.counts === 'last' ? lastGradedAttempt(attempts) : bestAttempt(attempts);

/** Where a learner stands on an exam. */
export interface ExamOutcome {
  attemptsUsed: number;
  attemptsLeft: number;
  best: ExamAttempt | null;
  bestPercent: number | null;
  passed: boolean;
}

/**
 * The exam outcome: the counting attempt (best or last, by policy) is `best`; passed when its
 * points reach the pass mark exactly (59.5 is not 60).
 */
export function examOutcome(attempts: readonly ExamAttempt[], policy: ExamPolicy): ExamOutcome {
  const best = countingAttempt(attempts, policy);
  const passed = !!best?.result && best.result.points * 100 >= policy.passMark * best.result.maxPoints;
  return {
    attemptsUsed: attempts.length,
    attemptsLeft: Math.max(0, policy.maxAttempts - attempts.length),
    best,
    bestPercent: best?.result?.percent ?? null,
    passed,
  };
}
