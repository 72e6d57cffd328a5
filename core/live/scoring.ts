/** Checking and grading a live answer. Accuracy and score are kept apart in every report. */
import type { LiveQuestion, Scoring } from './protocol';

/** Points for a correct answer in accuracy scoring, and the most in speed scoring. */
export const FULL_POINTS = 1000;
/** Speed scoring without a timer measures against this. */
export const UNTIMED_SPEED_MS = 30_000;

/** A Chinese reason when `choice` is not a well-formed answer to `q`, else null. */
export function choiceProblem(q: Pick<LiveQuestion, 'kind' | 'options'>, choice: number[]): string | null {
  if (choice.length === 0) return '请选择答案。';
  if (new Set(choice).size !== choice.length) return '选项重复。';
  if (choice.some((c) => !Number.isInteger(c) || c < 0 || c >= q.options.length)) return '选项不存在。';
  if (q.kind !== 'multiple' && choice.length !== 1) return '本题只能选一个答案。';
  return null;
}

export const isCorrect = (q: Pick<LiveQuestion, 'correct'>, choice: number[]): boolean =>
  choice.length === q.correct.length && choice.every((c) => q.correct.includes(c));

/**
 * Points for one answer: accuracy → 1000 when correct; speed → 1000 at once falling linearly to
 * 500 at the player's own limit (timer + extra time, or 30 s untimed). Wrong: 0.
 */
export function pointsFor({ correct, scoring, timeMs, limitMs }: { correct: boolean; scoring: Scoring; timeMs: number; limitMs: number | null }): number {
  if (!correct) return 0;
  if (scoring === 'accuracy') return FULL_POINTS;
  const fraction = Math.min(1, Math.max(0, timeMs / (limitMs ?? UNTIMED_SPEED_MS)));
  return Math.round(FULL_POINTS * (1 - fraction / 2));
}
