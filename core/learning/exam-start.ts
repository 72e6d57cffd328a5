import { COUNTING_ATTEMPT_LABELS, ON_TIMEOUT_TEXT } from '../vocabulary/exam';
import type { ExamRule } from './exam-draw';
import { type Accommodation, canStartAttempt, type ExamAttempt, type ExamPolicy, minutesAllowed } from './exam-policy';
import type { Instant } from './time';

/** Why an attempt cannot start, in the learner's words. */
export const START_REFUSALS = {
  'not-open': '考试尚未开始',
  closed: '考试已结束',
  'in-progress': '还有一次考试未交卷，请先完成',
  'no-attempts-left': '本年度考试次数已用完',
} as const;

/** The rules of an exam as the learner sees them before starting: nothing about the questions. */
export interface ExamStartFacts {
  title: string;
  questionCount: number;
  maxPoints: number;
  passMark: number;
  /** The exam's limit; null when the exam is untimed. */
  timeLimitMinutes: number | null;
  /** Extra minutes granted to this learner (0 when none). */
  extraMinutes: number;
  /** Minutes this learner has (limit + extra); null when untimed for them. */
  minutesAllowed: number | null;
  maxAttempts: number;
  attemptsUsed: number;
  attemptsLeft: number;
  counts: ExamPolicy['counts'];
  countsLabel: string;
  onTimeout: string;
  canStart: boolean;
  /** Why not, when canStart is false. */
  refusal?: string;
}

/**
 * The start screen's facts, built field by field from the policy and the blueprint's counts and
 * points only (never the bank), so it cannot reveal a question.
 */
export function examStartFacts(input: {
  title: string;
  policy: ExamPolicy;
  rules: readonly Pick<ExamRule, 'count' | 'points'>[];
  attempts: readonly ExamAttempt[];
  accommodation?: Accommodation | null;
  now: Instant;
}): ExamStartFacts {
  const { policy, rules, attempts, accommodation } = input;
  const can = canStartAttempt(attempts, policy, input.now, accommodation);
  return {
    title: input.title,
    questionCount: rules.reduce((s, r) => s + r.count, 0),
    maxPoints: rules.reduce((s, r) => s + r.count * (r.points ?? 1), 0),
    passMark: policy.passMark,
    timeLimitMinutes: policy.timeLimitMinutes,
    extraMinutes: policy.timeLimitMinutes === null || accommodation?.noTimeLimit ? 0 : Math.max(0, accommodation?.extraMinutes ?? 0),
    minutesAllowed: minutesAllowed(policy, accommodation),
    maxAttempts: policy.maxAttempts,
    attemptsUsed: attempts.length,
    attemptsLeft: Math.max(0, policy.maxAttempts - attempts.length),
    counts: policy.counts,
    countsLabel: COUNTING_ATTEMPT_LABELS[policy.counts],
    onTimeout: ON_TIMEOUT_TEXT,
    canStart: can.ok,
    ...(can.ok ? {} : { refusal: START_REFUSALS[can.reason] }),
  };
}
